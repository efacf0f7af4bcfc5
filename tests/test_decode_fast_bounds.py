"""The cheaper bounds and searches of detection equal their plain definitions.

- :func:`~govtext.decoding.plausibility.coarse_floor_tenths` (the UTF-16
  readings' quick bound) is at most
  :func:`~govtext.decoding.plausibility.floor_tenths` of the same units,
  and is exactly the sum of the block floors that reach
  :data:`~govtext.decoding.plausibility.COARSE_TENTHS`;
- detection with these bounds gives the plain definition's codec,
  confidence and decoding on the benchmark's GBK corpus, its documents in
  GB18030, Big5, UTF-16, Shift-JIS, in mixes and on random bytes (the
  plain definition is :func:`tests.test_detect_fast_paths._check`).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.decoder import decode_bytes
from govtext.decoding.plausibility import COARSE_TENTHS, _block_floors, coarse_floor_tenths, floor_tenths
from tests.test_detect_fast_paths import _check


def test_coarse_floor_is_the_counted_blocks() -> None:
    floors = _block_floors()
    for high in range(256):
        unit = bytes((high,))
        assert coarse_floor_tenths(unit) == (COARSE_TENTHS if floors[high] >= COARSE_TENTHS else 0)
        assert coarse_floor_tenths(unit) <= floor_tenths(unit)


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_coarse_floor_bounds_the_floor(high: bytes) -> None:
    assert coarse_floor_tenths(high) <= floor_tenths(high)
    assert coarse_floor_tenths(high) == sum(COARSE_TENTHS for b in high if _block_floors()[b] >= COARSE_TENTHS)


def _gbk_corpus() -> list[bytes]:
    from benchmarks import inputs

    seeds = inputs.load_seeds(inputs.default_seed_dir())
    return inputs.gbk_corpus(seeds, 120_000)


@pytest.mark.parametrize("codec", ["gb18030", "big5", "utf-16-le", "utf-16-be", "shift-jis"])
def test_detection_is_the_definition_on_the_gbk_corpus(codec: str) -> None:
    docs = _gbk_corpus()
    assert docs
    for data in docs[:12]:
        text = decode_bytes(data).text
        encoded = data if codec == "gb18030" else text.encode(codec, "replace")
        _check(encoded)
        _check(encoded[: len(encoded) // 5])
    mixed = docs[0][: len(docs[0]) // 2] + docs[1].decode("gb18030").encode("big5", "replace")
    _check(mixed)
