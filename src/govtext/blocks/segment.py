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
from itertools import accumulate, compress, repeat
from operator import sub

__all__ = ["Block", "indented", "lines", "segment"]

_STRIP = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_INDENT = " \t\u3000\xa0"
_PLUS_ONE = (1).__add__
_MORE_THAN_ONE = (1).__lt__


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

    Every list is built by C-level iteration (``map``, ``compress``,
    ``accumulate``) with no Python step per line: a document has a hundred
    lines, half of them blank.

    >>> lines("标题\\n\\n　　正文。\\n")
    ([0, 4], ['标题', '\\u3000\\u3000正文。'], ['标题', '正文。'], [False, True])
    """
    parts = text.split("\n")
    cores = list(map(str.strip, parts, repeat(_STRIP)))
    offsets = accumulate(map(_PLUS_ONE, map(len, parts)), initial=0)  # where each part begins
    starts = list(compress(offsets, cores))
    raw = list(compress(parts, cores))
    stripped = list(compress(cores, cores))
    # as :func:`indented`: the indent is two characters or more (1 < width)
    widths = map(sub, map(len, raw), map(len, map(str.lstrip, raw, repeat(_INDENT))))
    return starts, raw, stripped, list(map(_MORE_THAN_ONE, widths))


def segment(text: str) -> list[Block]:
    """The non-blank lines of ``text`` as blocks, in order."""
    starts, raw, _, _ = lines(text)
    return [Block(i, start, start + len(line), line) for i, (start, line) in enumerate(zip(starts, raw, strict=True))]
