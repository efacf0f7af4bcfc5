"""Behaviour of the document model: edits, removals, changes, provenance."""

from __future__ import annotations

import pytest

from govtext import Document, Edit, OverlappingEditsError
from govtext.sourcemap import RAW_BYTES, Segment


def test_delete_records_removal_with_source_span_and_line() -> None:
    doc = Document.from_text("第一行\n广告\n正文")
    doc.apply([Edit.delete(4, 7, rule="ad", reason="advert", filter="demo")])
    assert doc.text == "第一行\n正文"
    (r,) = doc.removed
    assert (r.text, r.filter, r.rule, r.reason, r.line) == ("广告\n", "demo", "ad", "advert", 2)
    assert doc.sources[0].data[r.source_span[0] : r.source_span[1]].decode() == "广告\n"


def test_replace_same_length_keeps_per_character_bytes() -> None:
    doc = Document.from_text("後來於是")
    doc.apply([Edit.replace(0, 4, "后来于是", rule="t2s", reason="convert", filter="script")])
    for i in range(4):
        assert doc.source_spans(i, i + 1) == [(3 * i, 3 * i + 3)]
    (c,) = doc.changes
    assert (c.old, c.new, c.source_span) == ("後來於是", "后来于是", (0, 12))


def test_replace_other_length_maps_to_hull() -> None:
    doc = Document.from_text("ab銆傗€滄cd")
    doc.apply([Edit.replace(2, 6, "。“", rule="moji", reason="utf-8 read as gbk", filter="repair")])
    assert doc.text == "ab。“cd"
    assert doc.source_spans(2, 3) == [(2, 14)]
    assert doc.source_spans(4, 6) == [(14, 16)]


def test_insertion_anchors_to_zero_width_position() -> None:
    doc = Document.from_text("甲乙")
    doc.apply([Edit.insert(1, "，", rule="p", reason="comma", filter="punct")])
    assert doc.text == "甲，乙"
    assert doc.source_spans(1, 2) == [(3, 3)]
    assert doc.source_spans(0, 3) == [(0, 6)]
    assert doc.changes[0].old == ""


def test_batch_offsets_refer_to_text_before_the_batch() -> None:
    doc = Document.from_text("0123456789")
    doc.apply([Edit.delete(1, 3, rule="r", reason="x"), Edit.replace(5, 6, "FIVE", rule="r", reason="x"),
               Edit.insert(9, "!", rule="r", reason="x")])
    assert doc.text == "034FIVE678!9"


@pytest.mark.parametrize(
    "edits",
    [
        [Edit.delete(0, 3, rule="a", reason="x"), Edit.delete(2, 4, rule="b", reason="x")],
        [Edit.insert(2, "x", rule="a", reason="x"), Edit.insert(2, "y", rule="b", reason="x")],
    ],
)
def test_overlapping_edits_are_an_error(edits: list[Edit]) -> None:
    doc = Document.from_text("abcdef")
    with pytest.raises(OverlappingEditsError):
        doc.apply(edits)
    assert doc.text == "abcdef"


def test_edit_outside_text_is_an_error() -> None:
    doc = Document.from_text("abc")
    with pytest.raises(ValueError, match="outside"):
        doc.apply([Edit.delete(2, 5, rule="a", reason="x")])


def test_adjacent_edits_are_not_overlapping() -> None:
    doc = Document.from_text("abcdef")
    doc.apply([Edit.delete(0, 2, rule="a", reason="x"), Edit.delete(2, 4, rule="b", reason="x")])
    assert doc.text == "ef"


def test_fragments_per_line_with_filters() -> None:
    doc = Document.from_text("标题\n\n正文一\n正文二")
    doc.apply([Edit.replace(4, 5, "本", rule="r", reason="x", filter="f")])
    frags = doc.fragments()
    assert [(f.start, f.end) for f in frags] == [(0, 2), (4, 7), (8, 11)]
    assert frags[1].filters == ("f",)
    assert frags[0].filters == ()
    assert frags[2].source_spans == ((18, 27),)


def test_fragment_source_spans_skip_deleted_middle() -> None:
    doc = Document.from_text("甲乙丙丁")
    doc.apply([Edit.delete(1, 3, rule="r", reason="x")])
    (frag,) = doc.fragments()
    assert frag.source_spans == ((0, 3), (9, 12))


def test_non_utf8_segments_map_to_their_bytes() -> None:
    data = "中文".encode("gb18030") + b"\xff" + "正文".encode("gb18030")
    doc = Document.from_bytes(data)
    segs = [Segment(0, 2, 0, 0, "gb18030"), Segment(2, 3, 0, 4, RAW_BYTES), Segment(3, 5, 0, 5, "gb18030")]
    doc.set_decoded("中文\ufffd正文", segs, encoding="gb18030")
    assert doc.source_spans(3, 5) == [(5, 9)]
    assert doc.source_spans(2, 3) == [(4, 5)]


def test_set_decoded_only_once() -> None:
    doc = Document.from_text("abc")
    with pytest.raises(RuntimeError):
        doc.set_decoded("x", [Segment(0, 1, 0, 0, "utf-8")], encoding="utf-8")


def test_metadata_has_every_field_as_none() -> None:
    doc = Document.from_bytes(b"x")
    assert doc.metadata["title"] is None and doc.metadata["continues_to_page"] is None


def test_concatenate_names_each_input() -> None:
    a = Document.from_text("上半", id="a.txt")
    b = Document.from_text("下半", id="b.txt")
    b.apply([Edit.delete(0, 1, rule="r", reason="x", filter="f")])
    ab = Document.concatenate([a, b], separator="")
    assert ab.text == "上半半"
    assert ab.source_spans(0, 3) == [(0, 6, "a.txt"), (3, 6, "b.txt")]
    assert ab.removed[0].source == "b.txt"
    (frag_a, frag_b) = ab.fragments()
    assert frag_a.source_spans == ((0, 6, "a.txt"),) and frag_b.source_spans == ((3, 6, "b.txt"),)


def test_pages_split_fragments() -> None:
    doc = Document.from_text("一页内容二页内容")
    doc.set_page(0, 1)
    doc.set_page(4, 2)
    frags = doc.fragments()
    assert [(f.start, f.end, f.page) for f in frags] == [(0, 4, 1), (4, 8, 2)]
