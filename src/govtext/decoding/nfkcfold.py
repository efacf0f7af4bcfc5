"""UTF-8 read as cp1252 or Latin-1, then NFKC-normalised: ``å...3äoŽ`` for 关于.

A pipeline that normalises its text (NFKC, as the development corpus is
written) after reading UTF-8 bytes with a Western codec folds some of the
garble: ``…`` (byte 0x85) becomes ``...``, ``¼`` (0xBC) ``1⁄4``, ``¹ ² ³``
(0xB9 0xB2 0xB3) the digits, ``ª º`` (0xAA 0xBA) the letters ``a o``,
``´ ¨ ¯ ¸`` a space and a combining mark, ``µ`` ``μ``, ``™`` (0x99) ``TM``
and the no-break space (0xA0) a space. ftfy no longer reads such a run.

The fold is undone by the structure of UTF-8 itself: where a character's
sequence still owes continuation bytes, a folded form stands for its byte
(all of them are continuation bytes, 0x80-0xBF); anywhere else it is the
ASCII it reads as. So each stretch reads back one way only, and a repair is
made only when that reading is strict UTF-8 of plausible Chinese, or of
words of one other alphabet (Uyghur, Russian: :func:`~govtext.decoding.plausibility.one_alphabet`).

>>> [r.new for r in find_nfkc_latin_repairs("标题：å...3äoŽè°ƒæ• ́å·¥ä1⁄2œ")]
['关于调整工作']
>>> find_nfkc_latin_repairs("café Müller 25°C, 1⁄4 cup"), find_nfkc_latin_repairs("正文，“引号”。")
([], [])
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

from govtext.decoding.plausibility import clearly_better, one_alphabet

__all__ = ["LEGACY_REASON", "LEGACY_RULES", "PLAIN_REASON", "PLAIN_RULE", "REASON", "RULE", "NfkcLatinRepair",
           "find_nfkc_latin_repairs", "find_nfkc_legacy_repairs"]

RULE = "utf8-as-cp1252-nfkc"
REASON = "encoded as cp1252 (NFKC-folded bytes restored where UTF-8 owes a continuation byte), decoded as utf-8"
PLAIN_RULE = "utf8-as-cp1252"
PLAIN_REASON = "encoded as cp1252, decoded as utf-8 (a stretch of whole UTF-8 sequences)"

def _folded_table() -> dict[str, int]:
    """What NFKC folds the cp1252 (or Latin-1) character of a byte into, and the byte:
    ``...`` for 0x85, ``TM`` for 0x99, ``1⁄4`` for 0xBC, a space and a combining mark for
    0x98 0xA8 0xAF 0xB4 0xB8, and so on; all are continuation bytes of UTF-8 but 0xA0."""
    out: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        char = bytes((byte,)).decode("cp1252", "ignore") or chr(byte)
        folded = unicodedata.normalize("NFKC", char)
        if folded != char:
            out[folded] = byte
    return out


_FOLDED = _folded_table()
_TOKEN = re.compile("|".join(re.escape(k) for k in sorted(_FOLDED, key=len, reverse=True)) + "|.", re.DOTALL)
_LEADS = re.compile("[\u00c2-\u00f4]")
NFKC_LATIN_MIN_LEADS = 3
"""Fewest characters of a line that are UTF-8 lead bytes read as Latin-1 (``Â``-``ô``) for it to be tried."""
_CP1252 = {c: b for b in range(0x80, 0xA0) for c in [bytes((b,)).decode("cp1252", "ignore")] if c}


@dataclass(frozen=True)
class NfkcLatinRepair:
    """``text[start:end]`` should read ``new``."""

    start: int
    end: int
    new: str
    folded: bool = True
    """Whether a folded form was read back as its byte (else the stretch is plain cp1252/Latin-1 mojibake)."""
    rule: str = RULE
    reason: str = REASON


def _byte(c: str) -> int | None:
    """The byte a cp1252 or Latin-1 reader read as ``c`` (None: none did)."""
    o = ord(c)
    if o < 0x100:
        return o
    return _CP1252.get(c)


def _owed(lead: int) -> int:
    return 1 if 0xC2 <= lead <= 0xDF else 2 if 0xE0 <= lead <= 0xEF else 3 if 0xF0 <= lead <= 0xF4 else -1


def _units(line: str) -> list[tuple[int, int, int | None]]:
    """``(start, end, folded byte)`` for each folded form of ``line`` (a
    character or a few) and ``(i, i + 1, None)`` for each other character."""
    out: list[tuple[int, int, int | None]] = []
    for m in _TOKEN.finditer(line):
        out.append((m.start(), m.end(), _FOLDED.get(m.group())))
    return out


class _Reader:
    """Reads units into UTF-8 bytes, cutting stretches where the reading breaks."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.out: list[tuple[int, int, bytes, bool]] = []
        self.folded = False
        self.data = bytearray()
        self.start = 0
        self.owed = 0
        self.seq_at = (0, 0)
        """Where the sequence still owing bytes started: (position in the line, length of ``data``)."""

    def cut(self, end: int, restart: int) -> None:
        if self.data:
            self.out.append((self.start, end, bytes(self.data), self.folded))
        self.data = bytearray()
        self.folded = False
        self.owed = 0
        self.start = restart

    def char(self, pos: int, c: str) -> None:
        """Read one character where no continuation byte is owed."""
        byte = _byte(c)
        if byte is None or 0x80 <= byte <= 0xBF or (byte >= 0x80 and _owed(byte) < 0):
            self.cut(pos, pos + 1)
            return
        if byte >= 0x80:
            self.owed = _owed(byte)
            self.seq_at = (pos, len(self.data))
        self.data.append(byte)

    def unit(self, start: int, end: int, folded: int | None) -> None:
        if self.owed:
            byte = folded if folded is not None else _byte(self.line[start]) if end == start + 1 else None
            if byte is not None and 0x80 <= byte <= 0xBF:
                self.data.append(byte)
                self.owed -= 1
                self.folded = self.folded or folded is not None
                return
            at, length = self.seq_at  # the sequence breaks off: what came before it stands
            del self.data[length:]
            self.cut(at, at)
            if at < start:  # its lead and bytes read so far are garble of another kind: left out
                self.start = start
        for pos in range(start, end):
            self.char(pos, self.line[pos])

    def segments(self) -> list[tuple[int, int, bytes, bool]]:
        for start, end, folded in _units(self.line):
            self.unit(start, end, folded)
        if self.owed:
            at, length = self.seq_at
            del self.data[length:]
            self.cut(at, len(self.line))
        else:
            self.cut(len(self.line), len(self.line))
        return self.out


def _segments(line: str) -> list[tuple[int, int, bytes, bool]]:
    """The stretches of ``line`` that read back as whole UTF-8 sequences
    (with their bytes, and whether a folded form was read as its byte): a
    stretch ends where a character fits no reading."""
    return _Reader(line).segments()


_READABLE = "[\\x00-\\x09\\x0b-\\xff" + "".join(f"\\u{ord(c):04x}" for c in sorted({*_CP1252, *"".join(_FOLDED)}) if ord(c) > 0xFF) + "]"
"""What the reader may read as a byte or as part of a folded form: any other character (a hanzi, a
toned pinyin vowel outside Latin-1 such as ``ǐ ā``) ends every stretch and leaves the reader as it
was at the line's start, so the stretches between two of them are read alone (a line break, which
the reader never sees, is left out)."""
_LEAD_RUN = re.compile(f"(?<!{_READABLE}){_READABLE}*[\u00c2-\u00f4]{_READABLE}*[\u00c2-\u00f4]{_READABLE}*")
"""A whole run of readable characters holding two lead bytes or more (:data:`_LEADS`): a repair makes
two characters or more beyond ASCII, each from a lead byte of its stretch, so a run with fewer makes
none (the lines of Traditional text with ``(lǐng)`` and ``(jìn)`` between hanzi are runs of one)."""
_TWO_LEADS = regex.compile(f"[\u00c2-\u00f4]{_READABLE}*?[\u00c2-\u00f4]")
"""Two lead bytes in one run of readable characters: a line without them has no repair
(the ``regex`` module scans a text for a character class several times faster than ``re``)."""


def find_nfkc_latin_repairs(text: str) -> list[NfkcLatinRepair]:
    """Repairs of the NFKC-folded cp1252/Latin-1 readings of UTF-8 in
    ``text``, in text order (see the module doc)."""
    out: list[NfkcLatinRepair] = []
    m = _TWO_LEADS.search(text)  # (a line without them has no run that :func:`_line_repairs` reads)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(_LEADS.findall(line)) >= NFKC_LATIN_MIN_LEADS:
            out.extend(_line_repairs(line, start))
        m = _TWO_LEADS.search(text, end)
    return out


_PRINTABLE_ASCII = "".join(map(chr, range(0x20, 0x7F)))


def _line_repairs(line: str, offset: int) -> list[NfkcLatinRepair]:
    """The repairs of ``line`` (at ``offset`` in the text): those of its runs
    of readable characters with two lead bytes or more (:data:`_LEAD_RUN`),
    read alone, which is how the whole line reads them."""
    out: list[NfkcLatinRepair] = []
    for m in _LEAD_RUN.finditer(line):
        out.extend(_run_repairs(m.group(), offset + m.start()))
    return out


def _run_repairs(line: str, offset: int) -> list[NfkcLatinRepair]:
    out: list[NfkcLatinRepair] = []
    for a, b, data, folded in _segments(line):
        try:
            new = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        old = line[a:b]
        if new == old or sum(1 for c in new if ord(c) > 0x7F) < 2:
            continue
        # the ASCII at either end of the reading was read as itself: the repair covers the garble only
        lead = len(new) - len(new.lstrip(_PRINTABLE_ASCII))
        trail = len(new) - len(new.rstrip(_PRINTABLE_ASCII))
        core_old = old[lead:len(old) - trail]
        core_new = new[lead:len(new) - trail]
        if not core_old or not (clearly_better(core_new, core_old) or one_alphabet(core_new)):
            continue
        out.append(NfkcLatinRepair(offset + a + lead, offset + b - trail, core_new, folded))
    return out


LEGACY_RULES = {"gb18030": "gbk-as-latin1-nfkc", "cp950": "big5-as-latin1-nfkc"}
"""The rule of a repair of GBK or Big5 bytes read as Latin-1 (or cp1252) and then NFKC-folded."""
LEGACY_REASON = ("encoded as cp1252 (each NFKC-folded form read as its byte or as itself, whichever reads "
                 "as the more plausible text), decoded as {codec}")
LEGACY_CEILING = 1.8
"""Highest mean character cost of a legacy reading (GB18030 and Big5 read almost any byte pair as some
hanzi: only text made mostly of common characters counts as a reading)."""
LEGACY_MIN_HIGH = 6
"""Fewest Latin-1 letters and signs (0xA1-0xFF) a stretch must hold to be read."""
_LEGACY_STRETCH = re.compile("[\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                             "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
                             "\u0301\u0303\u0304\u0308\u0327\u03bc\u2044]+")
"""A stretch of what a cp1252 reading of legacy bytes, NFKC-folded, is made of."""


def _trail_ok(codec: str, trail: int) -> bool:
    """Whether ``trail`` may follow a lead byte in ``codec`` (GB18030's four-byte forms aside)."""
    if codec == "gb18030":
        return 0x40 <= trail <= 0xFE and trail != 0x7F
    return 0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE


def _lead_ok(byte: int) -> bool:
    """Whether ``byte`` starts a two-byte character in GB18030 and Big5 alike."""
    return 0x81 <= byte <= 0xFE


def _pair(codec: str, lead: int, trail: int) -> str | None:
    try:
        char = bytes((lead, trail)).decode(codec)
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 else None


_FOLD_MARK = re.compile("[\u2044\u03bc\u0301\u0303\u0304\u0308\u0327]|\\.\\.\\.")
"""What only NFKC makes of a cp1252 character (``1⁄4``, ``μ``, a combining mark after a space,
``...``): a stretch without one is read by the codec pairs (its ``a`` and ``2`` are letters and digits)."""


_FOLD_MARK_CHARS = "\u2044\u03bc\u0301\u0303\u0304\u0308\u0327"
"""The characters of :data:`_FOLD_MARK` (its other form is ``...``)."""


def _has_fold_mark(text: str) -> bool:
    """``_FOLD_MARK.search(text) is not None``, by one fast scan (``in``) per
    form: a regular-expression search looks at every character in turn.

    >>> _has_fold_mark("正文。"), _has_fold_mark("1⁄4"), _has_fold_mark("等等...")
    (False, True, True)
    """
    return "..." in text or any(map(text.__contains__, _FOLD_MARK_CHARS))


def _beside_latin(run: str, start: int, end: int) -> bool:
    """Whether ``run[start:end]`` stands next to a Latin-1 letter or sign (0xA1-0xFF) or a folded form
    that is not ASCII (``1⁄4``): an ASCII-looking form between ASCII characters (``87654321``) is ASCII."""
    before, after = run[start - 1:start], run[end:end + 1]
    return any(c and ("\u00a1" <= c <= "\u00ff" or c in "\u2044\u03bc\u0301\u0303\u0304\u0308\u0327")
               for c in (before, after))


def _legacy_options(run: str) -> list[tuple[int, int, list[bytes], bool]]:
    """``(start, end, readings, folded)`` per token of ``run``: a folded form
    reads as its byte or as its own ASCII; any other character as its cp1252
    or Latin-1 byte (no reading: an empty list)."""
    out: list[tuple[int, int, list[bytes], bool]] = []
    for m in _TOKEN.finditer(run):
        token = m.group()
        folded = _FOLDED.get(token)
        readings: list[bytes] = []
        if folded is not None:
            if token.isascii() and not _beside_latin(run, m.start(), m.end()):
                out.append((m.start(), m.end(), [token.encode("ascii")], False))
                continue
            readings.append(bytes((folded,)))
            if token.isascii():
                readings.append(token.encode("ascii"))
            out.append((m.start(), m.end(), readings, True))
            continue
        for c in token:
            byte = _byte(c)
            if byte is None:
                readings = []
                break
            readings.append(bytes((byte,)))
        out.append((m.start(), m.end(), [b"".join(readings)] if readings else [], False))
    return out


FOLD_PENALTY = 0.4
"""What reading a folded form that is also plain ASCII (``o``, ``a``, ``1``, ``2``, ``3``, a space) as
its byte costs on top of the characters it makes: the byte only where it makes clearly more common
text (``Òa`` as 要 rather than 襛), the ASCII where it reads about as well (``32`` rather than 巢)."""


def _viterbi(options: list[tuple[int, int, list[bytes], bool]], codec: str) -> tuple[float, bytes] | None:
    """The byte reading of the tokens whose decoding as ``codec`` costs least
    (sum of :func:`~govtext.decoding.plausibility.char_cost`), or None when no
    reading decodes whole."""
    from govtext.decoding.plausibility import char_cost

    # state: 0 between characters, else the lead byte waiting for its trail
    best: dict[int, tuple[float, bytes]] = {0: (0.0, b"")}
    for _start, _end, readings, folded in options:
        nxt: dict[int, tuple[float, bytes]] = {}
        for state, (cost, data) in best.items():
            for k, reading in enumerate(readings):
                s, c, ok = state, cost, True
                if folded and k == 0 and len(readings) > 1:
                    c += FOLD_PENALTY
                for byte in reading:
                    if s:
                        char = _pair(codec, s, byte) if _trail_ok(codec, byte) else None
                        if char is None:
                            ok = False
                            break
                        c += char_cost(char)
                        s = 0
                    elif byte < 0x80:
                        c += char_cost(chr(byte))
                    elif _lead_ok(byte):
                        s = byte
                    else:
                        ok = False
                        break
                if ok and (s not in nxt or c < nxt[s][0]):
                    nxt[s] = (c, data + reading)
        if not nxt:
            return None
        best = nxt
    return best.get(0)


def find_nfkc_legacy_repairs(text: str) -> list[NfkcLatinRepair]:
    """Repairs of GBK or Big5 bytes read as cp1252/Latin-1 and then
    NFKC-folded (``ÎaÇÐÊμ×öoÃ1⁄2`` for 为切实做好): each folded form may be
    its byte or itself (``o`` is ``º`` 0xBA or the letter), and the reading
    whose decoding costs least is taken, when it reads as common text and
    clearly better than the stretch. Only a text in NFKC form is read, only
    a stretch that holds a form only NFKC makes (:data:`_FOLD_MARK`), and
    only stretches where a folded form was read as its byte are returned
    (others are left to the codec pairs, which read unfolded garble exactly).

    >>> [r.new for r in find_nfkc_legacy_repairs("ÎaÇÐÊμ×öoÃ1⁄2ñÄêÇï¶¬1⁄43⁄4")]
    ['为切实做好今年秋冬季']
    >>> find_nfkc_legacy_repairs("Add 1⁄4 cup, café TM μg... Müller o a 2 3")
    []
    """
    out: list[NfkcLatinRepair] = []
    if not _has_fold_mark(text) or not unicodedata.is_normalized("NFKC", text):
        return out  # nothing folded: the codec pairs read its garble exactly
    for m in _LEGACY_STRETCH.finditer(text):
        run = m.group()
        if sum(1 for c in run if "\u00a1" <= c <= "\u00ff") < LEGACY_MIN_HIGH or _FOLD_MARK.search(run) is None:
            continue
        options = _legacy_options(run)
        if any(not readings for _s, _e, readings, _f in options):
            continue
        found = None
        for codec in LEGACY_RULES:
            got = _viterbi(options, codec)
            if got is None:
                continue
            new = got[1].decode(codec)
            if found is None or got[0] / max(len(new), 1) < found[0]:
                found = (got[0] / max(len(new), 1), new, codec, got[1])
        if found is None:
            continue
        _cost, new, codec, data = found
        lead = len(new) - len(new.lstrip(_PRINTABLE_ASCII))
        trail = len(new) - len(new.rstrip(_PRINTABLE_ASCII))
        core_new = new[lead:len(new) - trail]
        core_old = run[lead:len(run) - trail]
        literal = b"".join(readings[-1] for _s, _e, readings, _f in options)
        if not core_new or data == literal or not clearly_better(core_new, core_old, ceiling=LEGACY_CEILING):
            continue
        out.append(NfkcLatinRepair(m.start() + lead, m.end() - trail, core_new, True, LEGACY_RULES[codec],
                                   LEGACY_REASON.format(codec=codec)))
    return out

