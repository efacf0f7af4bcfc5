"""Damage from broken scraping pipelines inside otherwise correct pages
(h350-h359): UTF-8 read as Shift-JIS (``荳ｭ蝗ｽ``), UTF-8 read as cp1252 and
then NFKC-normalised (``å...3äoŽ``), JavaScript/JSON escapes left in the
text (``\\u7535\\u5b50``), the replacement-character and uninitialised-memory
garbage of a page converted to Traditional script or read as Big5
(``錕斤拷``, ``燙燙燙``, ``嚙踝蕭``) and names a GB2312 encoder wrote as
question marks in a list (``刘?　周海燕``).

Repairs must be exact or not made: each repair is checked against the text
that was garbled, over every line of the held-out and government pages, and
correct text of those pages (as written and NFKC-normalised) must come
through untouched."""

from __future__ import annotations

import json
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

import govtext
from govtext.decoding.corruption import CorruptionFlagger
from govtext.decoding.misdecode import misdecode
from govtext.decoding.mojibake import repair_text
from govtext.decoding.nfkcfold import find_nfkc_latin_repairs, find_nfkc_legacy_repairs
from govtext.decoding.sjis import find_sjis_repairs, sjis_garbled_lines
from govtext.filters.markup import markup_edits

CASES = Path(__file__).parent / "cases" / "blocks"
PAGES = sorted(CASES.glob("heldout/*.txt")) + sorted(CASES.glob("government/*.txt"))


def _garbled(page: Path) -> bool:
    """Whether the gold of ``page`` lists corrupt spans (a held-out page of broken encodings)."""
    gold = page.with_suffix(".json")
    return gold.is_file() and bool(json.loads(gold.read_text(encoding="utf-8")).get("corrupt"))


CORRECT = [p for p in PAGES if not _garbled(p)]


def _lines(paths: list[Path]) -> list[str]:
    """Lines of Chinese prose of ``paths`` (a dozen hanzi or more, no U+FFFD)."""
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if sum(1 for c in line if "\u4e00" <= c <= "\u9fff") >= 12 and "\ufffd" not in line:
                out.append(line)
    return out


def _sjis(text: str) -> str:
    """``text`` as a strict Shift-JIS decoder reads its UTF-8 bytes."""
    return text.encode("utf-8").decode("cp932", "replace")


def _cp1252_nfkc(text: str) -> str:
    """``text`` as a browser's windows-1252 decoder reads its UTF-8 bytes, then NFKC-normalised."""
    read = "".join(bytes((b,)).decode("cp1252", "ignore") or chr(b) for b in text.encode("utf-8"))
    return unicodedata.normalize("NFKC", read)


def _apply(text: str, repairs: list[tuple[int, int, str]]) -> str:
    for start, end, new in reversed(repairs):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize("form", ["as written", "nfkc"])
def test_correct_pages_get_no_sjis_or_folded_latin_repair(form: str) -> None:
    for path in CORRECT:
        text = path.read_text(encoding="utf-8")
        if form == "nfkc":
            text = unicodedata.normalize("NFKC", text)
        assert find_sjis_repairs(text) == [], path.name
        assert sjis_garbled_lines(text) == [], path.name
        assert find_nfkc_latin_repairs(text) == [], path.name
        assert find_nfkc_legacy_repairs(text) == [], path.name


def test_sjis_repairs_are_exact_or_leave_the_lost_character_as_fffd() -> None:
    """Over the prose of the held-out pages: every character a repair gives
    is the one written, or U+FFFD where a lost byte fits several; and most
    lines are read back."""
    lines = _lines(PAGES[:150])
    assert len(lines) >= 500
    read_back = 0
    for line in lines:
        garbled = _sjis(line)
        repairs = find_sjis_repairs(garbled)
        if not repairs:
            continue
        read_back += 1
        got = _apply(garbled, [(r.start, r.end, r.new) for r in repairs])
        assert len(got) == len(line), (line, got)
        assert all(g in (w, "\ufffd") for g, w in zip(got, line, strict=True)), (line, got)
    assert read_back >= 0.7 * len(lines)


def test_folded_latin_repairs_give_the_text_back() -> None:
    """UTF-8 read as cp1252 and NFKC-folded reads back exactly (no byte is
    lost on the way: every folded form stands for one byte)."""
    lines = _lines(PAGES[:150])
    wrong = []
    for line in lines:
        garbled = _cp1252_nfkc(line)
        got = _apply(garbled, [(r.start, r.end, r.new) for r in find_nfkc_latin_repairs(garbled)])
        if got != line:
            wrong.append((line, got))
    assert len(wrong) <= 0.02 * len(lines), wrong[:5]


def test_folded_gbk_read_as_latin1_is_mostly_read_back() -> None:
    """GBK read as Latin-1 and NFKC-folded (``ÎaÇÐÊμ×öoÃ1⁄2``, h164 as the
    corpus would hold it): a folded ``o`` or ``2`` may be its byte (º, ²)
    or itself, so the reading is the most plausible one, not a proof. Most
    lines come back whole, and far fewer characters come out wrong than
    the codec pairs alone made of such lines (0 lines whole, 925 wrong
    characters over 600 lines when this was added)."""
    lines = _lines(PAGES[:150])[:600]
    whole = wrong = 0
    for line in lines:
        garbled = unicodedata.normalize("NFKC", misdecode(line, "gb18030", "latin-1"))
        got = unicodedata.normalize("NFKC", repair_text(garbled))
        want = unicodedata.normalize("NFKC", line)
        whole += got == want
        if got != want:
            wrong += sum(sum(1 for c in got[a1:a2] if c not in garbled)
                         for op, a1, a2, _b1, _b2 in SequenceMatcher(None, got, want, autojunk=False).get_opcodes()
                         if op != "equal")
    assert whole >= 0.75 * len(lines)
    assert wrong <= 0.4 * len(lines)


def test_the_pipeline_repairs_sjis_and_folded_latin_lines_and_flags_what_it_lost() -> None:
    page = ("政策文件库\n" + _sjis("关于加强城市供水安全保障工作的通知") + "\n"
            + _cp1252_nfkc("来源：市住房和城乡建设局") + "　发布日期：2026-04-09\n"
            + "　　" + _sjis("各区人民政府，市政府各委、办、局：") + "\n"
            + "　　一、严格水源保护。各区要落实饮用水水源地保护责任，每季度开展一次水源地环境状况评估。\n")
    doc = govtext.clean(page)
    assert doc.metadata["title"] == "关于加强城市供水安全保障工作的通知"
    assert doc.metadata["source"] == "市住房和城乡建设局"
    assert "区人民政府，市政府各委、办、局" in doc.text
    assert {c.rule for c in doc.changes} >= {"utf8-as-sjis", "utf8-as-cp1252-nfkc"}
    assert any(w.kind == "corrupt-text" and w.text == "\ufffd" for w in doc.warnings)


@pytest.mark.parametrize(("text", "want"), [
    ("将推进\\u7535\\u5b50\\u8bc1\\u7167在政务服务中应用", "将推进电子证照在政务服务中应用"),
    ("截至目前\\uff0c\\u5df2\\u529e\\u7ed3\\u4e8b\\u9879全部公开", "截至目前，已办结事项全部公开"),
    ("\\u5e02\\u653f\\u5e9c办公室印发", "市政府办公室印发"),
])
def test_json_escapes_in_prose_are_decoded(text: str, want: str) -> None:
    doc = govtext.clean(text)
    assert doc.text == want
    assert [c.rule for c in doc.changes if c.filter == "markup"] == ["json-escape"]


@pytest.mark.parametrize("text", [
    "系统接口不得以\\u4e2d\\u6587这类转义形式返回中文。",          # a line about escapes
    "中文“\\u4e2d\\u6587”的写法见附件二。",                    # quoted
    "请求示例：{\"name\":\"\\u4e2d\\u6587\"}，返回值为空。",   # code
    "统一编码规则为UTF-8，禁止在页面中出现\\u4e2d\\u6587等字符。",  # a line about encodings
    "配置项X\\u4e2d\\u6587无需修改。",                        # after a Latin identifier
    "单个转义字符\\u4e2d不予处理。",                          # one escape: as likely an example
])
def test_json_escapes_that_are_text_stay(text: str) -> None:
    assert [e for e in markup_edits(text) if e.rule == "json-escape"] == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("請攜帶身分證及錕斤拷錕斤拷影本辦理。", "錕斤拷錕斤拷"),
    ("每公頃補助燙燙燙燙元。", "燙燙燙燙"),
    ("聯絡人：嚙踝蕭嚙踝蕭，電話：02-23456789。", "嚙踝蕭嚙踝蕭"),
    ("附件：昍昍昍昍", "昍昍昍昍"),
    ("備註：迋迋迋迋", "迋迋迋迋"),
])
def test_garbage_of_traditional_and_big5_pages_is_flagged(text: str, flagged: str) -> None:
    doc = govtext.Document.from_text(text)
    CorruptionFlagger()(doc)
    assert [w.text for w in doc.warnings] == [flagged]


@pytest.mark.parametrize("text", [
    "齒輪嚙合良好，傳動平穩。",
    "開水燙手，燙傷須及時就醫。",
    "古人屯田戍邊，屯墾至今。",
    "昍字見於古籍，迋字今已少用。",
])
def test_the_same_characters_in_prose_are_no_garbage(text: str) -> None:
    doc = govtext.Document.from_text(text)
    CorruptionFlagger()(doc)
    assert doc.warnings == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("表扬以下同志。城关镇：刘?　周海燕　陈建国。白沙乡：黄晓丽　王志强。望再接再厉。", ["?"]),
    ("表扬以下同志。白沙乡：黄晓丽　王志强　??。团结乡：马玉兰。望再接再厉。", ["??"]),
    ("团结乡：吐尔洪·??????，马玉兰", ["??????"]),
    ("获奖名单: 王志强 ?? 李明", ["??"]),
])
def test_names_lost_in_a_list_are_flagged(text: str, flagged: list[str]) -> None:
    doc = govtext.Document.from_text(text)
    CorruptionFlagger()(doc)
    assert [w.text for w in doc.warnings] == flagged


@pytest.mark.parametrize("text", [
    "你们知道吗? 我们明天再来.",
    "请问在哪里办理?　谢谢。",
    "What?? 好的。",
    "这样做对吗??　请指教。",
])
def test_question_marks_before_spaces_that_ask_stay_unflagged(text: str) -> None:
    doc = govtext.Document.from_text(text)
    CorruptionFlagger()(doc)
    assert doc.warnings == []


@pytest.mark.parametrize("text", [
    "部分页面出现了“锟斤拷”一类乱码，请及时处理。",
    "重点核查“烫烫烫”“屯屯屯”等异常字符。",
    "頁面出現「錕斤拷」等亂碼時，請重新匯入。",
])
def test_garbage_quoted_as_an_example_of_garbled_text_is_not_flagged(text: str) -> None:
    doc = govtext.Document.from_text(text)
    CorruptionFlagger()(doc)
    assert doc.warnings == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("附件“锟斤拷”请查收。", "锟斤拷"),             # quoted, but the line says nothing of garbled text
    ("出现锟斤拷锟斤拷等乱码", "锟斤拷锟斤拷"),       # about garbled text, but not quoted
])
def test_garbage_not_quoted_as_an_example_is_flagged(text: str, flagged: str) -> None:
    doc = govtext.Document.from_text(text)
    CorruptionFlagger()(doc)
    assert [w.text for w in doc.warnings] == [flagged]


@pytest.mark.parametrize("text", [
    "确需转义的，仅限“&lt;”“&gt;”“&amp;”等HTML保留字符。",
    "不得将汉字写成“&#20013;&#25991;”形式的数字实体。",
    "正文中不得残留“&nbsp;”等占位符，也不得出现（<br>）标签。",
])
def test_entities_quoted_on_a_line_about_markup_stay(text: str) -> None:
    assert markup_edits(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("HTML5页面改造&nbsp;&nbsp;已完成", "HTML5页面改造  已完成"),          # about markup, not quoted
    ("“&#x6CB3;&#x957F;”巡河制度全面推行", "“河长”巡河制度全面推行"),      # quoted, but nothing about markup
])
def test_entities_elsewhere_are_decoded(text: str, want: str) -> None:
    edits = markup_edits(text)
    for e in reversed(edits):
        text = text[:e.start] + e.replacement + text[e.end:]
    assert text == want


def test_guesses_can_be_left_as_lost_characters() -> None:
    """``MojibakeConfig(guess_lost=False)``: a character several characters
    fit (议 lost two bytes: 耀 and 22 others fit) stays U+FFFD and is
    flagged; one where only one character fits is still restored."""
    from govtext.decoding import MojibakeRepairer
    from govtext.decoding.mojibake import MojibakeConfig, find_repairs

    garbled = "　　会议要求，各乡镇要抢抓农时，组织农技人员深入田间地头。".encode().decode("gbk", "replace")
    kept = "".join(r.new for r in find_repairs(garbled))
    lost = "".join(r.new for r in find_repairs(garbled, MojibakeConfig(guess_lost=False)))
    assert "会耀" in kept and "会\ufffd要求" in lost and "各乡镇要抢抓农时" in lost
    doc = govtext.Document.from_text(garbled)
    edits = MojibakeRepairer(MojibakeConfig(guess_lost=False))(doc)
    if edits is not None:  # (the repairer applies them itself when their text may be garbled again)
        doc.apply(edits, filter="mojibake")
    assert "会\ufffd要求" in doc.text
    CorruptionFlagger()(doc)
    assert not [w for w in doc.warnings if w.kind == "guessed-character"]
    assert any(w.kind == "corrupt-text" and "\ufffd" in w.text for w in doc.warnings)
