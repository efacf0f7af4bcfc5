"""Fast paths of the script, blocks and record code give the same answers as
the straightforward definitions they replace."""

from __future__ import annotations

import gc

import regex
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext.blocks import shape
from govtext.document import Document
from govtext.script.annotations import (
    AnnotationConfig,
    AnnotationStripper,
    _classify,
    is_zhuyin,
    split_pinyin,
)

_PINYIN_CHARS = "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü12345 '"
_ZHUYIN_CHARS = "ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦㄧㄨㄩˊˇˋ˙ "
_contents = st.text(st.sampled_from(_PINYIN_CHARS + _ZHUYIN_CHARS + "零一GDP.-"), min_size=1, max_size=12)


def _reference_kind(content: str, han_run: int, config: AnnotationConfig) -> str | None:
    """The classification spelled out with the public predicates."""
    if config.zhuyin and is_zhuyin(content):
        return "zhuyin" if len(content.split(" ")) <= han_run else None
    if not config.pinyin:
        return None
    syllables = split_pinyin(content)
    if not syllables or len(syllables) > han_run:
        return None
    return "pinyin" if all(t for _s, t in syllables) else "pinyin-toneless"


@given(_contents, st.integers(1, 6), st.booleans(), st.booleans())
def test_cached_classification_matches_the_predicates(content: str, han_run: int, pinyin: bool, zhuyin: bool) -> None:
    config = AnnotationConfig(pinyin=pinyin, zhuyin=zhuyin)
    kind, count = _classify(content, pinyin, zhuyin)
    got = kind if kind is not None and count <= han_run else None
    assert got == _reference_kind(content, han_run, config)


def test_toneless_pinyin_needs_enough_toned_annotations() -> None:
    few = "本市(de)发展(fā zhǎn)"
    many = "本市(de)发展(fā zhǎn)规划(guī huà)纲要(gāng yào)"
    strip = AnnotationStripper()
    assert [e.rule for e in strip(Document.from_text(few))] == ["pinyin-annotation"]
    assert len(strip(Document.from_text(many))) == 4
    assert AnnotationStripper(AnnotationConfig(toneless_after=None))(Document.from_text(many))[0].start == 8


_FULL_SENTENCE_END = regex.compile(r"[。！？!?；;…][”’」』）)\]】]{0,2}$")


@given(st.text(st.sampled_from("。！？!?；;…”’」』）)]】的字 \n"), max_size=12))
def test_sentence_end_looks_at_the_tail_only(text: str) -> None:
    expected = "。" in text or _FULL_SENTENCE_END.search(text) is not None
    assert shape.is_sentence(text) == expected


def test_json_line_leaves_the_garbage_collector_as_it_found_it() -> None:
    doc = govtext.clean("标题\n\n正文。")
    assert gc.isenabled()
    line = govtext.to_json_line(doc)
    assert gc.isenabled() and '"text"' in line
    gc.disable()
    try:
        assert govtext.to_json_line(doc) == line
        assert not gc.isenabled()
    finally:
        gc.enable()
