"""Character normalisation: NFC, invisible and control characters, odd spaces.

- Text is brought to Unicode NFC (decomposed accents are composed; CJK
  compatibility ideographs such as U+F9xx become their unified forms).
- Zero-width characters (U+200B, U+2060, U+180E, soft hyphen U+00AD,
  bidirectional marks), byte-order marks left inside the text (U+FEFF) and
  the reversed BOM U+FFFE are removed. ZWJ/ZWNJ are removed only next to Han
  or ASCII characters: in emoji and Indic or Arabic text they carry meaning.
- C0/C1 control characters other than tab, line feed, carriage return,
  vertical tab, form feed and NEL (the whitespace filter turns those into
  line breaks) are removed.
- NBSP and the other fixed-width spaces (U+2000-U+200A, U+202F, U+205F)
  inside a line become an ASCII space; at the start of a line they are left
  to the whitespace filter (which removes half-width indentation). The
  ideographic space U+3000 is kept everywhere: ``　　`` is the paragraph
  indent and it also spaces titles and signatures.

>>> from govtext import Document
>>> doc = Document.from_text("　　正\\u200b文\\ufeff，Cafe\\u0301\\xa0OK\\x07。")
>>> doc.apply(CharacterNormalizer()(doc))
>>> doc.text
'　　正文，Café OK。'
>>> sorted({c.rule for c in doc.changes} | {r.rule for r in doc.removed})
['control-character', 'nfc', 'nonstandard-space', 'stray-bom', 'zero-width']
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from govtext.document import Document
from govtext.edits import Edit

__all__ = ["CharacterConfig", "CharacterNormalizer"]

_INVISIBLE = regex.compile(
    r"(?P<bom>[\ufeff\ufffe])"
    r"|(?P<zw>[\u200b\u2060\u180e\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u2061-\u2064])"
    r"|(?P<joiner>[\u200c\u200d])"
    r"|(?P<control>[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f])"
    r"|(?P<space>(?<=\S[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]*)[\xa0\u2000-\u200a\u202f\u205f])"
)
_CLUSTER = regex.compile(r"\X")
_JOINER_CONTEXT = regex.compile(r"[\p{Han}\x00-\x7f\u3000-\u303f\uff00-\uffef]")

_REASONS = {
    "bom": "byte-order mark inside the text",
    "zw": "invisible zero-width or direction-control character",
    "joiner": "zero-width joiner/non-joiner next to Chinese or ASCII text",
    "control": "control character",
    "space": "non-breaking or fixed-width space made a plain space",
}
_RULES = {"bom": "stray-bom", "zw": "zero-width", "joiner": "zero-width", "control": "control-character",
          "space": "nonstandard-space"}


@dataclass(frozen=True)
class CharacterConfig:
    """Options of :class:`CharacterNormalizer` (all True by default).

    - ``nfc``: normalise to NFC.
    - ``remove_invisible``: remove zero-width characters and stray BOMs.
    - ``remove_controls``: remove control characters.
    - ``normalize_spaces``: NBSP and fixed-width spaces inside a line become ``" "``.
    """

    nfc: bool = True
    remove_invisible: bool = True
    remove_controls: bool = True
    normalize_spaces: bool = True


class CharacterNormalizer:
    """Filter: character-level normalisation (see the module doc)."""

    name = "characters"

    def __init__(self, config: CharacterConfig | None = None) -> None:
        self.config = config or CharacterConfig()

    def _wanted(self, kind: str) -> bool:
        if kind in ("bom", "zw", "joiner"):
            return self.config.remove_invisible
        if kind == "control":
            return self.config.remove_controls
        return self.config.normalize_spaces

    def __call__(self, doc: Document) -> list[Edit]:
        text = doc.text
        edits: list[Edit] = []
        if self.config.nfc and not unicodedata.is_normalized("NFC", text):
            edits.extend(_nfc_edits(text))
        covered = {i for e in edits for i in range(e.start, e.end)}
        for m in _INVISIBLE.finditer(text):
            kind = m.lastgroup or "zw"
            if not self._wanted(kind):
                continue
            if kind == "joiner" and not _joiner_removable(text, m.start()):
                continue
            if m.start() in covered:  # inside a cluster NFC already rewrites
                continue
            if kind == "space":
                edits.append(Edit.replace(m.start(), m.end(), " ", rule=_RULES[kind], reason=_REASONS[kind]))
            else:
                name = unicodedata.name(m.group(), f"U+{ord(m.group()):04X}")
                edits.append(Edit.delete(m.start(), m.end(), rule=_RULES[kind], reason=f"{_REASONS[kind]} ({name})"))
        return edits


def _joiner_removable(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return bool(_JOINER_CONTEXT.match(before)) and bool(_JOINER_CONTEXT.match(after))


def _nfc_edits(text: str) -> list[Edit]:
    """One edit per line part that NFC changes (grapheme clusters never interact)."""
    edits: list[Edit] = []
    start = 0
    n = len(text)
    while start < n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        line = text[start:end]
        if not unicodedata.is_normalized("NFC", line):
            for m in _CLUSTER.finditer(line):
                cluster = m.group()
                fixed = unicodedata.normalize("NFC", cluster)
                if fixed != cluster:
                    edits.append(Edit.replace(start + m.start(), start + m.end(), fixed, rule="nfc",
                                              reason=f"Unicode NFC: {cluster!a} -> {fixed}"))
        start = end + 1
    return edits
