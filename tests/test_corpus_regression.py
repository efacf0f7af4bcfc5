"""The default pipeline over the shared development corpus keeps every gold body line."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

import govtext
from tests.corpus import gold_files, load_gold, requires_corpus, seed_lines, seed_path

ANNOTATION = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _expected(line: str, script: str) -> str:
    if "pinyin" in script:
        line = ANNOTATION.sub("", line)
    if script != "simplified":
        line = govtext.convert_script(line, "t2s")
    return _norm(line)


@requires_corpus
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: Path(p).stem)
def test_every_gold_body_line_is_kept(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    doc = govtext.clean(seed_path(gold))
    out = _norm(doc.text)
    lines = seed_lines(gold)
    markers = [m["text"] for m in gold.get("markers", [])]
    lost = []
    for num, label in gold["lines"].items():
        if label != "body":
            continue
        line = lines[int(num) - 1]
        for marker in markers:
            line = line.replace(marker, "")
        want = _expected(line, gold.get("script", "simplified"))
        if want and want not in out:
            lost.append(int(num))
    assert lost == [], f"body lines lost: {lost}"


@requires_corpus
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: Path(p).stem)
def test_corpus_record_spans_slice_back_to_source(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    data = seed_path(gold).read_bytes()
    doc = govtext.clean(data, id=str(seed_path(gold)))
    for frag in doc.fragments():
        for span in frag.source_spans:
            assert 0 <= span[0] <= span[1] <= len(data)
        if not frag.filters and len(frag.source_spans) == 1:
            s = frag.source_spans[0]
            assert data[s[0] : s[1]].decode(doc.metadata["encoding"]) == doc.text[frag.start : frag.end]
    for r in doc.removed:
        assert r.text.strip() == "" or r.text in data[r.source_span[0] : r.source_span[1]].decode("utf-8", "replace") \
            or r.filter != "whitespace"


@requires_corpus
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: Path(p).stem)
def test_cleaning_corpus_output_again_changes_nothing(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    once = govtext.clean(seed_path(gold)).text
    assert govtext.clean(once).text == once
