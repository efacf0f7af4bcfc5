"""The whole-text scans made with the ``regex`` module (a character class
looked for several times faster than with ``re``) find what ``re`` finds
with the same pattern: :data:`govtext.decoding.corruption._CORRUPT_ALIEN_PAIR`,
:data:`govtext.decoding.mojibake._BOPOMOFO`,
:data:`govtext.decoding.nfkcfold._TWO_LEADS` and
:data:`govtext.decoding.sjis._KANA_SCAN`, on random text (from ``pos``
on, as the scans resume) and the corpus."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.corruption import _CORRUPT_ALIEN_PAIR
from govtext.decoding.mojibake import _BOPOMOFO
from govtext.decoding.nfkcfold import _TWO_LEADS
from govtext.decoding.sjis import _KANA, _KANA_SCAN
from tests.test_mojibake_fast_gate import _corpus

_SCANS = {"alien-pair": _CORRUPT_ALIEN_PAIR, "bopomofo": _BOPOMOFO, "two-leads": _TWO_LEADS, "kana": _KANA_SCAN}
_TEXT = st.lists(st.sampled_from([*"中文關於（）()。\n a1.…€™ÂàáìíòóôõüÿĀǐǚΩЖא߿ࠀ⁄μ\u0301", *"ㄅㄎㄡˇㄩㄪ", *"ｱｶﾟ｡ｰ", "\U00020000"]),
                max_size=40).map("".join)


def _hits(pattern: regex.Pattern[str] | re.Pattern[str], text: str, pos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("name", sorted(_SCANS))
def test_scan_is_a_regex_pattern_of_the_re_pattern(name: str) -> None:
    assert isinstance(_SCANS[name], regex.Pattern)
    assert _KANA_SCAN.pattern == _KANA.pattern


@settings(max_examples=400)
@given(_TEXT, st.integers(0, 40))
def test_scans_find_what_re_finds(text: str, pos: int) -> None:
    for pattern in _SCANS.values():
        twin = re.compile(pattern.pattern)
        assert _hits(pattern, text, pos) == _hits(twin, text, pos)
        got = pattern.search(text, pos)
        want = twin.search(text, pos)
        assert (got and got.span()) == (want and want.span())


def test_scans_find_what_re_finds_on_the_corpus() -> None:
    for text in _corpus():
        for pattern in _SCANS.values():
            assert _hits(pattern, text, 0) == _hits(re.compile(pattern.pattern), text, 0)
