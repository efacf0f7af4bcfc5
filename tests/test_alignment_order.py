"""The run-order memo of alignments (``Alignment._all_in_order``).

An alignment made by deletions only is in order exactly when the one it was
made from is; it borrows that answer instead of checking its runs. These tests
check the borrowed answer against a check of the runs, over random batches of
deletions, rewrites (cutting block runs, which breaks the order) and insertions,
and that an edit over many runs of a deletion-made alignment still agrees with
the run-by-run reference."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.alignment import Alignment
from tests.test_bulk_paths import _columns, _wide_columns


@given(st.integers(1, 80), st.data())
def test_order_memo_agrees_with_checking_the_runs(n: int, data: st.DataObject) -> None:
    align = Alignment.identity(n)
    made: list[Alignment] = [align]
    for _ in range(data.draw(st.integers(1, 8))):
        cols = data.draw(st.one_of(_columns(align.length), _wide_columns(align.length)))
        align = align.apply_columns(*cols, data.draw(st.sampled_from(["d", "e"])), track=data.draw(st.booleans()))[0]
        made.append(align)
        if data.draw(st.booleans()):  # sometimes asked along the way, sometimes only at the end
            assert align._all_in_order() == align._in_order(0)
    for a in reversed(made):
        assert a._all_in_order() == a._in_order(0)
        assert not isinstance(a._order, Alignment)


@given(st.integers(1, 80), st.data())
def test_edits_over_runs_of_deletion_made_alignments_match_the_reference(n: int, data: st.DataObject) -> None:
    align = Alignment.identity(n)
    for _ in range(data.draw(st.integers(1, 4))):
        cols = data.draw(st.one_of(_columns(align.length), _wide_columns(align.length)))
        align = align.apply_columns(*cols, "e")[0]
    for _ in range(data.draw(st.integers(1, 3))):  # deletions only: the order is borrowed
        starts, ends, _repls, names = data.draw(_columns(align.length))
        keep = [k for k in range(len(starts)) if ends[k] > starts[k]]
        cut = ([starts[k] for k in keep], [ends[k] for k in keep], [""] * len(keep), [names[k] for k in keep])
        align = align.apply_columns(*cut, "d", track=False)[0]
    cols = data.draw(_wide_columns(align.length))
    fast, fast_hulls = align.apply_columns(*cols, "w")
    slow, slow_hulls = align.apply_columns(*cols, "w", bulk=False)
    assert list(fast.runs()) == list(slow.runs())
    assert fast_hulls == slow_hulls == [align.orig_hull(s, e) for s, e in zip(cols[0], cols[1], strict=True)]


def test_deletions_from_runs_out_of_order_stay_out_of_order() -> None:
    shuffled = Alignment.concat([(Alignment.identity(3), 5), (Alignment.identity(3), 0), (Alignment.identity(3), 9)])
    cut = shuffled.apply_columns([7], [8], [""], [""], "d")[0]
    assert cut._order is shuffled
    assert not cut._all_in_order() and not shuffled._in_order(0)
    fast = cut.apply_columns([1], [7], ["abcdef"], ["f"])
    slow = cut.apply_columns([1], [7], ["abcdef"], ["f"], bulk=False)
    assert (list(fast[0].runs()), fast[1]) == (list(slow[0].runs()), slow[1])


def test_deletions_that_remove_the_runs_out_of_order_are_in_order() -> None:
    # regression: the memo borrowed a parent's False, though the deletion had
    # removed the runs out of order (found by hypothesis on CI)
    shuffled = Alignment.concat([(Alignment.identity(2), 4), (Alignment.identity(2), 0)])
    cut = shuffled.apply_columns([2], [4], [""], [""], "d")[0]
    assert cut._order is shuffled  # not known yet: borrowed when asked
    assert not shuffled._all_in_order()
    assert cut._all_in_order() and cut._in_order(0)
    known = shuffled.apply_columns([2], [4], [""], [""], "d")[0]
    assert known._order is None  # the parent is known to be out of order: nothing to borrow
    assert known._all_in_order()
    again = shuffled.delete_spans([2], [4])
    assert again._all_in_order() and again._in_order(0)
