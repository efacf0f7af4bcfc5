"""The document model: source bytes, current text, metadata and provenance.

Text changes only through :meth:`Document.apply`, which updates the text and
the provenance map together, so every character of the current text can be
traced to the input bytes it came from.

>>> doc = Document.from_text("当前位置：首页\\n正文。")
>>> doc.apply([Edit.delete(0, 8, rule="crumb", reason="breadcrumb", filter="demo")])
>>> doc.text
'正文。'
>>> doc.source_spans(0, 3)
[(22, 31)]
>>> doc.removed[0].text, doc.removed[0].source_span
('当前位置：首页\\n', (0, 22))
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import eq, ge, itemgetter, lt
from typing import Any

from govtext.alignment import BLOCK, IDENTITY, Alignment, tag_names
from govtext.edits import Change, DocWarning, Edit, EditColumns, OverlappingEditsError, Removal, SourceSpan
from govtext.sourcemap import Segment, SourceText

__all__ = ["METADATA_FIELDS", "Document", "Fragment", "Source", "SpanRef"]

METADATA_FIELDS: tuple[str, ...] = (
    "title",
    "date",
    "source",
    "author",
    "encoding",
    "encoding_confidence",
    "script",
    "continues_from_page",
    "continues_to_page",
)
"""Metadata keys every document has; unknown values are ``None``."""

SpanRef = tuple[int, int] | tuple[int, int, str]

_EDIT_KEY = itemgetter(0, 1)
_START, _END, _REPLACEMENT, _RULE, _FILTER = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3), itemgetter(5)


def _well_formed(starts: list[int], ends: list[int], n: int, deletions_only: bool) -> bool:
    """Whether sorted edits surely lie inside a text of length ``n`` and do not
    overlap (checked without a Python step per edit; insertions, which may
    collide at one position, are left to :func:`_check_edits`)."""
    return max(ends) <= n and all(map(ge, starts[1:], ends)) and (deletions_only or not any(map(eq, starts, ends)))


def gaps(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[str]:
    """The pieces of ``text`` around the sorted, disjoint spans ``[starts[k], ends[k])``
    (one more than there are spans; slicing in a comprehension is the quickest way)."""
    return [text[a:b] for a, b in zip([0, *ends], [*starts, len(text)], strict=True)]


def _interleave(gaps: list[str], repls: list[str]) -> list[str]:
    """``gaps[0], repls[0], gaps[1], ..., gaps[-1]``."""
    out = gaps + repls
    out[::2] = gaps
    out[1::2] = repls
    return out


def _check_edits(batch: list[Edit], n: int, filter: str) -> None:
    """Raise for the first edit (in order) outside the text or overlapping the one before."""
    prev: Edit | None = None
    for e in batch:
        if e.end > n:
            raise ValueError(f"edit [{e.start}, {e.end}) is outside the text (length {n})")
        if prev is not None and (e.start < prev.end or (e.start == prev.start == prev.end == e.end)):
            raise OverlappingEditsError(
                f"edits overlap: [{prev.start}, {prev.end}) by {prev.filter or filter or '?'}/{prev.rule} and "
                f"[{e.start}, {e.end}) by {e.filter or filter or '?'}/{e.rule}"
            )
        prev = e


@dataclass(frozen=True, slots=True)
class Source:
    """One input: an id (usually its path) and its original bytes."""

    id: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Fragment:
    """A piece of the current text with one origin: ``text[start:end]``
    came from ``source_spans`` (byte ranges) on ``page``, changed by ``filters``."""

    start: int
    end: int
    source_spans: tuple[SpanRef, ...]
    page: int | None
    filters: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "source_spans": [list(s) for s in self.source_spans],
            "page": self.page,
            "filters": list(self.filters),
        }


class _Batch:
    """The records of one :meth:`Document.apply` call, kept in compact form:
    the sorted edits (also column by column), the alignment and text they
    were made against. :class:`Removal` and :class:`Change` objects (and the
    original ranges they need) are made only when someone reads
    :attr:`Document.removed` or :attr:`Document.changes`."""

    __slots__ = ("align", "edits", "ends", "filter", "locator", "n_removed", "repls", "starts", "text")

    def __init__(self, edits: Sequence[Edit], starts: list[int], ends: list[int], repls: list[str], n_removed: int,
                 align: Alignment, text: str, filter: str, locator: _DocLocator) -> None:
        self.edits, self.starts, self.ends, self.repls, self.n_removed = edits, starts, ends, repls, n_removed
        self.align, self.text, self.filter, self.locator = align, text, filter, locator

    def rules(self) -> list[str]:
        """The rule of each edit (read from the column of an :class:`EditColumns` batch)."""
        edits = self.edits
        return edits.rules if isinstance(edits, EditColumns) else list(map(_RULE, edits))

    def records(self) -> Iterator[Removal | Change]:
        """The records, in the order of the edits."""
        text, default, locator = self.text, self.filter, self.locator
        hulls = self.align.orig_hulls(self.starts, self.ends, self.repls)
        for (start, end, repl, rule, reason, name), orange in zip(self.edits, hulls, strict=True):
            if repl:
                yield Change(text[start:end], repl, name or default, rule, reason, locator, orange)
            else:
                yield Removal(text[start:end], name or default, rule, reason, locator, orange)


class _Log:
    """Removals, changes and warnings of a document.

    Applied batches are kept compact (:class:`_Batch`) and turned into record
    objects, in order, when the records are first read."""

    __slots__ = ("_changes", "_done", "_removed", "batches", "warnings")

    def __init__(self, removed: list[Removal] | None = None, changes: list[Change] | None = None,
                 warnings: list[DocWarning] | None = None) -> None:
        self._removed: list[Removal] = removed if removed is not None else []
        self._changes: list[Change] = changes if changes is not None else []
        self.warnings: list[DocWarning] = warnings if warnings is not None else []
        self.batches: list[_Batch] = []
        """Applied batches, in order (appended to by :meth:`Document.apply`)."""
        self._done = 0
        """Batches already made into records."""

    def counts(self) -> tuple[int, int]:
        """``(len(removed), len(changes))`` without making records."""
        pending = self.batches[self._done :]
        n_removed = sum(b.n_removed for b in pending)
        return len(self._removed) + n_removed, len(self._changes) + sum(len(b.edits) for b in pending) - n_removed

    def _flush(self) -> None:
        if self._done == len(self.batches):
            return
        removed, changes = self._removed, self._changes
        for batch in self.batches[self._done :]:
            for record in batch.records():
                if isinstance(record, Removal):
                    removed.append(record)
                else:
                    changes.append(record)
        self._done = len(self.batches)

    @property
    def removed(self) -> list[Removal]:
        self._flush()
        return self._removed

    @property
    def changes(self) -> list[Change]:
        self._flush()
        return self._changes

    def copy(self) -> _Log:
        out = _Log(list(self.removed), list(self.changes), list(self.warnings))
        out.batches = list(self.batches)
        out._done = self._done
        return out


class Document:
    """A document being cleaned.

    Create one with :meth:`from_bytes` (then a decoder filter decodes it) or
    :meth:`from_text`. Filters read :attr:`text` and return edits.
    """

    def __init__(self, sources: Sequence[Source]) -> None:
        if not sources:
            raise ValueError("a document needs at least one source")
        self.sources: list[Source] = list(sources)
        self.metadata: dict[str, Any] = dict.fromkeys(METADATA_FIELDS)
        self._log = _Log()
        self._origin: SourceText | None = None
        self._align = Alignment()
        self._text = ""
        self.pages: list[tuple[int, int]] = []
        """Sorted ``(original offset, page)`` breakpoints: text from that
        offset of the original on is on that page."""
        self._loc: _DocLocator | None = None
        self.annotations: dict[str, Any] = {}
        """Free-form per-document state filters share (block labels, ...)."""

    # -- construction ------------------------------------------------------
    @classmethod
    def from_bytes(cls, data: bytes, id: str = "<bytes>") -> Document:
        """An undecoded document; the pipeline's decoder decodes it."""
        return cls([Source(id, bytes(data))])

    @classmethod
    def from_text(cls, text: str, id: str = "<text>") -> Document:
        """A document whose source is ``text`` encoded as UTF-8."""
        doc = cls([Source(id, text.encode("utf-8", "surrogatepass"))])
        doc.set_decoded(text, [Segment(0, len(text), 0, 0, "utf-8")], encoding="utf-8", confidence=1.0)
        return doc

    def set_decoded(
        self, text: str, segments: list[Segment], *, encoding: str, confidence: float | None = None
    ) -> None:
        """Seed the text and provenance from a decoding of the sources.

        Only a decoder calls this, once: afterwards text changes by edits."""
        if self._origin is not None:
            raise RuntimeError("document is already decoded; change text with apply()")
        self._origin = SourceText(text, segments)
        self._text = text
        self._align = Alignment.identity(len(text))
        self.metadata["encoding"] = encoding
        self.metadata["encoding_confidence"] = confidence

    @property
    def is_decoded(self) -> bool:
        return self._origin is not None

    # -- reading -------------------------------------------------------------
    @property
    def id(self) -> str:
        return "+".join(s.id for s in self.sources)

    @property
    def text(self) -> str:
        """The current text (read-only: change it with :meth:`apply`)."""
        return self._text

    @property
    def original_text(self) -> str:
        """The decoded input, before any filter changed it."""
        return self._origin.text if self._origin is not None else ""

    @property
    def removed(self) -> list[Removal]:
        return self._log.removed

    @property
    def changes(self) -> list[Change]:
        return self._log.changes

    @property
    def warnings(self) -> list[DocWarning]:
        return self._log.warnings

    @property
    def alignment(self) -> Alignment:
        return self._align

    @property
    def origin(self) -> SourceText:
        if self._origin is None:
            raise RuntimeError("document is not decoded yet")
        return self._origin

    @property
    def stitched(self) -> bool:
        return len(self.sources) > 1

    def _span_refs(self, ranges: Iterable[tuple[int, int, int]]) -> list[SpanRef]:
        if self.stitched:
            return [(b0, b1, self.sources[src].id) for src, b0, b1 in ranges]
        return [(b0, b1) for _src, b0, b1 in ranges]

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """Hull of the original-text range that ``text[start:end]`` came from."""
        return self._align.orig_hull(start, end)

    def source_spans(self, start: int, end: int) -> list[SpanRef]:
        """Byte ranges of the input(s) that ``text[start:end]`` came from.

        Ranges are in text order, contiguous ones merged; on a stitched
        document each range also names its input id."""
        origin = self.origin
        out: list[tuple[int, int, int]] = []
        for os_, oe, _tag in self._align.orig_ranges(start, end):
            for src, b0, b1 in origin.byte_range(os_, oe):
                if out and out[-1][0] == src and out[-1][2] == b0:
                    out[-1] = (src, out[-1][1], b1)
                elif b1 > b0 or not out:
                    out.append((src, b0, b1))
        return self._span_refs(out)

    def _hull_bytes(self, ostart: int, oend: int) -> tuple[int, tuple[int, int]]:
        ranges = self.origin.byte_range(ostart, oend)
        src = ranges[0][0]
        if len(ranges) == 1:
            return src, (ranges[0][1], ranges[0][2])
        same = [r for r in ranges if r[0] == src]
        return src, (min(r[1] for r in same), max(r[2] for r in same))

    def source_span(self, start: int, end: int) -> SourceSpan:
        """Hull byte range (in the first input it touches) of ``text[start:end]``."""
        return self._hull_bytes(*self.original_range(start, end))[1]

    def line_of(self, pos: int) -> int:
        """1-based line in the decoded input of current character ``pos``."""
        return self.origin.line_of(self._align.orig_start(pos) if pos < len(self._text) else len(self.original_text))

    def page_of_original(self, opos: int) -> int | None:
        if not self.pages:
            return None
        i = bisect_right(self.pages, (opos, float("inf"))) - 1
        return self.pages[i][1] if i >= 0 else None

    def set_page(self, original_offset: int, page: int) -> None:
        """Mark text from ``original_offset`` of the original on as page ``page``."""
        pages = [p for p in self.pages if p[0] != original_offset]
        pages.append((original_offset, page))
        pages.sort()
        self.pages = pages

    # -- changing ------------------------------------------------------------
    def apply(self, edits: Iterable[Edit], *, filter: str = "") -> None:
        """Apply edits made against the current text, all at once.

        Edits are sorted by position; overlapping ones raise
        :class:`~govtext.OverlappingEditsError`. Deletions are recorded in
        :attr:`removed`, rewrites and insertions in :attr:`changes`.

        Sorted, well-formed :class:`~govtext.edits.EditColumns` are applied
        from their columns, without making edit objects (the batch is kept for
        the records, so it must not change afterwards)."""
        if isinstance(edits, EditColumns):
            if self._apply_columns(edits, filter):
                return
            edits = list(edits)  # out of order or ill-formed: sorted or reported below
        batch = edits if type(edits) is list else list(edits)
        if not batch:
            return
        starts = list(map(_START, batch))
        if not all(map(lt, starts, starts[1:])):  # else already in order: starts differ, so no ties
            batch = sorted(batch, key=_EDIT_KEY)
            starts = list(map(_START, batch))
        elif batch is edits:
            batch = batch.copy()  # the record keeps it: the caller's list may change
        text = self._text
        ends = list(map(_END, batch))
        repls = list(map(_REPLACEMENT, batch))
        n_removed = repls.count("")
        deletions_only = n_removed == len(batch)  # then no insertions, which may collide
        if not _well_formed(starts, ends, len(text), deletions_only):
            _check_edits(batch, len(text), filter)
        # a deletion adds no run, so its filter name is not needed
        names = repls if deletions_only else list(map(_FILTER, batch))
        self._splice(batch, starts, ends, repls, names, n_removed, filter)

    def _apply_columns(self, batch: EditColumns, filter: str) -> bool:
        """Apply ``batch`` from its columns if its edits are in order and well
        formed; else leave it (and return False) to the general path."""
        starts, ends, repls = batch.starts, batch.ends, batch.replacements
        if not starts:
            return True
        n_removed = repls.count("")
        deletions_only = n_removed == len(starts)
        if not (all(map(lt, starts, starts[1:])) and _well_formed(starts, ends, len(self._text), deletions_only)):
            return False
        # a deletion adds no run, so its filter name is not needed
        names = repls if deletions_only else [batch.filter] * len(starts)
        self._splice(batch, starts, ends, repls, names, n_removed, filter, batch.kept)
        return True

    def _splice(self, batch: Sequence[Edit], starts: list[int], ends: list[int], repls: list[str],
                names: list[str], n_removed: int, filter: str, kept: list[str] | None = None) -> None:
        """Make sorted, checked edits given column by column: new alignment,
        a record batch and the new text (``kept``: the text's pieces around
        the edits, when the filter already cut them; see :attr:`EditColumns.kept`)."""
        text = self._text
        old_align = self._align
        if n_removed == len(starts):
            self._align = old_align.deleted(starts, ends)
        else:
            self._align = old_align.apply_columns(starts, ends, repls, names, filter, track=False)[0]
        self._log.batches.append(_Batch(batch, starts, ends, repls, n_removed, old_align, text, filter,
                                        self._locator()))
        pieces = gaps(text, starts, ends) if kept is None else kept
        if n_removed != len(starts):
            pieces = _interleave(pieces, repls)
        self._text = "".join(pieces)

    def _locator(self) -> _DocLocator:
        if self._loc is None or self._loc.origin is not self._origin:
            self._loc = _DocLocator(self)
        return self._loc

    def warn(self, kind: str, start: int, end: int, message: str, *, filter: str = "", **extra: Any) -> DocWarning:
        """Record a warning about ``text[start:end]`` and return it."""
        ostart, oend = self._align.orig_hull(start, end)
        src, span = self._hull_bytes(ostart, oend)
        warning = DocWarning(
            kind=kind,
            source_span=span,
            text=self._text[start:end],
            message=message,
            filter=filter,
            line=self.origin.line_of(ostart),
            source=self.sources[src].id if self.stitched else None,
            extra=dict(extra),
            char_span=(ostart, oend),
        )
        self._log.warnings.append(warning)
        return warning

    def warn_source(self, kind: str, span: SourceSpan, text: str, message: str, *, filter: str = "", line: int = 0) -> None:
        """Record a warning about input bytes that have no place in the text."""
        self._log.warnings.append(DocWarning(kind, span, text, message, filter, line))

    # -- fragments -------------------------------------------------------------
    def fragments(self) -> list[Fragment]:
        """Provenance of the text, one fragment per line (split further where
        the page or the input changes), empty lines left out."""
        frags: list[Fragment] = []
        text = self._text
        if not text or self._origin is None:
            return frags
        origin = self._origin
        align = self._align
        starts, lens, kinds, ostarts, olens, tags = (
            align.starts, align.lens, align.kinds, align.ostarts, align.olens, align.tags)
        simple = not self.pages  # then a line inside one run and one byte range is one fragment
        i = 0
        line_start = 0
        n = len(text)
        while line_start < n:
            nl = text.find("\n", line_start)
            line_end = n if nl == -1 else nl
            if line_end > line_start:
                while i + 1 < len(starts) and starts[i] + lens[i] <= line_start:
                    i += 1
                run_end = starts[i] + lens[i]
                if simple and line_end <= run_end:
                    if kinds[i] == IDENTITY:
                        os_ = ostarts[i] + (line_start - starts[i])
                        oe = os_ + (line_end - line_start)
                    else:
                        os_, oe = ostarts[i], ostarts[i] + olens[i]
                    ranges = origin.byte_range(os_, oe)
                    if len(ranges) == 1:
                        frags.append(Fragment(line_start, line_end, tuple(self._span_refs(ranges)), None,
                                              tag_names(tags[i])))
                        line_start = line_end + 1
                        continue
                self._line_fragments(line_start, line_end, origin, frags)
            line_start = line_end + 1
        return frags

    def _line_fragments(self, start: int, end: int, origin: SourceText, out: list[Fragment]) -> None:
        cur_key: tuple[int, int | None] | None = None
        cur_start = start
        spans: list[tuple[int, int, int]] = []
        names: set[str] = set()

        def flush(upto: int) -> None:
            if cur_key is None or upto <= cur_start:
                return
            real = [s for s in spans if s[2] > s[1]] or spans[:1]
            out.append(Fragment(cur_start, upto, tuple(self._span_refs(real)), cur_key[1], tuple(sorted(names))))

        for a, _ln, _kind, os_, ol, tag in self._split_at_pages(self._align.pieces(start, end)):
            ranges = origin.byte_range(os_, os_ + ol)
            key = (ranges[0][0], self.page_of_original(os_))
            if key != cur_key:
                flush(a)
                cur_key, cur_start, spans, names = key, a, [], set()
            names.update(tag_names(tag))
            for src, b0, b1 in ranges:
                if spans and spans[-1][0] == src and spans[-1][1] <= b0 <= spans[-1][2]:
                    spans[-1] = (src, spans[-1][1], max(b1, spans[-1][2]))
                elif not (spans and spans[-1][0] == src and spans[-1][1] == b0 and spans[-1][2] == b1):
                    spans.append((src, b0, b1))
        flush(end)

    def _split_at_pages(
        self, pieces: Iterable[tuple[int, int, int, int, int, int]]
    ) -> Iterator[tuple[int, int, int, int, int, int]]:
        """Split identity pieces where a page starts inside them."""
        if not self.pages:
            yield from pieces
            return
        starts = [p[0] for p in self.pages]
        for a, ln, kind, os_, ol, tag in pieces:
            if kind != IDENTITY:
                yield (a, ln, kind, os_, ol, tag)
                continue
            i = bisect_right(starts, os_)
            while i < len(starts) and starts[i] < os_ + ol:
                cut = starts[i] - os_
                yield (a, cut, kind, os_, cut, tag)
                a, ln, os_, ol = a + cut, ln - cut, os_ + cut, ol - cut
                i += 1
            yield (a, ln, kind, os_, ol, tag)

    # -- stitching -------------------------------------------------------------
    def copy(self) -> Document:
        """An independent copy: the same sources, text and provenance, with its
        own metadata, records, pages and annotations (changing it leaves this
        document as it was).

        >>> doc = Document.from_text("正文。")
        >>> twin = doc.copy()
        >>> twin.metadata["title"] = "标题"
        >>> doc.metadata["title"] is None, twin.text
        (True, '正文。')
        """
        from copy import deepcopy

        out = Document(self.sources)
        out.metadata = dict(self.metadata)
        out._log = self._log.copy()
        out._origin = self._origin
        out._align = self._align  # never changed in place: apply() builds a new one
        out._text = self._text
        out.pages = list(self.pages)
        out.annotations = deepcopy(self.annotations)
        return out

    @classmethod
    def concatenate(cls, docs: Sequence[Document], separator: str = "\n\n") -> Document:
        """One document made of ``docs`` in order, joined by ``separator``.

        Provenance, removals, changes, warnings and pages are carried over;
        every source span then names its input. Metadata is taken from the
        first document (callers merge the rest as they see fit)."""
        if not docs:
            raise ValueError("nothing to concatenate")
        sources: list[Source] = []
        for d in docs:
            sources.extend(d.sources)
        out = cls(sources)
        text_parts: list[str] = []
        segs: list[Segment] = []
        align_parts: list[tuple[Alignment, int]] = []
        orig_off = 0
        src_off = 0
        cur_parts: list[str] = []
        for i, d in enumerate(docs):
            origin = d.origin
            text_parts.append(origin.text)
            for s in origin.segments:
                segs.append(Segment(s.start + orig_off, s.end + orig_off, s.source + src_off, s.byte_start, s.encoding, s.widths))
            align_parts.append((d.alignment, orig_off))
            for opos, page in d.pages:
                out.pages.append((opos + orig_off, page))
            for r in d.removed:
                out._log.removed.append(_with_source(r, d, r.source))
            for c in d.changes:
                out._log.changes.append(_with_source(c, d, c.source))
            for w in d.warnings:
                out._log.warnings.append(_with_source(w, d, w.source))
            cur_parts.append(d.text)
            if i < len(docs) - 1 and separator:
                cur_parts.append(separator)
            orig_off += len(origin.text)
            src_off += len(d.sources)
        out._origin = SourceText("".join(text_parts), segs)
        align = Alignment()
        for i, (part, off) in enumerate(align_parts):
            for _s, ln, kind, os_, ol, tag in part.runs():
                align._push(ln, kind, os_ + off, ol, tag)
            if i < len(align_parts) - 1 and separator:
                nxt_off = align_parts[i + 1][1]
                align._push(len(separator), BLOCK, nxt_off, 0, 0)
        out._align = align
        out._text = "".join(cur_parts)
        out.metadata = dict(docs[0].metadata)
        out.pages.sort()
        return out


def _with_source(record: Any, doc: Document, current: str | None) -> Any:
    from dataclasses import replace

    if current is not None:
        return record
    if isinstance(record, Removal | Change):
        return record.with_source(doc.sources[0].id)
    return replace(record, source=doc.sources[0].id)


class _DocLocator:
    """Resolves original-text ranges of one document to bytes and lines.

    It keeps the document's origin and its list of sources, not the document:
    the document holds its locator, and a reference back would make every
    document a reference cycle, freed only by the cyclic garbage collector
    (which then walks every dead document's records and alignments)."""

    __slots__ = ("origin", "sources")

    def __init__(self, doc: Document) -> None:
        self.sources = doc.sources
        self.origin = doc.origin

    def locate(self, ostart: int, oend: int) -> tuple[SourceSpan, int, str | None]:
        ranges = self.origin.byte_range(ostart, oend)
        src = ranges[0][0]
        if len(ranges) == 1:
            span = (ranges[0][1], ranges[0][2])
        else:
            same = [r for r in ranges if r[0] == src]
            span = (min(r[1] for r in same), max(r[2] for r in same))
        source = self.sources[src].id if len(self.sources) > 1 else None
        return span, self.origin.line_of(ostart), source
