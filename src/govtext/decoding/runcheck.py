"""A cheap proof that a run of CJK text has no mojibake repair.

:func:`~govtext.decoding.mojibake` judges a run by undoing each wrong codec
pair and pricing every candidate. On correct Traditional text that is a lot
of work for nothing, so this module first tries to prove, from per-character
facts computed once per character, that no pair can produce an accepted
candidate:

- ``gbk-as-big5`` and ``big5-as-gbk`` map a run character by character (the
  Big5 family and GBK read two-byte units whose first byte alone says how
  long they are, and every character of a safe run encodes to one whole
  unit), so the mean cost of any candidate is at least the mean of the
  cheapest image of each character; when that mean exceeds what
  :func:`~govtext.decoding.plausibility.clearly_better` could accept, the pair
  yields nothing;
- ``utf8-as-gbk`` and ``utf8-as-big5`` need the re-encoded bytes to be valid
  UTF-8; a character whose own bytes hold a byte that UTF-8 never uses, or a
  lead byte followed by a byte that does not continue it, rules that out.

Characters whose images are not one character (the Big5-HKSCS pairs that
decode to two, ``€`` which GBK writes as a lone byte) are *unsafe*: a run
holding one is left to the full judgement. The check only ever answers
"surely nothing" or "don't know".

>>> bar = dict(ceiling=1.8, min_gain=0.45, short_penalty=1.5, pairs=frozenset(CJK_RULES))
>>> facts("關於開展工作的通知").unrepairable([(0, 9), (0, 4)], **bar)
True
>>> facts("鍙戝睍").unrepairable([(0, 3)], **bar)
False
"""

from __future__ import annotations

from functools import cache, reduce
from operator import or_

from govtext.decoding.plausibility import char_cost

__all__ = ["CJK_RULES", "RunFacts", "facts"]

CJK_RULES = ("utf8-as-gbk", "big5-as-gbk", "gbk-as-big5", "utf8-as-big5")
"""The pairs this module reasons about (the CJK pairs of the mojibake repairer)."""

_BIG5_VARIANTS = ("cp950", "big5hkscs")
_NO_IMAGE = 255
"""Cost (in tenths) standing for "this character has no image": above any bound."""

_UNSAFE = 1
_UTF8_VIA = ("gb18030", "cp950", "big5hkscs")
"""The byte sources a UTF-8 reading may come from: GBK bytes, and the two Big5 variants."""
_DEAD = {"gb18030": 2, "cp950": 4, "big5hkscs": 8}
"""Flag: the character's own bytes in that codec can never be part of valid UTF-8."""
_OPEN = {"gb18030": 16, "cp950": 32, "big5hkscs": 64}
"""Flag: the character's bytes are all continuation bytes (its neighbours are not checked)."""

_HKSCS_COMBINING = frozenset("\u00ca\u00ea\u0304\u030c")
"""Big5-HKSCS encodes ``Ê̄``-style pairs as one code: not character by character."""

EPSILON = 1e-9
"""Slack for float rounding in the mean costs the full judgement computes."""


def _tenths(cost: float) -> int:
    return round(cost * 10)


def _utf8_shape(data: bytes) -> tuple[bool, int, int]:
    """How bytes standing for one character fit into UTF-8: (dead, leading
    continuation bytes, continuation bytes still owed at the end). Dead: a
    byte UTF-8 never uses, or a byte where another kind is required."""
    lead = 0
    while lead < len(data) and 0x80 <= data[lead] <= 0xBF:
        lead += 1
    owed = 0
    for b in data[lead:]:
        if owed:
            if not 0x80 <= b <= 0xBF:
                return True, lead, 0
            owed -= 1
        elif 0xC2 <= b <= 0xDF:
            owed = 1
        elif 0xE0 <= b <= 0xEF:
            owed = 2
        elif 0xF0 <= b <= 0xF4:
            owed = 3
        elif b >= 0x80:
            return True, lead, 0
    return False, lead, owed


def _utf8_facts(c: str) -> tuple[int, str]:
    """Flags and (owed, leading) byte pairs of ``c`` for each source of :data:`_UTF8_VIA`."""
    flags, shape = 0, ""
    for codec in _UTF8_VIA:
        try:
            data = c.encode(codec)
        except UnicodeEncodeError:
            flags |= _DEAD[codec]
            shape += "\0\0"
            continue
        dead, lead, owed = _utf8_shape(data)
        if dead:
            flags |= _DEAD[codec]
        if lead == len(data):
            flags |= _OPEN[codec]
        shape += chr(min(owed, 255)) + chr(min(lead, 255))
    return flags, shape


def _image_cost(data: bytes, codec: str) -> int | None:
    """Cost in tenths of ``data`` (one whole unit) decoded with ``codec``;
    None when it does not decode; -1 when it decodes to other than one character."""
    try:
        img = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return _tenths(char_cost(img)) if len(img) == 1 else -1


def _gbk_as_big5(c: str) -> tuple[int, bool]:
    """(cheapest image in tenths, unsafe) for Big5 bytes read as GB18030."""
    best, unsafe = _NO_IMAGE, False
    for codec in _BIG5_VARIANTS:
        try:
            data = c.encode(codec)
        except UnicodeEncodeError:
            continue
        if not (len(data) == 1 and data[0] < 0x80) and not (len(data) == 2 and data[0] >= 0x81 and data[1] >= 0x40):
            unsafe = True
            continue
        cost = _image_cost(data, "gb18030")
        if cost == -1:
            unsafe = True
        elif cost is not None:
            best = min(best, cost)
    return best, unsafe


def _big5_as_gbk(c: str) -> tuple[int, bool]:
    """(cheapest image in tenths, unsafe) for GBK bytes read as Big5."""
    if c == "€":
        return _NO_IMAGE, True
    try:
        data = c.encode("gb18030")
    except UnicodeEncodeError:
        return _NO_IMAGE, True
    if len(data) == 1:
        return (_tenths(char_cost(c)), False) if data[0] < 0x80 else (_NO_IMAGE, True)
    if len(data) not in (2, 4) or data[0] < 0x81:
        return _NO_IMAGE, True
    best, unsafe = _NO_IMAGE, False
    for codec in _BIG5_VARIANTS:
        cost = _image_cost(data[:2], codec)
        if cost == -1 or (cost is not None and len(data) == 4):
            unsafe = True  # a 4-byte character whose first half reads as Big5: not by units
        elif cost is not None:
            best = min(best, cost)
    return best, unsafe


_WIDTH = 11
"""Facts per character: cost, gbk-as-big5 bound, big5-as-gbk bound, flags,
(owed, leading) continuation bytes for each source of :data:`_UTF8_VIA`,
and the slack: the lower of the two bounds minus the cost, plus :data:`_SLACK_ZERO`."""
_SLACK_ZERO = 128


class _FactTable(dict[int, str]):
    """Code point -> its :data:`_WIDTH` facts, each a byte value, computed on first use."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        cost = chr(_tenths(char_cost(c)))
        if 0xD800 <= code <= 0xDFFF or c in _HKSCS_COMBINING:
            value = cost + chr(_NO_IMAGE) * 2 + chr(_UNSAFE) + "\0" * 7
        else:
            b5, unsafe_b5 = _gbk_as_big5(c)
            gb, unsafe_gb = _big5_as_gbk(c)
            flags, shape = _utf8_facts(c)
            flags |= _UNSAFE if unsafe_b5 or unsafe_gb else 0
            slack = max(0, min(255, min(b5, gb) - ord(cost) + _SLACK_ZERO))
            value = cost + chr(b5) + chr(gb) + chr(flags) + shape + chr(slack)
        if len(self) < _TABLE_LIMIT:
            self[code] = value
        return value


_TABLE_LIMIT = 200_000


@cache
def _table() -> _FactTable:
    table = _FactTable()
    for code in range(0x80):  # ASCII first: translate() keeps unmapped characters as they are
        table[code]  # fills the entry
    return table


class RunFacts:
    """Per-character facts of a run (one translate of the run), read by position."""

    __slots__ = ("data", "n")

    def __init__(self, run: str) -> None:
        self.data = run.translate(_table()).encode("latin-1")
        self.n = len(run)

    def _field(self, k: int, start: int, end: int) -> bytes:
        return self.data[start * _WIDTH + k : end * _WIDTH : _WIDTH]

    def _never_utf8(self, start: int, end: int, i: int, flags: int) -> bool:
        """Whether ``run[start:end]`` encoded with the codec ``_UTF8_VIA[i]``
        is surely not valid UTF-8 (``flags``: its characters' flags or-ed
        together): a dead character, a start inside a sequence, an unfinished
        end, or neighbours whose owed and leading continuation bytes disagree."""
        codec = _UTF8_VIA[i]
        if flags & _DEAD[codec]:
            return True
        data, owed, lead = self.data, 4 + 2 * i, 5 + 2 * i
        if data[start * _WIDTH + lead] or data[(end - 1) * _WIDTH + owed]:
            return True
        return not flags & _OPEN[codec] and self._field(owed, start, end - 1) != self._field(lead, start + 1, end)

    def unrepairable(self, spans: list[tuple[int, int]], *, ceiling: float, min_gain: float,
                     short_penalty: float, pairs: frozenset[str]) -> bool:
        """Whether no pair in ``pairs`` can repair any of the pieces ``spans``
        of the run (each ``(start, end)``, non-empty).

        ``ceiling``: the highest mean cost a legacy-codec repair may have;
        ``min_gain``: the smallest drop in mean cost any legacy candidate must
        show before the short-run penalty (the least of the margins
        :func:`~govtext.decoding.plausibility.clearly_better` may be given);
        ``short_penalty``: as there."""
        if reduce(or_, set(self._field(3, 0, self.n)), 0) & _UNSAFE:
            return False
        legacy = [k for k, rule in ((1, "gbk-as-big5"), (2, "big5-as-gbk")) if rule in pairs]
        if legacy and short_penalty >= 0 and min(self._field(10, 0, self.n)) - _SLACK_ZERO + 10 * min_gain > 1e-6:
            legacy = []  # every character alone costs more as any image than it may: so does every piece
        for start, end in spans:
            flags = reduce(or_, set(self._field(3, start, end)), 0)
            if "utf8-as-gbk" in pairs and not self._never_utf8(start, end, 0, flags):
                return False
            if "utf8-as-big5" in pairs and not (self._never_utf8(start, end, 1, flags)
                                                and self._never_utf8(start, end, 2, flags)):
                return False
            if legacy and not self._legacy_hopeless(start, end, legacy, ceiling, min_gain, short_penalty):
                return False
        return True

    def _legacy_hopeless(self, start: int, end: int, fields: list[int], ceiling: float, min_gain: float,
                         short_penalty: float) -> bool:
        """Whether the mean cost of the cheapest images of ``run[start:end]``
        is above what a legacy-codec repair of it may cost."""
        n = end - start
        c_old = sum(self._field(0, start, end)) / (10 * n)
        gain = min_gain + (short_penalty / n if n < 4 else 0.0)
        limit = min(ceiling, c_old, c_old - gain) + EPSILON
        return all(sum(self._field(k, start, end)) / (10 * n) > limit for k in fields)


def facts(run: str) -> RunFacts:
    """The per-character facts of ``run``."""
    return RunFacts(run)
