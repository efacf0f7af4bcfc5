"""Stitching the pages of one edition into whole articles.

An article that runs from page 1 to page 2 arrives as two documents: the
first half says ``(下转第二版)`` (``metadata["continues_to_page"] == 2``
once :class:`~govtext.rejoin.ContinuationMarkers` ran), the second
``(上接第一版)`` (``continues_from_page == 1``). :func:`stitch` matches the
halves and returns one document per article:

- a half *A* that continues to page N matches a half *B* that continues from
  page M when *B* is on page N and *A* on page M, as far as their page
  furniture says (an unknown page does not contradict);
- ties are broken by evidence: known pages that agree (2 points each), *B*
  opening with *A*'s headline (2), a forward jump (the continuation on a
  later page, 1), the sentence running on across the cut (1); a tie that
  evidence cannot break is not guessed: the halves stay apart and warn;
- the stitched document is :meth:`Document.concatenate` of the halves in
  order, joined without a paragraph break when the cut falls inside a
  sentence, so every fragment cites its own input; text whose page nothing
  else says is put on the page the other half named (the half that
  continues *to* page N is on the page its continuation came *from*);
- a half whose other half is missing comes back alone with an
  ``unmatched-continuation`` warning; documents without markers come back
  as they were (as copies: the inputs are never changed).

The output does not depend on the order of the inputs: documents are
ordered by their first page, then id, then content.

>>> import govtext
>>> p2 = govtext.clean("(上接第一版)升空气质量优良率。", id="p2")
>>> p1 = govtext.clean("强化废气治理与“公转铁”扩面，提（下转第二版）", id="p1")
>>> [d.text for d in stitch([p2, p1])]
['强化废气治理与“公转铁”扩面，提升空气质量优良率。']
>>> [(f.page, f.source_spans[0][2]) for f in stitch([p1, p2])[0].fragments()]
[(1, 'p1'), (2, 'p2')]
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import regex

from govtext.document import Document
from govtext.edits import Edit
from govtext.rejoin.paragraphs import continuation_reason, separation_reason
from govtext.rejoin.text import is_heading_like, starts_numbered

__all__ = ["stitch"]


@dataclass
class _Half:
    doc: Document
    key: tuple[Any, ...]
    first_page: int | None
    last_page: int | None
    from_page: int | None
    to_page: int | None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _page_at(doc: Document, pos: int) -> int | None:
    if not doc.pages or not doc.text:
        return None
    return doc.page_of_original(doc.original_range(pos, pos + 1)[0])


def _half(doc: Document) -> _Half:
    page = _int(doc.metadata.get("page"))
    first = _page_at(doc, 0) or page
    last = _page_at(doc, len(doc.text) - 1) if doc.text else None
    last = last or page
    digest = hashlib.sha256(b"\0".join(s.data for s in doc.sources)).hexdigest()
    key = (first is None, first or 0, doc.id, doc.text, digest)
    return _Half(doc, key, first, last, _int(doc.metadata.get("continues_from_page")),
                 _int(doc.metadata.get("continues_to_page")))


def _first_line(text: str) -> str:
    """The first non-blank line, without its indent."""
    body = text.lstrip()
    end = body.find("\n")
    return (body if end < 0 else body[:end]).strip(" \u3000")


def _last_line(text: str) -> str:
    """The last non-blank line, indent kept."""
    body = text.rstrip()
    return body[body.rfind("\n") + 1 :]


def _headline(doc: Document) -> str:
    title = doc.metadata.get("title")
    return title.strip() if isinstance(title, str) and title.strip() else _first_line(doc.text)


def _score(a: _Half, b: _Half) -> int | None:
    """Evidence that ``b`` continues ``a``, or None when they cannot match."""
    if a is b or a.to_page is None or b.from_page is None:
        return None
    if b.first_page is not None and b.first_page != a.to_page:
        return None
    if a.last_page is not None and a.last_page != b.from_page:
        return None
    score = 0
    if b.first_page is not None:  # b is on the page a names
        score += 2
    if a.last_page is not None:  # a is on the page b names
        score += 2
    if b.from_page < a.to_page:  # articles continue on later pages
        score += 1
    opening = _repeated_opening(a.doc, b.doc)
    if opening is not None and opening[2]:
        score += 2
    if _cut_inside_sentence(a.doc.text, b.doc.text[opening[1] if opening else 0 :]):
        score += 1
    return score


_DIGITS = regex.compile(r"[0-9０-９]+")


def _shape(line: str) -> str:
    return _DIGITS.sub("#", regex.sub(r"\s+", "", line))


def _repeated_opening(a: Document, b: Document) -> tuple[int, int, bool] | None:
    """The lines opening ``b`` that repeat ``a``'s masthead or headline, as
    newspapers print them above a continuation: ``(start, end, headline)``
    with the span (line break included) and whether the headline was among them."""
    text = b.text
    heads = [_shape(line) for line in a.text.split("\n", 10)[:10] if line.strip()][:3]
    headline = _headline(a)
    pos, end, saw_headline = 0, None, False
    for _ in range(3):
        while pos < len(text) and text[pos] == "\n":
            pos += 1
        nl = text.find("\n", pos)
        if nl < 0:
            break  # b's last line is its text, never a repeated opening
        line = text[pos:nl].strip(" \u3000")
        if len(line) < 4 or len(line) > 60 or not is_heading_like(line):
            break
        if headline and (line in headline or headline in line):
            saw_headline = True
        elif _shape(line) not in heads:
            break
        end = pos = nl + 1
    return None if end is None else (0, end, saw_headline)


def _cut_inside_sentence(a: str, b: str) -> bool:
    """Whether the page cut between ``a`` and ``b`` falls inside a sentence.

    The markers already say the text goes on, so less evidence is needed than
    between two lines of one page: ``a`` must not end a sentence or a
    heading, ``b`` must not start an indented paragraph or a numbered item."""
    last, first = _last_line(a), b.lstrip("\n")
    first = first.split("\n", 1)[0]
    if not last or not first:
        return False
    if is_heading_like(first) and "\n" in b.strip("\n"):
        return False  # b opens with a headline of its own
    if continuation_reason(last, first) is not None:
        return True
    if separation_reason(last, first) is not None:
        return False
    body = last.strip(" \u3000")
    if starts_numbered(body):
        return False
    return len(body) > 60 or any(c in body for c in "，,、")


def _match(halves: list[_Half]) -> tuple[dict[int, int], set[int]]:
    """Links ``a -> b`` (indices) and the halves left out by a tie."""
    pairs: list[tuple[int, int, int]] = []
    for i, a in enumerate(halves):
        for j, b in enumerate(halves):
            s = _score(a, b)
            if s is not None:
                pairs.append((-s, i, j))
    pairs.sort()
    links: dict[int, int] = {}
    linked_in: set[int] = set()
    tied: set[int] = set()
    for neg, i, j in pairs:
        if i in links or j in linked_in or i in tied or j in tied:
            continue
        rivals = [(i2, j2) for n2, i2, j2 in pairs if n2 == neg and (i2, j2) != (i, j) and (i2 == i or j2 == j)
                  and i2 not in links and j2 not in linked_in]
        if rivals:
            tied.update({i, j, *(x for r in rivals for x in r)})
            continue
        if _reaches(links, j, i):
            continue  # would close a cycle
        links[i] = j
        linked_in.add(j)
    return links, tied


def _reaches(links: dict[int, int], start: int, target: int) -> bool:
    cur: int | None = start
    while cur is not None:
        if cur == target:
            return True
        cur = links.get(cur)
    return False


def _join(chain: list[_Half]) -> Document:
    out = chain[0].doc.copy()
    first_page = chain[0].first_page
    if first_page is None and not chain[0].doc.pages and len(chain) > 1:
        out.set_page(0, chain[1].from_page or 0)
    for prev, half in pairwise(chain):
        part = half.doc
        opening = _repeated_opening(chain[0].doc, part)
        if opening is not None:
            part = part.copy()
            part.apply([Edit.delete(opening[0], opening[1], rule="repeated-headline",
                                    reason="the continuation repeats the masthead or headline of the first half")],
                       filter="stitch")
        separator = "" if _cut_inside_sentence(out.text, part.text) else "\n\n"
        offset = len(out.original_text)
        out_meta = out.metadata
        joined = Document.concatenate([out, part], separator=separator)
        if not half.doc.pages and prev.to_page is not None:
            joined.set_page(offset, prev.to_page)
        joined.metadata = out_meta
        for key, value in half.doc.metadata.items():
            if joined.metadata.get(key) is None and key != "continues_from_page":
                joined.metadata[key] = value
        out = joined
    out.metadata["continues_from_page"] = chain[0].from_page
    out.metadata["continues_to_page"] = chain[-1].to_page
    out.annotations = {key: value for key, value in chain[0].doc.annotations.items() if key != "continuation_markers"}
    out.annotations["stitched"] = [
        {"id": h.doc.id, "continues_from_page": h.from_page, "continues_to_page": h.to_page} for h in chain
    ]
    out.annotations["continuation_markers"] = [
        dict(m, source=h.doc.id) for h in chain for m in h.doc.annotations.get("continuation_markers", [])
    ]
    return out


def _warn_unmatched(doc: Document, from_page: int | None, to_page: int | None, tied: bool) -> None:
    """Warn that a continuation marker found no other half."""
    n = len(doc.text)
    if to_page is not None:
        why = "more than one input could continue it" if tied else "no input continues it"
        doc.warn("unmatched-continuation", max(n - 1, 0), n, f"the text continues on page {to_page}, but {why}",
                 filter="stitch", continues_to_page=to_page)
    if from_page is not None:
        why = "more than one input could precede it" if tied else "no input precedes it"
        doc.warn("unmatched-continuation", 0, min(1, n), f"the text continues from page {from_page}, but {why}",
                 filter="stitch", continues_from_page=from_page)


def stitch(documents: Sequence[Document]) -> list[Document]:
    """One document per article: halves continued across pages are joined.

    See the module documentation for how halves are matched; the inputs are
    not changed, and the result does not depend on their order.
    """
    halves = sorted((_half(d) for d in documents), key=lambda h: h.key)
    links, tied = _match(halves)
    linked_in = set(links.values())
    out: list[Document] = []
    for i, half in enumerate(halves):
        if i in linked_in:
            continue
        chain = [half]
        j = links.get(i)
        while j is not None:
            chain.append(halves[j])
            j = links.get(j)
        doc = _join(chain) if len(chain) > 1 else half.doc.copy()
        first, last = chain[0], chain[-1]
        if first.from_page is not None or last.to_page is not None:
            _warn_unmatched(doc, first.from_page, last.to_page, i in tied or halves.index(last) in tied)
        out.append(doc)
    return out
