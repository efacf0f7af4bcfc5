"""Chrome of county, city and district portals of north China (Beijing
districts, Hebei, Shanxi, Henan, Inner Mongolia, Shaanxi, Gansu; held-out
pages h1020-h1029): each rule catches lines worded otherwise than the pages it
was written for (other stages of the release chain, other names of a site's own
hot list), and leaves alone the body sentences that use the same words (a
notice on how the portal's news is compiled and released, gov_114).

A page typed with a Latin keyboard ends its sentences with a half-width full
stop after a hanzi (``…予以公示.``): such a line is a sentence as one ending
with ``。`` is, so a related list dumped between two paragraphs, or a menu
word above the headline that reads as a list header (新闻动态), does not take
the paragraphs below it as link titles."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from govtext import clean
from govtext.blocks.shape import is_sentence, sentence_and_prose
from govtext.rejoin.paragraphs import _two_cell_row
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # the release chain of a portal's article: who compiled it for the site, who signed it off
    ("credits/credit-line", "编发：李华"),
    ("credits/credit-line", "编发:王强  签发:刘明"),
    ("credits/credit-line", "责任编辑：张敏　编发：赵亮"),
    ("credits/credit-line", "（编发：孙丽　审核：周涛）"),
    ("credits/credit-line", "稿件审核：刘伟　编发：马晓燕"),
    # a site's own list of its hot or recommended articles after the text
    ("related/list-header", "本站热点"),
    ("related/list-header", "【本站推荐】"),
    ("related/list-header", "全站热门"),
    ("related/list-header", "本网最新资讯"),
    ("related/list-header", "站内热门文章"),
    ("related/list-header", "本站精选："),
]

KEPT: list[tuple[str, str]] = [
    ("credits/credit-line", "编发信息简报36期，被省级以上采用12篇。"),
    ("credits/credit-line", "全年编发《政务信息》48期，报送信息320条，其中被省政府办公厅采用15条。"),
    ("credits/credit-line", "签发后由县融媒体中心统一编发。"),
    ("related/list-header", "本站热点问题答复如下："),
    ("related/list-header", "本站最新公告请以正式文件为准。"),
    ("related/list-header", "“本站热点”侧栏应根据点击数自动生成。"),
]


(test_north_portal_chrome_is_caught,
 test_body_words_of_north_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", [
    "经审核,拟表彰先进集体10个.现将拟表彰对象予以公示.",
    "市直有关部门负责同志参加调研.",
    "他强调,要守牢安全底线.”",
    "会议要求,各单位要抓好落实.）",
])
def test_a_half_width_full_stop_after_a_hanzi_ends_a_sentence(line: str) -> None:
    assert is_sentence(line)
    assert sentence_and_prose([line])[0] == [True]


@pytest.mark.parametrize("line", [
    "附件:1.先进集体名单.xls",
    "2.先进个人名单.xls",
    "同比增长3.5",
    "www.hbly.gov.cn",
    "No. 5 Rd.",
    "二、拟表彰先进个人(20名)",
])
def test_a_point_after_a_number_a_latin_word_or_in_a_file_name_is_no_full_stop(line: str) -> None:
    assert not is_sentence(line)


HALF_WIDTH_PAGE = """代州市人民政府
首页
走进代州
新闻动态
政务公开
办事服务
当前位置:首页 > 新闻动态 > 部门动态
市水利局检查冬春农田水利设施建设
发布时间:2025-11-20  信息来源:市水利局  点击数:208
11月18日,市水利局组成检查组,对各县区冬春农田水利设施建设情况进行检查.
检查组先后察看了高标准农田灌溉渠系、小型泵站和机井配套工程,详细了解工程进度和质量管理情况.
本站热点
代州市召开冬季安全生产工作会议
市水利局开展河湖“清四乱”专项行动
检查组要求,各县区要倒排工期、加强调度,确保明年春灌前全部完工投用.
下一步,市水利局将加强跟踪督导,对进度滞后的项目实行挂牌督办.
编发:郭丽  签发:杨建华
网站地图
联系我们
主办单位:代州市人民政府办公室
晋ICP备08004512号
"""


def test_a_half_width_page_keeps_its_paragraphs_around_a_sidebar_and_below_a_menu_word() -> None:
    """A half-width page of another city: the paragraphs ending with ``.``
    below the site's hot list and below the menu's 新闻动态 stay, the hot list
    and the release chain go, and the headline is the article's."""
    doc = clean(HALF_WIDTH_PAGE)
    text = doc.text
    for line in HALF_WIDTH_PAGE.splitlines()[9:11] + HALF_WIDTH_PAGE.splitlines()[14:16]:
        assert line in text, line
    for chrome in ("本站热点", "代州市召开冬季安全生产工作会议", "编发:郭丽", "主办单位"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "市水利局检查冬春农田水利设施建设"
    assert doc.metadata.get("date") == "2025-11-20"
    assert doc.metadata.get("source") == "市水利局"



HELDOUT = Path(__file__).parent / "cases" / "blocks" / "heldout"


def test_the_rows_of_a_name_and_post_list_are_never_run_together() -> None:
    """A commendation list (h1028) as the seeds are written (NFKC, a blank
    line after every line): two of its rows are as wide as each other, which
    read as a hard wrap; no name-and-post row is run into the one above it,
    and the numbered heading after the list's last office is no continuation
    of that office's name."""
    page = next(HELDOUT.glob("h1028_*.txt")).read_text(encoding="utf-8")
    text = clean("\n\n".join(unicodedata.normalize("NFKC", page).split("\n"))).text
    for row in ("王建平  郭道镇党委副书记", "李秀英  城关镇南关村党支部书记", "赵志明  县农业技术推广中心高级农艺师",
                "沁南县农业技术推广中心", "二、拟表彰先进个人(20名)"):
        assert f"\n{row}\n" in f"\n{text}\n", row


@pytest.mark.parametrize(("line", "row"), [
    ("王建平　　郭道镇党委副书记", True),
    ("李秀英  城关镇南关村党支部书记", True),
    ("高俊杰　　萨仁高娃（女）", True),
    ("王建平  主持会议并讲话，要求各地抓好落实", False),
    ("认真落实  切实抓好安全生产工作", False),
])
def test_a_name_with_its_post_is_a_row_of_a_list(line: str, row: bool) -> None:
    assert _two_cell_row(line) is row
