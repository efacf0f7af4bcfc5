"""The block classifier over the development corpus gold labels.

Seeds are converted to Simplified script here (opencc t2s, pinyin
annotations stripped), as the default pipeline does before the block step.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from opencc import OpenCC

from govtext.blocks.classify import classify
from govtext.blocks.segment import segment
from govtext.presets import default_pipeline
from tests.corpus import gold_files, load_gold, requires_corpus, seed_lines, seed_path

PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]")
_T2S = OpenCC("t2s")
GOLD = gold_files()


def _simplified(text: str) -> str:
    return str(_T2S.convert(PINYIN.sub("", text)))


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", _simplified(text)))


def _labels(gold: dict[str, Any]) -> list[tuple[int, str, str, str]]:
    """(line, gold label, our label, rule) for every labelled line."""
    text = _simplified("\n".join(seed_lines(gold)))
    blocks = segment(text)
    result = classify([b.stripped for b in blocks])
    out = []
    for b, lab in zip(blocks, result.labels, strict=True):
        line = text.count("\n", 0, b.start) + 1
        want = gold["lines"].get(str(line))
        if want is not None:
            out.append((line, want, lab.label, lab.rule))
    return out


@requires_corpus
@pytest.mark.parametrize("path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_no_gold_body_line_is_removed(path: Path) -> None:
    bad = [r for r in _labels(load_gold(path)) if r[1] == "body" and r[2] not in ("body", "heading")]
    assert not bad


@requires_corpus
@pytest.mark.parametrize("path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_gold_noise_lines_are_removed(path: Path) -> None:
    rows = [r for r in _labels(load_gold(path)) if r[1].startswith("noise")]
    kept = [r for r in rows if r[2] in ("body", "heading", "title", "caption")]
    assert not kept, f"{len(rows) - len(kept)}/{len(rows)} noise lines removed; kept: {kept}"


@requires_corpus
@pytest.mark.parametrize("path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_gold_metadata_is_exact(path: Path) -> None:
    gold = load_gold(path)
    result = classify([b.stripped for b in segment(_simplified("\n".join(seed_lines(gold))))])
    for key in ("title", "date", "source", "author"):
        want = gold["metadata"].get(key)
        assert result.metadata.get(key) == (_simplified(want) if want else None), key


@requires_corpus
@pytest.mark.parametrize("path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_pipeline_never_removes_a_gold_body_line(path: Path) -> None:
    """Property over the gold labels: no block-filter removal holds a body line."""
    gold = load_gold(path)
    lines = seed_lines(gold)
    body = [_norm(lines[int(n) - 1]) for n, lab in gold["lines"].items() if lab == "body"]
    doc = default_pipeline()(seed_path(gold).read_bytes(), id=str(seed_path(gold)))
    for r in doc.removed:
        if r.filter != "blocks":
            continue
        removed = _norm(r.text)
        assert removed, r
        assert not any(b in removed for b in body if b), (r.rule, r.text)
