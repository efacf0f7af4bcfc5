"""The wrong codec pairs that turn Chinese text into mojibake, both ways.

A pair ``(true, wrong)`` means bytes in the ``true`` encoding were decoded
with the ``wrong`` codec. :func:`misdecode` produces such mojibake (used by
tests and to build case files); :func:`undo` reverses it for a run of text:
encode with the wrong codec, decode with the true one.

The GBK family is decoded the way browsers and Windows do it (byte 0x80 is
``€``), and re-encoded the same way, so ``銆傗€滄柊`` can be undone.

>>> misdecode("发展", "utf-8", "gbk")
'鍙戝睍'
>>> undo("鍙戝睍", PAIRS["utf8-as-gbk"])
'发展'
>>> undo("ÖÐÎÄ", PAIRS["gbk-as-latin1"])
'中文'
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["PAIRS", "Pair", "decode_with", "encode_with", "misdecode", "undo", "undo_all"]


@dataclass(frozen=True)
class Pair:
    """Text in ``true`` encoding that was decoded as ``wrong``."""

    rule: str
    true: str
    wrong: str

    @property
    def reason(self) -> str:
        """How the repair undoes it, e.g. ``encoded as gbk, decoded as utf-8``."""
        return f"encoded as {self.wrong}, decoded as {self.true}"


PAIRS: dict[str, Pair] = {
    p.rule: p
    for p in (
        Pair("utf8-as-gbk", "utf-8", "gbk"),
        Pair("utf8-as-big5", "utf-8", "big5"),
        Pair("utf8-as-latin1", "utf-8", "latin-1"),
        Pair("utf8-as-cp1252", "utf-8", "cp1252"),
        Pair("gbk-as-latin1", "gb18030", "latin-1"),
        Pair("gbk-as-cp1252", "gb18030", "cp1252"),
        Pair("gbk-as-big5", "gb18030", "big5"),
        Pair("big5-as-latin1", "big5", "latin-1"),
        Pair("big5-as-cp1252", "big5", "cp1252"),
        Pair("big5-as-gbk", "big5", "gbk"),
    )
}
"""Every supported wrong pair, by rule id."""

_CP1252_GAPS = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _euro_decode(err: UnicodeError) -> tuple[str, int]:
    if isinstance(err, UnicodeDecodeError) and err.object[err.start] == 0x80:
        return "€", err.start + 1
    raise err


def _latin_decode(err: UnicodeError) -> tuple[str, int]:
    if isinstance(err, UnicodeDecodeError) and err.object[err.start] in _CP1252_GAPS:
        return chr(err.object[err.start]), err.start + 1
    raise err


codecs.register_error("govtext-gbk-euro", _euro_decode)
codecs.register_error("govtext-cp1252-latin", _latin_decode)


def decode_with(data: bytes, codec: str) -> str:
    """Decode strictly the way a wrong decoder would (raises on failure).

    ``gbk`` is GB18030 plus byte 0x80 as ``€``; ``cp1252`` keeps its five
    undefined bytes as the Latin-1 control characters; ``big5`` is Big5
    with the CP950 extensions.
    """
    if codec == "gbk":
        return data.decode("gb18030", "govtext-gbk-euro")
    if codec == "cp1252":
        return data.decode("cp1252", "govtext-cp1252-latin")
    if codec == "big5":
        try:
            return data.decode("cp950")
        except UnicodeDecodeError:
            return data.decode("big5hkscs")
    return data.decode(codec)


def encode_with(text: str, codec: str) -> bytes:
    """Encode strictly, inverting :func:`decode_with` (raises on failure)."""
    if codec == "gbk" or codec == "gb18030":
        if "€" in text:
            return b"\x80".join(part.encode("gb18030") for part in text.split("€"))
        return text.encode("gb18030")
    if codec == "cp1252" or codec == "latin-1":
        out = bytearray()
        for c in text:
            o = ord(c)
            out += bytes((o,)) if o < 0x100 else c.encode("cp1252")
        return bytes(out)
    if codec == "big5":
        for name in ("cp950", "big5hkscs"):
            try:
                data = text.encode(name)
            except UnicodeEncodeError:
                continue
            if decode_with(data, "big5") == text:
                return data
        raise UnicodeEncodeError("big5", text, 0, len(text), "no Big5 variant round-trips this text")
    return text.encode(codec)


def misdecode(text: str, true: str, wrong: str) -> str:
    """``text`` encoded as ``true`` and decoded as ``wrong`` (strict)."""
    return decode_with(encode_with(text, true), wrong)


def undo(text: str, pair: Pair) -> str:
    """Reverse ``pair`` on ``text`` (strict; raises when it does not apply)."""
    return decode_with(encode_with(text, pair.wrong), pair.true)


def undo_all(text: str, pair: Pair) -> list[str]:
    """Every distinct reversal of ``pair`` on ``text``: Big5 text may have
    been decoded as CP950 or as Big5-HKSCS, which encode some characters
    differently, so both are tried.

    >>> undo_all("ÖÐÎÄ", PAIRS["gbk-as-latin1"])
    ['中文']
    """
    variants = ("cp950", "big5hkscs") if pair.wrong == "big5" else (pair.wrong,)
    out: list[str] = []
    for codec in variants:
        try:
            data = text.encode(codec) if pair.wrong == "big5" else encode_with(text, codec)
            new = decode_with(data, pair.true)
        except UnicodeError:
            continue
        if new not in out:
            out.append(new)
    return out
