"""The golden-output tool (benchmarks/golden.py) feeds the decoder every kind
of bytes it means to (a speed change is proven identical only on what it ran)."""

from __future__ import annotations

from benchmarks import golden

TEXT = "关于做好2025年度政务公开工作的通知\n发布时间：2025-03-01\n　　各区人民政府：\n　　现就有关事项通知如下。\n"


def test_golden_variants_cover_the_legacy_encodings() -> None:
    variants = dict(golden._variants("page", TEXT.encode("utf-8")))
    assert sorted(variants) == sorted(f"page#{v}" for v in (
        "gb18030", "gb18030-cut", "gb18030-damaged", "big5hkscs-replace", "utf-16-le", "utf8-with-gbk-line"))
    assert variants["page#gb18030"].decode("gb18030") == TEXT
    assert variants["page#utf-16-le"].decode("utf-16-le") == TEXT
    mixed = variants["page#utf8-with-gbk-line"]
    assert TEXT.split("\n")[2].encode("gb18030") in mixed and TEXT.split("\n")[0].encode("utf-8") in mixed


def test_golden_variants_skip_other_bytes_and_ascii() -> None:
    assert list(golden._variants("x", b"\xff\xfe plain")) == []
    assert list(golden._variants("x", b"ascii only\n")) == []


def test_golden_damage_hits_only_high_bytes() -> None:
    data = TEXT.encode("gb18030")
    damaged = golden._damaged(data)
    assert len(damaged) == len(data) and damaged != data
    assert all(a == b or (a > 0x7F and b == 0xFF) for a, b in zip(data, damaged, strict=True))
