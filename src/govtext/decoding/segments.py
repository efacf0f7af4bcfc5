"""Decoding byte ranges into text plus :class:`~govtext.sourcemap.Segment` s.

:class:`SegmentBuilder` collects decoded pieces; each piece remembers its
codec and byte range, contiguous pieces with one codec merge into one
segment, and undecodable bytes become U+FFFD characters in ``RAW_BYTES``
segments (one character per byte) whose character ranges are reported as
bad spans. Where re-encoding a piece would not give back its bytes (codecs
with duplicate or multi-character mappings), the segment stores each
character's byte width.

>>> b = SegmentBuilder()
>>> b.decode(b"ab\\xd6\\xd0\\xff", 0, 5, "gb18030")
>>> b.text(), b.bad_spans
('ab中\\ufffd', [(3, 4)])
>>> [(s.start, s.end, s.byte_start, s.encoding) for s in b.segments]
[(0, 3, 0, 'gb18030'), (3, 4, 4, 'bytes')]
"""

from __future__ import annotations

import codecs
import re

from govtext.sourcemap import RAW_BYTES, Segment

__all__ = ["SegmentBuilder", "char_widths"]

ESCAPE = "govtext-escape"
"""Decoding error handler: each undecodable byte ``b`` becomes ``chr(0xDC00 + b)``
(like ``surrogateescape``, but for ASCII bytes too, as UTF-16 needs)."""


def _escape(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return "".join(chr(0xDC00 + b) for b in err.object[err.start : err.end]), err.end


codecs.register_error(ESCAPE, _escape)

_ESCAPED = re.compile("[\udc00-\udcff]")
_PIECES = re.compile("[\udc00-\udcff]+|[^\udc00-\udcff]+")
_COMBINING = re.compile("[\u0300-\u036f]")
_ESCAPED_OR_COMBINING = re.compile("[\udc00-\udcff\u0300-\u036f]")
_PER_CHAR = frozenset({"gb18030", "gbk", "gb2312", "big5", "cp950", "big5hkscs", "latin-1", "iso8859-1",
                       "cp1252", "euc-kr", "cp949", "euc-jp", "shift-jis", "cp932"})
"""Codecs where, once the whole chunk re-encodes to its bytes, each character
re-encodes to its own bytes (other codecs always get explicit widths)."""
_BIG5_WAVE_DASH = "\u223c"
"""What Python's ``big5`` and ``big5hkscs`` decode Big5's A1E3 to (TILDE OPERATOR, a
mathematical sign); CP950 and the WHATWG Big5 decoder browsers use read it as the
wave dash ``～`` (U+FF5E) of ranges (``4～6個``, ``15～20℃``), which the text means."""
_BIG5_NO_CP950 = frozenset({"big5", "big5hkscs"})
"""Codecs whose A1E3 is :data:`_BIG5_WAVE_DASH`."""
_ROUND_TRIPS = frozenset({"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "ascii"})
_RE_ENCODES = frozenset({"gb18030"})
"""Codecs of :data:`_PER_CHAR` whose every valid byte sequence decodes to one
character that encodes back to that sequence (for gb18030 all 1,112,064
sequences are enumerated in the tests): an error-free decoding re-encodes
to its bytes without trying."""


def _may_escape_or_combine(text: str) -> bool:
    """False when :data:`_ESCAPED_OR_COMBINING` surely finds nothing in
    ``text``: its characters (U+DC00-U+DCFF, U+0300-U+036F) have the high
    bytes 0xDC and 0x03 as UTF-16 code units, found at C speed."""
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    return b"\x03" in high or b"\xdc" in high


def char_widths(data: bytes, encoding: str, errors: str = "strict") -> bytes:
    """Byte width of each character ``data`` decodes to with ``encoding``.

    When one byte sequence decodes to several characters the first gets the
    width and the rest width 0.

    >>> list(char_widths("a中".encode("gb18030"), "gb18030"))
    [1, 2]
    """
    dec = codecs.getincrementaldecoder(encoding)(errors)
    out = bytearray()
    pending = 0

    def emit(got: str) -> None:
        escaped = sum(1 for c in got if "\udc00" <= c <= "\udcff")
        rest = pending - escaped
        for c in got:
            if "\udc00" <= c <= "\udcff":
                out.append(1)
            else:
                out.append(min(max(rest, 0), 255))
                rest = 0

    for i in range(len(data)):
        pending += 1
        got = dec.decode(data[i : i + 1])
        if got:
            emit(got)
            pending = 0
    tail = dec.decode(b"", final=True)
    if tail:
        emit(tail)
    elif pending and out:
        out[-1] = min(out[-1] + pending, 255)
    return bytes(out)


class SegmentBuilder:
    """Accumulates decoded text and its segments (see the module doc)."""

    def __init__(self, source: int = 0) -> None:
        self.source = source
        self._parts: list[str] = []
        self._byte_ends: list[int] = []
        self.segments: list[Segment] = []
        self.bad_spans: list[tuple[int, int]] = []
        """Character ranges standing for undecodable bytes (adjacent ones merged)."""
        self.pos = 0
        self.codecs: dict[str, int] = {}
        """Bytes decoded per codec (``RAW_BYTES`` for undecodable ones)."""

    def text(self) -> str:
        return "".join(self._parts)

    def add(self, chunk: str, byte_start: int, byte_end: int, encoding: str, widths: bytes | None = None) -> None:
        """Add text decoded from ``data[byte_start:byte_end]`` with ``encoding``."""
        if not chunk:
            return
        n = len(chunk)
        if encoding == RAW_BYTES:
            if self.bad_spans and self.bad_spans[-1][1] == self.pos:
                self.bad_spans[-1] = (self.bad_spans[-1][0], self.pos + n)
            else:
                self.bad_spans.append((self.pos, self.pos + n))
        self._parts.append(chunk)
        self.codecs[encoding] = self.codecs.get(encoding, 0) + byte_end - byte_start
        prev = self.segments[-1] if self.segments else None
        if (
            prev is not None
            and prev.encoding == encoding
            and prev.widths is None
            and widths is None
            and self._byte_ends[-1] == byte_start
        ):
            self.segments[-1] = Segment(prev.start, self.pos + n, self.source, prev.byte_start, encoding)
            self._byte_ends[-1] = byte_end
        else:
            self.segments.append(Segment(self.pos, self.pos + n, self.source, byte_start, encoding, widths))
            self._byte_ends.append(byte_end)
        self.pos += n

    def decode(self, data: bytes, start: int, end: int, encoding: str) -> None:
        """Decode ``data[start:end]``; undecodable bytes become raw-byte U+FFFD.

        Linear in the input, however many bytes are bad."""
        try:
            text = data[start:end].decode(encoding)
        except UnicodeDecodeError:
            text = data[start:end].decode(encoding, ESCAPE)
        if _ESCAPED.search(text) is None:
            self._add_checked(text, data, start, end, encoding)
            return
        pos = start
        for m in _PIECES.finditer(text):
            piece = m.group()
            if "\udc00" <= piece[0] <= "\udcff":
                self.add("\ufffd" * len(piece), pos, pos + len(piece), RAW_BYTES)
                pos += len(piece)
                continue
            try:
                raw = piece.encode(encoding)
            except UnicodeEncodeError:
                raw = b""
            if raw and data.startswith(raw, pos):
                self._add_checked(piece, data, pos, pos + len(raw), encoding)
                pos += len(raw)
            else:
                self._decode_by_widths(data, pos, end, encoding)
                return

    def add_decoded(self, text: str, data: bytes, start: int, end: int, encoding: str) -> None:
        """Add ``text``, the strict decoding of ``data[start:end]`` with
        ``encoding`` already made elsewhere (the same as :meth:`decode` when
        that decoding succeeds and holds no escaped byte)."""
        found = _ESCAPED_OR_COMBINING.search(text) if _may_escape_or_combine(text) else None
        if found is not None and _ESCAPED.search(text, found.start()) is not None:
            self.decode(data, start, end, encoding)
            return
        self._add_checked(text, data, start, end, encoding, combining=found is not None)

    def _decode_by_widths(self, data: bytes, start: int, end: int, encoding: str) -> None:
        """Slow path for codecs that do not round-trip: byte-by-byte widths."""
        text = data[start:end].decode(encoding, ESCAPE)
        if encoding in _BIG5_NO_CP950:
            text = text.replace(_BIG5_WAVE_DASH, "～")
        widths = char_widths(data[start:end], encoding, ESCAPE)
        pos = start
        i = 0
        for m in _PIECES.finditer(text):
            piece = m.group()
            n = sum(widths[i : i + len(piece)])
            if "\udc00" <= piece[0] <= "\udcff":
                self.add("\ufffd" * len(piece), pos, pos + n, RAW_BYTES)
            else:
                self.add(piece, pos, pos + n, encoding, widths[i : i + len(piece)])
            pos += n
            i += len(piece)

    def _add_checked(self, chunk: str, data: bytes, start: int, end: int, encoding: str, *,
                     combining: bool = True) -> None:
        """Add ``chunk`` (the error-free decoding of ``data[start:end]``),
        with explicit widths unless each of its characters re-encodes to its
        own bytes (``combining=False``: the caller knows ``chunk`` holds no
        combining mark)."""
        if not chunk:
            return
        if encoding in _BIG5_NO_CP950 and _BIG5_WAVE_DASH in chunk:
            chunk = chunk.replace(_BIG5_WAVE_DASH, "～")  # one character for one: explicit widths map it to A1E3
        widths: bytes | None = None
        if encoding not in _ROUND_TRIPS:
            try:
                ok = encoding in _RE_ENCODES or (encoding in _PER_CHAR and chunk.encode(encoding) == data[start:end])
            except UnicodeEncodeError:
                ok = False
            if not ok or (combining and _COMBINING.search(chunk) is not None):
                widths = char_widths(data[start:end], encoding)
                if len(widths) != len(chunk) or sum(widths) != end - start:
                    raise ValueError(f"cannot map {encoding} characters to their bytes")
        self.add(chunk, start, end, encoding, widths)
