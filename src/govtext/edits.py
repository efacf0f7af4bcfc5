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

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import gt
from typing import Any, NamedTuple, Protocol, overload

__all__ = [
    "Change", "Deletions", "DocWarning", "Edit", "EditColumns", "OverlappingEditsError", "Removal", "SourceSpan", "SpanLocator",
    "splice",
]

SourceSpan = tuple[int, int]
"""A half-open byte range ``(start, end)`` in the original input."""


def splice(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with sorted, non-overlapping ``(start, end, new)`` replacements made.

    >>> splice("後來於是", [(0, 2, "后来"), (2, 3, "于")])
    '后来于是'
    """
    pieces: list[str] = []
    cursor = 0
    for start, end, new in replacements:
        pieces.append(text[cursor:start])
        pieces.append(new)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


class OverlappingEditsError(ValueError):
    """Raised when a batch of edits touches the same characters twice."""


class _EditFields(NamedTuple):
    start: int
    end: int
    replacement: str
    rule: str
    reason: str
    filter: str = ""


_new_tuple = tuple.__new__


class Edit(_EditFields):
    """Replace ``text[start:end]`` of the current text with ``replacement``.

    ``start == end`` is an insertion, an empty ``replacement`` a deletion.
    ``filter`` may be left empty: the pipeline fills in the name of the
    filter that returned the edit.

    An edit is an immutable named tuple ``(start, end, replacement, rule,
    reason, filter)``: cheap to make in bulk (a filter may return thousands)
    and read by :meth:`govtext.Document.apply` without attribute lookups.
    """

    __slots__ = ()

    def __new__(cls, start: int, end: int, replacement: str, rule: str, reason: str, filter: str = "") -> Edit:
        if start < 0 or end < start:
            raise ValueError(f"invalid edit span [{start}, {end})")
        if start == end and not replacement:
            raise ValueError("an edit must change something: empty span and empty replacement")
        return _new_tuple(cls, (start, end, replacement, rule, reason, filter))

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, *, rule: str, reason: str, filter: str = "") -> Edit:
        """Replace a span with new text."""
        if start < 0 or end < start or (start == end and not replacement):
            return cls(start, end, replacement, rule, reason, filter)  # raises
        return _new_tuple(cls, (start, end, replacement, rule, reason, filter))

    @classmethod
    def delete(cls, start: int, end: int, *, rule: str, reason: str, filter: str = "") -> Edit:
        """Delete a span; the document records it as a :class:`Removal`."""
        if start < 0 or end <= start:
            return cls(start, end, "", rule, reason, filter)  # raises
        return _new_tuple(cls, (start, end, "", rule, reason, filter))

    @classmethod
    def insert(cls, position: int, text: str, *, rule: str, reason: str, filter: str = "") -> Edit:
        """Insert text at a position; it anchors to a zero-width source range."""
        if position < 0 or not text:
            return cls(position, position, text, rule, reason, filter)  # raises
        return _new_tuple(cls, (position, position, text, rule, reason, filter))

    @classmethod
    def deletions(cls, starts: Sequence[int], ends: Sequence[int], rules: Iterable[str],
                  reasons: Iterable[str], filter: str = "") -> list[Edit]:
        """One deletion of ``[starts[k], ends[k])`` per ``k``, made in bulk.

        The spans are checked all at once (each must be non-empty), so a
        filter with many deletions pays no per-edit Python call.

        >>> Edit.deletions([0, 5], [2, 6], repeat("r"), ["a", "b"])[1]
        Edit(start=5, end=6, replacement='', rule='r', reason='b', filter='')
        """
        _check_deletions(starts, ends)
        return list(map(_new_tuple, repeat(cls), zip(starts, ends, repeat(""), rules, reasons, repeat(filter))))

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
        return _new_tuple(Edit, (self.start, self.end, self.replacement, self.rule, self.reason, name))


def _check_deletions(starts: Sequence[int], ends: Sequence[int]) -> None:
    """Raise unless every ``[starts[k], ends[k])`` is a non-empty span (checked in bulk)."""
    if len(starts) != len(ends):
        raise ValueError("deletions need as many ends as starts")
    if starts and (min(starts) < 0 or not all(map(gt, ends, starts))):
        bad = next(k for k, (s, e) in enumerate(zip(starts, ends, strict=True)) if s < 0 or e <= s)
        raise ValueError(f"invalid deletion span [{starts[bad]}, {ends[bad]})")


class EditColumns(Sequence[Edit]):
    """Edits kept column by column: a filter with many of them may return
    this instead of a list of :class:`Edit` (all attributed to ``filter``,
    or to the filter that returns them when empty).

    It is a sequence of edits like any other (iterating, indexing and
    comparing with a list make the :class:`Edit` objects), but
    :meth:`govtext.Document.apply` and the pipeline read the columns
    directly, so no edit object is made while the document is cleaned. The
    reasons may be given as a function that makes them: it is called only
    when they are first needed (when someone reads the records). The
    columns must not change once the batch is made.

    >>> batch = EditColumns([0, 5], [2, 5], ["", "x"], ["r", "r"], lambda: ["a", "b"])
    >>> len(batch), batch[1]
    (2, Edit(start=5, end=5, replacement='x', rule='r', reason='b', filter=''))
    >>> batch == [Edit.delete(0, 2, rule="r", reason="a"), Edit.insert(5, "x", rule="r", reason="b")]
    True
    """

    __slots__ = ("_reasons", "ends", "filter", "kept", "replacements", "rules", "starts")

    def __init__(self, starts: list[int], ends: list[int], replacements: list[str], rules: list[str],
                 reasons: Sequence[str] | Callable[[], Sequence[str]], filter: str = "") -> None:
        if not len(starts) == len(ends) == len(replacements) == len(rules):
            raise ValueError("edit columns need one end, replacement and rule per start")
        if starts and (min(starts) < 0 or not all(map(gt, ends, starts))):
            for edit in zip(starts, ends, replacements, rules, repeat("")):
                Edit(*edit)  # raises for the first invalid one
        self._set(starts, ends, replacements, rules, reasons, filter)

    def _set(self, starts: list[int], ends: list[int], replacements: list[str], rules: list[str],
             reasons: Sequence[str] | Callable[[], Sequence[str]], filter: str) -> None:
        self.starts, self.ends, self.replacements, self.rules, self.filter = starts, ends, replacements, rules, filter
        self._reasons = reasons
        self.kept: list[str] | None = None
        """The pieces of the text around the edits (before the first, between
        each two, after the last), when the filter already cut them: applying
        the batch then joins these instead of cutting the text again. Set only
        by :meth:`Deletions.unchecked`."""

    @property
    def reasons(self) -> Sequence[str]:
        """The reason of each edit (made now if they were given as a function)."""
        if callable(self._reasons):
            self._reasons = self._reasons()
        if len(self._reasons) != len(self.starts):
            raise ValueError("edit columns need one reason per edit")
        return self._reasons

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[Edit]:
        return map(_new_tuple, repeat(Edit), zip(self.starts, self.ends, self.replacements, self.rules,
                                                 self.reasons, repeat(self.filter)))

    @overload
    def __getitem__(self, k: int) -> Edit: ...
    @overload
    def __getitem__(self, k: slice) -> list[Edit]: ...
    def __getitem__(self, k: int | slice) -> Edit | list[Edit]:
        if isinstance(k, slice):
            return list(self)[k]
        return Edit(self.starts[k], self.ends[k], self.replacements[k], self.rules[k], self.reasons[k], self.filter)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EditColumns | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class Deletions(EditColumns):
    """:class:`EditColumns` that only delete (no replacement column to give).

    >>> Deletions([0, 5], [2, 6], ["r", "r"], lambda: ["a", "b"])[1]
    Edit(start=5, end=6, replacement='', rule='r', reason='b', filter='')
    """

    __slots__ = ()

    def __init__(self, starts: list[int], ends: list[int], rules: list[str],
                 reasons: Sequence[str] | Callable[[], Sequence[str]], filter: str = "") -> None:
        _check_deletions(starts, ends)
        if len(rules) != len(starts):
            raise ValueError("deletions need one rule per span")
        self._set(starts, ends, [""] * len(starts), rules, reasons, filter)

    @classmethod
    def unchecked(cls, starts: list[int], ends: list[int], rules: list[str],
                  reasons: Sequence[str] | Callable[[], Sequence[str]], filter: str = "", *,
                  kept: list[str] | None = None) -> Deletions:
        """Deletions whose spans are non-empty and non-negative by construction
        (found by a pattern that matches at least one character, say), made
        without checking them. :meth:`govtext.Document.apply` still checks
        that they lie in the text and do not overlap. ``kept``: the pieces of
        the text around the spans, when the caller has them (a split of the
        text by the pattern that found the spans); they must be exactly
        ``text[0:starts[0]], text[ends[0]:starts[1]], ..., text[ends[-1]:]``.

        >>> Deletions.unchecked([1], [3], ["r"], ["why"]) == Deletions([1], [3], ["r"], ["why"])
        True
        """
        out = cls.__new__(cls)
        out._set(starts, ends, [""] * len(starts), rules, reasons, filter)
        if kept is not None and len(kept) != len(starts) + 1:
            raise ValueError("kept pieces must number one more than the deletions")
        out.kept = kept
        return out


class SpanLocator(Protocol):
    """Turns an original-text range into ``(byte span, line, input id or None)``."""

    def locate(self, ostart: int, oend: int) -> tuple[SourceSpan, int, str | None]: ...


class _Located:
    """A record whose byte span and line are worked out when first asked for
    (most records are never looked at, so applying edits stays cheap)."""

    __slots__ = ("_cache", "_locator", "_orange", "_source")

    def __init__(self, locator: SpanLocator, orange: tuple[int, int], source: str | None = None) -> None:
        self._locator = locator
        self._orange = orange
        self._source = source
        self._cache: tuple[SourceSpan, int, str | None] | None = None

    def _where(self) -> tuple[SourceSpan, int, str | None]:
        if self._cache is None:
            self._cache = self._locator.locate(*self._orange)
        return self._cache

    @property
    def source_span(self) -> SourceSpan:
        """Hull byte range ``(start, end)`` in the input."""
        return self._where()[0]

    @property
    def line(self) -> int:
        """1-based line of the decoded input where the text started."""
        return self._where()[1]

    @property
    def source(self) -> str | None:
        """Input id, set only on documents stitched from several inputs."""
        return self._source if self._source is not None else self._where()[2]

    @property
    def original_range(self) -> tuple[int, int]:
        """Character range in the decoded input (before any filter)."""
        return self._orange

    def with_source(self, source: str) -> Any:
        """A copy naming its input (used when documents are stitched)."""
        import copy

        twin = copy.copy(self)
        twin._source = source
        return twin

    def _span_json(self) -> list[Any]:
        span: list[Any] = list(self.source_span)
        if self.source is not None:
            span.append(self.source)
        return span


class Removal(_Located):
    """Text a filter deleted, with where it came from and why."""

    __slots__ = ("filter", "reason", "rule", "text")

    def __init__(self, text: str, filter: str, rule: str, reason: str, locator: SpanLocator,
                 orange: tuple[int, int], source: str | None = None) -> None:
        self._locator, self._orange, self._source, self._cache = locator, orange, source, None
        self.text = text
        self.filter = filter
        self.rule = rule
        self.reason = reason

    def __repr__(self) -> str:
        return f"Removal({self.text!r}, filter={self.filter!r}, rule={self.rule!r}, source_span={self.source_span})"

    def to_json(self) -> dict[str, Any]:
        return {
            "source_span": self._span_json(),
            "char_span": list(self._orange),
            "text": self.text,
            "filter": self.filter,
            "rule": self.rule,
            "reason": self.reason,
            "line": self.line,
        }


class Change(_Located):
    """Text a filter rewrote (or inserted, when ``old`` is empty)."""

    __slots__ = ("filter", "new", "old", "reason", "rule")

    def __init__(self, old: str, new: str, filter: str, rule: str, reason: str, locator: SpanLocator,
                 orange: tuple[int, int], source: str | None = None) -> None:
        self._locator, self._orange, self._source, self._cache = locator, orange, source, None
        self.old = old
        self.new = new
        self.filter = filter
        self.rule = rule
        self.reason = reason

    def __repr__(self) -> str:
        return f"Change({self.old!r} -> {self.new!r}, filter={self.filter!r}, rule={self.rule!r})"

    def to_json(self) -> dict[str, Any]:
        return {
            "source_span": self._span_json(),
            "char_span": list(self._orange),
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
    char_span: tuple[int, int] | None = None
    """Character range in the decoded input (before any filter), when known."""

    def to_json(self) -> dict[str, Any]:
        span: list[Any] = list(self.source_span)
        if self.source is not None:
            span.append(self.source)
        out: dict[str, Any] = {
            "kind": self.kind,
            "source_span": span,
            "char_span": list(self.char_span) if self.char_span is not None else None,
            "text": self.text,
            "message": self.message,
            "filter": self.filter,
            "line": self.line,
        }
        out.update(self.extra)
        return out
