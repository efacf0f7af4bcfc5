"""The rejoin filters against the gold labels of the shared corpus: every gold
join made, every gold marker removed and recorded, no other line joined."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import govtext
from govtext import Document
from tests.corpus import gold_files, load_gold, requires_corpus, seed_lines, seed_path
from tests.test_rejoin_cases import rejoin_pipeline

pytestmark = requires_corpus

GOLD = gold_files()


def _clean_lines(gold: dict[str, Any]) -> tuple[Document, list[str]]:
    doc = rejoin_pipeline()("\n".join(seed_lines(gold)))
    return doc, [line.strip(" \u3000\xa0") for line in doc.text.split("\n")]


def _expected_line(gold: dict[str, Any], number: int) -> str:
    line = seed_lines(gold)[number - 1]
    for marker in gold.get("markers", []):
        line = line.replace(marker["text"], "")
    return line.strip(" \u3000\xa0\t")


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_joins_are_made_and_nothing_else_is_joined(path: Path) -> None:
    gold = load_gold(path)
    _doc, out = _clean_lines(gold)
    joins = [tuple(j) for j in gold.get("joins", [])]
    in_join = {n for j in joins for n in j}
    for a, b in joins:
        assert _expected_line(gold, a) + _expected_line(gold, b) in out, (path.stem, a, b)
    kept = [int(n) for n, label in gold["lines"].items()
            if label in ("body", "title") and int(n) not in in_join]
    for n in kept:
        want = _expected_line(gold, n)
        assert want in out, f"{path.stem}: line {n} was joined to another line or changed: {want[:30]}"


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_markers_are_removed_and_recorded(path: Path) -> None:
    gold = load_gold(path)
    doc, _out = _clean_lines(gold)
    for marker in gold.get("markers", []):
        assert marker["text"] not in doc.text
        key = "continues_from_page" if marker["kind"] == "continued-from" else "continues_to_page"
        assert doc.metadata[key] == marker["page"]
        removed = [r for r in doc.removed if r.rule == marker["kind"]]
        assert [r.text.strip() for r in removed] == [marker["text"]]
        assert removed[0].line == marker["line"]
    if not gold.get("markers"):
        assert not [r for r in doc.removed if r.filter in ("markers", "furniture")]


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_full_pipeline_joins_exactly_the_gold_joins(path: Path) -> None:
    """Through the whole default pipeline (other filters may remove noise first),
    the only paragraph joins are the gold ones, and each cites its input line."""
    gold = load_gold(path)
    doc = govtext.clean(seed_path(gold).read_bytes(), id=str(path))
    joined_lines = sorted(r.line for r in doc.removed + doc.changes if r.rule == "paragraph-join")
    want = sorted(a for a, _b in gold.get("joins", []))
    # a join whose both lines are optional (an editorial summary) is tolerated
    optional = {int(n) for n, label in gold["lines"].items() if label.startswith(("optional", "noise"))}
    assert [n for n in joined_lines if n not in optional] == want
