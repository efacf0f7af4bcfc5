"""Split a text into blocks: its non-blank lines, with character spans.

Scraped plain text keeps one paragraph (or one page widget) per line, so a
line is the unit the classifier labels.

>>> [(b.index, b.start, b.end, b.text) for b in segment("标题\\n\\n　　正文。\\n")]
[(0, 0, 2, '标题'), (1, 4, 9, '\\u3000\\u3000正文。')]
>>> segment("a\\nb")[1].span
(2, 3)
>>> segment("　　正文。")[0].indented, segment("标题")[0].indented
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Block", "indented", "lines", "segment"]

_STRIP = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_INDENT = " \t\u3000\xa0"


def indented(line: str) -> bool:
    """Begins with a paragraph indent: two or more (ideographic) spaces."""
    return len(line) - len(line.lstrip(_INDENT)) >= 2


@dataclass(frozen=True, slots=True)
class Block:
    """One non-blank line: ``text == doc.text[start:end]`` (no newline)."""

    index: int
    """Position among the blocks (0-based)."""
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        """The text without leading or trailing (ideographic) spaces."""
        return self.text.strip(_STRIP)

    @property
    def indented(self) -> bool:
        """Begins with a paragraph indent: two or more (ideographic) spaces."""
        return indented(self.text)

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def removal_span(self, text_length: int) -> tuple[int, int]:
        """The span that removes the whole line: the line and its newline."""
        return (self.start, min(self.end + 1, text_length))


def lines(text: str) -> tuple[list[int], list[str], list[str], list[bool]]:
    """The blocks of ``text`` as parallel lists, without :class:`Block`
    objects: start offsets, texts (``text[start:start + len(line)]``),
    stripped texts and :func:`indented` flags.

    >>> lines("标题\\n\\n　　正文。\\n")
    ([0, 4], ['标题', '\\u3000\\u3000正文。'], ['标题', '正文。'], [False, True])
    """
    starts: list[int] = []
    raw: list[str] = []
    stripped: list[str] = []
    indents: list[bool] = []
    pos = 0
    for line in text.split("\n"):
        core = line.strip(_STRIP)
        if core:
            starts.append(pos)
            raw.append(line)
            stripped.append(core)
            indents.append(len(line) - len(line.lstrip(_INDENT)) >= 2)  # as indented(line)
        pos += len(line) + 1
    return starts, raw, stripped, indents


def segment(text: str) -> list[Block]:
    """The non-blank lines of ``text`` as blocks, in order."""
    starts, raw, _, _ = lines(text)
    return [Block(i, start, start + len(line), line) for i, (start, line) in enumerate(zip(starts, raw, strict=True))]
