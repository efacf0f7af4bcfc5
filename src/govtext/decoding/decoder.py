"""The decoder filter: bytes to text, seeding the provenance map.

>>> r = decode_bytes("正文".encode("gb18030"))
>>> r.text, r.encoding
('正文', 'gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbfok").segments[0].byte_start
3
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from govtext.document import Document
from govtext.sourcemap import RAW_BYTES, Segment

__all__ = ["DecodeResult", "Decoder", "DecoderConfig", "decode_bytes"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class DecoderConfig:
    """Options of the :class:`Decoder`.

    ``encoding``: force this codec instead of detecting (default: detect).
    """

    encoding: str | None = None


@dataclass
class DecodeResult:
    """Text, the segments mapping it to bytes, and what was found."""

    text: str
    segments: list[Segment]
    encoding: str
    confidence: float
    bad_spans: list[tuple[int, int]] = field(default_factory=list)
    """Character ranges that stand for undecodable bytes."""


def _decode_lenient(data: bytes, start: int, encoding: str, text_parts: list[str], segs: list[Segment],
                    bad: list[tuple[int, int]], char_pos: int) -> int:
    """Decode ``data[start:]`` with ``encoding``; undecodable bytes become
    U+FFFD characters in raw-byte segments. Returns the new char position."""
    pos = start
    n = len(data)
    while pos < n:
        try:
            chunk = data[pos:].decode(encoding)
            text_parts.append(chunk)
            segs.append(Segment(char_pos, char_pos + len(chunk), 0, pos, encoding))
            return char_pos + len(chunk)
        except UnicodeDecodeError as err:
            good_end = pos + err.start
            if err.start:
                chunk = data[pos:good_end].decode(encoding)
                text_parts.append(chunk)
                segs.append(Segment(char_pos, char_pos + len(chunk), 0, pos, encoding))
                char_pos += len(chunk)
            bad_len = max(err.end - err.start, 1)
            text_parts.append("\ufffd" * bad_len)
            segs.append(Segment(char_pos, char_pos + bad_len, 0, good_end, RAW_BYTES))
            bad.append((char_pos, char_pos + bad_len))
            char_pos += bad_len
            pos = good_end + bad_len
    return char_pos


def decode_bytes(data: bytes, config: DecoderConfig | None = None) -> DecodeResult:
    """Decode ``data``: BOM, then strict UTF-8, then GB18030, else lenient UTF-8."""
    config = config or DecoderConfig()
    offset = 0
    encoding = config.encoding
    confidence = 1.0
    if encoding is None:
        for bom, enc in _BOMS:
            if data.startswith(bom):
                encoding, offset = enc, len(bom)
                break
    if encoding is None:
        try:
            text = data.decode("utf-8")
            return DecodeResult(text, [Segment(0, len(text), 0, 0, "utf-8")], "utf-8", 1.0)
        except UnicodeDecodeError:
            pass
        try:
            text = data.decode("gb18030")
            return DecodeResult(text, [Segment(0, len(text), 0, 0, "gb18030")], "gb18030", 0.5)
        except UnicodeDecodeError:
            encoding, confidence = "utf-8", 0.0
    parts: list[str] = []
    segs: list[Segment] = []
    bad: list[tuple[int, int]] = []
    _decode_lenient(data, offset, encoding, parts, segs, bad, 0)
    return DecodeResult("".join(parts), segs, encoding, confidence, bad)


class Decoder:
    """First pipeline step: decodes the document's bytes.

    Undecodable bytes are kept as U+FFFD characters and each run gets a
    ``undecodable-bytes`` warning with its byte span."""

    name = "decode"
    decodes = True

    def __init__(self, config: DecoderConfig | None = None) -> None:
        self.config = config or DecoderConfig()

    def __call__(self, doc: Document) -> None:
        if doc.is_decoded:
            return None
        result = decode_bytes(doc.sources[0].data, self.config)
        doc.set_decoded(result.text, result.segments, encoding=result.encoding, confidence=result.confidence)
        for a, b in result.bad_spans:
            doc.warn("undecodable-bytes", a, b, f"{b - a} byte(s) could not be decoded as {result.encoding}",
                     filter=self.name)
        return None
