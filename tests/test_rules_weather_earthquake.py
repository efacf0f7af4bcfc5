"""Chrome of meteorological and earthquake bureaus' pages (held-out pages
h1270-h1279): the live weather and air-quality strips, the ticker of the
warnings in force and of the latest quake, a warning icon's or a map's alt
text, the app banner with its download button, the weather hotline, the
observatory's name with its English one. Each rule catches lines worded
otherwise than the pages it was written for (other sites, other spellings,
Hong Kong and Taiwan wording), and leaves alone the body sentences that use
the same words (a warning's release, a climate bulletin's readings and
table, a policy on how sites show warnings and quick reports)."""

from __future__ import annotations

import re
import unicodedata

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # the live weather strip: the temperature now with the humidity, or two labelled readings
    ("slogan/live-weather-widget", "现时天气　27.8°C　相对湿度 82%　　热带气旋信号：没有　　暴雨警告：没有"),
    ("slogan/live-weather-widget", "实况 14:00 28.6℃ 湿度83% 西南风2级"),
    ("slogan/live-weather-widget", "当前 31℃ | 湿度 65% | 紫外线 强"),
    ("slogan/live-weather-widget", "湿度：72%　气温：18.5℃　东北风2级"),
    ("slogan/live-weather-widget", "相对湿度 90%　温度 -3℃　能见度 800米"),
    ("slogan/live-weather-widget", "【实时天气】 多云 26℃ 湿度78% 东南风3级 AQI 56 良"),
    ("slogan/live-weather-widget", "天气：多云　温度：26℃　风力：东南风3级"),
    ("slogan/live-weather-widget", "气温：-2℃ 风向：西北 风力：4级"),
    # the air-quality strip
    ("slogan/air-quality-widget", "空气质量指数 AQI：42 优　PM2.5：18μg/m³"),
    ("slogan/air-quality-widget", "AQI 68（良）　首要污染物：PM10"),
    ("slogan/air-quality-widget", "空气质量 AQI:105 轻度污染"),
    # the ticker of the warnings in force
    ("tools/warning-signal-ticker", "生效中警告：酷热天气警告（9月2日11时45分发出）"),
    ("tools/warning-signal-ticker", "正生效预警：大风蓝色预警　道路结冰黄色预警"),
    ("tools/warning-signal-ticker", "📢 暴雨蓝色预警生效中（05-20 08:00发布）"),
    ("tools/warning-signal-ticker", "高温橙色预警（07-28 16:00发布）"),
    ("tools/warning-signal-ticker", "预警：市气象台 5月20日 08:00 发布 雷电黄色预警信号"),
    ("tools/warning-signal-ticker", "【最新预警】北湖区气象台 7月3日17时10分 升级 暴雨橙色预警信号"),
    # the ticker of the latest quake
    ("tools/quake-ticker", "最新地震：05-19 22:14 M3.2 四川宜宾市珙县"),
    ("tools/quake-ticker", "【最新速报】10/15 09:12 花莲县近海 规模4.1"),
    ("tools/quake-ticker", "地震速报 2025-05-19 22:14:07 3.2级 四川宜宾市珙县"),
    ("tools/quake-ticker", "最新震情：05-19 22:14　宜宾珙县　M3.2　深度10千米"),
    # a picture's alt text
    ("tools/image-alt-text", "[图片：牟定4.2级地震震中位置示意图]"),
    ("tools/image-alt-text", "【图片：7月3日17时雷达拼图】"),
    ("tools/image-alt-text", "[image: 卫星云图]"),
    ("tools/image-alt-text", "［图：全市降水量分布］"),
    # the app banner with its download button
    ("tools/app-download-banner", "手机安装“岚州地震预警”客户端，破坏性地震来临前数秒至数十秒收到预警提醒　立即下载>>"),
    ("tools/app-download-banner", "下载“江城天气”APP，分钟级降水预报随时查【马上下载】"),
    ("tools/app-download-banner", "地震预警App：震前秒级提醒，守护家人安全　点击下载"),
    ("tools/app-download-banner", "安装「中央气象署」App，即时掌握台风动态　立即下载"),
    # the weather hotline and its call
    ("footer/service-hotline", "气象服务热线 12121　气象灾害预警服务电话 96121"),
    ("footer/service-hotline", "气象服务电话：12121"),
    ("footer/service-hotline", "12121天气预报热线"),
    ("footer/service-hotline", "森林防火报警电话：12119"),
    ("tools/alert-subscription-promo", "拨打12121，收听最新天气预报"),
    ("tools/alert-subscription-promo", "请拨打96121查询灾害性天气预警信息"),
    ("tools/alert-subscription-promo", "拨打12121气象服务热线，了解详细天气预报"),
    # the observatory's name with its English one
    ("slogan/bilingual-name", "香港天文台　Hong Kong Observatory"),
    ("slogan/bilingual-name", "香港天文台 HONG KONG OBSERVATORY"),
    ("slogan/bilingual-name", "上海中心气象台 Shanghai Central Meteorological Observatory"),
    ("slogan/bilingual-name", "紫金山天文台 Purple Mountain Observatory"),
    ("slogan/bilingual-name", "北京市气象局 Beijing Meteorological Service"),
    # a disclosure page's index label
    ("label-table/disclosure-labels", "信息索引：11371523MB1542301X/2025-00416　　公开方式：主动公开"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/live-weather-widget", "　　14时，城区气温28.6℃，相对湿度83%，西南风2级。"),
    ("slogan/live-weather-widget", "平均相对湿度（百分比）　　76　　81"),
    ("slogan/live-weather-widget", "站点　气温(℃)　相对湿度(%)"),
    ("slogan/live-weather-widget", "8月平均气温29.9度，平均相对湿度76%。"),
    ("slogan/live-weather-widget", "城区　28.6℃　83%　西南风2级"),
    ("slogan/live-weather-widget", "　　天气：晴　气温：18～26℃　风力：北风2级"),
    ("slogan/live-weather-widget", "天气：多云，气温：26℃。"),
    ("slogan/live-weather-widget", "日期 | 天气 | 气温(℃) | 风向风力"),
    ("slogan/air-quality-widget", "序号  监测区域  AQI  空气质量级别  首要污染物"),
    ("slogan/air-quality-widget", "今日AQI为42，空气质量优。"),
    ("slogan/air-quality-widget", "　　全市平均AQI：70，空气质量为良。"),
    ("slogan/air-quality-widget", "全市平均  70  二级（良）  PM2.5"),
    ("tools/warning-signal-ticker", "市气象台5月20日08:00发布雷电黄色预警信号。"),
    ("tools/warning-signal-ticker", "　　预警：市气象台于5月20日8时发布雷电黄色预警信号，请注意防范。"),
    ("tools/warning-signal-ticker", "澄江市气象台升级发布暴雨橙色预警信号"),
    ("tools/warning-signal-ticker", "关于发布暴雨橙色预警（7月3日17时发布）的通知说明。"),
    ("tools/quake-ticker", "地震速报：5月19日22时14分四川宜宾市珙县发生3.2级地震"),
    ("tools/quake-ticker", "中国地震台网正式测定：05月19日22时14分在四川宜宾市珙县发生3.2级地震"),
    ("tools/quake-ticker", "　　最新地震监测显示，5月19日22:14珙县发生3.2级地震，震源深度10千米。"),
    ("tools/image-alt-text", "（图片：新华社）"),
    ("tools/image-alt-text", "图：牟定4.2级地震震中位置及周边历史地震分布"),
    ("tools/image-alt-text", "【图片新闻】"),
    ("tools/app-download-banner", "　　市民可在手机应用商店搜索“岚州地震预警”客户端，点击下载。"),
    ("tools/app-download-banner", "请广大市民下载安装“地震预警”APP，并开启消息提醒后立即下载更新。"),
    ("tools/app-download-banner", "　　下载地震预警APP后，用户可在地震来临前收到预警信息。"),
    ("footer/service-hotline", "　　市民可拨打12121气象服务热线查询天气。"),
    ("tools/alert-subscription-promo", "　　市民可拨打12121收听天气预报。"),
    ("tools/alert-subscription-promo", "拨打12121，收听最新天气预报后再安排出行，确保安全。"),
    ("slogan/bilingual-name", "香港天文台"),
]


(test_weather_and_earthquake_chrome_is_caught,
 test_body_words_of_weather_and_earthquake_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


QUAKE_PAGE = """汀州市地震局
首页 | 震情速报 | 防震减灾 | 科普园地 | 政务公开
最新地震：11-02 06:41 M3.6 汀州市长岭县
实时天气 汀州 晴 17℃ 湿度 54% 北风2级
空气质量指数 AQI：37 优
当前位置：首页 > 震情速报
汀州市长岭县发生3.6级地震 市地震局启动应急响应
发布时间：2025-11-02 08:10　来源：汀州市地震局
　　中国地震台网正式测定：11月2日6时41分在汀州市长岭县发生3.6级地震，震源深度9千米，震中附近乡镇震感明显。
　　震后，市地震局立即启动地震应急响应，派出工作组赶赴震区了解灾情，截至8时，暂未收到人员伤亡报告。
　　市地震局提醒，市民可下载“汀州地震预警”客户端，在地震来临前收到预警信息；如遇地震，请就近避险。
[图片：长岭3.6级地震震中位置图]
下载“汀州地震预警”APP，地震来临前秒级提醒　立即下载>>
气象服务热线 12121　防震减灾服务热线 12322
版权所有：汀州市地震局　闽ICP备05012345号
"""


def test_an_earthquake_bureau_page_of_another_site_loses_its_strips_and_keeps_its_report() -> None:
    """A quick report on another bureau's site: the quake ticker, the live
    weather and air-quality strips, the map's alt text and the app banner
    go; the report's sentences on the quake, the response and the app stay,
    and the date is the page's release, not the quake's."""
    doc = clean(QUAKE_PAGE)
    out = _norm(doc.text)
    for gone in ("最新地震：11-02", "实时天气汀州", "AQI：37", "[图片：长岭", "立即下载>>", "气象服务热线12121"):
        assert _norm(gone) not in out, gone
    for line in QUAKE_PAGE.splitlines():
        if line.startswith("\u3000\u3000"):
            assert _norm(line) in out, line
    assert doc.metadata["date"] == "2025-11-02"
    assert doc.metadata["title"] == "汀州市长岭县发生3.6级地震 市地震局启动应急响应"


RELEASE = """桐溪市气象局
首页 | 天气预报 | 预警信息 | 政务公开
桐溪市气象台发布暴雨黄色预警信号
　　桐溪市气象台2025年7月3日17时10分发布暴雨黄色预警信号：预计未来6小时内，我市城区、东滨区将出现50毫米以上强降水，请注意防范。
　　防御指南：政府及相关部门按照职责做好防暴雨工作，交通管理部门应当根据路况在强降雨路段采取交通管制措施。
版权所有：桐溪市气象局
"""

SIGNED_RELEASE = """南川市气象局
首页 | 天气预报 | 预警信息
南川市气象台解除高温橙色预警信号
发布单位：南川市气象台
　　受降雨影响，我市大部分地区最高气温已降至35℃以下，高温天气过程基本结束，南川市气象台解除高温橙色预警信号。
（南川市气象台　2025年8月14日16时30分）
"""

REPORT = """桐溪新闻网
首页 | 本地 | 民生
暴雨黄色预警生效 我市启动防汛四级应急响应
　　记者从市防汛办获悉，受强降雨影响，市防汛抗旱指挥部于7月4日9时启动防汛四级应急响应。
　　此前，桐溪市气象台2025年7月3日17时10分发布暴雨黄色预警信号，预计未来6小时内城区将出现50毫米以上强降水。
版权所有：桐溪新闻网
"""


def test_a_warnings_own_release_is_dated_by_its_time_of_issue() -> None:
    """A warning's release with no date line: the issue time its first
    paragraph opens with, or its sign-off, dates the page; a report that
    tells of the warning under a headline naming it is not dated by it."""
    assert clean(RELEASE).metadata["date"] == "2025-07-03"
    assert clean(SIGNED_RELEASE).metadata["date"] == "2025-08-14"
    assert clean(REPORT).metadata["date"] is None
