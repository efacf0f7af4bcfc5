"""CJK punctuation restoration: cases and properties."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, clean
from govtext.presets import PRESETS
from govtext.script.punctuation import PunctuationConfig, PunctuationRestorer, restore_punctuation

CASES = json.loads((Path(__file__).parent / "cases" / "script" / "punctuation.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_punctuation_case(case: dict[str, Any]) -> None:
    assert restore_punctuation(case["input"]) == case["expected"]


def test_one_edit_per_line_keeps_character_provenance() -> None:
    text = "一,二;三:四?\n五!六"
    doc = Document.from_text(text)
    edits = PunctuationRestorer()(doc)
    assert len(edits) == 2
    doc.apply(edits, filter="punctuation")
    assert doc.text == "一，二；三：四？\n五！六"
    assert doc.source_spans(1, 2) == [(3, 4)]
    assert "，" in doc.changes[0].new and "×" not in doc.changes[0].reason


def test_marks_option_limits_what_is_restored() -> None:
    assert restore_punctuation("一,二(三)", PunctuationConfig(marks=",")) == "一，二(三)"


def test_off_by_default_on_in_publish_preset() -> None:
    text = "坚持创新发展强市,坚决落实。"
    assert clean(text).text == text
    assert clean(text, options=PRESETS["publish"]).text == "坚持创新发展强市，坚决落实。"


ASCII_TOKENS = ["10:54", "1.6", "2+8", "PM2.5", "http://a.b/c?x=1", "Hello, world!", "f(x)", "1,000", " ", "a;b"]


@given(st.lists(st.sampled_from(ASCII_TOKENS), max_size=12))
def test_ascii_text_is_never_touched(tokens: list[str]) -> None:
    text = "".join(tokens)
    assert restore_punctuation(text) == text


@given(st.text(alphabet="政府工作,;:?!() 1a\n“”", max_size=40))
def test_only_marks_and_following_spaces_change(text: str) -> None:
    out = restore_punctuation(text)
    assert out.replace(" ", "").translate(str.maketrans("，；：？！（）", ",;:?!()")) == text.replace(" ", "")
    assert restore_punctuation(out) == out
