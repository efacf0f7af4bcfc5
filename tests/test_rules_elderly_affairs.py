"""Chrome of veteran cadres bureaus, aging-affairs offices, universities for the elderly and
elderly-service pages (held-out pages h1520-h1529): the site's strip of elderly-service hotlines
with their hours, its lookup buttons or its four-and-four slogan, a topic column's banner of
phrases above the headline, the switches into and out of an elder mode (进入长者模式,
大字版 | 标准版) and a Taiwan county division's address with its switchboard are caught in other
wordings, spellings and Traditional script; the sentences of notices that name the same hotlines,
columns, modes and offices stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/elderly-service-hotline-strip", "养老服务热线：12349（工作日8:30-17:30）　｜　老年人权益保障投诉：0571-85102233"),
    ("footer/elderly-service-hotline-strip", "银龄服务专线 96345 | 养老机构查询 | 助餐点地图"),
    ("footer/elderly-service-hotline-strip", "老干部服务热线：0851-86829911　　离退休干部来信来访：0851-86829920"),
    ("footer/elderly-service-hotline-strip", "12349养老服务热线（24小时）　｜　居家养老服务预约"),
    ("footer/elderly-service-hotline-strip", "长者热线：2343 2255　｜　安老服务查询：2836 1234　｜　办公时间：星期一至五 9:00-17:00"),
    ("footer/elderly-service-hotline-strip", "长照专线1966 ｜ 长青学苑报名咨询：(02)2720-6528转7012"),
    ("footer/elderly-service-hotline-strip", "老有所为　银发生辉　｜　老龄工作咨询热线：0731-84561200"),
    ("footer/elderly-service-hotline-strip", "高龄津贴咨询热线：0755-12349 / 老年优待证在线申领"),
    ("slogan/topic-banner-slogan", "【重阳节专题】九九重阳　浓浓敬老情"),
    ("slogan/topic-banner-slogan", "〖主题教育专题〗学思想　强党性　重实践　建新功"),
    ("slogan/topic-banner-slogan", "积极应对人口老龄化专栏｜老有所养 · 老有所医 · 老有所乐"),
    ("slogan/topic-banner-slogan", "【银龄行动专题】银龄有为　共建共享"),
    ("tools/accessibility-bar", "进入长者模式"),
    ("tools/accessibility-bar", "切换至关怀版"),
    ("tools/accessibility-bar", "长辈版　｜　标准版"),
    ("tools/accessibility-bar", "大字版 | 普通版"),
    ("tools/accessibility-bar", "读屏模式　语音播报　放大　缩小　重置"),
    ("tools/accessibility-bar", "关怀模式 / 读屏 / 放大 / 缩小"),
    ("footer/site-address", "台中县政府社会处　地址：42007台中县丰原区阳明街36号　总机：(04)2526-3100"),
    ("footer/site-address", "新北县政府卫生处 地址：22006新北县板桥区英士路192号　电话：(02)2257-7155"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/elderly-service-hotline-strip", "联系人：王海燕　联系电话：0536-8236117"),
    ("footer/elderly-service-hotline-strip", "　　老年人可拨打12349养老服务热线查询附近助餐点地址和就餐时间。"),
    ("footer/elderly-service-hotline-strip", "　　养老服务热线：12349　老年维权热线：0536-8236110"),
    ("footer/elderly-service-hotline-strip", "养老服务科联系电话：0318-2155678　传真：0318-2155679"),
    ("footer/elderly-service-hotline-strip", "老年人及其家属对活动有意见建议的，可拨打银发服务热线96199反映。"),
    ("footer/elderly-service-hotline-strip", "三、电话洽询：(04)722-2151转0345、0346。"),
    ("footer/elderly-service-hotline-strip", "　　咨询电话：老龄办 0536-8236117　养老服务科 0536-8236110"),
    ("footer/elderly-service-hotline-strip", "24小时服务热线12349已开通，全市养老机构信息均可查询。"),
    ("slogan/topic-banner-slogan", "【学习专题】深入学习贯彻党的二十届四中全会精神"),
    ("slogan/topic-banner-slogan", "　　弘扬孝亲敬老美德　共享健康幸福晚年"),
    ("slogan/topic-banner-slogan", "【敬老月专题】全市各地开展走访慰问，为高龄老人送去节日祝福。"),
    ("slogan/topic-banner-slogan", "孝老爱亲　向上向善"),
    ("tools/accessibility-bar", "　　点击页面右上角“长者模式”，即可进入长者模式。"),
    ("tools/accessibility-bar", "进入长者模式后，字号放大、按钮加大。"),
    ("tools/accessibility-bar", "一、进入长者模式"),
    ("tools/accessibility-bar", "标准版"),
    ("footer/site-address", "　　报名地点：县政府社会处老人福利科（地址：中山路二段416号），电话：(04)722-2151。"),
    ("footer/site-address", "请将申请材料寄至县政府社会处，地址：中山路二段416号。"),
]


(test_elderly_affairs_chrome_is_caught,
 test_body_words_of_elderly_affairs_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_a_strip_between_the_site_name_and_its_trail_takes_the_site_name_with_it() -> None:
    """The hotline strip under the office's name goes, and the name above it is then
    read as the site's name above its trail; the notice's sentence naming the same
    hotline stays."""
    page = ("安阳市老龄工作委员会办公室\n"
            "老龄服务热线：96120（24小时）　｜　老年维权：0372-5116110\n"
            "首页 > 通知公告\n"
            "关于做好2025年高龄津贴集中认证工作的通知\n"
            "发布日期：2025-03-04\n"
            "　　各县（区）老龄办：为确保高龄津贴按时足额发放，现就2025年集中认证工作通知如下。\n"
            "　　老年人对认证有疑问的，可拨打老龄服务热线96120咨询。\n")
    text = clean(page).text
    assert "老龄服务热线：96120（24小时）" not in text
    assert "安阳市老龄工作委员会办公室" not in text
    assert "可拨打老龄服务热线96120咨询。" in text
