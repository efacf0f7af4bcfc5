"""Script conversion: OpenCC cases, equivalence with OpenCC, provenance, overrides."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, Pipeline
from govtext.script import backend
from govtext.script.convert import ScriptConfig, ScriptConverter, conversion_edits, convert_script
from govtext.script.detect import detect_script
from govtext.script.phrases import PhraseDictionary, PhraseFileError, load_phrases

CASES = json.loads((Path(__file__).parent / "cases" / "script" / "conversion.json").read_text(encoding="utf-8"))


def _phrases(case: dict[str, Any]) -> tuple[Any, ...]:
    p = case.get("phrases")
    return () if p is None else (p,)


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_conversion_case(case: dict[str, Any]) -> None:
    assert convert_script(case["input"], case["config"], phrases=_phrases(case)) == case["expected"]


@pytest.mark.parametrize("case", [c for c in CASES if "phrases" not in c], ids=lambda c: c["label"])
def test_conversion_case_matches_opencc(case: dict[str, Any]) -> None:
    assert convert_script(case["input"], case["config"]) == opencc.OpenCC(case["config"]).convert(case["input"])


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_conversion_case_as_filter_keeps_provenance(case: dict[str, Any]) -> None:
    doc = Document.from_text(case["input"])
    doc.apply(ScriptConverter(ScriptConfig(config=case["config"], phrases=_phrases(case)))(doc), filter="script")
    assert doc.text == case["expected"]
    _assert_char_provenance(doc)


def _assert_char_provenance(doc: Document) -> None:
    """Every character of a same-length conversion maps to its own original bytes."""
    data = doc.sources[0].data
    original = doc.original_text
    if len(doc.text) != len(original):
        return
    for i, ch in enumerate(doc.text):
        spans = doc.source_spans(i, i + 1)
        assert len(spans) == 1
        b0, b1 = spans[0][0], spans[0][1]
        assert data[b0:b1].decode("utf-8") == original[i], (i, ch)


TRAD = "國務院辦公廳關於後來發展乾燥頭髮藉此著名覆蓋批覆瀋陽意志消沈網際網路滑鼠資料庫臺灣裡麵製造鬥爭"
SIMP = "国务院办公厅关于后来发展干燥头发借此著名覆盖批复沈阳意志消沉互联网鼠标数据库台湾里面制造斗争"
MIXED_ALPHABET = TRAD + SIMP + "，。；：！？、“”（）《》\n 0123456789abcXYZ%"


@given(st.text(alphabet=MIXED_ALPHABET, max_size=120), st.sampled_from(["t2s", "tw2sp", "hk2s", "s2t", "s2twp"]))
def test_convert_script_equals_opencc(text: str, config: str) -> None:
    assert convert_script(text, config) == opencc.OpenCC(config).convert(text)


@given(st.text(alphabet=MIXED_ALPHABET, max_size=120), st.sampled_from(["t2s", "tw2sp"]))
def test_every_converted_character_keeps_its_bytes(text: str, config: str) -> None:
    doc = Document.from_text(text)
    doc.apply(ScriptConverter(ScriptConfig(config=config))(doc), filter="script")
    assert doc.text == opencc.OpenCC(config).convert(text)
    _assert_char_provenance(doc)
    for c in doc.changes:  # coarse edits: at most one per line for same-length conversions
        assert "\n" not in c.old


SIMPLIFIED_WORDS = [
    "国务院", "关于", "进一步", "加强", "安全生产", "工作", "的", "通知", "各省", "自治区", "直辖市", "人民政府",
    "发展", "改革", "委员会", "坚持", "以", "习近平", "新时代", "中国特色社会主义", "思想", "为", "指导", "全面",
    "贯彻", "党的二十大", "精神", "推动", "高质量", "覆盖", "后来", "干部", "头发", "借此", "什么", "破坏",
    "，", "。", "；", "：", "“", "”", "2024年", "5.8%", "\n", "　　",
]


@given(st.lists(st.sampled_from(SIMPLIFIED_WORDS), max_size=40))
def test_simplified_text_is_left_alone(words: list[str]) -> None:
    text = "".join(words)
    assert convert_script(text) == text
    doc = Document.from_text(text)
    assert ScriptConverter()(doc) == []


def test_simplified_document_is_skipped_without_calling_opencc(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = backend.get_converter("t2s")
    def count(text: str) -> str:
        calls.append(text)
        return real(text)

    counting = backend.Converter(real.config, real.backend, count)
    monkeypatch.setattr("govtext.script.convert.get_converter", lambda _c: counting)
    text = "　　各区人民政府，市政府各委、办、局：\n现将《关于什么是破坏营商环境行为的意见》印发给你们。\n" * 200
    assert conversion_edits(text) == []
    assert calls == []
    assert conversion_edits(text + "附件：後續安排\n") != []
    assert calls == ["附件：後續安排"]


def test_long_line_is_converted_by_sentences_with_same_result() -> None:
    line = "國務院關於加強管理的通知。" * 800 + "意志消沈！" * 10
    edits = conversion_edits(line, ScriptConfig(max_segment=500))
    assert len(edits) > 10
    assert convert_script(line) == opencc.OpenCC("t2s").convert(line)


def test_change_reason_lists_conversions() -> None:
    doc = Document.from_text("後來於是發展髮型")
    doc.apply(ScriptConverter()(doc), filter="script")
    (change,) = doc.changes
    assert change.rule == "t2s" and change.filter == "script"
    assert change.reason == "OpenCC t2s: 後→后, 來→来, 於→于, …"


def test_length_changing_conversion_is_one_local_edit() -> None:
    doc = Document.from_text("使用網際網路辦事")
    edits = ScriptConverter(ScriptConfig(config="tw2sp"))(doc)
    doc.apply(edits, filter="script")
    assert doc.text == "使用互联网办事"
    # the phrase maps to the hull of its bytes; 辦→办 next to it keeps its own
    assert [(e.start, e.end, e.replacement) for e in edits] == [(2, 6, "互联网"), (6, 7, "办")]
    assert not doc.removed
    assert doc.source_spans(2, 5) == [(6, 18)]
    assert doc.source_spans(5, 6) == [(18, 21)]


def test_metadata_script_is_detected_before_conversion() -> None:
    doc = Pipeline([ScriptConverter()])("湖州市人民政府關於印發工作報告的通知")
    assert doc.metadata["script"] == "traditional"
    assert doc.text == "湖州市人民政府关于印发工作报告的通知"
    assert detect_script("一段简体中文，夹着幾個繁體字") == "mixed"


def test_phrase_override_provenance_names_the_override(tmp_path: Path) -> None:
    f = tmp_path / "names.txt"
    f.write_text("# people\n於謙\t于谦\n\n乾隆 乾隆  # keep\n", encoding="utf-8")
    doc = Document.from_text("於謙和乾隆後來")
    doc.apply(ScriptConverter(ScriptConfig(phrases=(str(f),)))(doc), filter="script")
    assert doc.text == "于谦和乾隆后来"
    override = [c for c in doc.changes if c.rule == "phrase-override"]
    assert len(override) == 1
    assert f"{f}:2" in override[0].reason and "於謙→于谦" in override[0].reason
    _assert_char_provenance(doc)


def test_later_phrase_sources_win_and_bad_files_fail_clearly(tmp_path: Path) -> None:
    d = load_phrases([{"乾": "干"}, {"乾": "乾"}])
    assert convert_script("乾燥", phrases=[d]) == "乾燥"
    bad = tmp_path / "bad.txt"
    bad.write_text("一 二 三\n", encoding="utf-8")
    with pytest.raises(PhraseFileError, match=r"bad\.txt:1"):
        PhraseDictionary.from_file(bad)
    with pytest.raises(PhraseFileError, match="unknown built-in"):
        load_phrases(["builtin:nope"])


def test_reimplemented_backend_warns_once_and_still_converts(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = backend.OpenCCBackend("reimplemented", "opencc-python-reimplemented", "0.1.7")
    monkeypatch.setattr(backend, "detect_backend", lambda: fake)
    monkeypatch.setattr(backend, "_warned", [False])
    backend.get_converter.cache_clear()
    try:
        with pytest.warns(backend.ReimplementedBackendWarning, match="pip install opencc"):
            conv = backend.get_converter("t2s")
        assert conv.backend == "reimplemented" and conv("後來") == "后来"
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            backend.get_converter("tw2s")
        assert "reimplemented" in backend.describe_backend()
    finally:
        backend.get_converter.cache_clear()


def test_missing_backend_and_unknown_config_raise_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(backend.OpenCCUnavailableError, match="unknown or unreadable OpenCC config"):
        backend.get_converter("x2y")
    monkeypatch.setattr(backend, "detect_backend", lambda: backend.OpenCCBackend("missing", None, None))
    backend.get_converter.cache_clear()
    try:
        with pytest.raises(backend.OpenCCUnavailableError, match="pip install opencc"):
            backend.get_converter("t2s")
    finally:
        backend.get_converter.cache_clear()


def test_cli_phrases_flag_and_bad_script_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govtext.cli import EXIT_OK, EXIT_USAGE, main

    src = tmp_path / "doc.txt"
    src.write_text("湖州市人民政府於謙路的乾隆酒店(jì)後來著力推進\n", encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_text("於謙路 于谦路\n乾隆 乾隆\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["clean", str(src), "--phrases", str(names), "--phrases", "builtin:gov", "-o", str(out)]) == EXIT_OK
    assert out.read_text(encoding="utf-8") == "湖州市人民政府于谦路的乾隆酒店后来着力推进\n"
    assert main(["clean", str(src), "--phrases", str(tmp_path / "missing.txt")]) == EXIT_USAGE
    assert main(["clean", str(src), "--script", "t2x"]) == EXIT_USAGE
    assert "unknown or unreadable OpenCC config" in capsys.readouterr().err


def test_no_convert_still_detects_the_script() -> None:
    from govtext import CleanOptions, clean

    doc = clean("國務院辦公廳關於印發通知的通知", options=CleanOptions(script=None))
    assert doc.text == "國務院辦公廳關於印發通知的通知"
    assert doc.metadata["script"] == "traditional"


def test_detection_of_long_texts_samples_evenly() -> None:
    from govtext.script import detect

    trad = "國務院辦公廳關於印發通知的通知。\n" * 80_000
    simp = "国务院办公厅关于印发通知的通知。\n" * 80_000
    assert len(trad) > detect.SAMPLE_WINDOWS * detect.SAMPLE_WINDOW
    assert detect_script(trad) == "traditional"
    assert detect_script(trad + simp) == "mixed"
    assert detect_script(simp + "國" * 10) == "simplified"
