"""Whitespace normalisation that keeps Chinese layout.

Line endings become ``\\n``; spaces at the end of lines go; ASCII spaces,
tabs and NBSPs that indent a line go, but the ideographic ``　　`` paragraph
indent stays (unless ``keep_ideographic_indent=False``); runs of blank lines
shrink to one; blank lines at the start and end go.

A half-width indent that marks paragraphs (two to eight spaces, or a tab,
before Chinese text, where other long lines have none, as text extracted
from a PDF has it) becomes the ideographic indent ``　　``: the paragraph
starts stay visible to the rejoiner, and a first line keeps the width of
the lines it was wrapped with (rule ``indent``).

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
from govtext.edits import Deletions, Edit, EditColumns

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
_EDGE_SUSPECT = re.compile(r"\n(?:(?<=" + _SPACE_OR_IDEO + r"\n)|(?=" + _SPACE + r"))")
"""A newline after whitespace or before a space: where a line edge may need
a cut (every cut but those at the text's own edges touches one). It opens
with a literal newline, so ``re`` scans for newlines fast."""
_EDGE_SUSPECT_ANY = re.compile(r"\n(?:(?<=" + _SPACE_OR_IDEO + r"\n)|(?=" + _SPACE_OR_IDEO + r"))")
_SPACE_CHARS = frozenset(" \t\xa0\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B))))
_SPACE_OR_IDEO_CHARS = _SPACE_CHARS | {"\u3000"}

_EDGE_REASON = "blank lines at the start or end of the document"
_EDGE_RULE = "edge-blank-lines"
_BLANK_RULE = "blank-lines"
_REASONS = {
    "eol": "line ending normalised to \\n",
    "trailing": "trailing whitespace at the end of a line",
    "leading": "half-width indentation at the start of a line",
    "indent": "half-width paragraph indent written as the ideographic indent (　　)",
}
_IDEOGRAPHIC_INDENT = "\u3000\u3000"
_INDENT_RUN = re.compile(r"(?: {2,8}|\xa0{2,8}|\t{1,2})")
"""A half-width indent that may mark a paragraph: two to eight spaces (or NBSPs), or one or two tabs."""
_CJK_FIRST = re.compile(r"(?:[0-9０-９]{1,8}(?:[.．][0-9０-９]{1,4})?(?:[%％]|[.．)）])?|[(\[]|[A-Za-z][A-Za-z0-9]{0,7}(?:[-.][A-Za-z0-9]{1,8}){0,2})?"
                        r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e“‘]")
"""How Chinese paragraph text opens: a Chinese character or punctuation, maybe after a number
(``5月15日至…``, ``2024年，…``, ``10.5%的…``, a numbered item: ``2.地区生产总值…``, ``3)…``), a half-width bracket (``(一)``, ``(完)``, as NFKC writes them)
or a code written in Latin letters (``LY2025-07号地块…``, ``PM2.5浓度…``, ``AI赋能…``), not an English word
followed by a space (``Copyright © 2025``)."""
_UNINDENTED_MIN = 6
"""Characters an unindented line needs to show that an indent marks something (a headline, a
date line, a PDF's wrapped line; not a page number such as ``- 3 -``)."""
_UNINDENTED = re.compile(rf"\n[^\n \t\xa0\u3000\u2000-\u200a\u202f\u205f][^\n]{{{_UNINDENTED_MIN - 1}}}")
"""A line of :data:`_UNINDENTED_MIN` characters or more that starts with no indent (in ``"\\n" + text``)."""


@dataclass(frozen=True)
class WhitespaceConfig:
    """Options of :class:`WhitespaceNormalizer`.

    ``keep_ideographic_indent`` (default True): keep the ``　　`` indent.
    ``max_blank_lines`` (default 1): longest run of blank lines kept.
    ``paragraph_indent`` (default True): a half-width indent that marks
    paragraphs becomes ``　　`` instead of going (needs ``keep_ideographic_indent``).
    """

    keep_ideographic_indent: bool = True
    max_blank_lines: int = 1
    paragraph_indent: bool = True


class WhitespaceNormalizer:
    """Normalises line endings, indentation and blank lines (see module doc)."""

    name = "whitespace"

    def __init__(self, config: WhitespaceConfig | None = None) -> None:
        self.config = config or WhitespaceConfig()
        keep = self.config.max_blank_lines + 1  # newlines in a row that stay
        if keep < 0:
            raise ValueError("max_blank_lines must be at least -1")
        self._keep = keep
        self._too_many = "\n" * (keep + 1)
        self._longer = re.compile(self._too_many + "\n*")
        """A run of more newlines than stay (found from the first, which ``str.find`` finds quickest)."""
        self._blank_reason = f"more than {self.config.max_blank_lines} blank line(s) in a row"

    def __call__(self, doc: Document) -> Deletions | list[Edit]:
        text = doc.text
        if _has_eol(text):
            doc.apply([Edit.replace(m.start(), m.end(), "\n", rule="eol", reason=_REASONS["eol"])
                       for m in _EOL.finditer(text)], filter=self.name)
            text = doc.text
        spans = _line_edge_spans(text, self.config.keep_ideographic_indent)
        if not spans:
            return self._blank_lines(text)
        starts, ends, kinds = (list(column) for column in zip(*spans, strict=True))
        marks = _paragraph_indents(text, spans) \
            if self.config.paragraph_indent and self.config.keep_ideographic_indent else None
        cuts: EditColumns
        if marks:
            kinds = ["indent" if a in marks else kind for a, kind in zip(starts, kinds, strict=True)]
            repls = [_IDEOGRAPHIC_INDENT if kind == "indent" else "" for kind in kinds]
            cuts = EditColumns(starts, ends, repls, kinds, list(map(_REASONS.__getitem__, kinds)), filter=self.name)
        else:
            # every span holds at least one character (the patterns match one or more)
            cuts = Deletions.unchecked(starts, ends, kinds, list(map(_REASONS.__getitem__, kinds)), filter=self.name)
        # applied here (the batch the pipeline would make of them): the blank
        # lines are found in the text they leave, which apply makes anyway
        doc.apply(cuts, filter=self.name)
        return self._blank_lines(doc.text)

    def _blank_lines(self, text: str) -> Deletions | list[Edit]:
        """Blank lines at the edges, and runs longer than ``max_blank_lines``."""
        n = len(text)
        head = n - len(text.lstrip("\n")) if text[:1] == "\n" else 0
        if head == n:
            return Deletions.unchecked([0], [n], [_EDGE_RULE], [_EDGE_REASON]) if n else []
        tail = len(text.rstrip("\n")) if text[-1] == "\n" else n
        # a run before the trailing newlines ends before them (a non-newline lies between)
        first = text.find(self._too_many, head, tail)
        if first < 0 and not head and tail == n:
            return []
        starts, ends, rules, reasons = ([0], [head], [_EDGE_RULE], [_EDGE_REASON]) if head else ([], [], [], [])
        if first >= 0:
            runs = [m.span() for m in self._longer.finditer(text, first, tail)]
            keep = self._keep
            starts += [a + keep for a, _b in runs]
            ends += [b for _a, b in runs]
            rules += [_BLANK_RULE] * len(runs)
            reasons += [self._blank_reason] * len(runs)
        if tail < n:
            starts.append(tail)
            ends.append(n)
            rules.append(_EDGE_RULE)
            reasons.append(_EDGE_REASON)
        return Deletions.unchecked(starts, ends, rules, reasons)


def _paragraph_indents(text: str, spans: list[tuple[int, int, str]]) -> set[int]:
    """Starts of the ``leading`` spans that are paragraph indents: each is
    a whole :data:`_INDENT_RUN` before Chinese text (maybe opening with a
    number or a bracket), at least two lines have one, and some line of
    :data:`_UNINDENTED_MIN` characters or more (a headline, a date line, a
    wrapped line) starts with no indent at all (an indent on every line
    marks nothing). Lines after a blank line count too: many
    scrapers write a blank line after every line, and the indent still tells
    a paragraph from the furniture around it; so does the page's first line
    (an e-paper page continued from another may open with its text).

    >>> text = "标题\\n    第一段开头的一行文字，比较长，写到行尾就换行，\\n接着写完第一段的内容。这一行也很长很长。\\n    第二段。"
    >>> sorted(_paragraph_indents(text, _line_edge_spans(text, True)))
    [3, 52]
    >>> _paragraph_indents("  第一行文字比较长比较长比较长比较长比较长\\n  第二行", [(0, 2, "leading"), (25, 27, "leading")])
    set()
    """
    marks = {a for a, b, kind in spans
             if kind == "leading" and _INDENT_RUN.fullmatch(text, a, b)
             and _CJK_FIRST.match(text, b)}
    if len(marks) < 2 or _UNINDENTED.search("\n" + text) is None:
        return set()
    return marks


def _has_eol(text: str) -> bool:
    """Whether ``text`` has a line ending other than ``\\n`` (a quick search per character)."""
    return ("\r" in text or "\u2028" in text or "\u2029" in text or "\x0b" in text or "\x0c" in text
            or "\x85" in text)


def _line_edge_spans(text: str, keep_ideographic_indent: bool) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of the whitespace to delete at line ends
    (``trailing``) and starts (``leading``), in order. A whitespace-only line
    is the trailing rule's.

    Most texts (all once normalised) have none: one scan for a newline next
    to whitespace, and a look at the text's first and last character, prove
    it without the scans that find them."""
    if not _may_have_edges(text, keep_ideographic_indent):
        return []
    return _find_line_edges(text, keep_ideographic_indent)


def _find_line_edges(text: str, keep_ideographic_indent: bool) -> list[tuple[int, int, str]]:
    """:func:`_line_edge_spans`, found by scanning for each kind."""
    spans = [(a, b, "trailing") for a, b in _trailing_runs(text)]
    leading = _LEADING if keep_ideographic_indent else _LEADING_ANY
    found = [(m.start(1) - 1, m.end(1) - 1, "leading") for m in leading.finditer("\n" + text)]
    if not found:
        return spans
    if spans:
        taken = {a for a, _b, _k in spans}
        spans.extend([span for span in found if span[0] not in taken and span[1] not in taken])
        spans.sort()
        return spans
    return found


def _may_have_edges(text: str, keep_ideographic_indent: bool) -> bool:
    """Whether some line of ``text`` may start with an indent to cut or end
    with whitespace: a necessary condition of :func:`_line_edge_spans` finding any."""
    lead = _SPACE_CHARS if keep_ideographic_indent else _SPACE_OR_IDEO_CHARS
    if text[:1] in lead or text[-1:] in _SPACE_OR_IDEO_CHARS:  # "" (an empty text) is in neither
        return True
    suspect = _EDGE_SUSPECT if keep_ideographic_indent else _EDGE_SUSPECT_ANY
    return suspect.search(text) is not None


def _trailing_runs(text: str) -> list[tuple[int, int]]:
    """Spans of whitespace (ideographic spaces included) that end a line, in order.

    Found in the reversed text, where each follows a newline (the last line's:
    the start), so one quick search for newlines finds them all."""
    end = len(text) + 1  # the reversed text has a newline in front: position p is text[end - 1 - p]
    runs = [(end - m.end(1), end - m.start(1)) for m in _TRAILING_REVERSED.finditer("\n" + text[::-1])]
    runs.reverse()
    return runs
