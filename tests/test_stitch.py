"""govtext.stitch: order independence, provenance of stitched documents, ties,
inputs left untouched, and ``govtext clean --stitch``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, stitch
from govtext.cli import EXIT_OK, main
from tests.test_rejoin_cases import CASES, rejoin_pipeline

STITCH_CASES = [p for p in CASES if "documents" in json.loads(p.read_text(encoding="utf-8"))]


def _page_sets() -> list[list[tuple[str, str]]]:
    """The pages of each stitching case (one edition each)."""
    out = []
    for path in STITCH_CASES:
        docs = json.loads(path.read_text(encoding="utf-8"))["documents"]
        out.append([(d["id"], "\n".join(d["lines"])) for d in docs])
    return out


PAGE_SETS = _page_sets()
PAGES = [p for pages in PAGE_SETS for p in pages]
"""All the cases' pages at once: several editions mixed, with real ties."""


def _cleaned(pages: list[tuple[str, str]]) -> list[Document]:
    pipe = rejoin_pipeline()
    return [pipe(text, id=doc_id) for doc_id, text in pages]


def _signature(doc: Document) -> tuple[Any, ...]:
    return (
        doc.id,
        doc.text,
        [f.to_json() for f in doc.fragments()],
        sorted(doc.metadata.items(), key=lambda kv: kv[0]),
        [w.to_json() for w in doc.warnings],
        [r.to_json() for r in doc.removed],
        doc.pages,
    )


EXPECTED = [[_signature(d) for d in stitch(_cleaned(pages))] for pages in [*PAGE_SETS, PAGES]]


def test_there_is_something_to_stitch() -> None:
    assert len(PAGE_SETS) >= 3
    assert len({doc_id for doc_id, _text in PAGES}) == len(PAGES)  # ids are unique across cases
    assert sum(d[0].count("+") for sigs in EXPECTED[:-1] for d in sigs) >= 4


@given(st.data())
def test_stitching_does_not_depend_on_input_order(data: st.DataObject) -> None:
    which = data.draw(st.integers(min_value=0, max_value=len(PAGE_SETS)), label="edition")
    pages = [*PAGE_SETS, PAGES][which]
    shuffled = data.draw(st.permutations(pages), label="order")
    assert [_signature(d) for d in stitch(_cleaned(shuffled))] == EXPECTED[which]


@given(st.permutations(PAGES))
def test_stitched_fragments_cite_their_inputs_exactly(pages: list[tuple[str, str]]) -> None:
    docs = _cleaned(pages)
    data = {d.id: d.sources[0].data for d in docs}
    for doc in [*stitch(docs), *(d for ps in PAGE_SETS for d in stitch(_cleaned(ps)))]:
        if not doc.stitched:
            continue
        cited = set()
        for f in doc.fragments():
            for _b0, _b1, *source in f.source_spans:
                cited.add(source[0])
            if len(f.source_spans) == 1:
                b0, b1, source_id = f.source_spans[0]  # type: ignore[misc]
                assert data[source_id][b0:b1].decode("utf-8") == doc.text[f.start : f.end]
        assert cited == {s.id for s in doc.sources}


def test_inputs_are_not_changed_and_stitching_twice_gives_the_same() -> None:
    docs = _cleaned(PAGES)
    before = [_signature(d) for d in docs]
    first = [_signature(d) for d in stitch(docs)]
    assert [_signature(d) for d in docs] == before
    assert [_signature(d) for d in stitch(docs)] == first


def test_a_tie_nothing_breaks_is_not_guessed() -> None:
    pages = [
        ("a1", "今年以来，全市新开工项目86个。项目涵盖先进制造、现代服务等领域，\n（下转第3版）"),
        ("a2", "春耕时节，各地组织农技人员深入田间。他们指导农户科学施肥，\n（下转第3版）"),
        ("b1", "（上接第1版）总投资412亿元。"),
        ("b2", "（上接第1版）合理用药。"),
    ]
    out = stitch(_cleaned(pages))
    assert [d.id for d in out] == ["a1", "a2", "b1", "b2"]
    for d in out:
        assert [w.kind for w in d.warnings] == ["unmatched-continuation"]
        assert "more than one" in d.warnings[0].message


def test_documents_without_markers_pass_through() -> None:
    docs = _cleaned([("x", "第一篇正文。"), ("y", "第二篇正文。")])
    out = stitch(docs)
    assert [(d.id, d.text, d.warnings) for d in out] == [("x", "第一篇正文。", []), ("y", "第二篇正文。", [])]
    assert out[0] is not docs[0]


def test_cut_between_paragraphs_keeps_the_paragraph_break() -> None:
    pages = [("p1", "　　第一段已经说完。\n（下转第2版）"), ("p2", "（上接第1版）\n　　第二段另起一行。")]
    out = stitch(_cleaned(pages))
    assert [d.text for d in out] == ["　　第一段已经说完。\n\n　　第二段另起一行。"]
    assert [f.page for f in out[0].fragments()] == [1, 2]


def test_cli_stitch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "p1.txt").write_text(
        "我市召开推进大会\n会议强调，要坚持项目为王。全力以赴抓招商、扩投资、\n（下转第2版）\n", encoding="utf-8")
    (tmp_path / "p2.txt").write_text("（上接第1版）\n稳增长，确保经济实现开门红。\n", encoding="utf-8")
    (tmp_path / "p3.txt").write_text("（上接第5版）\n另一篇文章的后半部分。\n", encoding="utf-8")
    code = main(["clean", "--stitch", "--format", "jsonl", str(tmp_path)])
    out, _err = capsys.readouterr()
    assert code == EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["id"].split("+")[0]).name for r in records] == ["p1.txt", "p3.txt"]
    assert records[0]["id"].endswith("p2.txt")
    assert "扩投资、稳增长，确保经济实现开门红。" in records[0]["text"]
    assert records[1]["metadata"]["continues_from_page"] == 5
    assert [w["kind"] for w in records[1]["warnings"]] == ["unmatched-continuation"]
