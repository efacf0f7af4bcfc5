"""Byte-order marks.

>>> sniff_bom(b"\\xef\\xbb\\xbf\\xe4\\xb8\\xad")
('utf-8', 3)
>>> sniff_bom(b"\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00")
('utf-32-le', 4)
>>> sniff_bom(b"plain") is None
True
"""

from __future__ import annotations

import codecs

__all__ = ["BOMS", "sniff_bom"]

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks and their codecs, longest first where they share a prefix."""


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """``(codec, BOM length)`` when ``data`` starts with a byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None
