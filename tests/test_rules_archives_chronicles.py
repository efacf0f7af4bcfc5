"""Chrome of archives bureaus' and local-chronicle offices' pages (held-out pages
h1230-h1239): each rule or behaviour catches lines worded otherwise than the
pages it was written for (other archives, other journals, Traditional script),
and leaves alone the body sentences that use the same words (a notice on a
reading room's new hours, a rule on what a yearbook entry records)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/search-box", "档案检索：[请输入档号或题名]　搜索"),
    ("tools/search-box", "目录查询 [请输入关键字] 查询 重置"),
    ("tools/search-box", "站内检索：【输入标题关键词】 检索 高级检索"),
    ("tools/search-box", "方志检索 【志书】【年鉴】【地情资料】 检索"),
    ("tools/search-box", "馆藏检索：[请输入题名] 搜寻"),
    ("tools/journal-issue-bar", "2025年第3期　往期回顾"),
    ("tools/journal-issue-bar", "第12期（总第305期） 上一期 下一期"),
    ("tools/journal-issue-bar", "2023年第11期 [上一期] [下一期] [本期目录]"),
    ("tools/journal-issue-bar", "2024年10月号　◀上一期　下一期▶"),
    ("tools/journal-issue-bar", "2022年第4期 | 过刊浏览"),
    ("label-table/catalogue-labels", "所载年鉴：《青崖年鉴（2022）》　栏目：城市建设"),
    ("label-table/catalogue-labels", "第45—47页　栏目：地方文献"),
    ("label-table/catalogue-labels", "收录志书：《临溪县志》　条目字数：860"),
    ("footer/service-hall-hours", "查档大厅服务时间：周一至周五 9:00-17:00"),
    ("footer/service-hall-hours", "阅览室开放时间：周二至周六 9:00—16:30（周一闭馆）"),
    ("footer/service-hall-hours", "档案查阅接待时间：工作日 8:30-11:30，14:30-17:00"),
    ("footer/service-hall-hours", "查阅利用时间：周一至周五上午9:00-12:00；下午13:30-17:00"),
    ("slogan/site-name", "数字档案馆"),
    ("slogan/site-name", "临溪方志网 | 数字方志馆"),
    ("slogan/site-name", "网上档案馆"),
    ("slogan/site-name", "《临溪史志》电子版"),
    ("slogan/site-name", "《江陵档案》数字期刊"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/search-box", "请在馆藏查询栏输入题名，然后点击“检索”。"),
    ("tools/search-box", "读者可在[全文]和[标题]两种方式中选择检索。"),
    ("tools/journal-issue-bar", "2024年第6期"),
    ("tools/journal-issue-bar", "本刊2024年第6期刊发了该文，下一期将继续刊登。"),
    ("tools/journal-issue-bar", "第3期培训班将于下一期开班前结业。"),
    ("label-table/catalogue-labels", "栏目：档案春秋"),
    ("label-table/catalogue-labels", "本文刊于第12-13页，栏目为档案春秋。"),
    ("label-table/catalogue-labels", "第3—5页为附表。"),
    ("footer/service-hall-hours", "自5月1日起，阅览室开放时间调整为周二至周六9:00—16:30。"),
    ("footer/service-hall-hours", "阅览室开放时间：周一至周五（具体时间见公告）"),
    ("slogan/site-name", "青崖区数字方志馆正式上线"),
    ("slogan/site-name", "数字方志馆建设稳步推进。"),
    ("slogan/site-name", "《江陵档案》电子版正式上线"),
]


test_archives_chrome_is_caught, test_body_words_of_archives_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


ORAL_HISTORY_PAGE = """老船工的长江记忆
讲述人：蒋福生，1941年生，原临江航运公司船长
采访者：区档案馆　罗　敏
采访时间：2024年6月3日
采访地点：临江区滨江社区
整理：罗敏
罗敏：蒋师傅，您是哪一年上船的？
蒋福生：1958年。那年我十七岁，跟着师傅在一条木帆船上当学徒。
罗敏：那时候跑一趟要多久？
蒋福生：从临江到汉口，顺水七天，逆水要半个月，全靠拉纤。
"""


def test_an_oral_history_page_takes_its_headline_over_the_interview_fields() -> None:
    """The interview's record fields (讲述人, 采访者, 采访地点) are no headline, even
    the one right above the 整理 credit, and every turn stays."""
    doc = clean(ORAL_HISTORY_PAGE)
    assert doc.metadata.get("title") == "老船工的长江记忆"
    for turn in ORAL_HISTORY_PAGE.splitlines()[6:10]:
        assert turn in doc.text, turn


JOURNAL_PAGE = """《江陵档案》网络版
2025年第2期　往期回顾
第30-32页　　栏目：史海钩沉
民国时期县政府的粮食调查
——以江陵市档案馆馆藏档案为中心
刘思远（江陵市档案馆）
　　江陵市档案馆藏有民国二十五年至三十七年县政府粮食调查表册四百余件，记录了各乡镇的耕地面积、粮食产量和存粮情况。
　　这些表册多由乡公所填报，格式前后不一，数字亦有出入，使用时须与其他档案互相印证。
(责任编辑：孙倩)
"""


def test_a_journal_article_names_its_writer_under_the_subtitle() -> None:
    """The issue bar and the page range with the column go, the headline is the
    article's (not the issue's), and the name with its unit under the subtitle
    is the author."""
    doc = clean(JOURNAL_PAGE)
    assert doc.metadata.get("title") == "民国时期县政府的粮食调查"
    assert doc.metadata.get("author") == "刘思远"
    for chrome in ("往期回顾", "第30-32页", "刘思远（江陵市档案馆）"):
        assert chrome not in doc.text, chrome
    assert "民国二十五年至三十七年" in doc.text


def test_a_name_with_its_unit_inside_the_text_stays() -> None:
    """A line of a name and a unit inside the text (a list of people thanked)
    is no byline: only the line right under the headline is read so."""
    page = """致谢名单
发布时间：2025-03-01
　　本馆口述档案采集工作得到以下同志的大力支持，特此致谢：
刘思远（江陵市档案馆）
王一鸣（江陵市地方志办公室）
　　谨此致谢。
"""
    doc = clean(page)
    assert "刘思远（江陵市档案馆）" in doc.text
    assert "王一鸣（江陵市地方志办公室）" in doc.text


WECHAT_PAGE = """原创 县志办 青岭方志 2025年02月12日 08:00 江西
青岭方志
方志里的青岭 | 旧志中的元宵灯会
　　清道光《青岭县志》载：“上元夜，城乡张灯，自十三日至十七日止，谓之灯节。”
　　民国二十二年修的《青岭乡土志》记述更详，称县城各街“竞扎龙灯、鱼灯，锣鼓喧阗，达旦不休”。
"""


def test_the_account_named_on_the_wechat_header_goes_from_the_line_under_it() -> None:
    """The account's name alone under the header line that names it goes;
    the headline and the gazetteer quotes (with their regnal years) stay."""
    doc = clean(WECHAT_PAGE)
    assert "\n青岭方志\n" not in "\n" + doc.text
    assert doc.metadata.get("title") == "方志里的青岭 | 旧志中的元宵灯会"
    assert doc.metadata.get("date") == "2025-02-12"
    assert "清道光《青岭县志》载" in doc.text


def test_a_search_box_scope_gives_no_title() -> None:
    """A search box whose scopes include [标题] gives the page no title: the
    entry's headline does."""
    page = """临溪方志网 | 数字方志馆
方志检索 [全文] [标题] [关键词] 检索
您现在的位置: 首页 > 年鉴 > 《临溪年鉴(2024)》 > 农业
粮食生产
所载年鉴:《临溪年鉴(2024)》　栏目:农业　条目字数:512
【概况】 2023年,全县粮食播种面积52.3万亩,总产量21.6万吨。
【高标准农田】 新建高标准农田3.2万亩,完成投资9600万元。
"""
    doc = clean(page)
    assert doc.metadata.get("title") == "粮食生产"
    assert "[关键词]" not in doc.text
    assert "【高标准农田】" in doc.text
