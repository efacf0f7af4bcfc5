"""Chrome of civil-aviation, railway, port and highway operators' pages (held-out pages
h1390-h1399): an airport's or railway's live board of flights or trains, a railway's or
airline's banner naming its official booking channels, a flight, ship or vehicle lookup
form whose labels carry a code or a slash, and a port's widget of today's tides are caught
in other wordings, spellings and Traditional script, and the notice sentences and table
rows that name the same flights, trains, channels and tides stay. A maritime office's
navigation notice whose headline opens with its own number (宁航通（2026）0147号 …) is the
page's title, not the office's name above the menu."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/transport-status-ticker", "航班动态：CA1405 北京-成都 计划14:30 延误 ｜ MU2451 上海-兰州 15:05 已到达"),
    ("tools/transport-status-ticker", "进港航班　HU7382 海口→太原 11:20 已降落　ZH9613 深圳→太原 11:45 备降"),
    ("tools/transport-status-ticker", "正晚点：G1234 北京南-上海虹桥 晚点12分钟 ｜ D3102 正点 ｜ K529 停运"),
    ("tools/transport-status-ticker", "G8512 正在检票 / G8516 候车中 / C6021 停止检票"),
    ("tools/transport-status-ticker", "即時航班 BR198 臺北-東京 09:10 已起飛 ｜ CI100 臺北-東京 09:40 延誤"),
    ("tools/official-booking-channel-banner", "购票请认准铁路12306官方网站 www.12306.cn　铁路12306 App"),
    ("tools/official-booking-channel-banner", "官方购票渠道：东方航空App ｜ 官网 www.ceair.com ｜ 客服热线 95530"),
    ("tools/official-booking-channel-banner", "唯一官方售票网站：www.12306.cn　　客服电话：12306　　谨防假冒"),
    ("tools/official-booking-channel-banner", "订票请认准“琼州海峡轮渡”官方小程序，谨防山寨"),
    ("tools/official-booking-channel-banner", "官方訂票管道：臺鐵e訂通網站 ｜ 臺鐵e訂通App"),
    ("tools/coded-field-lookup-form", "航班号/日期：________　[查 询]"),
    ("tools/coded-field-lookup-form", "车牌号：[　　　　]　ETC卡号：[　　　　]　【查询】【重置】"),
    ("tools/coded-field-lookup-form", "船期查询　船名/IMO：[请输入船名]　航次：[　　]　[搜索]"),
    ("tools/coded-field-lookup-form", "航班查詢　航班號/日期：[　　　]　【查詢】"),
    ("slogan/tide-widget", "今日潮汐　高潮 05:12 3.86米 ｜ 低潮 11:40 1.02米"),
    ("slogan/tide-widget", "潮汐预报（乍浦站）　满潮 02:18 潮高 512cm　干潮 08:55 潮高 96cm"),
    ("slogan/tide-widget", "今日潮汐：高潮 04:31，4.2m / 低潮 10:58，0.8m / 高潮 17:02，4.0m"),
    ("slogan/tide-widget", "今日潮汐（基隆）　滿潮 06:21 1.12公尺　乾潮 12:40 0.15公尺"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/transport-status-ticker", "　　受雷雨天气影响，MU5738次航班延误约2小时，机场已为旅客提供餐食。"),
    ("tools/transport-status-ticker", "D2687/8　西安北—兰州西　1月5日起　新增"),
    ("tools/transport-status-ticker", "K8171/2　西安—汉中　1月5日起　停运"),
    ("tools/transport-status-ticker", "　　G1234次列车因设备故障晚点，铁路部门已安排旅客改签。"),
    ("tools/official-booking-channel-banner", "　　铁路12306是铁路唯一官方售票网站，铁路部门不委托任何第三方机构代售车票。"),
    ("tools/official-booking-channel-banner", "　　请旅客通过铁路12306网站、App或车站窗口购票，谨防上当受骗。"),
    ("tools/official-booking-channel-banner", "三、购票请通过官方渠道办理。"),
    ("tools/official-booking-channel-banner", "铁路12306是铁路唯一官方售票网站"),
    ("tools/coded-field-lookup-form", "船名：航浚6012　MMSI：413456789　作业期间值守VHF 16频道"),
    ("tools/coded-field-lookup-form", "　　旅客可在航班动态栏目输入航班号/日期查询航班状态。"),
    ("tools/coded-field-lookup-form", "车牌号：湘A·12345　ETC卡号：4301 2345 6789"),
    ("slogan/tide-widget", "　　据预报，5月11日宁港站高潮时间为03:42，潮高4.36米，请过往船舶注意。"),
    ("slogan/tide-widget", "5月11日　03:42　4.36米　10:05　0.92米"),
    ("slogan/tide-widget", "　　天文大潮期间，高潮 03:42 4.36米，低潮 10:05 0.92米，沿海各地须做好防范。"),
]


(test_aviation_rail_ports_chrome_is_caught,
 test_body_words_of_aviation_rail_ports_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


RAIL_NOTICE = """中国铁路南宁局集团有限公司
首页 ｜ 企业概况 ｜ 新闻中心 ｜ 客运服务 ｜ 信息公开
购票请认准铁路12306官方网站 www.12306.cn　铁路12306 App　谨防假冒
当前位置：首页 > 客运服务 > 客运公告
关于南昆铁路部分旅客列车停运的公告
发布时间：2026-07-03　来源：客运部
　　受强降雨影响，南昆铁路百色至田林间线路受损，7月4日至7月6日部分旅客列车停运，现公告如下：
K1234　南宁—昆明　7月4日至6日　停运
D3642　南宁东—百色　7月4日至6日　停运
　　已购买上述列车车票的旅客，可在铁路12306网站、12306 App或车站窗口办理退票，不收退票费。铁路12306是铁路唯一官方售票网站。
　　咨询电话：12306
中国铁路南宁局集团有限公司
2026年7月3日
正晚点：G1502 南宁东-桂林北 晚点15分钟 ｜ D8230 正点 ｜ K1234 停运
版权所有：中国铁路南宁局集团有限公司
"""


def test_a_rail_notice_keeps_its_rows_and_drops_the_banner_and_board() -> None:
    """A railway notice of another bureau: its rows of stopped trains, its sentences on the official
    channel and its hotline line stay; the booking banner at the head and the live board at the foot go."""
    doc = clean(RAIL_NOTICE)
    for line in RAIL_NOTICE.splitlines()[6:13]:
        assert line.strip() in doc.text, line
    for chrome in ("谨防假冒", "晚点15分钟"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("title") == "关于南昆铁路部分旅客列车停运的公告"


NAVIGATION_NOTICE = """中华人民共和国北海海事局
首页　海事动态　政务公开　航行通告　办事服务
今日潮汐　高潮 05:12 3.86米　低潮 11:40 1.02米
首页 >> 航行通告
北航通（2026）0088号 铁山港航道浮标调整
发布日期：2026-08-14　　发布单位：北海海事局
　　自2026年8月16日起，铁山港航道3号、5号浮标位置调整，调整后位置如下：
　　3号浮标：21°28′12.0″N　109°33′45.6″E
　　5号浮标：21°27′40.8″N　109°34′02.4″E
　　请过往船舶注意。特此通告。
二〇二六年八月十四日
船舶动态查询　船名/MMSI：[　　　　]　【查询】
北海海事局 版权所有
"""


def test_a_navigation_notice_headline_opens_with_its_number() -> None:
    """A maritime office's navigation notice: its headline opens with the notice's number and is the
    title, not the office's name above the menu; the tide widget and the ship lookup form go."""
    doc = clean(NAVIGATION_NOTICE)
    assert doc.metadata.get("title") == "北航通（2026）0088号 铁山港航道浮标调整"
    for line in NAVIGATION_NOTICE.splitlines()[6:11]:
        assert line.strip() in doc.text, line
    for chrome in ("3.86米", "船名/MMSI"):
        assert chrome not in doc.text, chrome


def test_a_document_number_alone_is_no_headline() -> None:
    """A notice's number alone on its line under the headline is not taken for the title."""
    page = """某某县交通运输局
首页 > 通知公告
关于开展道路运输安全大检查的通知
发布时间：2026-03-02　来源：县交通运输局
某交通〔2026〕12号
　　各乡镇交管站、各运输企业：为切实做好道路运输安全工作，现就开展安全大检查有关事项通知如下。
"""
    assert clean(page).metadata.get("title") == "关于开展道路运输安全大检查的通知"
