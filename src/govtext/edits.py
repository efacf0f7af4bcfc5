"""Edits that filters return, and the records a document keeps of them.

A filter never assigns ``doc.text``. It returns :class:`Edit` objects against
the document's *current* text; :meth:`govtext.Document.apply` applies them,
keeps the provenance map in step, and records every deletion as a
:class:`Removal` and every rewrite as a :class:`Change`.

>>> Edit.delete(0, 4, rule="ad", reason="advertising line").is_deletion
True
>>> Edit.insert(3, "，", rule="punct", reason="restore comma").is_insertion
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Change", "DocWarning", "Edit", "OverlappingEditsError", "Removal", "SourceSpan"]

SourceSpan = tuple[int, int]
"""A half-open byte range ``(start, end)`` in the original input."""


class OverlappingEditsError(ValueError):
    """Raised when a batch of edits touches the same characters twice."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of the current text with ``replacement``.

    ``start == end`` is an insertion, an empty ``replacement`` a deletion.
    ``filter`` may be left empty: the pipeline fills in the name of the
    filter that returned the edit.
    """

    start: int
    end: int
    replacement: str
    rule: str
    reason: str
    filter: str = ""

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid edit span [{self.start}, {self.end})")
        if self.start == self.end and not self.replacement:
            raise ValueError("an edit must change something: empty span and empty replacement")

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, *, rule: str, reason: str, filter: str = "") -> Edit:
        """Replace a span with new text."""
        return cls(start, end, replacement, rule, reason, filter)

    @classmethod
    def delete(cls, start: int, end: int, *, rule: str, reason: str, filter: str = "") -> Edit:
        """Delete a span; the document records it as a :class:`Removal`."""
        return cls(start, end, "", rule, reason, filter)

    @classmethod
    def insert(cls, position: int, text: str, *, rule: str, reason: str, filter: str = "") -> Edit:
        """Insert text at a position; it anchors to a zero-width source range."""
        return cls(position, position, text, rule, reason, filter)

    @property
    def is_deletion(self) -> bool:
        return not self.replacement

    @property
    def is_insertion(self) -> bool:
        return self.start == self.end

    def with_filter(self, name: str) -> Edit:
        """This edit, attributed to filter ``name`` if it names none."""
        if self.filter:
            return self
        return Edit(self.start, self.end, self.replacement, self.rule, self.reason, name)


@dataclass(frozen=True, slots=True)
class Removal:
    """Text a filter deleted, with where it came from and why."""

    source_span: SourceSpan
    text: str
    filter: str
    rule: str
    reason: str
    line: int
    """1-based line of the decoded input where the removed text started."""
    source: str | None = None
    """Input id, set only on documents stitched from several inputs."""

    def to_json(self) -> dict[str, Any]:
        span: list[Any] = list(self.source_span)
        if self.source is not None:
            span.append(self.source)
        return {
            "source_span": span,
            "text": self.text,
            "filter": self.filter,
            "rule": self.rule,
            "reason": self.reason,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class Change:
    """Text a filter rewrote (or inserted, when ``old`` is empty)."""

    source_span: SourceSpan
    old: str
    new: str
    filter: str
    rule: str
    reason: str
    line: int
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        span: list[Any] = list(self.source_span)
        if self.source is not None:
            span.append(self.source)
        return {
            "source_span": span,
            "old": self.old,
            "new": self.new,
            "filter": self.filter,
            "rule": self.rule,
            "reason": self.reason,
            "line": self.line,
        }


@dataclass(frozen=True, slots=True)
class DocWarning:
    """Something a filter could not fix and will not hide (corrupt bytes, ...)."""

    kind: str
    source_span: SourceSpan
    text: str
    message: str
    filter: str = ""
    line: int = 0
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        span: list[Any] = list(self.source_span)
        if self.source is not None:
            span.append(self.source)
        out: dict[str, Any] = {
            "kind": self.kind,
            "source_span": span,
            "text": self.text,
            "message": self.message,
            "filter": self.filter,
            "line": self.line,
        }
        out.update(self.extra)
        return out
