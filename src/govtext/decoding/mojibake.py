"""Mojibake repair that never touches correct Chinese.

Text is scanned once for *suspect* characters (anything outside ASCII, the
GB2312 hanzi and ordinary CJK punctuation: mojibake of any wrong pair is
practically never made of GB2312 hanzi alone; Traditional text therefore
gets a closer look, which plausibility keeps unchanged). Plain
correct text has none and costs one regex search. Around each suspect
character the run of garbled-looking characters is re-encoded with each
wrong codec of :data:`~govtext.decoding.misdecode.PAIRS` and decoded with
the right one; ftfy (configured so it never folds widths, uncurls quotes or
normalises) handles UTF-8 read as Latin-1/cp1252. A candidate replaces the
run only when it is clearly more plausible Chinese
(:func:`~govtext.decoding.plausibility.clearly_better`).

Speed on correct Traditional text (every line has suspects): until a repair
is found only a sample of runs is judged, and once the sample of runs made
of Big5 hanzi is used up, stretches of lines without a *strong* suspect
(a character that is not a Big5 hanzi either) are skipped unscanned. Runs
are found a stretch of lines at a time, and overlap with earlier repairs is
looked up by bisection, so the work grows linearly with the text.

>>> repair_text("鍙戝睍鏀归潻濮斿憳浼氶€氱煡")
'发展改革委员会通知'
>>> repair_text("¼á³Ö´´ÐÂ£¬ÍÆ¶¯·¢Õ¹")
'坚持创新，推动发展'
>>> repair_text("　　正文不变，“引号”也不变。")
'　　正文不变，“引号”也不变。'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, chain, combinations, count, islice, pairwise, repeat
from operator import add

import ftfy
import regex

from govtext._charclass import class_ranges
from govtext.decoding.charsets import big5_level1, big5_level2, gb2312_level1, gb2312_level2, gb2312_symbols
from govtext.decoding.misdecode import PAIRS, Pair, encode_with, undo_all
from govtext.decoding.nfkcfold import PLAIN_REASON as NFKC_PLAIN_REASON
from govtext.decoding.nfkcfold import PLAIN_RULE as NFKC_PLAIN_RULE
from govtext.decoding.nfkcfold import REASON as NFKC_REASON
from govtext.decoding.nfkcfold import RULE as NFKC_RULE
from govtext.decoding.nfkcfold import find_nfkc_latin_repairs, find_nfkc_legacy_repairs
from govtext.decoding.plausibility import (
    COST_COMMON_TRADITIONAL,
    FREQUENT_HAN,
    char_cost,
    clearly_better,
    one_alphabet,
    text_cost,
)
from govtext.decoding.runcheck import Spans, unproved_spans, unrepairable
from govtext.decoding.sjis import REASON as SJIS_REASON
from govtext.decoding.sjis import RULE as SJIS_RULE
from govtext.decoding.sjis import find_sjis_repairs
from govtext.document import Document
from govtext.edits import Edit, splice
from govtext.script.annotations import is_zhuyin

__all__ = ["FTFY_CONFIG", "MojibakeConfig", "MojibakeRepairer", "Repair", "find_repairs", "has_suspects",
           "next_strong_suspect", "repair_text", "strong_suspect_re"]

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
"""ftfy limited to encoding repair: no width folding (，stays ，), no quote
uncurling, no normalisation, no line-break or control-character changes."""

_CP1252_SPECIALS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN = "\x80-\xff" + re.escape(_CP1252_SPECIALS)
_LATIN_RUN = re.compile(f"[\x80-\xff](?:[{_LATIN}]|[\x21-\x7e](?=[{_LATIN}]))*[\x40-\x7e]?"
                        f"|[{_LATIN}]+(?:[\x21-\x7e](?=[{_LATIN}])|[{_LATIN}])*[\x40-\x7e]?")
_CJK_RUN = re.compile(r"[^\x00-\x7f\u3000\u2028\u2029]+(?:[?\u3000][^\x00-\x7f\u3000\u2028\u2029]+)*\u3000?")
"""Runs of non-ASCII characters; a ``?`` or U+3000 between two of them (or
one U+3000 at the end) stays in the run: ``?`` may stand for a byte a
decoder could not map, and GBK reads bytes A1 A1 of UTF-8 as U+3000."""
_RUN_CHAR = r"[^\x00-\x7f\u3000\u2028\u2029]"
"""A character that a run of :data:`_CJK_RUN` is made of (``?`` and U+3000 only join them)."""
_CJK_RUN2 = re.compile(rf"{_RUN_CHAR}(?=[^\x00-\x7f\u2028\u2029]|\?{_RUN_CHAR}){_RUN_CHAR}*"
                       rf"(?:[?\u3000]{_RUN_CHAR}+)*\u3000?")
"""The runs of :data:`_CJK_RUN` of two or more characters (a one-character
run is never followed by a character that could extend it, so skipping it
does not move where the next run starts). It starts with a run character,
so a search skips other characters at C speed."""
_NORMAL_PUNCT = "，。、；：？！“”‘’《》（）【】—…·「」『』〔〕〈〉～×÷°±①②③④⑤⑥⑦⑧⑨⑩％"
_PINYIN = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"

LATIN_PAIRS = ("gbk-as-latin1", "big5-as-latin1", "utf8-as-latin1")
CJK_PAIRS = ("utf8-as-gbk", "big5-as-gbk", "gbk-as-big5", "utf8-as-big5")


@dataclass(frozen=True)
class MojibakeConfig:
    """Options of :class:`MojibakeRepairer`.

    ``pairs`` (all): rule ids of the wrong codec pairs to undo.
    ``use_ftfy`` (True): let ftfy repair UTF-8 read as Latin-1/cp1252.
    ``margin`` (1.0): how much lower the mean character cost of a repair
    must be (see :func:`~govtext.decoding.plausibility.clearly_better`).
    ``sjis`` (True): also undo UTF-8 read as Shift-JIS (rule ``utf8-as-sjis``).
    ``guess_lost`` (True): keep characters restored by a guess (see the attribute).
    """

    pairs: tuple[str, ...] = tuple(PAIRS)
    use_ftfy: bool = True
    margin: float = 1.0
    sjis: bool = True
    """Repair UTF-8 read as Shift-JIS (cp932) too: see :mod:`govtext.decoding.sjis`."""
    guess_lost: bool = True
    """Keep a character restored from a lost byte where several characters fit
    (a guess, told by a ``guessed-character`` warning). Off: such a character
    is left as U+FFFD, for the corruption flagger to report. Over the prose of
    the held-out pages read as GBK by a strict decoder (errors replaced),
    about two guesses in three are wrong (1554 of 2306); off, the wrong
    characters fall to 68 and the right ones from 27775 to 26961."""


@dataclass(frozen=True)
class Repair:
    """``text[start:end]`` should read ``new``; ``rule`` and ``reason`` say why."""

    start: int
    end: int
    new: str
    rule: str
    reason: str
    guesses: tuple[tuple[int, str], ...] = ()
    """Characters of ``new`` restored by a guess: (index in ``new``, the
    other characters that would fit as well)."""


@cache
def _suspect_re() -> re.Pattern[str]:
    return re.compile(f"[^{_normal_class()}]")


@cache
def _normal_class() -> str:
    """The inside of a class of the characters that are not suspects."""
    normal = set(gb2312_level1()) | set(gb2312_level2()) | set(_NORMAL_PUNCT) | set(_PINYIN) | set(FREQUENT_HAN)
    normal |= {chr(c) for c in range(0xFF01, 0xFF5F)}
    return f"\\x00-\\x7f\\s\\u3000{class_ranges(normal)}"


@cache
def _normal_span_re() -> re.Pattern[str]:
    """Any number of non-suspect characters: where its match from a position
    ends is where :func:`_suspect_re` would find the next suspect (a match
    loop is about twice as fast as a search loop over a large class)."""
    return re.compile(f"[{_normal_class()}]*")


def strong_suspect_re() -> re.Pattern[str]:
    """A character that is neither a GB 2312 nor a Big5 hanzi nor ordinary
    punctuation: correct text of either script has almost none, mojibake
    nearly always has some.

    >>> bool(strong_suspect_re().search("關於開展工作的通知")), bool(strong_suspect_re().search("鍙戝睍"))
    (False, True)
    """
    return _strong_re()


@cache
def _strong_re() -> re.Pattern[str]:
    """Suspect characters that are not Big5 hanzi either (correct Traditional
    text has none of these; mojibake nearly always has some)."""
    return re.compile(f"[^{_not_strong_class()}]")


@cache
def _not_strong_class() -> str:
    big5 = set(big5_level1()) | set(big5_level2())
    normal = set(gb2312_level1()) | set(gb2312_level2()) | big5 | set(_NORMAL_PUNCT) | set(_PINYIN)
    normal |= {chr(c) for c in range(0xFF01, 0xFF5F)}
    return f"\\x00-\\x7f\\s\\u3000{class_ranges(normal)}"


def next_strong_suspect(text: str, pos: int = 0) -> int:
    """Where the first strong suspect (:func:`strong_suspect_re`) at or
    after ``pos`` is in ``text``, or ``len(text)`` if there is none: the end
    of one match of the run of other characters (a tighter loop than a
    search for the large class).

    >>> next_strong_suspect("關於開展工作的通知"), next_strong_suspect("通知鍙戝睍"), next_strong_suspect("通知鍙戝睍", 4)
    (9, 3, 5)
    """
    return _gap_end(_strong_gap_re(), text, pos)


@cache
def _strong_gap_re() -> re.Pattern[str]:
    """Any number of characters that are not strong suspects (see :func:`_normal_span_re`)."""
    return re.compile(f"[{_not_strong_class()}]*")


def _positions(text: str, gap: re.Pattern[str]) -> list[int]:
    """Where the characters that ``gap`` (a run of all other characters)
    stops at are in ``text``, ascending: one match per character found, a
    tighter loop than a search for a large class."""
    out: list[int] = []
    n = len(text)
    p = _gap_end(gap, text, 0)
    while p < n:
        out.append(p)
        p = _gap_end(gap, text, p + 1)
    return out


def _gap_end(gap: re.Pattern[str], text: str, pos: int) -> int:
    """Where the match of ``gap`` (which always matches) from ``pos`` ends."""
    m = gap.match(text, pos)
    return pos if m is None else m.end()


WEAK_PROBE = 40
"""Runs whose only suspects are Big5 hanzi (Traditional text) judged before
giving up when none of them needed a repair: correct Traditional documents
stay fast, garbled ones show it in their first runs."""


STRONG_PROBE = 400
"""Runs with other suspects judged before giving up when none needed a
repair (bounds the work on long correct texts full of rare characters)."""


def has_suspects(text: str) -> bool:
    """Whether ``text`` holds any character that mojibake is made of.

    >>> has_suspects("正文，“引号”。"), has_suspects("銆傗€滄柊")
    (False, True)
    """
    if text.isascii():
        return False
    normal = _normal_span_re().match(text)
    return normal is None or normal.end() < len(text)


def _ftfy_candidate(run: str) -> tuple[str, str, str] | None:
    fixed, plan = ftfy.fix_and_explain(run, FTFY_CONFIG)
    if fixed == run or not plan:
        return None
    steps = [f"{'encoded' if op == 'encode' else 'decoded'} as {arg}" for op, arg in plan if op in ("encode", "decode")]
    if not steps:
        return None
    first = next((arg for op, arg in plan if op == "encode"), "latin-1")
    rule = "utf8-as-cp1252" if "1252" in first else "utf8-as-latin1"
    return fixed, rule, ", ".join(steps) + " (ftfy)"


def _undo(run: str, pair: Pair) -> list[str]:
    try:
        return undo_all(run, pair)
    except LookupError:
        return []


@dataclass(frozen=True)
class _Best:
    new: str
    rule: str
    reason: str
    cost: float


@dataclass(frozen=True)
class _Bar:
    """What a candidate must clear: the pairs allowed and the margins."""

    pairs: frozenset[str]
    margin: float
    short_penalty: float
    use_ftfy: bool
    relaxed: bool = False
    order: tuple[str, ...] = CJK_PAIRS
    """Order in which CJK pairs are tried; on equal plausibility the first wins."""
    cjk_pairs: frozenset[str] = field(init=False, repr=False, compare=False)
    """The CJK pairs tried (``order`` within ``pairs``)."""
    min_gain: float = field(init=False, repr=False, compare=False)
    """The least drop in mean cost a legacy-codec candidate may need (short-run penalty aside)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "cjk_pairs", frozenset(r for r in self.order if r in self.pairs))
        object.__setattr__(self, "min_gain",
                           min(self.margin * f * k for f in (1.0, LATIN_EVIDENCE) for k in (1.0, 0.6)))

    def accepts(self, new: str, old: str, factor: float = 1.0, ceiling: float = 2.6) -> bool:
        return clearly_better(new, old, margin=self.margin * factor, short_penalty=self.short_penalty,
                              ceiling=ceiling)


LEGACY_CEILING = 1.8
"""Highest mean cost of a repair that decodes into GB18030 or Big5: those
codecs read almost any byte pair as some hanzi, so only text made mostly of
common characters counts as a reading (UTF-8 is strict enough for 2.6)."""


UTF8_EVIDENCE = 0.5
"""Margin factor for repairs that decode as UTF-8 into two non-ASCII
characters (0.4 times that for three or more): bytes of correct legacy text
almost never form valid UTF-8, so a strict decode is evidence in itself."""


LATIN_EVIDENCE = 0.75
"""Margin factor for Latin-1/cp1252 runs that decode entirely into hanzi and
CJK punctuation: Chinese text has no business holding ``¤@°³``."""


def _factor(pair_true: str, new: str, old: str = "") -> float:
    if pair_true == "utf-8":
        wide = sum(1 for c in new if ord(c) > 0x7F)
        if wide >= 3:
            return UTF8_EVIDENCE * 0.4
        if wide == 2:
            return UTF8_EVIDENCE
    if old and sum(1 for c in old if "\x80" <= c <= "\xff") >= 2 and all(ord(c) > 0x2FFF for c in new):
        return LATIN_EVIDENCE
    return 1.0


def _consider(best: _Best | None, news: list[str], old: str, rule: str, reason: str, bar: _Bar) -> _Best | None:
    true = PAIRS[rule].true if rule in PAIRS else "utf-8"
    for new in news:
        ceiling = 2.6 if true == "utf-8" else LEGACY_CEILING
        if not bar.accepts(new, old, _factor(true, new, old), ceiling):
            continue
        cost = text_cost(new)
        if best is None or cost < best.cost:
            best = _Best(new, rule, reason, cost)
    return best


_LATIN_LETTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                          "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ")
"""Letters of a Latin word (ASCII and the Latin-1 ones: café, Zürich, São Paulo)."""
_WORD_MAX_HIGH = 2
"""Most Latin-1 characters of a run inside a Latin word that may still be part of the word."""


def _in_latin_word(text: str, a: int, b: int) -> bool:
    """Whether the Latin run ``text[a:b]`` is a piece of a Latin word with an
    accented letter (``Bahnhofstraße``, ``naÃ¯ve``, ``Élysée``): a letter goes
    before it, or it opens a word with one accented letter and a letter goes
    after it; it holds at most two Latin-1 characters. GBK or Big5 read as
    Latin-1 puts no hanzi into a Latin word, so only a UTF-8 reading (which
    gives Latin letters back) may repair it.

    >>> _in_latin_word("Bahnhofstraße 1", 11, 13), _in_latin_word("Élysée", 0, 2), _in_latin_word("ÖÐÎÄ", 0, 4)
    (True, True, False)
    """
    high = sum(1 for c in text[a:b] if c > "\x7f")
    if high > _WORD_MAX_HIGH:
        return False
    if a > 0 and text[a - 1] in _LATIN_LETTER:
        return True
    return (high == 1 and text[a] in _LATIN_LETTER and (a == 0 or not text[a - 1].isalnum())
            and b < len(text) and text[b] in _LATIN_LETTER)


def _best_for_latin(run: str, bar: _Bar, *, in_word: bool = False) -> _Best | None:
    """The best repair of the Latin run ``run``, or None; ``in_word``: the run
    is a piece of a Latin word (:func:`_in_latin_word`), which only a UTF-8
    reading may repair."""
    best: _Best | None = None
    if bar.use_ftfy and ("utf8-as-latin1" in bar.pairs or "utf8-as-cp1252" in bar.pairs):
        cand = _ftfy_candidate(run)
        if cand is not None:
            best = _consider(best, [cand[0]], run, cand[1], cand[2], bar)
            if best is None and in_word and all(c in _LATIN_LETTER for c in cand[0]):
                # a letter of a Latin word, written in UTF-8 and read as Latin-1 (naÃ¯ve): only the letter fits
                best = _Best(cand[0], cand[1], cand[2], text_cost(cand[0]))
            if best is None and _inner_layer_reads(cand[0], run, bar):
                best = _Best(cand[0], cand[1], cand[2] + "; it reads as mojibake in turn", text_cost(cand[0]))
    uses_cp1252 = any(c in _CP1252_SPECIALS for c in run)
    for rule in LATIN_PAIRS:
        if in_word and rule != "utf8-as-latin1":
            continue
        pair = PAIRS[rule.replace("latin1", "cp1252")] if uses_cp1252 else PAIRS[rule]
        if pair.rule in bar.pairs or rule in bar.pairs:
            news = _undo(run, pair)
            best = _consider(best, news, run, pair.rule, pair.reason, bar)
            word = next((new for new in news if one_alphabet(new)), None) if pair.true == "utf-8" else None
            if word is not None:
                # Uyghur, Kazakh, Tibetan ... written in UTF-8 and read as cp1252 (Ø®ÙˆØªÛ•Ù† for خوتەن): strict
                # UTF-8 spelling one alphabet outweighs any GB18030 or Big5 reading of the same bytes
                best = _Best(word, pair.rule, pair.reason + "; the UTF-8 spells letters of one alphabet",
                             text_cost(word))
    return best


def _inner_layer_reads(cand: str, run: str, bar: _Bar) -> bool:
    """Whether ``cand``, the UTF-8 of a Latin-1 run that reads no better than
    the run (``é–‹å‘Š`` gives ``閸忓``), is itself mojibake whose repair
    reads clearly better than the run: text garbled twice, the outer layer
    Latin-1. It is taken as a layer (:class:`MojibakeRepairer` undoes the
    next one)."""
    if not has_suspects(cand) or _CJK_SHARE_MIN * len(cand) > sum(1 for c in cand if c > "\u2fff"):
        return False
    inner = repair_text(cand)
    return inner != cand and bar.accepts(inner, run)


_CJK_SHARE_MIN = 0.5
"""Least share of CJK characters in a Latin-1 repair taken for a further layer of mojibake."""


def _best_for_cjk(run: str, bar: _Bar) -> _Best | None:
    best: _Best | None = None
    for rule in bar.order:
        if rule in bar.pairs:
            pair = PAIRS[rule]
            best = _consider(best, _undo(run, pair), run, rule, pair.reason, bar)
    return best


_LOST = re.compile("[\ufffd?]")


def _split_points(run: str) -> list[int]:
    return [i for i, c in enumerate(run) if c in "?\u3000，。、；：？！“”《》（）"]


def _gbk_rejects(lead: int, trail: int) -> bool:
    """A strict GBK decoder gives up on byte ``lead`` followed by ``trail``
    (and goes on from ``trail``): U+FFFD may stand for ``lead``."""
    try:
        bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        return True
    return False


def _common(char: str) -> bool:
    """An everyday character: a level-1 hanzi of GB 2312 or Big5, or a GB 2312 symbol."""
    return char in gb2312_level1() or char in big5_level1() or char in gb2312_symbols()


def _utf8_char_at(data: bytes, k: int) -> tuple[int, int] | None:
    """``(start, end)`` of the UTF-8 sequence continuation byte ``data[k]``
    belongs to, from its lead byte, or None when no lead byte claims it."""
    start = k
    while start > 0 and 0x80 <= data[start] <= 0xBF and k - start < 3:
        start -= 1
    lead = data[start]
    size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    return (start, start + size) if start < k < start + size else None


def _droppable(after: int | None) -> list[int]:
    """The continuation bytes a strict GBK decoder drops before byte ``after``
    (None: at the end): 0x80, which no GBK character starts with, and the
    lead bytes ``after`` does not complete."""
    if after is None:
        return [0x80]
    return [0x80, *(b for b in range(0x81, 0xC0) if _gbk_rejects(b, after))]


def _everyday_with(data: bytes, span: tuple[int, int], k: int, lost: bytes) -> str | None:
    """The character of the UTF-8 sequence ``data[span[0]:span[1]]`` with
    ``lost`` in place at ``k``, when it is an everyday character."""
    start, end = span
    try:
        char = (data[start:k] + lost + data[k + len(lost):end]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if _common(char) else None


def _lost_byte_readings(data: bytes, k: int) -> list[tuple[int, str]]:
    """``(byte, character)`` for each continuation byte a strict GBK decoder
    could have dropped at ``data[k]`` (0x80, which no GBK character starts
    with, or a lead byte the next byte does not complete, such as 0xA6
    before 0x81) that makes the UTF-8 sequence around it an everyday
    character.

    >>> [c for _, c in _lost_byte_readings("老".encode("utf-8"), 1)]   # E8 ?? 81
    ['老', '袁', '裁', '要', '见']
    >>> _lost_byte_readings("　".encode("utf-8") + b"\\xe3", 2)   # before E3 only rare characters fit
    [(128, '\u3000')]
    """
    span = _utf8_char_at(data, k)
    if span is None:
        return []
    readings = []
    for byte in _droppable(data[k + 1] if k + 1 < len(data) else None):
        char = _everyday_with(data, span, k, bytes((byte,)))
        if char is not None:
            readings.append((byte, char))
    return readings


def _lost_pair_readings(data: bytes, k: int) -> list[tuple[int, int, str]]:
    """``(byte, byte, character)`` for each pair of continuation bytes a
    strict GBK decoder could have dropped at ``data[k]`` and ``data[k + 1]``
    (each 0x80 or a lead byte the byte after it does not complete) that
    makes the UTF-8 sequence around them an everyday character.

    >>> [c for *_, c in _lost_pair_readings("国　李".encode("utf-8"), 4)]   # E3 ?? ?? before E6
    ['\u3000']
    >>> len(_lost_pair_readings("议指".encode("utf-8"), 1))   # E8 ?? ?? before E6: 23 fit
    23
    """
    span = _utf8_char_at(data, k)
    if span is None or span[1] < k + 2:
        return []
    readings = []
    for second in _droppable(data[k + 2] if k + 2 < len(data) else None):
        for first in _droppable(second):
            char = _everyday_with(data, span, k, bytes((first, second)))
            if char is not None:
                readings.append((first, second, char))
    return readings


def _likeliest(chars: list[str], actual: str) -> int | None:
    """The index in ``chars`` (the everyday characters a lost byte may make)
    of the one alone the most frequent, when ``actual`` (what the lost byte
    read as 0x80 makes) is less common than an everyday character of either
    script, else None.

    >>> _likeliest(["耤", "认"], "耤")   # 认 is everyday, 耤 less common
    1
    >>> _likeliest(["老", "袁", "裁", "要", "见"], "老") is None   # 要 and 见 are as frequent: no choice
    True
    """
    if len(actual) != 1 or (actual_cost := char_cost(actual)) <= COST_COMMON_TRADITIONAL:
        return None  # an everyday character of either script (讀, 這): no evidence against it
    costs = [char_cost(c) for c in chars]
    least = min(costs, default=None)
    if least is None or least >= actual_cost or costs.count(least) > 1:
        return None
    return costs.index(least)


def _restore_lost_bytes(data: bytes, restored: list[int]) -> tuple[bytes, list[tuple[int, str]]]:
    """Settle each byte restored as 0x80 at the offsets ``restored``: where
    it makes no everyday character but exactly one other byte does, that
    byte (or, when several do and 0x80 makes a less common one, the one alone
    the most frequent: see :func:`_likeliest`); and list the characters that stay a guess, because several
    everyday characters fit: ``(index in the decoded text, the others)``.
    A character that lost two adjacent bytes is settled the same way from
    the pairs of bytes that fit (:func:`_lost_pair_readings`); when neither
    0x80 0x80 nor a single other pair makes an everyday character, or when it
    lost more bytes, it is past guessing: its bytes are replaced by one
    invalid byte, so it decodes as U+FFFD, for the corruption flagger to report.

    >>> _restore_lost_bytes("有关老求".encode("utf-8"), [7])[1]   # 要求 fits as well as 老求
    [(2, '袁裁要见')]
    >>> data, guesses = _restore_lost_bytes(b"\\xe5\\x80\\x82", [1])   # 倂 is rare; only 如 (A6) is everyday
    >>> data.decode("utf-8"), guesses
    ('如', [])
    >>> _restore_lost_bytes("　　".encode("utf-8"), [2, 5])[1]   # nothing else reads as everyday text
    []
    >>> data, guesses = _restore_lost_bytes("会耀指".encode("utf-8"), [4, 5])   # E8 ?? ?? (议 lost AE AE)
    >>> data.decode("utf-8"), len(guesses[0][1])   # 耀 (E8 80 80) and 22 others fit
    ('会耀指', 22)
    >>> _restore_lost_bytes("䀀".encode("utf-8"), [1, 2])[0].decode("utf-8", "replace")   # none fits
    '\ufffd'
    """
    out = bytearray(data)
    others_at: dict[int, str] = {}  # byte offset of a guessed character -> the other characters that fit
    spans = [_utf8_char_at(data, k) for k in restored]
    held = Counter(span for span in spans if span is not None)
    for k, span in zip(restored, spans, strict=True):
        if span is None or held[span] > 1:
            continue
        readings = _lost_byte_readings(data, k)
        actual = data[span[0]:span[1]].decode("utf-8", "replace")
        chars = [c for _, c in readings]
        if actual not in chars and len(readings) == 1:
            out[k] = readings[0][0]
            continue
        likeliest = _likeliest(chars, actual)
        if likeliest is not None:
            out[k] = readings[likeliest][0]
            actual = chars[likeliest]
        others = "".join(c for c in chars if c != actual)
        if others:
            others_at[span[0]] = "".join(dict.fromkeys(others_at.get(span[0], "") + others))
    past_guessing = []
    for span, n in held.items():
        if n == 1:
            continue
        ks = sorted(k for k, at in zip(restored, spans, strict=True) if at == span)
        pairs = _lost_pair_readings(data, ks[0]) if n == 2 and ks[1] == ks[0] + 1 else []
        chars = [c for *_, c in pairs]
        actual = data[span[0]:span[1]].decode("utf-8", "replace")
        if actual not in chars and len(chars) == 1:
            out[ks[0]], out[ks[1]] = pairs[0][:2]
        elif actual in chars and len(chars) > 1:  # (many pairs fit: frequency alone is no evidence)
            others_at[span[0]] = "".join(c for c in chars if c != actual)
        elif actual not in chars:
            past_guessing.append(span)
    past_guessing.sort(reverse=True)
    for start, end in past_guessing:  # from the end, so the spans ahead keep their offsets
        out[start:end] = b"\xff"
    result = bytes(out)

    def index(offset: int) -> int:  # of the character at byte ``offset`` of ``data``, in the decoded result
        offset -= sum(end - start - 1 for start, end in past_guessing if end <= offset)
        return len(result[:offset].decode("utf-8", "replace"))

    return result, [(index(offset), fits) for offset, fits in sorted(others_at.items())]


def _repair_lossy_utf8(text: str, a: int, b: int, bar: _Bar) -> Repair | None:
    """UTF-8 read as GBK by a decoder that lost bytes.

    Inside a run, a U+FFFD (or a ``?`` written for one) stands for byte 0x80 (no GBK character starts
    with it; browsers show it as ``€``, strict decoders as U+FFFD). At the
    end of a run, a U+FFFD (or a ``?`` left where one was) stands for the
    last byte of a character, lost with the ASCII byte after it: that
    character stays U+FFFD, for the corruption flagger to report."""
    run = text[a:b]
    end = b
    pieces = _LOST.split(run)
    tail_lost = run.endswith("\ufffd")
    if tail_lost:
        pieces.pop()
    try:
        encoded = [encode_with(p, "gbk") for p in pieces]
    except UnicodeError:
        return None
    data = b"\x80".join(encoded)
    if not tail_lost and b < len(text) and text[b] == "?":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as err:
            if err.end == len(data) and "unexpected end" in str(err.reason):
                tail_lost, end = True, b + 1
    markers = len(pieces) - 1 + int(tail_lost)
    if not markers:
        return None
    data, guesses = _restore_lost_bytes(data, [k - 1 for k in accumulate(len(e) + 1 for e in encoded[:-1])])
    new = data.decode("utf-8", "replace")
    if tail_lost and not new.endswith("\ufffd"):
        new += "\ufffd"
    lost = new.count("\ufffd")
    if lost > int(tail_lost) + (len(pieces) - 1):
        return None
    clean = new.replace("\ufffd", "")
    if not (bar.accepts(clean, _LOST.sub("", run), _factor("utf-8", clean)) if clean
            else bar.relaxed and len(run) <= 3):
        return None
    pair = PAIRS["utf8-as-gbk"]
    restored = len(pieces) - 1
    notes = []
    if restored:
        notes.append(f"{restored} U+FFFD restored as byte 0x80")
    if guesses:
        notes.append(f"{len(guesses)} of them a guess (other characters fit)")
    if lost:
        notes.append(f"{lost} character(s) lost (left as U+FFFD)")
    return Repair(a, end, new, pair.rule, pair.reason + "; " + ", ".join(notes), tuple(guesses))


def _utf8_size(lead: int) -> int:
    """The length of the UTF-8 sequence lead byte ``lead`` starts (0: not a lead byte)."""
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def _truncations(data: bytes) -> list[tuple[int, int]] | None:
    """``(start, end)`` of each UTF-8 sequence of ``data`` cut short (the
    lead byte of a sequence of three or four bytes and fewer continuation
    bytes than it needs, then a byte that is no continuation, or the end);
    None when ``data`` has any other fault (a stray continuation byte, an
    invalid byte, a two-byte sequence cut short), so it is not the UTF-8 of
    Chinese that merely lost bytes (a lone lead byte of a two-byte sequence
    is how many correct GBK characters read: ``于`` is ``D3 DA``).

    >>> _truncations("开会".encode("utf-8")[:2] + "会".encode("utf-8"))   # E5 BC | E4 BC 9A
    [(0, 2)]
    >>> _truncations("道".encode("gbk")) is None   # B5 C0: a stray continuation byte
    True
    """
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        try:
            data[pos:].decode("utf-8")
        except UnicodeDecodeError as err:
            start, end = pos + err.start, pos + err.end
            size = _utf8_size(data[start])
            if size < 3 or end - start >= size or (end < len(data) and 0x80 <= data[end] <= 0xBF):
                return None
            out.append((start, end))
            pos = end
        else:
            return out


def _cut_utf8(run: str) -> bool:
    """Whether ``run`` encoded as GBK is UTF-8 that lost bytes without a
    trace (see :func:`_truncations`).

    >>> _cut_utf8("銆銆"), _cut_utf8("通知")   # E3 80 | E3 80: two ideographic spaces cut short
    (True, False)
    """
    try:
        return bool(_truncations(encode_with(run, "gbk")))
    except UnicodeError:
        return False


@lru_cache(maxsize=4096)
def _cut_readings(cut: bytes, after: int) -> tuple[str, ...]:
    """The everyday characters (cheapest first) the UTF-8 sequence ``cut``,
    a lead byte and too few continuation bytes, may have been before a GBK
    decoder dropped the rest without a trace: each lost byte may have stood
    anywhere after the lead, and must be one the decoder drops before the
    byte that came next (``after`` for the last one).

    >>> _cut_readings(bytes.fromhex("e5bc"), 0xE9)[:2]   # 开 is E5 BC 80
    ('开', '值')
    >>> _cut_readings(bytes.fromhex("e382"), 0xE4)[0]   # 。 is E3 80 82: the byte lost was the middle one
    '。'
    """
    size = _utf8_size(cut[0])
    found: set[str] = set()
    for lost in combinations(range(1, size), size - len(cut)):
        kept = iter(cut[1:])
        template = [None if i in lost else next(kept) for i in range(1, size)]
        suffixes: list[tuple[int, ...]] = [()]
        for byte in reversed(template):
            if byte is not None:
                suffixes = [(byte, *suffix) for suffix in suffixes]
            else:
                suffixes = [(b, *suffix) for suffix in suffixes for b in _droppable(suffix[0] if suffix else after)]
        for suffix in suffixes:
            try:
                char = bytes((cut[0], *suffix)).decode("utf-8")
            except UnicodeDecodeError:
                continue
            if _common(char):
                found.add(char)
    return tuple(sorted(found, key=lambda c: (char_cost(c), c)))


def _settle_cut(readings: tuple[str, ...]) -> tuple[str, str]:
    """The character a cut sequence most likely was, and the others that fit
    (a guess), from its :func:`_cut_readings`: the one alone the cheapest,
    else U+FFFD (none fits, or several fit as well).

    >>> _settle_cut(("开", "弯")), _settle_cut(("说", "议")), _settle_cut(())
    (('开', '弯'), ('\ufffd', ''), ('\ufffd', ''))
    """
    if not readings or (len(readings) > 1 and char_cost(readings[0]) >= char_cost(readings[1])):
        return "\ufffd", ""
    return readings[0], "".join(readings[1:])


LOSS_SHARE = 0.5
"""Most characters cut short per character read in full that a reading of
UTF-8 with unmarked lost bytes may have (under a strict bar)."""


def _decodes_back(char: str, cut: bytes, before: bytes, after: bytes) -> bool:
    """Whether the UTF-8 of ``char``, in place of the sequence ``cut`` short
    of it between ``before`` and ``after`` (the garbled bytes around it,
    from the start of the GBK character its lead byte is in to the end of
    the one after it), reads as the garble when GBK drops what it cannot
    read: the lost bytes stood where the decoder drops them, in its phase.

    >>> cut, after = bytes.fromhex("e5bc"), bytes.fromhex("e98c")   # 开 then 错 (E9 94 99), its 94 dropped
    >>> _decodes_back("开", cut, b"", after), _decodes_back("值", cut, b"", after)   # 值 (E5 80 BC): BC E9 would pair
    (True, False)
    """
    garble = (before + cut + after).decode("gbk", "ignore")
    return (before + char.encode("utf-8") + after).decode("gbk", "ignore") == garble


def _read_with_cuts(data: bytes, cuts: list[tuple[int, int]], after: int,
                    bounds: list[int]) -> tuple[str, list[tuple[int, str]]]:
    """``data`` (UTF-8 whose only faults are ``cuts``) decoded, each cut
    sequence settled by :func:`_settle_cut` from the readings that decode
    back to the garble (:func:`_decodes_back`; ``bounds``: where the GBK
    characters of ``data`` start, and its end), and the guesses: (index in
    the text, the other characters that fit)."""
    parts: list[str] = []
    guesses: list[tuple[int, str]] = []
    at = length = 0
    for start, end in cuts:
        parts.append(data[at:start].decode("utf-8"))
        length += len(parts[-1])
        first = bounds[bisect_right(bounds, start) - 1]
        last = bounds[min(bisect_right(bounds, end), len(bounds) - 1)]
        cut = data[start:end]
        readings = _cut_readings(cut, data[end] if end < len(data) else after)
        fits = tuple(c for c in readings if _decodes_back(c, cut, data[first:start], data[end:last]))
        char, others = _settle_cut(fits)
        if others:
            guesses.append((length, others))
        parts.append(char)
        length += 1
        at = end
    parts.append(data[at:].decode("utf-8"))
    return "".join(parts), guesses


def _repair_unmarked_loss(text: str, a: int, b: int, bar: _Bar) -> Repair | None:
    """UTF-8 read as GBK by a decoder that dropped the bytes it could not
    read without a trace (``errors="ignore"``): the run re-encoded is UTF-8
    whose only faults are sequences cut short (:func:`_truncations`), each
    settled by :func:`_settle_cut` (restored, a guess, or U+FFFD for the
    corruption flagger to report).

    >>> text = "涓存箹甯傚彫寮闃叉睕宸ヤ綔浼氳"   # 临湖市召开防汛工作会议, bytes lost
    >>> _repair_unmarked_loss(text, 0, len(text), _Bar(frozenset(CJK_PAIRS), 1.0, 1.5, True)).new
    '临湖市召开防汛工作会\ufffd'
    """
    run = text[a:b]
    if "\ufffd" in run:
        return None
    try:
        data = encode_with(run, "gbk")
    except UnicodeError:
        return None
    cuts = _truncations(data)
    if not cuts:
        return None
    after = text[b:b + 1]
    bounds = list(accumulate((len(encode_with(c, "gbk")) for c in run), initial=0))
    new, guesses = _read_with_cuts(data, cuts, ord(after) if after.isascii() and after else 0x0A, bounds)
    clean = new.replace("\ufffd", "")
    read = _non_ascii_count(clean)
    if bar.relaxed:
        if not (bar.accepts(clean, run, UTF8_EVIDENCE) if clean else len(run) <= 3 and has_suspects(run)):
            return None
    elif read < STRETCH_MIN_CHARS or len(cuts) > LOSS_SHARE * read or not bar.accepts(clean, run, UTF8_EVIDENCE):
        return None
    pair = PAIRS["utf8-as-gbk"]
    notes = [f"{len(cuts)} character(s) cut short by bytes dropped without a trace"]
    if guesses:
        notes.append(f"{len(guesses)} of them a guess (other characters fit)")
    if lost := new.count("\ufffd"):
        notes.append(f"{lost} left as U+FFFD")
    return Repair(a, b, new, pair.rule, pair.reason + "; " + ", ".join(notes), tuple(guesses))


_KANA_STRETCH = re.compile("[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe]+")
"""A stretch of full-width kana (with the long-vowel mark ー and the iteration marks)."""


def _reads_as_japanese(text: str, a: int, b: int) -> bool:
    """Whether the run ``text[a:b]`` holds a Japanese word in kana within
    correct text: every stretch of kana is two or more long and touches no
    ASCII character that a Big5 or GBK character's second byte can be (``@``,
    letters, ``[\\]^_`{|}~``), and nothing else in the run is a strong suspect
    (see :func:`strong_suspect_re`). A brand or product name on an import food
    or recall notice (品牌：カルビー, もぐもぐ米餅, ポッキー 2箱) is such a run.
    Big5 or UTF-8 read as GBK gives kana too (the commonest Big5 hanzi, 手什,
    are GBK's kana rows), but one at a time among rare hanzi, Greek, bopomofo or
    private-use characters, or glued to the ASCII its second bytes become
    (``セそq玻``), so a garbled run seldom passes.

    >>> _reads_as_japanese("品牌：もぐもぐ", 0, 7), _reads_as_japanese("產品名稱：ポッキー（Pocky）", 0, 10)
    (True, True)
    >>> _reads_as_japanese("瑁ゃ", 0, 2), _reads_as_japanese("こ齪ㄩ手什", 0, 5), _reads_as_japanese("セそq玻", 0, 2)
    (False, False, False)
    """
    rest, prev = [], a
    for m in _KANA_STRETCH.finditer(text, a, b):
        start, end = m.span()
        if end - start < 2 or (start > 0 and "\x40" <= text[start - 1] <= "\x7e") \
                or (end < len(text) and "\x40" <= text[end] <= "\x7e"):
            return False
        rest.append(text[prev:start])
        prev = end
    if prev == a:
        return False  # no kana
    rest.append(text[prev:b])
    return _strong_re().search("".join(rest)) is None


def _repair_cjk_run(text: str, a: int, b: int, bar: _Bar, out: list[Repair]) -> None:
    if _surely_nothing(text, a, b, bar):
        return
    run = text[a:b]
    if _reads_as_japanese(text, a, b):  # a Japanese name in kana, not Big5 or UTF-8 read as GBK
        return
    best = _best_for_cjk(run, bar)
    if best is not None:
        out.append(_trimmed(text, Repair(a, b, best.new, best.rule, best.reason)))
        return
    if "utf8-as-gbk" in bar.pairs:
        lossy = _repair_lossy_utf8(text, a, b, bar) or _repair_unmarked_loss(text, a, b, bar)
        if lossy is not None:
            out.append(lossy)
            return
    prev = 0
    for cut in [*_split_points(run), len(run)]:
        # one character between punctuation (``”羣。``, ``QQ羣、``) is a rare character of correct text
        # as often as a garbled one: another codec's reading of it is no evidence (a garbled text garbles
        # its neighbours too, and the whole run is read above)
        if cut > prev + 1 and (bar.relaxed or has_suspects(run[prev:cut])):
            sub = _best_for_cjk(run[prev:cut], bar)
            if sub is not None and _weak_legacy_piece(run[prev:cut], sub.rule):
                sub = None
            if sub is not None:
                out.append(_trimmed(text, Repair(a + prev, a + cut, sub.new, sub.rule, sub.reason)))
            else:
                out.extend(_utf8_stretch_repairs(text, a + prev, a + cut, bar))
        prev = cut + 1


_WEAK_PIECE_CHARS = 4
"""Most characters of a piece between punctuation whose legacy-codec reading is no evidence alone."""


def _weak_legacy_piece(piece: str, rule: str) -> bool:
    """Whether another legacy codec's reading of ``piece``, a short piece
    between punctuation of a run that did not read better whole, is no
    evidence: :data:`_WEAK_PIECE_CHARS` characters or fewer, all of them hanzi
    of GB 2312 or Big5 (no strong suspect), read as GBK or Big5 rather than
    UTF-8. Correct Traditional text is such characters, and four of them
    (``“應掛盡掛、``) read as GBK often make common Simplified ones
    (``莱本荷本``); a garbled text garbles its neighbours too, and a longer
    piece or one with a character neither codec's text holds is read.

    >>> _weak_legacy_piece("應掛盡掛", "gbk-as-big5"), _weak_legacy_piece("應掛盡掛", "utf8-as-big5")
    (True, False)
    >>> _weak_legacy_piece("鍙戝睍", "gbk-as-big5")
    False
    """
    return (rule in ("gbk-as-big5", "big5-as-gbk") and len(piece) <= _WEAK_PIECE_CHARS
            and next_strong_suspect(piece) == len(piece))


_UTF8_SEQUENCE = rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
"""The shape of a multi-byte UTF-8 sequence: a lead byte and as many
continuation bytes as it says (a few such are not valid UTF-8: surrogates,
overlong forms, code points past U+10FFFF; the shape is a necessary condition)."""
_VALID_UTF8_SEQUENCE = (rb"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                        rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                        rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})")
"""A multi-byte sequence of valid UTF-8."""
_UTF8_CHAIN = re.compile(rb"(?:[\x00-\x7f]|%s)+" % _VALID_UTF8_SEQUENCE)
"""Valid UTF-8 (a GBK or Big5 character's second byte may be ASCII: ``丵`` is ``81 51``, ``、Q`` in UTF-8)."""

STRETCH_MIN_CHARS = 4
"""Fewest non-ASCII characters a stretch of UTF-8 inside a run (the rest of
the run reading as it is) must decode to: shorter valid stretches turn up
by chance in the bytes of correct text."""

_CHAIN_CLASSES = bytes(
    ord("a") if b < 0x80 else ord("c") if b < 0xC0 else ord("2") if 0xC2 <= b <= 0xDF
    else ord("3") if 0xE0 <= b <= 0xEF else ord("4") if 0xF0 <= b <= 0xF4 else ord("x") for b in range(256))
"""Bytes to their part in UTF-8 as :data:`_UTF8_SEQUENCE` reads it: ``a``
ASCII, ``c`` continuation, ``2``/``3``/``4`` the lead of a sequence of that
many bytes, ``x`` a byte no sequence holds."""
_LINE_CHAIN_CLASSES = _CHAIN_CLASSES[:0x0A] + b"n" + _CHAIN_CLASSES[0x0B:]
""":data:`_CHAIN_CLASSES` with the line break as ``n``, a byte no chain crosses."""
_CHAIN = b"S" * STRETCH_MIN_CHARS
"""In a :func:`_chain_shape`: a chain of :data:`_UTF8_CHAIN` long enough
to hold a stretch (a necessary condition)."""


def _chain_shape(data: bytes, classes: bytes) -> bytes:
    """``data`` by :data:`_CHAIN_CLASSES` (or ``classes`` like it), with each
    multi-byte UTF-8 sequence of :data:`_UTF8_SEQUENCE` as ``S`` and ASCII
    left out, made at C speed: ``_CHAIN`` is in it exactly where
    ``(?:[\\x00-\\x7f]*SEQUENCE){4}`` matches ``data`` (a sequence is its
    lead and as many continuation bytes as the lead says, and no two
    overlap, so the replacements find them all; ASCII goes after, so it
    joins no lead to a continuation byte, and only ASCII is left between
    sequences that the shape shows side by side)."""
    return data.translate(classes).replace(b"4ccc", b"S").replace(b"3cc", b"S").replace(b"2c", b"S").replace(b"a", b"")

_STRETCH_PAIRS = ("utf8-as-gbk", "utf8-as-big5")
"""The pairs whose garble may fill only part of a run: UTF-8 is strict
enough that a valid stretch of it inside other text is evidence (legacy
codecs read almost any bytes as some hanzi)."""


def _stretch_codecs(pairs: Iterable[str]) -> list[str]:
    """The wrong codecs of the :data:`_STRETCH_PAIRS` among ``pairs``, in order."""
    return [PAIRS[rule].wrong for rule in pairs if rule in _STRETCH_PAIRS]


def _may_hold_stretch(run: str, pairs: Iterable[str]) -> bool:
    """Whether ``run`` encoded with a wrong codec of :data:`_STRETCH_PAIRS`
    holds a chain of UTF-8 long enough for :func:`_utf8_stretches` (False:
    it surely holds no stretch).

    >>> _may_hold_stretch("要瀵硅緰鍖哄唴姘村簱道", CJK_PAIRS), _may_hold_stretch("關於開展工作的通知", CJK_PAIRS)
    (True, False)
    """
    return any(_CHAIN in _chain_shape(_wrong_bytes(run, codec), _CHAIN_CLASSES) for codec in _stretch_codecs(pairs))


def _wrong_bytes(text: str, codec: str) -> bytes:
    """``text`` encoded as :func:`_may_hold_stretch` reads it for the wrong
    codec ``codec`` (``?`` for a character it cannot write)."""
    return text.encode("gb18030" if codec == "gbk" else "cp950", "replace")


def _stretch_lines(joined: str, pairs: Iterable[str]) -> set[int]:
    """The indexes of the lines of ``joined`` (split at line breaks) for
    which :func:`_may_hold_stretch` is true, from one shape of the whole
    text per codec (the codecs write character by character, so each line's
    bytes are its own, and the line break stops a chain)."""
    out: set[int] = set()
    for codec in _stretch_codecs(pairs):
        shape = _chain_shape(_wrong_bytes(joined, codec), _LINE_CHAIN_CLASSES)
        line = at = 0  # the line of the shape's position ``at``
        k = shape.find(_CHAIN)
        while k >= 0:
            line += shape.count(b"n", at, k)
            out.add(line)
            at = shape.find(b"n", k)
            k = -1 if at < 0 else shape.find(_CHAIN, at)
    return out


def _utf8_stretches(run: str, wrong: str) -> list[tuple[int, int, str]]:
    """``(start, end, reading)`` for each stretch ``run[start:end]`` whose
    bytes in the ``wrong`` codec are valid UTF-8 reading as ``reading``, cut
    at characters of both codecs, less the characters at its edges that it
    swallowed (see :func:`_swallowed`).

    >>> _utf8_stretches("要瀵硅緰鍖哄唴姘村簱銆佹渤道", "gbk")
    [(1, 13, '对辖区内水库、河')]

    Bytes of the shape of UTF-8 that are not valid (``ED A0 81``, a
    surrogate, from ``怼丂``) end a chain:

    >>> _utf8_stretches("瀵硅緰鍖哄唴姘村簱怼丂道", "gbk")
    [(0, 9, '对辖区内水库')]
    """
    try:
        units = [encode_with(c, wrong) for c in run]
    except UnicodeError:
        return []
    data = b"".join(units)
    index = {offset: i for i, offset in enumerate(accumulate(map(len, units), initial=0))}
    out = []
    for m in _UTF8_CHAIN.finditer(data):
        cuts = [p for p in range(m.start(), m.end() + 1) if p in index and (p == m.end() or data[p] >= 0xC0)]
        pieces = [(index[p], index[q], data[p:q].decode("utf-8")) for p, q in pairwise(cuts)]
        while pieces and _swallowed(run, *pieces[0]):
            pieces.pop(0)
        while pieces and _swallowed(run, *pieces[-1]):
            pieces.pop()
        if pieces:
            out.append((pieces[0][0], pieces[-1][1], "".join(p[2] for p in pieces)))
    return out


def _swallowed(run: str, start: int, end: int, reading: str) -> bool:
    """Whether ``run[start:end]``, at the edge of a garbled stretch, is
    correct text that the stretch swallowed: a character next to
    self-contained garble joins its UTF-8 as a whole two-byte sequence
    (U+0080 to U+07FF: Latin, Greek, Cyrillic, ...), or two characters as a
    longer sequence that ends on the ASCII second byte of the last
    (``隊員`` is ``EA A0 86 54`` in GBK, ``꠆T``); either must read worse
    than the text as it is (``要`` is ``D2 AA``, ``Ҫ``).

    >>> _swallowed("要瀵", 0, 1, "Ҫ"), _swallowed("路涓", 0, 1, "·")
    (True, False)
    >>> _swallowed("务隊員", 1, 3, "\ua806T")
    True
    """
    if end - start == 1 and len(reading) == 1 and 0x80 <= ord(reading) < 0x800:
        return char_cost(reading) > char_cost(run[start])
    return (reading[-1:].isascii() and not run[end - 1:end].isascii()
            and sum(map(char_cost, reading)) > sum(map(char_cost, run[start:end])))


def _non_ascii_count(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _trimmed(text: str, repair: Repair) -> Repair:
    """``repair`` (of a whole run or piece) less the characters at its edges
    that read better as they are than as part of the garble (see
    :func:`_utf8_stretches`): only UTF-8 repairs, whose cuts are exact."""
    pair = PAIRS.get(repair.rule)
    if pair is None or pair.rule not in _STRETCH_PAIRS:
        return repair
    old = text[repair.start:repair.end]
    stretches = _utf8_stretches(old, pair.wrong)
    if len(stretches) != 1 or stretches[0][:2] == (0, len(old)):
        return repair
    start, end, new = stretches[0]
    return Repair(repair.start + start, repair.start + end, new, repair.rule, repair.reason)


def _utf8_stretch_repairs(text: str, a: int, b: int, bar: _Bar) -> list[Repair]:
    """Repairs of the stretches of ``text[a:b]`` (a run or piece with no
    repair as a whole) that are UTF-8 read with a wrong codec while the
    text around them reads as it is: a garbled phrase pasted into a
    correct line. A stretch must read as :data:`STRETCH_MIN_CHARS` or more
    characters, clearly better than it is (with half the usual margin: a
    valid UTF-8 stretch is evidence, though one searched for)."""
    run = text[a:b]
    rules = [rule for rule in bar.order if rule in bar.pairs and rule in _STRETCH_PAIRS]
    if len(run) < STRETCH_MIN_CHARS or not _may_hold_stretch(run, rules):
        return []
    for rule in rules:
        pair = PAIRS[rule]
        found = [Repair(a + start, a + end, new, rule, pair.reason + "; a stretch of the run")
                 for start, end, new in _utf8_stretches(run, pair.wrong)
                 if _non_ascii_count(new) >= STRETCH_MIN_CHARS
                 and bar.accepts(new, run[start:end], UTF8_EVIDENCE)]
        if found:
            return found
    return []


class _Taken:
    """Repairs already made, answering "does ``[a, b)`` overlap one?" by
    bisection while they are disjoint (they always are in practice; a scan
    of all of them is the fallback should two ever overlap)."""

    def __init__(self, repairs: Iterable[Repair] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.all: list[Repair] = []
        self.disjoint = True
        for r in repairs:
            self.add(r)

    def __bool__(self) -> bool:
        return bool(self.all)

    def overlaps(self, a: int, b: int) -> bool:
        if not self.all:
            return False
        if not self.disjoint:
            return any(r.start < b and a < r.end for r in self.all)
        i = bisect_left(self.starts, b) - 1
        return i >= 0 and self.ends[i] > a

    def add(self, r: Repair) -> None:
        if self.disjoint and self.overlaps(r.start, r.end):
            self.disjoint = False
        self.all.append(r)
        if self.disjoint:
            i = bisect_left(self.starts, r.start)
            self.starts.insert(i, r.start)
            self.ends.insert(i, r.end)


def _strong_positions(text: str) -> list[int]:
    """Where the strong suspect characters of ``text`` are (ascending)."""
    return _positions(text, _strong_gap_re())


def _holds(positions: list[int], a: int, b: int) -> bool:
    """Whether one of the sorted ``positions`` lies in ``[a, b)``."""
    return bisect_left(positions, a) < bisect_left(positions, b)


def _pass(text: str, runs: Iterable[tuple[str, int, int]], bar: _Bar, taken: list[Repair],
          strong: list[int], walk: _Walk | None = None) -> list[Repair]:
    """Judge ``runs`` in order (``strong``: :func:`_strong_positions` of ``text``).

    Until something is repaired, a strict pass judges only a sample: the
    first :data:`WEAK_PROBE` runs without strong suspects and the first
    :data:`STRONG_PROBE` with some; it stops taking runs when both are used.
    When ``runs`` come from ``walk``, it is told once only runs with strong
    suspects can be judged, so that it skips the stretches without any."""
    out: list[Repair] = []
    done = _Taken(taken)
    weak_left, strong_left = WEAK_PROBE, STRONG_PROBE
    for kind, a, b in runs:
        if (b - a < 2 and not bar.relaxed) or done.overlaps(a, b):
            continue
        if not bar.relaxed and not taken and not out:
            if not _holds(strong, a, b):
                if weak_left <= 0:
                    if walk is not None:
                        walk.strong_only = True
                    continue
                weak_left -= 1
            else:
                if strong_left <= 0:
                    continue
                strong_left -= 1
            if weak_left <= 0 and strong_left <= 0:
                break
        before = len(out)
        if kind == "latin":
            best = _best_for_latin(text[a:b], bar, in_word=_in_latin_word(text, a, b))
            if best is not None:
                out.append(Repair(a, b, best.new, best.rule, best.reason))
        else:
            _repair_cjk_run(text, a, b, bar, out)
        for r in out[before:]:
            done.add(r)
        if out and walk is not None:
            walk.strong_only = False
    return out


def _runs(text: str, suspects_only: bool) -> list[tuple[str, int, int]]:
    """Latin-looking runs first, then CJK runs; with ``suspects_only``, only
    runs holding a suspect character, looked for only on lines that have one
    (for Latin runs, one that a Latin run can hold)."""
    if not suspects_only:
        return [(kind, *r.span()) for kind, pattern in (("latin", _LATIN_RUN), ("cjk", _CJK_RUN))
                for r in pattern.finditer(text)]
    chunks = _Chunks(text)
    return [run for i in range(len(chunks.spans)) for run in chunks.runs(i)]


class _Chunks:
    """The suspect runs of a text (see :func:`_runs`), found one stretch of
    lines at a time when asked: stretches of Latin runs first, then of CJK runs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: list[tuple[str, int, int]] = []
        for kind, gap in (("latin", _latin_gap_re()), ("cjk", _normal_span_re())):
            self.spans += [(kind, a, b) for a, b in _merge_lines(_suspect_lines(text, gap))]
        self._runs: dict[int, list[tuple[str, int, int]]] = {}

    def runs(self, i: int) -> list[tuple[str, int, int]]:
        """The suspect runs of stretch ``i``."""
        found = self._runs.get(i)
        if found is None:
            found = self._runs[i] = self._scan(*self.spans[i])
        return found

    def _scan(self, kind: str, start: int, end: int) -> list[tuple[str, int, int]]:
        return _scan_runs(self.text, kind, start, end)


def _scan_runs(text: str, kind: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The runs of ``kind`` in ``text[start:end]`` (whole lines) holding a suspect."""
    pattern = _LATIN_RUN if kind == "latin" else _CJK_RUN
    gap = _latin_gap_re() if kind == "latin" else _normal_span_re()
    out: list[tuple[str, int, int]] = []
    nxt = -1
    for a, b in [r.span() for r in pattern.finditer(text, start, end)]:
        if nxt < a:
            m = gap.match(text, a, end)
            nxt = end if m is None else m.end()
        if nxt < b:
            out.append((kind, a, b))
    return out


class _Walk:
    """Walks the runs of :class:`_Chunks` that ``keep`` accepts, in order,
    up to (not including) run ``upto`` (stretch, index), remembering where
    it is; while ``strong_only`` is set, stretches without a strong suspect
    are skipped unscanned (:func:`_pass` sets it when only such runs can
    still be judged)."""

    def __init__(self, chunks: _Chunks, strong: list[int], keep: Callable[[tuple[str, int, int]], bool],
                 upto: tuple[int, int] | None = None) -> None:
        self.chunks, self.strong, self.keep, self.upto = chunks, strong, keep, upto
        self.strong_only = False
        self.at = (0, 0)

    def __iter__(self) -> Iterator[tuple[str, int, int]]:
        chunks, upto = self.chunks, self.upto
        for i, (_kind, start, end) in enumerate(chunks.spans):
            if upto is not None and i > upto[0]:
                return
            if self.strong_only and not _holds(self.strong, start, end):
                continue
            for j, run in enumerate(chunks.runs(i)):
                if upto is not None and (i, j) >= upto:
                    return
                if self.keep(run):
                    self.at = (i, j)
                    yield run


@cache
def _latin_suspect_re() -> re.Pattern[str]:
    """The suspect characters that a Latin run can hold (its ASCII ones never are)."""
    return re.compile(f"[{_latin_suspect_class()}]")


@cache
def _latin_suspect_class() -> str:
    latin = {chr(c) for c in range(0x80, 0x100)} | set(_CP1252_SPECIALS)
    return class_ranges({c for c in latin if _suspect_re().match(c)})


@cache
def _latin_gap_re() -> re.Pattern[str]:
    """Any number of characters that are not :func:`_latin_suspect_re` ones."""
    return re.compile(f"[^{_latin_suspect_class()}]*")


def _merge_lines(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Line spans with the adjacent ones joined (no run crosses a line break,
    so scanning a joined span finds the same runs)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and out[-1][1] + 1 == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _suspect_lines(text: str, gap: re.Pattern[str]) -> list[tuple[int, int]]:
    """The lines of ``text`` holding a character that ``gap`` (a run of all
    other characters) stops at."""
    spans = []
    n = len(text)
    p = _gap_end(gap, text, 0)
    while p < n:
        start = text.rfind("\n", 0, p) + 1
        end = text.find("\n", p)
        end = n if end < 0 else end
        spans.append((start, end))
        p = _gap_end(gap, text, end)
    return spans


STRICT_MIN_RUN = 3
"""Runs shorter than this are judged after the longer ones, with the pairs
the longer ones confirmed tried first: two characters can read plausibly in
more than one codec."""

CONFIRMED_SHARE = 0.3
"""Share of the suspect runs the strict pass must repair before the relaxed
passes run: real mojibake garbles most of them, while a stray false reading
among correct text must not spread."""


def find_repairs(text: str, config: MojibakeConfig | None = None) -> list[Repair]:
    """Repairs for the mojibake runs of ``text``, in text order (never overlapping).

    A first pass repairs runs holding suspect characters with a strict bar
    (runs of three or more characters first, then two-character runs with the
    pairs already seen tried first). If it repaired a fair share of them
    (:data:`CONFIRMED_SHARE`), the document is taken as garbled:
    pairs it confirmed then get a second pass with a lower bar (short runs,
    such as a lone garbled ``。`` between numbers, are judged by the
    company they keep); a pair confirmed three times or more (or over eight
    characters) is also tried on runs without suspect characters, and on a
    line with repairs the line's pair wins whenever it reads no worse.
    Lines of UTF-8 read as Shift-JIS are repaired apart
    (:mod:`govtext.decoding.sjis`); their repairs win over overlapping ones.
    So are stretches of GBK or Big5 read as cp1252 and NFKC-folded
    (``ÎaÇÐÊμ×öoÃ1⁄2``: :func:`~govtext.decoding.nfkcfold.find_nfkc_legacy_repairs`),
    and of UTF-8 read as cp1252 and NFKC-folded (``å...3äoŽ``,
    :mod:`govtext.decoding.nfkcfold`): strict UTF-8 over a stretch is proof
    enough, and a codec pair may read the folded bytes as something else;
    unfolded ones that read back so are taken where no other repair is."""
    config = config or MojibakeConfig()
    if not has_suspects(text):
        return []
    found = _all_repairs(text, config)
    return found if config.guess_lost else [_unguessed(r) for r in found]


def _unguessed(repair: Repair) -> Repair:
    """``repair`` with each character it guessed (several fit) left as U+FFFD.

    >>> _unguessed(Repair(0, 4, "会耀指", "utf8-as-gbk", "r", ((1, "议说"),)))
    Repair(start=0, end=4, new='会\ufffd指', rule='utf8-as-gbk', reason='r; 1 guessed character(s) left as U+FFFD', guesses=())
    """
    if not repair.guesses:
        return repair
    chars = list(repair.new)
    for index, _fits in repair.guesses:
        chars[index] = "\ufffd"
    note = f"; {len(repair.guesses)} guessed character(s) left as U+FFFD"
    return Repair(repair.start, repair.end, "".join(chars), repair.rule, repair.reason + note)


def _all_repairs(text: str, config: MojibakeConfig) -> list[Repair]:
    """:func:`find_repairs` with its guesses kept."""
    first = _sjis_repairs(text) if config.sjis else []
    folded = []
    if "utf8-as-cp1252" in config.pairs or "utf8-as-latin1" in config.pairs:
        taken = _Taken(first)
        folded = [r for r in find_nfkc_latin_repairs(text) if not taken.overlaps(r.start, r.end)]
        first += [Repair(r.start, r.end, r.new, NFKC_RULE, NFKC_REASON) for r in folded if r.folded]
    if {"gbk-as-latin1", "gbk-as-cp1252", "big5-as-latin1", "big5-as-cp1252"} & set(config.pairs):
        taken = _Taken(first)
        first += [Repair(r.start, r.end, r.new, r.rule, r.reason)
                  for r in find_nfkc_legacy_repairs(text) if not taken.overlaps(r.start, r.end)]
    found = _codec_pair_repairs(text, config)
    if first:
        taken = _Taken(first)
        found = sorted([*first, *(r for r in found if not taken.overlaps(r.start, r.end))], key=lambda r: r.start)
    plain = [r for r in folded if not r.folded]
    if plain:  # cp1252 stretches no other repair reads (ftfy reads most of them the same)
        taken = _Taken(found)
        found = sorted([*found, *(Repair(r.start, r.end, r.new, NFKC_PLAIN_RULE, NFKC_PLAIN_REASON) for r in plain
                                  if not taken.overlaps(r.start, r.end))], key=lambda r: r.start)
    return found


def _sjis_repairs(text: str) -> list[Repair]:
    """The repairs of UTF-8 read as Shift-JIS (:func:`~govtext.decoding.sjis.find_sjis_repairs`)."""
    out = []
    for r in find_sjis_repairs(text):
        note = f"; {r.lost} character(s) lost (left as U+FFFD)" if r.lost else ""
        out.append(Repair(r.start, r.end, r.new, SJIS_RULE, SJIS_REASON + note))
    return out


def _codec_pair_repairs(text: str, config: MojibakeConfig) -> list[Repair]:
    """:func:`find_repairs` for the codec pairs of ``config`` (see there)."""
    text = _alphabet_masked(_zhuyin_masked(text))  # a valid zhuyin annotation or a Russian word is no garble
    strict = _Bar(frozenset(config.pairs), config.margin, 1.5, config.use_ftfy)
    strong = _strong_positions(text)
    if _nothing_found(text, strict, strong):
        return []
    chunks = _Chunks(text)
    long_walk = _Walk(chunks, strong, lambda run: run[2] - run[1] >= STRICT_MIN_RUN)
    stopped: list[tuple[int, int]] = []

    def long_runs() -> Iterator[tuple[str, int, int]]:
        for run in long_walk:
            stopped[:] = [long_walk.at]
            yield run
        stopped[:] = []

    found = _pass(text, long_runs(), strict, [], strong, long_walk)
    first = _counts(found)
    order = tuple(sorted(CJK_PAIRS, key=lambda r: -first.get(r, 0)))
    short = _Bar(strict.pairs, strict.margin, strict.short_penalty, strict.use_ftfy, order=order)
    # The short runs before the long run at which the strict pass gave up, if it did.
    short_walk = _Walk(chunks, strong, lambda run: run[2] - run[1] < STRICT_MIN_RUN,
                       stopped[0] if stopped else None)
    found += _pass(text, short_walk, short, found, strong, short_walk)
    if not found:
        return []
    candidates = [run for i in range(len(chunks.spans)) for run in chunks.runs(i)]
    taken = _Taken(found)
    judged = [(a, b) for kind, a, b in candidates if kind == "cjk" and b - a >= 2]
    garbled = sum(1 for a, b in judged if taken.overlaps(a, b))
    if garbled >= CONFIRMED_SHARE * len(judged):
        counts = _counts(found)
        order = tuple(sorted((r for r in counts if r in CJK_PAIRS), key=lambda r: -counts[r]))
        relaxed = _Bar(frozenset(counts), config.margin * 0.3, 0.0, config.use_ftfy, relaxed=True, order=order)
        widespread = max(counts.values()) >= 3 or sum(r.end - r.start for r in found) >= 8
        runs = _runs(text, False) if widespread else candidates
        found += _pass(text, runs, relaxed, found, strong)
        found += _line_pass(text, found, config)
    found.sort(key=lambda r: r.start)
    return found


_BOPOMOFO = regex.compile("[\u3105-\u3129]")
"""A bopomofo letter: a text without one has no zhuyin to mask
(the ``regex`` module scans a text for a character class several times faster than ``re``)."""
_ZHUYIN_ANNOTATION = re.compile("(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]([\u3105-\u3129\u02c9\u02ca\u02c7\u02cb\u02d9 ]{1,30})[)）]")
"""A bracketed run of bopomofo letters and tone marks right after a Han
character: a zhuyin annotation (``出口(ㄎㄡˇ)``) if :func:`is_zhuyin` says so."""


def _zhuyin_masked(text: str) -> str:
    """``text`` with each zhuyin annotation's letters put as ``x`` (same
    length): bopomofo is what Big5 bytes read as GBK often give, but
    valid syllables in brackets after a Han character are the annotations a
    Taiwanese site injects (``出口(ㄎㄡˇ)``, ``精密（ㄐㄧㄥ ㄇㄧˋ）``), which
    the annotation stripper removes; they are not undone into Han
    garble. Real Big5-as-GBK garble is a run of mixed characters that
    does not spell syllables.

    >>> _zhuyin_masked("出口(ㄎㄡˇ)金額、(ㄎㄡ一)")
    '出口(xxx)金額、(ㄎㄡ一)'
    """
    if _BOPOMOFO.search(text) is None:
        return text
    def mask(m: re.Match[str]) -> str:
        return m[0][0] + "x" * len(m[1]) + m[0][-1] if is_zhuyin(m[1]) else m[0]

    return _ZHUYIN_ANNOTATION.sub(mask, text)


_ALPHABET_LETTER = regex.compile("[\u0370-\u052f]")
"""A Greek or Cyrillic letter: a text without one has no such word to mask."""
_ALPHABET_WORD = regex.compile("(?<![\\p{L}\\p{M}])(?:[\u0400-\u052f]{2,}|[\u0370-\u03ff]{2,})(?![\\p{L}\\p{M}])")
"""A word of two letters or more all of one alphabet, Cyrillic (Russian, Mongolian, Kazakh) or
Greek, with no letter of any other script touching it."""


def _alphabet_masked(text: str) -> str:
    """``text`` with each word of one alphabet put as ``x`` (same length):
    GBK and Big5 hold the Cyrillic and Greek letters, so a Mongolian or
    Russian word re-encoded with one and decoded with the other reads as
    common hanzi (``Эрээн`` as ``尿把改改扶``); garble does not make whole
    words of one alphabet between spaces, it mixes them with hanzi and with
    other blocks (``ΪһóҽαɷѹȷӦ``).

    >>> _alphabet_masked("Эрээн хотын | 中文 | 鍙р戝 Ϊһó")
    'xxxxx xxxxx | 中文 | 鍙р戝 Ϊһó'
    """
    if _ALPHABET_LETTER.search(text) is None:
        return text
    return _ALPHABET_WORD.sub(lambda m: "x" * len(m[0]), text)


def _surely_nothing(text: str, a: int, b: int, bar: _Bar) -> bool:
    """Whether :func:`_repair_cjk_run` surely finds nothing in ``text[a:b]``,
    proved cheaply by :mod:`govtext.decoding.runcheck` for the run and each
    piece it would split into (False: don't know)."""
    run = text[a:b]
    if "?" in run or "\ufffd" in run or text.startswith("?", b):  # a lossy UTF-8 reading may apply
        return False
    if _may_hold_stretch(run, bar.cjk_pairs):  # (the proof knows only whole runs and pieces)
        return False
    if bar.relaxed and "utf8-as-gbk" in bar.pairs and _cut_utf8(run):  # (nor bytes lost without a trace)
        return False
    spans: Spans = [(0, len(run))] if _SPLIT.search(run) is None else (lambda: _judged_spans(run, bar.relaxed))
    return unrepairable(run, spans, ceiling=LEGACY_CEILING, min_gain=bar.min_gain,
                        short_penalty=bar.short_penalty, pairs=bar.cjk_pairs)


def _judged_spans(run: str, relaxed: bool) -> list[tuple[int, int]]:
    """The run and the pieces of it that :func:`_repair_cjk_run` judges
    (see :func:`_pieces`; with a strict bar, only pieces holding a suspect)."""
    pieces = _pieces(run)
    if not pieces:
        return [(0, len(run))]
    if not relaxed:
        suspect = _suspect_re().search
        pieces = [(start, end) for start, end in pieces if suspect(run, start, end) is not None]
    return [(0, len(run)), *pieces]


_SPLIT = re.compile("[?\u3000，。、；：？！“”《》（）]")
"""The characters of :func:`_split_points`."""
_SPLIT_OR_LOST = re.compile("[?\ufffd\u3000，。、；：？！“”《》（）]")
"""The characters of :func:`_split_points` and U+FFFD (a run holding none is judged whole)."""
_UNSPLIT = re.compile("[^?\u3000，。、；：？！“”《》（）]+")


def _pieces(run: str) -> list[tuple[int, int]]:
    """The non-empty pieces between the split points of ``run``, as
    :func:`_repair_cjk_run` judges them when the whole run has no repair
    (none when there is no split point)."""
    if _SPLIT.search(run) is None:
        return []
    return [m.span() for m in _UNSPLIT.finditer(run)]


def _judged_superset(text: str, strong: list[int]) -> Iterator[tuple[str, int, int]]:
    """Every run that the strict and short passes of :func:`find_repairs`
    can judge while they find nothing (and possibly a few more): the Latin
    suspect runs of two or more characters, the first :data:`WEAK_PROBE`
    CJK suspect runs without strong suspects of three or more characters and
    of two, and every CJK suspect run with a strong suspect."""
    if strong and _latin_suspect_re().search("".join(map(text.__getitem__, strong))):  # (every Latin suspect is strong)
        for a, b in _merge_lines(_suspect_lines(text, _latin_gap_re())):
            for kind, ra, rb in _scan_runs(text, "latin", a, b):
                if rb - ra >= 2:
                    yield kind, ra, rb
    suspect = _suspect_re().search
    weak_long = weak_short = WEAK_PROBE
    ahead = iter([*strong, len(text)])
    next_strong = next(ahead)  # the first strong position at or after the current run
    blocks = _shape_blocks(text, 0)
    for at, shape in blocks:  # (the runs of _CJK_RUN2: text[a:b] is a run when shape[a - at + 1:b - at + 1] is)
        k = shape.find(b"RR")
        while k >= 0:
            end = shape.find(b".", k)
            a, b = at + k - 1, at + end - 1
            k = shape.find(b"RR", end)
            while next_strong < a:
                next_strong = next(ahead)
            if next_strong < b:
                yield "cjk", a, b
                continue
            if b - a >= STRICT_MIN_RUN:
                if weak_long <= 0 or suspect(text, a, b) is None:
                    continue
                weak_long -= 1
            elif weak_short <= 0 or suspect(text, a, b) is None:
                continue
            else:
                weak_short -= 1
            yield "cjk", a, b
            if weak_long <= 0:
                break
        if weak_long <= 0:
            break
    else:
        return
    # Only strong runs and (while the probe lasts) two-character runs are left to take.
    yield from _strong_runs(text, strong, b)
    if weak_short <= 0:
        return
    ahead = iter([*strong, len(text)])
    next_strong = next(ahead)
    first = b - at + 1  # where the search starts in the first block
    for block_at, block in chain([(at, shape)], blocks):  # (the runs of exactly two characters after b)
        k = block.find(b".RR.", first)
        while k >= 0:
            a, b = block_at + k, block_at + k + 2
            k = block.find(b".RR.", k + 3)
            while next_strong < a:
                next_strong = next(ahead)
            if next_strong >= b and suspect(text, a, b) is not None:  # (strong ones are taken already)
                yield "cjk", a, b
                weak_short -= 1
                if weak_short <= 0:
                    return
        first = 0


_BLOCK = 2048
"""Characters of text (then up to the next line break) given a shape at once by :func:`_shape_blocks`."""


def _shape_blocks(text: str, start: int) -> Iterator[tuple[int, bytes]]:
    """``(at, shape)`` for the stretches of ``text`` from ``start`` of
    about :data:`_BLOCK` characters, each ending before a line break (no
    run crosses one), and their :func:`_run_shape`."""
    n = len(text)
    while start < n:
        end = text.find("\n", start + _BLOCK) if start + _BLOCK < n else n
        end = n if end < 0 else end
        yield start, _run_shape(text[start:end])
        start = end


def _strong_runs(text: str, strong: list[int], pos: int) -> Iterator[tuple[str, int, int]]:
    """The runs of :data:`_CJK_RUN2` at or after ``pos`` (where no run
    crosses) holding a strong position: each stretch between two characters
    that no run holds is scanned once, and only if it holds a strong position."""
    i = bisect_left(strong, pos)
    while i < len(strong):
        s = strong[i]
        before = _UPTO_UNHELD.match(text, pos, s)
        after = _UNHELD.search(text, s)
        stop = len(text) if after is None else after.start()
        for m in _CJK_RUN2.finditer(text, pos if before is None else before.end(), stop):
            a, b = m.span()
            i = bisect_left(strong, a, i)
            if i < len(strong) and strong[i] < b:
                yield "cjk", a, b
        pos = stop
        i = bisect_left(strong, pos, i)


_UNHELD = re.compile(r"[\x00-\x3e\x40-\x7f\u2028\u2029]")
"""Characters that no run of :data:`_CJK_RUN` holds (it may hold ``?`` and
U+3000 between others): scanning for runs may start or stop at one."""
_UPTO_UNHELD = re.compile(r"(?s:.)*" + _UNHELD.pattern)
"""Everything up to the last character that no run holds (``(?s:.)*`` jumps
to the end and backs off; an "any character" class would test every
character on the way)."""
_SHAPE_MARKS = (("\x01", " "), ("\x02", " "), ("\u2028", " "), ("\u2029", " "), ("?", "\x01"), ("\u3000", "\x02"))
"""Replacements before :func:`_run_shape` encodes a text: the two marks it
uses are freed (any character no run holds stands for them), and ``?`` and
U+3000 get them."""
_SHAPE_TABLE = bytes(ord("R") if b == ord("?") else ord(".") for b in range(256))


def _run_shape(text: str) -> bytes:
    """One byte per character of ``text``, ``R`` for the characters a run
    of :data:`_CJK_RUN` holds and ``.`` for the others, with a ``.`` added
    at each end: the runs are the stretches of ``R``, so
    ``text[a:b]`` is a run when ``shape[a + 1:b + 1]`` is one.

    Made at C speed: every non-ASCII character but U+3000 and the line and
    paragraph separators (a run character) is encoded as ``?``, a ``?`` of
    the text between two of them and a U+3000 after one (joining two runs,
    or closing one) too.

    >>> _run_shape("體現?經濟 a?b 發展　　中")
    b'.RRRRR.....RRR.R.'
    """
    for old, new in _SHAPE_MARKS:
        if old in text:
            text = text.replace(old, new)
    shape = text.encode("ascii", "replace")
    if b"\x01" in shape:
        shape = shape.replace(b"?\x01?", b"???").replace(b"?\x01?", b"???")  # (twice: matches may share a "?")
    if b"\x02" in shape:  # (after the "?": a U+3000 closing a run does not let a "?" after it join)
        shape = shape.replace(b"?\x02", b"??")
    return b"." + shape.translate(_SHAPE_TABLE) + b"."



def _nothing_found(text: str, strict: _Bar, strong: list[int]) -> bool:
    """Whether :func:`find_repairs` surely returns nothing: no run its first
    two passes can judge has a repair (so the probes run out and nothing is
    repaired). False means "don't know"."""
    runs = _judged_superset(text, strong)
    while chunk := list(islice(runs, _CHUNK)):
        if any(_repairable(text, kind, a, b, strict) for kind, a, b in _unproved(text, chunk, strict)):
            return False
    return True


_CHUNK = 256
"""Runs proved together by :func:`_unproved` (a bound on the work done
before the first repair of a garbled text is found; large enough that a
correct document is usually proved in one batch)."""


def _unproved(text: str, runs: list[tuple[str, int, int]], bar: _Bar) -> list[tuple[str, int, int]]:
    """``runs`` less CJK runs that :func:`_surely_nothing` proves have no
    repair, all proved at once by
    :func:`~govtext.decoding.runcheck.unproved_spans` over the runs joined
    by line breaks: a run it may prove (nothing lost in it, no ``?`` after
    it) is proved when each of its :func:`_proof_spans` is proved as a run
    of its own."""
    owners = [k for k, run in enumerate(runs) if run[0] == "cjk"]
    strings = [text[a:b] for _kind, a, b in map(runs.__getitem__, owners)]
    if "?" in text or "\ufffd" in text:  # a run may hold a lost character or stand before a "?"
        keep = [i for i, k in enumerate(owners)
                if _LOST.search(strings[i]) is None and not text.startswith("?", runs[k][2])]
        owners, strings = [owners[i] for i in keep], [strings[i] for i in keep]
    if not strings:
        return runs
    joined = "\n".join(strings)
    starts, ends = _proof_span_bounds(joined, strings)
    open_ = unproved_spans(joined, starts, ends, ceiling=LEGACY_CEILING, min_gain=bar.min_gain,
                           short_penalty=bar.short_penalty, pairs=bar.cjk_pairs)
    n = len(strings)
    left = {i if i < n else bisect_right(starts, starts[i], 0, n) - 1 for i in open_}  # (a piece's run)
    left.update(_stretch_lines(joined, bar.cjk_pairs))
    if bar.relaxed and "utf8-as-gbk" in bar.pairs:  # (nor bytes lost without a trace: see _surely_nothing)
        left.update(i for i, string in enumerate(strings) if _cut_utf8(string))
    settled = {owners[i] for i in range(n) if i not in left}
    return [run for k, run in enumerate(runs) if k not in settled]


_PIECE_CUT = re.compile("([?\u3000，。、；：？！“”《》（）\n])")
"""The characters of :func:`_split_points` and the line break joining runs (kept by a split)."""


def _proof_span_bounds(joined: str, runs: list[str]) -> tuple[list[int], list[int]]:
    """Starts and ends in ``joined`` (the ``runs`` joined by line breaks) of
    every span of :func:`_proof_spans` of every run: the runs first, in
    order, then the pieces of the runs with split points, in order; the
    pieces found with one split of ``joined``."""
    ends = list(map(add, accumulate(map(len, runs)), count()))  # (a line break after each run)
    starts = [0, *map(add, islice(ends, len(runs) - 1), repeat(1))]
    if _SPLIT.search(joined) is None:
        return starts, ends
    parts = _PIECE_CUT.split(joined)  # pieces, each followed by the character it was cut at
    pos = 0
    cut = False  # whether the current run has split points
    first = len(starts)  # where the pieces of the current run start in ``starts``
    for piece, at in zip(parts[0::2], [*islice(parts, 1, None, 2), "\n"], strict=True):
        if piece:
            starts.append(pos)
            ends.append(pos + len(piece))
        pos += len(piece) + 1
        if at != "\n":
            cut = True
            continue
        if not cut:
            del starts[first:], ends[first:]  # a run without split points is its only span
        cut, first = False, len(starts)
    return starts, ends


def _proof_spans(run: str) -> list[str]:
    """The run and, when it has split points, every piece between them: a
    superset of the spans :func:`_surely_nothing` proves (it leaves out
    pieces without suspects under a strict bar). The run is among them, so
    proving each alone proves them together (an unsafe character anywhere
    is in the run; the UTF-8 and legacy tests are made span by span)."""
    pieces = _UNSPLIT.findall(run)
    if len(pieces) == 1 and len(pieces[0]) == len(run):
        return pieces
    return [run, *pieces]


def _repairable(text: str, kind: str, a: int, b: int, bar: _Bar) -> bool:
    """Whether the strict pass of :func:`find_repairs` would repair the run ``text[a:b]``."""
    if kind == "latin":
        return _best_for_latin(text[a:b], bar, in_word=_in_latin_word(text, a, b)) is not None
    out: list[Repair] = []
    _repair_cjk_run(text, a, b, bar, out)
    return bool(out)


def _counts(found: list[Repair]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in found:
        counts[r.rule] = counts.get(r.rule, 0) + 1
    return counts


def _line_pass(text: str, found: list[Repair], config: MojibakeConfig) -> list[Repair]:
    """Runs left on a line where another run was repaired: a line is decoded
    in one go, so the line's pair is taken whenever it reads at least as well."""
    by_line: dict[int, dict[str, int]] = {}
    for r in found:
        if r.rule in CJK_PAIRS:
            line = text.rfind("\n", 0, r.start)
            counts = by_line.setdefault(line, {})
            counts[r.rule] = counts.get(r.rule, 0) + 1
    out: list[Repair] = []
    done = _Taken(found)
    for kind, a, b in _runs(text, False):
        line = text.rfind("\n", 0, a)
        if kind != "cjk" or line not in by_line or done.overlaps(a, b):
            continue
        counts = by_line[line]
        rule = max(counts, key=lambda r: counts[r])
        bar = _Bar(frozenset({rule}), 0.0, 0.0, config.use_ftfy, relaxed=True, order=(rule,))
        best = _best_for_cjk(text[a:b], bar)
        if best is not None:
            out.append(Repair(a, b, best.new, best.rule, best.reason))
            done.add(out[-1])
    return out


def repair_text(text: str, config: MojibakeConfig | None = None) -> str:
    """``text`` with its mojibake repaired (a convenience for tests and users)."""
    return splice(text, ((r.start, r.end, r.new) for r in find_repairs(text, config)))


GUESS_KIND = "guessed-character"
"""Warning kind of a character a lossy repair restored by a guess."""


LAYERS = 3
"""How many layers of mojibake one pass undoes (UTF-8 read as GBK twice is
two): a repair whose text still holds suspect characters is looked at again."""


class MojibakeRepairer:
    """Filter: replaces mojibake runs with the text they stood for.

    Each repair is an :class:`~govtext.Edit` whose rule names the wrong pair
    (``utf8-as-gbk``, ``gbk-as-latin1``, ...) and whose reason says how it
    was undone (``encoded as gbk, decoded as utf-8``). Text garbled twice
    (double mojibake) is undone layer by layer in one pass, up to
    :data:`LAYERS`: after the first repairs, the text they gave is searched
    again where it still holds suspect characters, and a repair overlapping
    it is a further layer (its reason says which)."""

    name = "mojibake"

    def __init__(self, config: MojibakeConfig | None = None) -> None:
        self.config = config or MojibakeConfig()

    def __call__(self, doc: Document) -> list[Edit] | None:
        """The repairs as edits; when a repair guessed a character lost with
        its byte (:attr:`Repair.guesses`) or gave text that may be garbled
        again, the repairs are applied here: each guess gets a
        ``guessed-character`` warning naming the characters that would fit
        as well, and the next layer is looked for."""
        repairs = find_repairs(doc.text, self.config)
        if not any(r.guesses for r in repairs) and not _suspect_spans(repairs):
            return [Edit.replace(r.start, r.end, r.new, rule=r.rule, reason=r.reason) for r in repairs]
        for layer in range(1, LAYERS + 1):
            spans = self._apply(doc, repairs, layer)
            if not spans or layer == LAYERS:
                break
            repairs = [r for r in find_repairs(doc.text, self.config) if _overlaps_any(r, spans)]
        return None

    def _apply(self, doc: Document, repairs: list[Repair], layer: int) -> list[tuple[int, int]]:
        """Apply ``repairs`` (of mojibake ``layer``) with a warning per guess;
        the spans of the new text that still hold suspect characters."""
        suffix = "" if layer == 1 else f"; layer {layer} of a text garbled {layer} times"
        doc.apply([Edit.replace(r.start, r.end, r.new, rule=r.rule, reason=r.reason + suffix) for r in repairs],
                  filter=self.name)
        shift = 0
        spans: list[tuple[int, int]] = []
        for r in repairs:
            start = r.start + shift
            for index, fits in r.guesses:
                doc.warn(GUESS_KIND, start + index, start + index + 1, f"restored from a lost byte by a guess: "
                         f"{'、'.join(fits)} would fit as well", filter=self.name, fits=fits)
            if has_suspects(r.new):
                spans.append((start, start + len(r.new)))
            shift += len(r.new) - (r.end - r.start)
        return spans


def _suspect_spans(repairs: list[Repair]) -> bool:
    """Whether the text of a repair still holds suspect characters (it may be a layer of double mojibake)."""
    return any(has_suspects(r.new) for r in repairs)


def _overlaps_any(r: Repair, spans: list[tuple[int, int]]) -> bool:
    """Whether the repair ``r`` overlaps one of ``spans`` (sorted, apart):
    the last span starting at or before it, or the first starting after it."""
    i = bisect_right(spans, (r.start, r.start)) - 1
    return any(a < r.end and r.start < b for a, b in spans[max(i, 0):i + 2])
