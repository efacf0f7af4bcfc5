"""Chrome of grain-reserves bureaus', tobacco-monopoly bureaus' and supply-and-marketing
cooperatives' pages (held-out pages h1360-h1369): the national hotline strip at a page's
head or foot (12221, 12313, 12315, ...), the ticker of today's grain or farm-supply prices,
the licence lookup form with its blank fields and
the row of links to the grain trading platforms are caught in other wordings, spellings and
Traditional script, and the notice sentences and lines that name the same hotlines, forms
and platforms stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/national-hotline-strip", "12313 烟草专卖服务热线 ｜ 投诉举报 ｜ 许可咨询"),
    ("footer/national-hotline-strip", "粮食和物资储备监管热线：12221 · 7×24小时受理"),
    ("footer/national-hotline-strip", "12221 糧食和物資儲備監管熱線 | 工作日 8:30-17:30"),
    ("footer/national-hotline-strip", "12315 消费者投诉举报热线 | 全天受理"),
    ("footer/national-hotline-strip", "全国12221监管热线　　有问题 请拨打"),
    ("footer/national-hotline-strip", "烟草专卖举报专线 12313 / 假烟举报 / 有奖举报"),
    ("tools/search-box", "许可证号：________　　[查 询]　[重 置]"),
    ("tools/search-box", "零售许可证查询　许可证号：[          ]　经营者名称：[          ]　【查询】"),
    ("tools/search-box", "菸酒業者許可執照查詢　執照號碼：[　　　　]　[查詢]"),
    ("tools/search-box", "标的号：[请输入标的号]　【搜索】【清空】"),
    ("related/trading-platform-links", "交易平台：国家粮食交易中心 ｜ 省粮食电子交易中心 ｜ 中华粮网"),
    ("related/trading-platform-links", "国家粮食交易平台 | 皖粮电子交易平台 | 进入交易大厅>>"),
    ("related/trading-platform-links", "交易入口：國家糧食交易平臺 ｜ 臺灣糧網"),
    ("related/trading-platform-links", "产权交易中心 / 公共资源交易平台"),
    ("tools/commodity-price-ticker", "【粮油行情】晚籼稻：2.70元/公斤（↑0.02）　粳稻：2.86元/公斤（—）　小麦：2.40元/公斤（↓0.01）"),
    ("tools/commodity-price-ticker", "农资行情 | 尿素 2150元/吨 ↓ | 复合肥 2980元/吨 持平 | 磷酸二铵 3650元/吨 ↑"),
    ("tools/commodity-price-ticker", "今日糧價：稻穀 26.5元/公斤 ▲0.3　玉米 9.8元/公斤 ▼0.1"),
    ("tools/commodity-price-ticker", "玉米(二等) 1.08元/斤 ↓0.02 / 大豆 2.35元/斤 —"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/national-hotline-strip", "　　12221粮食和物资储备监管热线受理群众举报，请广大种粮农民积极监督。"),
    ("footer/national-hotline-strip", "　　监管热线：12221　　受理时间：每日8:00-20:00"),
    ("footer/national-hotline-strip", "如发现压级压价等违规收购行为，请拨打12221粮食和物资储备监管热线举报。"),
    ("footer/national-hotline-strip", "12313烟草专卖服务热线"),
    ("footer/national-hotline-strip", "　　12313 烟草行业消费者服务热线 · 投诉举报 · 政策咨询"),
    ("footer/national-hotline-strip", "举报电话：12313　地址：湄城区迎春大道66号"),
    ("tools/search-box", "　　持证户可登录门户网站“许可证查询”栏目，输入许可证号查询许可证状态。"),
    ("tools/search-box", "许可证号：440303123456　　有效期限：2026年5月11日至2031年5月10日"),
    ("tools/search-box", "申请人：湄城区益佳便利店　经营地址：湄城区青阳路218号"),
    ("related/trading-platform-links", "　　我公司于2026年3月17日通过南陵粮食电子交易平台举行市级储备粮轮换竞价销售交易会。"),
    ("related/trading-platform-links", "国家粮食交易平台、省粮食电子交易平台"),
    ("related/trading-platform-links", "二、规范储备粮轮换交易信息公开"),
    ("related/trading-platform-links", "交易平台：国家粮食交易平台"),
    ("tools/commodity-price-ticker", "玉米　2.18元/公斤　↑0.01"),
    ("tools/commodity-price-ticker", "早籼米  标一  5.36元/公斤  5.30元/公斤  1.13"),
    ("tools/commodity-price-ticker", "　　本周中晚籼稻收购均价2.74元/公斤，比上周上涨0.01元；粳稻收购均价2.86元/公斤，与上周持平。"),
    ("tools/commodity-price-ticker", "晚籼稻　2.70元/公斤　粳稻　2.86元/公斤"),
]


(test_grain_tobacco_coop_chrome_is_caught,
 test_body_words_of_grain_tobacco_coop_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


TOBACCO_NOTICE = """禾山县烟草专卖局
首页 > 公示公告
禾山县烟草专卖局关于开展卷烟零售户诚信评价工作的公告
发布时间：2026-04-20　来源：禾山县烟草专卖局
　　为推进烟草专卖零售许可证持证户诚信体系建设，本局决定于2026年5月开展年度诚信评价工作，现将有关事项公告如下。
　　一、评价范围为全县持有有效烟草专卖零售许可证的零售户。
　　二、零售户对评价结果有异议的，可拨打12313烟草专卖服务热线反映。
　　举报热线：12313　　受理时间：工作日8:30-17:30
禾山县烟草专卖局
2026年4月20日
12313 烟草专卖服务热线 ｜ 投诉举报 ｜ 政策咨询
版权所有：禾山县烟草专卖局
"""


def test_a_tobacco_notice_keeps_its_hotline_lines_and_drops_the_strip() -> None:
    """A notice of another bureau: its own sentence and line naming the 12313 hotline stay
    (a hotline line is body in a notice), the strip under the signature goes."""
    text = clean(TOBACCO_NOTICE).text
    for line in TOBACCO_NOTICE.splitlines()[4:10]:
        assert line.strip() in text, line
    assert "投诉举报 ｜ 政策咨询" not in text


GRAIN_NOTICE = """岳西县粮食和物资储备局
首页　机构设置　政务公开　粮食收购　储备管理　监督检查
粮价行情：小麦 1.20元/斤 ↑0.01　玉米 1.09元/斤 —　大豆 2.35元/斤 ↓0.02
许可证号：________　　[查 询]　[重 置]
首页 > 粮食收购
关于公布2026年中晚稻收购库点名单的通知
发布时间：2026-09-20　来源：县粮食和物资储备局
　　为方便农民售粮，现将我县2026年中晚稻收购库点名单公布如下。轮换粮食通过国家粮食交易平台、省粮食电子交易中心公开竞价销售。
　　一、县粮食收储公司城关库，地址：城关镇粮站路8号，联系电话：0556-8921001。
　　二、县粮食收储公司石关库，地址：石关乡石关村，联系电话：0556-8921002。
　　监管热线：12221　　受理时间：每日8:00-20:00
县粮食和物资储备局
2026年9月20日
交易平台：国家粮食交易中心 ｜ 省粮食电子交易中心 ｜ 中华粮网
全国12221监管热线 | 有问题 请拨打
版权所有：岳西县粮食和物资储备局
"""


def test_a_grain_notice_keeps_its_lines_and_drops_the_form_platforms_and_strip() -> None:
    """A grain bureau's notice of another county: the price ticker and the lookup form at the head, the
    platform links and the hotline strip at the foot go; the sentence naming the
    platforms, the notice's hotline line, the signature and the title stay."""
    doc = clean(GRAIN_NOTICE)
    for line in GRAIN_NOTICE.splitlines()[7:13]:
        assert line.strip() in doc.text, line
    for chrome in ("1.20元/斤", "[查 询]", "中华粮网", "有问题 请拨打"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("title") == "关于公布2026年中晚稻收购库点名单的通知"
    assert doc.metadata.get("date") == "2026-09-20"
