"""Regression tests for fixes to the foundation (document, pipeline, CLI, ...)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st


def test_cli_reports_an_invalid_rules_file_as_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --rules file that parses but is invalid exited with a traceback (cli.run_clean)."""
    from govtext.cli import main

    rules = tmp_path / "bad.toml"
    rules.write_text("version = 99\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("正文。\n", encoding="utf-8")
    assert main(["clean", "--rules", str(rules), str(page)]) == 2
    err = capsys.readouterr().err
    assert "unsupported rule format version 99" in err and "Traceback" not in err


def test_document_copy_is_independent_and_keeps_provenance() -> None:
    """Document.copy (added for govtext.stitch, which must not change its inputs)."""
    from govtext import Document, Edit

    doc = Document.from_text("（上接第1版）正文。")
    doc.apply([Edit.delete(0, 7, rule="continued-from", reason="marker", filter="markers")])
    doc.set_page(0, 2)
    doc.annotations["markers"] = [{"page": 1}]
    twin = doc.copy()
    twin.apply([Edit.delete(0, 1, rule="x", reason="y", filter="z")])
    twin.warn("w", 0, 1, "m")
    twin.metadata["title"] = "标题"
    twin.annotations["markers"][0]["page"] = 9
    twin.set_page(3, 4)
    assert (doc.text, len(doc.removed), doc.warnings, doc.metadata["title"]) == ("正文。", 1, [], None)
    assert doc.annotations == {"markers": [{"page": 1}]} and doc.pages == [(0, 2)]
    assert twin.text == "文。" and twin.source_spans(0, 1) == doc.source_spans(1, 2)
    assert [f.page for f in doc.copy().fragments()] == [2]


# -- the fast paths of Document.apply, Alignment and fragments (issue 7) ------------------


@st.composite
def _edit_batches(draw: st.DrawFn, length: int) -> list[tuple[int, int, str, str]]:
    """Sorted, non-overlapping edits ``(start, end, replacement, filter)`` on a text of ``length``."""
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=12)))
    edits: list[tuple[int, int, str, str]] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        repl = draw(st.sampled_from(["", "x", "yz", "一二三"]))
        if a == b and not repl:
            continue
        if a == b and edits and edits[-1][0] == edits[-1][1] == a:
            continue  # two insertions at one place overlap
        edits.append((a, b, repl, draw(st.sampled_from(["f", "g"]))))
    return edits


@given(st.integers(1, 60), st.data())
def test_alignment_apply_tracked_matches_orig_hull_and_keeps_runs_merged(n: int, data: st.DataObject) -> None:
    """apply_tracked walks the runs once (hulls, bulk copies of untouched runs): each
    hull must equal orig_hull before the edits, untouched characters keep their
    origin, and the runs stay merged as _push would leave them."""
    from govtext.alignment import Alignment

    align = Alignment.identity(n)
    for _ in range(data.draw(st.integers(1, 4))):
        edits = data.draw(_edit_batches(align.length))
        new, hulls = align.apply_tracked(edits)
        assert hulls == [align.orig_hull(s, e) for s, e, _r, _f in edits]
        shift, cursor = 0, 0
        for s, e, r, _f in edits:  # characters between edits keep their origin
            for pos in range(cursor, s):
                assert new.orig_start(pos + shift) == align.orig_start(pos)
            shift += len(r) - (e - s)
            cursor = e
        for pos in range(cursor, align.length):
            assert new.orig_start(pos + shift) == align.orig_start(pos)
        rebuilt = Alignment()
        for _s, ln, kind, os_, ol, tag in new.runs():
            rebuilt._push(ln, kind, os_, ol, tag)
        assert list(rebuilt.runs()) == list(new.runs())
        align = new


@given(st.lists(st.sampled_from(["正文", "a", "\n", "　", "後", "\u00e9"]), max_size=40), st.data())
def test_fragments_fast_path_matches_the_general_one(parts: list[str], data: st.DataObject) -> None:
    """fragments() takes a shortcut for a line inside one run; it must give what
    the general per-line walk gives, and byte ranges read in any order agree."""
    from govtext import Document, Edit, Fragment
    from govtext.decoding import Decoder
    from govtext.sourcemap import SourceText

    text = "".join(parts)
    doc = Document.from_bytes(text.encode("gb18030" if data.draw(st.booleans()) else "utf-8"))
    Decoder()(doc)
    edits = data.draw(_edit_batches(len(doc.text)))
    doc.apply([Edit(s, e, r, "rule", "reason", f) for s, e, r, f in edits])
    general: list[Fragment] = []
    pos = 0
    for line in doc.text.split("\n"):
        if line:
            doc._line_fragments(pos, pos + len(line), doc.origin, general)
        pos += len(line) + 1
    assert doc.fragments() == general
    fresh = SourceText(doc.origin.text, doc.origin.segments)
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(fresh.text)), st.integers(0, 3)), max_size=8))
    for a, w in spans:
        b = min(a + w, len(fresh.text))
        assert doc.origin.byte_range(a, b) == SourceText(fresh.text, fresh.segments).byte_range(a, b)
