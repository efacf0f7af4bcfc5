"""The page-number line test's pre-test (a line with no 页, 版, slash or p,
and no dash at both ends, is no page number) against the eight patterns
tried in turn, on random lines and the seeds' short lines."""

from __future__ import annotations

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext.rejoin import furniture
from tests.corpus import CORPUS, corpus_available
from tests.rejoin_plain import page_number_line

_CHARS = "第共页頁版/／pPaAgeGEof 　\t-—·~１2３十二 临湖日报年月日星期二（）《》：:上一版下"


@settings(max_examples=1500)
@given(st.text(st.sampled_from(_CHARS), max_size=30))
@example("- 3 -")
@example("第2页 共5页")
@example("Page 3 of 5")
@example("PAGE 2")
@example("3/5")
@example("第A03版：要闻  上一版  下一版")
@example("临湖日报 2024年3月5日 星期二 第2版")
@example("2023-11-15 10:54")
def test_page_number_line_pretest_changes_nothing(line: str) -> None:
    assert furniture._page_number_line(7, line) == page_number_line(7, line)


def test_only_p_folds_to_p() -> None:
    # the "page" pattern is case-insensitive: no character but p and P matches its p
    p = regex.compile("(?i)p")
    assert [c for c in map(chr, range(0x110000)) if p.fullmatch(c)] == ["P", "p"]


def test_page_number_lines_on_seeds() -> None:
    if not corpus_available():
        return
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        for pos, line in furniture._numeral_lines(path.read_text(encoding="utf-8")):
            assert furniture._page_number_line(pos, line) == page_number_line(pos, line)


@given(st.text(st.sampled_from(_CHARS + "\n"), max_size=60))
def test_no_short_numeral_line_means_no_page_number(text: str) -> None:
    # find_page_numbers stops when no line may be a page number: every later step starts from those lines
    if not furniture._numeral_lines(text):
        assert furniture._bare_page_numbers(text) == []
        assert furniture._page_numbers_with_running_text([], set()) == []
        assert furniture.find_page_numbers(text) == []


@given(st.text(st.sampled_from("第 02 版临湖日报（2024年03月05日）\n正文。上接A"), max_size=50))
def test_masthead_page_without_ban_is_none(text: str) -> None:
    # masthead_page answers None at once for a text without 版: every line it reads is part of the text
    if "版" not in text:
        assert furniture.masthead_page(text) is None
        assert not any("版" in line for line in furniture._leading_lines(text, 3))
