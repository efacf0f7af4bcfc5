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
made only when that reading is strict UTF-8 of plausible Chinese.

>>> [r.new for r in find_nfkc_latin_repairs("标题：å...3äoŽè°ƒæ• ́å·¥ä1⁄2œ")]
['关于调整工作']
>>> find_nfkc_latin_repairs("café Müller 25°C, 1⁄4 cup"), find_nfkc_latin_repairs("正文，“引号”。")
([], [])
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from govtext.decoding.plausibility import clearly_better

__all__ = ["PLAIN_REASON", "PLAIN_RULE", "REASON", "RULE", "NfkcLatinRepair", "find_nfkc_latin_repairs"]

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


def find_nfkc_latin_repairs(text: str) -> list[NfkcLatinRepair]:
    """Repairs of the NFKC-folded cp1252/Latin-1 readings of UTF-8 in
    ``text``, in text order (see the module doc)."""
    out: list[NfkcLatinRepair] = []
    m = _LEADS.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if len(_LEADS.findall(line)) >= NFKC_LATIN_MIN_LEADS:
            out.extend(_line_repairs(line, start))
        m = _LEADS.search(text, end)
    return out


_PRINTABLE_ASCII = "".join(map(chr, range(0x20, 0x7F)))


def _line_repairs(line: str, offset: int) -> list[NfkcLatinRepair]:
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
        if not core_old or not clearly_better(core_new, core_old):
            continue
        out.append(NfkcLatinRepair(offset + a + lead, offset + b - trail, core_new, folded))
    return out
