"""Pinyin/zhuyin annotation stripping: cases and properties."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document
from govtext.script.annotations import (
    PINYIN_SYLLABLES,
    AnnotationConfig,
    AnnotationStripper,
    is_pinyin,
    is_zhuyin,
    split_pinyin,
    strip_annotations,
)

CASES = json.loads((Path(__file__).parent / "cases" / "script" / "annotations.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_annotation_case(case: dict[str, Any]) -> None:
    assert strip_annotations(case["input"]) == case["expected"]


def test_inventory_is_standard_mandarin() -> None:
    assert len(PINYIN_SYLLABLES) > 400
    for s in ("zhuang", "lve", "er", "yong", "nv", "si", "ri"):
        assert s in PINYIN_SYLLABLES
    for s in ("app", "gdp", "zhiang", "bia", "fi", "www", "pm"):
        assert s not in PINYIN_SYLLABLES


def test_pinyin_and_zhuyin_recognisers() -> None:
    assert is_pinyin("jì") and is_pinyin("lǜ") and is_pinyin("xi1an1") and is_pinyin("zhèng fǔ")
    assert not is_pinyin("de") and is_pinyin("de", toneless=True)
    assert not is_pinyin("jì4") and not is_pinyin("Jì") and not is_pinyin("2023") and not is_pinyin("")
    assert split_pinyin("xīān") == (("xi", True), ("an", True))
    assert is_zhuyin("ㄓㄨㄥ") and is_zhuyin("ㄕ") and is_zhuyin("˙ㄇㄚ ㄇㄚˊ")
    assert not is_zhuyin("ㄅ") and not is_zhuyin("ㄧㄅ") and not is_zhuyin("ㄓ ")


def test_removals_are_recorded_with_bytes_and_reason() -> None:
    text = "世紀(jì)新能源網（wǎng）"
    doc = Document.from_text(text)
    doc.apply(AnnotationStripper()(doc), filter="annotations")
    assert doc.text == "世紀新能源網"
    data = doc.sources[0].data
    assert [(r.rule, data[r.source_span[0]:r.source_span[1]].decode()) for r in doc.removed] == [
        ("pinyin-annotation", "(jì)"), ("pinyin-annotation", "（wǎng）")]
    assert doc.removed[0].reason == "pinyin annotation (jì) after 紀"


def test_options_turn_kinds_off() -> None:
    text = "注音(ㄓㄨˋ)世紀(jì)的(de)業(yè)網(wǎng)"
    assert strip_annotations(text, AnnotationConfig(zhuyin=False)) == "注音(ㄓㄨˋ)世紀的業網"
    assert strip_annotations(text, AnnotationConfig(pinyin=False)) == "注音世紀(jì)的(de)業(yè)網(wǎng)"
    assert strip_annotations(text, AnnotationConfig(toneless_after=None)) == "注音世紀的(de)業網"


HAN = "世紀新能源網業設進發區政府工作報告低零碳全文一二"
TOKENS = [*HAN, "(", ")", "（", "）", "jì", "wǎng", "de", "zhèngfǔ", "Apple", "GDP", "PM2.5", "2023", "ㄓㄨˋ", " ", "，"]


@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_stripping_never_removes_a_han_character(tokens: list[str]) -> None:
    text = "".join(tokens)
    out = strip_annotations(text)
    assert regex.findall(r"\p{Han}", out) == regex.findall(r"\p{Han}", text)
    assert strip_annotations(out) == out
