"""Inputs that mix UTF-8 with a legacy Chinese encoding (a UTF-8 page with a
GBK footer): decoded line by line, and within a bad line piece by piece.

>>> data = "第一条　正文内容。\\n".encode() + "版权所有".encode("gbk")
>>> utf8_share(data) > 0.5
True
>>> b = decode_mixed(data, "gb18030")
>>> b.text(), [s.encoding for s in b.segments]
('第一条　正文内容。\\n版权所有', ['utf-8', 'gb18030'])
"""

from __future__ import annotations

import re

from govtext.decoding.plausibility import cost_below
from govtext.decoding.segments import SegmentBuilder

__all__ = ["CONTROL_BYTES", "MIN_UTF8_BYTES", "MIXED_UTF8_SHARE", "byte_shapes", "decode_mixed", "decode_utf8_lines",
           "mostly_utf8", "utf8_share"]

MIXED_UTF8_SHARE = 0.5
"""Share of non-ASCII bytes in valid UTF-8 sequences above which an input
that is not valid UTF-8 is taken as UTF-8 with pieces in another codec.
(Legacy Chinese text forms valid UTF-8 by accident for about a third of its
non-ASCII bytes.)"""

_HIGH = bytes(range(0x80, 0x100))
_LINES = re.compile(rb"[^\n]*\n|[^\n]+")
_PIECES = re.compile(rb"[^\x00-\x2f\x3a-\x3f]+|[\x00-\x2f\x3a-\x3f]+")
"""Pieces split at ASCII bytes that are never part of a GBK/GB18030/Big5
character (controls, space, punctuation below 0x40 except digits)."""


MIN_UTF8_BYTES = 24
"""Fewer valid non-ASCII UTF-8 bytes than this never make an input mixed."""


SHARE_SAMPLE = 1 << 17
"""Bytes from the start of the input that :func:`utf8_share` looks at."""


def utf8_share(data: bytes) -> float:
    """Share of the non-ASCII bytes of ``data`` (its first
    :data:`SHARE_SAMPLE` bytes) that form valid UTF-8; 0.0 when fewer than
    :data:`MIN_UTF8_BYTES` do (short legacy inputs form valid UTF-8 by
    accident)."""
    data = data[:SHARE_SAMPLE]
    high = len(data) - len(data.translate(None, _HIGH))
    if not high:
        return 1.0
    # the valid sequences, decoded and encoded again, are the valid bytes
    valid = len(data.decode("utf-8", "ignore").encode("utf-8")) - (len(data) - high)
    if valid < MIN_UTF8_BYTES:
        return 0.0
    return valid / high


CONTROL_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)))
"""C0 control bytes that plain text lacks (all but tab, line breaks and ESC):
the decoder sends input holding one to detection, even valid UTF-8."""


def _shape_table() -> bytes:
    table = bytearray(b"x" * 256)
    table[:0x80] = b"a" * 0x80
    for byte in CONTROL_BYTES:
        table[byte] = ord("k")
    table[0x80:0xC0] = b"c" * 0x40
    table[0xC2:0xE0] = b"2" * 0x1E
    table[0xE0:0xF0] = b"3" * 0x10
    table[0xF0:0xF5] = b"4" * 0x05
    return bytes(table)


_SHAPES = _shape_table()
"""Byte shapes: ASCII ``a`` (but :data:`CONTROL_BYTES`: ``k``), continuation
``c``, lead of a 2-, 3- or 4-byte sequence ``2``/``3``/``4``, other ``x``."""


def byte_shapes(data: bytes) -> bytes:
    """The shape of each byte of ``data`` (see :data:`_SHAPES`): one
    translation that tells both whether ``data`` holds a control byte
    (``b"k" in shapes``) and, to :func:`mostly_utf8`, its UTF-8 patterns."""
    return data.translate(_SHAPES)


def mostly_utf8(data: bytes, shapes: bytes | None = None) -> bool:
    """Whether ``utf8_share(data) >= MIXED_UTF8_SHARE``. Every valid
    multi-byte sequence starts with a lead shape followed by as many
    continuations as it has, and no two such patterns overlap; so counting
    the patterns bounds the valid bytes from above at C speed, and settles
    most legacy inputs without decoding. ``shapes``: :func:`byte_shapes`
    of ``data`` (or of a head of at least :data:`SHARE_SAMPLE` bytes), when
    the caller has it."""
    if shapes is None:
        shapes = byte_shapes(data[:SHARE_SAMPLE])
    n = min(len(shapes), SHARE_SAMPLE)
    ascii_bytes = shapes.count(b"a", 0, n) + (shapes.count(b"k", 0, n) if b"k" in shapes else 0)
    high = n - ascii_bytes
    at_most = 2 * shapes.count(b"2c", 0, n) + 3 * shapes.count(b"3cc", 0, n) + 4 * shapes.count(b"4ccc", 0, n)
    if at_most < MIXED_UTF8_SHARE * high:
        return False
    return utf8_share(data) >= MIXED_UTF8_SHARE


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _choose(piece: bytes, legacy: str) -> tuple[str, str] | None:
    """The text and codec of a piece that decodes strictly in one or both."""
    as_utf8 = _strict(piece, "utf-8")
    as_legacy = _strict(piece, legacy)
    if as_utf8 is not None and as_legacy is not None:
        if as_utf8.isascii() or not cost_below(as_legacy, as_utf8):  # (the UTF-8 reading costs no more)
            return as_utf8, "utf-8"
        return as_legacy, legacy
    if as_utf8 is not None:
        return as_utf8, "utf-8"
    if as_legacy is not None:
        return as_legacy, legacy
    return None


def decode_mixed(data: bytes, legacy: str, start: int = 0) -> SegmentBuilder:
    """Decode ``data[start:]`` choosing UTF-8 or ``legacy`` per line, and per
    piece within lines that decode in neither."""
    out = SegmentBuilder()
    for line in _LINES.finditer(data, start):
        a, b = line.span()
        chosen = _choose(data[a:b], legacy)
        if chosen is not None:
            if chosen[1] == "utf-8":
                out.add(chosen[0], a, b, "utf-8")
            else:
                out.decode(data, a, b, legacy)
            continue
        for piece in _PIECES.finditer(data, a, b):
            pa, pb = piece.span()
            chosen = _choose(data[pa:pb], legacy)
            if chosen is None:
                out.decode(data, pa, pb, _fewer_errors(data[pa:pb], legacy))
            elif chosen[1] == "utf-8":
                out.add(chosen[0], pa, pb, "utf-8")
            else:
                out.decode(data, pa, pb, legacy)
    return out


def _fewer_errors(piece: bytes, legacy: str) -> str:
    bad_utf8 = piece.decode("utf-8", "replace").count("\ufffd")
    bad_legacy = piece.decode(legacy, "replace").count("\ufffd")
    return legacy if bad_legacy < bad_utf8 else "utf-8"


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")
"""The start of a multi-byte UTF-8 sequence (a lead byte and a continuation byte)."""

MIN_UTF8_LINE_CHARS = 2
"""Fewest non-ASCII characters a line of a legacy input must read as in
UTF-8 to be taken as UTF-8 (it must also fail in the legacy codec)."""


def _utf8_line(line: bytes, legacy: str) -> str | None:
    """The UTF-8 reading of ``line`` (of an input in the ``legacy`` codec)
    when it is a line of UTF-8: strict UTF-8 with non-ASCII text, not
    strict ``legacy``, and more plausible than the ``legacy`` reading with
    its errors replaced."""
    if len(_UTF8_MULTIBYTE.findall(line)) < MIN_UTF8_LINE_CHARS:
        return None
    as_utf8 = _strict(line, "utf-8")
    if as_utf8 is None or _strict(line, legacy) is not None:
        return None
    return as_utf8 if cost_below(as_utf8, line.decode(legacy, "replace")) else None


def decode_utf8_lines(data: bytes, legacy: str) -> SegmentBuilder | None:
    """Decode ``data`` (an input in the ``legacy`` codec that does not decode
    strictly) with its lines of UTF-8 as UTF-8 (a legacy page with one
    paragraph pasted from a UTF-8 source), the rest as ``legacy``; None when
    no line is UTF-8. Decoded as ``legacy``, such a line would lose the
    bytes around each error (GB18030 reads a UTF-8 line's last byte and the
    line break after it as one bad pair).

    >>> data = "正文第一段。\\n".encode("gbk") + "第二段，来自网页。\\n".encode() + "结束。".encode("gbk")
    >>> b = decode_utf8_lines(data, "gb18030")
    >>> b.text(), [s.encoding for s in b.segments]
    ('正文第一段。\\n第二段，来自网页。\\n结束。', ['gb18030', 'utf-8', 'gb18030'])
    >>> decode_utf8_lines("正文".encode("gbk") + b"\\xff", "gb18030") is None
    True
    """
    readings = [(m.span(), _utf8_line(m.group(), legacy)) for m in _LINES.finditer(data)]
    if all(reading is None for _span, reading in readings):
        return None
    out = SegmentBuilder()
    for (a, b), reading in readings:
        if reading is None:
            out.decode(data, a, b, legacy)
        else:
            out.add(reading, a, b, "utf-8")
    return out
