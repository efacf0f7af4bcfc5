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

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

from govtext.document import Document
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

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(filter_name(f) for f in self.filters)}])"

    def __call__(self, data: bytes | str | os.PathLike[str] | Document, id: str | None = None) -> Document:
        doc = load_input(data, id)
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        import time

        if not doc.is_decoded and not (self.filters and getattr(self.filters[0], "decodes", False)):
            from govtext.decoding import Decoder

            Decoder()(doc)
        self.stats.documents += 1
        for f in self.filters:
            name = filter_name(f)
            st = self.stats.filters.setdefault(name, FilterStats())
            n_rem, n_chg, n_warn = len(doc.removed), len(doc.changes), len(doc.warnings)
            t0 = time.perf_counter()
            edits = f(doc)
            if edits is not None:
                doc.apply(edits, filter=name)
            st.seconds += time.perf_counter() - t0
            st.documents += 1
            self._count(st, doc, n_rem, n_chg, n_warn)
        return doc

    @staticmethod
    def _count(st: FilterStats, doc: Document, n_rem: int, n_chg: int, n_warn: int) -> None:
        new_rem, new_chg = doc.removed[n_rem:], doc.changes[n_chg:]
        st.warnings += len(doc.warnings) - n_warn
        if not new_rem and not new_chg:
            return
        st.documents_touched += 1
        rules = st.rules
        seen: set[str] = set()
        for r in new_rem:
            rs = rules.get(r.rule)
            if rs is None:
                rs = rules[r.rule] = RuleStats()
            rs.removals += 1
            rs.chars_removed += len(r.text)
            st.chars_removed += len(r.text)
            if r.rule not in seen:
                seen.add(r.rule)
                rs.documents += 1
        for c in new_chg:
            rs = rules.get(c.rule)
            if rs is None:
                rs = rules[c.rule] = RuleStats()
            rs.changes += 1
            rs.chars_changed += max(len(c.old), len(c.new))
            st.chars_changed += max(len(c.old), len(c.new))
            if c.rule not in seen:
                seen.add(c.rule)
                rs.documents += 1
