"""How plausible a piece of text is as Chinese: a character-class model.

Each character gets a cost (lower is more plausible): very frequent hanzi
cost least, then the common hanzi of GB2312 level 1 and Big5 level 1, then
the less common levels, rare and extension hanzi, and at the top private-use
characters, U+FFFD and control characters. Mojibake is made of rare
characters, so a repaired run is accepted only when its mean cost is clearly
lower than the garbled run's.

>>> text_cost("中华人民共和国") < text_cost("涓崕浜烘皯")
True
>>> clearly_better("中文", "涓枃")
True
>>> clearly_better("λ", "位")
False
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache
from operator import mul

from govtext.decoding.charsets import big5_level1, big5_level2, gb2312_level1, gb2312_level2, gb2312_symbols

__all__ = ["MeanCost", "char_cost", "clearly_better", "coarse_floor_tenths", "cost_at_most", "cost_below", "cost_floor", "cost_table", "cost_tenths", "floor_tenths", "is_han", "one_alphabet", "text_cost"]

FREQUENT_HAN = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作"
    "里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想"
    "实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体"
    "政美相见被利什二等产或新己制身果加西区县市省局委办府务报告规划建设发展改革推进落实工作会议通知管理"
    "服务经济社会保障企业项目投资城乡农村教育卫生健康环境安全资金部门单位组织加强完善提高实施开展全面深化"
    "请各负责落实按照根据有关规定"
)
"""A few hundred of the most frequent simplified hanzi in government text."""

COST_FREQUENT = 0.5
COST_COMMON = 1.0
COST_COMMON_TRADITIONAL = 1.6
COST_PUNCT = 1.0
COST_ASCII = 1.5
COST_FULLWIDTH = 2.0
COST_SYMBOL = 2.5
COST_PINYIN = 3.0
COST_LESS_COMMON = 3.0
COST_LATIN1 = 4.0
COST_FOREIGN_SCRIPT = 4.5
COST_RARE_HAN = 5.0
COST_OTHER = 5.0
COST_EXT_HAN = 6.5
COST_GARBAGE = 8.0
COST_CONTROL = 10.0

OPENCC_TRADITIONAL = "僞剮叄啓峯巋摳撣擯攢漚澇烴爲牀癰皁竈羣蟄衆裏謅謾讕躥鄖鄲釺鉢銥鍁鍘鍺鐐閹顴饋"
"""The Traditional forms OpenCC (``s2t``) gives common characters (GB2312 level 1)
where Big5 has another form or none (爲 for 為, 羣衆 for 群眾, 裏, 牀, 啓): Traditional
text converted by OpenCC writes them, so they cost as common Traditional characters, not as
rare ones that a garbled run is made of (``惠及羣衆`` is no mojibake of ``需摯膺胐``)."""

_PUNCT = "，。、；：？！“”‘’《》（）【】—…·「」『』〔〕〈〉～　\u3000"
_NAME_MASKS = "○◯"
"""The circles that stand for withheld characters of a name (``陳○○``, ``王○``, ``○○公司`` in a
published decision or judgment): as common as punctuation there, so a run holding them is not taken
for a legacy encoding's misreading (``陳○○`` read as Big5 is no garbled ``朝〕〕``)."""
_PINYIN = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňḿ"
_UNIT_SIGNS = "㎎㎏㎜㎝㎞㎡㎥㏄㏎㏑㏒㏕"
"""The square unit signs of GBK and Big5 (``㎡``, ``㎏``, ``㎞``): common in notices of land,
housing and goods (面积45㎡、62㎡), so they cost as full-width signs, not as rare symbols a
misreading would rather repair away (``㎡、`` is no Big5 misreading of ``呢﹜``)."""
_WHITESPACE = "\t\n\r\f "


def _presentation_punctuation() -> str:
    """The vertical presentation forms of punctuation and the small marks of
    a sentence (U+FE10-FE19, U+FE30-FE4F, U+FE50-FE57: ``︰ ﹐ ﹒ ︵ ﹁ ︽ ﹏``), as
    vertical-text PDFs and Big5 pages write them: punctuation, not the rare
    symbols garble is made of, so that ``林﹏﹏﹏`` (a masked name) is not read
    as Big5 mojibake of ``舆姊姊姊``. The small brackets and signs after them
    (``﹙﹜﹟﹪``) are rare in text and stay symbols: ``㎡、`` read as Big5 is
    ``呢﹜``, no repair.

    >>> "︰" in _presentation_punctuation(), "﹒" in _presentation_punctuation(), "﹜" in _presentation_punctuation()
    (True, True, False)
    """
    ranges = ((0xFE10, 0xFE19), (0xFE30, 0xFE4F), (0xFE50, 0xFE57))
    return "".join(c for first, last in ranges for c in map(chr, range(first, last + 1))
                   if unicodedata.category(c).startswith("P"))


@cache
def cost_table() -> dict[str, float]:
    """Cost of every character that has a class of its own (built once)."""
    table: dict[str, float] = {}
    for c in gb2312_symbols():
        if "\u3040" <= c <= "\u30ff" or "\u0370" <= c <= "\u04ff" or "\u2500" <= c <= "\u257f" or (
            "\u3100" <= c <= "\u312f"
        ):
            table[c] = COST_FOREIGN_SCRIPT
        elif "\uff01" <= c <= "\uff5e":
            table[c] = COST_FULLWIDTH
        else:
            table[c] = COST_SYMBOL
    for group, cost in ((big5_level2(), COST_LESS_COMMON), (gb2312_level2(), COST_LESS_COMMON),
                        (big5_level1(), COST_COMMON_TRADITIONAL), (gb2312_level1(), COST_COMMON)):
        for c in group:
            table[c] = cost
    for c in OPENCC_TRADITIONAL:
        table[c] = COST_COMMON_TRADITIONAL
    for c in FREQUENT_HAN:
        table[c] = COST_FREQUENT
    for c in _PUNCT + _NAME_MASKS:
        table[c] = COST_PUNCT
    for c in _presentation_punctuation():
        table[c] = COST_PUNCT
    for c in _UNIT_SIGNS:
        table[c] = COST_FULLWIDTH
    for c in _PINYIN:
        table[c] = COST_PINYIN
    for i in range(0x20, 0x7F):
        table[chr(i)] = COST_ASCII
    for c in _WHITESPACE:
        table[c] = COST_PUNCT
    return table


def is_han(c: str) -> bool:
    """Whether ``c`` is a CJK unified or compatibility ideograph.

    >>> is_han("中"), is_han("a"), is_han("。")
    (True, False, False)
    """
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def _fallback(c: str) -> float:
    """Cost of a character without a class of its own in :func:`cost_table`."""
    o = ord(c)
    if 0x4E00 <= o <= 0x9FFF:
        return COST_RARE_HAN
    if is_han(c):
        return COST_EXT_HAN
    if o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o <= 0xDFFF:
        return COST_CONTROL
    if 0xE000 <= o <= 0xF8FF or o == 0xFFFD or o >= 0xF0000:
        return COST_GARBAGE
    if 0xA0 <= o <= 0xFF:
        return COST_LATIN1
    if unicodedata.category(c).startswith("L") and not 0x3000 <= o <= 0x30FF:
        return COST_FOREIGN_SCRIPT
    return COST_OTHER


_fallback_cost = lru_cache(maxsize=8192)(_fallback)


def char_cost(c: str) -> float:
    """Cost of one character (see the module doc).

    >>> char_cost("的") < char_cost("鬟") < char_cost("\\ue43b")
    True
    """
    cost = cost_table().get(c)
    return _fallback_cost(c) if cost is None else cost


def _tenths(cost: float) -> int:
    return round(cost * 10)


_BMP = 0x10000
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")
_INEXACT = _tenths(COST_COMMON_TRADITIONAL)
"""The one cost (in tenths) that is not a multiple of 0.5, hence not exact as a float."""


@cache
def _bmp_tenths() -> tuple[int, ...]:
    """The cost in tenths of every BMP character (every cost is a whole
    number of tenths). Built once."""
    table = cost_table()
    return tuple(_tenths(table[c]) if c in table else _tenths(_fallback(c)) for c in map(chr, range(_BMP)))


@cache
def _tenths_table() -> bytes:
    """A :meth:`str.translate` table giving each BMP character the character
    whose code is its cost in tenths (every cost is below 12.8). The table
    is bytes (64 KiB, kind to the cache; a list would take 512 KiB of pointers)."""
    return bytes(_bmp_tenths())


_INEXACT_CODE = chr(_INEXACT)


def cost_tenths(text: str) -> tuple[int, bool]:
    """The summed cost of the characters of ``text`` in tenths (exact), and
    whether a character costs :data:`COST_COMMON_TRADITIONAL`; found at C
    speed: one translation of each character to its cost, summed as bytes.

    >>> cost_tenths("中文a"), cost_tenths("們"), cost_tenths(""), cost_tenths("\U00020000們")
    ((25, False), (16, True), (0, False), (81, True))
    """
    coded = text.translate(_tenths_table())  # characters beyond the BMP are left as they are (IndexError)
    if coded.isascii():
        return sum(coded.encode("ascii")), _INEXACT_CODE in coded
    beyond = [_tenths(char_cost(c)) for c in _BEYOND_BMP.findall(coded)]
    # every BMP character became an ASCII code (costs are below 12.8): dropping the non-ASCII
    # ones drops exactly those beyond the BMP, in C without a second scan by a pattern
    total = sum(coded.encode("ascii", "ignore")) + sum(beyond)
    return total, _INEXACT_CODE in coded or _INEXACT in beyond


def _summed_cost(text: str) -> float:
    """Mean cost of ``text`` by the definition: the costs of its distinct
    characters (in order of first occurrence) times their counts, summed as
    floats, divided by the length."""
    counts = Counter(text)
    total: float = sum(map(mul, counts.values(), map(_priced().__getitem__, counts)), 0.0)
    return total / len(text)


class MeanCost:
    """The mean cost of a text, as :func:`text_cost` gives it, known at first
    within bounds ``lo <= cost <= hi`` and made exact (``lo == hi``) by
    :meth:`value` when a decision needs it.

    The bounds come from the exact sum in tenths (:func:`cost_tenths`). Its
    mean, rounded once, *is* the definition's float when no character costs
    :data:`COST_COMMON_TRADITIONAL`: every other cost is a multiple of 0.5,
    so each product and partial sum of :func:`_summed_cost` is exact and only
    the division rounds. Otherwise the definition's float sum rounds at each
    of at most ``len(text)`` steps and lies within ``(len(text) + 3) * 1e-14``
    of the exact mean (a relative error below ``(n + 3) * 2**-53`` of a mean
    of at most 10, with a tenfold margin).

    >>> MeanCost("中文").exact, MeanCost("們").exact, MeanCost("們").value()
    (True, False, 1.6)
    """

    __slots__ = ("_text", "hi", "lo")

    def __init__(self, text: str) -> None:
        self._text = text
        if not text:
            self.lo = self.hi = 0.0
            return
        tenths, inexact = cost_tenths(text)
        mean = tenths / (10 * len(text))
        slack = (len(text) + 3) * 1e-14 if inexact else 0.0
        self.lo, self.hi = mean - slack, mean + slack

    @classmethod
    def known(cls, cost: float) -> MeanCost:
        """A cost given exactly (no text behind it)."""
        known = cls("")
        known.lo = known.hi = cost
        return known

    @property
    def exact(self) -> bool:
        """Whether the cost is known exactly (``lo == hi``)."""
        return self.lo == self.hi

    def value(self) -> float:
        """The cost, exactly the float of :func:`text_cost`."""
        if self.lo != self.hi:
            self.lo = self.hi = _summed_cost(self._text)
        return self.lo

    def decide(self, test: Callable[[float], bool]) -> bool:
        """``test(self.value())`` for a ``test`` monotone in the cost (false
        up to some cost and true above, or the reverse): made exact only when
        ``test`` tells the bounds apart.

        >>> MeanCost("們").decide(lambda c: c > 1.0), MeanCost("們").decide(lambda c: c > 2.0)
        (True, False)
        """
        low = test(self.lo)
        if self.lo == self.hi or low == test(self.hi):
            return low
        return test(self.value())

    def above(self, limit: float) -> bool:
        """``self.value() > limit`` (see :meth:`decide`)."""
        return self.decide(lambda c: c > limit)


def text_cost(text: str) -> float:
    """Mean cost per character of ``text`` (0.0 for empty text): the costs
    of its distinct characters times their counts, summed as floats in order
    of first occurrence. Found at C speed for long text unless a character
    costs :data:`COST_COMMON_TRADITIONAL` (see :class:`MeanCost`)."""
    if len(text) < _SHORT_TEXT:
        return _summed_cost(text) if text else 0.0
    return MeanCost(text).value()


_SHORT_TEXT = 64
"""Texts shorter than this are priced by the definition directly (as fast as
counting per cost class, and never twice)."""


def cost_below(a: str, b: str, margin: float = 0.0) -> bool:
    """``text_cost(a) + margin < text_cost(b)``, without making either cost
    exact unless their bounds (see :class:`MeanCost`) leave it open.

    >>> cost_below("中文", "涓枃"), cost_below("們們", "們們"), cost_below("中", "們", 1.1)
    (True, False, False)
    """
    cost_a, cost_b = MeanCost(a), MeanCost(b)
    if cost_a.hi + margin < cost_b.lo:
        return True
    if not cost_a.lo + margin < cost_b.hi:
        return False
    return cost_a.value() + margin < cost_b.value()


@cache
def _block_floors() -> bytes:
    """For each block of 256 BMP code points, the lowest cost (in tenths) of
    its characters, U+FFFD left out; surrogates count 0 (a character outside
    the BMP shows up as two of them)."""
    tenths = _bmp_tenths()
    floors = bytearray(256)
    for block in range(256):
        if 0xD8 <= block <= 0xDF:
            continue
        costs = tenths[block << 8 : (block + 1) << 8]
        floors[block] = min(costs[:0xFD] + costs[0xFE:]) if block == 0xFF else min(costs)
    return bytes(floors)


@cache
def _floor_values() -> tuple[int, ...]:
    return tuple(sorted(set(_block_floors()) - {0}))


_FFFD_EXTRA = round(COST_GARBAGE * 10)


def cost_floor(text: str) -> float:
    """A lower bound of :func:`text_cost`, found at C speed: each character
    costs at least the cheapest of its block of 256 code points (U+FFFD
    counted exactly).

    >>> cost_floor("中文") <= text_cost("中文"), cost_floor("\ufffd\ufffd")
    (True, 8.0)
    """
    if not text:
        return 0.0
    high = text.encode("utf-16-be", "surrogatepass")[0::2]
    total = floor_tenths(high) + text.count("\ufffd") * (_FFFD_EXTRA - _block_floors()[0xFF])
    return total / (10 * len(text))


def floor_tenths(high: bytes) -> int:
    """The least summed cost, in tenths, of characters whose UTF-16 code
    units have the high bytes ``high`` (each at least the cheapest of its
    block of 256 code points, U+FFFD left out; surrogates 0)."""
    floors = high.translate(_block_floors())
    values = _floor_values()
    return sum(map(mul, values, map(floors.count, values)))


COARSE_TENTHS = round(COST_FOREIGN_SCRIPT * 10)
"""The one block floor (in tenths) that :func:`coarse_floor_tenths` counts."""


@cache
def _below_coarse() -> bytes:
    """The high bytes of the blocks whose floor is below :data:`COARSE_TENTHS`."""
    return bytes(block for block, floor in enumerate(_block_floors()) if floor < COARSE_TENTHS)


def coarse_floor_tenths(high: bytes) -> int:
    """A lower bound of :func:`floor_tenths` found with one deleting
    translation instead of a count per floor: each code unit in a block whose
    floor is at least :data:`COARSE_TENTHS` counts that much, the rest 0."""
    return COARSE_TENTHS * len(high.translate(None, _below_coarse()))


class _PricedTable(dict[str, float]):
    """The cost table, falling back to :func:`_fallback_cost` for the rest."""

    def __missing__(self, c: str) -> float:
        cost = _fallback_cost(c)
        if len(self) < _PRICED_LIMIT:  # remember it: later lookups stay in C
            self[c] = cost
        return cost


_PRICED_LIMIT = 120_000


@cache
def _priced() -> _PricedTable:
    return _PricedTable(cost_table())


def cost_at_most(text: str, limit: float) -> float | None:
    """Mean cost of ``text`` if it is at most ``limit``, else None (stops
    counting as soon as the limit is out of reach).

    >>> cost_at_most("中文", 1.0), cost_at_most("\ue000\ue001", 1.0)
    (0.5, None)
    """
    if not text:
        return 0.0
    table = cost_table()
    budget = limit * len(text)
    total = 0.0
    for c in text:
        cost = table.get(c)
        total += _fallback_cost(c) if cost is None else cost
        if total > budget:
            return None
    return total / len(text)


def clearly_better(new: str, old: str, *, margin: float = 1.0, ceiling: float = 2.6, short_penalty: float = 1.5) -> bool:
    """Whether ``new`` is clearly more plausible Chinese than ``old``.

    ``new`` must have a mean cost at most ``ceiling`` (it reads as ordinary
    text), lower than ``old``'s by ``margin`` (or, for text reading as very
    common characters, half of ``old``'s and lower by ``0.6 * margin``), and
    contain no more U+FFFD or control characters than ``old``; a run of CJK
    symbols (``★★★★★``) is not read as a run of punctuation (``」」」」」``). Runs shorter than four characters need
a margin wider by ``short_penalty / len(new)``.
    """
    if not new or new == old:
        return False
    c_old = text_cost(old)
    found = cost_at_most(new, min(ceiling, c_old))
    if found is None:
        return False
    c_new = found
    short = short_penalty / len(new) if len(new) < 4 else 0.0
    gain = c_old - c_new
    halved = c_new <= 1.2 and c_old >= 2 * c_new and gain >= 0.6 * margin + short
    if gain < margin + short and not halved:
        return False
    if all(unicodedata.category(c) == "So" and ord(c) >= 0x100 for c in old) and not any(c.isalnum() for c in new):
        # a run of symbols (★★★★★, ☆☆☆) read as a run of punctuation (」」」」」) tells nothing; Latin-1
        # debris (¡£ for 。) and private-use debris are another matter
        return False
    return _garbage_count(new) <= _garbage_count(old)


def _garbage_count(text: str) -> int:
    return sum(1 for c in text if c == "\ufffd" or (ord(c) < 0x20 and c not in _WHITESPACE) or 0x7F <= ord(c) < 0xA0)


_ALPHABETS = re.compile("[\x21-\x7e]?(?:" + "|".join(
    f"[{block}]{{2,}}(?:[\x20-\x7e]{{1,12}}[{block}]+)*" for block in (
        "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc", "\u0400-\u052f", "\u0370-\u03ff",
        "\u0590-\u05ff", "\u0900-\u0dff", "\u0e00-\u0e7f", "\u0f00-\u0fff", "\u1800-\u18af")) + ")[\x21-\x7e]?")
"""Two letters or more of one alphabet that is not Latin: Arabic (Uyghur, Urdu), Cyrillic,
Greek, Hebrew, the Indic scripts, Thai, Tibetan or Mongolian."""


def one_alphabet(cand: str) -> bool:
    """Whether ``cand`` (a strict UTF-8 reading of a Latin-1 run) is all
    letters of one non-Latin alphabet (with spaces, digits and ASCII signs
    between its words, one ASCII sign at either end): Latin-1 or cp1252 text
    never spells that many valid UTF-8 sequences of one block, so the
    reading needs no Chinese plausibility.

    >>> one_alphabet("خوتەن"), one_alphabet("été"), one_alphabet("中文")
    (True, False, False)
    >>> one_alphabet("تۇرالغۇ-شەھەر")
    True

    Two or three letters are not always enough: GB2312's hanzi with lead bytes
    0xC2-0xDF and second bytes 0xA1-0xBF are valid two-byte UTF-8 too, so two
    or three of them in a row read as Cyrillic, Greek or Arabic letters (学
    D1A7 is ``ѧ``). A short reading counts only when one of its letters has a
    continuation byte below 0xA1, which no GB2312 character has as its
    second byte (``ۋە``, DB8B DB95).

    >>> one_alphabet("ѧѧ"), one_alphabet("ۋە"), one_alphabet("Нүүр")
    (False, True, True)
    """
    if _ALPHABETS.fullmatch(cand) is None:
        return False
    letters = [c for c in cand if c > "\x7f"]
    return len(letters) >= _ONE_ALPHABET_MIN or any(ord(c) & 0x3F < _GB2312_TRAIL_LOW for c in letters)


_ONE_ALPHABET_MIN = 4
"""The fewest letters a reading of one alphabet spells when each could be a GB2312 character's bytes."""
_GB2312_TRAIL_LOW = 0x21
"""GB2312's lowest second byte (0xA1) as the low six bits of a UTF-8 continuation byte."""
