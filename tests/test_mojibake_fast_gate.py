"""The mojibake gate's batch proofs (:func:`govtext.decoding.mojibake._unproved`,
:func:`govtext.decoding.runcheck.unproved_spans`) against the plain
definitions they stand for, and the whole gate against the full passes on
the benchmark corpus, on Traditional, Simplified and garbled text."""

from __future__ import annotations

import random
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding import mojibake
from govtext.decoding.misdecode import misdecode
from govtext.decoding.mojibake import (
    _CJK_RUN,
    LEGACY_CEILING,
    _proof_span_bounds,
    _proof_spans,
    _run_shape,
    find_repairs,
)
from govtext.decoding.runcheck import unproved_spans, unrepairable
from tests.test_decoding_fast_paths import _reference_superset
from tests.test_runcheck_batch import _BARS

_RUN_ALPHABET = st.sampled_from(list("體現經濟發展關於鍙戝睍銆傗中文的㐀ぁ龜訁€ÖÐ?\u3000，。、；：？！“”《》（）\ufffd"))
RUNS = st.lists(st.lists(_RUN_ALPHABET, min_size=1, max_size=12).map("".join), min_size=1, max_size=12)
_TEXT_ALPHABET = st.sampled_from([*"體現經濟發展中文的?\u3000 a(\n鍙戝睍銆傗ÖÐ“”，", "\u2028"])
_SHAPE_ALPHABET = st.sampled_from([*"體現?\u3000 a\n\x01\x02JR.", "\u2028", "\u2029", "\U00020000", "\udc80", "\x80", "\xff"])


@given(RUNS)
def test_proof_span_bounds_are_the_proof_spans(runs: list[str]) -> None:
    joined = "\n".join(runs)
    starts, ends = _proof_span_bounds(joined, runs)
    pieces = [piece for run in runs for piece in _proof_spans(run)[1:]]
    assert [joined[a:b] for a, b in zip(starts, ends, strict=True)] == [*runs, *pieces]
    assert starts[: len(runs)] == [m.start() for m in re.finditer("[^\n]+", joined)]


@settings(max_examples=300)
@given(st.lists(_SHAPE_ALPHABET, max_size=60).map("".join))
def test_run_shape_marks_the_characters_runs_hold(text: str) -> None:
    held = bytearray(b"." * (len(text) + 2))
    for m in _CJK_RUN.finditer(text):
        held[m.start() + 1 : m.end() + 1] = b"R" * (m.end() - m.start())
    assert _run_shape(text) == bytes(held)


def _reference_spans(text: str, starts: list[int], ends: list[int], bar: mojibake._Bar) -> list[int]:
    return [i for i, (a, b) in enumerate(zip(starts, ends, strict=True))
            if not unrepairable(text[a:b], [(0, b - a)], ceiling=LEGACY_CEILING, min_gain=bar.min_gain,
                                short_penalty=bar.short_penalty, pairs=bar.cjk_pairs)]


def _unproved(text: str, starts: list[int], ends: list[int], bar: mojibake._Bar) -> list[int]:
    return unproved_spans(text, starts, ends, ceiling=LEGACY_CEILING, min_gain=bar.min_gain,
                          short_penalty=bar.short_penalty, pairs=bar.cjk_pairs)


@settings(max_examples=200)
@given(RUNS, st.randoms(use_true_random=False))
def test_unproved_spans_is_the_span_by_span_proof(runs: list[str], rng: random.Random) -> None:
    text = "\n".join(runs)
    spans = [(a, b) for a in range(len(text)) for b in range(a + 1, min(len(text), a + 9) + 1)]
    chosen = sorted(rng.sample(spans, min(len(spans), 60)))  # overlapping spans, separators inside some
    starts, ends = [a for a, _ in chosen], [b for _, b in chosen]
    for bar in _BARS:
        assert _unproved(text, starts, ends, bar) == _reference_spans(text, starts, ends, bar)


def test_unproved_spans_reads_characters_beyond_the_bmp_and_new_ones() -> None:
    text = "體現\U00020000經濟\n\U0002a6a5發展\n" + "".join(map(chr, range(0x9f00, 0x9f40)))
    starts, ends = [0, 6, 11], [5, 9, len(text)]
    for bar in _BARS:
        assert _unproved(text, starts, ends, bar) == _reference_spans(text, starts, ends, bar)


def _full_passes(text: str) -> list[mojibake.Repair]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mojibake, "_nothing_found", lambda *args: False)
        mp.setattr(mojibake, "_surely_nothing", lambda *args: False)
        return find_repairs(text)


@cache
def _corpus() -> list[str]:
    from benchmarks import inputs

    seeds = inputs.load_seeds(inputs.default_seed_dir())
    docs = [*inputs.traditional_corpus(seeds, 120_000), *inputs.simplified_corpus(seeds, 40_000)]
    gbk = [d.decode("gb18030", "replace") for d in inputs.gbk_corpus(seeds, 30_000)]
    texts = [d.decode("utf-8", "replace") if isinstance(d, bytes) else d for d in docs]
    return list(dict.fromkeys([*texts, *gbk]))


def _garbled_lines(text: str, seed: int, share: float) -> str:
    """``text`` with a share of its lines read through a wrong codec pair."""
    rng = random.Random(seed)
    pairs = (("utf-8", "gbk"), ("big5", "gbk"), ("gb18030", "big5"), ("utf-8", "big5"), ("gb18030", "latin-1"))
    out = []
    for line in text.split("\n"):
        if rng.random() < share:
            true, wrong = rng.choice(pairs)
            try:
                line = misdecode(line, true, wrong)
            except UnicodeError:
                pass
        out.append(line)
    return "\n".join(out)


def test_gate_matches_the_full_passes_on_the_corpus() -> None:
    texts = _corpus()
    assert len(texts) >= 5
    for text in texts:
        assert find_repairs(text) == _full_passes(text)


@pytest.mark.parametrize("seed", range(4))
def test_gate_matches_the_full_passes_on_garbled_corpus_text(seed: int) -> None:
    for k, text in enumerate(_corpus()):
        head = "\n".join(text.split("\n")[:120])
        for share in (0.01, 0.05):
            garbled = _garbled_lines(head, seed * 100 + k, share)
            assert find_repairs(garbled) == _full_passes(garbled)


@settings(max_examples=200)
@given(st.lists(_TEXT_ALPHABET, max_size=300).map("".join))
def test_gate_matches_the_full_passes_on_random_text(text: str) -> None:
    assert find_repairs(text) == _full_passes(text)


_TRADITIONAL = st.sampled_from(list("關於進一步優化營商環境的通知國務院辦公廳體現經濟發展與羣爲衆峯裏臺灣"))
_SIMPLIFIED = st.sampled_from(list("关于进一步优化营商环境的通知国务院办公厅体现经济发展"))
_JOINERS = st.sampled_from(["", "", "", "(fā)", "，", "。", "、", "\n", " ", "?", "\u3000", "“", "”"])


@st.composite
def _mixed_text(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.tuples(st.lists(st.one_of(_TRADITIONAL, _SIMPLIFIED), min_size=1, max_size=6),
                                    _JOINERS), max_size=120))
    text = "".join("".join(chars) + joiner for chars, joiner in words)
    if draw(st.booleans()):
        lines = text.split("\n")
        k = draw(st.integers(0, max(0, len(lines) - 1)))
        true, wrong = draw(st.sampled_from([("utf-8", "gbk"), ("big5", "gbk"), ("gb18030", "big5")]))
        try:
            lines[k] = misdecode(lines[k], true, wrong)
        except UnicodeError:
            pass
        text = "\n".join(lines)
    return text


@settings(max_examples=200)
@given(_mixed_text())
def test_gate_matches_the_full_passes_on_traditional_and_simplified_text(text: str) -> None:
    assert find_repairs(text) == _full_passes(text)


@settings(max_examples=200)
@given(st.lists(_TEXT_ALPHABET, max_size=400).map("".join), st.sampled_from([1, 5, 16]))
def test_judged_superset_is_its_definition_across_shape_blocks(text: str, block: int) -> None:
    strong = mojibake._strong_positions(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mojibake, "_BLOCK", block)
        mp.setattr(mojibake, "WEAK_PROBE", 3)
        got = list(mojibake._judged_superset(text, strong))
        assert len(got) == len(set(got))
        assert set(got) == _reference_superset(text, strong)

