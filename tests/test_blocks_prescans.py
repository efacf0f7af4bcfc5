"""Cheap necessary tests in ``govtext.blocks`` never skip a line the full test would accept.

Each pre-test (a character class, a substring test, one scan that rules out
every label, title word and number) is checked against the work it skips, on
the corpus lines of the test cases and on random text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks import metadata, shape
from govtext.blocks.segment import segment

CASES = Path(__file__).parent / "cases" / "blocks"
LINES = [b.stripped for p in sorted(CASES.rglob("*.txt")) for b in segment(p.read_text(encoding="utf-8"))]

_META_ALPHABET = "发布时间来源作者记者编辑书记市长浏览次数文号年月日〇一二三四五六七八九十０１2:：| 　\t\xa0【】（）《》市政府办公室湖州陈浩"
_NAV_ALPHABET = "首页政务公开互动交流|｜丨¦∣▏│┃ 　\t\xa0\u2002。，,;!?ab1[]【】◇·/"


# -- navigation rows -----------------------------------------------------------------


def test_nav_mark_is_a_space_or_a_bar_on_every_code_point() -> None:
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert (shape._NAV_MARK.match(ch) is not None) == (ch.isspace() or ch in "|｜丨¦∣▏│┃"), hex(cp)


def _nav_items_unguarded(text: str) -> list[str] | None:
    """:func:`shape.nav_items` without its first test (the row shapes alone)."""
    if len(text) > 200 or shape.is_sentence(text) or shape._sentence_punct(text):
        return None
    if (menu := shape._MENU_LABEL.match(text)) is not None and len(text) > menu.end():
        return _nav_items_unguarded(text[menu.end():])
    if text[1:2] in (" ", "\u3000") and shape._SPACED_FIRST_LABEL.match(text) is not None:
        text = text[0] + text[2:]
    piped = shape.PIPE.search(text) is not None
    items = [p for p in shape._NAV_SPLIT.split(text) if p]
    if piped and len(items) >= 3 and all(shape._label_len(p) <= 12 or len(shape._LINK_ABBREVIATION.sub("", p)) <= 12
                                         or len(shape._LINK_HOTLINE_NUMBER.sub("", p)) <= 12 for p in items):
        return items
    if piped and len(items) >= 3 and sum(shape._all_han(p) and len(p) <= 8 for p in items) >= 2 \
            and all(shape._label_len(p) <= 12 or shape._ENGLISH_LINK.fullmatch(p) for p in items):
        return items
    if len(items) >= 4 and all(shape._label_len(p) <= 8 for p in items):
        return items
    if len(items) >= 5 and shape._LATIN_BRAND.fullmatch(items[0]) and all(shape._label_len(p) <= 4 for p in items[1:]):
        return items
    if len(items) >= 3 and shape._FRONT_PAGE.fullmatch(items[0]) and all(shape._label_len(p) <= 12 for p in items):
        return items
    words = text.split()
    plain = [shape._SLASHED_LABEL.sub(r"\1\2", w) for w in words] if len(words) >= 4 else words
    if len(words) >= 4 and all(2 <= len(w) <= 6 and w.isalnum() and not w.isdigit() for w in plain) \
            and sum(not shape._all_han(w) for w in plain) <= 1 and all(shape._all_han(w) or (shape._LATIN.search(w) and shape._HAN.search(w)) for w in plain):
        return words
    if len(words) >= 6 and all(2 <= len(w) <= 10 and shape._all_han(w) for w in words) \
            and sum(len(w) > 6 for w in words) == 1:
        return words
    labels = [w for w in words if w not in shape._LONE_SEPARATORS]
    if 4 <= len(labels) < len(words) and all(2 <= len(w) <= 6 and shape._all_han(w) for w in labels):
        return labels
    if len(words) >= 4 and all(shape._bracketed_label(w) for w in words):
        return words
    if len(words) >= 4 and shape._nav_row_with_language_links(words):
        return words
    if len(words) >= 3 and words[0].endswith("首页") and all(2 <= len(w) <= 8 and w.isalnum() for w in words):
        return words
    return None


def test_nav_items_on_corpus_lines() -> None:
    for line in LINES:
        assert shape.nav_items(line) == _nav_items_unguarded(line), line


@given(st.text(alphabet=_NAV_ALPHABET, min_size=1, max_size=40))
def test_nav_items_on_random_text(text: str) -> None:
    assert shape.nav_items(text) == _nav_items_unguarded(text)


# -- metadata lines ------------------------------------------------------------------


def _parse_unguarded(line: str) -> metadata.MetaLine | None:
    """:func:`metadata.parse_meta_line` with every line let through its pre-test."""
    with mock.patch.object(metadata, "_may_hold_fields", lambda _line: True):
        return metadata.parse_meta_line(line)


def test_lines_without_fields_fail_the_pre_test_on_corpus_lines() -> None:
    rejected = 0
    for line in LINES:
        if not metadata._may_hold_fields(metadata._colon_credits(line)):  # the pre-test reads credits with a colon
            rejected += 1
            assert _parse_unguarded(line) is None, line
    assert rejected > 0


@given(st.text(alphabet=_META_ALPHABET, min_size=1, max_size=40))
def test_pre_test_never_rejects_a_metadata_line(text: str) -> None:
    if not metadata._may_hold_fields(text):
        assert _parse_unguarded(text) is None


@given(st.text(alphabet=_META_ALPHABET.replace("年", "").replace("０１2", ""), min_size=1, max_size=40))
def test_pre_test_never_rejects_a_metadata_line_without_numbers(text: str) -> None:
    if not metadata._may_hold_fields(text):
        assert _parse_unguarded(text) is None


# -- dates -----------------------------------------------------------------------------

_DATE_ALPHABET = "2023０１-/.年月日号时分:：〇一二三四五六七八九十 　（）星期上午下午发布来源"


def test_date_first_characters_are_where_every_date_begins() -> None:
    for line in LINES:
        for m in metadata._DATE.finditer(line):
            assert metadata._DATE_FIRST.match(line, m.start()) is not None


@given(st.text(alphabet=_DATE_ALPHABET, max_size=40), st.data())
def test_date_scans_agree_with_the_plain_pattern(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    plain = metadata._DATE.search(text, a, b)
    fast = metadata.search_date(text, a, b)
    assert (plain and plain.span()) == (fast and fast.span())
    assert [m.span() for m in metadata._find_dates(text, a, b)] == [m.span() for m in metadata._DATE.finditer(text, a, b)]


def test_date_scans_agree_on_corpus_lines() -> None:
    for line in LINES:
        spans = [m.span() for m in metadata._DATE.finditer(line)]
        assert [m.span() for m in metadata._find_dates(line, 0, len(line))] == spans
