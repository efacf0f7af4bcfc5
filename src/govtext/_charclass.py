"""Regex character classes built from sets of characters.

>>> class_ranges({"a", "b", "c", "x"})
'a-cx'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["class_ranges"]


def class_ranges(chars: Iterable[str]) -> str:
    """The inside of a ``[...]`` class matching exactly ``chars``, with
    consecutive code points written as ranges."""
    codes = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)
