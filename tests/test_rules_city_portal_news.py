"""Chrome of city and county portals' news and notice pages in central and
southern provinces (held-out pages h1000-h1009): each rule or behaviour
catches lines worded otherwise than the pages it was written for (other
sites, Traditional script, other Zhuang names), and leaves alone the body
sentences and lists that use the same words (a notice on a portal's columns,
an article about photo news)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/list-header", "图片新闻"),
    ("related/list-header", "【图片报道】"),
    ("related/list-header", "视频新闻"),
    ("related/list-header", "圖片新聞"),
    ("related/list-header", "图文推荐："),
    ("related/list-header", "热门排行"),
    ("slogan/minority-site-name", "Yienh Lungzgyangh Yinzminz Cwngfuj Mwnzhu Vangjcan"),
    ("slogan/minority-site-name", "Gvangjsih Bouxcuengh Swcigih Yinzminz Cwngfuj Vangjcan"),
    ("slogan/minority-site-name", "Sien Bingzgoj Yinzminz Cwngfuj"),
]

KEPT: list[tuple[str, str]] = [
    ("related/list-header", "　　本站开设图片新闻栏目，集中展示全县乡村振兴一线的工作场景。"),
    ("related/list-header", "图片新闻要注明拍摄者和拍摄时间。"),
    ("related/list-header", "视频新闻报道了三月三歌圩节的盛况"),
    ("slogan/minority-site-name", "县政府门户网站壮文版名为Yienh Lungzgyangh Yinzminz Cwngfuj Mwnzhu Vangjcan，于2024年上线。"),
]


(test_city_portal_chrome_is_caught,
 test_body_words_of_city_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


SIDEBAR_PAGE = """丹溪县人民政府
首页 > 新闻中心 > 乡镇动态
丹溪县举办2025年油茶产业技术培训班
来源：县林业局　发布时间：2025-10-14
　　10月13日，丹溪县2025年油茶产业技术培训班在县党校开班，全县油茶种植大户、合作社负责人等120余人参加培训。
　　培训邀请省林业科学院专家，围绕油茶低产林改造、水肥一体化管理和病虫害绿色防控等内容进行授课。
{sidebar}
　　培训期间，学员们还到油茶示范基地进行了现场观摩学习，详细了解新品种、新技术的推广应用情况。
　　下一步，县林业局将持续开展技术服务，推动油茶产业提质增效。
版权所有：丹溪县人民政府
"""

SIDEBARS = [
    "圖片新聞\n丹溪县举办首届油茶文化旅游节开幕式\n县领导调研秋季森林防火工作",
    "视频新闻\n· 丹溪县召开秋冬季农业生产推进会\n· 丹溪县开展重阳节敬老志愿服务活动\n热门文章\n1.丹溪县2025年秋季学期学生资助政策\n2.关于做好冬季供水保障工作的通知",
    "【图片报道】\n1、我县举办油茶产业发展论坛\n2、县林业局开展油茶病虫害防治技术指导",
]


@pytest.mark.parametrize("sidebar", SIDEBARS)
def test_a_sidebar_dumped_between_two_paragraphs_goes_and_the_paragraphs_stay(sidebar: str) -> None:
    """A sidebar's lists between two paragraphs (a header and two or more link
    titles, numbered or not, one or two lists) go; the paragraphs around them stay."""
    page = SIDEBAR_PAGE.format(sidebar=sidebar)
    doc = clean(page)
    for line in page.splitlines():
        if line.startswith("　　"):
            assert line.strip() in doc.text, line
    for line in sidebar.splitlines():
        assert line.strip() not in doc.text, line


COLUMNS_NOTICE = """关于规范县政府门户网站栏目设置的通知
发布日期：2025-10-20
各乡镇人民政府，县直各单位：
　　为进一步提升县政府门户网站信息发布质量，现就栏目设置有关事项通知如下。
　　首页应设置以下栏目：
图片新闻
政务动态
通知公告
热门排行
　　各栏目应明确专人负责，及时更新内容，确保信息准确、权威。
　　图片新闻应注明拍摄者和拍摄时间，每周更新不少于3次。
图片新闻
乡镇动态稿件应当写明时间、地点和事件
部门动态稿件应当经单位负责人审核后发布
　　网站主办单位应于2025年11月30日前完成栏目调整。
"""


def test_a_notice_listing_a_portals_columns_keeps_its_lists() -> None:
    """A notice that lists a portal's columns after a colon, or sets a heading
    named like a sidebar's above its own requirements (``…稿件应当写明…``),
    keeps every line: neither is a sidebar's list of link titles."""
    doc = clean(COLUMNS_NOTICE)
    for line in COLUMNS_NOTICE.splitlines()[2:]:
        assert line.strip() in doc.text, line


THREE_TIER_PAGE = """{site}
首页 » 新闻中心 » 本地要闻
{kicker}
{headline}
{deck}
发布时间：2025-03-28 10:16　来源：市融媒体中心
　　3月27日，我市一季度重大项目集中开工仪式在高新区举行，此次集中开工项目共28个，总投资98.6亿元。
　　市委书记宣布项目开工，市长作动员讲话，要求各级各部门强化要素保障，推动项目早开工、早投产。
"""


@pytest.mark.parametrize(("site", "kicker", "headline", "deck"), [
    ("柳溪市人民政府", "抢抓春季黄金期　奋力冲刺“开门红”", "我市一季度重大项目集中开工", "总投资达98.6亿元"),
    ("重慶市渝川區人民政府", "凝心聚力抓項目　真抓實幹促發展", "渝川區一季度重大項目集中開工", "涉及28個項目"),
    ("滨江县人民政府", "以项目之进促发展之稳", "滨江县举行2025年一季度重大项目集中开工仪式", "总投资98.6亿元"),
])
def test_the_middle_of_a_three_tier_title_is_the_headline(site: str, kicker: str, headline: str, deck: str) -> None:
    """A kicker, a headline and a deck stacked above the date line (引题 / 主题 /
    副题): the middle line, longer than the deck, is the headline, whichever of
    kicker and headline is longer, in either script."""
    doc = clean(THREE_TIER_PAGE.format(site=site, kicker=kicker, headline=headline, deck=deck))
    title = doc.metadata.get("title")
    assert title is not None
    assert title in {headline, clean(headline).text.strip()}


def test_a_kicker_above_the_headline_right_above_the_date_line_still_gives_the_headline() -> None:
    """Two lines (a kicker and the headline right above the date line): the headline is
    the line above the date line, as before."""
    page = THREE_TIER_PAGE.replace("{deck}\n", "").format(
        site="柳溪市人民政府", kicker="抢抓春季黄金期", headline="我市一季度重大项目集中开工仪式在高新区举行")
    assert clean(page).metadata.get("title") == "我市一季度重大项目集中开工仪式在高新区举行"


def test_a_record_set_out_as_table_rows_is_no_three_tier_title() -> None:
    """Table rows of a record (``| 字段 | 值 |``) stand one under another above
    the submission line as a three-tier title's lines do, but none is a
    headline: the page's own headline above the table stays the title
    (regression: the merge of the three-tier rule titled h867 by a row)."""
    page = ("临川新区管理委员会\n"
            "网站首页|新区概况|政务公开|政务服务|公众参与\n"
            "当前位置: 首页 > 政务公开 > 双公示 > 行政许可\n"
            "【行政许可】临川新区宏远建材有限公司建筑垃圾处置核准\n"
            "| 信息项 | 内容 |\n"
            "| --- | --- |\n"
            "| 行政相对人名称 | 临川新区宏远建材有限公司 |\n"
            "| 许可类别 | 核准 |\n"
            "| 许可证书名称 | 城市建筑垃圾处置核准证 |\n"
            "| 许可决定日期 | 2025-03-20 |\n"
            "| 许可机关 | 临川新区城市管理局 |\n"
            "| 数据来源单位 | 临川新区城市管理局 |\n"
            "| 当前状态 | 有效 |\n"
            "提交时间: 2025-03-21 10:05:33 | 更新时间: 2025-03-21 10:05:33\n"
            "上一条: 【行政许可】临川新区鑫源砂石有限公司临时占用城市道路许可\n"
            "此页面信息由临川新区城市管理局负责维护与更新\n")
    doc = clean(page)
    assert doc.metadata.get("title") == "临川新区宏远建材有限公司建筑垃圾处置核准"
