"""Corruption flagging: case file, the seed-001 spans, and raw-byte U+FFFD."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import govtext
from govtext.decoding import CorruptionConfig, CorruptionFlagger, Decoder
from govtext.decoding.corruption import find_high_bit_repairs
from tests.corpus import gold_files, load_gold, requires_corpus, seed_path

CASES = json.loads((Path(__file__).parent / "cases" / "decoding" / "corruption.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["label"])
def test_corruption_case(case: dict[str, object]) -> None:
    doc = govtext.Document.from_text(str(case["input"]))
    CorruptionFlagger()(doc)
    assert [w.text for w in doc.warnings] == case["warnings"]
    assert all(w.kind == "corrupt-text" and w.message for w in doc.warnings)
    assert doc.text == case["output"]


def test_high_bit_repair_when_enabled_records_how() -> None:
    doc = govtext.Document.from_text("加快建设?;I建保障性住房。")
    CorruptionFlagger(CorruptionConfig(repair_high_bit=True))(doc)
    assert doc.text == "加快建设?籌建保障性住房。"
    (change,) = doc.changes
    assert change.rule == "gbk-lost-high-bit" and "BB 49" in change.reason


def test_high_bit_needs_a_lost_byte_before_it() -> None:
    assert find_high_bit_repairs("城市;I建") == []
    assert find_high_bit_repairs("中国:A股") == []


def test_raw_byte_replacement_chars_are_not_reported_twice() -> None:
    doc = govtext.Document.from_bytes("第一条".encode("gbk") + b"\xff\xff" + "第二条内容".encode("gbk"))
    Decoder()(doc)
    CorruptionFlagger()(doc)
    assert [w.kind for w in doc.warnings] == ["undecodable-bytes"]


@pytest.mark.parametrize(("data", "flagged"), [
    # 站、C (D5BE A1A2 43) less its first byte: BEA1 reads 尽, A243 a user-defined GBK code
    ("　　全县所有供应站、CNG加气站及餐饮场所均已完成排查。".encode("gbk").replace(b"\xd5\xbe\xa1", b"\xbe\xa1"), ["\ue529"]),
    # a GBK user-defined code (AAA1) for a name the site drew itself
    ("　　本案由法官陈".encode("gbk") + b"\xaa\xa1" + "审理，定于下月宣判。".encode("gbk"), ["\ue000"]),
    # an icon font's private-use character in a UTF-8 page is no corruption
    ("\uf095 咨询电话：0731-12345678。".encode(), []),
])
def test_private_use_characters_of_legacy_codecs_are_flagged(data: bytes, flagged: list[str]) -> None:
    doc = govtext.clean(data)
    assert [w.text for w in doc.warnings if w.kind == "corrupt-text"] == flagged
    for w in doc.warnings:
        assert "private-use" in w.message and len(data[w.source_span[0]:w.source_span[1]]) == 2


@requires_corpus
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: Path(p).stem)
def test_gold_corrupt_spans_are_repaired_or_flagged(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    doc = govtext.clean(seed_path(gold))
    warned = [w.text for w in doc.warnings]
    for bad in gold.get("corrupt", []):
        assert bad["text"] not in doc.text or any(bad["text"][:3] in w for w in warned), bad


@requires_corpus
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: Path(p).stem)
def test_clean_seeds_have_no_corruption_warnings(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    doc = govtext.clean(seed_path(gold))
    flagged = [w.text for w in doc.warnings if w.kind == "corrupt-text"]
    assert len(flagged) <= len(gold.get("corrupt", [])) + 1, flagged
