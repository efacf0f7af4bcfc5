"""A lossy UTF-8-as-GBK repair that restores a lost byte by a guess says so.

A strict GBK decoder drops byte 0x80 (no GBK character starts with it) but
also a lead byte the next byte does not complete (0xA6 before 0x81): the
repair restores 0x80, and where other everyday characters fit the lost byte
as well (E8 80 81 老, E8 A6 81 要) the guess gets a ``guessed-character``
warning instead of passing silently."""

from __future__ import annotations

import govtext
from govtext.decoding import MojibakeRepairer
from govtext.decoding.mojibake import GUESS_KIND, _lost_byte_readings, _restore_lost_bytes


def _lossy(text: str) -> str:
    """``text`` as a strict GBK decoder with replacement characters reads its UTF-8 bytes."""
    return text.encode("utf-8").decode("gbk", "replace")


def _repaired(garbled: str) -> govtext.Document:
    doc = govtext.Document.from_text(garbled)
    edits = MojibakeRepairer()(doc)
    if edits:
        doc.apply(edits, filter="mojibake")
    return doc


def test_the_byte_lost_before_0x81_is_a_guess_among_everyday_characters() -> None:
    assert [c for _, c in _lost_byte_readings("老".encode(), 1)] == ["老", "袁", "裁", "要", "见"]
    assert _restore_lost_bytes("有关老求".encode(), [7]) == ("有关老求".encode(), [(2, "袁裁要见")])


def test_a_lost_byte_only_one_everyday_character_fits_is_restored_as_that_one() -> None:
    """0x80 would make the rare 倂 (E5 80 82); of the bytes GBK drops before 0x82 only 0xA6 makes an everyday one: 如."""
    assert _restore_lost_bytes("倂".encode(), [1]) == ("如".encode(), [])


def test_an_ideographic_space_restored_from_0x80_is_no_guess() -> None:
    assert _lost_byte_readings("　".encode() + b"\xe3", 2) == [(0x80, "\u3000")]
    assert _restore_lost_bytes("　　".encode(), [2, 5]) == ("　　".encode(), [])


def test_a_guessed_character_is_kept_and_warned_about_where_it_stands() -> None:
    original = "　　各区县：现将有关要求通知如下，请认真贯彻落实有关工作部署"
    garbled = _lossy(original)
    assert "\ufffd" in garbled
    doc = _repaired(garbled)
    assert len(doc.text) == len(original)
    guesses = [w for w in doc.warnings if w.kind == GUESS_KIND]
    assert guesses, doc.warnings
    for w in guesses:
        start, end = w.char_span or (0, 0)
        assert w.filter == "mojibake" and len(w.text) == 1 and w.text in doc.text
        assert "would fit as well" in w.message and w.extra["fits"]
        assert 0 <= start < end <= len(garbled)  # the garbled run the character was repaired from
    # every character that differs from the original was reported as a guess
    wrong = {doc.text[i] for i, (a, b) in enumerate(zip(doc.text, original, strict=True)) if a != b} - {"\ufffd"}
    assert wrong <= {w.text for w in guesses}


def test_a_repair_without_lost_bytes_returns_plain_edits() -> None:
    doc = govtext.Document.from_text("通知：" + "发展改革委员".encode().decode("gbk"))
    edits = MojibakeRepairer()(doc)
    assert isinstance(edits, list) and edits and not doc.warnings


def test_the_pipeline_reports_guesses_in_the_record() -> None:
    doc = govtext.clean(_lossy("会议要求，各单位要坚持稳中求进工作总基调，切实抓好各项工作落实。") + "\n")
    record = govtext.to_record(doc)
    assert any(w["kind"] == GUESS_KIND for w in record["warnings"])


def test_a_character_that_lost_two_bytes_lists_every_character_that_fits_them() -> None:
    """议 (E8 AE AE) read as GBK loses both AE bytes (a lead byte the next does not complete):
    0x80 0x80 makes 耀, and the warning names every everyday character the pair could have made."""
    doc = govtext.clean(_lossy("会议指出") + "\n")
    assert doc.text == "会耀指出"
    (warning,) = [w for w in doc.warnings if w.kind == GUESS_KIND]
    assert warning.text == "耀" and "议" in warning.extra["fits"]


def test_an_ideographic_space_that_lost_two_bytes_is_restored_without_a_guess() -> None:
    """U+3000 (E3 80 80) after 国 loses both 0x80 bytes; no other everyday character fits them."""
    doc = govtext.clean(_lossy("张建国　李华　王芳") + "\n")
    assert doc.text == "张建国　李华　王芳"
    assert not doc.warnings
    assert _restore_lost_bytes("国　李".encode(), [4, 5]) == ("国　李".encode(), [])


def test_a_character_no_everyday_reading_fits_is_left_lost() -> None:
    """E4 ?? ?? before E6: no everyday character fits the two lost bytes, so the character
    stays U+FFFD instead of becoming the rare 䀀 (E4 80 80)."""
    data, guesses = _restore_lost_bytes("\u4000指".encode(), [1, 2])
    assert data.decode("utf-8", "replace") == "\ufffd指" and guesses == []


def test_a_lost_byte_becomes_the_one_most_frequent_character_that_fits() -> None:
    """Regression: 0x80 was kept whenever it made an everyday character, so
    认 came out 耤 (E8 80 A4) and 对 倹 though the lost byte fits them too and
    they are far more frequent; the one most frequent reading wins over a
    less common one, and the guess is still warned about."""
    assert "认识" in _repaired(_lossy("各部门要充分认识防汛工作的重要性，")).text
    doc = _repaired(_lossy("　　各地要对辖区内水库开展排查，落实领导带班和值班制度。"))
    assert "要对辖区" in doc.text
    assert any(w.kind == GUESS_KIND for w in doc.warnings)
