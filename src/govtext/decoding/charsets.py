"""Character sets enumerated from the codecs themselves (no data files).

GB2312 orders its hanzi in two levels: level 1 (rows 0xB0-0xD7, 3755
characters) holds the common ones, level 2 (rows 0xD8-0xF7) the rest. Big5
does the same for traditional characters: 0xA440-0xC67E are the 5401
frequently used ones, 0xC940-0xF9D5 the less frequent ones.

>>> len(gb2312_level1()), len(big5_level1())
(3755, 5401)
>>> "的" in gb2312_level1(), "們" in big5_level1(), "鬟" in gb2312_level1()
(True, True, False)
"""

from __future__ import annotations

from functools import cache

__all__ = ["big5_level1", "big5_level2", "gb2312_level1", "gb2312_level2", "gb2312_symbols"]

_BIG5_TRAILS = (*range(0x40, 0x7F), *range(0xA1, 0xFF))


def _gb2312_rows(first: int, last: int) -> frozenset[str]:
    out: set[str] = set()
    for lead in range(first, last + 1):
        for trail in range(0xA1, 0xFF):
            try:
                out.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(out)


def _big5_range(first: int, last: int) -> frozenset[str]:
    out: set[str] = set()
    for lead in range(first >> 8, (last >> 8) + 1):
        for trail in _BIG5_TRAILS:
            code = (lead << 8) | trail
            if first <= code <= last:
                try:
                    out.add(bytes((lead, trail)).decode("big5"))
                except UnicodeDecodeError:
                    continue
    return frozenset(out)


@cache
def gb2312_level1() -> frozenset[str]:
    """The 3755 level-1 (common) GB2312 hanzi."""
    return _gb2312_rows(0xB0, 0xD7)


@cache
def gb2312_level2() -> frozenset[str]:
    """The 3008 level-2 (less common) GB2312 hanzi."""
    return _gb2312_rows(0xD8, 0xF7)


@cache
def gb2312_symbols() -> frozenset[str]:
    """GB2312 rows 1-9: punctuation, numerals, full-width forms, kana,
    Greek, Cyrillic, pinyin letters, bopomofo and box drawing."""
    return _gb2312_rows(0xA1, 0xA9)


@cache
def big5_level1() -> frozenset[str]:
    """The 5401 frequently used Big5 hanzi (0xA440-0xC67E)."""
    return _big5_range(0xA440, 0xC67E)


@cache
def big5_level2() -> frozenset[str]:
    """The 7652 less frequently used Big5 hanzi (0xC940-0xF9D5)."""
    return _big5_range(0xC940, 0xF9D5)
