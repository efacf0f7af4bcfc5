"""Plain references and a document stand-in shared by the rejoin fast-path tests.

``page_number_line`` is :func:`govtext.rejoin.furniture._page_number_line`
as its plain definition: every page-line pattern tried in turn, with no
pre-test. ``RejoinCapture`` stands in for a document when only the edits a
rejoiner applies are wanted (:func:`rejoin_edits`). Do not optimise this file.
"""

from __future__ import annotations

from govtext.edits import Edit
from govtext.rejoin import furniture
from govtext.rejoin.paragraphs import ParagraphRejoiner
from govtext.rejoin.text import parse_number


def page_number_line(pos: int, line: str) -> furniture.PageNumber | None:
    """The page number ``line`` (starting at offset ``pos``) is, by the first
    of the page-line patterns that reads a valid page (and total) in it."""
    stripped = line.strip(furniture._SPACES)
    for position, pattern in furniture._PAGE_LINE:
        m = pattern.fullmatch(stripped)
        if m is None:
            continue
        page = parse_number(m.group("n"))
        total = parse_number(m.group("t")) if "t" in m.groupdict() and m.group("t") else None
        if page is None or page <= 0 or (total is not None and (total <= 0 or page > total)):
            continue
        lead = len(line) - len(line.lstrip(furniture._SPACES))
        return furniture.PageNumber(pos + lead, pos + lead + len(stripped), page, total, position)
    return None


class RejoinCapture:
    """Stands in for a document: its text, and the edits applied to it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[Edit] = []
        self.pages: list[tuple[int, int]] = []  # no page breaks known
        self.annotations: dict[str, object] = {}  # no continuation markers removed
        self.metadata: dict[str, object] = {}  # no title found

    def apply(self, edits: list[Edit], filter: str) -> None:
        self.edits.extend(edits)


def rejoin_edits(rejoiner: ParagraphRejoiner, text: str) -> list[Edit]:
    """The edits ``rejoiner`` makes on ``text``."""
    doc = RejoinCapture(text)
    rejoiner(doc)  # type: ignore[arg-type]
    return doc.edits
