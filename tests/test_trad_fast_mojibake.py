"""The mojibake gate's UTF-8 chain test (:func:`govtext.decoding.mojibake._chain_shape`,
:func:`~govtext.decoding.mojibake._may_hold_stretch`,
:func:`~govtext.decoding.mojibake._stretch_lines`) against the regular
expression it stands for, on random bytes, random text and the corpus."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.misdecode import misdecode
from govtext.decoding.mojibake import (
    _CHAIN,
    _CHAIN_CLASSES,
    _UTF8_SEQUENCE,
    CJK_PAIRS,
    STRETCH_MIN_CHARS,
    _chain_shape,
    _may_hold_stretch,
    _stretch_codecs,
    _stretch_lines,
)
from tests.test_mojibake_fast_gate import _corpus

_STRETCH_CHAIN = re.compile(rb"(?:[\x00-\x7f]*%s){%d}" % (_UTF8_SEQUENCE, STRETCH_MIN_CHARS))
"""The definition: a chain of UTF-8 sequences long enough to hold a stretch, only ASCII between them."""

_BYTES = st.lists(st.sampled_from([0x00, 0x0A, 0x41, 0x7F, 0x80, 0xA5, 0xBF, 0xC0, 0xC1, 0xC2, 0xD5, 0xDF, 0xE0,
                                   0xE9, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]), max_size=80).map(bytes)
_TEXT = st.lists(st.sampled_from(list("關於體現經濟發展中文的鍙戝睍銆佹渤瀵硅緰鍖哄唴姘村簱要道?\u3000a\n€\U00020000")),
                 max_size=60).map("".join)


def _reference_may_hold(run: str, pairs: tuple[str, ...]) -> bool:
    for codec in _stretch_codecs(pairs):
        data = run.encode("gb18030" if codec == "gbk" else "cp950", "replace")
        if _STRETCH_CHAIN.search(data) is not None:
            return True
    return False


def _reference_lines(joined: str, pairs: tuple[str, ...]) -> set[int]:
    return {i for i, line in enumerate(joined.split("\n")) if _reference_may_hold(line, pairs)}


@settings(max_examples=500)
@given(_BYTES)
def test_chain_shape_finds_the_chains_of_the_definition(data: bytes) -> None:
    assert (_CHAIN in _chain_shape(data, _CHAIN_CLASSES)) == (_STRETCH_CHAIN.search(data) is not None)


@settings(max_examples=300)
@given(_TEXT, st.sampled_from([CJK_PAIRS, ("utf8-as-gbk",), ("utf8-as-big5",), ("big5-as-gbk",)]))
def test_may_hold_stretch_and_stretch_lines_match_the_definition(text: str, pairs: tuple[str, ...]) -> None:
    assert _may_hold_stretch(text, pairs) == _reference_may_hold(text, pairs)
    assert _stretch_lines(text, pairs) == _reference_lines(text, pairs)


def _garbled(line: str) -> str:
    try:
        return misdecode(line, "utf-8", "gbk")
    except UnicodeError:
        return line


def test_stretch_lines_match_the_definition_on_the_corpus() -> None:
    for text in _corpus():
        garbled = "\n".join(_garbled(line) if i % 7 == 3 else line for i, line in enumerate(text.split("\n")))
        for t in (text, garbled):
            assert _stretch_lines(t, CJK_PAIRS) == _reference_lines(t, CJK_PAIRS)
