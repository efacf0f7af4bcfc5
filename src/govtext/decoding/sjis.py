"""UTF-8 read as Shift-JIS (cp932): ``荳ｭ蝗ｽ`` for 中国.

A page mirrored by a Japanese-locale pipeline reads the UTF-8 bytes of
Chinese text as cp932: kanji and half-width katakana (``ｭ``, ``ｽ``, bytes
0xA1-0xDF alone) mixed. Half-width katakana alone between hanzi is what gives it
away: correct Chinese text of either script never writes them so (and
Japanese text writes them in runs, not one alone between two kanji), so the
text is only searched for it once and a line is judged only when it holds
:data:`SJIS_KANA_MIN` of them alone between hanzi.

A strict decoder loses bytes on the way: a lead byte that the byte after it
does not complete (``0xEF`` of a full-width mark, ``0x84`` of ``各``) becomes
one U+FFFD, and decoding goes on from the next byte. Each U+FFFD is restored
when exactly one byte (or pair of bytes, for two in a row) both explains the
loss and makes the UTF-8 around it a GB 2312 or Big5 character; otherwise the
character stays U+FFFD, for the corruption flagger to report. A repair is
made only when the whole stretch then reads as strict UTF-8 of plausible
Chinese: bytes of anything else practically never do.

>>> [r.new for r in find_sjis_repairs("荳ｭ蝗ｽ莠ｺ豌鷹童陦\\ufffd")] == ["中国人民银\\ufffd"]   # 行 lost its last byte: many fit
True
>>> [r.new for r in find_sjis_repairs("蜈ｳ莠主刈蠑ｺ蝓主ｸゆｾ帶ｰｴ螳牙\\ufffdｨ菫晞囿蟾･菴懃噪騾夂衍")]
['关于加强城市供水安全保障工作的通知']
>>> find_sjis_repairs("ｶﾀｶﾅ与中国"), find_sjis_repairs("关于加强城市供水工作的通知")
([], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import regex

from govtext.decoding.charsets import big5_level1, big5_level2, gb2312_level1, gb2312_level2, gb2312_symbols
from govtext.decoding.plausibility import text_cost

__all__ = ["REASON", "RULE", "SJIS_KANA_MIN", "SjisRepair", "find_sjis_repairs", "sjis_garbled_lines"]

RULE = "utf8-as-sjis"
REASON = "encoded as cp932, decoded as utf-8"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = re.compile("[\uff61-\uff9f]")
_KANA_SCAN = regex.compile(_KANA.pattern)
"""``_KANA`` for a whole text
(the ``regex`` module scans a text for a character class several times faster than ``re``)."""
_KANA_BY_HAN = re.compile(f"(?<=[{_HAN}\u3040-\u309f])[\uff61-\uff9f](?=[{_HAN}\u3040-\u309f])")
"""A half-width katakana alone between two hanzi (or hiragana): the byte after a
two-byte cp932 character and before the next (a Japanese word in half-width
katakana is a run of them: ``日本ｿﾆｰ株式会社``)."""
SJIS_KANA_MIN = 2
"""Fewest half-width katakana alone between hanzi that make a line a suspect of UTF-8 read as cp932."""
SJIS_CEILING = 2.6
"""Highest mean character cost of a repair (plain text reads well below it)."""
_TRIM = 3
"""The most characters tried off either end of a stretch (correct text that cp932 also writes,
such as full-width marks, next to the garble)."""


@dataclass(frozen=True)
class SjisRepair:
    """``text[start:end]`` should read ``new`` (U+FFFD where a character was lost past restoring)."""

    start: int
    end: int
    new: str
    lost: int
    """How many characters stay U+FFFD."""


def sjis_garbled_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines (without their line break) holding
    :data:`SJIS_KANA_MIN` half-width katakana alone between hanzi.

    >>> sjis_garbled_lines("正文\\n荳ｭ蝗ｽ莠ｺ豌\\nｱｲｳ")
    [(3, 10)]
    """
    out: list[tuple[int, int]] = []
    m = _KANA_SCAN.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if len(_KANA_BY_HAN.findall(text, start, end)) >= SJIS_KANA_MIN:
            out.append((start, end))
        m = _KANA_SCAN.search(text, end)
    return out


def find_sjis_repairs(text: str) -> list[SjisRepair]:
    """Repairs of the stretches of UTF-8 read as cp932 in ``text``, in text
    order (see the module doc). A text NFKC-normalised after the damage
    (half-width katakana made full-width) is not read back: a full-width
    katakana may also have been one, and too many readings fit."""
    out: list[SjisRepair] = []
    for start, end in sjis_garbled_lines(text):
        for a, b in _stretches(text, start, end):
            repair = _repair_stretch(text, a, b)
            if repair is not None:
                out.append(repair)
    return out


def _stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` that cp932 can write (U+FFFD
    included), holding half-width katakana: correct Simplified text around
    them is not written by cp932."""
    out: list[tuple[int, int]] = []
    a = start
    for i in range(start, end + 1):
        if i == end or not _writable(text[i]):
            if i > a and _KANA.search(text, a, i) is not None:
                out.append((a, i))
            a = i + 1
    return out


@cache
def _writable(c: str) -> bool:
    if c == "\ufffd":
        return True
    try:
        c.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _known() -> frozenset[str]:
    """The characters a restored byte may make: hanzi of GB 2312 or Big5 (either level) and
    GB 2312 symbols. Only one may fit: a rare character that fits as well as an everyday one
    is as likely to be what was written (``笃`` against ``笆``)."""
    return gb2312_level1() | gb2312_level2() | big5_level1() | big5_level2() | gb2312_symbols()


@cache
def _rejects(lead: int, after: int | None) -> bool:
    """Whether a strict cp932 decoder gives up on byte ``lead`` before
    byte ``after`` (None: at the end) and goes on from ``after``."""
    data = bytes((lead,)) if after is None else bytes((lead, after))
    try:
        data.decode("cp932")
    except UnicodeDecodeError as err:
        return err.start == 0
    return False


def _char_span(data: bytes | bytearray, k: int) -> tuple[int, int]:
    """The bytes of the UTF-8 character that byte ``k`` belongs to: back to
    its lead byte (at most three continuation bytes), forward by what the
    lead says; a lead-less run of continuation bytes is taken whole."""
    s = k
    while s > 0 and 0x80 <= data[s] <= 0xBF and k - s < 3:
        s -= 1
    lead = data[s]
    size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    if size and s + size > k:
        return s, s + size
    e = k + 1
    while e < len(data) and 0x80 <= data[e] <= 0xBF and e - k < 3:
        e += 1
    return k, e


def _reading(data: bytearray, span: tuple[int, int]) -> str | None:
    try:
        char = bytes(data[span[0]:span[1]]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 and char in _known() else None


def _restore(data: bytearray, lost: list[int]) -> list[tuple[int, int]]:
    """Put back the bytes lost at offsets ``lost`` of ``data`` where exactly
    one byte (or pair) fits; the spans of the characters past restoring."""
    past: list[tuple[int, int]] = []
    i = 0
    while i < len(lost):
        k = lost[i]
        pair = i + 1 < len(lost) and lost[i + 1] == k + 1
        after = k + 2 if pair else k + 1
        nxt = data[after] if after < len(data) else None
        fits: list[tuple[int, ...]] = []
        seconds = [b for b in range(0x81, 0x100) if _rejects(b, nxt)]
        for second in seconds if pair else [None]:
            firsts = [b for b in range(0x81, 0x100) if _rejects(b, nxt if second is None else second)]
            for first in firsts:
                data[k] = first
                if second is not None:
                    data[k + 1] = second
                span = _char_span(data, k)
                if span[1] >= after and _reading(data, span) is not None:
                    fits.append((first,) if second is None else (first, second))
        if len(fits) == 1:
            data[k:k + len(fits[0])] = bytes(fits[0])
        else:
            data[k] = 0x80
            if pair:
                data[k + 1] = 0x80
            past.append(_char_span(data, k))
        i += 2 if pair else 1
    return past


def _repair_stretch(text: str, a: int, b: int) -> SjisRepair | None:
    """The repair of ``text[a:b]``, or of it less up to :data:`_TRIM`
    characters at either end, that reads as strict UTF-8 of plausible
    Chinese; None when no trim does."""
    for head in range(min(_TRIM, b - a) + 1):
        if head and _garble(text[a + head - 1]):
            break  # (what is left out must be text of its own, not garble)
        for tail in range(min(_TRIM, b - a - head) + 1):
            if tail and _garble(text[b - tail]):
                break
            new = _read(text[a + head:b - tail])
            if new is not None:
                return SjisRepair(a + head, b - tail, new, new.count("\ufffd"))
    return None


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones merged (two lost bytes of one character: one U+FFFD)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _garble(c: str) -> bool:
    """A half-width katakana or U+FFFD: part of the garble, never text a repair may leave out."""
    return c == "\ufffd" or "\uff61" <= c <= "\uff9f"


def _read(run: str) -> str | None:
    """``run`` read back as the UTF-8 it was, or None."""
    if len(run) < 2 or _KANA.search(run) is None:
        return None
    pieces = run.split("\ufffd")
    data = bytearray()
    lost: list[int] = []
    for n, piece in enumerate(pieces):
        if n:
            lost.append(len(data))
            data.append(0x80)
        data += piece.encode("cp932")
    past = _restore(data, lost)
    out: list[str] = []
    at = 0
    for s, e in _merged(past):
        try:
            out.append(bytes(data[at:s]).decode("utf-8"))
        except UnicodeDecodeError:
            return None
        out.append("\ufffd")
        at = e
    try:
        out.append(bytes(data[at:]).decode("utf-8"))
    except UnicodeDecodeError:
        return None
    new = "".join(out)
    clean = new.replace("\ufffd", "")
    if len(clean) < 2 or len(clean) < 2 * new.count("\ufffd") or clean.isascii():
        return None
    if text_cost(clean) > min(SJIS_CEILING, text_cost(run.replace("\ufffd", ""))):
        return None
    return new
