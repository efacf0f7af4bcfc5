"""The NFKC-folded UTF-8 reader reads only the runs that can hold a repair.

:func:`govtext.decoding.nfkcfold._line_repairs` reads a line's runs of
readable characters with two lead bytes or more
(:data:`~govtext.decoding.nfkcfold._LEAD_RUN`) one by one instead of the
whole line (Traditional text with toned pinyin between hanzi has many
lead-byte vowels, ``(jìn)`` ``(gòu)``, but one per run), and
:func:`~govtext.decoding.nfkcfold.find_nfkc_latin_repairs` looks only at
lines with two lead bytes in one run (:data:`~govtext.decoding.nfkcfold._TWO_LEADS`,
one search over the text). These tests hold
it to the definition, the whole line read at once
(:func:`~govtext.decoding.nfkcfold._run_repairs` of the line): the
stretches of a line are those of its runs read alone, every stretch that
decodes to two characters beyond ASCII lies in a run of ``_LEAD_RUN``, and
the repairs are the same as those of every line with enough lead bytes read whole, on random text, garbled lines and the corpus.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.misdecode import misdecode
from govtext.decoding.nfkcfold import (
    _FOLDED,
    _LEAD_RUN,
    _LEADS,
    _READABLE,
    NFKC_LATIN_MIN_LEADS,
    NfkcLatinRepair,
    _line_repairs,
    _run_repairs,
    _segments,
    find_nfkc_latin_repairs,
)
from tests.test_mojibake_fast_gate import _corpus

_RUN = re.compile(f"{_READABLE}+")

_PIECES = [*_FOLDED, *"àáèéìíòóÂâäåæçÎÏÐñ€‚…™Ž“”•–—°·ºª¹²³ \u00a0\u0301⁄μ", *"éŽ‹Œ", *"aoTM.()12345 ,;",
           *"關於發展经济的（）。", *"ǐāǒǔüǚ", "zhào", "(jìn)", "(lǐng)", "å...3äoŽè°ƒæ• ́å·¥ä1⁄2œ", "ä¸€"]
_TEXT = st.lists(st.sampled_from([*_PIECES, "\n"]), max_size=40).map("".join)


def _reference(text: str) -> list[NfkcLatinRepair]:
    """The definition: every line with enough lead bytes read whole."""
    out: list[NfkcLatinRepair] = []
    pos = 0
    for line in text.split("\n"):
        if len(_LEADS.findall(line)) >= NFKC_LATIN_MIN_LEADS:
            out.extend(_run_repairs(line, pos))
        pos += len(line) + 1
    return out


def _fold(text: str) -> str:
    """``text``'s UTF-8 read as cp1252 and NFKC-folded (the garble the reader undoes)."""
    import unicodedata

    try:
        return unicodedata.normalize("NFKC", misdecode(text, "utf-8", "cp1252"))
    except UnicodeError:
        return text


def _check(text: str) -> None:
    assert find_nfkc_latin_repairs(text) == _reference(text)
    for line in text.split("\n"):
        _check_line(line)


def _check_line(line: str) -> None:
    whole = _segments(line)
    by_runs = [(m.start() + a, m.start() + b, data, folded)
               for m in _RUN.finditer(line) for a, b, data, folded in _segments(m.group())]
    assert by_runs == whole
    lead_runs = [(m.start(), m.end()) for m in _LEAD_RUN.finditer(line)]
    for a, b, data, _folded in whole:
        try:
            new = data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # the reader keeps strict UTF-8 only
        if sum(1 for c in new if ord(c) > 0x7F) >= 2:
            assert any(s <= a and b <= e for s, e in lead_runs), (line, a, b)
    assert _line_repairs(line, 7) == _run_repairs(line, 7)


@settings(max_examples=600)
@given(_TEXT)
def test_runs_read_alone_read_as_the_whole_line(text: str) -> None:
    _check(text)


@settings(max_examples=200)
@given(_TEXT, _TEXT, _TEXT)
def test_runs_read_alone_read_as_the_whole_line_with_garble(before: str, text: str, after: str) -> None:
    _check(before + _fold(text) + after)


def test_a_folded_stretch_between_hanzi_and_pinyin_is_still_repaired() -> None:
    garble = _fold("关于调整工作")
    for line in (f"標題：{garble}", f"發(fā)展{garble}(jìn)展", f"(zhào){garble}ǐ", f"{garble}，{garble}"):
        repairs = find_nfkc_latin_repairs(line)
        assert [r.new for r in repairs] == ["关于调整工作"] * line.count(garble)
        assert repairs == _run_repairs(line, 0)


def test_lines_of_the_corpus_read_as_the_whole_line() -> None:
    for text in _corpus():
        _check(text)
        _check("\n".join(_fold(line) if i % 5 == 2 else line for i, line in enumerate(text.split("\n"))))


@settings(max_examples=300)
@given(_TEXT)
def test_fold_mark_scan_matches_the_regular_expression(text: str) -> None:
    from govtext.decoding.nfkcfold import _FOLD_MARK, _has_fold_mark

    assert _has_fold_mark(text) == (_FOLD_MARK.search(text) is not None)
    assert _has_fold_mark(text + "..") == (_FOLD_MARK.search(text + "..") is not None)
