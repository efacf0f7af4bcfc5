"""Character normalisation: cases and properties."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, clean
from govtext.filters.characters import CharacterConfig, CharacterNormalizer

CASES = json.loads((Path(__file__).parent / "cases" / "script" / "characters.json").read_text(encoding="utf-8"))


def _normalize(text: str, config: CharacterConfig | None = None) -> Document:
    doc = Document.from_text(text)
    doc.apply(CharacterNormalizer(config)(doc), filter="characters")
    return doc


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_character_case(case: dict[str, Any]) -> None:
    assert _normalize(case["input"]).text == case["expected"]


def test_removals_name_the_character() -> None:
    doc = _normalize("国务\u200b院")
    (r,) = doc.removed
    assert r.rule == "zero-width" and "ZERO WIDTH SPACE" in r.reason and r.source_span == (6, 9)


def test_options_turn_steps_off() -> None:
    text = "Cafe\u0301\u200b\x07\xa0x"
    assert _normalize(text, CharacterConfig(nfc=False, remove_invisible=False, remove_controls=False,
                                            normalize_spaces=False)).text == text
    assert _normalize(text, CharacterConfig(remove_controls=False)).text == "Café\x07 x"


def test_default_pipeline_keeps_ideographic_indent_and_drops_nbsp_indent() -> None:
    assert clean("　　第一条\u200b　为了规范管理。\n\xa0\xa0第二条\xa0本办法。").text == "　　第一条　为了规范管理。\n第二条 本办法。"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_output_is_nfc_clean_and_stable(text: str) -> None:
    doc = _normalize(text)
    out = doc.text
    assert unicodedata.is_normalized("NFC", out)
    assert not any(c in out for c in "\u200b\ufeff\x00\x07\x7f")
    assert _normalize(out).text == out
