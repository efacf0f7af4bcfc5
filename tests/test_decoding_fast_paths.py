"""The fast paths of decoding give what the plain definitions give.

- :func:`~govtext.decoding.plausibility.text_cost` (counted per cost class)
  is the float of its definition (costs of the distinct characters times
  their counts, summed in order of first occurrence), and the bounds of
  :class:`~govtext.decoding.plausibility.MeanCost` hold it;
- :func:`~govtext.decoding.plausibility.cost_floor` never exceeds
  :func:`~govtext.decoding.plausibility.text_cost`;
- detection that prices only the candidates that can be cheapest or runner-up
  answers exactly as pricing every candidate does;
- a run that :mod:`govtext.decoding.runcheck` proves unrepairable is one the
  full judgement of :mod:`govtext.decoding.mojibake` does not repair, and
  :func:`~govtext.decoding.mojibake.find_repairs` with its "nothing to repair"
  gate equals the passes without it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import partial
from operator import mul
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding import mojibake
from govtext.decoding.detect import (
    PLAUSIBLE,
    SAMPLE_BYTES,
    SCORE_CHARS,
    Detection,
    _ask_charset_normalizer,
    _bounded_confidence,
    _candidates,
    _confidence,
    _narrowest_big5,
    cut_sample,
    detect,
)
from govtext.decoding.misdecode import PAIRS, misdecode
from govtext.decoding.mixed import MIN_UTF8_BYTES, MIXED_UTF8_SHARE, SHARE_SAMPLE, mostly_utf8, utf8_share
from govtext.decoding.mojibake import _CJK_RUN, _Bar, find_repairs
from govtext.decoding.plausibility import (
    COST_COMMON_TRADITIONAL,
    COST_CONTROL,
    MeanCost,
    _block_floors,
    char_cost,
    cost_floor,
    cost_tenths,
    text_cost,
)
from tests.decoding_sentences import all_sentences

CASES = Path(__file__).parent / "cases" / "decoding"
DETECTION = json.loads((CASES / "detection.json").read_text(encoding="utf-8"))["cases"]

_ALPHABET = st.sampled_from(
    list("关于开展工作的通知。，“”　\n?a1 ")
    + list("體現經濟發展與環境羣爲衆峯裏")
    + list("ÖÐÎÄ¼á³Ö´éü€…·")
    + list("鍙戝睍銆傗\ue43b㐀ぁ•\ufffd𠀀")
)
TEXT = st.lists(_ALPHABET, max_size=80).map("".join)


def _sentences() -> list[str]:
    return [s for s in all_sentences() if any(ord(c) > 0x2FFF for c in s)]


def _defined_cost(text: str) -> float:
    """Mean cost by the definition (the summation order matters for the last bits)."""
    if not text:
        return 0.0
    counts = Counter(text)
    total: float = sum(map(mul, counts.values(), map(char_cost, counts)), 0.0)
    return total / len(text)


def _reference_detect(data: bytes, sample_size: int = SAMPLE_BYTES) -> Detection:
    """Detection pricing every candidate (the definition)."""
    scores: list[tuple[float, str]] = []
    for enc in _candidates(data[:sample_size]):
        unit = 4 if enc.startswith("utf-32") else 2 if enc.startswith("utf-16") else 1
        sample = cut_sample(data, sample_size, unit, enc if enc != "big5" else "big5hkscs")
        if enc == "big5":
            enc = _narrowest_big5(sample)[0]
        scores.append((_defined_cost(sample.decode(enc, "replace")[:SCORE_CHARS]), enc))
    scores.sort(key=lambda s: s[0])
    best_cost, best = scores[0]
    method = "model"
    if best_cost > PLAUSIBLE:
        other = _ask_charset_normalizer(cut_sample(data, sample_size))
        if other is not None and other not in {e for _c, e in scores}:
            cost = _defined_cost(cut_sample(data, sample_size).decode(other, "replace")[:SCORE_CHARS])
            if cost < best_cost:
                best_cost, best, method = cost, other, "charset-normalizer"
    runner_up = next((c for c, e in scores if e != best), COST_CONTROL)
    return Detection(best, _confidence(best_cost, runner_up, len(data)), method, best_cost)


def _below_limit(cost: float, limit: float) -> bool:
    return cost + 1e-9 < limit


def _check_cost(text: str) -> None:
    defined = _defined_cost(text)
    cost = MeanCost(text)
    assert cost.lo <= defined <= cost.hi
    assert cost.exact == (not any(char_cost(c) == COST_COMMON_TRADITIONAL for c in text))
    if cost.exact:
        assert cost.lo == defined
    assert cost_tenths(text)[0] == sum(round(char_cost(c) * 10) for c in text)
    assert text_cost(text) == defined
    high = text.encode("utf-16-be", "surrogatepass")[0::2]
    floor = sum(high.translate(_block_floors())) + text.count("\ufffd") * (80 - _block_floors()[0xFF])
    assert cost_floor(text) == (floor / (10 * len(text)) if text else 0.0)


@given(st.text(max_size=200))
def test_text_cost_is_the_defined_sum(text: str) -> None:
    _check_cost(text)


@settings(max_examples=300)
@given(TEXT)
def test_text_cost_is_the_defined_sum_on_chinese_material(text: str) -> None:
    _check_cost(text)


@pytest.mark.parametrize("codec", ["gb18030", "big5", "utf-16-le", "utf-8", "latin-1", "big5hkscs"])
def test_text_cost_is_the_defined_sum_on_decodings(codec: str) -> None:
    import random

    rng = random.Random(codec)
    text = "\n".join(rng.choice(_sentences()) for _ in range(300))
    data = text.encode("gb18030") if codec != "gb18030" else text.encode("big5", "replace")
    decoded = data.decode(codec, "replace")
    for start in range(0, len(decoded), 997):
        _check_cost(decoded[start : start + 1024])


@given(TEXT, TEXT, st.integers(min_value=1, max_value=40))
def test_bounded_confidence_is_the_confidence(a: str, b: str, n: int) -> None:
    best, runner_up = sorted((a, b), key=_defined_cost)
    expected = _confidence(_defined_cost(best), _defined_cost(runner_up), n)
    assert _bounded_confidence(MeanCost(best), MeanCost(runner_up), n) == expected


@given(TEXT, st.floats(min_value=0.0, max_value=11.0))
def test_decide_is_the_test_of_the_cost(text: str, limit: float) -> None:
    import math

    defined = _defined_cost(text)
    # limits at and next to the cost itself, where the bounds cannot decide
    for lim in (limit, defined, math.nextafter(defined, 0.0), math.nextafter(defined, 11.0)):
        assert MeanCost(text).above(lim) == (defined > lim)
        assert MeanCost(text).decide(partial(_below_limit, limit=lim)) == (defined + 1e-9 < lim)


@given(st.text(max_size=200))
def test_cost_floor_is_a_lower_bound(text: str) -> None:
    assert cost_floor(text) <= text_cost(text) + 1e-9


@given(TEXT)
def test_cost_floor_is_a_lower_bound_on_chinese_material(text: str) -> None:
    assert cost_floor(text) <= text_cost(text) + 1e-9


@pytest.mark.parametrize("case", DETECTION, ids=lambda c: f"{c['codec']}-{len(c['hex'])}")
def test_detection_matches_pricing_every_candidate(case: dict[str, str]) -> None:
    data = bytes.fromhex(case["hex"])
    assert detect(data) == _reference_detect(data)


@pytest.mark.parametrize("codec", ["gb18030", "big5", "utf-16-le", "utf-16-be", "cp950"])
def test_detection_matches_on_sentences(codec: str) -> None:
    for text in _sentences()[:60]:
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue
        assert detect(data) == _reference_detect(data), text


@settings(max_examples=200)
@given(st.binary(min_size=1, max_size=300))
def test_detection_matches_on_random_bytes(data: bytes) -> None:
    assert detect(data) == _reference_detect(data)


def _judged_fully(text: str, a: int, b: int, bar: _Bar, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    out: list[mojibake.Repair] = []
    with monkeypatch.context() as m:
        m.setattr(mojibake, "_surely_nothing", lambda *args: False)
        mojibake._repair_cjk_run(text, a, b, bar, out)
    return list(out)


_BARS = [
    _Bar(frozenset(PAIRS), 1.0, 1.5, True),
    _Bar(frozenset(PAIRS), 0.3, 0.0, True, relaxed=True),
    _Bar(frozenset({"gbk-as-big5", "big5-as-gbk"}), 0.0, 0.0, True, relaxed=True,
         order=("gbk-as-big5", "big5-as-gbk")),
]


def _check_runs(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    proved = 0
    for m in _CJK_RUN.finditer(text):
        for bar in _BARS:
            if mojibake._surely_nothing(text, m.start(), m.end(), bar):
                proved += 1
                assert _judged_fully(text, m.start(), m.end(), bar, monkeypatch) == [], m.group()
    return proved


def test_proved_runs_have_no_repair_on_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    proved = 0
    for text in _sentences():
        proved += _check_runs(text, monkeypatch)
        for true, wrong in (("utf-8", "gbk"), ("big5", "gbk"), ("gb18030", "big5"), ("utf-8", "big5")):
            try:
                garbled = misdecode(text, true, wrong)
            except UnicodeError:
                continue
            proved += _check_runs(garbled, monkeypatch)
    assert proved > 0


@settings(max_examples=300)
@given(TEXT)
def test_proved_runs_have_no_repair_on_random_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as mp:
        _check_runs(text, mp)


def _without_gate(text: str) -> list[mojibake.Repair]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mojibake, "_nothing_found", lambda *args: False)
        mp.setattr(mojibake, "_surely_nothing", lambda *args: False)
        return find_repairs(text)


@settings(max_examples=300)
@given(TEXT)
def test_find_repairs_matches_the_full_passes_on_random_text(text: str) -> None:
    assert find_repairs(text) == _without_gate(text)


def test_find_repairs_matches_the_full_passes_on_sentences() -> None:
    for text in _sentences():
        candidates = [text]
        for true, wrong in (("utf-8", "gbk"), ("big5", "gbk"), ("gb18030", "big5")):
            try:
                candidates.append(misdecode(text, true, wrong))
            except UnicodeError:
                continue
        for candidate in candidates:
            assert find_repairs(candidate) == _without_gate(candidate), candidate


@given(TEXT)
def test_corruption_anchors_are_the_regex_matches(text: str) -> None:
    from govtext.decoding.corruption import _anchor_positions

    assert _anchor_positions(text) == [m.start() for m in re.finditer("[?\ufffd]", text)]


@pytest.mark.parametrize("seed", range(12))
def test_detection_matches_on_long_inputs(seed: int) -> None:
    import random

    rng = random.Random(seed)
    texts = _sentences()
    text = "\n".join(rng.choice(texts) for _ in range(200))
    codec = ["gb18030", "big5", "utf-16-le", "utf-16-be", "utf-32-le"][seed % 5]
    data = text.encode(codec, "replace") if codec != "big5" else text.encode("big5", "replace")
    cut = rng.randrange(len(data) // 2, len(data))
    for sample in (data, data[:cut], rng.randbytes(6000), data[:cut] + rng.randbytes(500)):
        assert detect(sample) == _reference_detect(sample)


@given(TEXT)
def test_two_character_runs_are_the_long_enough_runs(text: str) -> None:
    from govtext.decoding.mojibake import _CJK_RUN2

    assert [m.span() for m in _CJK_RUN2.finditer(text)] == [
        m.span() for m in _CJK_RUN.finditer(text) if m.end() - m.start() >= 2
    ]


@given(TEXT)
def test_has_suspects_is_a_suspect_search(text: str) -> None:
    from govtext.decoding.mojibake import _suspect_re, has_suspects

    assert has_suspects(text) == (not text.isascii() and _suspect_re().search(text) is not None)


@given(st.text(max_size=60))
def test_has_suspects_is_a_suspect_search_on_any_text(text: str) -> None:
    from govtext.decoding.mojibake import _suspect_re, has_suspects

    assert has_suspects(text) == (not text.isascii() and _suspect_re().search(text) is not None)


def _searched_lines(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    m = pattern.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        spans.append((start, end))
        m = pattern.search(text, end)
    return spans


@given(TEXT)
def test_gap_matches_find_what_the_class_searches_find(text: str) -> None:
    from govtext.decoding.mojibake import (
        _latin_gap_re,
        _latin_suspect_re,
        _normal_span_re,
        _strong_positions,
        _strong_re,
        _suspect_lines,
        _suspect_re,
    )

    assert _strong_positions(text) == [m.start() for m in _strong_re().finditer(text)]
    assert _suspect_lines(text, _latin_gap_re()) == _searched_lines(text, _latin_suspect_re())
    assert _suspect_lines(text, _normal_span_re()) == _searched_lines(text, _suspect_re())


def _defined_utf8_share(data: bytes) -> float:
    """The share of valid UTF-8 among the non-ASCII bytes, by escaping each bad byte."""
    data = data[:SHARE_SAMPLE]
    high = sum(1 for b in data if b >= 0x80)
    if not high:
        return 1.0
    bad = len(data) - len(data.decode("utf-8", "surrogateescape").encode("utf-8", "ignore"))
    return 0.0 if high - bad < MIN_UTF8_BYTES else (high - bad) / high


def _check_share(data: bytes) -> None:
    assert utf8_share(data) == _defined_utf8_share(data)
    assert mostly_utf8(data) == (_defined_utf8_share(data) >= MIXED_UTF8_SHARE)


@settings(max_examples=300)
@given(st.lists(st.sampled_from([b"a", b"\n", b"\xe4\xb8\xad", b"\xd6\xd0", b"\xc3\xa9", b"\xf0\x9f\x98\x80", b"\x80",
                                 b"\xed\xa0\x80", b"\xe4\xb8", b"\xff"]), max_size=200).map(b"".join))
def test_utf8_share_and_its_bound_on_shaped_bytes(data: bytes) -> None:
    _check_share(data)


@given(st.binary(max_size=400))
def test_utf8_share_and_its_bound_on_random_bytes(data: bytes) -> None:
    _check_share(data)


def test_utf8_share_and_its_bound_on_mixed_documents() -> None:
    texts = _sentences()
    for k in range(0, 40):
        lines = [t.encode("gb18030") if (i * 7 + k) % 10 < k % 10 else t.encode() for i, t in enumerate(texts[k:k + 30])]
        _check_share(b"\n".join(lines))


def _long_samples() -> list[bytes]:
    import random

    rng = random.Random(7)
    texts = _sentences()
    out = []
    for codec in ("big5", "gb18030", "utf-16-le", "utf-16-be", "utf-8"):
        text = "\n".join(rng.choice(texts) for _ in range(120))
        data = text.encode(codec, "replace")
        out += [data, data[1:], data[: len(data) // 2] + rng.randbytes(3000), rng.randbytes(5000)]
    return out


@pytest.mark.parametrize("sample", _long_samples(), ids=range(20))
def test_readings_give_the_decodings(sample: bytes) -> None:
    from govtext.decoding.detect import _reading

    for enc in ("gb18030", "big5", "utf-8", "utf-16-le", "utf-16-be"):
        reading = _reading(enc, sample, SAMPLE_BYTES)
        floor = reading.floor()
        name = reading.name()
        assert reading.text() == sample.decode(name, "replace")[:SCORE_CHARS]
        assert floor <= _defined_cost(reading.text()) + 1e-9
        decoded = reading.decoded()
        assert decoded is None or decoded == sample.decode(name, "replace")


@settings(max_examples=200)
@given(st.binary(min_size=2 * SCORE_CHARS, max_size=2 * SCORE_CHARS + 40))
def test_utf16_floor_from_bytes_is_a_lower_bound(sample: bytes) -> None:
    from govtext.decoding.detect import _reading

    for enc in ("utf-16-le", "utf-16-be"):
        reading = _reading(enc, sample, SAMPLE_BYTES)
        floor = reading.floor()
        assert floor <= _defined_cost(sample.decode(enc, "replace")[:SCORE_CHARS]) + 1e-9


def _split_pieces(run: str) -> list[tuple[int, int]]:
    """The pieces between split points, cut one split point at a time."""
    from govtext.decoding.mojibake import _split_points

    out, prev = [], 0
    cuts = _split_points(run)
    for cut in cuts:
        if cut > prev:
            out.append((prev, cut))
        prev = cut + 1
    if cuts and prev < len(run):
        out.append((prev, len(run)))
    return out


@given(st.lists(st.sampled_from(list("體現經濟?\u3000，。、；：？！“”《》（）a")), max_size=30).map("".join))
def test_pieces_are_the_cuts_at_split_points(run: str) -> None:
    from govtext.decoding.mojibake import _pieces

    assert _pieces(run) == _split_pieces(run)


def _reference_superset(text: str, strong: list[int]) -> set[tuple[str, int, int]]:
    """The judged superset by its definition: Latin suspect runs of two or
    more characters, every CJK run holding a strong position, and the first
    :data:`~govtext.decoding.mojibake.WEAK_PROBE` other suspect runs of
    three or more characters and of two."""
    from bisect import bisect_left

    from govtext.decoding.mojibake import (
        _CJK_RUN2,
        STRICT_MIN_RUN,
        WEAK_PROBE,
        _latin_gap_re,
        _merge_lines,
        _scan_runs,
        _suspect_lines,
        _suspect_re,
    )

    out = {(k, a, b) for la, lb in _merge_lines(_suspect_lines(text, _latin_gap_re()))
           for k, a, b in _scan_runs(text, "latin", la, lb) if b - a >= 2}
    left = {True: WEAK_PROBE, False: WEAK_PROBE}
    for m in _CJK_RUN2.finditer(text):
        a, b = m.span()
        i = bisect_left(strong, a)
        if i < len(strong) and strong[i] < b:
            out.add(("cjk", a, b))
        elif left[b - a >= STRICT_MIN_RUN] > 0 and _suspect_re().search(text, a, b):
            left[b - a >= STRICT_MIN_RUN] -= 1
            out.add(("cjk", a, b))
    return out


def _garbled(text: str) -> str:
    try:
        return misdecode(text, "utf-8", "gbk")
    except UnicodeError:
        return text


def _check_superset(text: str) -> None:
    from govtext.decoding.mojibake import _judged_superset, _strong_positions

    strong = _strong_positions(text)
    got = list(_judged_superset(text, strong))
    assert len(got) == len(set(got))
    assert set(got) == _reference_superset(text, strong)


_RUN_ALPHABET = st.sampled_from([*"體現經濟發展中文的?\u3000 a\n鍙戝睍銆傗ÖÐ“”，", "\u2028"])


@settings(max_examples=300)
@given(st.lists(_RUN_ALPHABET, max_size=400).map("".join))
def test_judged_superset_is_its_definition_on_random_text(text: str) -> None:
    _check_superset(text)


def test_judged_superset_is_its_definition_on_long_texts() -> None:
    import random

    rng = random.Random(3)
    texts = _sentences()
    for k in range(30):
        lines = [rng.choice(texts) for _ in range(60)]
        if k % 2:
            lines = [_garbled(t) if rng.random() < 0.05 else t for t in lines]
        text = "\n".join(lines)
        probe = "".join(c + ("(a)" if rng.random() < 0.3 else "") for c in text)  # short runs, as pinyin leaves them
        words = "".join(rng.choice("體現經濟發展與環境羣爲衆峯裏中文銆傗") + rng.choice(["", "", "(a)", " ", "?", "\u3000", "\n"])
                        for _ in range(3000))  # Traditional text: the probes run out
        for t in (text, probe, words):
            _check_superset(t)


@given(TEXT, TEXT, st.sampled_from([0.0, 0.3, 1.0, 1.1]))
def test_cost_below_is_the_comparison_of_the_costs(a: str, b: str, margin: float) -> None:
    from govtext.decoding.plausibility import cost_below

    assert cost_below(a, b, margin) == (_defined_cost(a) + margin < _defined_cost(b))
    assert cost_below(a, a, margin) == (_defined_cost(a) + margin < _defined_cost(a))
    assert cost_below(a + b, b + a, margin) == (_defined_cost(a + b) + margin < _defined_cost(b + a))


def _head_inputs() -> st.SearchStrategy[bytes]:
    """Bytes around the head sizes: random, or Chinese/ASCII text in a Unicode codec, cut anywhere."""
    text = st.text(alphabet=st.sampled_from("中文通知a b\n𠀀é\ufffd"), min_size=500, max_size=3000)
    encoded = st.tuples(text, st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le"]),
                        st.integers(0, 3)).map(lambda t: t[0].encode(t[1])[t[2]:])
    return st.one_of(st.binary(min_size=2000, max_size=4300), encoded)


@settings(max_examples=300)
@given(_head_inputs(), st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]))
def test_decode_head_is_a_head_of_the_decoding(sample: bytes, enc: str) -> None:
    from govtext.decoding.detect import _decode_head

    whole = sample.decode(enc, "replace")
    head, complete = _decode_head(sample, enc)
    if complete:
        assert head == whole
    else:
        assert head == whole[:SCORE_CHARS]
