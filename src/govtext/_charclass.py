"""Regex character classes built from sets of characters, and where a few characters stand.

>>> class_ranges({"a", "b", "c", "x"}), char_class("一上")
('a-cx', '[一上]')
>>> char_positions("a<b&c<", "<&")
[1, 3, 5]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["REGEX_WHITE_SPACE", "char_class", "char_positions", "class_ranges"]

REGEX_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""The inside of a class matching Unicode White_Space: what ``\\s`` means to
``regex``, spelled out for ``re`` (whose ``\\s`` also takes the separators
``\\x1c``-``\\x1f``)."""


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


def char_class(chars: Iterable[str]) -> str:
    """A ``[...]`` class matching exactly ``chars`` (see :func:`class_ranges`)."""
    return "[" + class_ranges(chars) + "]"


def char_positions(text: str, chars: str) -> list[int]:
    """Positions of the characters ``chars`` in ``text``, ascending: found with
    ``str.find``, which is much faster than a regex class search over long
    text (when the characters are rare)."""
    found: list[int] = []
    for char in chars:
        p = text.find(char)
        while p >= 0:
            found.append(p)
            p = text.find(char, p + 1)
    found.sort()
    return found
