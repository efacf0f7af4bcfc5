"""Data-driven block classification cases (tests/cases/blocks/documents.toml)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from govtext import Document
from govtext.blocks.classify import classify
from govtext.blocks.filter import BlockFilter
from govtext.blocks.segment import segment

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "cases" / "blocks" / "documents.toml").read_text(encoding="utf-8")
)["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"][:60] for c in CASES])
def test_labels(case: dict[str, Any]) -> None:
    blocks = segment(case["text"])
    result = classify([b.stripped for b in blocks])
    got = [lab.label for lab in result.labels]
    table = "\n".join(f"{g:14} {w:14} {b.stripped[:40]}" for g, w, b in zip(got, case["labels"], blocks, strict=False))
    assert got == case["labels"], "got / want:\n" + table


@pytest.mark.parametrize("case", [c for c in CASES if "metadata" in c], ids=lambda c: c["name"][:60])
def test_metadata(case: dict[str, Any]) -> None:
    doc = Document.from_text(case["text"])
    BlockFilter()(doc)
    for key, want in case["metadata"].items():
        assert doc.metadata[key] == want, key
    for key in case.get("absent", []):  # fields the page must not give (a credit that names no one)
        assert doc.metadata.get(key) is None, key


@pytest.mark.parametrize("case", CASES, ids=[c["name"][:60] for c in CASES])
def test_filter_removes_exactly_the_removed_labels(case: dict[str, Any]) -> None:
    doc = Document.from_text(case["text"])
    BlockFilter()(doc)
    kept = {"body", "heading", "title", "caption"}
    lines = [b.stripped for b in segment(case["text"])]
    for line, label in zip(lines, case["labels"], strict=True):
        assert (line in doc.text) == (label in kept), (label, line)
    assert all(r.filter == "blocks" and "/" in r.rule and r.reason for r in doc.removed)
    assert len(doc.removed) == sum(label not in kept for label in case["labels"])


def test_explain_shows_each_block_removal_with_rule_and_reason() -> None:
    from govtext import clean, explain

    case = CASES[0]
    report = explain(clean(case["text"]))
    assert "blocks/breadcrumb/location-label" in report and "matched “您现在的位置”" in report
    assert "blocks/footer/registration" in report and "ICP备" in report
    assert "metadata: " in report and "doc_number=安政办发〔2024〕12号" in report


def test_annotations_keep_every_label() -> None:
    doc = Document.from_text(CASES[0]["text"])
    BlockFilter()(doc)
    notes = doc.annotations["blocks"]
    assert [n["label"] for n in notes] == CASES[0]["labels"]
    assert all(n["kept"] == (n["label"] in {"body", "heading", "title", "caption"}) for n in notes)


@pytest.mark.parametrize("case", CASES[:4], ids=[c["name"][:60] for c in CASES[:4]])
def test_traditional_pages_without_conversion(case: dict[str, Any]) -> None:
    """With script conversion off, Traditional pages lose the same boilerplate."""
    from opencc import OpenCC

    from govtext.blocks.filter import BlocksConfig

    text = OpenCC("s2t").convert(case["text"])
    doc = Document.from_text(text)
    BlockFilter(BlocksConfig(traditional=True))(doc)
    kept = {"body", "heading", "title", "caption"}
    for b, label in zip(segment(text), case["labels"], strict=True):
        assert (b.stripped in doc.text) == (label in kept), (label, b.stripped)
