"""The fast paths of mojibake repair give what the plain definitions give.

The run scanner, the overlap index and the strong-suspect jump of
:mod:`govtext.decoding.mojibake` are checked against straightforward
reference versions on generated text, and the work done on long correct
Traditional text is checked to stay bounded by the probe limits.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.decoding import mojibake
from govtext.decoding.misdecode import misdecode
from govtext.decoding.mojibake import (
    _CJK_RUN,
    _LATIN_RUN,
    STRONG_PROBE,
    WEAK_PROBE,
    Repair,
    _holds,
    _runs,
    _strong_positions,
    _strong_re,
    _suspect_re,
    _Taken,
    find_repairs,
)

_ALPHABET = st.sampled_from(
    list("关于开展工作的通知。，“”　\n\n?a1 ")  # common Simplified text
    + list("體現經濟發展與環境")  # Traditional hanzi (weak suspects)
    + list("ÖÐÎÄ¼á³Ö´éü€…")  # Latin-1 / cp1252 mojibake material
    + list("鍙戝睍銆傗\ue43b㐀ぁ•")  # UTF-8-as-GBK material, private use, rare
)
TEXT = st.lists(_ALPHABET, max_size=120).map("".join)


def _reference_runs(text: str, suspects_only: bool) -> list[tuple[str, int, int]]:
    out = []
    for kind, pattern in (("latin", _LATIN_RUN), ("cjk", _CJK_RUN)):
        for lo, hi in _line_spans(text):
            for r in pattern.finditer(text, lo, hi):
                if not suspects_only or _suspect_re().search(text, r.start(), r.end()):
                    out.append((kind, r.start(), r.end()))
    return out


def _line_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer("[^\n]*", text)]


@given(TEXT)
def test_runs_match_the_line_by_line_scan(text: str) -> None:
    assert _runs(text, True) == _reference_runs(text, True)
    assert _runs(text, False) == _reference_runs(text, False)


@given(TEXT)
def test_strong_positions_tell_which_runs_hold_a_strong_suspect(text: str) -> None:
    strong = _strong_positions(text)
    for _kind, a, b in _runs(text, False):
        assert _holds(strong, a, b) == (_strong_re().search(text, a, b) is not None)


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=12)


@given(SPANS, st.integers(0, 45), st.integers(1, 8))
def test_taken_answers_like_a_scan_of_all_repairs(spans: list[tuple[int, int]], a: int, width: int) -> None:
    repairs = [Repair(s, s + w, "x", "r", "why") for s, w in spans]
    taken = _Taken()
    for i, r in enumerate(repairs):
        taken.add(r)
        seen = repairs[: i + 1]
        b = a + width
        assert taken.overlaps(a, b) == any(x.start < b and a < x.end for x in seen)


def test_correct_traditional_text_judges_a_bounded_number_of_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["　　堅持創新驅動發展，推動經濟社會高質量發展，構建現代化產業體系。",
             "各級政府部門要認真貫徹執行，確保各項政策措施落到實處。",
             "（二）加強環境綜合治理，改善城鄉人居環境。"]
    text = "\n".join(lines * 400)
    judged: list[tuple[int, int]] = []
    real = mojibake._repair_cjk_run

    def counting(text: str, a: int, b: int, bar: mojibake._Bar, out: list[Repair]) -> None:
        judged.append((a, b))
        real(text, a, b, bar, out)

    proved = mojibake._unproved

    def counting_proofs(text: str, runs: list[tuple[str, int, int]], bar: mojibake._Bar) -> list[tuple[str, int, int]]:
        judged.extend((a, b) for _kind, a, b in runs)  # (the runs the batch proof is given are judged too)
        return proved(text, runs, bar)

    monkeypatch.setattr(mojibake, "_repair_cjk_run", counting)
    monkeypatch.setattr(mojibake, "_unproved", counting_proofs)
    assert find_repairs(text) == []
    assert 0 < len(judged) <= 2 * (WEAK_PROBE + STRONG_PROBE)


def test_mojibake_after_the_probes_still_repaired_when_strong() -> None:
    clean = "\n".join(["　　堅持創新驅動發展，推動經濟社會高質量發展。"] * 300)
    garbled = misdecode("关于开展安全生产检查工作的通知", "utf-8", "gbk")
    found = find_repairs(clean + "\n" + garbled)
    assert [r.new for r in found] == ["关于开展安全生产检查工作的通知"]
