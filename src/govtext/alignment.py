"""Run-length alignment between the current text and the original text.

The current text is covered by runs. An *identity* run maps its characters
one to one onto original characters (``out[k] <- orig[ostart + k]``); a
*block* run maps every one of its characters to the whole original range
``[ostart, ostart + olen)`` (a replacement of another length; an insertion
has ``olen == 0``). Each run carries a tag: the set of filters that changed
it. Untouched text stays in one run however long it is.

>>> a = Alignment.identity(5)
>>> a = a.apply([(1, 3, "xyz", "f")])
>>> a.orig_hull(1, 4)
(1, 3)
>>> a.orig_hull(4, 6)
(3, 5)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress, repeat
from operator import add, le, sub

__all__ = ["BLOCK", "IDENTITY", "Alignment", "tag_names"]

IDENTITY = 0
BLOCK = 1

_TAGS: list[tuple[str, ...]] = [()]
_TAG_IDS: dict[tuple[str, ...], int] = {(): 0}


def _tag_id(names: tuple[str, ...]) -> int:
    tid = _TAG_IDS.get(names)
    if tid is None:
        tid = len(_TAGS)
        _TAGS.append(names)
        _TAG_IDS[names] = tid
    return tid


_FEW_DELETIONS = 8
"""Batches of at most this many deletions are made by
:meth:`Alignment.delete_spans` (a few list operations per stretch of text
kept, where the walk spends about twice that per deletion, in a group or not;
only many deletions inside one run are quicker in the walk's groups)."""

_UNIONS: dict[tuple[int, str], int] = {}
_MULTI_UNIONS: dict[tuple[frozenset[int], str], int] = {}


def _tag_union(tags: set[int], name: str) -> int:
    """Tag of the filters behind ``tags`` plus ``name``, memoised (tags and
    filters are few, so the memos stay small)."""
    if len(tags) <= 1:  # the common case: one run's tag plus a filter
        key = (next(iter(tags), 0), name)
        hit = _UNIONS.get(key)
        if hit is None:
            hit = _UNIONS[key] = _combine(tags, name)
        return hit
    multi = (frozenset(tags), name)
    hit = _MULTI_UNIONS.get(multi)
    if hit is None:
        hit = _MULTI_UNIONS[multi] = _combine(tags, name)
    return hit


def _combine(tags: set[int], name: str) -> int:
    names: set[str] = {name} if name else set()
    for t in tags:
        names.update(_TAGS[t])
    return _tag_id(tuple(sorted(names)))


def _tag_with(tag: int, name: str) -> int:
    """``_tag_union({tag}, name)``, memoised."""
    tid = _UNIONS.get((tag, name))
    return tid if tid is not None else _tag_union({tag}, name)


def _merge_at(k: int, lens: list[int], kinds: list[int], ostarts: list[int], olens: list[int],
              tags: list[int]) -> None:
    """Merge run ``k`` into run ``k - 1`` (of the same kind and tag) if
    :meth:`Alignment._push` would have: identity runs contiguous in the
    original, block runs of the same original range."""
    p = k - 1
    if kinds[p] == IDENTITY:
        if ostarts[p] + olens[p] != ostarts[k]:
            return
        olens[p] += olens[k]
    elif ostarts[p] != ostarts[k] or olens[p] != olens[k]:
        return
    lens[p] += lens[k]
    for column in (lens, kinds, ostarts, olens, tags):
        del column[k]


def tag_names(tag: int) -> tuple[str, ...]:
    """Filter names behind a run tag."""
    return _TAGS[tag]


class Alignment:
    """Runs ``(start, length, kind, ostart, olen, tag)`` covering the text."""

    __slots__ = ("_order", "kinds", "lens", "olens", "ostarts", "starts", "tags")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.lens: list[int] = []
        self.kinds: list[int] = []
        self.ostarts: list[int] = []
        self.olens: list[int] = []
        self.tags: list[int] = []
        self._order: bool | Alignment | None = None
        """Whether all runs are in order (:meth:`_in_order` from 0): a bool
        once known; an alignment when this one was made from it by deletions
        only (then it is in order if that one is; if that one is not, a
        deletion may have removed the runs out of order, so its own runs are
        checked); None if not known yet. Set by :meth:`apply_columns` on the
        alignment it makes."""

    @classmethod
    def identity(cls, n: int) -> Alignment:
        a = cls()
        if n:
            a._push(n, IDENTITY, 0, n, 0)
        return a

    @classmethod
    def concat(cls, parts: Sequence[tuple[Alignment, int]]) -> Alignment:
        """Join alignments; each comes with the offset of its original text."""
        out = cls()
        for part, offset in parts:
            for _s, ln, kind, os_, ol, tag in part.runs():
                out._push(ln, kind, os_ + offset, ol, tag)
        return out

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def length(self) -> int:
        """Length of the current text the runs cover."""
        return self.starts[-1] + self.lens[-1] if self.starts else 0

    def runs(self) -> Iterator[tuple[int, int, int, int, int, int]]:
        return zip(self.starts, self.lens, self.kinds, self.ostarts, self.olens, self.tags, strict=True)

    def _push(self, ln: int, kind: int, ostart: int, olen: int, tag: int) -> None:
        if ln <= 0:
            return
        if self.starts:
            pk, pt = self.kinds[-1], self.tags[-1]
            if pk == kind and pt == tag:
                if kind == IDENTITY and self.ostarts[-1] + self.olens[-1] == ostart:
                    self.lens[-1] += ln
                    self.olens[-1] += olen
                    return
                if kind == BLOCK and self.ostarts[-1] == ostart and self.olens[-1] == olen:
                    self.lens[-1] += ln
                    return
            start = self.starts[-1] + self.lens[-1]
        else:
            start = 0
        self.starts.append(start)
        self.lens.append(ln)
        self.kinds.append(kind)
        self.ostarts.append(ostart)
        self.olens.append(olen)
        self.tags.append(tag)

    def _run_at(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def pieces(self, start: int, end: int) -> Iterator[tuple[int, int, int, int, int, int]]:
        """Pieces ``(out_start, out_len, kind, ostart, olen, tag)`` of ``[start, end)``."""
        if start >= end or not self.starts:
            return
        i = self._run_at(start)
        n = len(self.starts)
        while i < n:
            s = self.starts[i]
            if s >= end:
                break
            ln = self.lens[i]
            a, b = max(start, s), min(end, s + ln)
            if b > a:
                if self.kinds[i] == IDENTITY:
                    yield (a, b - a, IDENTITY, self.ostarts[i] + (a - s), b - a, self.tags[i])
                else:
                    yield (a, b - a, BLOCK, self.ostarts[i], self.olens[i], self.tags[i])
            i += 1

    def orig_start(self, pos: int) -> int:
        """Original position where character ``pos`` came from (the start of
        its block for a rewritten character): ``orig_hull(pos, pos + 1)[0]``."""
        if not self.starts or pos >= self.length:
            return self.orig_hull(pos, pos + 1)[0]
        i = self._run_at(pos)
        if self.kinds[i] == IDENTITY:
            return self.ostarts[i] + (pos - self.starts[i])
        return self.ostarts[i]

    def orig_hull(self, start: int, end: int) -> tuple[int, int]:
        """Smallest original range covering characters ``[start, end)``.

        For an empty span, the zero-width anchor just after ``start - 1``."""
        if not self.starts:
            return (0, 0)
        if start >= end:
            return (self.anchor(start),) * 2
        i = self._run_at(start)
        s = self.starts[i]
        if end <= s + self.lens[i] and start >= s:  # inside one run: the common case
            if self.kinds[i] == IDENTITY:
                return (self.ostarts[i] + (start - s), self.ostarts[i] + (end - s))
            return (self.ostarts[i], self.ostarts[i] + self.olens[i])
        return self._hull_from(i, start, end)[:2]

    def _hull_from(self, i: int, start: int, end: int) -> tuple[int, int, int, bool, set[int]]:
        """Hull of ``[start, end)`` (``start < end``), finding runs from index
        ``i`` (at or before the run holding ``start``): ``(lo, hi, index of the
        run holding end, all pieces identity, tags)``.

        Runs wholly inside the range are read with slices (min, max, set), so
        a long range over many runs costs no Python step per run."""
        starts, lens, kinds, tags = self.starts, self.lens, self.kinds, self.tags
        i = bisect_right(starts, start, i) - 1
        last = bisect_right(starts, end - 1, i) - 1  # the run holding end - 1
        lo, hi = self._hull_runs(i, last, start, end)
        holding_end = last if end < starts[last] + lens[last] else min(last + 1, len(starts) - 1)
        return lo, hi, holding_end, BLOCK not in kinds[i : last + 1], set(tags[i : last + 1])

    def _hull_runs(self, i: int, last: int, start: int, end: int, *, ordered: bool = False) -> tuple[int, int]:
        """Hull of ``[start, end)``, which starts in run ``i`` and ends in run
        ``last``. If the runs are ``ordered`` (see :meth:`_in_order`), the
        runs between lie between those two, so only the two are read."""
        starts, kinds, ostarts, olens = self.starts, self.kinds, self.ostarts, self.olens
        if kinds[i] == IDENTITY:
            lo = ostarts[i] + (start - starts[i])
            hi = ostarts[i] + (min(end, starts[i] + self.lens[i]) - starts[i])
        else:
            lo, hi = ostarts[i], ostarts[i] + olens[i]
        if last == i:
            return lo, hi
        if kinds[last] == IDENTITY:
            lo2, hi2 = ostarts[last], ostarts[last] + (end - starts[last])
        else:
            lo2, hi2 = ostarts[last], ostarts[last] + olens[last]
        lo, hi = min(lo, lo2), max(hi, hi2)
        if last > i + 1 and not ordered:
            lo = min(lo, min(ostarts[i + 1 : last]))
            hi = max(hi, max(map(add, ostarts[i + 1 : last], olens[i + 1 : last])))
        return lo, hi

    def _in_order(self, i: int) -> bool:
        """Whether the original ranges of runs ``i`` on follow one another:
        each ends at or before the next starts (so a hull over several runs
        is bounded by its first and last). Untouched text, deletions and
        rewrites keep this; cutting a block run (its pieces share one range)
        breaks it."""
        ostarts = self.ostarts
        return all(map(le, map(add, ostarts[i:], self.olens[i:]), ostarts[i + 1 :]))

    def _all_in_order(self) -> bool:
        """:meth:`_in_order` from the first run, worked out once (and not at
        all for an alignment made by deletions from one known to be in order).

        Deletions keep runs in order, but may also remove the runs that were
        out of order, so only a parent's True is borrowed:

        >>> shuffled = Alignment.concat([(Alignment.identity(2), 4), (Alignment.identity(2), 0)])
        >>> cut = shuffled.apply_columns([2], [4], [""], [""])[0]
        >>> shuffled._all_in_order(), cut._all_in_order()
        (False, True)
        """
        order = self._order
        if isinstance(order, Alignment):  # its own order is a bool or None, never another alignment
            order = order._all_in_order() or self._in_order(0)
        elif order is None:
            order = self._in_order(0)
        self._order = order
        return order

    def _order_after_deletions(self) -> bool | Alignment | None:
        """The order memo of an alignment made from this one by deletions
        only: True if this one is known to be in order, nothing if it is known
        not to be (a deletion may remove the runs out of order), else a
        reference to the alignment whose being in order settles it."""
        order = self._order
        if order is False:
            return None
        return self if order is None else order

    def orig_ranges(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Original ranges ``(ostart, oend, tag)`` of ``[start, end)``, merged where contiguous."""
        out: list[tuple[int, int, int]] = []
        for _a, _ln, _k, os_, ol, tag in self.pieces(start, end):
            if out and out[-1][1] == os_ and out[-1][2] == tag:
                out[-1] = (out[-1][0], os_ + ol, tag)
            elif out and out[-1][0] == os_ and out[-1][1] == os_ + ol:
                continue  # same block seen again
            else:
                out.append((os_, os_ + ol, tag))
        return out

    def anchor(self, pos: int) -> int:
        """Original position where an insertion at ``pos`` anchors."""
        if not self.starts:
            return 0
        if pos > 0:
            i = self._run_at(pos - 1)
            if self.kinds[i] == IDENTITY:
                return self.ostarts[i] + (pos - 1 - self.starts[i]) + 1
            return self.ostarts[i] + self.olens[i]
        return self.ostarts[0]

    def _copy(self, out: Alignment, i: int, start: int, end: int) -> int:
        """Push the pieces of ``[start, end)`` onto ``out``, walking runs from
        index ``i`` (at or before the run holding ``start``); returns the index
        of the run holding ``end`` (or the last run).

        Runs wholly inside the range are copied in bulk: runs built by
        :meth:`_push` never merge with their neighbours, so only the first
        one needs the merge check."""
        starts, lens = self.starts, self.lens
        n = len(starts)
        while i + 1 < n and starts[i + 1] <= start:
            i += 1
        if start >= end:
            return i
        last = bisect_right(starts, end - 1, i) - 1  # the run holding end - 1
        self._push_piece(out, i, start, min(end, starts[i] + lens[i]))
        if last > i:
            last_full = last if starts[last] + lens[last] <= end else last - 1
            if last_full > i:
                self._push_piece(out, i + 1, starts[i + 1], starts[i + 1] + lens[i + 1])
            lo, hi = i + 2, last_full + 1
            if hi > lo:
                delta = out.starts[-1] + out.lens[-1] - starts[lo]
                out.starts.extend([x + delta for x in starts[lo:hi]])
                out.lens.extend(lens[lo:hi])
                out.kinds.extend(self.kinds[lo:hi])
                out.ostarts.extend(self.ostarts[lo:hi])
                out.olens.extend(self.olens[lo:hi])
                out.tags.extend(self.tags[lo:hi])
            if last_full < last:
                self._push_piece(out, last, starts[last], end)
        return last if starts[last] + lens[last] > end else min(last + 1, n - 1)

    def _push_piece(self, out: Alignment, i: int, a: int, b: int) -> None:
        """Push characters ``[a, b)`` of run ``i`` onto ``out``."""
        if self.kinds[i] == IDENTITY:
            out._push(b - a, IDENTITY, self.ostarts[i] + (a - self.starts[i]), b - a, self.tags[i])
        else:
            out._push(b - a, BLOCK, self.ostarts[i], self.olens[i], self.tags[i])

    def deleted(self, starts: Sequence[int], ends: Sequence[int]) -> Alignment:
        """The alignment after deleting the sorted, disjoint, non-empty spans
        ``[starts[k], ends[k])`` of the text (``apply_columns`` with empty
        replacements), made the quicker way: :meth:`delete_spans` for a few
        deletions, else the walk (whose groups of
        deletions inside one identity run cost no Python step per deletion).

        >>> list(Alignment.identity(6).deleted([1], [2]).runs())
        [(0, 1, 0, 0, 1, 0), (1, 4, 0, 2, 4, 0)]
        """
        n = len(starts)
        if n:
            i = bisect_right(self.starts, starts[0]) - 1
            if self.kinds[i] == IDENTITY and ends[-1] <= self.starts[i] + self.lens[i]:
                return self.delete_in_run(i, starts, ends)
        if n <= _FEW_DELETIONS:
            return self.delete_spans(starts, ends)
        return self.apply_columns(starts, ends, [""] * n, [""] * n, track=False)[0]

    def delete_in_run(self, i: int, starts: Sequence[int], ends: Sequence[int]) -> Alignment:
        """:meth:`delete_spans` of deletions that all lie in identity run ``i``
        (the common case: the first filter to cut an untouched document), made
        with list operations at C speed whatever their number.

        The run becomes the pieces kept between the deletions, none
        contiguous in the original with the one before (a deletion lies
        between), so only the first and the last may merge with the runs
        around (or those two with each other, if nothing is kept).

        >>> a = Alignment.identity(6).delete_in_run(0, [1, 3], [2, 4])
        >>> list(a.runs())
        [(0, 1, 0, 0, 1, 0), (1, 1, 0, 2, 1, 0), (2, 2, 0, 4, 2, 0)]
        """
        s, tag = self.starts[i], self.tags[i]
        piece_starts = [s, *ends]
        piece_lens = list(map(sub, [*starts, s + self.lens[i]], piece_starts))
        if 0 in piece_lens:  # deletions at the run's edges, or side by side
            piece_starts = list(compress(piece_starts, piece_lens))
            piece_lens = list(compress(piece_lens, piece_lens))
        k = len(piece_lens)
        lens = [*self.lens[:i], *piece_lens, *self.lens[i + 1 :]]
        olens = [*self.olens[:i], *piece_lens, *self.olens[i + 1 :]]
        kinds = [*self.kinds[:i], *repeat(IDENTITY, k), *self.kinds[i + 1 :]]
        ostarts = [*self.ostarts[:i], *map(add, piece_starts, repeat(self.ostarts[i] - s)), *self.ostarts[i + 1 :]]
        tags = [*self.tags[:i], *repeat(tag, k), *self.tags[i + 1 :]]
        after = i + k  # the run after the pieces, if any
        if after < len(lens) and after and kinds[after - 1] == kinds[after] and tags[after - 1] == tags[after]:
            _merge_at(after, lens, kinds, ostarts, olens, tags)
        if k and i and kinds[i - 1] == IDENTITY and tags[i - 1] == tag:
            _merge_at(i, lens, kinds, ostarts, olens, tags)
        return self._after_deletions(lens, kinds, ostarts, olens, tags)

    def _after_deletions(self, lens: list[int], kinds: list[int], ostarts: list[int], olens: list[int],
                         tags: list[int]) -> Alignment:
        """The alignment of these run columns, made from this one by deletions only."""
        out = Alignment.__new__(Alignment)
        out.starts = list(accumulate(lens[:-1], initial=0)) if lens else []
        out.lens, out.kinds, out.ostarts, out.olens, out.tags = lens, kinds, ostarts, olens, tags
        out._order = self._order_after_deletions()
        return out

    def delete_spans(self, starts: Sequence[int], ends: Sequence[int]) -> Alignment:
        """The alignment after deleting the sorted, disjoint, non-empty spans
        ``[starts[k], ends[k])`` of the text: the same as ``apply_columns``
        with empty replacements, made with a few list operations per stretch
        of text kept (so the quick way for a few deletions; many small ones
        inside one run are quicker in :meth:`apply_columns`' bulk groups).

        The runs a kept stretch overlaps are copied by slices, the first and
        last trimmed to the stretch; runs between never merge (see
        :meth:`_copy`), so only a stretch's first run is checked for merging
        with the run before it.

        >>> a = Alignment.identity(6).delete_spans([1, 4], [2, 5])
        >>> list(a.runs())
        [(0, 1, 0, 0, 1, 0), (1, 2, 0, 2, 2, 0), (3, 1, 0, 5, 1, 0)]
        """
        run_starts, run_lens, run_kinds, run_ostarts, run_olens, run_tags = (
            self.starts, self.lens, self.kinds, self.ostarts, self.olens, self.tags)
        lens: list[int] = []
        kinds: list[int] = []
        ostarts: list[int] = []
        olens: list[int] = []
        tags: list[int] = []
        i = 0
        for a, b in zip([0, *ends], [*starts, self.length], strict=True):
            if a >= b:
                continue
            i = bisect_right(run_starts, a, i) - 1
            s = run_starts[i]
            if b <= s + run_lens[i]:  # the stretch lies in one run (the common case): one piece
                kind, tag = run_kinds[i], run_tags[i]
                if kind == IDENTITY:
                    ostart, olen = run_ostarts[i] + (a - s), b - a
                else:
                    ostart, olen = run_ostarts[i], run_olens[i]
                if lens and kinds[-1] == kind and tags[-1] == tag and (
                        ostarts[-1] + olens[-1] == ostart if kind == IDENTITY
                        else ostarts[-1] == ostart and olens[-1] == olen):
                    lens[-1] += b - a  # what _merge_at does
                    if kind == IDENTITY:
                        olens[-1] += olen
                    continue
                lens.append(b - a)
                kinds.append(kind)
                ostarts.append(ostart)
                olens.append(olen)
                tags.append(tag)
                continue
            j = bisect_right(run_starts, b - 1, i)  # one past the run holding b - 1
            n0 = len(lens)
            lens += run_lens[i:j]
            kinds += run_kinds[i:j]
            ostarts += run_ostarts[i:j]
            olens += run_olens[i:j]
            tags += run_tags[i:j]
            head = a - s
            if head:
                lens[n0] -= head
                if kinds[n0] == IDENTITY:
                    ostarts[n0] += head
                    olens[n0] -= head
            tail = run_starts[j - 1] + run_lens[j - 1] - b
            if tail:
                lens[-1] -= tail
                if kinds[-1] == IDENTITY:
                    olens[-1] -= tail
            if n0 and kinds[n0 - 1] == kinds[n0] and tags[n0 - 1] == tags[n0]:
                _merge_at(n0, lens, kinds, ostarts, olens, tags)
        return self._after_deletions(lens, kinds, ostarts, olens, tags)

    def apply(self, edits: Sequence[tuple[int, int, str, str]]) -> Alignment:
        """New alignment after ``edits`` ``(start, end, replacement, filter)``,
        sorted and non-overlapping, all against the current text."""
        return self.apply_tracked(edits)[0]

    def apply_tracked(self, edits: Sequence[tuple[int, int, str, str]]) -> tuple[Alignment, list[tuple[int, int]]]:
        """Like :meth:`apply`, also giving each edit's :meth:`orig_hull` (before
        the edits), found in the same walk over the runs.

        >>> a, hulls = Alignment.identity(6).apply_tracked([(1, 2, "", "f"), (4, 4, "x", "f")])
        >>> hulls, a.orig_hull(0, a.length)
        ([(1, 2), (4, 4)], (0, 6))
        """
        if not edits:
            return self.apply_columns([], [], [], [])
        starts, ends, repls, names = map(list, zip(*edits, strict=True))
        return self.apply_columns(starts, ends, repls, names)

    def orig_hulls(self, starts: Sequence[int], ends: Sequence[int], repls: Sequence[str]) -> list[tuple[int, int]]:
        """:meth:`orig_hull` of each of the sorted, non-overlapping edits given
        column by column, found in one walk (see :meth:`apply_columns`; the
        alignment it makes on the way is dropped, so no filter names are needed).

        >>> Alignment.identity(6).orig_hulls([1, 4], [3, 4], ["", "x"])
        [(1, 3), (4, 4)]
        """
        return self.apply_columns(starts, ends, repls, [""] * len(starts))[1]

    def apply_columns(self, starts: Sequence[int], ends: Sequence[int], repls: Sequence[str],
                      names: Sequence[str], default: str = "", *, bulk: bool = True, track: bool = True,
                      ) -> tuple[Alignment, list[tuple[int, int]]]:
        """:meth:`apply_tracked` for edits given column by column: edit ``k``
        replaces ``[starts[k], ends[k])`` with ``repls[k]``, made by filter
        ``names[k] or default``. With ``track=False`` the hulls are not
        worked out (the list returned is empty).

        Consecutive deletions inside one identity run (the common case: many
        small removals in untouched text) are done in bulk, without a Python
        step per edit, and an edit over several runs does only the work its
        result needs; ``bulk=False`` does every edit one by one as
        :meth:`_hull_from` defines it (the reference the bulk paths must
        agree with)."""
        out = Alignment()
        hulls: list[tuple[int, int]] = []
        if not self.starts:
            for repl, name in zip(repls, names, strict=True):
                hulls.append((0, 0))
                if repl:
                    out._push(len(repl), BLOCK, 0, 0, _tag_union(set(), name or default))
            return out, hulls if track else []
        walk = _Walk(self, out, hulls if track else None, starts, ends, repls, bulk=bulk)
        n_edits = len(starts)
        k = 0
        while k < n_edits:
            walk.gap_to(starts[k])
            if bulk and not repls[k] and k + 1 < n_edits and not repls[k + 1]:  # two deletions: maybe a group
                m = walk.deletion_group(k)
                if m > k + 1:
                    k = m
                    continue
            walk.edit(k, names[k] or default)
            k += 1
        walk.finish()
        if not any(repls):
            # Deletions keep the runs in order: each output piece lies in the
            # original range of the run it comes from, and pieces of one block
            # run (which share its range) are adjacent, so they merge.
            out._order = self._order_after_deletions()
        return out, hulls


class _Walk:
    """One pass of :meth:`Alignment.apply_columns`: the runs of ``src`` up to
    ``cursor`` (a position of the text before the edits) are on ``out``, and
    run ``i`` is at or before the run holding ``cursor``."""

    __slots__ = ("bulk", "changes", "cursor", "ends", "hulls", "i", "ordered", "out", "repls", "src", "starts")

    def __init__(self, src: Alignment, out: Alignment, hulls: list[tuple[int, int]] | None,
                 starts: Sequence[int], ends: Sequence[int], repls: Sequence[str], *, bulk: bool = True) -> None:
        self.src, self.out, self.hulls, self.bulk = src, out, hulls, bulk
        self.starts, self.ends, self.repls = starts, ends, repls
        self.cursor = 0
        self.i = 0
        self.changes: list[int] | None = None
        """Indexes of the edits that are not deletions, when first needed."""
        self.ordered: bool | None = None
        """Whether the runs from the first edit over several runs on are in
        order (:meth:`Alignment._in_order`), when first needed."""

    def gap_to(self, start: int) -> None:
        """Copy the untouched text ``[cursor, start)`` and make ``i`` the run holding ``start``."""
        cursor = self.cursor
        if start <= cursor:
            return
        src, i = self.src, self.i
        s = src.starts[i]
        if s <= cursor and start < s + src.lens[i]:  # the gap lies in run i (the common case)
            if src.kinds[i] == IDENTITY:
                self.out._push(start - cursor, IDENTITY, src.ostarts[i] + (cursor - s), start - cursor, src.tags[i])
            else:
                self.out._push(start - cursor, BLOCK, src.ostarts[i], src.olens[i], src.tags[i])
        else:
            self.i = src._copy(self.out, i, cursor, start)
        self.cursor = start

    def edit(self, k: int, name: str) -> None:
        """Apply edit ``k`` (the gap before it is done)."""
        src, out, i = self.src, self.out, self.i
        start, end, repl = self.starts[k], self.ends[k], self.repls[k]
        s = src.starts[i]
        run_end = s + src.lens[i]
        if end > start:
            if s <= start and end <= run_end:  # the edit lies in run i (the common case)
                if src.kinds[i] == IDENTITY:
                    lo = src.ostarts[i] + (start - s)
                    hi = lo + (end - start)
                    kind = IDENTITY if len(repl) == end - start else BLOCK
                else:
                    lo = src.ostarts[i]
                    hi = lo + src.olens[i]
                    kind = BLOCK
                if self.hulls is not None:
                    self.hulls.append((lo, hi))
                if repl:
                    out._push(len(repl), kind, lo, hi - lo, _tag_with(src.tags[i], name))
            elif self.bulk:
                self._edit_runs(start, end, repl, name)
            else:
                lo, hi, self.i, identity, seen = src._hull_from(i, start, end)
                if self.hulls is not None:
                    self.hulls.append((lo, hi))
                if repl:
                    one_to_one = identity and len(repl) == end - start and hi - lo == end - start
                    out._push(len(repl), IDENTITY if one_to_one else BLOCK, lo, hi - lo, _tag_union(seen, name))
        else:
            at = src.anchor(start)
            if self.hulls is not None:
                self.hulls.append((at, at))
            out._push(len(repl), BLOCK, at, 0, _tag_union(set(), name))
        self.cursor = end

    def _edit_runs(self, start: int, end: int, repl: str, name: str) -> None:
        """:meth:`edit` of a non-empty span over more than one run, as
        :meth:`Alignment._hull_from` defines it, with less work: an untracked
        deletion needs no hull (only the run holding ``end``); the runs'
        kinds are read only when the replacement could map one to one; runs
        of one tag (the common case) take the memoised :func:`_tag_with`."""
        src = self.src
        starts = src.starts
        i = bisect_right(starts, start, self.i) - 1
        last = bisect_right(starts, end - 1, i) - 1  # the run holding end - 1
        self.i = last if end < starts[last] + src.lens[last] else min(last + 1, len(starts) - 1)
        if not repl and self.hulls is None:
            return
        if self.ordered is None and last > i + 1:
            self.ordered = src._all_in_order() or src._in_order(i)
        lo, hi = src._hull_runs(i, last, start, end, ordered=bool(self.ordered))
        if self.hulls is not None:
            self.hulls.append((lo, hi))
        if not repl:
            return
        tags = src.tags[i : last + 1]
        tag = tags[0]
        tid = _tag_with(tag, name) if tags.count(tag) == len(tags) else _tag_union(set(tags), name)
        one_to_one = len(repl) == end - start == hi - lo and BLOCK not in src.kinds[i : last + 1]
        self.out._push(len(repl), IDENTITY if one_to_one else BLOCK, lo, hi - lo, tid)

    def deletion_group(self, k: int) -> int:
        """If edit ``k`` (a deletion) and the next ones are deletions inside the
        identity run holding ``starts[k]``, delete them all at once and return
        the index of the first edit after them; else return ``k``.

        The untouched pieces between the deletions map one to one onto
        original positions that are never contiguous with the piece before
        (a deletion lies between), so only the first could merge with the
        run before it: the rest are appended as they are."""
        src, i = self.src, self.i
        s = src.starts[i]
        start = self.starts[k]
        if src.kinds[i] != IDENTITY or start < s:
            return k
        ends = self.ends
        run_end = s + src.lens[i]
        m = bisect_right(ends, run_end, k)  # ends are sorted: edits k..m-1 end inside run i
        m = min(m, self._next_change(k))
        if m <= k + 1:
            return k
        delta = src.ostarts[i] - s
        starts = self.starts
        if self.hulls is not None:
            self.hulls.extend(zip(map(add, starts[k:m], repeat(delta)), map(add, ends[k:m], repeat(delta)),
                                  strict=True))
        gap_starts = ends[k : m - 1]
        lens = list(map(sub, starts[k + 1 : m], gap_starts))
        if 0 in lens:  # adjacent deletions leave no piece between them
            gap_starts = list(compress(gap_starts, lens))
            lens = list(compress(lens, lens))
        if lens:
            self._push_gaps(lens, gap_starts, delta, src.tags[i])
        self.cursor = ends[m - 1]
        return m

    def _push_gaps(self, lens: list[int], gap_starts: Sequence[int], delta: int, tag: int) -> None:
        """Push identity pieces ``[gap_starts[j], gap_starts[j] + lens[j])`` (shifted
        by ``delta`` in the original), none contiguous with the one before."""
        out = self.out
        out._push(lens[0], IDENTITY, gap_starts[0] + delta, lens[0], tag)
        if len(lens) == 1:
            return
        rest = lens[1:]
        out.starts.extend(accumulate(lens[1:-1], initial=out.starts[-1] + out.lens[-1]))
        out.lens.extend(rest)
        out.kinds.extend(repeat(IDENTITY, len(rest)))
        out.ostarts.extend(map(add, gap_starts[1:], repeat(delta)))
        out.olens.extend(rest)
        out.tags.extend(repeat(tag, len(rest)))

    def _next_change(self, k: int) -> int:
        """Index of the first edit at or after ``k`` that is not a deletion."""
        if self.changes is None:
            self.changes = list(compress(range(len(self.repls)), self.repls))
        j = bisect_left(self.changes, k)
        return self.changes[j] if j < len(self.changes) else len(self.repls)

    def finish(self) -> None:
        """Copy the untouched text after the last edit."""
        total = self.src.length
        if self.cursor < total:
            self.src._copy(self.out, self.i, self.cursor, total)
