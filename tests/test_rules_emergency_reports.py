"""Chrome of emergency-management pages (held-out pages h940-h949: accident
investigation reports, flood, typhoon, forest-fire and earthquake notices,
Hong Kong and Taiwan shelter and closure releases): each rule catches lines
worded otherwise than the pages it was written for (other hotlines, other
warnings, other columns), and leaves alone the body sentences that use the
same words (a notice's own duty telephone, a sentence on a warning, a
notice's rules for its site's tickers and columns; gov_106 is such a notice)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/emergency-hotline-banner", "火警：119 | 急救：120 | 报警：110"),
    ("footer/emergency-hotline-banner", "全国安全生产举报投诉热线：12350"),
    ("footer/emergency-hotline-banner", "森林防火报警电话 12119　0913-2865119"),
    ("footer/emergency-hotline-banner", "水上搜救专线 12395"),
    ("footer/emergency-hotline-banner", "应急求助电话：119　防汛值班电话：0571-87654321"),
    ("footer/emergency-hotline-banner", "隐患举报 12350 / 消防救援 119"),
    ("tools/warning-signal-ticker", "【最新预警】大风蓝色预警信号 东海县气象台 2025-03-05 10:20 发布"),
    ("tools/warning-signal-ticker", "道路结冰黄色预警 市气象台 1月8日 07时 发布"),
    ("tools/warning-signal-ticker", "[预警信息] 地质灾害气象风险橙色预警　市自然资源局 06-19 17:00 更新"),
    ("tools/warning-signal-ticker", "当前生效预警：高温橙色预警、雷电黄色预警"),
    ("tools/warning-signal-ticker", "现时生效的警告：强烈季候风信号"),
    ("tools/record-download-row", "调查报告下载(pdf, 856KB)"),
    ("tools/record-download-row", "附件下载（DOCX）"),
    ("tools/arrow-framed-teaser", "⬇️ 报名登记表下载 ⬇️"),
    ("related/more-below-header", "往期精彩请看👇"),
    ("related/more-below-header", "👇更多防汛知识点击查看👇"),
    ("related/more-below-header", "↓↓更多安全常识请戳↓↓"),
    ("related/column-link", "消防科普｜电动车进楼入户有多危险！"),
    ("related/column-link", "权威发布|我市启动防台风Ⅳ级应急响应"),
    ("related/column-link", "防汛科普丨暴雨天开车遇到积水路段怎么办？"),
    ("related/column-link", "避险指南 | 山洪来了往哪跑"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/emergency-hotline-banner", "险情报告电话：0877-6612110（镇应急办，24小时值守）"),
    ("footer/emergency-hotline-banner", "如遇紧急情况请拨打119或110求助。"),
    ("footer/emergency-hotline-banner", "县防指办值班电话:0873-4851110,传真:0873-4851119。"),
    ("footer/emergency-hotline-banner", "发现火情请立即拨打森林火警电话12119报警。"),
    ("footer/emergency-hotline-banner", "联系电话：0871-12350"),
    ("footer/emergency-hotline-banner", "市体育中心 120"),
    ("tools/warning-signal-ticker", "石屏县气象台发布暴雨橙色预警信号"),
    ("tools/warning-signal-ticker", "7月12日8时30分，县气象台发布暴雨橙色预警，请各地做好防范。"),
    ("tools/warning-signal-ticker", "当前预警信息发布存在滞后问题，各地要加以改进。"),
    ("tools/warning-signal-ticker", "因应八号东北烈风或暴风信号现正生效，政府已开放临时庇护中心。"),
    ("tools/record-download-row", "请登录门户网站下载（PDF格式）。"),
    ("tools/record-download-row", "报告全文下载后请妥善保管"),
    ("tools/arrow-framed-teaser", "⬇️更多应急科普请点击⬇️"),
    ("related/more-below-header", "更多详情请点击阅读原文"),
    ("related/column-link", "应急科普丨地质灾害发生前有哪些征兆？专家提醒，要注意观察山体裂缝。"),
    ("related/column-link", "应急科普工作要贴近群众需求。"),
]


(test_emergency_page_chrome_is_caught,
 test_body_words_of_emergency_page_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


TICKER_PAGE = """青川县人民政府
首页 | 走进青川 | 政务公开 | 政务服务 | 应急管理
【预警】暴雨黄色预警　青川县气象台 06-03 16:10 发布
火警：119 | 急救：120 | 报警：110
当前位置：首页 > 应急管理 > 通知公告
关于做好强降雨防范应对工作的紧急通知
发布时间：2025-06-03 17:00　来源：青川县应急管理局
　　据县气象台预报，3日夜间至4日我县将有大到暴雨，局地大暴雨，请各乡镇立即开展山洪灾害危险区巡查。
　　县应急管理局值班电话：0839-7201119。
青川县应急管理局
2025年6月3日
⬇️更多防汛科普请点击⬇️
防汛科普丨山洪来临前有哪些征兆？
防汛科普丨被困车内如何自救？
"""


def test_a_warning_page_loses_its_tickers_banners_and_column_links() -> None:
    """A whole page: the menu above the warning ticker (its clock is no table row under a header),
    the ticker, the hotline banner and the science column's links after the call pointing at them go;
    the notice's own duty telephone and signature stay."""
    doc = clean(TICKER_PAGE)
    text = doc.text
    for kept in ("请各乡镇立即开展山洪灾害危险区巡查。", "县应急管理局值班电话：0839-7201119。", "2025年6月3日"):
        assert kept in text, kept
    for chrome in ("走进青川", "暴雨黄色预警", "急救：120", "更多防汛科普", "山洪来临前", "被困车内"):
        assert chrome not in text, chrome
    assert doc.metadata.get("source") == "青川县应急管理局"


def test_a_column_titled_headline_above_its_date_row_is_the_headline() -> None:
    """An image explainer has no prose, so all its lines stand at the page's
    edges where the column-link rule reads: its headline written as the column
    writes titles (``一图读懂｜…``) right above the date row is the page's title,
    not a link heading a list, and the short lines of the picture stay
    (regression: the merge of the column-link rule took h891's headline and all
    sixteen lines below it as a related list; the lines of a page with no prose
    above its first metadata row are its head, where no tail rule reads)."""
    page = ("首页 | 政策解读 | 办事服务\n"
            "当前位置：首页 > 政策解读 > 图解\n"
            "一图读懂｜2025年防汛应急避险要点\n"
            "发布时间：2025-06-03　来源：临川市应急管理局\n"
            "汛期时间\n"
            "每年5月1日至9月30日\n"
            "转移信号\n"
            "听到锣声立即向高处转移\n"
            "避险场所\n"
            "全市设置应急避难场所126处\n"
            "上一篇：应急科普丨雷雨天气如何防范？\n")
    doc = clean(page)
    assert doc.metadata.get("title") == "一图读懂｜2025年防汛应急避险要点"
    for line in ("汛期时间", "每年5月1日至9月30日", "听到锣声立即向高处转移", "全市设置应急避难场所126处"):
        assert line in doc.text, line
    assert "上一篇" not in doc.text
