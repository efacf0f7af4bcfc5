"""Which script a text is written in: Simplified, Traditional or a mix.

Evidence is the characters only one script uses: those OpenCC's t2s
converts and s2t leaves alone (``國``, ``發``) count as Traditional, the reverse
(``国``, ``发``) as Simplified. Characters both scripts use (``后`` is also the
Traditional "queen") count for neither.

>>> detect_script("关于做好2024年春节期间安全生产工作的通知")
'simplified'
>>> detect_script("關於做好2024年春節期間安全生產工作的通知")
'traditional'
>>> detect_script("Annual report") is None
True
>>> [label for _s, _e, label in detect_segments("國務院辦公廳\\n国务院办公厅\\n2024")]
['traditional', 'simplified', None]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from govtext._charclass import char_class
from govtext.script.triggers import single_char_changes

__all__ = ["ScriptCounts", "count_script_chars", "detect_script", "detect_segments", "script_only_chars"]

MIXED_SHARE = 0.2
"""A text is ``mixed`` when the minority script has at least this share of the evidence."""


@dataclass(frozen=True)
class ScriptCounts:
    """Characters found that only Traditional or only Simplified script uses."""

    traditional: int
    simplified: int

    @property
    def label(self) -> str | None:
        """``traditional``, ``simplified``, ``mixed`` or None (no evidence)."""
        total = self.traditional + self.simplified
        if total == 0:
            return None
        share = self.traditional / total
        if share >= 1 - MIXED_SHARE:
            return "traditional"
        if share <= MIXED_SHARE:
            return "simplified"
        return "mixed"


@functools.lru_cache(maxsize=1)
def script_only_chars() -> tuple[frozenset[str], frozenset[str]]:
    """The Traditional-only and Simplified-only characters (BMP only: a class
    with astral ranges makes ``re`` scan slowly, and the few astral ones add
    no evidence worth that)."""
    trad = frozenset(c for c in single_char_changes("t2s") if ord(c) < 0x10000)
    simp = frozenset(c for c in single_char_changes("s2t") if ord(c) < 0x10000)
    return trad - simp, simp - trad


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    only_t, only_s = script_only_chars()
    return re.compile(char_class(only_t)), re.compile(char_class(only_s))


def count_script_chars(text: str, pos: int = 0, endpos: int | None = None) -> ScriptCounts:
    """Count the Traditional-only and Simplified-only characters of ``text[pos:endpos]``.

    >>> count_script_chars("後來发展")
    ScriptCounts(traditional=2, simplified=1)
    """
    trad, simp = _patterns()
    end = len(text) if endpos is None else endpos
    return ScriptCounts(len(trad.findall(text, pos, end)), len(simp.findall(text, pos, end)))


SAMPLE_WINDOWS = 64
SAMPLE_WINDOW = 16384
"""Texts longer than ``SAMPLE_WINDOWS * SAMPLE_WINDOW`` characters are counted
in that many evenly spaced windows (deterministic, and enough evidence)."""


def detect_script(text: str, *, traditional_absent: bool = False) -> str | None:
    """``traditional``, ``simplified``, ``mixed`` or None when nothing tells.

    A text with no Traditional-only character is decided with one fast scan
    (none at all when the caller already knows: ``traditional_absent``)."""
    trad, simp = _patterns()
    if traditional_absent or trad.search(text) is None:
        return "simplified" if simp.search(text) is not None else None
    n = len(text)
    if n <= SAMPLE_WINDOWS * SAMPLE_WINDOW:
        return _label(text, trad, simp)
    step = n // SAMPLE_WINDOWS
    counts = [count_script_chars(text, k * step, k * step + SAMPLE_WINDOW) for k in range(SAMPLE_WINDOWS)]
    return ScriptCounts(sum(c.traditional for c in counts), sum(c.simplified for c in counts)).label


def _label(text: str, trad: re.Pattern[str], simp: re.Pattern[str]) -> str | None:
    """``count_script_chars(text).label``, found without counting every
    Traditional-only character when enough of them decide ``traditional``
    (the share of Traditional evidence only grows with their number)."""
    n_simp = len(simp.findall(text))
    if _at_least(text, _enough_traditional(n_simp)):
        return "traditional"
    return ScriptCounts(len(trad.findall(text)), n_simp).label


def _enough_traditional(n_simp: int) -> int:
    """The fewest Traditional-only characters that make the label
    ``traditional`` beside ``n_simp`` Simplified-only ones (about four times
    as many; the float comparison of :attr:`ScriptCounts.label` decides)."""
    n = max(1, 4 * n_simp - 2)
    while ScriptCounts(n, n_simp).label != "traditional":
        n += 1
    return n


_CHUNK = 64
"""The most Traditional-only characters one match of :func:`_block_pattern`
passes (then 8, then 1 at a time)."""


@functools.lru_cache(maxsize=8)
def _block_pattern(n: int) -> re.Pattern[str]:
    """A pattern matching ``n`` Traditional-only characters and everything
    before them (one match, no match object per character)."""
    only = char_class(script_only_chars()[0])
    other = "[^" + only[1:]
    return re.compile(f"(?:{other}*+{only}){{{n}}}")


def _at_least(text: str, n: int) -> bool:
    """Whether ``text`` holds at least ``n`` Traditional-only characters."""
    pos = 0
    for size in sorted({_CHUNK, min(_CHUNK, 8), 1}, reverse=True):
        pattern = _block_pattern(size)
        while n >= size:
            m = pattern.match(text, pos)
            if m is None:
                break
            pos = m.end()
            n -= size
    return n <= 0


def detect_segments(text: str) -> Iterator[tuple[int, int, str | None]]:
    """``(start, end, label)`` for every line of ``text`` (newline excluded)."""
    start = 0
    n = len(text)
    while start <= n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        yield start, end, count_script_chars(text, start, end).label
        if nl < 0:
            break
        start = nl + 1
