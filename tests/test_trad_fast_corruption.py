"""The whole-line garble check of the corruption flagger
(:func:`govtext.decoding.corruption._unrepaired_garble`) against its plain
definition: every line holding a strong suspect, its hanzi counted and
tested one by one."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.corruption import (
    _GARBLE_HAN,
    GARBLE_MIN_HAN,
    GARBLE_RARE_SHARE,
    GARBLE_STRONG_SHARE,
    _han_count,
    _unrepaired_garble,
)
from govtext.decoding.misdecode import misdecode
from govtext.decoding.mojibake import next_strong_suspect, strong_suspect_re
from govtext.decoding.plausibility import COST_LESS_COMMON, char_cost
from tests.test_mojibake_fast_gate import _corpus


def _reference(text: str) -> Iterator[tuple[int, int]]:
    """The flagged spans, line by line as the definition says."""
    strong = strong_suspect_re()
    start = 0
    for line in text.split("\n"):
        han = _GARBLE_HAN.findall(line)
        if (strong.search(line) is not None and len(han) >= GARBLE_MIN_HAN
                and sum(1 for c in han if strong.match(c)) >= GARBLE_STRONG_SHARE * len(han)
                and sum(1 for c in han if char_cost(c) >= COST_LESS_COMMON) >= GARBLE_RARE_SHARE * len(han)):
            yield start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        start += len(line) + 1


def _spans(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in _unrepaired_garble(text)]


# hanzi of GB 2312, Big5 only, neither (strong suspects), rare Big5 ones, a private-use one, Latin and others
_ALPHABET = st.sampled_from(list("的通知關於羣衆峯娑撳瓨绠圭敮鍌欐眽濮樻垶鏂傛惔婊冨\ue000㐀é€ 　a\n。"))


@settings(max_examples=500)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_garble_lines_match_the_definition(text: str) -> None:
    assert _spans(text) == list(_reference(text))


def _garbled(line: str) -> str:
    try:
        return misdecode(line, "utf-8", "gbk")
    except UnicodeError:
        return line


def test_garble_lines_match_the_definition_on_the_corpus() -> None:
    found = 0
    for text in _corpus():
        garbled = "\n".join(_garbled(line) if i % 5 == 2 else line for i, line in enumerate(text.split("\n")))
        for t in (text, garbled):
            spans = _spans(t)
            assert spans == list(_reference(t))
            found += len(spans)
    assert found


# the edges of the hanzi blocks and of the block only partly hanzi, surrogates, astral and other characters
_EDGES = st.sampled_from([*"\u33ff\u3400\u4d00\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\udfff\ue000\uf8ff\uf900\ufaff\ufb00",
                          "\ud800", "\U00020000", "\U0010ffff", "a", "\x00", "。", "é"])


@settings(max_examples=500)
@given(st.lists(st.one_of(_EDGES, st.characters()), max_size=60).map("".join))
def test_han_count_counts_the_hanzi_of_the_class(text: str) -> None:
    assert _han_count(text) == len(_GARBLE_HAN.findall(text))


def test_han_count_over_every_code_point() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert _han_count(every) == len(_GARBLE_HAN.findall(every))
    for b in range(0, 0x110000, 0x100):  # block by block: a miscount cannot hide behind another
        block = every[b : b + 0x100]
        assert _han_count(block) == len(_GARBLE_HAN.findall(block)), hex(b)


@settings(max_examples=300)
@given(st.lists(st.one_of(_ALPHABET, _EDGES), max_size=40).map("".join), st.integers(0, 45))
def test_next_strong_suspect_is_the_search(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    m = strong_suspect_re().search(text, pos)
    assert next_strong_suspect(text, pos) == (len(text) if m is None else m.start())


_GATE_TEXT = st.lists(st.sampled_from(["锟斤拷", "錕斤拷", "烫烫", "燙燙燙", "屯屯屯", "ï¿½", "ï", "嚙踝蕭", "昍昍", "迋迋迋",
                                       "斤", "拷", "中文", "?", "\n"]), max_size=12).map("".join)


@settings(max_examples=300)
@given(_GATE_TEXT)
def test_garbage_gates_match_the_regular_expressions(text: str) -> None:
    """The ``in`` scans of the garbage gates say what a search would."""
    import re

    from govtext.decoding.corruption import _GARBAGE_CHARS, _GARBAGE_FIRSTS, _GARBAGE_LITERALS

    assert any(map(text.__contains__, _GARBAGE_CHARS)) == (re.search("[锟錕烫燙屯嚙昍迋]", text) is not None)
    literal = any(lit in text for lit in _GARBAGE_LITERALS)
    assert (any(map(text.__contains__, _GARBAGE_FIRSTS)) and literal) == literal
    assert set(_GARBAGE_FIRSTS) == {lit[0] for lit in _GARBAGE_LITERALS}
