"""The pipeline's per-filter bookkeeping: names worked out once per list of
filters (and again when the list changes), statistics counted as before."""

from __future__ import annotations

from govtext import Document, Edit, Pipeline
from govtext.edits import Deletions


def _drop_first(doc: Document) -> list[Edit]:
    return [Edit.delete(0, 1, rule="first", reason="first character")] if doc.text else []


def _nothing(doc: Document) -> list[Edit]:
    return []


def _read_only(doc: Document) -> None:
    doc.warn("seen", 0, 0, "read")


def _columns(doc: Document) -> Deletions:
    return Deletions([0], [1], ["col"], ["column batch"]) if doc.text else Deletions([], [], [], [])


def test_names_follow_changes_to_the_filter_list() -> None:
    pipe = Pipeline([_drop_first])
    assert pipe("abc").text == "bc"
    pipe.filters.append(_columns)
    assert pipe("abc").text == "c"
    pipe.filters[0] = _nothing
    assert pipe("abc").text == "bc"
    pipe.filters = [_read_only, _columns]
    doc = pipe("abc")
    assert doc.text == "bc" and doc.removed[0].filter == "_columns"
    st = pipe.stats.filters
    assert st["_drop_first"].documents == 2 and st["_drop_first"].chars_removed == 2
    assert st["_columns"].documents == 3 and st["_columns"].rules["col"].removals == 3
    assert st["_nothing"].documents == 1 and st["_nothing"].documents_touched == 0
    assert st["_read_only"].warnings == 1 and st["_read_only"].documents_touched == 0
    assert pipe.stats.documents == 4


def test_a_filter_that_applies_and_returns_is_counted_once_per_batch() -> None:
    def both(doc: Document) -> list[Edit]:
        doc.apply([Edit.delete(0, 1, rule="inner", reason="applied inside")], filter="both")
        return [Edit.replace(0, 1, "X", rule="outer", reason="returned")]

    pipe = Pipeline([both, _nothing])
    doc = pipe("abc")
    assert doc.text == "Xc"
    st = pipe.stats.filters["both"]
    assert (st.documents_touched, st.chars_removed, st.chars_changed) == (1, 1, 1)
    assert st.rules["inner"].removals == 1 and st.rules["outer"].changes == 1
    assert [r.filter for r in doc.removed] == ["both"] and [c.filter for c in doc.changes] == ["both"]


def test_stats_reset_between_runs() -> None:
    from govtext.pipeline import PipelineStats

    pipe = Pipeline([_drop_first])
    pipe("ab")
    pipe.stats = PipelineStats()
    pipe("ab")
    assert pipe.stats.filters["_drop_first"].documents == 1
