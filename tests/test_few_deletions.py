"""Batches of a few deletions: :meth:`Alignment.delete_spans` (and the choice
:meth:`Alignment.deleted` makes) give the alignment the walk of
:meth:`Alignment.apply_columns` gives, over alignments made by every kind of
edit (block runs, insertions, tags), and documents give the same text and
records either way."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, Edit
from govtext.alignment import Alignment
from govtext.edits import Deletions


@st.composite
def _alignment(draw: st.DrawFn) -> Alignment:
    """An alignment after a few rounds of deletions, rewrites and insertions."""
    align = Alignment.identity(draw(st.integers(1, 60)))
    for _ in range(draw(st.integers(0, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, align.length), max_size=10)))
        starts: list[int] = []
        ends: list[int] = []
        repls: list[str] = []
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            repl = draw(st.sampled_from(["", "x", "yy", "zzz", "same"]))
            repl = "s" * (b - a) if repl == "same" else repl
            if (a == b and not repl) or (starts and starts[-1] == ends[-1] == a == b):
                continue
            starts.append(a)
            ends.append(b)
            repls.append(repl)
        names = [draw(st.sampled_from(["", "f", "g"])) for _ in starts]
        align = align.apply_columns(starts, ends, repls, names, "d")[0]
    return align


@st.composite
def _deletions(draw: st.DrawFn, length: int, most: int) -> tuple[list[int], list[int]]:
    cuts = sorted(set(draw(st.lists(st.integers(0, length), max_size=2 * most))))
    starts, ends = cuts[0::2], cuts[1::2]
    return starts[: len(ends)], ends


@given(_alignment(), st.data())
def test_delete_spans_gives_the_walks_alignment(align: Alignment, data: st.DataObject) -> None:
    starts, ends = data.draw(_deletions(align.length, 12))
    want = align.apply_columns(starts, ends, [""] * len(starts), [""] * len(starts), track=False)[0]
    for got in (align.delete_spans(starts, ends), align.deleted(starts, ends)):
        assert list(got.runs()) == list(want.runs())
        assert got._all_in_order() == want._all_in_order() == got._in_order(0)


def test_delete_spans_merges_what_the_walk_merges() -> None:
    # an insertion between two identity runs, and the middle of a block run
    align = Alignment.identity(10).apply_columns([5, 7], [5, 9], ["ins", "b"], ["f", "g"])[0]
    for starts, ends in (([5], [8]), ([10], [11]), ([5, 10], [8, 11]), ([0], [13])):
        want = align.apply_columns(starts, ends, [""] * len(starts), [""] * len(starts), track=False)[0]
        assert list(align.delete_spans(starts, ends).runs()) == list(want.runs())
    assert next(align.delete_spans([5], [8]).runs()) == (0, 7, 0, 0, 7, 0)  # the insertion gone: one run


@given(st.text(st.sampled_from("ab \n中"), min_size=1, max_size=40), st.data())
def test_documents_record_a_few_deletions_alike(text: str, data: st.DataObject) -> None:
    starts, ends = data.draw(_deletions(len(text) + 1, 4))
    if not starts:
        return
    docs = []
    for columns in (True, False):
        doc = Document.from_text(text)
        doc.apply([Edit.replace(0, 1, "ZZ", rule="w", reason="wide")], filter="w")  # a block run to cut
        if columns:
            doc.apply(Deletions(starts, ends, ["r"] * len(starts), ["why"] * len(starts)), filter="f")
        else:  # the walk, as before
            doc._align = doc._align.apply_columns(starts, ends, [""] * len(starts), [""] * len(starts),
                                                  track=False)[0]
        docs.append(doc)
    few, walked = docs
    assert list(few.alignment.runs()) == list(walked.alignment.runs())
    wide = "ZZ" + text[1:]
    spans = list(zip(starts, ends, strict=True))
    assert few.text == "".join(c for k, c in enumerate(wide) if not any(s <= k < e for s, e in spans))
    assert [r.text for r in few.removed] == [wide[s:e] for s, e in spans]
