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

import math
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import accumulate, compress, count
from operator import gt

from govtext.decoding.plausibility import char_cost

__all__ = ["CJK_RULES", "RunFacts", "Spans", "facts", "unproved_spans", "unproved_whole_runs", "unrepairable"]

CJK_RULES = ("utf8-as-gbk", "big5-as-gbk", "gbk-as-big5", "utf8-as-big5")
"""The pairs this module reasons about (the CJK pairs of the mojibake repairer)."""

_BIG5_VARIANTS = ("cp950", "big5hkscs")
_NO_IMAGE = 255
"""Cost (in tenths) standing for "this character has no image": above any bound."""

_UTF8_VIA = ("gb18030", "cp950", "big5hkscs")
"""The byte sources a UTF-8 reading may come from: GBK bytes, and the two Big5 variants."""
_DEAD_LEAD, _DEAD_OWED = 255, 254
"""(leading, owed) continuation bytes given to a character whose own bytes
can never be part of valid UTF-8: they disagree with any neighbour, and
with the start and end of any run."""

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


def _utf8_facts(c: str) -> str:
    """(owed, leading, open) for each source of :data:`_UTF8_VIA`: continuation
    bytes still owed at the end of ``c``'s bytes, continuation bytes it starts
    with, and 1 when its bytes are all continuation bytes (its neighbours are
    then not checked); a dead or unencodable character gets
    :data:`_DEAD_OWED` and :data:`_DEAD_LEAD`."""
    shape = ""
    for codec in _UTF8_VIA:
        try:
            data = c.encode(codec)
        except UnicodeEncodeError:
            shape += chr(_DEAD_OWED) + chr(_DEAD_LEAD) + "\0"
            continue
        dead, lead, owed = _utf8_shape(data)
        is_open = "\1" if lead == len(data) else "\0"
        shape += (chr(_DEAD_OWED) + chr(_DEAD_LEAD) if dead else chr(min(owed, 3)) + chr(min(lead, 4))) + is_open
    return shape


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


_WIDTH = 14
"""Facts per character, each one byte: cost (tenths), gbk-as-big5 bound,
big5-as-gbk bound, unsafe (0/1), slack (the lower bound minus the cost, plus
:data:`_SLACK_ZERO`), then (owed, leading, open) for each source of
:data:`_UTF8_VIA`."""
_COST, _GBK_AS_BIG5, _BIG5_AS_GBK, _UNSAFE, _SLACK = range(5)
_SLACK_ZERO = 128


def _owed(i: int) -> int:
    return 5 + 3 * i


class _FactTable(dict[int, str]):
    """Code point -> its :data:`_WIDTH` facts, computed on first use."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        cost = _tenths(char_cost(c))
        if 0xD800 <= code <= 0xDFFF or c in _HKSCS_COMBINING:
            value = chr(cost) + chr(_NO_IMAGE) * 2 + "\1" + "\0" * 10
        else:
            b5, unsafe_b5 = _gbk_as_big5(c)
            gb, unsafe_gb = _big5_as_gbk(c)
            slack = max(0, min(255, min(b5, gb) - cost + _SLACK_ZERO))
            unsafe = "\1" if unsafe_b5 or unsafe_gb else "\0"
            value = chr(cost) + chr(b5) + chr(gb) + unsafe + chr(slack) + _utf8_facts(c)
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


_UNSAFE_FLAG = 64
"""Bit of a :class:`_BatchTable` flags byte set for an unsafe character
(above the six bits of :func:`_batch_flags`)."""
_UNSAFE_BYTES = bytes(int(b >= _UNSAFE_FLAG) for b in range(256))
"""Flags bytes to 1 where the unsafe bit is set (the higher bits are never used), else 0."""


def _batch_flags(facts: str) -> int:
    """The flags byte of a character's :data:`_WIDTH` facts: for each
    source ``s`` of :data:`_UTF8_VIA`, bit ``s`` when it starts with a
    continuation byte (or is dead), bit ``3 + s`` when it owes continuation
    bytes at its end (or is dead); :data:`_UNSAFE_FLAG` when unsafe."""
    flags = _UNSAFE_FLAG if facts[_UNSAFE] != "\0" else 0
    for s in range(len(_UTF8_VIA)):
        flags |= (facts[_owed(s) + 1] != "\0") << s | (facts[_owed(s)] != "\0") << (3 + s)
    return flags


class _BatchTable(dict[int, str]):
    """Code point -> one character holding what the batch proof reads: its
    slack (the low byte) and its :func:`_batch_flags` (the high byte; never
    a surrogate), so that a translate writes one character per character
    and an encoding as UTF-16-LE splits them into two byte columns."""

    def __missing__(self, code: int) -> str:
        facts = _table()[code]
        value = chr(ord(facts[_SLACK]) | _batch_flags(facts) << 8)
        if len(self) < _TABLE_LIMIT:
            self[code] = value
        return value


@cache
def _batch_table() -> _BatchTable:
    table = _BatchTable()
    for code in range(0x80):
        table[code]  # fills the entry
    return table


Spans = list[tuple[int, int]] | Callable[[], list[tuple[int, int]]]
"""Pieces of a run, or a function giving them (called only if they are needed)."""


def _utf8_sources(pairs: frozenset[str]) -> tuple[int, ...]:
    """The sources of :data:`_UTF8_VIA` that the rules ``pairs`` call for."""
    return ((0,) if "utf8-as-gbk" in pairs else ()) + ((1, 2) if "utf8-as-big5" in pairs else ())


@cache
def _rule_facts(pairs: frozenset[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The UTF-8 sources (the offsets of their facts, see :func:`_owed`) and
    the legacy image facts that the rules ``pairs`` call for."""
    utf8 = tuple(map(_owed, _utf8_sources(pairs)))
    legacy = tuple(k for k, rule in ((_GBK_AS_BIG5, "gbk-as-big5"), (_BIG5_AS_GBK, "big5-as-gbk")) if rule in pairs)
    return utf8, legacy


def _listed(spans: Spans) -> list[tuple[int, int]]:
    return spans() if callable(spans) else spans


class RunFacts:
    """Per-character facts of a run (one translate of the run), read by position."""

    __slots__ = ("data", "n")

    def __init__(self, run: str) -> None:
        self.data = run.translate(_table()).encode("latin-1")
        self.n = len(run)

    def unrepairable(self, spans: Spans, *, ceiling: float, min_gain: float,
                     short_penalty: float, pairs: frozenset[str]) -> bool:
        """Whether no pair in ``pairs`` can repair any of the pieces ``spans``
        of the run (see :func:`unrepairable`)."""
        return _unrepairable(self.data, spans, ceiling, min_gain, short_penalty, pairs)


def unrepairable(run: str, spans: Spans, *, ceiling: float, min_gain: float, short_penalty: float,
                 pairs: frozenset[str]) -> bool:
    """Whether no pair in ``pairs`` can repair any of the pieces ``spans``
    of ``run`` (each ``(start, end)``, non-empty; or a function giving them,
    called only when the run as a whole does not settle it).

    ``ceiling``: the highest mean cost a legacy-codec repair may have;
    ``min_gain``: the smallest drop in mean cost any legacy candidate must
    show before the short-run penalty (the least of the margins
    :func:`~govtext.decoding.plausibility.clearly_better` may be given);
    ``short_penalty``: as there."""
    return _unrepairable(run.translate(_table()).encode("latin-1"), spans, ceiling, min_gain, short_penalty, pairs)


def _unrepairable(data: bytes, spans: Spans, ceiling: float, min_gain: float, short_penalty: float,
                  pairs: frozenset[str]) -> bool:
    """:func:`unrepairable` from the facts ``data`` of the run."""
    if 1 in data[_UNSAFE::_WIDTH]:
        return False
    pieces = None if callable(spans) else spans
    utf8, legacy = _rule_facts(pairs)
    for owed in utf8:
        if 0 in data[owed + 1 :: _WIDTH] and 0 in data[owed::_WIDTH]:
            # (unless every piece starts inside a sequence, ends unfinished or breaks one)
            pieces = pieces if pieces is not None else _listed(spans)
            if not all(_never_utf8(data, start, end, owed) for start, end in pieces):
                return False
    if not legacy:
        return True
    slack = data[_SLACK::_WIDTH]
    if short_penalty >= 0 and min(slack) - _SLACK_ZERO + 10 * min_gain > 1e-6:
        return True  # every character alone costs more as any image than it may: so does every piece
    pieces = pieces if pieces is not None else _listed(spans)
    cost = data[_COST::_WIDTH]
    for start, end in pieces:
        # the mean cost of the cheapest images of the piece against what a legacy repair may cost
        n = end - start
        total = sum(cost[start:end])
        c_old = total / (10 * n)
        gain = min_gain + (short_penalty / n if n < 4 else 0.0)
        limit = (min(ceiling, c_old, c_old - gain) + EPSILON) * 10 * n
        if sum(slack[start:end]) - _SLACK_ZERO * n + total > limit:  # the cheaper image of each, both pairs
            continue
        for k in legacy:
            if sum(data[start * _WIDTH + k : end * _WIDTH : _WIDTH]) <= limit:
                return False
    return True


def unproved_whole_runs(runs: Sequence[str], *, ceiling: float, min_gain: float, short_penalty: float,
                        pairs: frozenset[str]) -> list[int]:
    """Indexes of the ``runs`` (each non-empty, judged whole: ``spans`` of
    ``[(0, len(run))]``) that :func:`unrepairable` does not prove, all found
    at once by :func:`unproved_spans` over the joined runs."""
    if not runs:
        return []
    ends = list(accumulate(map(len, runs)))
    return unproved_spans("".join(runs), [0, *ends[:-1]], ends, ceiling=ceiling, min_gain=min_gain,
                          short_penalty=short_penalty, pairs=pairs)


def unproved_spans(text: str, starts: list[int], ends: list[int], *, ceiling: float, min_gain: float,
                   short_penalty: float, pairs: frozenset[str]) -> list[int]:
    """Indexes ``i`` of the spans ``text[starts[i]:ends[i]]`` (each
    non-empty, judged whole as a run of its own; they may overlap) that
    :func:`unrepairable` does not prove, ascending, all found at once: one
    translate of ``text`` into two byte columns (slack and
    :func:`_batch_flags`, see :func:`_batch_columns`), read by C-level maps
    (the flags at each span's ends, slack sums from prefix sums), settles
    most spans (:func:`_legacy_bound`); only the others get the span-by-span
    proof."""
    if not starts:
        return []
    columns = _batch_columns(text)
    slack, flags = columns[0::2], columns[1::2]
    bound = _legacy_bound(min_gain, short_penalty) if _rule_facts(pairs)[1] else -1
    doubtful: Iterable[int] = range(len(starts)) if bound is None else _unsettled(
        slack, flags, starts, ends, _utf8_mask(pairs), bound, _short_bounds(min_gain, short_penalty))
    unsafe = flags.translate(_UNSAFE_BYTES)
    if 1 in unsafe:
        doubtful = sorted(_spans_holding(unsafe, starts, ends).union(doubtful))
    return [i for i in doubtful if not _unrepairable(text[starts[i]:ends[i]].translate(_table()).encode("latin-1"),
                                                     [(0, ends[i] - starts[i])], ceiling, min_gain,
                                                     short_penalty, pairs)]


def _unsettled(slack: bytes, flags: bytes, starts: list[int], ends: list[int], mask: int, bound: int,
               short: dict[int, int]) -> list[int]:
    """Indexes of the spans ``[start, end)`` that the batch tests leave in
    doubt: a span is settled when, for each UTF-8 source in ``mask``, it
    starts inside a sequence or ends unfinished (:func:`_batch_flags`), and
    (``bound`` not negative: legacy pairs asked for) its slack sum exceeds
    :func:`_legacy_bound` ``bound`` times its length (``short`` for spans of
    one to three characters). One comprehension: a tighter loop than maps."""
    if bound < 0:
        return [i for i, s, e in zip(count(), starts, ends) if (flags[s] | flags[e - 1] >> 3) & mask != mask]
    return [i for i, s, e in zip(count(), starts, ends)
            if sum(slack[s:e]) <= (short[e - s] if e - s < 4 else (e - s) * bound)
            or (flags[s] | flags[e - 1] >> 3) & mask != mask]


def _batch_columns(text: str) -> bytes:
    """``text`` translated by :func:`_batch_table` and encoded as UTF-16-LE
    (the slack and flags bytes of each character, interleaved). The
    translation reads a list indexed by code point (faster than a dict);
    where it has no entry yet (a character it deletes, or one beyond the
    BMP, which it keeps and UTF-16 writes as two units), the lengths show
    it and the dict table, which fills the list, translates instead."""
    listed = _batch_list()
    coded = text.translate(listed)
    columns = coded.encode("utf-16-le")
    if len(coded) == len(text) and len(columns) == 2 * len(text):
        return columns
    table = _batch_table()
    coded = text.translate(table)
    for c in set(text):
        code = ord(c)
        if code < len(listed):
            listed[code] = table[code]
    return coded.encode("utf-16-le")


@cache
def _batch_list() -> list[str | None]:
    """:func:`_batch_table` as a list over the BMP, filled as characters are
    met (None: not yet known; a translation deletes such a character)."""
    table = _batch_table()
    return [table[code] if code in table else None for code in range(0x10000)]


def _spans_holding(column: bytes, starts: list[int], ends: list[int]) -> set[int]:
    """Indexes of the spans ``[start, end)`` holding a byte 1 of ``column``."""
    prefix = list(accumulate(column, initial=0))
    return set(compress(count(), map(gt, map(prefix.__getitem__, ends), map(prefix.__getitem__, starts))))


@cache
def _utf8_mask(pairs: frozenset[str]) -> int:
    """The bits of :func:`_batch_flags` (low three) of the UTF-8 sources that ``pairs`` call for."""
    return sum(1 << s for s in _utf8_sources(pairs))


def _legacy_bound(min_gain: float, short_penalty: float) -> int | None:
    """An integer ``k`` such that a run of ``n`` characters whose slack
    (:data:`_SLACK` facts) sums to more than ``k * n`` surely has no legacy
    repair: the cheaper image of each character then costs in all more than
    the run's cost less ``floor(10 * min_gain) * n`` tenths, already more
    than :func:`_unrepairable` allows any legacy repair (it asks the gain
    ``min_gain`` per character, and more for short runs). None when the
    margins are negative (no such shortcut)."""
    if min_gain < 0 or short_penalty < 0:
        return None
    return _SLACK_ZERO - math.floor(10 * min_gain)


@cache
def _short_bounds(min_gain: float, short_penalty: float) -> dict[int, int]:
    """``n`` -> ``k * n`` for the runs of ``n < 4`` characters, where ``k``
    is :func:`_legacy_bound` with the gain :func:`_unrepairable` asks of
    such a run (``min_gain + short_penalty / n``), so that a slack sum above
    it proves the run as well (margins not negative)."""
    return {n: (_SLACK_ZERO - math.floor(10 * (min_gain + short_penalty / n))) * n for n in range(1, 4)}


def _never_utf8(data: bytes, start: int, end: int, owed: int) -> bool:
    """Whether ``run[start:end]`` (facts ``data``) encoded with the UTF-8
    source whose facts start at ``owed`` is surely not valid UTF-8: it starts
    inside a sequence, ends unfinished, holds a dead character, or has
    neighbours whose owed and leading continuation bytes disagree."""
    if data[start * _WIDTH + owed + 1] or data[(end - 1) * _WIDTH + owed]:
        return True
    if 1 in data[start * _WIDTH + owed + 2 : end * _WIDTH : _WIDTH]:  # a character of continuation bytes only
        return _chain_breaks(data, start, end, owed)
    return data[start * _WIDTH + owed : (end - 1) * _WIDTH : _WIDTH] != data[
        (start + 1) * _WIDTH + owed + 1 : end * _WIDTH : _WIDTH]


def _chain_breaks(data: bytes, start: int, end: int, owed: int) -> bool:
    """Whether the continuation bytes owed from character to character fail
    to line up somewhere in ``run[start:end]``: a character of continuation
    bytes only must fall within what is owed (and pays part of it), any other
    must start with exactly what is owed."""
    pending = 0
    for k in range(start * _WIDTH + owed, end * _WIDTH, _WIDTH):
        left, lead = data[k], data[k + 1]
        if lead == _DEAD_LEAD:
            return True
        if data[k + 2]:
            if pending < lead:
                return True
            pending -= lead
        elif pending != lead:
            return True
        else:
            pending = left
    return pending != 0


def facts(run: str) -> RunFacts:
    """The per-character facts of ``run``."""
    return RunFacts(run)
