"""Which characters make OpenCC change a text: the fast "needs nothing" check.

For a config, the triggers are every character OpenCC converts on its own
(found once per process by converting all CJK candidates in one call, about
30 ms) plus the phrases that convert although none of their characters does
(:mod:`govtext.script._phrase_triggers`). A text with no trigger comes out of
OpenCC unchanged, so it is skipped with a single regex scan.

>>> needs_conversion("中华人民共和国国务院", "t2s"), needs_conversion("國務院", "t2s")
(False, True)
>>> needs_conversion("意志消沈", "t2s")  # only the phrase 消沈 converts
True
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass

from govtext._charclass import char_class
from govtext.script._phrase_triggers import PHRASE_TRIGGERS
from govtext.script.backend import detect_backend, get_converter, normalize_config

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

__all__ = ["CANDIDATE_RANGES", "Triggers", "find_trigger", "may_have_astral", "needs_conversion", "single_char_changes", "triggers"]

CANDIDATE_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3100, 0x31BF),  # Bopomofo
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # Unified ideographs
    (0xF900, 0xFAFF),  # Compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # Half- and full-width forms
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2EBEF),  # Extensions C-F, I
    (0x2F800, 0x2FA1F),  # Compatibility supplement
    (0x30000, 0x3134F),  # Extension G
)
"""Code points probed for single-character conversions (every character key
of OpenCC's dictionaries lies in these ranges)."""


@functools.lru_cache(maxsize=16)
def single_char_changes(config: str = "t2s") -> dict[str, str]:
    """Every candidate character ``config`` converts on its own, with its conversion.

    >>> single_char_changes("t2s")["後"]
    '后'
    """
    convert = get_converter(config)
    chars = [chr(c) for a, b in CANDIDATE_RANGES for c in range(a, b + 1)]
    out = convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # a conversion produced or ate a newline: probe one by one
        out = [convert(c) for c in chars]
    return {c: o for c, o in zip(chars, out, strict=True) if c != o}


@dataclass(frozen=True)
class Triggers:
    """What may make one config change a text: ``chars`` convert on their own;
    ``anchors`` maps a character to the ``(offset, phrase)`` pairs it anchors
    (phrases that convert although none of their characters does alone)."""

    chars: frozenset[str]
    anchors: dict[str, tuple[tuple[int, str], ...]]
    pattern: re.Pattern[str]
    """Matches the characters and anchors of the Basic Multilingual Plane
    (a compact table lookup in ``re``, as fast as any scan); the few astral
    ones are looked up one by one."""

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> int:
        """Index of the first trigger in ``text[pos:endpos]``, or -1.

        >>> t = triggers("t2s")
        >>> t is not None and (t.find("海沈了。意志消沈"), t.find("姓沈"), t.find("国𨋢"))
        (4, -1, 1)
        """
        end = len(text) if endpos is None else endpos
        search = self.pattern.search
        astral = _ASTRAL.search(text, pos, end) if may_have_astral(text) else None
        while True:
            m = search(text, pos, end)
            hit = m.start() if m is not None else -1
            if astral is not None and (hit < 0 or astral.start() < hit):
                for a in _ASTRAL.finditer(text, astral.start(), hit if hit >= 0 else end):
                    if a.group() in self.chars or a.group() in self.anchors:
                        hit = a.start()
                        break
            if hit < 0:
                return -1
            c = text[hit]
            if c in self.chars:
                return hit
            for off, phrase in self.anchors.get(c, ()):
                start = hit - off
                if start >= 0 and start + len(phrase) <= end and text.startswith(phrase, start):
                    return max(start, pos)
            pos = hit + 1
            if astral is not None:
                astral = _ASTRAL.search(text, pos, end)


def _header(sample: str, width: int) -> int:
    return sys.getsizeof(sample) - width * (len(sample) + 1)


# Sizes of CPython's compact strings: header + (length + 1) * bytes per character.
_NARROW = ((_header("a", 1), 1), (_header("\xe9", 1), 1), (_header("\u56fd", 2), 2))


def may_have_astral(text: str) -> bool:
    """False only when ``text`` certainly has no character beyond U+FFFF.

    A CPython string stores 1 or 2 bytes per character unless it holds such
    a character, which its size shows in O(1); anywhere else (another
    implementation, a str subclass) this answers True.

    >>> may_have_astral("国务院" * 100), may_have_astral("a国"), may_have_astral("国𠀀")
    (False, False, True)
    """
    if sys.implementation.name != "cpython" or type(text) is not str:
        return True
    size = sys.getsizeof(text)
    return not any(size == header + width * (len(text) + 1) for header, width in _NARROW)


@functools.lru_cache(maxsize=16)
def triggers(config: str = "t2s") -> Triggers | None:
    """The triggers of ``config``, or None when they are unknown (a custom
    config file: then every text with a non-ASCII character is converted)."""
    name = normalize_config(config)
    singles = single_char_changes(name)
    if name in PHRASE_TRIGGERS:
        extra = PHRASE_TRIGGERS[name]
    elif detect_backend().name == "reimplemented" and name.endswith(("2s", "2sp")):
        extra = PHRASE_TRIGGERS.get("tw2sp", ()) + PHRASE_TRIGGERS.get("hk2sp", ())
    else:
        return None
    chars = frozenset(singles) | frozenset(e for e in extra if len(e) == 1)
    phrases = sorted({e for e in extra if len(e) > 1 and not chars.intersection(e)})
    converted = get_converter(name)("\n".join(phrases)).split("\n") if phrases else []
    if len(converted) != len(phrases):
        converted = [""] * len(phrases)
    anchors: dict[str, list[tuple[int, str]]] = {}
    for phrase, out in zip(phrases, converted, strict=True):
        diff = [i for i, (a, b) in enumerate(zip(phrase, out, strict=True)) if a != b] if len(out) == len(phrase) else []
        off = diff[0] if diff else 0
        anchors.setdefault(phrase[off], []).append((off, phrase))
    bmp = frozenset(c for c in chars | frozenset(anchors) if ord(c) < 0x10000)
    pattern = re.compile(char_class(bmp) if bmp else r"(?!)")
    return Triggers(chars, {c: tuple(v) for c, v in anchors.items()}, pattern)


def find_trigger(text: str, config: str = "t2s", pos: int = 0, endpos: int | None = None) -> int:
    """Index of the first place in ``text[pos:endpos]`` that OpenCC ``config``
    might convert, or -1 (then the span is certain to stay unchanged)."""
    t = triggers(config)
    if t is None:
        m = _NON_ASCII.search(text, pos, len(text) if endpos is None else endpos)
        return -1 if m is None else m.start()
    return t.find(text, pos, endpos)


def needs_conversion(text: str, config: str = "t2s") -> bool:
    """Whether OpenCC ``config`` might change ``text`` (False: it certainly will not)."""
    return find_trigger(text, config) >= 0
