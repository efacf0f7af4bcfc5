"""The decoder filter: bytes to text, seeding the provenance map.

Order of decisions: a forced encoding; a byte-order mark; strict UTF-8 (the
fast path: no detection, except for short input that reads as implausible
text); input that is mostly UTF-8 with pieces in another
codec (decoded per line, see :mod:`govtext.decoding.mixed`); otherwise
detection (:mod:`govtext.decoding.detect`). Undecodable bytes become U+FFFD
characters in raw-byte segments, each run with an ``undecodable-bytes``
warning; binary input gets a ``binary-input`` warning.

>>> r = decode_bytes("正文".encode("gb18030"))
>>> r.text, r.encoding
('正文', 'gb18030')
>>> decode_bytes(b"\\xef\\xbb\\xbfok").segments[0].byte_start
3
>>> decode_bytes(b"").text
''
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govtext.decoding.binary import binary_reason, utf8_binary_reason
from govtext.decoding.bom import sniff_bom
from govtext.decoding.detect import PLAUSIBLE, detect, find_encoding, normalize_encoding
from govtext.decoding.mixed import byte_shapes, decode_mixed, decode_utf8_lines, mostly_utf8
from govtext.decoding.plausibility import text_cost
from govtext.decoding.segments import SegmentBuilder
from govtext.document import Document
from govtext.sourcemap import RAW_BYTES, Segment

_BOM_FAMILIES = {"utf-16": "utf-16", "utf-32": "utf-32", "utf-8-sig": "utf-8"}
_BOM_DEFAULTS = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}
"""Codecs that take a byte-order mark: decoded as the explicit-endian codec
the mark names, so that each character maps to its own bytes."""

SHORT_INPUT = 24
"""Inputs up to this many bytes that are valid UTF-8 but read as implausible
text (a few GBK characters can form valid UTF-8) are checked by detection."""


__all__ = ["DecodeResult", "Decoder", "DecoderConfig", "decode_bytes"]


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
    method: str = "utf-8"
    """How the encoding was found: forced, bom, utf-8, mixed, model, charset-normalizer."""
    encodings: dict[str, int] = field(default_factory=dict)
    """Bytes decoded per codec (more than one for mixed input)."""
    binary: str | None = None
    """Why the input looks binary, when it does."""


def _result(data: bytes, b: SegmentBuilder, encoding: str, confidence: float, method: str) -> DecodeResult:
    text = b.text()
    return DecodeResult(text, b.segments, encoding, confidence, b.bad_spans, method,
                        {k: v for k, v in b.codecs.items() if k != RAW_BYTES}, binary_reason(data, text))


def _lenient(data: bytes, start: int, encoding: str, confidence: float, method: str) -> DecodeResult:
    b = SegmentBuilder()
    b.decode(data, start, len(data), encoding)
    return _result(data, b, encoding, confidence, method)


def decode_bytes(data: bytes, config: DecoderConfig | None = None) -> DecodeResult:
    """Decode ``data`` into text with provenance segments (see the module doc).

    This is also the function to time for decoding speed."""
    config = config or DecoderConfig()
    if config.encoding:
        forced = normalize_encoding(config.encoding)
        if forced in _BOM_FAMILIES:
            bom = sniff_bom(data)
            if bom is not None and bom[0].startswith(_BOM_FAMILIES[forced]):
                return _lenient(data, bom[1], bom[0], 1.0, "forced")
            forced = _BOM_DEFAULTS[forced]
        return _lenient(data, 0, forced, 1.0, "forced")
    if not data:
        return DecodeResult("", [], "utf-8", 0.0, method="empty")
    bom = sniff_bom(data)
    if bom is not None:
        return _lenient(data, bom[1], bom[0], 1.0, "bom")
    shapes = byte_shapes(data)
    # a control byte sends even valid UTF-8 to detection (short UTF-16 text
    # is often valid ASCII with controls)
    if b"k" not in shapes:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if len(data) > SHORT_INPUT or text.isascii() or text_cost(text) <= PLAUSIBLE:
                return DecodeResult(text, [Segment(0, len(text), 0, 0, "utf-8")], "utf-8", 1.0,
                                    encodings={"utf-8": len(data)}, binary=utf8_binary_reason(data, text))
            guess = detect(data)
            if guess.cost <= PLAUSIBLE and guess.cost + 1.0 < text_cost(text):
                return _lenient(data, 0, guess.encoding, guess.confidence, guess.method)
            return DecodeResult(text, [Segment(0, len(text), 0, 0, "utf-8")], "utf-8", 0.6,
                                encodings={"utf-8": len(data)}, binary=utf8_binary_reason(data, text))
        if mostly_utf8(data, shapes):
            return _decode_mostly_utf8(data)
    found = find_encoding(data)
    if found.decoded is not None and "\ufffd" not in found.decoded:  # decoded without errors: the strict decoding
        b = SegmentBuilder()
        b.add_decoded(found.decoded, data, 0, len(data), found.encoding)
        return _result(data, b, found.encoding, found.confidence, found.method)
    if not found.encoding.startswith(("utf-", "ascii")):
        with_utf8 = decode_utf8_lines(data, found.encoding)
        if with_utf8 is not None:
            return _result(data, with_utf8, found.encoding, found.confidence, "mixed")
    return _lenient(data, 0, found.encoding, found.confidence, found.method)


def _decode_mostly_utf8(data: bytes) -> DecodeResult:
    bad_lines = b"".join(
        line for line in data.splitlines(keepends=True) if not _is_utf8(line)
    )
    legacy = find_encoding(bad_lines).encoding if bad_lines else "gb18030"
    if legacy.startswith(("utf-16", "utf-32")):
        legacy = "gb18030"
    b = decode_mixed(data, legacy)
    used = {k: v for k, v in b.codecs.items() if k != RAW_BYTES}
    main = max(used, key=lambda k: used[k]) if used else "utf-8"
    method = "mixed" if len(used) > 1 else "utf-8"
    return _result(data, b, main, 0.9 if len(used) > 1 else 0.8, method)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class Decoder:
    """First pipeline step: decodes the document's bytes.

    Sets ``metadata["encoding"]`` and ``metadata["encoding_confidence"]``;
    for mixed input also ``annotations["encodings"]`` (bytes per codec) and a
    ``mixed-encoding`` warning per stretch in a non-main codec. Undecodable
    bytes are kept as U+FFFD characters and each run gets an
    ``undecodable-bytes`` warning with its byte span; binary input gets a
    ``binary-input`` warning (the CLI reports it as a failed input)."""

    name = "decode"
    decodes = True

    def __init__(self, config: DecoderConfig | None = None) -> None:
        self.config = config or DecoderConfig()

    def __call__(self, doc: Document) -> None:
        if doc.is_decoded:
            return None
        result = decode_bytes(doc.sources[0].data, self.config)
        doc.set_decoded(result.text, result.segments, encoding=result.encoding, confidence=result.confidence)
        doc.annotations["encoding_method"] = result.method
        if result.binary:
            doc.warn("binary-input", 0, len(result.text), result.binary, filter=self.name)
            return None
        if len(result.encodings) > 1:
            doc.annotations["encodings"] = dict(result.encodings)
            for seg in result.segments:
                if seg.encoding not in (result.encoding, RAW_BYTES):
                    doc.warn("mixed-encoding", seg.start, seg.end,
                             f"decoded as {seg.encoding}; the rest of the input is {result.encoding}",
                             filter=self.name)
        for a, b in result.bad_spans:
            doc.warn("undecodable-bytes", a, b, f"{b - a} byte(s) could not be decoded as {result.encoding}",
                     filter=self.name)
        return None
