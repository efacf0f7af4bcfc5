"""Chrome of transport and traffic sites (held-out pages h1200-h1209): road-report
tickers and the live traffic map's legend, a port's sea-state widget, a picture
that failed to load, a transit app's tagline with its download button, the
operating company's address line, the transport supervision hotline beside the
accessibility links, an organisation's English name ending in ``of the …``, and
the labels of a Hong Kong press release's issue date and a site's revision stamp.
Each rule catches lines worded otherwise than the pages it was written for, and
leaves alone the notices' own sentences that use the same words (a closure
notice's road report, a ferry notice's sea state, a bureau's contact line)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/traffic-report-ticker", "【实时路况】S20外环高速南段车多缓行｜沪嘉高速畅通"),
    ("tools/traffic-report-ticker", "交通快讯：中山路隧道维修封闭   延安路高架车流正常"),
    ("tools/traffic-report-ticker", "高速路况→ G15沈海高速K1200处事故处置中 | 更新时间 08:15"),
    ("tools/traffic-report-ticker", "路况速递：解放大道双向缓行　二环线车流平稳"),
    ("tools/traffic-report-ticker", "路况图例：畅通 ● 缓行 ● 拥堵 ●"),
    ("tools/traffic-report-ticker", "畅通━ 缓行━ 拥堵━ 严重拥堵━"),
    ("slogan/weather-widget", "实时海况：西南风4-5级　浪高1.2米"),
    ("slogan/weather-widget", "海面风浪：偏北风5～6级 浪高：2米"),
    ("tools/media-placeholder", "图片加载失败，点击重试"),
    ("tools/media-placeholder", "地图载入失败，请刷新"),
    ("tools/media-placeholder", "视频加载失败"),
    ("tools/app-teaser", "高德地图：实时路况、躲避拥堵　免费下载"),
    ("tools/app-teaser", "一码通行：地铁公交扫码乘车　点击下载"),
    ("footer/site-address", "江城地铁运营有限公司　地址：江城市东湖路18号　电话：027-85550000"),
    ("footer/site-address", "南湾港务集团　地址：南湾市港前大道1号　总机：0759-3310000"),
    ("footer/national-hotline-banner", "交通运输服务监督热线：12328｜关怀版｜无障碍浏览"),
    ("footer/national-hotline-banner", "交通运输服务监督电话12328　长辈版"),
    ("slogan/english-name", "Maritime Safety Administration of the People's Republic of China"),
    ("slogan/english-name", "Highways Department, The Government of the Hong Kong Special Administrative Region"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/traffic-report-ticker", "路况信息：受强降雨影响，G320国道K45处发生塌方，请过往车辆绕行。"),
    ("tools/traffic-report-ticker", "实时路况分为畅通、缓行、拥堵三个等级，以绿、黄、红三色在电子地图上显示。"),
    ("tools/traffic-report-ticker", "路况播报：每天早晚高峰，交通广播都会推出路况播报节目。"),
    ("tools/traffic-report-ticker", "交通：地铁2号线市民中心站　公交15路、27路市民中心站"),
    ("tools/traffic-report-ticker", "畅通、缓行、拥堵路段分别以绿色、黄色、红色标示"),
    ("slogan/weather-widget", "今日海况：东北风7级，浪高3米，全线停航。"),
    ("slogan/weather-widget", "海况较差时，渡轮将视情况减班或停航"),
    ("tools/media-placeholder", "因系统升级，部分图片加载失败的问题已修复。"),
    ("tools/app-teaser", "附件：绕行路线图.pdf　点击下载"),
    ("footer/site-address", "请将申请材料寄至江城地铁运营有限公司，地址：江城市东湖路18号，电话：027-85550000。"),
    ("footer/national-hotline-banner", "交通运输服务监督电话：12328"),
    ("footer/national-hotline-banner", "如有疑问，请拨打交通运输服务监督电话12328咨询。"),
    ("slogan/english-name", "The Department of the Environment said the road would reopen on Monday."),
]


test_transport_chrome_is_caught, test_transport_notice_sentences_are_kept = rule_line_tests(CAUGHT, KEPT)


_NOTICE = ("关于滨江路夜间封闭施工的通告\n"
           "　　因滨江路雨水管网改造，自2026年9月1日起每日22时至次日5时封闭滨江路（解放路至人民路段），"
           "过往车辆请绕行建设大道。\n"
           "　　特此通告。\n")


def test_a_traditional_ticker_goes_and_the_notice_stays() -> None:
    """A Taiwan site's road-report ticker goes once the script is converted; the notice's lines stay."""
    doc = clean("路況快報：國道1號五股段車多壅塞　｜　台61線暢通\n" + _NOTICE)
    assert "五股段" not in doc.text
    assert "过往车辆请绕行建设大道" in doc.text and "特此通告" in doc.text


def test_a_hong_kong_issue_date_dates_the_page() -> None:
    """發出日期 is a Hong Kong government press release's date label: its line goes and dates the page."""
    doc = clean("東區走廊部分行車線封閉\n發出日期：2026年4月16日\n"
                "　　運輸署今日宣布，東區走廊往柴灣方向的慢線將於星期六晚上封閉，駕駛人士應留意現場交通情況。\n")
    assert doc.metadata["date"] == "2026-04-16"
    assert "發出日期" not in doc.text and "发出日期" not in doc.text


def test_a_site_revision_stamp_never_beats_the_published_date() -> None:
    """A site's stamp of its last change (本網站最後更新日期, 最近修訂日期) goes and never dates a page that has its own date."""
    doc = clean("文湖線週末提前收班\n發布日期：2026-04-28\n"
                "　　為辦理軌道更新工程，文湖線將於週六晚間提前收班，其餘路線維持正常營運。\n"
                "本網站最後更新日期：2026-04-30\n最近修訂日期：2026年5月2日\n")
    assert doc.metadata["date"] == "2026-04-28"
    assert "2026-04-30" not in doc.text and "5月2日" not in doc.text
