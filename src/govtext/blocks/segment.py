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

__all__ = ["Block", "segment"]

_STRIP = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"


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
        return len(self.text) - len(self.text.lstrip(" \t\u3000\xa0")) >= 2

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def removal_span(self, text_length: int) -> tuple[int, int]:
        """The span that removes the whole line: the line and its newline."""
        return (self.start, min(self.end + 1, text_length))


def segment(text: str) -> list[Block]:
    """The non-blank lines of ``text`` as blocks, in order."""
    blocks: list[Block] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        line = text[pos:end]
        if line.strip(_STRIP):
            blocks.append(Block(len(blocks), pos, end, line))
        if nl == -1:
            break
        pos = nl + 1
    return blocks
