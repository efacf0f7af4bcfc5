"""The decoder: detection, BOMs, the UTF-8 fast path, mixed input, binary
input, undecodable bytes, and byte-exact provenance."""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govtext
from govtext.decoding import Decoder, DecoderConfig, decode_bytes, detect
from govtext.decoding.detect import cut_sample, normalize_encoding
from govtext.sourcemap import RAW_BYTES, SourceText

CASES = Path(__file__).parent / "cases" / "decoding"
DETECTION = json.loads((CASES / "detection.json").read_text(encoding="utf-8"))["cases"]
SENTENCES = json.loads((CASES / "sentences.json").read_text(encoding="utf-8"))


def _decode_doc(data: bytes, config: DecoderConfig | None = None) -> govtext.Document:
    doc = govtext.Document.from_bytes(data)
    Decoder(config)(doc)
    return doc


def assert_chars_map_to_their_bytes(data: bytes, result: Any) -> None:
    """Every decoded character's byte span decodes back to it (characters a
    codec emits together, such as Big5-HKSCS base + combining mark, are
    checked together); undecodable bytes are one U+FFFD each."""
    origin = SourceText(result.text, result.segments)
    for seg in result.segments:
        i = seg.start
        while i < seg.end:
            j = i + 1
            if seg.widths is not None:
                while j < seg.end and seg.widths[j - seg.start] == 0:
                    j += 1
            ((_src, b0, b1),) = origin.byte_range(i, j)
            if seg.encoding == RAW_BYTES:
                assert result.text[i:j] == "\ufffd" and b1 - b0 == 1
            else:
                assert data[b0:b1].decode(seg.encoding) == result.text[i:j], (i, seg)
            i = j


@pytest.mark.parametrize("case", DETECTION, ids=lambda c: f"{c['codec']}:{c['text'][:8]}")
def test_detection_case(case: dict[str, str]) -> None:
    data = bytes.fromhex(case["hex"])
    result = decode_bytes(data)
    assert result.text == case["text"]
    assert result.encoding == case["expected"]
    assert 0.0 < result.confidence <= 1.0
    assert_chars_map_to_their_bytes(data, result)


def test_detection_set_has_short_inputs() -> None:
    assert sum(1 for c in DETECTION if len(c["text"]) < 16) >= 50
    assert {c["codec"] for c in DETECTION} >= {"gb18030", "gbk", "big5", "utf-16-le", "utf-16-be"}


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_bom_gives_encoding_and_is_not_text(codec: str) -> None:
    text = SENTENCES["simplified"][2]
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    result = decode_bytes(data)
    assert result.text == text
    assert result.method == "bom"
    assert result.segments[0].byte_start in (2, 3, 4)
    assert_chars_map_to_their_bytes(data, result)


def test_gbk_report_is_gb18030_superset_and_decodes_gb18030_only_chars() -> None:
    text = "关于印发《实施方案》的通知：€ 和 \U00020000"  # the last needs four-byte GB18030
    result = decode_bytes(text.encode("gb18030"))
    assert (result.text, result.encoding) == (text, "gb18030")


def test_big5_hkscs_only_when_needed() -> None:
    assert decode_bytes("堅持創新，推動發展".encode("big5")).encoding == "big5"
    data = "香港特別行政區政府".encode("big5hkscs") + b"\x88\x62" + "公告".encode("big5hkscs")
    result = decode_bytes(data)
    assert result.encoding == "big5hkscs"
    assert "香港特別行政區政府" in result.text
    assert_chars_map_to_their_bytes(data, result)


def test_utf8_fast_path_calls_neither_detector_nor_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("slow path taken")

    import charset_normalizer
    import ftfy

    monkeypatch.setattr("govtext.decoding.decoder.detect", boom)
    monkeypatch.setattr(charset_normalizer, "from_bytes", boom)
    monkeypatch.setattr(ftfy, "fix_and_explain", boom)
    monkeypatch.setattr(ftfy, "fix_text", boom)
    text = "\n".join(SENTENCES["simplified"] + SENTENCES["traditional"]) * 20
    doc = govtext.default_pipeline()(text.encode("utf-8"))
    assert doc.metadata["encoding"] == "utf-8" and doc.metadata["encoding_confidence"] == 1.0


def test_mixed_utf8_page_with_gbk_footer_is_decoded_per_segment() -> None:
    body = "\n".join(SENTENCES["simplified"][:6]) + "\n"
    footer = "主办单位：市人民政府办公室　版权所有\n"
    data = body.encode("utf-8") + footer.encode("gbk") + "联系我们".encode()
    doc = _decode_doc(data)
    assert doc.text == body + footer + "联系我们"
    assert doc.metadata["encoding"] == "utf-8"
    assert doc.annotations["encodings"].keys() == {"utf-8", "gb18030"}
    mixed = [w for w in doc.warnings if w.kind == "mixed-encoding"]
    assert [w.text for w in mixed] == [footer]
    assert data[mixed[0].source_span[0] : mixed[0].source_span[1]].decode("gbk") == footer
    assert not [w for w in doc.warnings if w.kind == "undecodable-bytes"]
    assert_chars_map_to_their_bytes(data, decode_bytes(data))


def test_legacy_page_with_one_utf8_paragraph_decodes_that_line_as_utf8() -> None:
    head = "\n".join(SENTENCES["simplified"] * 2) + "\n"
    pasted = "　　二、青溪县要对辖区内水库、河道开展拉网式排查，发现问题立即整改。\n"
    tail = "临湖市人民政府办公室\n2024年5月8日"
    data = head.encode("gbk") + pasted.encode("utf-8") + tail.encode("gbk")
    doc = _decode_doc(data)
    assert doc.text == head + pasted + tail  # (as GB18030 the line's final 。 was lost with the line break)
    assert doc.metadata["encoding"] == "gb18030"
    assert [w.text for w in doc.warnings if w.kind == "mixed-encoding"] == [pasted]
    assert not [w for w in doc.warnings if w.kind == "undecodable-bytes"]
    assert_chars_map_to_their_bytes(data, decode_bytes(data))


def test_undecodable_bytes_warn_with_their_span() -> None:
    data = "第一条".encode("gbk") + b"\xff" + "第二条内容".encode("gbk")
    doc = _decode_doc(data)
    assert doc.metadata["encoding"] == "gb18030"
    (w,) = [w for w in doc.warnings if w.kind == "undecodable-bytes"]
    assert w.source_span == (6, 7) and w.text == "\ufffd"
    assert doc.text == "第一条\ufffd第二条内容"


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(3000),
        b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(500),
        b"\xff\xd8\xff\xe0" + b"\x00" * 100,
        b"\x00" * 64,
        b"PK\x03\x04" + b"\x14\x00" * 40,
    ],
    ids=["random", "png", "jpeg", "nuls", "zip"],
)
def test_binary_input_is_a_document_with_a_binary_warning(data: bytes) -> None:
    doc = govtext.clean(data)
    kinds = [w.kind for w in doc.warnings]
    assert "binary-input" in kinds
    (w,) = [w for w in doc.warnings if w.kind == "binary-input"]
    assert "binary" in w.message or "image" in w.message or "archive" in w.message


def test_cli_reports_binary_input_as_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govtext.cli import main

    junk = tmp_path / "photo.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    good = tmp_path / "notice.txt"
    good.write_bytes(SENTENCES["simplified"][0].encode("gbk"))
    assert main(["clean", str(junk), str(good)]) == 1
    out = capsys.readouterr()
    assert out.err.count("\n") == 1 and "photo.txt" in out.err and "PNG" in out.err
    assert SENTENCES["simplified"][0] in out.out


def test_text_with_utf16_nuls_is_not_binary() -> None:
    text = "Notice 2024: ok"
    result = decode_bytes(text.encode("utf-16-le"))
    assert (result.text, result.encoding, result.binary) == (text, "utf-16-le", None)


def test_empty_input_does_not_crash() -> None:
    assert decode_bytes(b"").text == ""
    doc = govtext.clean(b"")
    assert doc.text == "" and not [w for w in doc.warnings if w.kind == "binary-input"]


def test_forced_encoding_is_used_and_normalised() -> None:
    data = "通知".encode("gbk")
    result = decode_bytes(data, DecoderConfig(encoding="GB2312"))
    assert (result.text, result.encoding, result.method) == ("通知", "gb18030", "forced")
    assert normalize_encoding("cp936") == "gb18030"


def test_sample_is_cut_on_a_character_boundary() -> None:
    data = ("中文内容" * 50 + "\n").encode("gbk") * 4
    for size in range(300, 420, 7):
        cut = cut_sample(data, size)
        cut.decode("gbk")
        assert len(cut) <= size
    utf16 = "中文".encode("utf-16-le") * 10
    assert len(cut_sample(utf16, 9, unit=2)) == 8


def test_detect_short_inputs_prefers_chinese_reading() -> None:
    for text in ("通知", "中", "第一条", "附件"):
        assert detect(text.encode("gbk")).encoding == "gb18030"
    assert detect("條".encode("big5")).encoding in ("big5", "gb18030")


ALPHABET = st.sampled_from(
    list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你对")
    + list("，。、；：？！“”《》（）　\n abcXYZ0123456789")
    + list("體們國發開關門說這樣學")
)
CODECS = ["utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-16"]


@given(st.text(ALPHABET, max_size=60), st.sampled_from(CODECS), st.binary(max_size=3),
       st.integers(min_value=0, max_value=200))
def test_provenance_every_char_maps_to_its_bytes(text: str, codec: str, junk: bytes, at: int) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    at = min(at, len(data))
    data = data[:at] + junk + data[at:]
    result = decode_bytes(data)
    assert_chars_map_to_their_bytes(data, result)
    SourceText(result.text, result.segments)


@given(st.binary(max_size=300))
def test_any_bytes_decode_without_crashing(data: bytes) -> None:
    result = decode_bytes(data)
    assert_chars_map_to_their_bytes(data, result)
    doc = govtext.clean(data)
    assert isinstance(doc.text, str)


@pytest.mark.parametrize("text", ["通知", "中文", "附件", "第一条"])
def test_short_legacy_input_that_is_valid_utf8_by_accident(text: str) -> None:
    data = text.encode("gbk")
    result = decode_bytes(data)
    assert (result.text, result.encoding) == (text, "gb18030")


def test_utf8_latin_mojibake_is_not_mistaken_for_gbk() -> None:
    garbled = "¹ØÓÚ¼Ó¿ìÍÆ½ø³ÇÏçÒ»Ì岯·¢Õ¹"
    assert decode_bytes(garbled.encode()).text == garbled


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig", "UTF-16"])
def test_forced_bom_codecs_keep_byte_exact_provenance(codec: str) -> None:
    text = SENTENCES["simplified"][3]
    data = text.encode(codec.lower())
    result = decode_bytes(data, DecoderConfig(encoding=codec))
    assert result.text == text
    assert_chars_map_to_their_bytes(data, result)
