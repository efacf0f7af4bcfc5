"""The annotation stripper's fast paths give what the plain definitions do.

The stripper splits the text only at bracketed candidates right after a Han
character (a lookbehind built from ``regex``'s ``\\p{Han}`` over the Basic
Multilingual Plane, every astral character let through and checked again
afterwards), with a pattern starting with a plain ``(`` when the text holds
no full-width one, and skips the per-candidate selection when every
candidate is an annotation. These tests compare it with a match-by-match
reference and check each piece on its own.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document
from govtext.script.annotations import AnnotationConfig, AnnotationStripper, _candidates
from tests.test_bulk_paths import _CONFIGS as _BULK_CONFIGS
from tests.test_bulk_paths import _reference_annotations

_reference = _reference_annotations
"""The stripper as a loop over regex matches (its definition), shared with the bulk-path tests."""


_CONFIGS = _BULK_CONFIGS

# Han (BMP, compatibility, astral), non-Han astral, both kinds of brackets,
# pinyin and zhuyin letters, and things that are not annotations
_ALPHABET = ("世紀網發展国中〇々⺀豈𠀀𪜀" "😀𝐀ㇰ" "()（）" "jìwǎngfāzhǎndemen guó" "ㄓㄨˋㄅㄧ" "12 '\nGDP零" "ab")
_TOKENS = ["世紀(jì)", "網(wǎng)", "發展(fāzhǎn)", "国(guó)", "中（zhōng）", "𠀀(jì)", "😀(jì)", "𝐀(de)",
           "中(de)", "注(ㄓㄨˋ)", "低(零)", "(一)", "園區(全文)", "(jì)", "的(de)(men)", "\n", "，", "ab(ǎ)"]


@given(st.text(st.sampled_from(_ALPHABET), max_size=80), st.sampled_from(_CONFIGS))
def test_stripper_matches_the_reference_on_random_text(text: str, config: AnnotationConfig) -> None:
    assert AnnotationStripper(config)(Document.from_text(text)) == _reference(text, config)


@given(st.lists(st.sampled_from(_TOKENS), max_size=30), st.sampled_from(_CONFIGS))
def test_stripper_matches_the_reference_on_annotated_text(tokens: list[str], config: AnnotationConfig) -> None:
    text = "".join(tokens)
    assert AnnotationStripper(config)(Document.from_text(text)) == _reference(text, config)


def test_every_candidate_an_annotation_gives_one_rule_per_kind() -> None:
    text = "世紀(jì)網(wǎng)注(ㄓㄨˋ)" * 3
    edits = AnnotationStripper()(Document.from_text(text))
    assert edits == _reference(text, AnnotationConfig())
    assert [e.rule for e in edits] == ["pinyin-annotation", "pinyin-annotation", "zhuyin-annotation"] * 3


def test_lookbehind_accepts_exactly_the_han_characters_of_the_bmp() -> None:
    han = regex.compile(r"\p{Han}")
    for wide in (False, True):
        pattern = _candidates(wide)
        chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
        split = [len(pattern.split(c + "(a)")) == 3 for c in chars]
        assert split == [han.fullmatch(c) is not None for c in chars]


def test_lookbehind_lets_every_astral_character_through() -> None:
    for c in "𠀀😀𝐀\U0010fffd":
        assert len(_candidates(False).split(c + "(a)")) == 3


@given(st.text(st.sampled_from(_ALPHABET.replace("（", "")), max_size=80))
def test_plain_opening_pattern_splits_as_the_general_one(text: str) -> None:
    assert _candidates(False).split(text) == _candidates(True).split(text)
