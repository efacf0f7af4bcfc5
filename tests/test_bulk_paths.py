"""The bulk paths of the document core (column-wise Document.apply, lazy
records, bulk deletions in Alignment, batch statistics) and of the
annotation stripper give exactly what the one-edit-at-a-time definitions
they replace give."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import cast

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext import Document, Edit
from govtext.alignment import Alignment
from govtext.document import gaps
from govtext.edits import Deletions
from govtext.pipeline import Filter, FilterStats, Pipeline, RuleStats
from govtext.script.annotations import AnnotationConfig, AnnotationStripper, _classify

ROOT = Path(__file__).resolve().parent.parent

# -- annotations -------------------------------------------------------------

_OLD_CANDIDATE = regex.compile(r"(?<=(\p{Han}+))[(（]([^()（）\n]{1,40})[)）]")


def _reference_annotations(text: str, config: AnnotationConfig) -> list[Edit]:
    """The stripper as it was written before the bulk path: one regex match at a time."""
    edits: list[Edit] = []
    toneless: list[int] = []
    for m in _OLD_CANDIDATE.finditer(text):
        han, content = m.groups()
        kind, count = _classify(content, config.pinyin, config.zhuyin)
        if kind is None or count > len(han):
            continue
        if kind == "pinyin-toneless":
            toneless.append(len(edits))
        label = "zhuyin" if kind == "zhuyin" else "pinyin"
        start, end = m.span()
        edits.append(Edit(start, end, "", f"{label}-annotation", f"{label} annotation {m.group(0)} after {han[-1]}"))
    limit = config.toneless_after
    if toneless and not (limit is not None and len(edits) - len(toneless) >= limit):
        dropped = set(toneless)
        edits = [e for i, e in enumerate(edits) if i not in dropped]
    return edits


_CONFIGS = [AnnotationConfig(), AnnotationConfig(zhuyin=False), AnnotationConfig(pinyin=False),
            AnnotationConfig(toneless_after=None), AnnotationConfig(toneless_after=0)]

_ALPHABET = ("世紀網發展国中𠀀〇々ㇰ" "()（）" "jìwǎngfāzhǎndemen guó" "ㄓㄨˋㄅㄧ" "12 '\nGDP零" "ab")


def _stripped(text: str, config: AnnotationConfig) -> Sequence[Edit]:
    """The annotation edits of ``text``; the text pieces they keep, when they
    come with them, checked against the text cut around them."""
    edits = AnnotationStripper(config)(Document.from_text(text))
    if isinstance(edits, Deletions) and edits.kept is not None:
        assert edits.kept == gaps(text, edits.starts, edits.ends)
    return edits


@given(st.text(st.sampled_from(_ALPHABET), max_size=80), st.sampled_from(_CONFIGS))
def test_annotation_edits_match_the_match_by_match_definition(text: str, config: AnnotationConfig) -> None:
    assert _stripped(text, config) == _reference_annotations(text, config)


def _corpus_texts() -> list[str]:
    from benchmarks import inputs

    seeds = inputs.load_seeds(inputs.default_seed_dir())
    docs = inputs.traditional_corpus(seeds, 60_000)
    return [d.decode("utf-8", "replace") if isinstance(d, bytes) else d for d in docs]


@pytest.mark.parametrize("config", _CONFIGS[:2])
def test_annotation_edits_match_on_the_benchmark_corpus(config: AnnotationConfig) -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    texts = _corpus_texts()
    assert sum(len(_reference_annotations(t, config)) for t in texts) > 100
    for text in texts:
        assert _stripped(text, config) == _reference_annotations(text, config)


# -- Edit ---------------------------------------------------------------------


def test_edit_is_an_immutable_validated_record() -> None:
    e = Edit.delete(1, 3, rule="r", reason="x")
    assert (e.start, e.end, e.replacement, e.rule, e.reason, e.filter) == (1, 3, "", "r", "x", "")
    assert e.is_deletion and not e.is_insertion and e.with_filter("f").filter == "f"
    assert e == Edit(1, 3, "", rule="r", reason="x") and hash(e) == hash(Edit(1, 3, "", "r", "x"))
    with pytest.raises(AttributeError):
        e.start = 2  # type: ignore[misc]
    for bad in [(-1, 2, ""), (3, 2, "x"), (2, 2, ""), (-1, -1, "x")]:
        with pytest.raises(ValueError):
            Edit(*bad, "r", "x")
        with pytest.raises(ValueError):
            Edit.replace(*bad, rule="r", reason="x")
    for a, b in [(-1, 2), (3, 2), (2, 2)]:
        with pytest.raises(ValueError):
            Edit.delete(a, b, rule="r", reason="x")
    for pos, new in [(-1, "x"), (2, "")]:
        with pytest.raises(ValueError):
            Edit.insert(pos, new, rule="r", reason="x")
    assert Edit.insert(2, "x", rule="r", reason="y") == Edit(2, 2, "x", "r", "y")
    assert Edit.replace(1, 2, "x", rule="r", reason="y", filter="f") == Edit(1, 2, "x", "r", "y", "f")
    with pytest.raises(ValueError, match="invalid deletion span"):
        Edit.deletions([0, 4], [2, 4], ["r", "r"], ["x", "x"])
    assert Edit.deletions([0, 4], [2, 5], ["r", "s"], ["x", "y"], "f") == [
        Edit.delete(0, 2, rule="r", reason="x", filter="f"), Edit.delete(4, 5, rule="s", reason="y", filter="f")]


# -- Alignment: bulk deletions ------------------------------------------------


_SAME = "same"
"""Stands for a rewrite as long as the text it replaces (as script conversion makes)."""


@st.composite
def _edit_columns(draw: st.DrawFn, length: int, most: int,
                  replacements: tuple[str, ...]) -> tuple[list[int], list[int], list[str], list[str]]:
    """Sorted, non-overlapping edits on a text of ``length`` (at most ``most``
    cut points), each replacement drawn from ``replacements``."""
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=most)))
    starts: list[int] = []
    ends: list[int] = []
    repls: list[str] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        repl = draw(st.sampled_from(replacements))
        repl = "s" * (b - a) if repl == _SAME else repl
        if (a == b and not repl) or (a == b and starts and starts[-1] == ends[-1] == a):
            continue
        starts.append(a)
        ends.append(b)
        repls.append(repl)
    names = [draw(st.sampled_from(["", "f", "g"])) for _ in starts]
    return starts, ends, repls, names


def _columns(length: int) -> st.SearchStrategy[tuple[list[int], list[int], list[str], list[str]]]:
    """Edits on a text of ``length``, mostly deletions."""
    return _edit_columns(length, 30, ("", "", "", "", "x", "yz"))


def _wide_columns(length: int) -> st.SearchStrategy[tuple[list[int], list[int], list[str], list[str]]]:
    """Edits on a text of ``length`` that often span several runs: deletions,
    same-length rewrites and rewrites of other lengths."""
    return _edit_columns(length, 12, ("", _SAME, _SAME, "x", "yz"))


@given(st.integers(1, 80), st.data())
def test_bulk_deletions_give_the_same_alignment_as_one_by_one(n: int, data: st.DataObject) -> None:
    align = Alignment.identity(n)
    for _ in range(data.draw(st.integers(1, 5))):
        cols = data.draw(_columns(align.length))
        fast, fast_hulls = align.apply_columns(*cols, "d")
        slow, slow_hulls = align.apply_columns(*cols, "d", bulk=False)
        assert list(fast.runs()) == list(slow.runs()) == list(align.apply_columns(*cols, "d", track=False)[0].runs())
        assert align.orig_hulls(cols[0], cols[1], cols[2]) == fast_hulls
        assert fast_hulls == slow_hulls == [align.orig_hull(s, e) for s, e in zip(cols[0], cols[1], strict=True)]
        align = fast



@given(st.integers(1, 80), st.data())
def test_edits_over_many_runs_give_the_same_alignment_as_the_reference(n: int, data: st.DataObject) -> None:
    align = Alignment.identity(n)
    for _ in range(data.draw(st.integers(1, 4))):  # many runs, several tags, blocks cut by later edits
        cols = data.draw(st.one_of(_columns(align.length), _wide_columns(align.length)))
        align = align.apply_columns(*cols, data.draw(st.sampled_from(["d", "e"])))[0]
    cols = data.draw(_wide_columns(align.length))
    fast, fast_hulls = align.apply_columns(*cols, "w")
    slow, slow_hulls = align.apply_columns(*cols, "w", bulk=False)
    untracked = align.apply_columns(*cols, "w", track=False)
    assert list(fast.runs()) == list(slow.runs()) == list(untracked[0].runs())
    assert fast_hulls == slow_hulls == [align.orig_hull(s, e) for s, e in zip(cols[0], cols[1], strict=True)]
    assert untracked[1] == []



def test_edits_over_runs_out_of_order_read_every_run() -> None:
    ordered = Alignment.concat([(Alignment.identity(3), 0), (Alignment.identity(3), 5), (Alignment.identity(3), 9)])
    shuffled = Alignment.concat([(Alignment.identity(3), 5), (Alignment.identity(3), 0), (Alignment.identity(3), 9)])
    assert ordered._in_order(0) and not shuffled._in_order(0) and shuffled._in_order(1)
    for align in (ordered, shuffled):
        cols: tuple[list[int], list[int], list[str], list[str]] = ([1], [8], ["abcdefg"], ["f"])
        fast, fast_hulls = align.apply_columns(*cols)
        slow, slow_hulls = align.apply_columns(*cols, bulk=False)
        assert (list(fast.runs()), fast_hulls) == (list(slow.runs()), slow_hulls) == (
            list(slow.runs()), [align.orig_hull(1, 8)])
    assert shuffled.orig_hull(1, 8) == (0, 11)


# -- Document.apply and its lazy records ----------------------------------------


@given(st.text(st.sampled_from("正文a\n　後"), min_size=1, max_size=40), st.data())
def test_records_read_between_or_after_applies_are_the_same(text: str, data: st.DataObject) -> None:
    early, late = Document.from_text(text), Document.from_text(text)
    for _ in range(data.draw(st.integers(1, 4))):
        starts, ends, repls, names = data.draw(_columns(len(early.text)))
        edits = [Edit(s, e, r, "rule", "why", f) for s, e, r, f in zip(starts, ends, repls, names, strict=True)]
        early.apply(edits[::-1], filter="flt")
        late.apply(iter(edits), filter="flt")
        assert early._log.counts() == (len(early.removed), len(early.changes))
    assert late.text == early.text
    assert late._log.counts() == (len(early.removed), len(early.changes))
    assert [r.to_json() for r in late.removed] == [r.to_json() for r in early.removed]
    assert [c.to_json() for c in late.changes] == [c.to_json() for c in early.changes]
    assert [r.filter for r in late.removed] == [r.filter for r in early.removed]


def _deletion_spans(n: int) -> st.SearchStrategy[list[tuple[int, int]]]:
    """Deletion spans inside a text of length ``n``: any order, maybe overlapping or outside."""
    return st.lists(st.tuples(st.integers(0, n + 1), st.integers(1, 3)).map(lambda p: (p[0], p[0] + p[1])),
                    max_size=8)


def _outcome(doc: Document, edits: object) -> object:
    """What applying ``edits`` does: the error raised, or text, records and statistics."""
    probe = Pipeline([cast(Filter, lambda d: edits)])
    try:
        probe.run(doc)
    except ValueError as err:
        return type(err), str(err), doc.text, doc._log.counts()
    stats = probe.stats.filters["<lambda>"]
    return (doc.text, [r.to_json() for r in doc.removed], stats.rules, stats.chars_removed,
            doc.alignment.orig_hull(0, len(doc.text)))


@given(st.text(st.sampled_from("正文a\n　後"), min_size=1, max_size=30), st.data())
def test_column_deletions_apply_as_the_edit_list_does(text: str, data: st.DataObject) -> None:
    spans = data.draw(_deletion_spans(len(text)))
    rules = [data.draw(st.sampled_from(["r", "s"])) for _ in spans]
    reasons = [f"why {k}" for k in range(len(spans))]
    asked: list[int] = []

    def lazy() -> list[str]:
        asked.append(1)
        return reasons

    starts, ends = [s for s, _e in spans], [e for _s, e in spans]
    edits = Edit.deletions(starts, ends, rules, reasons)
    batch = govtext.edits.Deletions(starts, ends, rules, lazy)
    assert _outcome(Document.from_text(text), batch) == _outcome(Document.from_text(text), edits)
    assert batch == edits and list(batch) == edits and len(batch) == len(edits)


@given(st.text(st.sampled_from("正文a\n　後"), min_size=1, max_size=30), st.data())
def test_edit_columns_apply_as_the_edit_list_does(text: str, data: st.DataObject) -> None:
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text) + 1), st.integers(0, 3),
                                         st.sampled_from(["", "x", "后来"])), max_size=8))
    spans = [(s, s + w, r) for s, w, r in spans if w or r]  # an edit must change something
    starts, ends, repls = [s for s, _e, _r in spans], [e for _s, e, _r in spans], [r for _s, _e, r in spans]
    rules = ["r"] * len(spans)
    reasons = [f"why {k}" for k in range(len(spans))]
    edits = [Edit(*cols, "f") for cols in zip(starts, ends, repls, rules, reasons, strict=True)]
    batch = govtext.edits.EditColumns(starts, ends, repls, rules, lambda: reasons, filter="f")
    assert _outcome(Document.from_text(text), batch) == _outcome(Document.from_text(text), edits)
    assert batch == edits and len(batch) == len(edits)


def test_deletions_with_kept_pieces_apply_as_without() -> None:
    text = "世紀(jì)網(wǎng)"
    plain = Deletions.unchecked([2, 7], [6, 13], ["r", "r"], ["a", "b"])
    kept = Deletions.unchecked([2, 7], [6, 13], ["r", "r"], ["a", "b"], kept=["世紀", "網", ""])
    assert _outcome(Document.from_text(text), kept) == _outcome(Document.from_text(text), plain)
    with pytest.raises(ValueError):
        Deletions.unchecked([2], [6], ["r"], ["a"], kept=["世紀"])


def test_edit_columns_check_every_edit() -> None:
    with pytest.raises(ValueError, match="must change something"):
        govtext.edits.EditColumns([0, 3], [1, 3], ["", ""], ["r", "r"], ["a", "b"])
    with pytest.raises(ValueError, match="invalid edit span"):
        govtext.edits.EditColumns([2], [1], ["x"], ["r"], ["a"])
    with pytest.raises(ValueError, match="one reason per edit"):
        list(govtext.edits.EditColumns([0], [1], ["x"], ["r"], lambda: []))


def test_column_deletions_make_their_reasons_only_when_read() -> None:
    asked: list[int] = []

    def lazy() -> list[str]:
        asked.append(1)
        return ["a", "b"]

    doc = Document.from_text("abcdef")
    Pipeline([lambda d: govtext.edits.Deletions([0, 3], [1, 5], ["r", "r"], lazy)]).run(doc)
    assert doc.text == "bcf" and not asked
    assert [(r.text, r.reason, r.filter, r.source_span) for r in doc.removed] == [
        ("a", "a", "<lambda>", (0, 1)), ("de", "b", "<lambda>", (3, 5))]
    assert asked == [1]
    with pytest.raises(ValueError, match="invalid deletion span"):
        govtext.edits.Deletions([0, 3], [1, 3], ["r", "r"], lazy)


def test_overlap_errors_name_the_first_offending_pair() -> None:
    doc = Document.from_text("abcdefgh")
    edits = [Edit.delete(0, 2, rule="a", reason="x"), Edit.delete(1, 3, rule="b", reason="x"),
             Edit.delete(5, 9, rule="c", reason="x")]
    with pytest.raises(govtext.OverlappingEditsError, match=r"\[0, 2\) by f/a and \[1, 3\) by f/b"):
        doc.apply(edits, filter="f")
    with pytest.raises(ValueError, match="outside"):
        doc.apply(edits[2:], filter="f")
    assert doc.text == "abcdefgh" and doc.removed == []


# -- pipeline statistics ------------------------------------------------------------


def _reference_stats(doc: Document, n_rem: int, n_chg: int) -> FilterStats:
    """Per-rule counters computed from the record objects, as the pipeline used to."""
    st = FilterStats()
    new_rem, new_chg = doc.removed[n_rem:], doc.changes[n_chg:]
    if not new_rem and not new_chg:
        return st
    st.documents_touched += 1
    seen: set[str] = set()
    counted: list[tuple[str, bool, int]] = [(r.rule, True, len(r.text)) for r in new_rem]
    counted += [(c.rule, False, max(len(c.old), len(c.new))) for c in new_chg]
    for rule, removal, width in counted:
        rs = st.rules.setdefault(rule, RuleStats())
        if removal:
            rs.removals += 1
            rs.chars_removed += width
            st.chars_removed += width
        else:
            rs.changes += 1
            rs.chars_changed += width
            st.chars_changed += width
        if rule not in seen:
            seen.add(rule)
            rs.documents += 1
    return st


def test_pipeline_statistics_match_the_records() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    pipe = govtext.default_pipeline(govtext.CleanOptions())
    texts = [*_corpus_texts()[:4], "國(guó)家(jiā)\n甲(de) 乙 \n\n\n丙", "正文。"]
    for text in texts:
        for f in pipe.filters:
            name = govtext.pipeline.filter_name(f)
            doc = Document.from_text(text)
            before = len(doc.removed), len(doc.changes)
            probe = Pipeline([f])
            probe.run(doc)
            got = probe.stats.filters[name]
            want = _reference_stats(doc, *before)
            assert (got.documents_touched, got.chars_removed, got.chars_changed, got.rules) == (
                want.documents_touched, want.chars_removed, want.chars_changed, want.rules), name
            assert list(got.rules) == list(want.rules)


@given(st.integers(1, 60), st.data())
def test_hull_from_slices_match_a_walk_over_the_pieces(n: int, data: st.DataObject) -> None:
    from bisect import bisect_right

    align = Alignment.identity(n)
    for _ in range(data.draw(st.integers(1, 4))):
        align = align.apply_columns(*data.draw(_columns(align.length)), "d")[0]
    if not align.length:
        return
    start = data.draw(st.integers(0, align.length - 1))
    end = data.draw(st.integers(start + 1, align.length))
    pieces = list(align.pieces(start, end))
    want = (min(p[3] for p in pieces), max(p[3] + p[4] for p in pieces),
            max(bisect_right(align.starts, end) - 1, 0) if end < align.length else len(align) - 1,
            all(p[2] == 0 for p in pieces), {p[5] for p in pieces})
    assert align._hull_from(data.draw(st.integers(0, align._run_at(start))), start, end) == want


# -- script: whole-region conversion of Traditional text --------------------------

_SCRIPT_ALPHABET = "國務院關於發展的后来後來乾隆皇帝頭髮慰藉著消沈意志国务 a1。\n"


@given(st.text(st.sampled_from(_SCRIPT_ALPHABET), max_size=60), st.sampled_from([4096, 6]),
       st.sampled_from(["t2s", "tw2sp"]))
def test_dense_conversion_gives_the_line_by_line_edits(text: str, max_segment: int, config: str) -> None:
    from govtext.script.convert import ScriptConfig, _dense_edits, _Plan, _plan_edits
    from govtext.script.phrases import load_phrases

    plan = _Plan(ScriptConfig(config=config, max_segment=max_segment), load_phrases(()))
    first = plan.find(text, 0, len(text))
    if first < 0:
        return
    dense = _dense_edits(plan, text, first)
    by_line = sorted(_plan_edits(plan, text, first), key=lambda e: e.start)
    if dense is not None:
        assert dense == by_line
    else:
        assert max_segment == 6


def test_dense_conversion_matches_on_the_benchmark_corpus() -> None:
    import sys

    from govtext.script.convert import ScriptConfig, _dense_edits, _Plan, _plan_edits
    from govtext.script.phrases import load_phrases

    sys.path.insert(0, str(ROOT))
    plan = _Plan(ScriptConfig(), load_phrases(()))
    for text in _corpus_texts():
        first = plan.find(text, 0, len(text))
        assert first >= 0
        assert _dense_edits(plan, text, first) == sorted(_plan_edits(plan, text, first), key=lambda e: e.start)


def test_pipeline_pauses_the_garbage_collector_only_while_it_runs() -> None:
    import gc

    seen: list[bool] = []

    def probe(doc: Document) -> None:
        seen.append(gc.isenabled())

    def boom(doc: Document) -> None:
        raise RuntimeError("filter failed")

    assert gc.isenabled()
    Pipeline([probe])("正文")
    assert seen == [False] and gc.isenabled()
    with pytest.raises(RuntimeError):
        Pipeline([boom])("正文")
    assert gc.isenabled()
    gc.disable()
    try:
        Pipeline([probe])("正文")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("cuts", [[(1, 2), (2, 4), (5, 6), (6, 7)], [(0, 1), (1, 2)], [(3, 4), (6, 8), (9, 10)],
                                  [(0, 10)], [(2, 3), (4, 5)]])
def test_bulk_deletions_with_adjacent_and_edge_spans(cuts: list[tuple[int, int]]) -> None:
    base = Alignment.identity(4).apply([(2, 3, "xyz", "f")])  # runs: identity, block, identity
    for align in (Alignment.identity(10), base, Alignment.identity(10).apply([(5, 5, "ab", "g")])):
        starts, ends = [a for a, _b in cuts], [b for _a, b in cuts]
        repls, rules = [""] * len(cuts), ["d"] * len(cuts)
        if max(ends) > align.length:
            continue
        fast, fast_hulls = align.apply_columns(starts, ends, repls, rules)
        slow, slow_hulls = align.apply_columns(starts, ends, repls, rules, bulk=False)
        assert (list(fast.runs()), fast_hulls) == (list(slow.runs()), slow_hulls)


@given(st.text(st.sampled_from("國發後來关于国发后来的 \n"), max_size=80), st.sampled_from([1, 3, 2048]))
def test_script_label_counting_in_chunks_matches_full_counts(text: str, chunk: int) -> None:
    from govtext.script import detect

    trad, simp = detect._patterns()
    saved = detect._CHUNK
    detect._CHUNK = chunk
    try:
        got = detect._label(text, trad, simp)
    finally:
        detect._CHUNK = saved
    assert got == detect.count_script_chars(text).label
    if trad.search(text) is not None:
        assert detect.detect_script(text) == got
