"""Whitespace normalisation that keeps Chinese layout.

Line endings become ``\\n``; spaces at the end of lines go; ASCII spaces,
tabs and NBSPs that indent a line go, but the ideographic ``　　`` paragraph
indent stays (unless ``keep_ideographic_indent=False``); runs of blank lines
shrink to one; blank lines at the start and end go.

>>> from govtext import Document
>>> doc = Document.from_text("  标题  \\r\\n\\r\\n\\r\\n　　正文。\\n\\n")
>>> doc.apply(WhitespaceNormalizer()(doc))
>>> doc.text
'标题\\n\\n　　正文。'
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from govtext.document import Document
from govtext.edits import Edit

__all__ = ["WhitespaceConfig", "WhitespaceNormalizer"]

_SPACE = r"[ \t\xa0\u2000-\u200a\u202f\u205f]"
_SPACE_OR_IDEO = r"[ \t\xa0\u3000\u2000-\u200a\u202f\u205f]"
_EOL = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_TRAILING = regex.compile(_SPACE_OR_IDEO + r"+$", regex.MULTILINE)
_LEADING = regex.compile(r"^" + _SPACE + r"+", regex.MULTILINE)
_LEADING_ANY = regex.compile(r"^" + _SPACE_OR_IDEO + r"+", regex.MULTILINE)
_BLANKS = regex.compile(r"\A\n+|\n+\Z|\n{2,}")

_REASONS = {
    "eol": "line ending normalised to \\n",
    "trailing": "trailing whitespace at the end of a line",
    "leading": "half-width indentation at the start of a line",
}


@dataclass(frozen=True)
class WhitespaceConfig:
    """Options of :class:`WhitespaceNormalizer`.

    ``keep_ideographic_indent`` (default True): keep the ``　　`` indent.
    ``max_blank_lines`` (default 1): longest run of blank lines kept.
    """

    keep_ideographic_indent: bool = True
    max_blank_lines: int = 1


class WhitespaceNormalizer:
    """Normalises line endings, indentation and blank lines (see module doc)."""

    name = "whitespace"

    def __init__(self, config: WhitespaceConfig | None = None) -> None:
        self.config = config or WhitespaceConfig()

    def __call__(self, doc: Document) -> list[Edit]:
        text = doc.text
        if _EOL.search(text):
            doc.apply([Edit.replace(m.start(), m.end(), "\n", rule="eol", reason=_REASONS["eol"])
                       for m in _EOL.finditer(text)], filter=self.name)
            text = doc.text
        spans: dict[int, tuple[int, str]] = {}
        for m in _TRAILING.finditer(text):
            spans[m.start()] = (m.end(), "trailing")
        leading = _LEADING if self.config.keep_ideographic_indent else _LEADING_ANY
        for m in leading.finditer(text):
            if m.end() in spans or m.start() in spans:
                continue  # a whitespace-only line: the trailing rule covers it
            spans[m.start()] = (m.end(), "leading")
        if spans:
            doc.apply([Edit.delete(a, b, rule=kind, reason=_REASONS[kind]) for a, (b, kind) in spans.items()],
                      filter=self.name)
        keep = "\n" * (self.config.max_blank_lines + 1)
        out = []
        text = doc.text
        for m in _BLANKS.finditer(text):
            if m.start() == 0 or m.end() == len(text):
                out.append(Edit.delete(m.start(), m.end(), rule="edge-blank-lines",
                                       reason="blank lines at the start or end of the document"))
            elif m.end() - m.start() > len(keep):
                out.append(Edit.delete(m.start() + len(keep), m.end(), rule="blank-lines",
                                       reason=f"more than {self.config.max_blank_lines} blank line(s) in a row"))
        return out
