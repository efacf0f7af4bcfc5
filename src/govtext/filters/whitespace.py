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

import re
from dataclasses import dataclass

from govtext.document import Document
from govtext.edits import Edit

__all__ = ["WhitespaceConfig", "WhitespaceNormalizer"]

_SPACE = r"[ \t\xa0\u2000-\u200a\u202f\u205f]"
_SPACE_OR_IDEO = r"[ \t\xa0\u3000\u2000-\u200a\u202f\u205f]"
_EOL_CHARS = "\r\u2028\u2029\x0b\x0c\x85"
_EOL = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Patterns that open with a literal newline scan fast (the standard ``re``
# looks for the newline alone); a character class first would be tried at
# every position of a big document.
_TRAILING_REVERSED = re.compile(r"\n(" + _SPACE_OR_IDEO + r"+)")
"""A line's trailing whitespace, in the reversed text (where it follows the newline)."""
_LEADING = re.compile(r"\n(" + _SPACE + r"+)")
_LEADING_ANY = re.compile(r"\n(" + _SPACE_OR_IDEO + r"+)")

_EDGE_REASON = "blank lines at the start or end of the document"
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
        if any(c in text for c in _EOL_CHARS):
            doc.apply([Edit.replace(m.start(), m.end(), "\n", rule="eol", reason=_REASONS["eol"])
                       for m in _EOL.finditer(text)], filter=self.name)
            text = doc.text
        spans: dict[int, tuple[int, str]] = {}
        for a, b in _trailing_runs(text):
            spans[a] = (b, "trailing")
        leading = _LEADING if self.config.keep_ideographic_indent else _LEADING_ANY
        for m in leading.finditer("\n" + text):  # the newline stands for the start of the text
            a, b = m.start(1) - 1, m.end(1) - 1
            if b in spans or a in spans:
                continue  # a whitespace-only line: the trailing rule covers it
            spans[a] = (b, "leading")
        if spans:
            doc.apply([Edit.delete(a, b, rule=kind, reason=_REASONS[kind]) for a, (b, kind) in spans.items()],
                      filter=self.name)
        return self._blank_lines(doc.text)

    def _blank_lines(self, text: str) -> list[Edit]:
        """Blank lines at the edges, and runs longer than ``max_blank_lines``."""
        keep = self.config.max_blank_lines + 1  # newlines in a row that stay
        longer = "\n" * (keep + 1)
        if not (text.startswith("\n") or text.endswith("\n") or longer in text):
            return []
        out = []
        n = len(text)
        if text.startswith("\n"):
            end = len(text) - len(text.lstrip("\n"))
            out.append(Edit.delete(0, end, rule="edge-blank-lines", reason=_EDGE_REASON))
            if end == n:
                return out
        else:
            end = 0
        tail = n - (len(text) - len(text.rstrip("\n")))
        at = text.find(longer, end)
        while 0 <= at < tail:
            stop = at + keep + 1
            while stop < tail and text[stop] == "\n":
                stop += 1
            out.append(Edit.delete(at + keep, stop, rule="blank-lines",
                                   reason=f"more than {self.config.max_blank_lines} blank line(s) in a row"))
            at = text.find(longer, stop)
        if tail < n:
            out.append(Edit.delete(tail, n, rule="edge-blank-lines", reason=_EDGE_REASON))
        return out


def _trailing_runs(text: str) -> list[tuple[int, int]]:
    """Spans of whitespace (ideographic spaces included) that end a line, in order.

    Found in the reversed text, where each follows a newline (the last line's:
    the start), so one quick search for newlines finds them all."""
    end = len(text) + 1  # the reversed text has a newline in front: position p is text[end - 1 - p]
    runs = [(end - m.end(1), end - m.start(1)) for m in _TRAILING_REVERSED.finditer("\n" + text[::-1])]
    runs.reverse()
    return runs
