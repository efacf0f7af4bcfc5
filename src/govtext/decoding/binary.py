"""Telling binary junk (images, archives, random bytes) from text.

>>> binary_reason(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", "")
'input looks like a PNG image, not text'
>>> binary_reason("正文".encode(), "正文") is None
True
"""

from __future__ import annotations

import re

__all__ = ["MAGIC", "binary_reason", "utf8_binary_reason"]

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC/XLS)"),
    (b"\x7fELF", "an executable"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "bzip2-compressed data"),
)
"""File signatures of common binary formats."""

_MAGIC_PREFIXES = tuple(magic for magic, _what in MAGIC)

_CONTROLS = "\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f"
_JUNK = re.compile(f"[{_CONTROLS}\ufffd]")
_CONTROL = re.compile(f"[{_CONTROLS}]")
""":data:`_JUNK` but U+FFFD."""
MAX_JUNK_SHARE = 0.1
"""Above this share of control characters and undecodable bytes, input is binary."""


_JUNK_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), *range(0x7F, 0xA0)))
"""The characters of :data:`_JUNK` other than U+FFFD, as Latin-1 bytes."""


def _has_junk(text: str) -> bool:
    """Whether :data:`_JUNK` finds a character in ``text``, at C speed: its
    characters are U+FFFD and ones below U+0100, which Latin-1 encodes as
    their own byte values (the encoding drops the rest)."""
    if "\ufffd" in text:
        return True
    low = text.encode("latin-1", "ignore")
    return len(low.translate(None, _JUNK_BYTES)) != len(low)


def binary_reason(data: bytes, text: str, *, replacements_are_junk: bool = True) -> str | None:
    """Why ``data`` (decoded as ``text``) is binary rather than text, or None.

    ``replacements_are_junk=False``: U+FFFD does not count (it was in the
    input, as valid UTF-8: text an earlier lossy decoding left, not bytes
    that failed to decode).

    >>> garbled = ("要对辖区内" + "\ufffd" * 3) * 4
    >>> binary_reason(garbled.encode(), garbled) is None, binary_reason(garbled.encode(), garbled,
    ...     replacements_are_junk=False) is None
    (False, True)
    """
    for magic, what in MAGIC:
        if data.startswith(magic) and (magic != b"BZh" or data[3:4].isdigit()):
            return f"input looks like {what}, not text"
    if not text or not _has_junk(text):
        return None
    junk = len((_JUNK if replacements_are_junk else _CONTROL).findall(text))
    share = junk / len(text)
    if (junk >= 8 and share > MAX_JUNK_SHARE) or (junk >= 2 and share > 0.3):
        return (f"input looks binary, not text: {round(100 * share)}% of its characters are control characters "
                "or undecodable bytes")
    return None


def utf8_binary_reason(data: bytes, text: str) -> str | None:
    """:func:`binary_reason` for valid UTF-8 without C0 control bytes: only
    signatures and DEL can make it binary, and looking for those is cheap
    (a U+FFFD in valid UTF-8 is text an earlier lossy decoding left)."""
    if data.startswith(_MAGIC_PREFIXES):
        return binary_reason(data, text)
    if "\ufffd" not in text and "\x7f" not in text:  # ``text`` is ``data`` decoded: the same test, shorter
        return None
    return binary_reason(data, text, replacements_are_junk=False)
