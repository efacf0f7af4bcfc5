"""Corruption flagging: case file, the seed-001 spans, and raw-byte U+FFFD."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opencc import OpenCC

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


def test_a_warning_quotes_the_flagged_span_with_its_neighbours() -> None:
    """A lone ``?o`` says little: the message quotes up to three characters of
    its line on each side (a reader, or a label, names the garble with them)."""
    doc = govtext.Document.from_text("第一行\n农业要永续?o展，必须让年轻人回乡。")
    CorruptionFlagger()(doc)
    (w,) = doc.warnings
    assert w.text == "?o"
    assert w.message.endswith("in context: 要永续?o展，必")


def test_garble_in_a_simplified_page_is_not_script_converted() -> None:
    """``：“各地`` read as GBK holds 滃, which t2s would turn into 滃's
    Simplified form: in a Simplified page the flagged garble stays as scraped
    (converting it repairs nothing); the Traditional words around are converted."""
    garble = "：“各地".encode().decode("gbk", "replace")
    assert OpenCC("t2s").convert(garble) != garble
    text = ("县政府召开安全生产工作会议，会议强调，要压实各方责任。\n"
            "　　县长在会上指出" + garble + "要立即开展隐患排查，對發現的問題及時整改。\n"
            "　　会议还对近期重点工作作了部署，要求各单位认真抓好落实。")
    doc = govtext.clean(text)
    assert garble in doc.text and "对发现的问题及时整改" in doc.text
    assert any(w.kind == "corrupt-text" and w.text == garble for w in doc.warnings)


GOVERNMENT = sorted((Path(__file__).parent / "cases" / "blocks" / "government").glob("*.txt"))


@pytest.mark.parametrize("path", GOVERNMENT, ids=[p.stem[:6] for p in GOVERNMENT])
def test_clean_government_documents_raise_no_corruption_warning(path: Path) -> None:
    """The clean documents are false-positive probes for the flagger too:
    half-width question marks ending questions (gov_26: ``在哪里缴费?``,
    ``还是回户籍地参保?``, ``还要交吗??``), URLs with ``?id=``, English in
    brackets (gov_27) are no corruption."""
    doc = govtext.clean(path.read_text(encoding="utf-8"))
    assert [w.text for w in doc.warnings if w.kind == "corrupt-text"] == []


@pytest.mark.parametrize(("credit", "source"), [
    ("来源：县农业农村\ufffd\ufffd", None),
    ("来源：县农业农村局", "县农业农村局"),
])
def test_a_garbled_credit_names_no_source(credit: str, source: str | None) -> None:
    """A source or author holding U+FFFD (its characters lost on the way) is
    not taken: a wrong name is worse than none; the line is still flagged."""
    page = (f"县农业农村局开展春季农资打假专项行动\n发布时间：2026-03-05　{credit}\n"
            "　　为保障春耕生产用种用肥安全，县农业农村局近日联合市场监管部门开展农资打假专项行动。\n"
            "　　行动期间共检查农资经营门店四十六家，抽检种子、化肥样品二十批次。\n")
    doc = govtext.clean(page)
    assert doc.metadata["source"] == source and doc.metadata["date"] == "2026-03-05"
    assert any(w.kind == "corrupt-text" for w in doc.warnings) == (source is None)
