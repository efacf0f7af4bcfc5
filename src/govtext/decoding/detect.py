"""Encoding detection for Chinese text, with charset-normalizer as a fallback.

Candidates (GB18030, the Big5 family, BOM-less UTF-16/32) are decoded on a
sample cut on a character boundary and scored with the character model of
:mod:`govtext.decoding.plausibility` plus a penalty per undecodable byte;
the cheapest wins. This is reliable on inputs of a few characters, where
statistical detectors guess Korean or Latin. When no Chinese candidate reads
as plausible text, charset-normalizer is asked (on the same sample) and its
answer is used if it decodes better. GB2312/GBK answers are reported as the
GB18030 superset; Big5 as ``big5``, ``cp950`` or ``big5hkscs``, the
narrowest that decodes.

>>> detect("通知".encode("gbk")).encoding
'gb18030'
>>> detect("堅持創新".encode("big5")).encoding
'big5'
>>> detect("关于开展工作的通知".encode("utf-16-le")).encoding
'utf-16-le'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from heapq import heapify, heappop, heappush

from govtext.decoding.plausibility import (
    COST_CONTROL,
    COST_FREQUENT,
    COST_GARBAGE,
    MeanCost,
    coarse_floor_tenths,
    cost_floor,
    floor_tenths,
)

__all__ = ["Detection", "Finding", "cut_sample", "detect", "detect_decoding", "find_encoding", "normalize_encoding"]

SAMPLE_BYTES = 1 << 16
"""Bytes of the input that detection looks at."""

BIG5_FAMILY = ("big5", "cp950", "big5hkscs")
PLAUSIBLE = 2.6
"""Mean character cost under which a decoding reads as ordinary Chinese text."""

_STATEFUL = ("2022", "utf-7", "hz")
"""Codecs with shift states: their characters cannot be mapped to bytes one by one."""
_GB_NAMES = frozenset({"gb2312", "gbk", "cp936", "gb18030", "euc_cn", "hz"})
_BIG5_NAMES = frozenset({"big5", "cp950", "big5hkscs", "big5_hkscs", "big5-hkscs"})


@dataclass(frozen=True)
class Detection:
    """The codec chosen for some bytes, how sure, and how it was found."""

    encoding: str
    confidence: float
    method: str
    cost: float = 0.0


def normalize_encoding(name: str) -> str:
    """Canonical codec name; GB2312/GBK become their superset GB18030.

    >>> normalize_encoding("GB2312"), normalize_encoding("UTF8"), normalize_encoding("big5-hkscs")
    ('gb18030', 'utf-8', 'big5hkscs')
    """
    try:
        canon = codecs.lookup(name).name
    except LookupError:
        return name.lower()
    if canon.replace("-", "_") in _GB_NAMES:
        return "gb18030"
    if canon.replace("-", "_") in _BIG5_NAMES:
        return canon.replace("_", "").replace("-", "")
    return canon.replace("_", "-")


def cut_sample(data: bytes, size: int = SAMPLE_BYTES, unit: int = 1, encoding: str = "gb18030") -> bytes:
    """At most ``size`` bytes of ``data``, cut where no character can be split.

    For 2- and 4-byte units (UTF-16/32) the cut keeps whole units; for the
    multi-byte Chinese codecs it falls after a newline or, failing that,
    after an ASCII byte below 0x30 (no GBK, GB18030 or Big5 trail byte is);
    failing both, before the character ``encoding`` finds incomplete at the end.

    >>> cut_sample("中文\\n中文".encode("gbk"), 7)
    b'\\xd6\\xd0\\xce\\xc4\\n'
    """
    if len(data) <= size:
        return data
    if unit > 1:
        return data[: size - size % unit]
    head = data[:size]
    nl = head.rfind(b"\n")
    if nl >= size // 2:
        return head[: nl + 1]
    for i in range(len(head) - 1, max(len(head) - 512, 0) - 1, -1):
        if head[i] < 0x30:
            return head[: i + 1]
    try:
        head.decode(encoding)
    except UnicodeDecodeError as err:
        if err.end >= len(head) - 3:
            return head[: err.start]
    except LookupError:
        pass
    return head


SCORE_CHARS = 1024
"""Characters of a candidate decoding that are scored (enough to decide)."""


def _candidates(sample: bytes) -> list[str]:
    cands = ["gb18030", "big5", "utf-8"]
    if len(sample) >= 2:
        cands += ["utf-16-le", "utf-16-be"]
    if len(sample) >= 4 and b"\x00" in sample and sample.count(b"\x00") * 2 >= len(sample):
        cands += ["utf-32-le", "utf-32-be"]
    return cands


_NEVER_BIG5 = bytes(range(0x80, 0xA1)) + b"\xff"
"""Bytes in no ``big5`` or ``cp950`` character: neither codec has a lead
byte below 0xA1 or above 0xF9, nor a trail byte in 0x7F-0xA0 or 0xFF."""


def _never_big5(sample: bytes) -> int:
    """A lower bound of the U+FFFD that ``big5`` and ``cp950`` decode
    ``sample`` to (errors replaced): each byte of :data:`_NEVER_BIG5` begins
    a step of their decoders (it cannot end a character), and every such
    step fails and consumes exactly that byte (one U+FFFD a byte: both
    decoders give up on a byte at a time, also on a lone byte at the end)."""
    return len(sample) - len(sample.translate(None, _NEVER_BIG5))


_CP950_ONLY_LEADS = re.compile(rb"\xf9(?=[\xd6-\xfe])")
"""The lead bytes of the pairs F9D6-F9FE, which ``cp950`` decodes and
``big5`` does not (a look-ahead, so that F9F9D6 holds two); found at C
speed (the search skips to each F9 byte)."""
_CP950_ONLY_PAIR = b"\xa3\xe1"
"""The other pair ``cp950`` decodes and ``big5`` does not (it decodes every
pair ``big5`` decodes; enumerated in the tests)."""


def _cp950_only_pairs(sample: bytes) -> list[int]:
    """Where ``sample`` holds a pair that only ``cp950`` decodes, in order."""
    found = [m.start() for m in _CP950_ONLY_LEADS.finditer(sample)]
    at = sample.find(_CP950_ONLY_PAIR)
    if at < 0:
        return found
    while at >= 0:
        found.append(at)
        at = sample.find(_CP950_ONLY_PAIR, at + 2)
    return sorted(found)


_RESYNC = re.compile(rb"[\x00-\x3f]")
"""Bytes below 0x40: no Big5-family decoder takes one as a trail byte, so
each starts a character at every such byte."""


def _cp950_excess(sample: bytes) -> int:
    """The U+FFFD that ``cp950`` decodes ``sample`` to minus those of ``big5``
    (errors replaced), decoding only the stretches around the pairs
    :func:`_cp950_only_pairs` finds. The counts add up over the stretches between bytes
    of :data:`_RESYNC` (both decoders start a character at each, and a
    stretch decoded alone ends in the same errors: a lead byte left without
    its trail is one U+FFFD either way); in a stretch without such a pair the
    two decoders take the same steps (a character where one has one, an
    error of one byte where the other has an error), so the counts are equal."""
    excess = done = 0
    backwards = b""
    for at in _cp950_only_pairs(sample):
        if at < done:
            continue  # in the stretch just counted
        backwards = backwards or sample[::-1]
        before = _RESYNC.search(backwards, len(sample) - at)
        start = len(sample) - before.start() if before is not None else 0
        after = _RESYNC.search(sample, at + 2)
        done = after.start() if after is not None else len(sample)
        stretch = sample[start:done]
        excess += stretch.decode("cp950", "replace").count("\ufffd") - stretch.decode("big5", "replace").count("\ufffd")
    return excess


def _narrowest_big5(sample: bytes) -> tuple[str, str]:
    """The Big5 variant that decodes ``sample`` with the fewest errors (the
    first in :data:`BIG5_FAMILY` among equals), and that decoding.

    When ``big5hkscs`` gives fewer U+FFFD than :func:`_never_big5` proves for
    the other two, it is the answer without decoding them; ``cp950`` is
    decoded only when it has fewer errors than ``big5`` (see :func:`_cp950_excess`)."""
    known: dict[str, str] = {}
    never = _never_big5(sample)
    if never:
        text = known["big5hkscs"] = sample.decode("big5hkscs", "replace")
        if text.count("\ufffd") < never:
            return "big5hkscs", text
    best, best_bad, best_text = "big5", -1, ""
    for enc in BIG5_FAMILY:
        if enc == "cp950" and _cp950_excess(sample) >= 0:
            continue  # no narrower than big5, which comes first
        text = known[enc] if enc in known else sample.decode(enc, "replace")
        bad = text.count("\ufffd")
        if best_bad < 0 or bad < best_bad:
            best, best_bad, best_text = enc, bad, text
        if bad == 0:
            return enc, text
    return best, best_text


_UNICODE_CODECS = frozenset({"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})
_HEAD_SLACK = 4
"""Characters decoded beyond :data:`SCORE_CHARS` from a cut-off head: a
Unicode codec decodes the last (at most 3) bytes of a head differently from
the whole only in the characters those bytes make."""


_HEAD_UNITS = (2, 4)
"""Bytes per scored character in the heads tried, shortest first: a head
of ``k * (SCORE_CHARS + _HEAD_SLACK)`` bytes (whole 4-byte units) that
decodes to at least ``SCORE_CHARS + _HEAD_SLACK`` characters holds the
scored characters as the whole decodes them; text of mostly 1- and 2-byte
characters (and the U+FFFD of undecodable bytes) needs only the shorter head."""


def _decode_head(sample: bytes, enc: str) -> tuple[str, bool]:
    """At least the first :data:`SCORE_CHARS` characters of
    ``sample.decode(enc, "replace")``, decoding only a head of ``sample``
    when ``enc`` is a Unicode codec (at most 4 bytes a character, whole
    4-byte units); and whether that is all of the decoding."""
    if enc in _UNICODE_CODECS:
        for per_char in _HEAD_UNITS:
            size = per_char * (SCORE_CHARS + _HEAD_SLACK)
            if len(sample) <= size:
                break
            head = sample[:size].decode(enc, "replace")
            if len(head) >= SCORE_CHARS + _HEAD_SLACK:
                return head[:SCORE_CHARS], False
    return sample.decode(enc, "replace"), True


_QUICK, _FLOOR = 0, 1
"""Stages of a reading's bound in :func:`_cheapest`."""
_GARBAGE_TENTHS = round(COST_GARBAGE * 10)
_LEAST_TENTHS = round(COST_FREQUENT * 10)


class _Reading:
    """One candidate codec's reading of the sample, decoded only as far as
    detection asks: its first :data:`SCORE_CHARS` characters and their cost
    floor, and (when it is the winner) all of the input decoded."""

    def __init__(self, encoding: str, sample: bytes, whole: bool) -> None:
        self.encoding = encoding
        self.sample = sample
        self.whole = whole
        """Whether the sample is all of the input."""
        self._text: str | None = None
        self._decoded: str | None = None

    def text(self) -> str:
        """The first :data:`SCORE_CHARS` characters of ``sample.decode(encoding, "replace")``."""
        if self._text is None:
            text, complete = _decode_head(self.sample, self.encoding)
            if complete and self.whole:
                self._decoded = text
            self._text = text[:SCORE_CHARS]
        return self._text

    def first_bound(self) -> tuple[float, int]:
        """The cheapest lower bound of the cost of :meth:`text` to find, and
        its stage (:data:`_QUICK` when :meth:`floor` is tighter): U+FFFD
        costs :data:`~govtext.decoding.plausibility.COST_GARBAGE` and no
        character less than :data:`~govtext.decoding.plausibility.COST_FREQUENT`."""
        text = self.text()
        if not text:
            return 0.0, _QUICK
        bad = text.count("\ufffd")
        return (bad * _GARBAGE_TENTHS + (len(text) - bad) * _LEAST_TENTHS) / (10 * len(text)), _QUICK

    def floor(self) -> float:
        """A lower bound of the cost of :meth:`text`."""
        return cost_floor(self.text())

    def name(self) -> str:
        """The codec (made definite where that takes decoding)."""
        return self.encoding

    def decoded(self) -> str | None:
        """All of the input decoded (errors replaced), when that was made."""
        self.text()
        return self._decoded


_QUICK_HEAD = SCORE_CHARS
"""Bytes of a UTF-8 sample decoded for its quick bound (at most one
character a byte: none beyond the scored ones)."""


class _Utf8Reading(_Reading):
    """The UTF-8 reading, whose quick bound is found from a head of
    :data:`_QUICK_HEAD` bytes when the sample is longer than the head that
    :meth:`text` decodes: that head's decoding, but for its last character
    (which may stand for a sequence the cut broke), begins the decoding of
    the sample; the characters beyond it cost at least
    :data:`~govtext.decoding.plausibility.COST_FREQUENT` each, and the
    bound is least when the scored text has all :data:`SCORE_CHARS`."""

    def first_bound(self) -> tuple[float, int]:
        if self._text is not None or len(self.sample) <= _HEAD_UNITS[0] * (SCORE_CHARS + _HEAD_SLACK):
            return super().first_bound()
        bad = self.sample[:_QUICK_HEAD].decode("utf-8", "replace")[:-1].count("\ufffd")
        return (bad * _GARBAGE_TENTHS + (SCORE_CHARS - bad) * _LEAST_TENTHS) / (10 * SCORE_CHARS), _QUICK


class _Utf16Reading(_Reading):
    """A UTF-16 reading, whose cost floor is found from the bytes, without
    decoding, when the sample holds :data:`SCORE_CHARS` units: each unit that
    is not a surrogate is a character of the scored text, and surrogates
    count 0 (see :func:`~govtext.decoding.plausibility.floor_tenths`); the
    scored text covers at least those units, in at most that many characters.
    Its quick bound is the coarser
    :func:`~govtext.decoding.plausibility.coarse_floor_tenths` of the same
    units (one translation; legacy bytes read as UTF-16 fall mostly in
    blocks of foreign scripts, private use and rare hanzi)."""

    def _high(self) -> bytes | None:
        """The high bytes of the first :data:`SCORE_CHARS` units, when the sample holds that many."""
        if self._text is None and len(self.sample) >= 2 * SCORE_CHARS:
            first = 1 if self.encoding == "utf-16-le" else 0
            return self.sample[first : 2 * SCORE_CHARS : 2]
        return None

    def floor(self) -> float:
        high = self._high()
        if high is not None:
            return floor_tenths(high) / (10 * SCORE_CHARS)
        return super().floor()

    def first_bound(self) -> tuple[float, int]:
        high = self._high()
        if high is not None:
            return coarse_floor_tenths(high) / (10 * SCORE_CHARS), _QUICK
        return super().first_bound()


class _Big5Reading(_Reading):
    """The Big5 family's reading: the narrowest variant (see
    :func:`_narrowest_big5`)."""

    def __init__(self, sample: bytes, whole: bool) -> None:
        super().__init__("big5", sample, whole)

    def text(self) -> str:
        if self._text is None:
            self.encoding, text = _narrowest_big5(self.sample)
            self._text = text[:SCORE_CHARS]
            self._decoded = text if self.whole else None
        return self._text

    def name(self) -> str:
        self.text()
        return self.encoding


def _reading(enc: str, data: bytes, sample_size: int) -> _Reading:
    unit = 4 if enc.startswith("utf-32") else 2 if enc.startswith("utf-16") else 1
    sample = cut_sample(data, sample_size, unit, enc if enc != "big5" else "big5hkscs")
    whole = len(sample) == len(data)
    if enc == "big5":
        return _Big5Reading(sample, whole)
    if enc.startswith("utf-16"):
        return _Utf16Reading(enc, sample, whole)
    if enc == "utf-8":
        return _Utf8Reading(enc, sample, whole)
    return _Reading(enc, sample, whole)


_TIE = 1e-9
"""Float noise allowed for when comparing an exact cost with a lower bound."""


def _in_order(priced: list[tuple[MeanCost, int]]) -> None:
    """Sort priced candidates ``(cost, index)`` as the exact costs sort
    (ties in candidate order): a cost known only within bounds that overlap
    another cost's is made exact first (bounds only narrow)."""
    for cost, i in priced:
        if not cost.exact and any(j != i and cost.lo <= other.hi and other.lo <= cost.hi for other, j in priced):
            cost.value()
    priced.sort(key=lambda p: (p[0].lo, p[1]))


def _cheapest(readings: list[_Reading]) -> list[tuple[MeanCost, _Reading]]:
    """Costs of the candidate readings, cheapest first (ties in candidate
    order), as far as the two cheapest go: a reading whose lower bound is
    above the two cheapest exact costs is never priced, and is left out.

    Bounds are refined lazily, the least first: a quick floor
    (:meth:`_Reading.first_bound`), then the cost floor (a lower bound, see
    :func:`~govtext.decoding.plausibility.cost_floor`), then the price. Once
    two readings are priced and the second is below every bound left, no
    reading left can be among the two cheapest. (The cost floor serves only
    to leave readings unpriced: before two readings are priced, the one with
    the least bound is priced at once.)"""
    bounds = [(*r.first_bound(), i) for i, r in enumerate(readings)]
    heapify(bounds)
    priced: list[tuple[MeanCost, int]] = []
    while bounds and not (len(priced) >= 2 and _below(priced[1][0], bounds[0][0])):
        _bound, stage, i = heappop(bounds)
        if stage == _QUICK and len(priced) >= 2:
            heappush(bounds, (readings[i].floor(), _FLOOR, i))
            continue
        priced.append((MeanCost(readings[i].text()), i))
        _in_order(priced)
    return [(cost, readings[i]) for cost, i in priced]


def _below(cost: MeanCost, floor: float) -> bool:
    """Whether ``cost`` is below ``floor`` (a lower bound of the costs not yet priced)."""
    return cost.decide(lambda c: c + _TIE < floor)


@dataclass(frozen=True)
class Finding:
    """What :func:`find_encoding` found: the codec, how sure and how, the
    winning decoding's cost (made exact only on demand), and the codec's
    decoding of all of the input (errors replaced) when detection happened
    to make it."""

    encoding: str
    confidence: float
    method: str
    cost: MeanCost
    decoded: str | None

    def detection(self) -> Detection:
        return Detection(self.encoding, self.confidence, self.method, self.cost.value())


def detect(data: bytes, *, sample_size: int = SAMPLE_BYTES) -> Detection:
    """Choose the codec of ``data`` (which is known not to be valid UTF-8)."""
    return find_encoding(data, sample_size=sample_size).detection()


def detect_decoding(data: bytes, *, sample_size: int = SAMPLE_BYTES) -> tuple[Detection, str | None]:
    """:func:`detect`, and the chosen codec's decoding of all of ``data``
    (errors replaced) when detection happened to make it, else None."""
    found = find_encoding(data, sample_size=sample_size)
    return found.detection(), found.decoded


def find_encoding(data: bytes, *, sample_size: int = SAMPLE_BYTES) -> Finding:
    """:func:`detect_decoding`, the cost left inexact where no decision needed it."""
    readings = [_reading(enc, data, sample_size) for enc in _candidates(data[:sample_size])]
    scores = _cheapest(readings)
    best_cost, chosen = scores[0]
    best, method = chosen.name(), "model"
    if best_cost.above(PLAUSIBLE):
        other = _ask_charset_normalizer(cut_sample(data, sample_size))
        if other is not None and other not in {r.name() for r in readings}:
            cost = MeanCost(cut_sample(data, sample_size).decode(other, "replace")[:SCORE_CHARS])
            if cost.value() < best_cost.value():
                best_cost, best, method = cost, other, "charset-normalizer"
    if method != "model":
        return _found(best, method, best_cost, scores, None, len(data))
    return _found(best, method, best_cost, scores, chosen, len(data))


def _found(best: str, method: str, cost: MeanCost, scores: list[tuple[MeanCost, _Reading]], chosen: _Reading | None,
           n: int) -> Finding:
    """The finding for ``best`` (the reading ``chosen``, or None when the
    codec came from elsewhere): the runner-up is the cheapest other reading."""
    runner_up = next((c for c, r in scores if r is not chosen), MeanCost.known(COST_CONTROL))
    decoded = chosen.decoded() if chosen is not None else None
    return Finding(best, _bounded_confidence(cost, runner_up, n), method, cost, decoded)


def _bounded_confidence(best: MeanCost, runner_up: MeanCost, n: int) -> float:
    """:func:`_confidence` of the exact costs, made exact only when their
    bounds do not settle it (the confidence falls as ``best`` grows and
    rises with ``runner_up``)."""
    low = _confidence(best.hi, runner_up.lo, n)
    if low == _confidence(best.lo, runner_up.hi, n):
        return low
    return _confidence(best.value(), runner_up.value(), n)


def _confidence(best: float, runner_up: float, n: int) -> float:
    gap = max(runner_up - best, 0.0)
    conf = min(0.99, 0.5 + gap / 4)
    if best > PLAUSIBLE:
        conf = min(conf, 0.3)
    if n < 16:
        conf = min(conf, 0.8)
    return round(conf, 2)


def _ask_charset_normalizer(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(sample).best()
    if match is None:
        return None
    name = normalize_encoding(str(match.encoding))
    if any(stateful in name for stateful in _STATEFUL):
        return None
    return name
