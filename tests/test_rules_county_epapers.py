"""Chrome of city, county and industry papers' e-paper pages (held-out pages
h980-h989): each rule or reading catches lines worded otherwise than the pages
it was written for (other papers, other spellings, Traditional script), and
leaves alone the body sentences that use the same words (a notice on how a
paper lays out its pages, a report on a paper's e-paper)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.rejoin.furniture import find_page_numbers
from govtext.rejoin.markers import find_markers
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/site-name", "石门江报·数字报"),
    ("slogan/site-name", "临川晚报 · 电子版"),
    ("slogan/site-name", "維港日報 e-Paper"),
    ("slogan/site-name", "东岭商报ePaper"),
    ("slogan/site-name", "濠江日報數碼版"),
    ("tools/epaper-page", "上一期　　下一期　　按日期查看：2025年07月11日"),
    ("tools/epaper-page", "上一期　下一期　选择日期"),
    ("tools/epaper-page", "查看原版PDF　　放大版面"),
    ("tools/epaper-page", "原版PDF | 往期回顾"),
    ("tools/epaper-page", "下载本版PDF　缩小版面"),
    ("tools/epaper-page", "第01版 第02版 第03版 第04版"),
    ("tools/epaper-page", "第A1版　第A2版　第B1版"),
    ("related/labelled-link", "本版其他文章：坚持和发展新时代“枫桥经验”的几点思考"),
    ("related/labelled-link", "本版其他稿件：我县启动秋冬季植树造林"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/site-name", "　　市民可通过数字报平台按日期查看往期报纸。"),
    ("slogan/site-name", "本报数字报上线十周年，累计访问量突破一亿人次"),
    ("tools/epaper-page", "　　数字报平台应当提供按日期查看、版面导航、原版PDF下载和放大版面阅读等功能。"),
    ("tools/epaper-page", "上一期工作简报已印发各单位。"),
    ("related/labelled-link", "　　本版其他文章转载其他媒体稿件的，须注明来源。"),
]


(test_county_epaper_chrome_is_caught,
 test_body_words_of_county_epaper_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("text", "kind", "section", "page"), [
    ("纳入河长制考核。转2版", "continued-to", "", 2),
    ("确保按期完工。转A3版", "continued-to", "A", 3),
    ("确保按期完工。轉B4版", "continued-to", "B", 4),
    ("接2版", "continued-from", "", 2),
])
def test_a_bare_jump_without_di_is_a_marker(text: str, kind: str, section: str, page: int) -> None:
    assert [(m.kind, m.section, m.page) for m in find_markers(text)] == [(kind, section, page)]


@pytest.mark.parametrize("text", [
    "各单位确需转2版的稿件，应提前报批。",
    "稿件转2版后字数不得超过一千字",
    "会议决定将该栏目转2版刊发。",
    "正文，转2版",
])
def test_prose_about_jumps_holds_no_marker(text: str) -> None:
    assert find_markers(text) == []


@pytest.mark.parametrize(("line", "page"), [("3版　|　城建", 3), ("4版：综合新闻", 4), ("12版｜副刊·青禾园", 12),
                                            ("三版：要闻", 3)])
def test_a_page_and_its_section_without_di_is_a_page_line(line: str, page: int) -> None:
    assert [p.page for p in find_page_numbers(f"正文第一段。\n{line}\n正文第二段。")] == [page]


@pytest.mark.parametrize("line", ["4版：修订后印发", "第二版：征求意见稿已经印发", "3版本：V2.1"])
def test_a_version_or_a_sentence_is_no_page_line(line: str) -> None:
    assert find_page_numbers(f"正文第一段。\n{line}\n正文第二段。") == []


FRONT_AND_INNER = """沂川日报
2025年6月3日　星期二
1版　|　要闻
新区首批人才公寓交付使用
记者　邓一鸣
　　本报讯　6月2日，新区首批人才公寓正式交付使用，首批386套房源已全部配租到位，入住的主要是新引进的高校毕业生和企业技术骨干。
　　据介绍，人才公寓配齐了家具家电，实行拎包入住，租金按市场价的六折收取，同时在小区内配建了
（下转第3版）
3版　|　城建
（上接第1版）便利店、健身房和共享会议室。
　　新区相关负责人表示，下一步还将推出第二批人才公寓。
"""


def test_a_two_page_scrape_rejoins_across_the_jump_and_its_page_line() -> None:
    """The page lines of both pages go and the jumped sentence runs on."""
    doc = clean(FRONT_AND_INNER)
    assert "1版" not in doc.text and "3版" not in doc.text
    assert "同时在小区内配建了便利店" in doc.text.replace("\n", "")


DECK_PAGE = """鹭江晚报
2025-11-08　　第A07版：城事
老菜场变身“城市会客厅”
改造后的菜场保留老骑楼、引入非遗小吃，成为打卡地
文/图　鹭江晚报记者　洪一帆
　　走进改造一新的老菜场，海鲜摊位前人头攒动，头顶的老骑楼刷上了原本的米黄色。
　　改造没有“推倒重来”，保留了原有的街巷格局和186个摊位。
"""


def test_the_headline_over_its_deck_is_the_title() -> None:
    """A longer deck with a clause between the headline and the byline is no headline."""
    assert clean(DECK_PAGE).metadata["title"] == "老菜场变身“城市会客厅”"


def test_a_kicker_with_its_comma_over_the_headline_leaves_the_headline() -> None:
    page = DECK_PAGE.replace("老菜场变身“城市会客厅”\n改造后的菜场保留老骑楼、引入非遗小吃，成为打卡地",
                             "留住烟火气，\n老菜场改造后变身市民游客争相打卡的“城市会客厅”")
    assert clean(page).metadata["title"] == "老菜场改造后变身市民游客争相打卡的“城市会客厅”"


JUMP_TAIL_PAGE = """东川日报数字报
2025年9月24日　第3版：综合
　　总之，营商环境只有更好没有最好，各部门要以企业和群众的获得感作为检验工作的标尺，持续打通政策落地的“最后一公里”。
东川县今年新建乡村公路120公里
记者　孔令文　通讯员　石磊
　　本报讯　记者从县交通运输局获悉，今年全县新建乡村公路120公里，新增通客车建制村14个。
　　县交通运输局负责人表示，明年将继续推进农村公路提档升级。
"""


def test_a_page_opening_with_a_jumped_article_s_end_finds_its_own_headline_and_author() -> None:
    """The end of an article jumped from another page stands above the page's
    own headline: the headline under it is the title, its byline's reporter the author,
    and the jumped paragraph stays."""
    doc = clean(JUMP_TAIL_PAGE)
    assert doc.metadata["title"] == "东川县今年新建乡村公路120公里"
    assert doc.metadata["author"] == "孔令文"
    assert "营商环境只有更好没有最好" in doc.text


def test_a_heading_under_a_paragraph_opening_a_document_is_no_jump_headline() -> None:
    """A notice that opens with a paragraph and a heading over a plain line of its own keeps its title."""
    page = ("关于做好秋冬季乡村公路养护工作的通知\n发布日期：2025-09-24\n"
            "　　各乡镇人民政府：为切实做好秋冬季乡村公路养护工作，现将有关事项通知如下。\n"
            "一、加强日常养护\n　　各乡镇要落实养护责任，及时清理路面杂物。\n")
    assert clean(page).metadata["title"] == "关于做好秋冬季乡村公路养护工作的通知"
