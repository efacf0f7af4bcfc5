"""Flagging corruption that cannot be repaired, and the one kind that can.

Broken pipelines leave marks that no codec pair undoes. This filter warns
(kind ``corrupt-text``, with the span and its text) about:

- runs of U+FFFD not already reported by the decoder, told with the
  garbled run around them (``銆傗\ufffd滄垜``), and whole lines where U+FFFD
  stands before trail bytes read as ASCII (Big5 read as GBK);
- lines of UTF-8 read as Shift-JIS that the repair could not read back
  (hanzi mixed with half-width katakana: ``荳ｭ蝗ｽ``);
- whole lines of Chinese bytes read with a Western codec that no repair
  reads (Latin-1 or cp1252 after a lost byte, UTF-8 with errors ignored:
  ``»áÒéÇ¿µ÷``, ``ΪһóҽαɷѹȷӦ``);
- ``锟斤拷`` (UTF-8 replacement characters read as GBK), ``ï¿½`` (one
  read as Latin-1), ``烫烫烫`` and ``屯屯屯`` (uninitialised memory
  printed as GBK); the same in Traditional script (``錕斤拷``, ``燙燙燙``:
  a GBK page converted) and as Big5 prints them (``嚙踝蕭``, ``昍昍昍``,
  ``迋迋迋``), unless quoted as an example on a line about garbled text
  (``出现“锟斤拷”一类乱码``);
- runs of ``?`` inside Chinese text (characters a legacy encoder could not
  write), and a lone ``?`` where a hanzi should be (between hanzi, or
  between a hanzi and a mark no question mark stands next to: ``王?，``)
  in text that punctuates with full-width marks only, or after a hanzi
  before a digit or at a line end (``同比增?8.6%``, ``与上年持平?``) in a
  sentence that asks nothing (a half-width ``?`` ending a question,
  ``在哪里缴费?``, ``还要交吗??``, is punctuation);
- a lost lead byte: a ``?`` after Chinese text, then the trail byte read
  as ASCII before a hanzi (``安全?l展``; not a Latin word such as ``?A股``);
  a U+FFFD is told together with the ``?`` that opens its garbled run;
- runs of characters that, written back as GBK, are UTF-8 of everyday
  hanzi (``审　C牳鍒跺害``, of 制度): UTF-8 read as GBK that the repair
  left because bytes were lost or NFKC folded some of its characters;
- glyph codes a PDF extractor printed for characters it could not map
  (``(cid:1745)(cid:2210)``), unless quoted as an example;
- private-use characters decoded from GBK or Big5 (their user-defined
  areas): mostly bytes paired up wrongly after a lost byte;
- out-of-phase GBK: after a lost byte (shown as ``?``), a lead byte whose
  high bit was stripped reads as ASCII and the following bytes pair up
  wrongly (``?!靶律``), or the pairs shift by one (``?…鬟f``); and a
  run shifted by a byte lost inside the text, ending at the ``?`` where a
  byte paired with nothing (``电子信ⅰ⒆氨钢圃臁⑿虏牧先?``).

Each warning's message ends with the span in its context (up to three
characters of its line on each side).

Where one stripped bit explains the garbage completely (``?;I`` is GBK
``BB 49`` read with the high bit of ``BB`` lost, i.e. ``籌``), the warning
says what the span reads as; with ``repair_high_bit=True`` the span is
repaired instead (rule ``gbk-lost-high-bit``). Repair is off by default:
the character before it is lost anyway, and the corpus gold keeps such
lines as they are.

>>> from govtext import Document
>>> doc = Document.from_text("城市?;I建住房。数据锟斤拷丢失。")
>>> CorruptionFlagger()(doc)
>>> doc.text
'城市?;I建住房。数据锟斤拷丢失。'
>>> [w.text for w in doc.warnings]
['?;I', '锟斤拷']
>>> doc = Document.from_text("城市?;I建住房。")
>>> CorruptionFlagger(CorruptionConfig(repair_high_bit=True))(doc)
>>> doc.text, doc.changes[0].rule
('城市?籌建住房。', 'gbk-lost-high-bit')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

import regex

from govtext._charclass import char_positions, class_ranges
from govtext.decoding.charsets import big5_level1, gb2312_level1, gb2312_level2
from govtext.decoding.mojibake import next_strong_suspect, strong_suspect_re
from govtext.decoding.plausibility import COST_LESS_COMMON, char_cost, cost_below, text_cost
from govtext.decoding.sjis import sjis_garbled_lines
from govtext.document import Document
from govtext.edits import Edit
from govtext.sourcemap import RAW_BYTES

__all__ = ["CorruptionConfig", "CorruptionFlagger", "Flag", "find_flags", "find_high_bit_repairs"]

KIND = "corrupt-text"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CORRUPT_MARKS = "，。、；：？！“”《》（）"
_CJK_CONTEXT = f"{_HAN}{_CORRUPT_MARKS}"
_PUNCT_LEAD = r"!-/:-@\[-`{-~"

_GARBAGE = re.compile(r"(?:[锟錕]斤拷)+[锟錕]?|[锟錕][斤拷]|[烫燙]{3,}|屯{3,}|(?:ï¿½)+|(?:嚙踝蕭)+嚙?|昍{3,}|迋{3,}")
"""Replacement characters and uninitialised memory (0xCC, 0xCD bytes) as GBK, Latin-1 and Big5
print them, and in Traditional script (a GBK page converted: ``錕斤拷``, ``燙燙燙``)."""
_GARBAGE_LITERALS = ("锟", "錕", "烫烫烫", "燙燙燙", "屯屯屯", "ï¿½", "嚙踝蕭", "昍昍昍", "迋迋迋")
"""Literals one of which a text holds before :data:`_GARBAGE` is searched."""
_GARBAGE_FIRSTS = "".join(dict.fromkeys(lit[0] for lit in _GARBAGE_LITERALS))
"""The characters the literals of :data:`_GARBAGE_LITERALS` start with: a text holding none holds
none of them (the multi-character literals cost more to look for). Looked for one by one (``in``:
a fast scan each), which costs less than one regular-expression class over the text."""
_GARBAGE_CHARS = _GARBAGE_FIRSTS.replace("ï", "")
""":data:`_GARBAGE_FIRSTS` but ``ï`` (Latin-1's garbage holds other marks of corruption): a text
without any is not searched (unless it holds other marks of corruption)."""
_FFFD = re.compile("\ufffd+")
_CORRUPT_PDF_CID = re.compile(r"(?:\(cid:[0-9]{1,5}\))+")
"""Glyph codes a PDF text extractor prints for characters its font has no
Unicode mapping for (``(cid:1745)(cid:2210)``, as pdfminer writes them): the text is lost."""
_QUESTIONS = re.compile(r"\?{2,}")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_CJK_CHAR = re.compile(f"[{_CJK_CONTEXT}]")
_HALF_STOP = re.compile("[,.]")
_FULL_STOP = re.compile("[，。]")
_HIGH_BIT_PAIR = re.compile(f"([{_PUNCT_LEAD}])([@-~])(?=[{_CJK_CONTEXT}])")
_LOST_LEAD = re.compile(f"\\?(?![A-Z][股超线線盘盤恤轮輪型级級类類端]|X光)([@-~])(?=[{_HAN}])")
"""A ``?`` standing for a lost lead byte, then its trail byte (0x40–0x7E)
read as ASCII, before a hanzi (``安全?l展``: GBK ``B0 6C`` is 發); not a
Latin letter that opens a word (``?A股``, ``?X光``; ``?C光`` is no word)."""
_LOST_LEAD_LATIN_WORD = re.compile("\\?([A-Z])(?=[股超线線盘盤恤轮輪型级級类類端])")
"""What :data:`_LOST_LEAD` leaves out because the letter may open a word
(``?D型``, ``?A股``): a lost lead byte too when the ``?`` follows a hanzi
in a clause that asks nothing (``推廣?D型經驗``: 典 lost; ``是A股还是B股?A股…`` asks)."""
_LOST_LEAD_LINE_END = re.compile("\\?([@-~])(?=\n|$)")
"""The same at the end of a line, after a full-width mark a question mark
never follows (``发布。?K``: the last character of the line lost its lead byte)."""
_LOST_LEAD_MARKS = frozenset("。，、；：")
_LOST_LEAD_BEFORE_MARK = re.compile("\\?(?![A-Z][股超线線盘盤恤轮輪型级級类類端])([@-~])(?=[，。、；：！”」』）])")
"""The same before a full-width mark, after a hanzi (``城市建?O。``: the last
character of the clause lost its lead byte); not when the clause asks
(``选哪个?A。``)."""
_OUT_OF_PHASE = re.compile(
    f"(?P<anchor>[?\ufffd])(?P<gap>[^{_HAN}\\n]{{0,8}}?)(?P<x>[{_PUNCT_LEAD}])?"
    f"(?P<run>[{_HAN}\ue000-\uf8ff]+)(?P<t>[?@-~])?"
)


@dataclass(frozen=True)
class CorruptionConfig:
    """Options of :class:`CorruptionFlagger`.

    ``repair_high_bit`` (False): restore GBK characters whose lead byte lost
    its high bit when that alone explains the garbage (after a ``?``);
    when off they are only flagged, with the restored reading in the message.
    ``lone_question_marks`` (True): flag a single ``?`` standing where a
    hanzi should be (see :func:`_lone_questions`) in text that otherwise
    uses full-width punctuation.
    """

    repair_high_bit: bool = False
    lone_question_marks: bool = True


@dataclass(frozen=True)
class Flag:
    """A corrupt span ``[start, end)`` of the text and what is wrong with it."""

    start: int
    end: int
    message: str


def _common(c: str) -> bool:
    return c in gb2312_level1() or c in big5_level1()


def find_high_bit_repairs(text: str) -> list[Edit]:
    """Edits restoring GBK characters whose lead byte lost its high bit.

    >>> [(e.replacement, e.rule) for e in find_high_bit_repairs("市?;I建")]
    [('籌', 'gbk-lost-high-bit')]
    """
    edits: list[Edit] = []
    for m in _anchored(_HIGH_BIT_PAIR, text, 1):
        lead, trail = ord(m.group(1)) | 0x80, ord(m.group(2))
        try:
            c = bytes((lead, trail)).decode("gb18030")
        except UnicodeDecodeError:
            continue
        if len(c) == 1 and _common(c):
            edits.append(Edit.replace(
                m.start(), m.end(), c, rule="gbk-lost-high-bit",
                reason=f"GBK bytes {lead:02X} {trail:02X} read with the lead byte's high bit stripped "
                       f"(as {m.group()!r}); restored",
            ))
    return edits


def _shifted_readings(m: re.Match[str]) -> Iterator[tuple[str, str]]:
    """Readings of an out-of-phase run: with a stripped lead restored, and
    with the pairing shifted by one byte."""
    run = m.group("run")
    try:
        raw = run.encode("gb18030")
    except UnicodeEncodeError:
        return
    tail = m.group("t") or ""
    tail_byte = tail.encode() if tail and tail != "?" else b""
    x = m.group("x")
    if x:
        data = bytes((ord(x) | 0x80,)) + raw + tail_byte
        yield x + run + tail, data.decode("gb18030", "replace")
    yield run + tail, (raw[1:] + tail_byte).decode("gb18030", "replace")


def _anchor_positions(text: str) -> list[int]:
    """Positions of ``?`` and U+FFFD in ``text``, ascending."""
    return char_positions(text, "?\ufffd")


def _anchored(pattern: re.Pattern[str], text: str, skip: int) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` starting ``skip`` characters after a ``?`` or
    U+FFFD, scanning on from the end of each match (clean text costs two
    ``str.find`` calls)."""
    pos = 0
    for a in _anchor_positions(text):
        if a < pos:
            continue
        m = pattern.match(text, a + skip)
        if m is not None:
            yield m
            pos = max(m.end(), a + 1)
        else:
            pos = a + 1


def _out_of_phase(text: str) -> Iterator[Flag]:
    for m in _anchored(_OUT_OF_PHASE, text, 0):
        for old, new in _shifted_readings(m):
            good = new.replace("\ufffd", "")
            if good and "\ufffd" not in new[:2] and cost_below(good, old, 0.3):
                yield Flag(m.start(), m.end(),
                           f"out-of-phase GBK decoding after a lost byte (text garbled from here; "
                           f"it probably read {new!r})")
                break


CORRUPT_BEFORE_RUN = 24
"""The most characters before a ``?`` looked at for an out-of-phase run that ends there."""
CORRUPT_BEFORE_MARGIN = 0.5
"""How much lower the mean character cost of the realigned reading must be."""
CORRUPT_BEFORE_TIE = 0.1
"""Starts whose readings cost at most this much more than the cheapest are
as good: the latest of them is taken (an earlier start splits a correct
character, which may read as a common one by chance)."""
CORRUPT_BEFORE_MIN = 3
CORRUPT_BEFORE_TAIL = 8
CORRUPT_BEFORE_PRICE = 1.0
"""The pre-test of :func:`_corrupt_out_of_phase_before`: the last
:data:`CORRUPT_BEFORE_TAIL` characters before the ``?`` must cost this much
on average (shifted GBK pairs are mostly less common characters; the words
of a question cost less), and the sentence must ask nothing
(:func:`_corrupt_q_asks`); only then are its starts tried."""
"""Fewest characters of an out-of-phase run told by :func:`_corrupt_out_of_phase_before`."""


def _corrupt_before_run(text: str, p: int) -> int:
    """Where the run of non-ASCII, non-space characters ending at ``p`` starts
    (at most :data:`CORRUPT_BEFORE_RUN` back, not across a line)."""
    r = p
    while r > max(p - CORRUPT_BEFORE_RUN, 0) and not text[r - 1].isascii() and not text[r - 1].isspace():
        r -= 1
    return r


def _corrupt_realigned(run: str) -> str | None:
    """``run`` read as GBK bytes less its first one (a byte lost before it
    shifted every pair by one), without the U+FFFD its dangling last byte
    makes; None when ``run`` is no GBK text."""
    try:
        raw = run.encode("gbk")
    except UnicodeEncodeError:
        return None
    return raw[1:].decode("gbk", "replace").replace("\ufffd", "")


def _corrupt_out_of_phase_before(text: str) -> Iterator[Flag]:
    """An out-of-phase GBK run that *ends* at a ``?``: a byte was lost inside
    the text (no ``?`` marks the loss), every pair after it was read shifted by
    one byte until a byte that pairs with nothing (the ``?``): ``电子信ⅰ⒆氨钢圃
    臁⑿虏牧先?`` is ``电子信息、装备制造、新材料三`` less the lead byte of 息.
    Among the starts in the run before the ``?``, the latest one whose realigned
    reading makes the whole run about cheapest (:data:`CORRUPT_BEFORE_TIE`) is taken,
    and the run from there is told when that reading is clearly more plausible than the run.

    >>> [(f.start, f.end) for f in _corrupt_out_of_phase_before("电子信ⅰ⒆氨钢圃臁⑿虏牧先?大，怎么办?")]
    [(3, 14)]
    """
    p = text.find("?")
    while p >= 0:
        r = _corrupt_before_run(text, p)
        if (p - r > CORRUPT_BEFORE_MIN and not _corrupt_q_asks(text, p)
                and text_cost(text[max(r, p - CORRUPT_BEFORE_TAIL):p]) >= CORRUPT_BEFORE_PRICE):
            tried: list[tuple[float, int, str]] = []
            for s in range(r, p - CORRUPT_BEFORE_MIN + 1):
                reading = _corrupt_realigned(text[s:p])
                if reading is None:
                    break
                tried.append((text_cost(text[r:s] + reading), s, reading))
            least = min(tried)[0] if tried else 0.0
            best = max((t for t in tried if t[0] <= least + CORRUPT_BEFORE_TIE), key=lambda t: t[1], default=None)
            if best is not None and best[2] and cost_below(best[2], text[best[1]:p], CORRUPT_BEFORE_MARGIN):
                yield Flag(best[1], p + 1, "out-of-phase GBK decoding ending at a '?': a byte was lost before "
                                           f"this run and every pair after it is shifted (it probably read {best[2]!r})")
        p = text.find("?", p + 1)


_GARBLE_TALK = re.compile("乱码|亂碼|异常字符|異常字符|乱字符|亂字符")
"""Words of a line that talks about garbled text (a data bureau's notice on encodings)."""
_OPENING_QUOTES = "“\"'「『《"
_CLOSING_QUOTES = "”\"'」』》"


def _quoted_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in quotes on a line that talks about
    garbled text (``出现“锟斤拷”一类乱码``): an example, not garbage.

    >>> _quoted_example("出现“锟斤拷”一类乱码", 3, 6), _quoted_example("附件“锟斤拷”", 3, 6)
    (True, False)
    """
    if not (start and text[start - 1] in _OPENING_QUOTES and text[end:end + 1] in _CLOSING_QUOTES and end < len(text)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _GARBLE_TALK.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def find_flags(doc: Document, config: CorruptionConfig | None = None) -> list[Flag]:
    """Corrupt spans of the current text of ``doc`` (see the module doc)."""
    config = config or CorruptionConfig()
    text = doc.text
    flags: list[Flag] = []
    has_fffd, has_question = "\ufffd" in text, "?" in text
    if has_fffd:
        for m in _FFFD.finditer(text):
            if not _from_raw_bytes(doc, m.start(), m.end()):
                a, b = _corrupt_garbled_around(text, m.start(), m.end())
                flags.append(Flag(min(a, _question_before(text, m.start())), b,
                                  f"{m.end() - m.start()} replacement character(s): text was lost before it reached us"
                                  + (" (in a run of garbled characters)" if b - a > m.end() - m.start() else "")))
        flags.extend(_corrupt_fffd_lines(text))
    if any(map(text.__contains__, _GARBAGE_FIRSTS)) and any(lit in text for lit in _GARBAGE_LITERALS):
        for m in _GARBAGE.finditer(text):
            if _quoted_example(text, m.start(), m.end()):
                continue
            codec = "Latin-1" if m.group()[0] == "ï" else "Big5" if m.group()[0] in "嚙昍迋" else "GBK"
            flags.append(Flag(m.start(), m.end(), f"{m.group()[:3]!r} is garbage from a broken encoding "
                                                  "pipeline (replacement characters or uninitialised memory "
                                                  f"read as {codec})"))
    if "(cid:" in text:
        for m in _CORRUPT_PDF_CID.finditer(text):
            if not _quoted_example(text, m.start(), m.end()):
                flags.append(Flag(m.start(), m.end(), f"{m.group().count('(cid:')} PDF glyph code(s) "
                                  "((cid:N)): characters a PDF extractor could not map to text"))
    if has_question:
        for a, b in _question_runs(text):
            if _corrupt_q_asks(text, a):
                continue
            flags.append(Flag(a, b, "question marks inside Chinese text: characters an encoder could not write"))
    if has_question or has_fffd:
        flags.extend(_out_of_phase(text))
        flags.extend(_corrupt_out_of_phase_before(text))
        flags.extend(_lost_leads(text))
        if "(" in text or "（" in text:
            flags.extend(_corrupt_annotations(text))
        for e in find_high_bit_repairs(text):
            flags.append(Flag(e.start - 1 if e.start and text[e.start - 1] in "?\ufffd" else e.start, e.end,
                              f"{e.reason[:-len('; restored')]}: it reads {e.replacement!r}"))
    if has_question and config.lone_question_marks:
        lone = _lone_questions(text)
        stray = _corrupt_q_stray(text)
        if (lone or stray) and _full_width_style(text):
            for p in lone:
                if not _corrupt_q_asks(text, p):
                    flags.append(Flag(p, p + 1, "a '?' between hanzi in full-width text: probably a character "
                                                "an encoder could not write"))
            for p in stray:
                if not _corrupt_q_asks(text, p):
                    flags.append(Flag(p, p + 1, "a '?' after a hanzi, before a digit or at the end of a line, in "
                                                "full-width text and in no question: probably a character whose "
                                                "bytes were lost"))
        elif lone:
            for p in lone:
                if _corrupt_q_in_name(text, p) and not _corrupt_q_asks(text, p):
                    flags.append(Flag(p, p + 1, "a '?' inside a name before its title (同志, 先生, 女士): "
                                                "probably a rare character of the name an encoder could not write"))
    if not text.isascii():
        flags.extend(_legacy_private_use(doc))
        flags.extend(_corrupt_latin1_lines(text))
        flags.extend(_corrupt_short_garble_runs(text))
        flags.extend(_corrupt_utf8_as_gbk_runs(text))
    out = _disjoint(flags)
    if not text.isascii():  # (a whole line of garble is told besides the marks inside it)
        garble = [*_unrepaired_garble(text), *_unrepaired_sjis(text)]
        if _CORRUPT_HANGUL.search(text) is not None:
            garble.extend(f for f in _corrupt_hangul_lines(text) if not any(g.start <= f.start < g.end for g in garble))
        out = sorted([*out, *garble], key=lambda f: (f.start, -f.end))
    return out


def _disjoint(flags: Iterable[Flag]) -> list[Flag]:
    """``flags`` in text order, each one that overlaps an earlier one left out
    (the earliest start wins, the longest at the same start)."""
    out: list[Flag] = []
    for f in sorted(flags, key=lambda f: (f.start, -f.end)):
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out


_CORRUPT_HANGUL = re.compile("[\uac00-\ud7a3]")
_CORRUPT_HANGUL_HAN = re.compile(f"[\uac00-\ud7a3](?=[{_HAN}])|[{_HAN}](?=[\uac00-\ud7a3])")
CORRUPT_HANGUL_MIN_SWITCHES = 6
"""Fewest switches between a Hangul syllable and a hanzi next to it for a line
to be read as GBK text decoded as EUC-KR (or UHC): Korean writes hanja
beside Hangul words now and then (``연변(延边)``), garble switches at almost
every character (``삔累狼헹，몹群懇狼婁``)."""


def _corrupt_hangul_lines(text: str) -> Iterator[Flag]:
    """Lines where Hangul syllables and hanzi alternate, as Chinese text
    whose GBK bytes were read as EUC-KR does: at least
    :data:`CORRUPT_HANGUL_MIN_SWITCHES` switches, and a switch for at least
    every third Hangul syllable of the line. A Korean line, even with hanja,
    or a Korean title beside its Chinese one, is left alone.

    >>> t = "연변조선족자치주인민정부\\n삔累狼헹，몹群懇狼婁봤蘆綾뺏례된크栗뇨구\\n《봄갈이 기술 안내》（春耕技术指南）"
    >>> [t[f.start:f.end] for f in _corrupt_hangul_lines(t)]
    ['삔累狼헹，몹群懇狼婁봤蘆綾뺏례된크栗뇨구']
    """
    pos = 0
    for line in text.split("\n"):
        if _CORRUPT_HANGUL.search(line) is not None:
            switches = len(_CORRUPT_HANGUL_HAN.findall(line))
            hangul = len(_CORRUPT_HANGUL.findall(line))
            if switches >= CORRUPT_HANGUL_MIN_SWITCHES and switches * 3 >= hangul:
                a = pos + len(line) - len(line.lstrip())
                yield Flag(a, pos + len(line.rstrip()),
                           "Hangul and hanzi alternating in this line, as Chinese text whose GBK bytes were read as "
                           "EUC-KR is: garbled by a broken encoding pipeline and not repaired")
        pos += len(line) + 1



GARBLE_MIN_HAN = 10
"""Fewest hanzi a line must hold to be judged as a whole by :func:`_unrepaired_garble`."""
GARBLE_RARE_SHARE = 0.3
"""Least share of the hanzi of a line that must be rare (costing
:data:`~govtext.decoding.plausibility.COST_LESS_COMMON` or more: neither
everyday Simplified nor everyday Traditional) for it to be taken for
garble: correct text of either script, even with names, variants and
Cantonese, stays below a fifth; mojibake is made mostly of rare ones."""
GARBLE_STRONG_SHARE = 0.1
"""Least share of those hanzi that are strong suspects (neither GB 2312
nor Big5: :func:`~govtext.decoding.mojibake.strong_suspect_re`)."""
_GARBLE_HAN = re.compile(f"[{_HAN}\ue000-\uf8ff]")
_GARBLE_HAN_RUN = re.compile(f"[{_HAN}\ue000-\uf8ff]+")


def _han_count(text: str) -> int:
    """How many characters of ``text`` :data:`_GARBLE_HAN` matches, counted
    at C speed without a match per character (``re`` spends hundreds of
    instructions on each match): the high bytes of the text's UTF-16 code
    units, translated to 1 for the blocks of 256 code points that are all
    hanzi, are counted; the few characters of blocks that are partly hanzi
    (:func:`_han_blocks`) are counted by a search. A character beyond the
    BMP (never one of them) is two surrogate units, which no block holds."""
    full, mixed, mixed_han = _han_blocks()
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    n = high.translate(full).count(1)
    if mixed and any(b in high for b in mixed):
        n += len(mixed_han.findall(text))
    return n


@cache
def _han_blocks() -> tuple[bytes, bytes, re.Pattern[str]]:
    """For :func:`_han_count`: a table of the 256 high bytes of UTF-16 code
    units, 1 for a block of code points that :data:`_GARBLE_HAN` matches
    whole, else 0; the high bytes of the blocks it matches only in part;
    and a pattern matching the characters it matches in those blocks."""
    full = bytearray(256)
    mixed = bytearray()
    in_mixed: list[str] = []
    bmp = "".join(map(chr, range(0x10000)))
    for b in range(256):
        block = bmp[b << 8 : (b + 1) << 8]
        runs = _GARBLE_HAN_RUN.findall(block)
        if runs == [block]:
            full[b] = 1
        elif runs:
            mixed.append(b)
            in_mixed.extend("".join(runs))
    return bytes(full), bytes(mixed), re.compile(f"[{class_ranges(in_mixed)}]" if in_mixed else "(?!)")


def _unrepaired_garble(text: str) -> Iterator[Flag]:
    """Lines that still read as mojibake (no codec pair undid them, as
    double mojibake or bytes lost beyond repair): at least
    :data:`GARBLE_MIN_HAN` hanzi, a share of them rare
    (:data:`GARBLE_RARE_SHARE`) and a share strong suspects.
    Only lines holding a strong suspect are looked at (correct text of
    either script usually has none: one search settles it).

    >>> [f.start for f in _unrepaired_garble("通知\\n娑撳瓨绠圭敮鍌欐眽濮樻垶鏂傛惔婊冨\\n關於開展工作的通知")]
    [3]
    """
    strong = strong_suspect_re()
    n = len(text)
    at = next_strong_suspect(text)
    while at < n:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = n if end < 0 else end
        # the hanzi among the strong suspects: cheaper than the hanzi, and usually too few for them
        n_strong = _han_count("".join(strong.findall(text, start, end)))
        if n_strong and _garble_shares(text[start:end], n_strong):
            line = text[start:end]
            a = start + len(line) - len(line.lstrip())
            yield Flag(a, start + len(line.rstrip()),
                       "most of this line is rare characters, as mojibake is: it was garbled by a broken "
                       "encoding pipeline and could not be repaired")
        at = next_strong_suspect(text, end)


CORRUPT_UTF8_MIN_COMMON = 2
"""Fewest everyday hanzi (GB 2312 level 1) the UTF-8 reading of a line's GBK bytes must give in a row
for :func:`_corrupt_utf8_as_gbk_runs` to take the characters for garble."""
_UTF8_CJK_RUN = re.compile(rb"(?:[\xe4-\xe9][\x80-\xbf][\x80-\xbf]){2,}")
"""Two or more UTF-8 sequences of common CJK ideographs in a row (lead bytes E4-E9)."""


@cache
def _corrupt_utf8_lead_re() -> re.Pattern[str]:
    """The characters whose GBK lead byte is a UTF-8 lead byte of common hanzi (E4-E9):
    UTF-8 read as GBK makes one of them every three characters or fewer, whatever its
    phase; correct text seldom has any (the rare level-2 rows of GB 2312)."""
    chars = []
    for lead in range(0xE4, 0xEA):
        for trail in range(0x40, 0xFF):
            try:
                chars.append(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    return re.compile(f"[{class_ranges(chars)}]")


@cache
def _corrupt_utf8_run_chars_re() -> re.Pattern[str]:
    """The characters whose GBK bytes hold a match of :data:`_UTF8_CJK_RUN`
    (two UTF-8 sequences of a CJK lead byte E4-E9 and two continuation bytes
    80-BF in a row), told without encoding: every byte from 80 up is one of a
    two-byte character, so the six bytes are three whole characters (lead,
    continuation | continuation, lead | continuation, continuation) or, a byte
    later, a character ending in a lead byte, one of two continuation bytes,
    one of a lead and a continuation byte, and one opening with a continuation
    byte. A line with no match is not encoded at all."""
    kinds = ["*"] * 256  # a byte's kind: a UTF-8 lead of common hanzi, a continuation byte, other
    kinds[0xE4:0xEA] = ["L"] * 6
    kinds[0x80:0xC0] = ["C"] * 64
    chars = [chr(code) for code in range(0x80, 0x10000) if not 0xD800 <= code < 0xE000]
    data = "".join(chars).encode("gbk", "replace")  # two bytes a character, "?" for one GBK lacks
    classes: dict[tuple[str, str], list[str]] = {}
    i = 0
    for c in chars:
        if data[i] == 0x3F:
            i += 1
            continue
        first, second = kinds[data[i]], kinds[data[i + 1]]
        i += 2
        if first != "*":
            classes.setdefault((first, second), []).append(c)
            classes.setdefault((first, "*"), []).append(c)
        if second == "L":
            classes.setdefault(("*", second), []).append(c)

    def cls(first: str, second: str) -> str:
        return f"[{class_ranges(classes.get((first, second), []))}]"

    return re.compile(f"{cls('L', 'C')}{cls('C', 'L')}{cls('C', 'C')}"
                      f"|{cls('*', 'L')}{cls('C', 'C')}{cls('L', 'C')}{cls('C', '*')}")


def _gbk_bytes(line: str) -> tuple[bytes, list[int]]:
    """The GBK bytes of ``line`` (a character GBK lacks, such as a folded
    form, as one byte: ``?`` as the codec's ``replace`` writes it) and, per
    byte, the index of its character.

    >>> _gbk_bytes("审C℃")
    (b'\\xc9\\xf3C\\xa1\\xe6', [0, 0, 1, 2, 2])
    """
    data = bytearray()
    owner: list[int] = []
    for i, c in enumerate(line):
        try:
            b = c.encode("gbk")
        except UnicodeEncodeError:
            b = b"?"
        data += b
        owner += [i] * len(b)
    return bytes(data), owner


def _corrupt_utf8_as_gbk_runs(text: str) -> Iterator[Flag]:
    """Runs of characters whose GBK bytes read as UTF-8 of everyday Chinese:
    UTF-8 read as GBK that the repair left (bytes lost with errors ignored,
    forms that NFKC folded: ``政务　C湇锷′′ぇ厅``), where runs of rare
    characters are too broken up for the other rules. Two or more UTF-8
    sequences in a row must read as :data:`CORRUPT_UTF8_MIN_COMMON` level-1
    hanzi or more in a row, and half of what they read as must be such hanzi,
    which correct text written in GBK practically never does (every other
    character of it would have to be a rare one of level 2); a double
    mojibake reads as mojibake again and is told by :func:`_unrepaired_garble`.
    Only lines holding a character of :func:`_corrupt_utf8_lead_re` are read.

    >>> [(f.start, f.end) for f in _corrupt_utf8_as_gbk_runs("二、落实责任编辑和审　C牳鍒跺害")]
    [(12, 16)]
    >>> list(_corrupt_utf8_as_gbk_runs("二、落实责任编辑和审核制度。王喆堃同志任该校校长。"))
    []
    """
    lead = _corrupt_utf8_lead_re()
    runs = _corrupt_utf8_run_chars_re()
    n = len(text)
    m = lead.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = n if end < 0 else end
        if runs.search(text, start, end) is None:  # no run: the line's bytes are not needed
            m = lead.search(text, end)
            continue
        owner: list[int] | None = None  # the character of each byte, made only for a run found
        for run in _UTF8_CJK_RUN.finditer(text[start:end].encode("gbk", "replace")):  # same bytes as _gbk_bytes
            reading = run.group().decode("utf-8")
            if _corrupt_common_in_row(reading) >= CORRUPT_UTF8_MIN_COMMON \
                    and sum(c in gb2312_level1() for c in reading) * 2 >= len(reading):
                owner = owner or _gbk_bytes(text[start:end])[1]
                a, b = _corrupt_garbled_around(text, start + owner[run.start()], start + owner[run.end() - 1] + 1)
                yield Flag(a, b, f"written back as GBK, these characters are UTF-8 of {reading!r}: UTF-8 read as "
                                 "GBK that was not repaired (bytes lost or folded)")
        m = lead.search(text, end)


def _corrupt_common_in_row(reading: str) -> int:
    """The most level-1 GB 2312 hanzi in a row in ``reading``."""
    common = gb2312_level1()
    best = row = 0
    for c in reading:
        row = row + 1 if c in common else 0
        best = max(best, row)
    return best


SHORT_GARBLE_MIN = 3
"""Fewest rare characters in a row, one of them in neither GB 2312 nor Big5,
taken for a short garble inside Simplified text (``鍒濅簩`` for ``初二``)."""
SHORT_GARBLE_PLAIN_SHARE = 0.8
"""Least share of level-1 GB 2312 hanzi among the line's other hanzi: the
line around the run is plain Simplified text (not Traditional, not Japanese)."""


def _corrupt_short_garble_han(c: str) -> bool:
    """Whether ``c`` may extend a short garble: a rare hanzi (no symbol, stars
    ``★☆``, zhuyin or Hangul, which other rules tell)."""
    return _HAN_CHAR.match(c) is not None and _corrupt_garble_char(c)


def _corrupt_short_garble_runs(text: str) -> Iterator[Flag]:
    """Short runs of rare characters around one in neither GB 2312 nor Big5
    (a strong suspect), :data:`SHORT_GARBLE_MIN` or more, inside a line of
    plain Simplified text: a few characters of UTF-8 read as GBK, too short
    for the repair to read back with confidence (``…通知；鍒濅簩年级…``).
    A rare character alone (a name's ``堃``) is no run.

    >>> [(f.start, f.end) for f in _corrupt_short_garble_runs("各社团活动地点见班级群通知；鍒濅簩年级体育测试另行通知。")]
    [(14, 17)]
    >>> list(_corrupt_short_garble_runs("王喆堃同志任该校校长。"))
    []
    """
    n = len(text)
    at = next_strong_suspect(text)
    common = gb2312_level1()
    while at < n:
        a, b = at, at + 1
        while a > 0 and at - a < CORRUPT_EXTEND_MAX and _corrupt_short_garble_han(text[a - 1]):
            a -= 1
        while b < n and b - at < CORRUPT_EXTEND_MAX and _corrupt_short_garble_han(text[b]):
            b += 1
        if b - a >= SHORT_GARBLE_MIN and _HAN_CHAR.match(text[at]):
            start = text.rfind("\n", 0, a) + 1
            end = text.find("\n", b)
            end = n if end < 0 else end
            rest = [c for c in text[start:a] + text[b:end] if _HAN_CHAR.match(c) and not _corrupt_garble_char(c)]
            if len(rest) >= SHORT_GARBLE_MIN and sum(c in common for c in rest) >= SHORT_GARBLE_PLAIN_SHARE * len(rest):
                yield Flag(a, b, f"{b - a} rare characters in a row inside Simplified text, as a few characters "
                                 "of UTF-8 read as GBK are: garbled by a broken encoding pipeline and not repaired")
        at = next_strong_suspect(text, max(b, at + 1))


def _unrepaired_sjis(text: str) -> Iterator[Flag]:
    """Lines still holding half-width katakana next to hanzi
    (:func:`~govtext.decoding.sjis.sjis_garbled_lines`): UTF-8 read as
    Shift-JIS that the repair could not read back (mixed with other text, or
    too many bytes lost).

    >>> [(f.start, f.end) for f in _unrepaired_sjis("正文\\n　荳ｭ蝗ｽ莠ｺ豌\\n")]
    [(4, 11)]
    """
    for start, end in sjis_garbled_lines(text):
        line = text[start:end]
        a = start + len(line) - len(line.lstrip())
        yield Flag(a, start + len(line.rstrip()),
                   "hanzi mixed with half-width katakana, as UTF-8 read as Shift-JIS (cp932) is: garbled by a "
                   "broken encoding pipeline and not repaired")


def _garble_shares(line: str, n_strong: int) -> bool:
    """Whether ``line``, holding ``n_strong`` hanzi that are strong
    suspects, has the hanzi of garble (see :func:`_unrepaired_garble`)."""
    n_han = _han_count(line)
    if n_han < GARBLE_MIN_HAN or n_strong < GARBLE_STRONG_SHARE * n_han:
        return False
    return sum(1 for c in _GARBLE_HAN.findall(line) if char_cost(c) >= COST_LESS_COMMON) >= GARBLE_RARE_SHARE * n_han


CORRUPT_RARE_COST = 2.5
"""Least :func:`~govtext.decoding.plausibility.char_cost` of a character that
extends the garbled run around a U+FFFD (rare hanzi, strong suspects such as
``傗`` and ``ⅰ``: what UTF-8 read as GBK is made of)."""
CORRUPT_EXTEND_MAX = 12
"""The most characters a garbled run is extended on each side of a U+FFFD."""


def _corrupt_garble_char(c: str) -> bool:
    """Whether ``c`` may belong to a garbled run: a U+FFFD, or a non-ASCII
    character that is no punctuation or space and costs :data:`CORRUPT_RARE_COST`."""
    if c == "\ufffd":
        return True
    return not c.isascii() and c not in _CORRUPT_MARKS and not c.isspace() and char_cost(c) >= CORRUPT_RARE_COST


def _corrupt_garbled_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the garbled run holding the U+FFFD run ``text[start:end]``:
    it is extended over rare characters and further U+FFFD on each side (one
    common character is bridged when a rare one follows it), so that a
    fragment of mojibake (``变量銆傗\ufffd滄垜浠\ufffd瑕佹妸创新``) is told
    whole, not as its replacement characters one by one.

    >>> t = "变量銆傗\ufffd滄垜浠\ufffd瑕佹妸创新"
    >>> a, b = _corrupt_garbled_around(t, 5, 6); t[a:b]
    '銆傗\ufffd滄垜浠\ufffd瑕佹妸'
    >>> _corrupt_garbled_around("联系人：张\ufffd\ufffd，", 5, 7)
    (5, 7)

    In Simplified text a hanzi outside GB2312 (a Traditional form such as
    ``鍛``, common enough in Big5) beside the run is garble too: UTF-8 read as
    GBK is made of such characters (``征集鍏\ufffd鍥\ufffd鍛藉悕方案`` for
    ``征集公园命名方案``), and script conversion would otherwise rewrite it.

    >>> t = "并向社会征集鍏\ufffd鍥\ufffd鍛藉悕方案"
    >>> a, b = _corrupt_garbled_around(t, 7, 8); t[a:b]
    '鍏\ufffd鍥\ufffd鍛藉悕'
    >>> _corrupt_garbled_around("聯繫人：張\ufffd\ufffd，", 5, 7)
    (5, 7)

    Two common characters are bridged too when a rare one and a U+FFFD follow
    them, as UTF-8 read as GBK writes a word of four (``跨境电商``):

    >>> t = "发展璺ㄥ\ufffd冪數鍟\ufffd新业态"
    >>> a, b = _corrupt_garbled_around(t, 4, 5); t[a:b]
    '璺ㄥ\ufffd冪數鍟\ufffd'
    """
    simplified = _corrupt_simplified_before(text, start)

    def garble(c: str) -> bool:
        return _corrupt_garble_char(c) or (simplified and _corrupt_outside_gb2312(c))

    a = start
    while a > max(start - CORRUPT_EXTEND_MAX, 0):
        if garble(text[a - 1]):
            a -= 1
        elif a >= 2 and _HAN_CHAR.match(text, a - 1) and garble(text[a - 2]):
            a -= 2
        else:
            break
    b, n = end, len(text)
    while b < min(end + CORRUPT_EXTEND_MAX, n):
        if garble(text[b]):
            b += 1
        elif b + 1 < n and _HAN_CHAR.match(text, b) and garble(text[b + 1]):
            b += 2
        elif b + 2 < n and _HAN_CHAR.match(text, b) and _HAN_CHAR.match(text, b + 1) and text[b + 2] != "\ufffd" \
                and _corrupt_garble_char(text[b + 2]) and "\ufffd" in text[b + 3:b + 5]:
            b += 3  # two common characters between rare ones, a U+FFFD right after them: 璺ㄥ\ufffd冪數鍟\ufffd
        else:
            break
    return a, b


CORRUPT_SIMPLIFIED_CONTEXT = 16
"""How many characters before a garbled run :func:`_corrupt_simplified_before` reads."""


def _corrupt_outside_gb2312(c: str) -> bool:
    """Whether ``c`` is a hanzi that GB2312 lacks (a Traditional form, a rare character)."""
    return _HAN_CHAR.match(c) is not None and c not in gb2312_level1() and c not in gb2312_level2()


def _corrupt_simplified_before(text: str, start: int) -> bool:
    """Whether the text before ``start`` (up to :data:`CORRUPT_SIMPLIFIED_CONTEXT`
    characters, back to the line's start, skipping the garble next to it) is
    Simplified: four or more hanzi, every one in GB2312."""
    lo = max(text.rfind("\n", 0, start) + 1, start - CORRUPT_SIMPLIFIED_CONTEXT * 2)
    han = [c for c in text[lo:start] if _HAN_CHAR.match(c)]
    k = len(han)
    while k and (_corrupt_outside_gb2312(han[k - 1]) or _corrupt_garble_char(han[k - 1])):
        k -= 1  # the garble just before the U+FFFD is not the context
    context = han[max(k - CORRUPT_SIMPLIFIED_CONTEXT, 0):k]
    return len(context) >= 4 and not any(_corrupt_outside_gb2312(c) for c in context)


CORRUPT_FFFD_LINE_MIN = 3
"""Fewest U+FFFD followed by a byte read as ASCII (``\ufffd@``, ``\ufffdA``)
that make a line garbled as a whole: Big5 read as GBK, where every pair
with a lead GBK gives no such trail to decodes to U+FFFD and the trail byte
(0x40–0x7E) to a letter or sign; the hanzi between are garble too, though
common ones. A line repaired from lost UTF-8 bytes has U+FFFD before hanzi,
marks and digits, not before letters."""
_CORRUPT_FFFD_TRAIL = re.compile("\ufffd[@-Z^-z~]")


def _corrupt_fffd_lines(text: str) -> Iterator[Flag]:
    """Lines holding :data:`CORRUPT_FFFD_LINE_MIN` or more U+FFFD each followed
    by a trail byte read as ASCII, told whole.

    >>> [f.start for f in _corrupt_fffd_lines("好\\n\ufffd@\ufffd悴忒\ufffdZ挡\ufffdA迭\\n会\ufffd强\ufffd\ufffd带\ufffd班")]
    [2]
    """
    at = text.find("\ufffd")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if len(_CORRUPT_FFFD_TRAIL.findall(text, start, end)) >= CORRUPT_FFFD_LINE_MIN:
            line = text[start:end]
            a = start + len(line) - len(line.lstrip())
            yield Flag(a, start + len(line.rstrip()), "replacement characters all along this line, each before a "
                                                      "byte read as ASCII: it was decoded with the wrong codec (Big5 "
                                                      "as GBK?) and could not be repaired")
        at = text.find("\ufffd", end)


_CORRUPT_ALIEN = re.compile("[\u00a1-\u07ff\ufffd€‚ƒ„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ]")
"""What Chinese bytes decode to with a Western codec: Latin-1 letters and
signs (U+00A1–U+00FF) and the cp1252 extras (not its quotes, dashes and
ellipsis, which Chinese text uses), or, read as UTF-8, the two-byte letters
of Latin Extended, IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic ...
(U+0100–U+07FF), with U+FFFD for what did not decode."""
_CORRUPT_ALIEN_PAIR = regex.compile("[\u00a1-\u07ff]{2}")
"""Two such letters in a row, where a line of garble is looked for
(the ``regex`` module scans a text for a character class several times faster than ``re``)."""
CORRUPT_ALIEN_MIN = 8
"""Fewest such characters in a line of Western-codec garble."""
CORRUPT_ALIEN_SHARE = 0.4
"""Least share of a line's non-space characters they must make: a European
language writes mostly ASCII letters (``Português``); GBK bytes read as
Latin-1 are nearly all of them (``»áÒéÇ¿µ÷``)."""
CORRUPT_ALIEN_SPACES = 0.03
"""Most spaces per such character: Greek or Russian text is words between
spaces, garble (``ΪһóҽαɷѹȷӦ``) runs on without any."""


def _corrupt_alien_mixed(chars: list[str]) -> bool:
    """Whether ``chars`` (of :data:`_CORRUPT_ALIEN`) are garble rather than a
    word of one alphabet: Latin-1 signs or U+FFFD among them, or letters of two
    blocks or more (Greek and Cyrillic, Cyrillic and Hebrew ...), as UTF-8
    decoding of GBK bytes mixes them; ``Федерации`` alone is Russian."""
    blocks = set()
    for c in chars:
        if c < "\u0370" or c > "\u07ff":
            return True
        blocks.add(ord(c) >> 8)
    return len(blocks) >= 2


def _corrupt_latin1_lines(text: str) -> Iterator[Flag]:
    """Lines that are GBK or Big5 bytes read with a Western codec and left so
    (the mojibake repairer could not undo them: a byte was lost on the way, or
    the codec dropped or replaced what it could not read): most of the line
    :data:`_CORRUPT_ALIEN`, with hardly a space. A text with no two Latin-1
    or Greek-to-Arabic letters in a row costs one search.

    >>> [f.start for f in _corrupt_latin1_lines("标题\\n¡¡»áÒéÇ¿µ÷£¬Òª¼ÓÇ¿\\nPortuguês\\nΪһóҽαɷѹȷӦֽй֪ͨ")]
    [3, 32]
    >>> list(_corrupt_latin1_lines("Министерство иностранных дел Российской Федерации"))
    []
    """
    m = _CORRUPT_ALIEN_PAIR.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        found = _CORRUPT_ALIEN.findall(text, start, end)
        n = len(found)
        line = text[start:end]
        spaces = line.count(" ")
        if (n >= CORRUPT_ALIEN_MIN and n >= CORRUPT_ALIEN_SHARE * (len(line) - spaces - line.count("\u3000"))
                and spaces <= CORRUPT_ALIEN_SPACES * n and _corrupt_alien_mixed(found)):
            a = start + len(line) - len(line.lstrip())
            yield Flag(a, start + len(line.rstrip()), "Western letters and signs all along this line: Chinese "
                                                      "bytes read as Latin-1, cp1252 or UTF-8 that could not be "
                                                      "repaired")
        m = _CORRUPT_ALIEN_PAIR.search(text, end)


_LOST_RUN = 3
"""The most hanzi between a ``?`` and the U+FFFD that ends the same garbled run."""


def _question_before(text: str, start: int) -> int:
    """Where the garbled run that U+FFFD at ``start`` ends begins: at the
    ``?`` (a lost byte) right before it or at most :data:`_LOST_RUN` hanzi
    before it (``任?\ufffd``, ``堅?址\ufffd``); else ``start``.

    >>> _question_before("堅?址\ufffd中", 3), _question_before("中文\ufffd", 2)
    (1, 2)
    """
    for p in range(start - 1, max(start - 2 - _LOST_RUN, -1), -1):
        if text[p] == "?":
            return p
        if not _HAN_CHAR.match(text, p):
            break
    return start


def _lost_leads(text: str) -> Iterator[Flag]:
    """A ``?`` after Chinese text that stands for a lost lead byte, with the
    trail byte after it read as ASCII (:data:`_LOST_LEAD`).

    >>> [(f.start, f.end) for f in _lost_leads("築牢安全?l展的屏障，?A股上漲")]
    [(4, 6)]
    >>> [(f.start, f.end) for f in _lost_leads("通報?C光，做?X光檢查。?K\\n是嗎?A")]
    [(2, 4), (13, 15)]
    >>> [(f.start, f.end) for f in _lost_leads("城市建?O。選哪個?A。")]
    [(3, 5)]
    >>> [(f.start, f.end) for f in _lost_leads("推廣?D型經驗，到底選哪個?A股")]
    [(2, 4)]
    """
    for m in _anchored(_LOST_LEAD, text, 0):
        if m.start() > 0 and _CJK_CHAR.match(text, m.start() - 1):
            yield Flag(m.start(), m.end(), f"a lost lead byte: '?' stands for a GBK or Big5 lead byte and its "
                                           f"trail byte reads as {m.group(1)!r} (the character is lost)")
    for m in _anchored(_LOST_LEAD_LATIN_WORD, text, 0):
        if m.start() > 0 and _HAN_CHAR.match(text, m.start() - 1) and not _corrupt_q_asks(text, m.start()):
            yield Flag(m.start(), m.end(), f"a lost lead byte before a Latin letter: '?' after a hanzi in a clause "
                                           f"that asks nothing stands for a GBK or Big5 lead byte and its trail "
                                           f"byte reads as {m.group(1)!r} (the character is lost)")
    for m in _anchored(_LOST_LEAD_BEFORE_MARK, text, 0):
        if m.start() > 0 and _HAN_CHAR.match(text, m.start() - 1) and not _corrupt_q_asks(text, m.start()):
            yield Flag(m.start(), m.end(), f"a lost lead byte before a punctuation mark: '?' stands for a GBK or "
                                           f"Big5 lead byte and its trail byte reads as {m.group(1)!r} "
                                           "(the character is lost)")
    for m in _anchored(_LOST_LEAD_LINE_END, text, 0):
        if m.start() > 0 and text[m.start() - 1] in _LOST_LEAD_MARKS:
            yield Flag(m.start(), m.end(), f"a lost lead byte at the end of a line: '?' after a full-width mark "
                                           f"stands for a GBK or Big5 lead byte and its trail byte reads as "
                                           f"{m.group(1)!r} (the character is lost)")


def _question_runs(text: str) -> Iterator[tuple[int, int]]:
    """Runs of two or more ``?`` after a hanzi or CJK punctuation mark, or
    before a hanzi, or after a name separator that follows a hanzi (found by
    the literal ``??``, so a scan costs little).

    >>> list(_question_runs("王志强　??\\n吐尔洪·????"))
    [(4, 6), (11, 15)]
    """
    if "??" not in text:
        return
    for m in _QUESTIONS.finditer(text):
        a, b = m.span()
        if ((a > 0 and _CJK_CHAR.match(text, a - 1)) or _HAN_CHAR.match(text, b)
                or (a > 1 and text[a - 1] in _NAME_SEPARATORS and _HAN_CHAR.match(text, a - 2))):
            yield a, b


_NAME_SEPARATORS = frozenset("\u3000 ·•・")
"""Marks between the names of a list or the parts of one name (``王志强　??``,
``吐尔洪·??????``; NFKC makes the ideographic space an ASCII one): a run of
``?`` after one that follows a hanzi stands for a name."""


_NOT_BEFORE_QUESTION = frozenset("（“《【〔「『、，；：(,;:")
"""Marks a question mark never follows: a ``?`` after one (``（?祥村）``) stands for a character."""
_NOT_AFTER_QUESTION = frozenset("，、；：。,;:\u3000")
"""Marks a question mark never precedes: a ``?`` before one (``王?，``) stands for a character;
nor, in text punctuated full-width, an ideographic space, which parts the names of a list
(``刘?　周海燕``)."""


def _lone_questions(text: str) -> list[int]:
    """Positions of single ``?`` standing where a hanzi should be: between
    two hanzi, or next to a hanzi on one side and on the other a mark a
    question mark never stands next to (``联系人：王?，``, ``（?祥村）``).

    >>> _lone_questions("?王?，吉?祥（?村）是吗?”好?")
    [2, 5, 8]
    >>> _lone_questions("城关镇：刘?　周海燕")
    [5]
    """
    out: list[int] = []
    p = text.find("?")
    while p >= 0:
        before, after = text[p - 1:p], text[p + 1:p + 2]
        if before and _HAN_CHAR.match(before):
            if after and (after in _NOT_AFTER_QUESTION or _HAN_CHAR.match(after)):
                out.append(p)
        elif before in _NOT_BEFORE_QUESTION and after and _HAN_CHAR.match(after):
            out.append(p)
        p = text.find("?", p + 1)
    return out


_CORRUPT_Q_ASKING = re.compile(r"[吗嗎呢么麼嘛吧啥什怎哪谁誰几幾否何岂豈]|多少|多久|多长|多長|多远|多遠|难道|難道|还是|還是"
                               r"|请问|請問|(.)[不没沒]\1")
"""Words that make a clause a question (``吗``, ``怎么``, ``哪``, ``是否``,
``还是``, ``多长``, A-not-A such as ``能不能``): a ``?`` ending such a clause
is a question mark."""
_CORRUPT_Q_ASKING_LINE = re.compile(r"\s*(?:问|問|提问|提問|Q\s*[:：.、])")
"""The opening of a Q&A page's question line (``问：``, ``Q：``): its ``?`` asks, whatever its words."""
_CORRUPT_Q_CLAUSE_END = "。！？!?；;“”\n，,：:"
_CORRUPT_Q_LOOK_BACK = 60
"""The most characters looked back for the start of the clause a ``?`` ends."""


def _corrupt_q_asks(text: str, p: int) -> bool:
    """Whether the ``?`` at ``p`` ends a question: the clause before it (back
    to the previous mark, another ``?`` or the line start) holds a question
    word (:data:`_CORRUPT_Q_ASKING`), or its line opens as a Q&A question
    (:data:`_CORRUPT_Q_ASKING_LINE`). A page that writes its question marks
    half-width (``怎么选?选了以后能不能改?``) is not corrupt there; a ``?`` in
    a clause asking nothing stands for lost bytes, even when an earlier
    clause holds 如何 or 几个.

    >>> _corrupt_q_asks("怎么选?选了以后能不能改?", 3), _corrupt_q_asks("同比增?8.6%", 3)
    (True, False)
    >>> _corrupt_q_asks("如何落实，全年增?8.6%", 10), _corrupt_q_asks("问：办理地点?", 6)
    (False, True)
    """
    start = max(p - _CORRUPT_Q_LOOK_BACK, 0)
    for q in range(p - 1, start - 1, -1):
        if text[q] in _CORRUPT_Q_CLAUSE_END:
            start = q + 1
            break
    if _CORRUPT_Q_ASKING.search(text, start, p) is not None:
        return True
    line = text.rfind("\n", 0, p) + 1
    return _CORRUPT_Q_ASKING_LINE.match(text, line, p) is not None


_CORRUPT_Q_NAME_TITLE = re.compile(f"[{_HAN}]{{0,2}}(?:同志|先生|女士|同學|同学|老師|老师)")
"""What follows the ``?`` of a name whose rare character was lost: the rest of the
name and the title of address (``郑?明同志``, ``刘?同志``, ``李?先生``)."""


def _corrupt_q_in_name(text: str, p: int) -> bool:
    """Whether the lone ``?`` at ``p`` (between hanzi) stands inside a name
    before its title of address: on a page writing half-width punctuation a
    ``?`` between hanzi may end a question, but ``免去郑?明同志的职务`` asks
    nothing (the caller checks the clause for question words as well).

    >>> _corrupt_q_in_name("免去郑?明同志的职务", 3), _corrupt_q_in_name("任命刘?同志为副局长", 3)
    (True, True)
    >>> _corrupt_q_in_name("是不是?明天再说", 3), _corrupt_q_in_name("同意吗?同志们", 3)
    (False, True)
    """
    return _CORRUPT_Q_NAME_TITLE.match(text, p + 1) is not None


def _corrupt_q_stray(text: str) -> list[int]:
    """Positions of single ``?`` right after a hanzi and before a digit, the
    end of a line or the end of the text (``同比增?8.6%``: the trail byte of
    长 lost before ``8``; ``同期持平?``: the lead byte of ``。`` lost at the
    line end); whether they ask is left to :func:`_corrupt_q_asks`.

    >>> _corrupt_q_stray("增?8.6%，持平?\\n好吗??")
    [1, 9]
    """
    out: list[int] = []
    p = text.find("?")
    while p >= 0:
        after = text[p + 1:p + 2]
        if (p > 0 and _HAN_CHAR.match(text, p - 1)
                and (not after or after == "\n" or after.isdigit())):
            out.append(p)
        p = text.find("?", p + 1)
    return out


CORRUPT_CONTEXT = 3
"""Characters of its line on each side of a flagged span quoted in the warning's message."""


def corrupt_context(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with up to :data:`CORRUPT_CONTEXT` characters of its
    line on each side: a warning quotes it, since a flagged ``?`` or ``?o`` says
    little by itself and a reader (or a label) names the garble with its
    neighbours (``續?o展``).

    >>> corrupt_context("第一行\\n要永续?o展，必须", 7, 9)
    '要永续?o展，必'
    """
    a = max(text.rfind("\n", 0, start) + 1, start - CORRUPT_CONTEXT)
    b = text.find("\n", end)
    return text[a:min(end + CORRUPT_CONTEXT, len(text) if b < 0 else b)]


def _full_width_style(text: str) -> bool:
    """Whether ``text`` punctuates Chinese with full-width marks only (then a
    half-width ``?`` between hanzi is unlikely to be a question mark): no
    hanzi is followed by ``,`` or ``.``, and at least four by ``，`` or ``。``.

    >>> _full_width_style("一，二。三，四。"), _full_width_style("一，二。三，四。五.")
    (True, False)
    """
    if any(_HAN_CHAR.match(text, m.start() - 1) for m in _HALF_STOP.finditer(text, 1)):
        return _corrupt_nfkc_style(text)
    full = 0
    for m in _FULL_STOP.finditer(text, 1):
        if _HAN_CHAR.match(text, m.start() - 1):
            full += 1
            if full >= 4:
                return True
    return False


_CORRUPT_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_CORRUPT_BEFORE_ANNOTATION = re.compile(f"\\?[(（]([{_CORRUPT_PINYIN_LETTERS}]{{1,6}})[)）]")
"""A ``?`` in the place of the character a pinyin annotation follows (``電?(chí)``)."""
_CORRUPT_IN_ANNOTATION = re.compile(f"\\?[{_CORRUPT_PINYIN_LETTERS}]{{0,5}}[)）]")
"""A ``?`` inside an annotation's brackets, after its first letters (``建設(sh?)``)."""
_CORRUPT_ANNOTATION_HEAD = re.compile(f"[{_HAN}][(（][{_CORRUPT_PINYIN_LETTERS}]{{1,6}}$")
_CORRUPT_ANNOTATION_CLOSED = re.compile(f"[{_HAN}][(（]([{_CORRUPT_PINYIN_LETTERS}]{{1,6}})[)）]$")


def _corrupt_annotations(text: str) -> Iterator[Flag]:
    """A ``?`` where a page with pinyin injected after its characters lost
    bytes: in the place of an annotated character (``電?(chí)``: injectors
    annotate only hanzi, so the ``?`` stands for one) or inside the
    annotation (``建設(sh?)``: the toned vowel's two bytes were cut).

    A ``?`` right after an annotation stands for the next character
    (``計畫(huà)?單一``) when the text punctuates full-width (also after NFKC)
    and the clause asks nothing (``是嗎(ma)?`` asks).

    >>> [(f.start, f.end) for f in _corrupt_annotations("新能源電?(chí)等，建設(sh?)。好?(Apple)")]
    [(4, 5), (14, 19)]
    >>> [(f.start, f.end) for f in _corrupt_annotations("計畫(huà)?單一。是嗎(ma)?一。二。三。")]
    [(7, 8)]
    """
    from govtext.script.annotations import is_pinyin  # only for a text with a candidate

    for m in _anchored(_CORRUPT_BEFORE_ANNOTATION, text, 0):
        if is_pinyin(m.group(1)):
            yield Flag(m.start(), m.start() + 1, "a '?' before a pinyin annotation: the character it annotates "
                                                 "was lost")
    for m in _anchored(_CORRUPT_IN_ANNOTATION, text, 0):
        head = _CORRUPT_ANNOTATION_HEAD.search(text, max(m.start() - 8, 0), m.start())
        if head is not None:
            yield Flag(head.start() + 1, m.end(), "a '?' inside a pinyin annotation: the bytes of a toned "
                                                  "letter were lost")
    styled: bool | None = None
    for q in _anchor_positions(text):  # a '?' right after a closing bracket (few: no scan of the text)
        if q == 0 or text[q - 1] not in ")）" or text[q] != "?":
            continue
        head = _CORRUPT_ANNOTATION_CLOSED.search(text, max(q - 9, 0), q)
        if head is not None and is_pinyin(head.group(1)) and not _corrupt_q_asks(text, q):
            if styled is None:
                styled = _full_width_style(text)
            if not styled:
                return
            yield Flag(q, q + 1, "a '?' right after a pinyin annotation, in full-width text and in no question: "
                                 "the character after the annotated one was lost")


_CORRUPT_IDEOGRAPHIC_STOP = re.compile("。")
_CORRUPT_HALF_PERIOD = re.compile(r"\.")


def _corrupt_nfkc_style(text: str) -> bool:
    """Whether ``text`` is full-width text put through NFKC, as the
    development corpus is written: ``，`` became ``,`` but the ideographic
    full stop ``。`` has no half-width form and stays. At least four hanzi
    are followed by ``。`` and none by ``.``: the author punctuated
    full-width, so a ``?`` between hanzi is as unlikely a question mark as in
    full-width text (a ``？`` that NFKC turned into ``?`` still ends a clause
    with a question word, which :func:`_corrupt_q_asks` tells).

    >>> _corrupt_nfkc_style("一,二。三,四。五。六。"), _corrupt_nfkc_style("一,二。三。四。五.六。")
    (True, False)
    """
    if any(_HAN_CHAR.match(text, m.start() - 1) for m in _CORRUPT_HALF_PERIOD.finditer(text, 1)):
        return False
    full = 0
    for m in _CORRUPT_IDEOGRAPHIC_STOP.finditer(text, 1):
        if _HAN_CHAR.match(text, m.start() - 1):
            full += 1
            if full >= 4:
                return True
    return False


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]+")
_LEGACY_CODECS = ("gb", "big5", "cp9", "hz")
"""Prefixes of the names of the legacy Chinese codecs, whose user-defined
areas decode to private-use characters."""


def _legacy_private_use(doc: Document) -> Iterator[Flag]:
    """Runs of private-use characters decoded from a legacy Chinese codec
    (GBK, Big5 ...): its user-defined areas have no standard reading. A
    page seldom holds one on purpose (a home-made glyph for a rare name);
    mostly a byte was lost and the bytes after it pair up wrongly
    (``站、C`` less its first byte reads ``尽\ue529NG``). Private-use
    characters of a UTF-8 page (icon fonts) are left alone, without a scan."""
    if not any(seg.encoding.startswith(_LEGACY_CODECS) for seg in doc.origin.segments):
        return
    for m in _PRIVATE_USE.finditer(doc.text):
        seg = doc.origin.segment_at(doc.original_range(m.start(), m.end())[0])
        if seg is not None and seg.encoding.startswith(_LEGACY_CODECS):
            yield Flag(m.start(), m.end(), f"{m.end() - m.start()} private-use character(s) decoded from "
                       f"{seg.encoding}: no standard character (a byte lost before them, or a home-made glyph)")


def _from_raw_bytes(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands for undecodable input bytes (the
    decoder has already warned about those)."""
    ostart, _oend = doc.original_range(start, end)
    seg = doc.origin.segment_at(ostart)
    return seg is not None and seg.encoding == RAW_BYTES


class CorruptionFlagger:
    """Filter: repairs stripped-high-bit GBK pairs and warns about corrupt
    spans it cannot repair (see the module doc)."""

    name = "corruption"

    def __init__(self, config: CorruptionConfig | None = None) -> None:
        self.config = config or CorruptionConfig()

    def __call__(self, doc: Document) -> None:
        text = doc.text
        if ("?" not in text and "\ufffd" not in text and not any(map(text.__contains__, _GARBAGE_CHARS))
                and "(cid:" not in text and (text.isascii() or next_strong_suspect(text) == len(text))):
            # no mark of loss and no strong suspect: only UTF-8 read as GBK that the repair left can be
            # there (its characters are common enough in GBK), and nothing else to find flags beside it
            self._warn(doc, _disjoint(_corrupt_utf8_as_gbk_runs(text)) if not text.isascii() else [])
            return None
        if self.config.repair_high_bit and ("?" in text or "\ufffd" in text):
            edits = find_high_bit_repairs(doc.text)
            if edits:
                doc.apply(edits, filter=self.name)
        self._warn(doc, find_flags(doc, self.config))
        return None

    def _warn(self, doc: Document, flags: Iterable[Flag]) -> None:
        text = doc.text
        for f in flags:
            doc.warn(KIND, f.start, f.end, f"{f.message}; in context: {corrupt_context(text, f.start, f.end)}",
                     filter=self.name)
