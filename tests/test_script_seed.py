"""Seed 001 (Traditional with injected pinyin) comes out as annotation-free Simplified text."""

from __future__ import annotations

import re

import opencc
import pytest

from govtext import Document, Pipeline
from govtext.filters.characters import CharacterNormalizer
from govtext.script.annotations import AnnotationStripper
from govtext.script.convert import ScriptConverter
from tests.corpus import gold_files, load_gold, requires_corpus, seed_lines, seed_path

# The scorer's view of an annotation: any letters in brackets (used on gold lines only).
_SCORER_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]")


def _annotated_gold() -> list[dict[str, object]]:
    return [g for g in (load_gold(p) for p in gold_files()) if "pinyin" in str(g.get("script", ""))]


@requires_corpus
def test_corpus_has_an_annotated_traditional_seed() -> None:
    assert _annotated_gold()


@requires_corpus
@pytest.mark.parametrize("gold", _annotated_gold(), ids=lambda g: str(g["file"]))
def test_annotated_seed_becomes_clean_simplified(gold: dict[str, object]) -> None:
    t2s = opencc.OpenCC("t2s").convert
    raw = seed_path(gold).read_bytes()
    doc = Pipeline([CharacterNormalizer(), AnnotationStripper(), ScriptConverter()])(raw, id="seed")
    assert doc.metadata["script"] == "traditional"
    out_lines = set(doc.text.split("\n"))
    lines = seed_lines(gold)
    labels = gold["lines"]
    assert isinstance(labels, dict)
    body = [int(n) for n, label in labels.items() if label == "body"]
    assert body
    for num in body:
        want = t2s(_SCORER_PINYIN.sub("", lines[num - 1]))
        assert want in out_lines, f"body line {num} not intact"
    # no annotation survives anywhere, and no Traditional character is left in the body
    assert not re.search(r"[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", doc.text)
    assert ScriptConverter()(Document.from_text(doc.text)) == []
    # every removal is a recorded annotation with its bytes, and real brackets stay
    assert all(r.rule == "pinyin-annotation" and raw[r.source_span[0]:r.source_span[1]].decode() == r.text
               for r in doc.removed)
    assert "低(零)碳" in doc.text and "(全文)" in doc.text
