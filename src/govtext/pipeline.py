"""Filters and the pipeline that runs them.

A filter is any callable that takes a :class:`~govtext.Document` and returns
edits (or ``None`` when it only reads, tags or sets metadata)::

    >>> import govtext
    >>> def no_ads(doc):
    ...     i = doc.text.find("广告")
    ...     return [] if i < 0 else [govtext.Edit.delete(i, i + 2, rule="ad", reason="ad word")]
    >>> govtext.Pipeline([no_ads])("政策广告解读").text
    '政策解读'
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import sub
from pathlib import Path
from time import perf_counter
from typing import Protocol, runtime_checkable

from govtext.document import Document, _Batch
from govtext.edits import Edit

__all__ = ["Filter", "FilterStats", "Pipeline", "PipelineStats", "RuleStats", "filter_name", "load_input"]


@runtime_checkable
class Filter(Protocol):
    """A pipeline step: reads a document, returns edits to apply (or None).

    A filter may also set ``doc.metadata``, add warnings with ``doc.warn`` or
    apply edits itself with ``doc.apply`` (for multi-pass filters); removals
    and changes are counted either way."""

    def __call__(self, doc: Document, /) -> Iterable[Edit] | None: ...


def filter_name(f: object) -> str:
    """The name a filter's edits are attributed to."""
    name = getattr(f, "name", None)
    if isinstance(name, str) and name:
        return name
    name = getattr(f, "__name__", None)
    if isinstance(name, str) and name:
        return name
    return type(f).__name__


@dataclass
class RuleStats:
    """Counters of one rule of one filter."""

    documents: int = 0
    removals: int = 0
    changes: int = 0
    chars_removed: int = 0
    chars_changed: int = 0


@dataclass
class FilterStats:
    """Counters of one filter, in total and per rule."""

    documents: int = 0
    documents_touched: int = 0
    chars_removed: int = 0
    chars_changed: int = 0
    warnings: int = 0
    seconds: float = 0.0
    rules: dict[str, RuleStats] = field(default_factory=dict)


@dataclass
class PipelineStats:
    """Counters of a pipeline run, per filter."""

    documents: int = 0
    filters: dict[str, FilterStats] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        from dataclasses import asdict

        return asdict(self)


def load_input(data: bytes | str | os.PathLike[str] | Document, id: str | None = None) -> Document:
    """Wrap ``data`` in a document: bytes (undecoded), str (text) or a path."""
    if isinstance(data, Document):
        return data
    if isinstance(data, bytes | bytearray | memoryview):
        return Document.from_bytes(bytes(data), id or "<bytes>")
    if isinstance(data, str):
        return Document.from_text(data, id or "<text>")
    if isinstance(data, os.PathLike):
        path = Path(data)
        return Document.from_bytes(path.read_bytes(), id or str(path))
    raise TypeError(f"expected bytes, str, a path or a Document, not {type(data).__name__}")


class Pipeline:
    """Runs filters in order over documents and keeps statistics.

    A pipeline is itself a filter-like callable: ``pipeline(data)`` accepts
    bytes, str, a path or a :class:`~govtext.Document` and returns the
    cleaned document. Undecoded documents are decoded first (by the
    pipeline's own decoder if it has one, else the default decoder).
    """

    def __init__(self, filters: Sequence[Filter]) -> None:
        self.filters: list[Filter] = list(filters)
        self.stats = PipelineStats()
        self._named: list[tuple[Filter, str]] = []
        self._named_for: list[Filter] = []
        """The filters :attr:`_named` was worked out for (the list may change)."""

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(filter_name(f) for f in self.filters)}])"

    def __call__(self, data: bytes | str | os.PathLike[str] | Document, id: str | None = None) -> Document:
        doc = load_input(data, id)
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        """Run every filter over ``doc`` (decoding it first if needed).

        The cyclic garbage collector is paused while the filters run: they
        make many short-lived tuples and strings that hold no cycles (a
        document with many edits makes thousands), and collections triggered
        by them cost up to a seventh of the time. Cycles, if any, are
        collected once it runs again."""
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            return self._run(doc)
        finally:
            if paused:
                gc.enable()

    def _named_filters(self) -> list[tuple[Filter, str]]:
        """Each filter with the name its edits are attributed to, worked out
        again only when :attr:`filters` changed since the last document."""
        if self._named_for != self.filters:  # compares the filters by identity first: quick when unchanged
            self._named_for = list(self.filters)
            self._named = [(f, filter_name(f)) for f in self._named_for]
        return self._named

    def _run(self, doc: Document) -> Document:
        if not doc.is_decoded and not (self.filters and getattr(self.filters[0], "decodes", False)):
            from govtext.decoding import Decoder

            Decoder()(doc)
        self.stats.documents += 1
        all_stats = self.stats.filters
        for f, name in self._named_filters():
            st = all_stats.get(name)
            if st is None:
                st = all_stats[name] = FilterStats()
            # the document's log is read directly: a method call per count costs more than the counting
            log = doc._log
            n_batches, n_warn = len(log.batches), len(log.warnings)
            t0 = perf_counter()
            edits = f(doc)
            if type(edits) is list:  # the common kind: an empty one needs no apply
                if edits:
                    doc.apply(edits, filter=name)
            elif edits is not None:
                doc.apply(edits, filter=name)
            st.seconds += perf_counter() - t0
            st.documents += 1
            st.warnings += len(log.warnings) - n_warn
            if len(log.batches) > n_batches:
                _count(st, log.batches[n_batches:])
        return doc


def _count(st: FilterStats, batches: list[_Batch]) -> None:
    """Add the removals (first) and changes of ``batches`` to ``st``.

    A batch of one kind of edit made by one rule (the common case) is counted
    without a Python step per edit."""
    st.documents_touched += 1
    seen: set[str] = set()
    for removals in (True, False):
        for b in batches:
            n_kind = b.n_removed if removals else len(b.edits) - b.n_removed
            if not n_kind:
                continue
            rules = b.rules()
            if n_kind == len(rules) and rules.count(rules[0]) == n_kind:
                widths = map(sub, b.ends, b.starts)
                chars = sum(widths) if removals else sum(map(max, widths, map(len, b.repls)))
                _add(st, seen, rules[0], removals, n_kind, chars)
                continue
            for start, end, repl, rule, _reason, _filter in b.edits:
                if removals and not repl:
                    _add(st, seen, rule, True, 1, end - start)
                elif not removals and repl:
                    _add(st, seen, rule, False, 1, max(end - start, len(repl)))


def _add(st: FilterStats, seen: set[str], rule: str, removal: bool, count: int, chars: int) -> None:
    rs = st.rules.get(rule)
    if rs is None:
        rs = st.rules[rule] = RuleStats()
    if removal:
        rs.removals += count
        rs.chars_removed += chars
        st.chars_removed += chars
    else:
        rs.changes += count
        rs.chars_changed += chars
        st.chars_changed += chars
    if rule not in seen:
        seen.add(rule)
        rs.documents += 1
