"""Page-continuation markers: ``(上接第三版)``, ``(下转第2版)``, ``上接第X页``.

Newspapers and gazettes continue an article on another page and say so in
the text. :func:`find_markers` finds these markers (half- or full-width
brackets or none, Arabic or Chinese numerals, 版 / 页 / 面, simplified or
traditional characters (``下轉第二版``, for text kept in its script), an optional
letter section such as ``A2`` (in brackets a lettered page needs no 版:
``（下转A2）``), a section alone in brackets (``（下转B版）``: no page recorded),
or a relative ``转下页`` / ``接上页``);
:class:`ContinuationMarkers` removes them with a reason and keeps them as
provenance:

- ``metadata["continues_from_page"]``: the page named by the first
  "continued from" marker (``上接第三版`` gives 3);
- ``metadata["continues_to_page"]``: the page named by the last
  "continued to" marker (``下转第2版`` gives 2);
- a ``下转`` followed by a matching ``上接`` in the same document (an edition
  in one file) is a pair inside the document: it sets no metadata, since
  the document as a whole does not continue anywhere;
- ``annotations["continuation_markers"]``: every marker, with its kind, page,
  text, whether it is paired ``inside`` and original-text offsets;
- page provenance: page furniture (:class:`~govtext.rejoin.PageFurniture`,
  which runs first) wins; without it, the text after a ``上接`` marker is
  on the page that an earlier ``下转`` marker of the same document named,
  and the text before the ``下转`` marker on the page the ``上接`` marker
  named; a relative marker names the next (previous) page of the page it
  stands on, when that is known. Where nothing
  says which page text is on (a document that only says it continues from
  page 3), its fragments keep ``page=None``: the continuation is on *some*
  later page, and :func:`govtext.stitch` fills the page in when it finds
  the first half.

>>> from govtext import Document
>>> doc = Document.from_text("(上接第三版)一是深化改革。\\n\\n二是强化创新。（下转第十二版）")
>>> ContinuationMarkers()(doc)
>>> doc.text
'一是深化改革。\\n\\n二是强化创新。'
>>> doc.metadata["continues_from_page"], doc.metadata["continues_to_page"]
(3, 12)
>>> [r.rule for r in doc.removed]
['continued-from', 'continued-to']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import regex

from govtext.document import Document
from govtext.edits import Edit
from govtext.rejoin.text import NUMERAL, parse_number

__all__ = ["ContinuationMarkers", "Marker", "find_markers"]

_FROM = "上接|接上|紧接|緊接|续接|續接|承接|上承|接|续|續|承"
_TO = "下转|下轉|转至|轉至|转到|轉到|下接|接转|接轉|续转|續轉|续见|續見|转见|轉見|转|轉"
"""Verbs of a "continued to" marker; ``续见`` / ``續見`` ("continued, see") is
the Hong Kong and Taiwan papers' (``（續見第二版）``); a bare ``见`` (``（详见第三版）``)
is a cross-reference, not a continuation."""
_PAGE = rf"(?:第\s*)?(?P<section>[A-Za-zＡ-Ｚａ-ｚ]?)\s*(?P<num>{NUMERAL})\s*(?:版|页|頁|面)"
_OPEN = r"[(（〔【［\[<〈]"
_CLOSE = r"[)）〕】］\]>〉]"

_UNFINISHED = r"(?:未完(?:待续|待續)?[，,、 \t\u3000]*)"
"""``未完，`` / ``未完待续`` ("to be continued") before the verb of a bracketed "continued to" marker."""

_BRACKETED = regex.compile(
    rf"(?P<lead>[ \t\u3000]*){_OPEN}\s*(?:(?P<from>{_FROM})|{_UNFINISHED}?(?P<to>{_TO}))\s*{_PAGE}[^()（）〔〕【】\[\]\n]{{0,6}}{_CLOSE}"
    rf"(?P<trail>[ \t\u3000]*)"
)
"""A marker in brackets: may stand anywhere in a line; a few characters
may follow the page inside the brackets (``（下转第二版右下）``), and a
"continued to" may say first that the article is unfinished (``（未完，转第3版）``)."""

_LETTERED = regex.compile(
    rf"(?P<lead>[ \t\u3000]*){_OPEN}[ \t\u3000]*(?:(?P<from>{_FROM})|(?P<to>{_TO}))[ \t\u3000]*"
    rf"(?P<section>[A-Za-zＡ-Ｚａ-ｚ])[ \t\u3000]*(?P<num>[0-9０-９]{{1,2}})[ \t\u3000]*{_CLOSE}(?P<trail>[ \t\u3000]*)"
)
"""A marker in brackets naming a lettered page without 版 (``（下转A2）``,
``（上接A1）``): the section letter makes it a page."""
_LETTERED_TAIL = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ][ \t\u3000]*[0-9０-９]{1,2}[ \t\u3000]*\Z")
"""What stands before the closing bracket of a :data:`_LETTERED` marker."""
_TAIL_LAST = frozenset("0123456789０１２３４５６７８９ \t\u3000")
"""The last character of a :data:`_LETTERED_TAIL` (a cheap test before the pattern's)."""

_SECTION_ONLY = regex.compile(
    rf"(?P<lead>[ \t\u3000]*){_OPEN}[ \t\u3000]*(?:(?P<from>{_FROM})|(?P<to>{_TO}))[ \t\u3000]*(?:第[ \t\u3000]*)?"
    rf"(?P<section>[A-Za-zＡ-Ｚａ-ｚ])[ \t\u3000]*(?:版|叠|疊)[ \t\u3000]*{_CLOSE}(?P<trail>[ \t\u3000]*)"
)
"""A marker in brackets naming a section of the edition and no page
(``（下转B版）``, ``（上接A叠）``): it leaves the text, its page unknown (not
the next or the previous one)."""
_SECTION_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")

_SYMBOL = "(?:[▲△■□●○◆◇★☆▶►◀◁▼▽※◎→➤➡☞]|——|>>|》》)?"
"""A symbol a bare marker may open with (``▲上接第一版``, ``◀上接第1版``, ``→下转第3版``, ``>>转第2版``)."""

_BARE = regex.compile(
    rf"(?P<lead>(?:^|(?<=[。！？!?；;”’）)\s]))[ \t\u3000]*{_SYMBOL}[ \t\u3000]*)(?:(?P<from>上接|紧接|緊接)|(?P<to>下转|下轉|转至|轉至|转到|轉到|续见|續見))\s*{_PAGE}(?P<trail>[ \t\u3000]*)",
    regex.MULTILINE,
)
"""A bare marker (no brackets): only the unambiguous verbs, at the start of a
line or after the end of a sentence, so ``直接第1版`` in prose never matches."""

_BARE_SHORT = regex.compile(
    rf"(?P<lead>(?:^|(?<=[。！？!?]))[ \t\u3000]*{_SYMBOL}[ \t\u3000]*)(?:(?P<from>接|续|續)|(?P<to>转|轉))\s*(?:第\s*(?P<section>[A-Za-zＡ-Ｚａ-ｚ]?)\s*"
    rf"(?P<num>{NUMERAL})|(?P<section2>[A-Za-zＡ-Ｚａ-ｚ]?)\s*(?P<num2>[0-9０-９]{{1,2}}))\s*(?:版|页|頁|面)(?P<trail>[ \t\u3000]*(?:[▶►▲■◆●★→➤➡☞][ \t\u3000]*)?)$",
    regex.MULTILINE,
)
"""``转第二版`` / ``接第1版`` / ``转2版`` / ``转A3版`` without brackets (without 第 only
with a page in digits): only at the end of a line
(an arrow or a bullet may follow it: ``转第5版▶``), after the end of a
sentence or as a line of its own."""

_RELATIVE = regex.compile(
    rf"(?P<lead>[ \t\u3000]*)(?:{_OPEN}\s*(?:(?P<from>上接上|接上|续上|續上|承上|接前|续前|續前)|(?P<to>下转下|下轉下|转下|轉下|续下|續下|转后|轉後|接下))"
    rf"\s*(?:页|頁|版)\s*{_CLOSE}|(?<=^[ \t\u3000]*)(?:(?P<from2>上接上|接上|续上|續上)|(?P<to2>下转下|下轉下|转下|轉下|续下|續下))(?:页|頁|版)"
    rf"(?=[ \t\u3000]*$))(?P<trail>[ \t\u3000]*)",
    regex.MULTILINE,
)
"""``（转下页）`` / ``（接上页）``: the page is the next or the previous one; in
brackets anywhere, bare only as a line of its own."""

_MAYBE_MARKER = re.compile(
    rf"[接上续續承转轉至到见見]\s*(?:第\s*)?[A-Za-zＡ-Ｚａ-ｚ]?\s*{NUMERAL}\s*[版页頁面]|(?P<relative>[上前下后後]\s*[页頁版])"
)
"""What every marker above contains: the last character of its verb, then
a page (``接 第3版``, ``转下页``). Tried only just before the page
characters that :func:`_page_ends` finds, so most texts cost a few
character searches."""
_OPENERS = frozenset("(（〔【［[<〈")
_BEFORE_PAGE = frozenset("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百上前下后後")
"""What stands last before the page character of a :data:`_MAYBE_MARKER`
match (whitespace aside): a numeral, or the ``上`` / ``下`` of ``转下页``."""
_MAYBE_REACH = 7
"""Most characters other than whitespace a :data:`_MAYBE_MARKER` match has
before its page character: verb, ``第``, section letter, four numerals."""


def _page_ends(text: str) -> list[int]:
    """Positions of the page characters that may end a :data:`_MAYBE_MARKER`
    match: those with a numeral or ``上前下后後`` before them (whitespace
    aside). Finding the few page characters is much cheaper than the
    pattern's scan of the text."""
    out: list[int] = []
    find = text.find
    for page in "版页頁面":
        at = find(page, 1)  # (one opening the text has nothing before it)
        while at >= 0:
            before = text[at - 1]
            if before in _BEFORE_PAGE:
                out.append(at)
            elif before.isspace():  # (rare) look before the whitespace
                stop = at - 2
                while stop >= 0 and text[stop].isspace():
                    stop -= 1
                if stop >= 0 and text[stop] in _BEFORE_PAGE:
                    out.append(at)
            at = find(page, at + 1)
    return out


def _maybe_hits(text: str) -> list[re.Match[str]]:
    """Every match of :data:`_MAYBE_MARKER` in ``text``, overlapping ones too,
    in order: a match ends at one of :func:`_page_ends` and starts at most
    :data:`_MAYBE_REACH` characters (whitespace aside) before it, so only
    those starts are tried."""
    ends = _page_ends(text)
    if not ends:
        return []
    starts: set[int] = set()
    for end in ends:
        start = end
        reach = _MAYBE_REACH
        while start > 0 and reach:
            start -= 1
            if not text[start].isspace():
                reach -= 1
        starts.update(range(start, end))
    hits = (_MAYBE_MARKER.match(text, start) for start in sorted(starts))
    return [hit for hit in hits if hit is not None]


def _windows(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Whole lines around every place a marker naming its page may stand, and
    around every place a relative one (``转下页``) may, each merged, in order.

    A marker reaches from its verb back over whitespace (line breaks too) and
    an opening bracket, and forward over whitespace to its closing bracket,
    so each window runs from the start of the line holding the earliest
    character the marker could start at to the end of the line holding the
    last. The marker patterns find the same matches in these windows as in
    the whole text (a window ends at a line end, where ``$`` holds either
    way): a match of :data:`_RELATIVE` holds a relative hit of
    :data:`_MAYBE_MARKER` (its second alternative, which matches where the
    first cannot), one of the other patterns a hit of the first alternative.
    """
    numbered: list[tuple[int, int]] = []
    relative: list[tuple[int, int]] = []
    n = len(text)
    for hit in _maybe_hits(text):
        p = max(hit.start() - 3, 0)  # the rest of the verb (up to three characters)
        while p > 0 and (text[p - 1].isspace() or text[p - 1] in _OPENERS):
            p -= 1
        q = hit.end()
        while q < n and text[q].isspace():
            q += 1
        start = text.rfind("\n", 0, p) + 1
        end = text.find("\n", q)
        end = n if end < 0 else end
        out = relative if hit.lastgroup == "relative" else numbered
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return numbered, relative


def _lettered_windows(text: str) -> list[tuple[int, int]]:
    """The lines where a :data:`_LETTERED` marker may stand: those with a
    closing bracket right after a letter and one or two digits (found from
    the closing brackets, which ``str.find`` finds quickly)."""
    lines: set[int] = set()
    find = text.find
    for close in ")）〕】］]>〉":
        at = find(close, 1)  # (one opening the text has no tail)
        while at >= 0:
            if text[at - 1] in _TAIL_LAST and _LETTERED_TAIL.search(text, max(at - 8, 0), at):
                lines.add(text.rfind("\n", 0, at) + 1)
            at = find(close, at + 1)
    if not lines:
        return []
    out: list[tuple[int, int]] = []
    for start in sorted(lines):
        end = text.find("\n", start)
        out.append((start, len(text) if end < 0 else end))
    return out


def _section_windows(text: str) -> list[tuple[int, int]]:
    """The lines where a :data:`_SECTION_ONLY` marker may stand: those with a
    letter right before a 版 (叠), found by ``str.find``."""
    out: list[tuple[int, int]] = []
    find = text.find
    for page in "版叠疊":
        at = find(page, 1)
        while at >= 0:
            before = at - 1
            while before > 0 and text[before] in " \t\u3000":
                before -= 1
            if text[before] in _SECTION_LETTERS:
                start = text.rfind("\n", 0, at) + 1
                end = find("\n", at)
                out.append((start, len(text) if end < 0 else end))
            at = find(page, at + 1)
    out.sort()
    merged: list[tuple[int, int]] = []
    for start, end in out:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Marker:
    """A continuation marker at ``text[start:end]``; ``outer_start`` and
    ``outer_end`` include the spaces around it."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    kind: str
    """``"continued-from"`` or ``"continued-to"``."""
    page: int | None
    """The page named, None for ``转下页`` / ``接上页`` (the next or previous page)
    and for a section named without its page (``（下转B版）``: see :attr:`section`)."""
    section: str
    """A letter section of the edition (``A`` in ``A2版``), or ``""``."""
    text: str
    """The marker itself, without the whitespace around it."""


def find_markers(text: str) -> list[Marker]:
    """All continuation markers in ``text``, in order, without overlaps.

    >>> [(m.kind, m.page, m.text) for m in find_markers("（转第二版）\\n上接第11页 正文")]
    [('continued-to', 2, '（转第二版）'), ('continued-from', 11, '上接第11页')]
    >>> find_markers("直接第1版的内容")
    []
    >>> [(m.kind, m.page) for m in find_markers("正文（转下页）")]
    [('continued-to', None)]
    >>> [(m.kind, m.section, m.page) for m in find_markers("正文。（下转A2）")]
    [('continued-to', 'A', 2)]
    >>> [(m.kind, m.section, m.page) for m in find_markers("持续发力。（下转B版）")]
    [('continued-to', 'B', None)]
    """
    numbered, relative = _windows(text)
    lettered = _lettered_windows(text)
    sections = _section_windows(text) if ("版" in text or "叠" in text or "疊" in text) else []
    if not numbered and not relative and not lettered and not sections:
        return []  # no place a marker may stand (most texts)
    found: list[Marker] = []
    taken: list[tuple[int, int]] = []
    for pattern, where in ((_BRACKETED, numbered), (_LETTERED, lettered), (_BARE, numbered), (_BARE_SHORT, numbered),
                           (_RELATIVE, relative), (_SECTION_ONLY, sections)):
        for m in (m for start, end in where for m in pattern.finditer(text, start, end)):
            groups = m.groupdict()
            num = groups.get("num") or groups.get("num2")  # (num2: _BARE_SHORT's page without 第)
            page = parse_number(num) if num is not None else None
            if "num" in groups and (page is None or page <= 0):
                continue
            start, end = m.start(), m.end()
            if any(a < end and start < b for a, b in taken):
                continue
            kind = "continued-from" if groups.get("from") or groups.get("from2") else "continued-to"
            core_start, core_end = m.end("lead"), m.start("trail")
            taken.append((start, end))
            section = unicodedata.normalize("NFKC", groups.get("section") or groups.get("section2") or "").upper()
            found.append(Marker(core_start, core_end, start, end, kind, page, section, text[core_start:core_end]))
    found.sort(key=lambda mk: mk.start)
    return found


def _removal_span(text: str, m: Marker) -> tuple[int, int]:
    """The marker with the spaces around it; the whole line when it stands
    alone; an indent before a marker that starts a paragraph stays."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start : m.start].strip()
    after = text[m.outer_end : line_end].strip()  # (a symbol after the marker, ``转第5版▶``, goes with it)
    if not before and not after:
        if line_end < len(text):
            return line_start, line_end + 1
        return (line_start - 1 if line_start > 0 else line_start), line_end
    if not before:  # opens the line: spaces after it go, an ideographic indent stays
        trail = text[m.end : m.outer_end]
        return m.start, m.end + len(trail) - len(trail.lstrip(" \t"))
    return m.outer_start, m.outer_end


class ContinuationMarkers:
    """Removes continuation markers and records them as provenance (see module doc)."""

    name = "markers"

    def __call__(self, doc: Document) -> None:
        text = doc.text
        markers = find_markers(text)
        if not markers:
            return
        edits: list[Edit] = []
        records: list[dict[str, Any]] = []  # in text order
        for m in markers:
            start, end = _removal_span(text, m)
            ostart, oend = doc.original_range(m.start, m.end)
            page = m.page
            if page is None and not m.section:  # the next or the previous page, if the page is known
                here = doc.page_of_original(ostart)
                page = None if here is None else here + (1 if m.kind == "continued-to" else -1)
                page = page if page is not None and page > 0 else None
            where = f"page {page}" if page is not None else f"section {m.section}" if m.section else (
                "the previous page" if m.kind == "continued-from" else "the next page")
            if m.kind == "continued-from":
                reason = f"continuation marker: this text continues from {where}"
            else:
                reason = f"continuation marker: this text continues on {where}"
            edits.append(Edit.delete(start, end, rule=m.kind, reason=reason))
            records.append({"kind": m.kind, "page": page, "section": m.section, "text": m.text,
                            "original_start": ostart, "original_end": oend})
        _pair_inside(doc, records)
        froms = [r for r in records if r["kind"] == "continued-from" and not r["inside"] and r["page"]]
        tos = [r for r in records if r["kind"] == "continued-to" and not r["inside"] and r["page"]]
        if froms and doc.metadata.get("continues_from_page") is None:
            doc.metadata["continues_from_page"] = froms[0]["page"]
        if tos:
            doc.metadata["continues_to_page"] = tos[-1]["page"]
        doc.annotations.setdefault("continuation_markers", []).extend(records)
        doc.apply(edits, filter=self.name)


def _pair_inside(doc: Document, records: list[dict[str, Any]]) -> None:
    """Pair a ``下转 N`` with a later ``上接 M`` of the same document (an edition
    in one file): both are marked ``inside`` and give page provenance when
    no page furniture did."""
    had_pages = bool(doc.pages)
    for r in records:
        r["inside"] = False
    for i, to in enumerate(records):
        if to["kind"] != "continued-to":
            continue
        for nxt in records[i + 1 :]:
            if nxt["kind"] != "continued-from" or nxt["inside"]:
                continue
            if (to["section"] and to["page"] is None) or (nxt["section"] and nxt["page"] is None):
                continue  # 下转B版: a section, its page unknown, pairs with nothing
            if to["page"] is None or nxt["page"] is None:
                to["inside"] = nxt["inside"] = True  # 转下页 ... 接上页: the next page of this file
                break
            page_to = doc.page_of_original(to["original_start"])
            page_from = doc.page_of_original(nxt["original_end"])
            if page_to not in (None, nxt["page"]) or page_from not in (None, to["page"]):
                continue
            to["inside"] = nxt["inside"] = True
            if not had_pages:
                if not doc.pages:
                    doc.set_page(0, nxt["page"])
                doc.set_page(nxt["original_end"], to["page"])
            break
