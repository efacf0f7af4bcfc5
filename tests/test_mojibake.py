"""Mojibake repair: case files, round-trip and no-false-positive properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import govtext
from govtext.decoding import MojibakeRepairer, repair_text
from govtext.decoding.charsets import big5_level1, gb2312_level1, gb2312_level2
from govtext.decoding.misdecode import PAIRS, decode_with, encode_with, misdecode
from govtext.decoding.mojibake import find_repairs, has_suspects
from govtext.decoding.plausibility import FREQUENT_HAN, clearly_better
from tests.corpus import gold_files, load_gold, requires_corpus, seed_lines

CASES = Path(__file__).parent / "cases" / "decoding"


def _cases(name: str) -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads((CASES / name).read_text(encoding="utf-8"))["cases"]
    return data


def _family(rule: str) -> str:
    """Latin-1 and cp1252 mojibake look the same unless cp1252-only characters occur."""
    return rule.replace("cp1252", "latin1")


@pytest.mark.parametrize("case", _cases("mojibake_generated.json") + _cases("mojibake_hand.json"),
                         ids=lambda c: c["label"])
def test_mojibake_case(case: dict[str, str]) -> None:
    assert repair_text(case["input"]) == case["expected"]
    rules = {_family(r.rule) for r in find_repairs(case["input"])}
    if "rule" in case:
        assert _family(case["rule"]) in rules
    if case["input"] == case["expected"]:
        assert rules == set()


def test_generated_cases_cover_every_pair() -> None:
    rules = {c["rule"] for c in _cases("mojibake_generated.json")}
    assert rules >= set(PAIRS) - {"utf8-as-big5", "gbk-as-big5", "utf8-as-gbk"}
    assert {"utf8-as-gbk", "gbk-as-big5"} <= rules | {c.get("rule", "") for c in _cases("mojibake_hand.json")}


def test_filter_records_each_repair_with_rule_and_reason() -> None:
    garbled = "通知：" + misdecode("发展改革委员", "utf-8", "gbk") + "\n" + misdecode("坚持创新", "gb18030", "latin-1")
    doc = govtext.Document.from_text(garbled)
    edits = MojibakeRepairer()(doc)
    assert edits is not None  # nothing was lost: the repairs come back as edits
    doc.apply(edits, filter="mojibake")
    assert doc.text == "通知：发展改革委员\n坚持创新"
    assert [(c.rule, c.reason) for c in doc.changes] == [
        ("utf8-as-gbk", "encoded as gbk, decoded as utf-8"),
        ("gbk-as-latin1", "encoded as latin-1, decoded as gb18030"),
    ]
    assert doc.changes[0].old == misdecode("发展改革委员", "utf-8", "gbk")
    start = doc.text.index("发展")
    assert doc.source_spans(start, start + 6) == [(9, 9 + len(doc.changes[0].old.encode()))]


def test_default_pipeline_repairs_mojibake_from_bytes() -> None:
    text = "关于加快推进城乡一体化发展的实施意见，请认真贯彻执行"
    doc = govtext.clean(misdecode(text, "gb18030", "cp1252").encode("utf-8"))
    assert text in doc.text


COMMON = sorted(gb2312_level1())
PUNCT = list("，。、；：“”《》（）")


def _traditional(chars: str) -> list[str]:
    import opencc

    return sorted(set(opencc.OpenCC("s2t").convert(chars)) & big5_level1())


def _text_like(frequent: list[str], common: list[str], punct: list[str]) -> st.SearchStrategy[str]:
    """Text whose character mix is like real text: mostly frequent characters."""
    return st.text(st.one_of(st.sampled_from(frequent), st.sampled_from(frequent), st.sampled_from(common),
                             st.sampled_from(punct)), min_size=4, max_size=40)


SIMPLIFIED = _text_like(sorted(set(FREQUENT_HAN)), COMMON, PUNCT)
TRADITIONAL_ONLY = sorted(big5_level1() - gb2312_level1())


SENTENCE_PAIRS = ("big5-as-gbk", "gbk-as-big5")
"""UTF-8 read as Big5 is left out: bytes 0x80-0xA0 are no Big5 trail bytes,
so real sentences never misdecode losslessly (hand-picked cases cover it)."""


def _traditional_text() -> st.SearchStrategy[str]:
    try:
        frequent = _traditional(FREQUENT_HAN)
    except Exception:  # no OpenCC backend: traditional-only characters
        frequent = TRADITIONAL_ONLY
    return _text_like(frequent, TRADITIONAL_ONLY, list("，。、；：「」（）"))


def _han_count(s: str) -> int:
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


SENTENCES = json.loads((CASES / "sentences.json").read_text(encoding="utf-8"))


def _slices(pool: list[str]) -> st.SearchStrategy[str]:
    """Real sentences cut and joined at random places."""
    piece = st.tuples(st.sampled_from(pool), st.integers(0, 30), st.integers(8, 40)).map(
        lambda t: t[0][t[1] : t[1] + t[2]])
    return st.lists(piece, min_size=1, max_size=3).map("".join)


@pytest.mark.parametrize("rule", sorted(set(PAIRS) - {"utf8-as-big5"}))
@settings(suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_repair_undoes_every_lossless_misdecoding(rule: str, data: st.DataObject) -> None:
    pair = PAIRS[rule]
    if rule in SENTENCE_PAIRS:
        # GBK and Big5 both map byte pairs to common hanzi, so for these
        # pairs a string of random characters can garble into another string
        # of random characters just as plausible: real sentences are used.
        text = data.draw(_slices(SENTENCES["traditional" if pair.true == "big5" else "simplified"]))
    else:
        text = data.draw(_traditional_text() if pair.true == "big5" else SIMPLIFIED)
    assume(_han_count(text) >= 4)
    try:
        raw = encode_with(text, pair.true)
        garbled = decode_with(raw, pair.wrong)
        lossless = encode_with(garbled, pair.wrong) == raw
    except UnicodeError:
        lossless = False
    assume(lossless and garbled != text)
    # Only where the plausibility model can tell the two apart: four uncommon
    # characters such as 佚佚叱吳 (Big5 read as cp1252: §H§H¥w§d) read no
    # better than their garbling, and are left alone (see the test below).
    assume(clearly_better(text, garbled))
    repaired = repair_text(garbled)
    if repaired != text:
        # Only acceptable when the garbled text is just as exactly explained
        # by another text misdecoded with another pair (then no model can tell).
        assert any(_explains(repaired, other, garbled) for other in PAIRS.values()), (text, garbled, repaired)


def test_undecidable_short_garbling_is_left_alone() -> None:
    """Regression (found by hypothesis): a garbling that reads as well as its
    source is kept as it is rather than guessed at."""
    garbled = misdecode("佚佚叱吳", "big5", "cp1252")
    assert garbled == "§H§H¥w§d"
    assert not clearly_better("佚佚叱吳", garbled)
    assert repair_text(garbled) == garbled


LAYERED = [
    "　　为深入贯彻落实省、市关于城镇燃气安全专项整治的部署要求，切实防范化解重大安全风险，经县政府同意，现就有关事项通知如下。",
    "　　一、排查范围。全县所有LPG供应站、CNG加气站及餐饮场所，重点检查“瓶、管、阀、表”等设施，覆盖率须达到100%。",
    "主办单位：青禾县人民政府办公室　备案号：湘ICP备05012345号-1　网站标识码：4311000012",
    "青禾县住房和城乡建设局",
]


@pytest.mark.parametrize("layers", [2, 3])
@pytest.mark.parametrize("errors", ["replace", "ignore"])
@pytest.mark.parametrize("text", LAYERED)
def test_double_mojibake_is_undone_in_one_pass(text: str, errors: str, layers: int) -> None:
    """Regression (session 12 fuzzer): UTF-8 read as GBK more than once, with
    bytes lost as U+FFFD or dropped, had one layer undone per pass, so a
    second clean repaired more. One pass now goes on where a repair still
    reads as garble; a second pass finds nothing."""
    garbled = text
    for _ in range(layers):
        garbled = garbled.encode("utf-8").decode("gbk", errors)
    once = govtext.Pipeline([MojibakeRepairer()])(garbled)
    assert govtext.Pipeline([MojibakeRepairer()])(once.text).changes == []


def test_a_further_layer_is_named_in_the_reason() -> None:
    garbled = "青禾县住房和城乡建设局".encode().decode("gbk", "ignore").encode().decode("gbk", "ignore")
    doc = govtext.Pipeline([MojibakeRepairer()])(garbled)
    assert "住房和城乡建" in doc.text
    assert any(c.reason.endswith("layer 2 of a text garbled 2 times") for c in doc.changes)


@pytest.mark.parametrize("text", ["市政府关于加强防汛工作的意见", "县政府召开全县安全生产工作会议", "坚持问题导向"])
def test_latin1_over_gbk_double_mojibake_is_undone_in_one_pass(text: str) -> None:
    """UTF-8 read as GBK, saved as UTF-8 and read as Latin-1 (``ç\x94¯å\x82\x9b``):
    the Latin-1 layer reads no better than its input on its own, but its
    text is mojibake whose repair does; both layers are undone."""
    garbled = text.encode().decode("gb18030", "replace").encode().decode("latin-1")
    doc = govtext.Pipeline([MojibakeRepairer()])(garbled)
    assert doc.text == text
    assert [c.rule for c in doc.changes] == ["utf8-as-latin1", "utf8-as-gbk"]
    assert doc.changes[0].reason.endswith("it reads as mojibake in turn")


def _explains(original: str, pair: object, garbled: str) -> bool:
    from govtext.decoding.misdecode import Pair

    assert isinstance(pair, Pair)
    try:
        return misdecode(original, pair.true, pair.wrong) == garbled
    except UnicodeError:
        return False


RARE = [chr(c) for c in range(0x9FA6, 0x9FCB)] + ["\u3400", "\u4db5", "\U00020000", "\U0002a700", "\uf900"]
CORRECT = st.text(
    st.one_of(
        st.sampled_from(COMMON),
        st.sampled_from(sorted(gb2312_level2())),
        st.sampled_from(sorted(big5_level1())),
        st.sampled_from(RARE),
        st.sampled_from(list("，。、；：？！“”‘’《》（）【】—…·　％ＡＢＣ１２３")),
        st.sampled_from(list("abcdefgXYZ0123456789 .,:;%-/()")),
    ),
    max_size=80,
)


@given(CORRECT)
def test_correct_text_is_never_changed(text: str) -> None:
    assert find_repairs(text) == []


@requires_corpus
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: Path(p).stem)
def test_corpus_lines_are_never_changed(gold_path: Path) -> None:
    gold = load_gold(gold_path)
    lines = seed_lines(gold)
    changed = [(i + 1, r) for i, line in enumerate(lines) for r in find_repairs(line)]
    assert changed == []


def test_suspect_precheck_is_off_for_plain_text() -> None:
    assert not has_suspects("　　各县（市、区）人民政府，市政府各部门：现将《实施方案》印发给你们。")
    assert has_suspects(misdecode("通知", "gb18030", "latin-1"))


@pytest.mark.parametrize("text", [
    "工具機首季出口(ㄎㄡˇ)金額年增一成二，撰稿：林(ㄌㄧㄣˊ)佩君",
    "台灣工具機(ㄐㄧ)產業資訊網，精密(ㄐㄧㄥ ㄇㄧˋ)加工需求帶動業者調整產品組合",
    "台中國際工具機展（ㄓㄢˇ）開放國外買主線上登錄，好的(˙ㄉㄜ)",
    "機(ㄐㄧˉ)械與工(ㄍㄨㄥˉ)廠，精密(ㄐㄧㄥˉ ㄇㄧˋ)加工",
])
def test_zhuyin_annotations_are_not_undone_as_big5_read_as_gbk(text: str) -> None:
    """Bopomofo is what Big5 bytes read as GBK often give, but valid zhuyin
    syllables in brackets after a Han character are a Taiwanese site's
    annotations: the annotation stripper removes them, the repairer leaves them."""
    assert find_repairs(text) == []


def test_big5_read_as_gbk_is_still_undone_next_to_a_zhuyin_annotation() -> None:
    """Garble on another line, which spells no syllables, is repaired as before."""
    garbled = misdecode("縣府推動智慧農業轉型，青農補助再加碼", "big5", "gbk")
    text = "工具機出口(ㄎㄡˇ)金額成長\n" + garbled
    assert repair_text(text) == "工具機出口(ㄎㄡˇ)金額成長\n縣府推動智慧農業轉型，青農補助再加碼"


@pytest.mark.parametrize(("phrase", "after"), [("志愿服务", "隊員二十名"), ("志愿服务", "队员二十名"), ("科普讲解", "隊伍")])
def test_a_utf8_stretch_does_not_run_on_into_the_correct_text_after_it(phrase: str, after: str) -> None:
    """Regression (held-out h1445 in Taiwan wording): the GBK bytes of 隊員
    (``EA A0 86 54``) are valid UTF-8 (``꠆T``), so the repair of the garbled
    志愿服务 before it ran on and read ``志愿服务꠆T``. An edge piece that
    reads worse than the text as it is stays as it is."""
    text = "本会现招募科普" + misdecode(phrase, "utf-8", "gbk") + after + "，欢迎报名。"
    assert repair_text(text) == "本会现招募科普" + phrase + after + "，欢迎报名。"
