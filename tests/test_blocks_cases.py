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
