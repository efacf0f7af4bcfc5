"""Detection shortcuts give what their plain definitions give.

- the narrowest Big5 variant chosen with the lower bound of
  :func:`~govtext.decoding.detect._never_big5` is the variant with the fewest
  errors (first among equals), and the bound holds for ``big5`` and ``cp950``;
- the first bound of each reading (quick floor or cost floor) is a lower bound of its cost;
- the C-speed text checks of binary detection and segments answer as the regex searches do;
- every gb18030 byte sequence re-encodes to itself (segments skip that check).
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.binary import _JUNK, _has_junk
from govtext.decoding.detect import (
    _QUICK,
    BIG5_FAMILY,
    SAMPLE_BYTES,
    SCORE_CHARS,
    _narrowest_big5,
    _never_big5,
    _reading,
)
from govtext.decoding.plausibility import char_cost
from govtext.decoding.segments import _ESCAPED_OR_COMBINING, _RE_ENCODES, _may_escape_or_combine

_HANZI = "关于开展工作的通知體現經濟發展與環境羣爲衆峯裏鍙戝睍銆傗㐀€…·，。"


def _plain_narrowest(sample: bytes) -> tuple[str, str]:
    """The definition: decode with each variant, keep the first with the fewest U+FFFD."""
    decodings = [(sample.decode(enc, "replace"), enc) for enc in BIG5_FAMILY]
    text, enc = min(decodings, key=lambda d: d[0].count("\ufffd"))
    return enc, text


def _mixes(seed: int) -> list[bytes]:
    rng = random.Random(seed)
    text = "".join(rng.choice(_HANZI + "ab1\n ") for _ in range(rng.randrange(1, 400)))
    out = [text.encode(codec, "replace") for codec in ("gbk", "gb18030", "big5", "cp950", "big5hkscs", "utf-16-le")]
    return [*out, rng.randbytes(rng.randrange(1, 600))]


def _check(sample: bytes) -> None:
    assert _narrowest_big5(sample) == _plain_narrowest(sample)
    for enc in ("big5", "cp950"):
        assert sample.decode(enc, "replace").count("\ufffd") >= _never_big5(sample)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_narrowest_big5_on_random_bytes(sample: bytes) -> None:
    _check(sample)


@settings(max_examples=300)
@given(st.lists(st.sampled_from([b"\x80", b"\xa0", b"\xa1", b"\xff", b"\xfe", b"\x87", b"\x40", b"\xa4\x40",
                                 b"\x88\x62", b"\xf9\xfe", b"a", b"\n"]), max_size=60).map(b"".join))
def test_narrowest_big5_on_edge_bytes(sample: bytes) -> None:
    _check(sample)


@pytest.mark.parametrize("seed", range(40))
def test_narrowest_big5_on_encoded_mixes(seed: int) -> None:
    for sample in _mixes(seed):
        _check(sample)


def test_no_big5_or_cp950_character_holds_a_never_byte() -> None:
    for enc in ("big5", "cp950"):
        for lead in range(0x80, 0x100):
            for trail in range(0x100):
                try:
                    bytes((lead, trail)).decode(enc)
                except UnicodeDecodeError:
                    continue
                assert 0xA1 <= lead <= 0xF9 and not (0x7F <= trail <= 0xA0 or trail == 0xFF), (enc, lead, trail)


def _defined_cost(text: str) -> float:
    return sum(char_cost(c) for c in text) / len(text) if text else 0.0


def _check_bounds(data: bytes) -> None:
    for enc in ("gb18030", "big5", "utf-8", "utf-16-le", "utf-16-be"):
        reading = _reading(enc, data, SAMPLE_BYTES)
        bound, stage = reading.first_bound()
        assert stage == _QUICK or bound == reading.floor()
        assert bound <= _defined_cost(reading.text()) + 1e-9


@settings(max_examples=200)
@given(st.binary(max_size=2 * SCORE_CHARS + 40))
def test_first_bounds_are_lower_bounds_on_random_bytes(data: bytes) -> None:
    _check_bounds(data)


@pytest.mark.parametrize("seed", range(20))
def test_first_bounds_are_lower_bounds_on_encoded_mixes(seed: int) -> None:
    for data in _mixes(seed):
        _check_bounds(data)
        _check_bounds(data * 8)


_JUNKY = st.text(st.sampled_from(list("中文a\n\t\x00\x08\x0b\x1b\x1f\x7f\x80\x9f\xa0\xff\ufffd\u0300\u036f\u0370\udc80\udcff\udbff"
                                      "\U00010000\U0010ffff€é")), max_size=40)


@settings(max_examples=400)
@given(st.one_of(_JUNKY, st.text(max_size=40)))
def test_fast_text_checks_are_the_searches(text: str) -> None:
    assert _has_junk(text) == (_JUNK.search(text) is not None)
    if _ESCAPED_OR_COMBINING.search(text) is not None:
        assert _may_escape_or_combine(text)


def test_every_gb18030_sequence_re_encodes_to_itself() -> None:
    """The proof behind ``segments._RE_ENCODES``: every byte sequence that
    gb18030 decodes (1, 2 or 4 bytes) is one character encoding back to it."""
    seen = 0
    for lead in range(0x100):
        tails: list[bytes] = [b""]
        if 0x81 <= lead <= 0xFE:
            tails = [bytes((t,)) for t in range(0x40, 0xFF)]
            tails += [bytes((t, l2, t2)) for t in range(0x30, 0x3A) for l2 in range(0x81, 0xFF) for t2 in range(0x30, 0x3A)]
        for tail in tails:
            seq = bytes((lead,)) + tail
            try:
                char = seq.decode("gb18030")
            except UnicodeDecodeError:
                continue
            seen += 1
            assert len(char) == 1 and char.encode("gb18030") == seq, seq
    assert seen == 0x110000 - 0x800  # every Unicode scalar value: the codec is a bijection
    assert "gb18030" in _RE_ENCODES
