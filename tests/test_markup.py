"""HTML entities and stray tags left in scraped text (govtext.filters.markup, applied by the
markup step of the default pipeline and by the characters filter)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext.filters.characters import CharacterConfig, CharacterNormalizer
from govtext.filters.markup import markup_edits

CASES = [
    ("&ldquo;清朗&rdquo;专项行动", "“清朗”专项行动"),
    ("通知如下&#12290;&#x3002;", "通知如下。。"),
    ("&emsp;&emsp;各乡镇：", "\u3000\u3000各乡镇："),
    ("甲&nbsp;乙", "甲 乙"),
    ("&amp;ldquo;双重转义&amp;amp;rdquo;", "“双重转义”"),
    ("第一段<br>第二段", "第一段\n第二段"),
    ("第一段<BR/>第二段</p>", "第一段\n第二段\n"),
    ('<span style="font-size:16px">正文</span>', "正文"),
    ('<a href="http://example.com/?a=1&amp;b=2">链接</a>', "链接"),
    ("正文&lt;br&gt;续", "正文\n续"),
    ("正文&amp;lt;br&amp;gt;续", "正文\n续"),
    ("<!-- 注释 -->正文", "正文"),
    # old portals' markup: upper case without closing tags, Word's elements, cells, definition lists
    ("<P ALIGN=CENTER>通知<P>正文", "\n通知\n正文"),
    ('<st1:chsdate year="2008" month="5" day="12" w:st="on">2008年5月12日</st1:chsdate>，会议召开', "2008年5月12日，会议召开"),
    ('<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />正文<o:p></o:p>', "正文"),
    ("<tr><td>发布时间：2008-05-12</td><td>来源：县政府办</td></tr>", "\n 发布时间：2008-05-12 来源：县政府办\n"),
    ("<dl><dt>发布机构</dt><dd>县政府办</dd></dl>", "\n\n发布机构\n\n县政府办\n\n"),
    ("<strike>旧</strike><ins>新</ins><input type=\"text\" value=\"请输入关键词\">", "旧新"),
    # sloppy HTML: space and numeric entities without their ";" (browsers decode them), escaped or not
    ("发布日期：2026-03-30&nbsp&nbsp来源：市水利局", "发布日期：2026-03-30  来源：市水利局"),
    ("&emsp&emsp各乡镇：&#24352三、&#x957F江", "\u3000\u3000各乡镇：张三、长江"),
    ("甲&amp;nbsp乙", "甲 乙"),
    # left alone: not entities, not tags
    ("&nbspx &copy2026 &#x957Fab", "&nbspx &copy2026 &#x957Fab"),
    ("a=1&copy=2", "a=1&copy=2"),
    ("x<5 且 y>3", "x<5 且 y>3"),
    ("R&D 投入", "R&D 投入"),
    ("<<中华人民共和国宪法>>", "<<中华人民共和国宪法>>"),
    ("&#0;&#x80;&#xD800;&unknownentity;", "&#0;&#x80;&#xD800;&unknownentity;"),
    ("<breakfast>", "<breakfast>"),
    # regression: an escaped capital letter in angle brackets is a grade, not a bold tag to remove
    ("A&lt;B&gt;C类企业", "A<B>C类企业"),
    ("&lt;b&gt;重要&lt;/b&gt;", "重要"),
    # regression (found by fuzzing): decoded, the grade was removed by a second pass; a capital letter with a partner is a tag
    ("A<B>C类企业", "A<B>C类企业"),
    ("<B>重要</B>内容", "重要内容"),
    ("&lt;B&gt;重要&lt;/B&gt;", "重要"),
    # regression (found by fuzzing): an entity for a character the filter rewrites is written as the filter writes it
    ("甲&#8194;乙&#8203;丙&#65279;丁&#xa0;戊&#12288;己", "甲 乙丙丁 戊\u3000己"),
]


def _characters(text: str, **options: bool) -> govtext.Document:
    return govtext.Pipeline([CharacterNormalizer(CharacterConfig(**options))])(text)


@pytest.mark.parametrize(("before", "after"), CASES)
def test_markup_cases(before: str, after: str) -> None:
    doc = _characters(before)
    assert doc.text == after
    rules = {c.rule for c in doc.changes} | {r.rule for r in doc.removed}
    assert rules <= {"html-entity", "html-tag"}
    assert bool(rules) == (before != after)


def test_markup_is_recorded_with_its_source() -> None:
    doc = govtext.clean("关于开展&ldquo;清朗&rdquo;专项行动的通知<br>\n　　各县网信办：现将有关事项通知如下。\n")
    assert doc.text.startswith("关于开展“清朗”专项行动的通知\n")
    change = next(c for c in doc.changes if c.rule == "html-entity")
    assert change.filter == "markup" and "&ldquo;" in change.reason
    start, end = change.source_span
    assert doc.sources[0].data[start:end] == b"&ldquo;"


def test_replacement_character_entities_are_flagged_with_their_bytes() -> None:
    """Regression (session 12 fuzzer): ``&#65533;`` became U+FFFD after
    ``corruption`` had run, so the lost characters passed silently."""
    raw = "　　全市共有&#65533;&#65533;个项目。\n　　第二段&#xFFFD;正文，第三处&#xfffd;。\n".encode()
    doc = govtext.clean(raw)
    assert doc.text.count("\ufffd") == 4
    flagged = [raw[w.source_span[0]:w.source_span[1]] for w in doc.warnings if w.kind == "corrupt-text"]
    assert flagged == [b"&#65533;&#65533;", b"&#xFFFD;", b"&#xfffd;"]


@pytest.mark.parametrize("entity", ["&#{};", "&#x{:x};", "&#X{:X};"])
def test_mojibake_written_as_numeric_entities_is_repaired(entity: str) -> None:
    """Regression (session 12 fuzzer): mojibake that a CMS wrote as numeric
    entities was decoded after ``mojibake`` ran, and passed as text."""
    garbled = "市政府关于加强防汛工作的意见".encode().decode("gb18030")
    gbk_latin1 = "坚持问题导向，狠抓整改落实".encode("gbk").decode("latin-1")
    escaped = "".join(entity.format(ord(c)) if ord(c) > 0x7F else c for c in garbled + "\n" + gbk_latin1)
    doc = govtext.clean(escaped.encode())
    assert doc.text == "市政府关于加强防汛工作的意见\n坚持问题导向，狠抓整改落实"
    assert {c.rule for c in doc.changes} >= {"html-entity", "utf8-as-gbk", "gbk-as-latin1"}
    assert not doc.warnings


def test_default_pipeline_decodes_markup_once_and_normalises_what_it_gives() -> None:
    """An entity for an invisible or odd space character is decoded by
    ``markup`` and normalised by ``characters``; cleaning again changes nothing."""
    doc = govtext.clean("甲&#8194;乙&#8203;丙&#65279;丁&#xa0;戊&#12288;己&#xF92C;".encode())
    assert doc.text == "甲 乙丙丁 戊\u3000己郎"
    assert govtext.clean(doc.text.encode()).text == doc.text


def test_switched_off() -> None:
    assert _characters("&ldquo;甲&rdquo;<br>", unescape_html=False).text == "&ldquo;甲&rdquo;<br>"


_PIECES = ["&", "amp;", "lt;", "gt;", "ldquo;", "#38;", "#12290;", "nbsp;", "nbsp", "#x957F", "br", "/p", "span", " ", "<", ">",
           "正文", "，", "=", '"', "x", "B", "/B", "#8194;", "#8203;", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_edits_are_ordered_apart_and_a_second_pass_finds_nothing(text: str) -> None:
    edits = markup_edits(text)
    assert all(0 <= e.start < e.end <= len(text) for e in edits)
    assert all(a.end <= b.start for a, b in pairwise(edits))
    once = _characters(text).text
    assert markup_edits(once) == [], (text, once)
    assert _characters(once).text == once
