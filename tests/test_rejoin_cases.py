"""Data-driven cases for govtext.rejoin (tests/cases/rejoin/*.json, see its README)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from govtext import Change, Document, Pipeline, Removal, WhitespaceNormalizer, stitch
from govtext.rejoin import ContinuationMarkers, PageFurniture, ParagraphRejoiner

CASES = sorted((Path(__file__).parent / "cases" / "rejoin").glob("*.json"))
REJOIN_FILTERS = ("furniture", "markers", "rejoin", "stitch")


def rejoin_pipeline() -> Pipeline:
    """The rejoin steps as the default pipeline orders them, without the other areas' filters."""
    return Pipeline([WhitespaceNormalizer(), PageFurniture(), ContinuationMarkers(), ParagraphRejoiner(),
                     WhitespaceNormalizer()])


def check_document(doc: Document, want: dict[str, Any], case: str) -> None:
    assert doc.text.split("\n") == want["lines"], case
    for key, value in want.get("metadata", {}).items():
        assert doc.metadata.get(key) == value, (case, key)
    if "rules" in want:
        records: list[Removal | Change] = [*doc.removed, *doc.changes]
        got = Counter(r.rule for r in records if r.filter in REJOIN_FILTERS)
        assert dict(got) == want["rules"], case
    if "pages" in want:
        frags = [(doc.text[f.start : f.end], f.page) for f in doc.fragments()]
        assert len(frags) == len(want["pages"]), (case, frags)
        for (text, page), (prefix, want_page) in zip(frags, want["pages"], strict=True):
            assert text.startswith(prefix) and page == want_page, (case, text, page, prefix, want_page)
    if "warnings" in want:
        assert sorted(w.kind for w in doc.warnings) == want["warnings"], case
    if "sources" in want:
        cited = {s[2] for f in doc.fragments() for s in f.source_spans if len(s) == 3}
        assert cited == set(want["sources"]), case


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_rejoin_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    pipe = rejoin_pipeline()
    if "documents" in case:
        docs = [pipe("\n".join(d["lines"]), id=d["id"]) for d in case["documents"]]
        out = stitch(docs)
        assert [d.id for d in out] == [w["id"] for w in case["expected"]], path.stem
        for doc, want in zip(out, case["expected"], strict=True):
            check_document(doc, want, f"{path.stem}/{want['id']}")
    else:
        doc = pipe("\n".join(case["input"]))
        check_document(doc, dict(case, lines=case["expected"]), path.stem)
        # every text change of the rejoin filters is a recorded deletion with a reason
        assert all(r.reason for r in doc.removed)
        assert not [c for c in doc.changes if c.filter in REJOIN_FILTERS and c.new.strip()]


def test_cases_exist() -> None:
    assert len(CASES) >= 10


def test_a_block_tells_apart_a_bounded_number_of_column_widths() -> None:
    """Each column width of a block is looked for in the lines the others
    leave, so an unbounded search would redo the block once per width: at most
    ``_MAX_COLUMN_WIDTHS`` are told apart (ten columns of ten widths here, five
    found before the bound)."""
    from govtext.rejoin.paragraphs import _MAX_COLUMN_WIDTHS, ParagraphRejoiner, _Line

    han = "据介绍此次改造坚持一巷一策由街道社区组织居民议事会先后收集意见建议最终确定了管网路面照明等大类改造内容为了不影响居民出行"
    lines = [han[(c + j) % 20:(c + j) % 20 + 11 + 2 * c] + "，" for c in range(10) for j in range(3 + c)]
    found = ParagraphRejoiner()._wrapped_block([_Line(i, i, t) for i, t in enumerate(lines)])
    assert 2 <= len({width for width, _ in found.values()}) <= _MAX_COLUMN_WIDTHS
