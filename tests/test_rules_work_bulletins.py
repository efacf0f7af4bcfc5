"""Work bulletins and briefings (简报, 工作动态, 信息专报, 督查通报, 内部情况,
社情民意信息) as government sites post them and as personal libraries repost
them (held-out pages h660-h669): each rule catches lines worded otherwise than
the pages it was written for (other series, other spellings, letter spacing),
and leaves alone the body sentences that use the same words (a notice on how
bulletins are compiled and sent, a report that mentions reposts).

The metadata of a bulletin, decided here: the title is the page's headline
when the site gives one (``教育简报（2025年第4期）``), else the heading of the
issue's first item (a bare issue, as a PDF gives it); the date is the
masthead's (the issue line's ``2025年9月2日``); the source is the page's own
``来源`` line when it has one, else the office that compiles the issue
(``…办公室编`` on the issue line, which stays in the text). The masthead's series name is the series,
not the document (noise); the issue number, the distribution block (报：/
送：/ 发：, 共印N份) and a 本期导读 list of the issue's items stay optional.
"""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.rejoin.text import starts_entry
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/letterhead", "人社工作动态"),
    ("slogan/letterhead", "工 作 动 态"),
    ("slogan/letterhead", "市 政 府 督 查 通 报"),
    ("slogan/letterhead", "县委督办通报"),
    ("slogan/letterhead", "内　部　情　况"),
    ("slogan/letterhead", "社情民意信息"),
    ("slogan/letterhead", "市政协社情民意"),
    ("slogan/letterhead", "【乡村振兴工作动态】"),
    ("counters/library-repost-counts", "2024-11-03 10:21　青山书屋　阅 86　转 3"),
    ("counters/library-repost-counts", "老周的文件柜 阅 2104 转 57 评 2"),
    ("counters/library-repost-counts", "阅 512　转 19"),
    ("counters/library-repost-counts", "献花（3）"),
    ("counters/library-repost-counts", "献花(0) +1"),
    ("breadcrumb/library-folder-chain", "来自：清风徐来 > 《公文写作》"),
    ("breadcrumb/library-folder-chain", "来自: mylib2024 > 工作总结"),
    ("breadcrumb/library-folder-chain", "来自群组：公文写作交流"),
    ("breadcrumb/library-folder-chain", "来自文集：党建资料汇编"),
    ("tools/search-box", "搜索文章　搜索"),
    ("tools/search-box", "资料搜索"),
    ("tools/search-box", "搜索全文 检索"),
    ("tools/download-link", "相关附件：现场照片1.png"),
    ("tools/download-link", "IMG_20250624_0815.JPG"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/letterhead", "各单位要按月报送工作动态。"),
    ("slogan/letterhead", "关于2024年度督查通报的说明"),
    ("slogan/letterhead", "市委办公室转发督查通报"),
    ("slogan/letterhead", "了解内部情况"),
    ("slogan/letterhead", "收集社情民意"),
    ("slogan/letterhead", "社情民意信息是政协委员履职的重要载体"),
    ("slogan/letterhead", "加强工作动态"),
    ("counters/library-repost-counts", "全年审阅文件2104件，转办群众来信57件。"),
    ("counters/library-repost-counts", "为献花的志愿者颁发证书"),
    ("breadcrumb/library-folder-chain", "来自：全市各乡镇的32名代表参加培训。"),
    ("breadcrumb/library-folder-chain", "来自群众的意见建议全部登记在册，逐条研究办理。"),
    ("tools/search-box", "不得在搜索引擎中公开内部刊物。"),
    ("tools/download-link", "相关附件：2025年一季度重点工作督查问题清单"),
    ("tools/download-link", "附件：现场照片.jpg"),
]


(test_work_bulletin_chrome_is_caught,
 test_body_words_of_work_bulletin_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


BARE_ISSUE = """督 查 专 报
第6期
临江县人民政府办公室编　　　　　　2025年9月2日
临江县秋季开学安全检查发现问题27处
　　8月下旬，县政府办公室牵头组织教育、公安、市场监管等部门，对全县中小学、幼儿园开展秋季开学安全检查，共发现问题27处，已当场整改19处。
　　检查发现，个别学校食堂进货台账不全，部分校车驾驶员资质材料未及时更新。各责任单位要在9月10日前完成整改，并将整改情况报送县政府办公室。
报：县委、县政府主要领导
送：县教育局，县公安局，县市场监管局
（共印25份）
"""


def test_a_bare_issue_is_titled_by_its_first_item_dated_and_sourced_by_its_masthead() -> None:
    """A bare issue (no site around it): the title is the first item's heading,
    not the series (督 查 专 报); the date is the issue line's and the source
    the office that compiles it (``…办公室编``, the credit glued on)."""
    doc = clean(BARE_ISSUE)
    assert doc.metadata.get("title") == "临江县秋季开学安全检查发现问题27处"
    assert doc.metadata.get("date") == "2025-09-02"
    assert doc.metadata.get("source") == "临江县人民政府办公室"
    assert "督 查 专 报" not in doc.text
    assert "临江县人民政府办公室编" in doc.text  # the issue line is the issue's masthead: it stays
    assert "报送县政府办公室。" in doc.text


def test_a_posted_issue_takes_the_sites_headline_and_its_source_line() -> None:
    """An issue posted with the site's headline and 来源 line: those name and
    source the page; the compiling office of the issue line does not override
    the 来源 line."""
    page = ("首页 > 工作动态 > 简报\n水利工作简报（2025年第7期）\n发布时间：2025-07-09　来源：临江县水利局\n"
            "水利工作简报\n第7期\n临江县水利局办公室编　　　　2025年7月9日\n" + BARE_ISSUE.split("\n", 3)[3])
    doc = clean(page)
    assert doc.metadata.get("title") == "水利工作简报（2025年第7期）"
    assert doc.metadata.get("date") == "2025-07-09"
    assert doc.metadata.get("source") == "临江县水利局"


def test_distribution_lines_are_not_run_together_in_half_width_with_blank_lines() -> None:
    """报：/ 送：/ 发： each list addressees of one kind: the lines stay apart
    even in the corpus's form (half-width colons, a blank line after each line)."""
    assert starts_entry("送:市委办公室,市纪委监委") and starts_entry("發：各縣（市、區）人民政府")
    assert not starts_entry("发展改革委：") and not starts_entry("报告显示：一季度全市经济运行平稳")
    page = "\n\n".join(line.replace("：", ":").replace("，", ",") for line in BARE_ISSUE.split("\n"))
    text = clean(page).text
    assert "领导送:" not in text and "市场监管局(共印" not in text
    assert "报:县委、县政府主要领导" in text


@pytest.mark.parametrize("issue_line", [
    "临江县人民政府办公室编印　　2025年9月2日",
    "临江县人民政府办公室　编　　2025年9月2日",
    "第6期　　临江县人民政府办公室编　　2025年9月2日",
])
def test_other_issue_lines_stay_and_date_and_source_the_issue(issue_line: str) -> None:
    """The issue line worded otherwise (编印, the credit set apart, the issue's
    number on the same line) stays in the text and gives the date and source."""
    lines = BARE_ISSUE.split("\n")
    page = "\n".join([lines[0], issue_line, *lines[3:]])
    doc = clean(page)
    assert issue_line in doc.text
    assert doc.metadata.get("date") == "2025-09-02"
    assert doc.metadata.get("source") == "临江县人民政府办公室"
    assert doc.metadata.get("title") == "临江县秋季开学安全检查发现问题27处"
