"""Shortcuts of decoding legacy (GBK/Big5) bytes give what their plain definitions give.

- ``cp950`` decodes every pair ``big5`` decodes and besides only A3E1 and
  F9D6-F9FE: its errors minus those of ``big5`` are counted on the stretches
  around those pairs alone (``cp950`` is decoded only when it has fewer);
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.detect import _cp950_excess, _narrowest_big5
from govtext.decoding.mixed import (
    CONTROL_BYTES,
    MIXED_UTF8_SHARE,
    SHARE_SAMPLE,
    byte_shapes,
    mostly_utf8,
    utf8_share,
)

_HANZI = "╔═╗╝€关于开展工作的通知體現經濟發展與環境羣爲衆峯裏鍙戝睍銆傗㐀€…·，。碁銹裏"


def _decoded_pairs(enc: str) -> dict[bytes, str]:
    out = {}
    for lead in range(0x80, 0x100):
        for trail in range(0x100):
            pair = bytes((lead, trail))
            try:
                out[pair] = pair.decode(enc)
            except UnicodeDecodeError:
                continue
    return out


def test_cp950_adds_only_a3e1_and_f9d6_to_f9fe_to_big5() -> None:
    big5, cp950 = _decoded_pairs("big5"), _decoded_pairs("cp950")
    assert set(big5) <= set(cp950)
    assert set(cp950) - set(big5) == {b"\xa3\xe1"} | {bytes((0xF9, t)) for t in range(0xD6, 0xFF)}
    for enc in ("big5", "cp950", "big5hkscs"):  # no trail byte below 0x40
        assert all(pair[1] >= 0x40 for pair in _decoded_pairs(enc))


def _errors(sample: bytes, enc: str) -> list[int]:
    text = sample.decode(enc, "replace")
    return [i for i, c in enumerate(text) if c == "\ufffd"]


def _check_excess(sample: bytes) -> None:
    assert _cp950_excess(sample) == len(_errors(sample, "cp950")) - len(_errors(sample, "big5"))


_EDGES = [b"\x80", b"\xa0", b"\xa1", b"\xa3", b"\xe1", b"\xa3\xe1", b"\xf9", b"\xf9\xd6", b"\xf9\xfe", b"\xd6", b"\xc6", b"\xc7", b"\xc8", b"\xfe", b"\xff",
          b"\x87", b"\x40", b"\x7e", b"\xa4\x40", b"\xc6\xa1", b"\xa1\x45", b"a", b"\n", b",", b"1", b"\x3f"]


@settings(max_examples=400)
@given(st.one_of(st.binary(max_size=400), st.lists(st.sampled_from(_EDGES), max_size=80).map(b"".join)))
def test_cp950_excess_on_random_bytes(sample: bytes) -> None:
    _check_excess(sample)
    assert _narrowest_big5(sample) == _plain_narrowest(sample)


def _mixes(seed: int) -> list[bytes]:
    rng = random.Random(seed)
    text = "".join(rng.choice(_HANZI + "ab1\n ") for _ in range(rng.randrange(1, 400)))
    codecs = ("gbk", "gb18030", "big5", "cp950", "big5hkscs")
    return [text.encode(codec, "replace") for codec in codecs]


@pytest.mark.parametrize("seed", range(40))
def test_cp950_excess_on_encoded_text(seed: int) -> None:
    for sample in _mixes(seed):
        for cut in range(0, len(sample), max(1, len(sample) // 7)):
            _check_excess(sample[cut:])
            assert _narrowest_big5(sample[cut:]) == _plain_narrowest(sample[cut:])


def _plain_narrowest(sample: bytes) -> tuple[str, str]:
    decodings = [(sample.decode(enc, "replace"), enc) for enc in ("big5", "cp950", "big5hkscs")]
    text, enc = min(decodings, key=lambda d: d[0].count("\ufffd"))
    return enc, text


def test_narrowest_big5_when_cp950_wins() -> None:
    sample = "╔\n中文╗\n".encode("cp950")
    assert _cp950_excess(sample) < 0
    assert _narrowest_big5(sample) == _plain_narrowest(sample) == ("cp950", sample.decode("cp950", "replace"))


def _has_controls(data: bytes) -> bool:
    """The definition the decoder's ``b"k" in byte_shapes(data)`` stands for."""
    return len(data.translate(None, CONTROL_BYTES)) != len(data)


def _check_shapes(data: bytes) -> None:
    shapes = byte_shapes(data)
    assert (b"k" in shapes) == _has_controls(data)
    expected = utf8_share(data) >= MIXED_UTF8_SHARE
    assert mostly_utf8(data) == expected
    assert mostly_utf8(data, shapes) == expected
    assert mostly_utf8(data, byte_shapes(data[:SHARE_SAMPLE])) == expected


_SHAPED = [b"a", b"\n", b"\t", b"\x00", b"\x08", b"\x0b", b"\x1b", b"\x1f", b"\x7f", b"\xe4\xb8\xad",
           b"\xd6\xd0", b"\xc3\xa9", b"\xf0\x9f\x98\x80", b"\x80", b"\xe4\xb8", b"\xff"]


@settings(max_examples=300)
@given(st.one_of(st.binary(max_size=400), st.lists(st.sampled_from(_SHAPED), max_size=200).map(b"".join)))
def test_byte_shapes_answer_controls_and_utf8_share(data: bytes) -> None:
    _check_shapes(data)


@pytest.mark.parametrize("seed", range(12))
def test_byte_shapes_on_encoded_and_long_inputs(seed: int) -> None:
    rng = random.Random(seed)
    for sample in _mixes(seed):
        _check_shapes(sample)
        utf8 = "正文内容。".encode() * rng.randrange(1, 400)
        _check_shapes(utf8 + sample)
        _check_shapes(sample * (SHARE_SAMPLE // len(sample) + 2))
        _check_shapes(utf8 * (SHARE_SAMPLE // len(utf8)) + sample * 3 + b"\x01")
