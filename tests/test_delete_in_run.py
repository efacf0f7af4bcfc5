"""Deletions that all lie in one identity run: :meth:`Alignment.delete_in_run`
(which :meth:`Alignment.deleted` picks for them) gives the alignment the walk
of :meth:`Alignment.apply_columns` gives, runs merged alike at both edges."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.alignment import IDENTITY, Alignment
from tests.test_few_deletions import _alignment


def _walk(align: Alignment, starts: list[int], ends: list[int]) -> Alignment:
    return align.apply_columns(starts, ends, [""] * len(starts), [""] * len(starts), track=False)[0]


@given(_alignment(), st.data())
def test_delete_in_run_gives_the_walks_alignment(align: Alignment, data: st.DataObject) -> None:
    identity = [k for k, kind in enumerate(align.kinds) if kind == IDENTITY]
    if not identity:
        return
    i = data.draw(st.sampled_from(identity))
    s, n = align.starts[i], align.lens[i]
    cuts = sorted(set(data.draw(st.lists(st.integers(s, s + n), max_size=30))))
    starts, ends = cuts[0::2][: len(cuts) // 2], cuts[1::2]
    if not starts:
        return
    want = _walk(align, starts, ends)
    for got in (align.delete_in_run(i, starts, ends), align.deleted(starts, ends)):
        assert list(got.runs()) == list(want.runs())
        assert got._all_in_order() == want._all_in_order() == got._in_order(0)


def test_delete_in_run_merges_at_its_edges() -> None:
    # identity runs split by an insertion, and by a rewrite of one tag
    base = Alignment.identity(12)
    for align in (base.apply_columns([4], [4], ["ins"], ["f"])[0], base.apply_columns([4, 8], [5, 8], ["", "x"], ["f", "g"])[0]):
        for k, kind in enumerate(align.kinds):
            if kind != IDENTITY:
                continue
            s, n = align.starts[k], align.lens[k]
            for starts, ends in (([s], [s + n]), ([s], [s + 1]), ([s + n - 1], [s + n]), ([s, s + n - 1], [s + 1, s + n])):
                if starts[-1] >= ends[-1] or (len(starts) > 1 and starts[1] < ends[0]):
                    continue
                assert list(align.delete_in_run(k, starts, ends).runs()) == list(_walk(align, starts, ends).runs())
    # the insertion deleted whole: the identity runs around it become one
    ins = base.apply_columns([4], [4], ["ins"], ["f"])[0]
    assert list(ins.deleted([4], [7]).runs()) == [(0, 12, IDENTITY, 0, 12, 0)]
