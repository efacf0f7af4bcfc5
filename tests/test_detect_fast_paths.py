"""Detection with its shortcuts gives what the plain definition gives.

The plain definition decodes every candidate codec's sample in full (the
Big5 family as its narrowest variant), prices the first
:data:`~govtext.decoding.detect.SCORE_CHARS` characters of each with
:func:`~govtext.decoding.plausibility.text_cost`, and takes the cheapest
(first among equals), its confidence from the runner-up. The fast path
(bounds, lazily refined; decodings of heads; pairs found at C speed) must
give the same codec, confidence and decoded text on legacy text in every
codec the detector meets, on mixes and on random bytes.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.detect import (
    BIG5_FAMILY,
    PLAUSIBLE,
    SAMPLE_BYTES,
    SCORE_CHARS,
    _confidence,
    _cp950_only_pairs,
    cut_sample,
    find_encoding,
)
from govtext.decoding.plausibility import COST_CONTROL, text_cost
from tests.decoding_sentences import all_sentences

_CP950_ONLY = {b"\xa3\xe1"} | {bytes((0xF9, t)) for t in range(0xD6, 0xFF)}


def _sentences() -> list[str]:
    return all_sentences()


def _plain_candidates(data: bytes) -> list[str]:
    sample = data[:SAMPLE_BYTES]
    cands = ["gb18030", "big5", "utf-8"]
    if len(sample) >= 2:
        cands += ["utf-16-le", "utf-16-be"]
    if len(sample) >= 4 and sample.count(b"\x00") * 2 >= len(sample):
        cands += ["utf-32-le", "utf-32-be"]
    return cands


def _plain_reading(enc: str, data: bytes) -> tuple[str, str, bool]:
    """The codec (the Big5 family's narrowest), its decoding of the sample, and whether that is all of ``data``."""
    unit = 4 if enc.startswith("utf-32") else 2 if enc.startswith("utf-16") else 1
    sample = cut_sample(data, SAMPLE_BYTES, unit, enc if enc != "big5" else "big5hkscs")
    if enc == "big5":
        decodings = [(sample.decode(v, "replace"), v) for v in BIG5_FAMILY]
        text, enc = min(decodings, key=lambda d: d[0].count("\ufffd"))
    else:
        text = sample.decode(enc, "replace")
    return enc, text, len(sample) == len(data)


def _check(data: bytes) -> None:
    readings = [_plain_reading(enc, data) for enc in _plain_candidates(data)]
    costs = sorted((text_cost(text[:SCORE_CHARS]), i) for i, (_enc, text, _whole) in enumerate(readings))
    best, i = costs[0]
    found = find_encoding(data)
    if best > PLAUSIBLE:  # charset-normalizer is asked: not a shortcut of detection
        return
    runner_up = costs[1][0] if len(costs) > 1 else COST_CONTROL
    enc, text, whole = readings[i]
    assert (found.encoding, found.confidence, found.method) == (enc, _confidence(best, runner_up, len(data)), "model")
    assert found.cost.value() == best
    assert found.decoded is None or (whole and found.decoded == text)


def _encodings(text: str) -> list[bytes]:
    codecs = ("gbk", "gb18030", "big5", "cp950", "big5hkscs", "utf-16-le", "utf-16-be", "shift-jis")
    return [text.encode(codec, "replace") for codec in codecs]


@pytest.mark.parametrize("seed", range(12))
def test_detection_is_the_definition_on_documents(seed: int) -> None:
    rng = random.Random(seed)
    sentences = _sentences()
    text = "\n".join(rng.choice(sentences) for _ in range(rng.choice((3, 40, 200))))
    for data in _encodings(text):
        _check(data)
        _check(data[: len(data) // 3])
    mixed = text.encode("utf-8")[: len(text) // 2] + text.encode("gbk") + text.encode("big5", "replace")
    _check(mixed)


_PIECES = st.sampled_from([b"\xf9", b"\xd6", b"\xfe", b"\xf9\xf9", b"\xa3", b"\xe1", b"\xa3\xe1", b"\x00", b"\n", b"a",
                           b"\xd6\xd0", b"\xce\xc4", b"\xa4\xa4", b"\x80", b"\xa0", b"\xff", b"\x87\x40", b"\xc6\xa1",
                           "通知".encode(), "體現".encode("big5")])


@settings(max_examples=200)
@given(st.one_of(st.binary(max_size=300), st.lists(_PIECES, max_size=120).map(b"".join)))
def test_detection_is_the_definition_on_random_bytes(data: bytes) -> None:
    if not data:
        return
    assert _cp950_only_pairs(data) == [i for i in range(len(data) - 1) if data[i : i + 2] in _CP950_ONLY]
    _check(data)


_UTF8_PIECES = st.sampled_from([b"a", b"\n", b"\x80", b"\xbf", b"\xc0", b"\xc2", b"\xe4", b"\xe4\xb8", b"\xe4\xb8\xad", b"\xed\xa0",
                                b"\xf0", b"\xf0\x9f", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xf4\x90", b"\xf5", b"\xff",
                                "体".encode("gbk")])


@settings(max_examples=300)
@given(st.one_of(st.binary(max_size=60), st.lists(_UTF8_PIECES, max_size=40).map(b"".join)), st.integers(0, 80))
def test_a_utf8_head_but_its_last_character_begins_the_decoding(data: bytes, cut: int) -> None:
    """What the UTF-8 reading's quick bound stands on."""
    head = data[:cut].decode("utf-8", "replace")[:-1]
    assert data.decode("utf-8", "replace").startswith(head)
