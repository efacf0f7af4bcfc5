"""Characters that look broken but are not, and characters that are (held-out
pages h600-h609): text from PDFs and old databases.

- Kangxi radicals a PDF's font writes for ordinary ideographs (``⼈`` U+2F08
  for 人) become the ideographs (recorded); the CJK radicals supplement
  (``⺠`` U+2EA0, no Unicode equivalence) stays in the text, and is read as
  its ideograph in the title of the metadata only.
- Vertical and small presentation forms of punctuation (``︰ ﹐ ﹒ ︵ ﹏``) are
  punctuation to the mojibake repairer, not rare symbols: a Traditional
  line holding them is not "repaired" into other Han characters.
- Rare ideographs of the extensions, private-use glyphs of a UTF-8 page and
  ideographic description sequences in names are kept and not flagged.
- A site's note that rare characters may not display goes; a sentence of a
  policy on rare-name characters, with the same words, stays.
"""

from __future__ import annotations

import unicodedata

import pytest

from govtext import Document, clean
from govtext.blocks.classify import _headline_radicals_as_ideographs
from govtext.decoding.plausibility import char_cost, clearly_better
from govtext.filters.characters import CharacterConfig, CharacterNormalizer
from govtext.record import to_record
from tests.rule_lines import assert_caught, assert_kept, rule_line_tests


def _normalized(text: str, config: CharacterConfig | None = None) -> Document:
    doc = Document.from_text(text)
    doc.apply(CharacterNormalizer(config)(doc))
    return doc


@pytest.mark.parametrize(("pdf", "plain"), [
    ("\u2f08\u2ea0\u653f\u5e9c", "人\u2ea0政府"),  # ⼈⺠政府: 人 folded, the supplement form kept
    ("\u2f42\u4ef6\u7f16\u53f7", "文件编号"),  # ⽂件编号
    ("2026\u5e743\u2f4918\u2f47", "2026年3月18日"),  # a date beside digits, not only beside Han
    ("\u2f2f\u4f5c\u2f45\u6848", "工作方案"),  # ⼯作⽅案
    ("\u2f8f\u653f\u2f00\u6b21", "行政一次"),  # ⾏政⼀次
    ("\u81fa\u7063\u2fa8\u2fd5", "臺灣門龠"),  # Traditional: ⾨ ⿕ (the last radical)
])
def test_kangxi_radicals_become_ideographs_and_are_recorded(pdf: str, plain: str) -> None:
    doc = _normalized(pdf)
    assert doc.text == plain
    assert {c.rule for c in doc.changes} == {"kangxi-radical"}


def test_kangxi_radical_folding_can_be_turned_off() -> None:
    text = "\u2f08\u6c11\u653f\u5e9c"
    assert _normalized(text, CharacterConfig(fold_kangxi_radicals=False)).text == text


def test_radical_supplement_forms_and_ordinary_ideographs_are_left_alone() -> None:
    text = "\u2ea0\u2ed3\u2ed4人民政府长江门户"
    doc = _normalized(text)
    assert doc.text == text and not doc.changes


def test_headline_reads_radical_supplement_forms_as_ideographs() -> None:
    assert _headline_radicals_as_ideographs("\u5173\u4e8e\u2ed3\u6c5f\u2ee2\u9a7f\u2ed4\u524d\u7684\u901a\u77e5") == "关于长江马驿门前的通知"
    assert _headline_radicals_as_ideographs("关于人民政府的通知") == "关于人民政府的通知"


def test_pdf_title_and_text_after_cleaning() -> None:
    page = ("\u82cd\u5cad\u53bf\u2f08\u2ea0\u653f\u5e9c\u5173\u4e8e\u5370\u53d1\u300a\u519c\u6751\u2f63\u6d3b\u6c61\u2f54"
            "\u6cbb\u7406\u2f2f\u4f5c\u2f45\u6848\u300b\u7684\u901a\u77e5\n"
            "\u3000\u3000\u73b0\u5c06\u300a\u519c\u6751\u2f63\u6d3b\u6c61\u2f54\u6cbb\u7406\u2f2f\u4f5c\u2f45\u6848\u300b"
            "\u5370\u53d1\u7ed9\u4f60\u4eec\uff0c\u8bf7\u7ed3\u5408\u5b9e\u9645\u8ba4\u771f\u8d2f\u5f7b\u6267\u2f8f\u3002\n")
    doc = clean(page)
    assert doc.metadata["title"] == "苍岭县人民政府关于印发《农村生活污水治理工作方案》的通知"
    assert "现将《农村生活污水治理工作方案》印发给你们，请结合实际认真贯彻执行。" in doc.text


@pytest.mark.parametrize("c", "︰﹐﹒︵︶﹁﹂︽︾︒︑﹑﹏︐︓﹔﹕")
def test_presentation_punctuation_costs_as_punctuation(c: str) -> None:
    assert char_cost(c) == char_cost("，")


@pytest.mark.parametrize(("line", "garble_reading"), [
    ("鄉長　林﹏﹏﹏", "舆姊姊姊"),  # a masked name in a vertical PDF: not Big5 read as GBK
    ("主旨︰請　查照﹒", None),
])
def test_vertical_pdf_punctuation_is_not_taken_for_mojibake(line: str, garble_reading: str | None) -> None:
    out = clean(line + "\n").text
    assert "﹏﹏﹏" in out or "︰" in out
    if garble_reading is not None:
        assert garble_reading not in out
        assert not clearly_better(garble_reading, line.split("　")[1])


@pytest.mark.parametrize("line", [
    "鹭湾市某局所属临街商铺两间（面积分别为45㎡、62㎡）现公开招租，租期三年。",
    "　　项目用地面积约3.2㎞，年产饲料1.5万吨，每袋25㎏、50㎏两种规格。",
])
def test_unit_signs_beside_punctuation_are_not_taken_for_mojibake(line: str) -> None:
    """Regression: once the small presentation brackets cost as punctuation,
    ``㎡、`` read as Big5 (``呢﹜``) looked cheaper and was "repaired"."""
    assert clean(line + "\n").text.strip() == line.strip()


@pytest.mark.parametrize("line", [
    "　　主　任：王\U00020bb7　副主任：李\u4dae　委　员：张堃　陈\U0002c317　刘喆",  # extension B-G names
    "　　任命陈\ue82a同志为县教育局副局长；",  # a private-use glyph of a UTF-8 page (a home-made glyph)
    "　　邑人⿰王⿱亠口君倡议重修，捐银二百两。",  # an ideographic description sequence
    "　　时任岛原市市长山\ufa11健一赠送书法作品。",  # 﨑: a unified ideograph of the compatibility block
])
def test_rare_and_private_characters_in_names_are_kept_unflagged(line: str) -> None:
    doc = clean("县政府关于人事任免的通知\n" + line + "\n　　特此通知。\n")
    assert line.strip("　") in doc.text
    assert not to_record(doc)["warnings"]


def test_compatibility_ideographs_become_unified_and_are_recorded() -> None:
    doc = _normalized("成员\uf90a永\uf9e1")
    assert doc.text == "成员金永李"
    assert {c.rule for c in doc.changes} == {"nfc"}


CAUGHT: list[tuple[str, str]] = [
    ("footer/rare-glyph-display-notice", "本栏目内容由原网站数据库迁移，个别生僻字可能显示异常，请以纸质文件为准。"),
    ("footer/rare-glyph-display-notice", "因字库原因，部分生僻字无法正常显示，敬请谅解。"),
    ("footer/rare-glyph-display-notice", "部分罕用字可能無法正常顯示，請以紙本為準。"),
    ("footer/rare-glyph-display-notice", "文中少数冷僻字显示为□，请以印发稿为准"),
    ("footer/rare-glyph-display-notice", "注：特殊字符显示有误的, 请参照原件为准"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/rare-glyph-display-notice", "　　针对群众姓名中生僻字在户籍系统中无法正常显示的问题，市公安局完成了字库升级。"),
    ("footer/rare-glyph-display-notice", "　　因字库缺字，部分生僻字无法显示，导致群众办事受阻，请各地以人工核验为准开展工作。"),
    ("footer/rare-glyph-display-notice", "　　已使用私用区字符登记的，以纸质户籍档案为准更正。"),
    ("footer/rare-glyph-display-notice", "　　生僻字显示异常的，窗口应当场出具姓名用字说明。"),
]


test_rare_glyph_notices_are_caught, test_rare_glyph_policy_sentences_are_kept = rule_line_tests(CAUGHT, KEPT)


def _warned(text: str) -> str:
    return " ".join(w["text"] for w in to_record(clean(text))["warnings"])


@pytest.mark.parametrize("line", [
    "　　免去郑?明同志的县交通局副局长职务。",
    "　　任命刘?同志为县水务局副局长。",
    "　　联系人:李?华女士,电话:0731-8459021。",
])
def test_lost_name_character_is_flagged_on_a_half_width_page(line: str) -> None:
    assert "?" in _warned("县政府关于人事任免的通知\n" + line + "\n　　特此通知.\n")


@pytest.mark.parametrize("line", [
    "　　是不是?明天再说。",
    "　　大家同意吗?同志们纷纷举手。",
])
def test_question_marks_of_a_half_width_page_are_not_flagged(line: str) -> None:
    assert "?" not in _warned("座谈会纪要\n" + line + "\n")


def test_gbk_read_as_euc_kr_is_flagged_and_korean_kept() -> None:
    garble = unicodedata.normalize(  # half-width commas: the line is not mostly rare hanzi to the garble check
        "NFKC", "会议要求，各县市要抓好种子化肥等农资储备，确保春耕生产顺利开展。".encode("gbk").decode("euc_kr", "replace"))
    korean = "　　会上发放了朝汉双语手册《봄갈이 기술 안내》（春耕技术指南）和연변조선족자치주 지도。"
    doc = clean("州农业农村局部署春耕工作\n" + garble + "\n" + korean + "\n")
    warned = " ".join(w["text"] for w in to_record(doc)["warnings"])
    assert garble[:6] in warned
    assert "봄갈이" not in warned and korean.strip("　") in doc.text


@pytest.mark.parametrize("line", ["연변조선족자치주인민정부", "장백조선족자치현인민정부", "연변일보", "연변텔레비죤방송국",
                                  "연변조선족자치주 인민대표대회 상무위원회"])
def test_korean_site_names_are_caught(line: str) -> None:
    assert_caught("slogan/korean-site-name", line)


@pytest.mark.parametrize("line", ["　　会上发放了朝汉双语春耕技术手册《봄갈이 기술 안내》2000余册。", "봄갈이 기술 안내",
                                  "주정부는 봄갈이 준비를 잘하였다", "延边朝鲜族自治州人民政府"])
def test_korean_sentences_and_chinese_names_are_kept(line: str) -> None:
    assert_kept("slogan/korean-site-name", line)


@pytest.mark.parametrize(("rule_id", "line"), [
    ("footer/site-address", "竹岚乡公所　地址：55849南投县竹岚乡中正路100号　电话：049-2771234"),
    ("footer/site-address", "泉城市档案馆　地址：泉城市历山路91号　邮编：250014"),
    ("footer/site-address", "临川县图书馆 | 地址：城关镇文化路2号　邮政编码：415600"),
    ("footer/site-address", "本馆地址：北江市滨河路8号　电话：0771-5512345"),
    ("footer/sponsor-address", "苍岭县人民政府办公室主办　联系电话：0577-67221100"),
    ("footer/sponsor-address", "北江市数据局承办 | 电话：(0771)5512345"),
    ("footer/accessibility-badge", "服务时间：周一至周五 08:00-12:00、13:30-17:30　本网站已通过无障碍AA检测"),
])
def test_footer_wordings_of_archive_and_township_sites_are_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


@pytest.mark.parametrize(("rule_id", "line"), [
    ("footer/site-address", "　　新馆地址：历山路91号，开放时间为每周二至周日，咨询电话另行公布。"),
    ("footer/sponsor-address", "　　本次活动由县文化馆主办，联系电话将在报名通知中公布。"),
    # a notice's own address and postcode above its signature: no name says it is the site's
    ("footer/site-address", "地址：青禾市府前路9号  邮编：310001"),
    ("footer/site-address", "来信地址：北江市滨河路8号　邮政编码：530000"),
])
def test_footer_words_in_sentences_are_kept(rule_id: str, line: str) -> None:
    assert_kept(rule_id, line)


def test_accessibility_sentence_of_a_report_stays() -> None:
    line = "　　截至目前，全市已有32个政府网站通过无障碍AA检测，覆盖率达到百分之百。"
    doc = clean("关于政府网站适老化改造情况的通报\n　　今年以来，各地持续推进政府网站适老化和无障碍改造。\n" + line + "\n")
    assert line.strip("　") in doc.text


@pytest.mark.parametrize(("rule_id", "line"), [
    ("label-table/database-record-labels", "记录编号：RS-2009-0187　入库时间：2009-06-23 09:14:55　录入：admin"),
    ("label-table/database-record-labels", "整理：县史志研究室　校对：二校　上线日期：2025-11-03"),
    ("label-table/database-record-labels", "记录号：000812 | 录入员：zhangwei | 采集日期：2011/03/02"),
    ("slogan/site-name", "龙溪县人民政府公众信息网（旧版归档）"),
    ("slogan/site-name", "北江市人民政府门户网站（历史版）"),
])
def test_old_database_record_and_archived_site_names_are_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


@pytest.mark.parametrize(("rule_id", "line"), [
    ("label-table/database-record-labels", "　　录入由窗口人员完成，校对由科室负责人把关。"),
    ("label-table/database-record-labels", "录入：张明"),
    ("slogan/site-name", "　　旧版网站（旧版归档）将于年底前关停，相关信息已迁移至新版政府网站。"),
])
def test_database_words_in_sentences_are_kept(rule_id: str, line: str) -> None:
    assert_kept(rule_id, line)


def test_signature_date_of_a_covering_notice_broken_into_short_lines() -> None:
    page = ("临河县人民政府关于印发《临河县冬春季森林防火方案》的通知\n临政发〔2026〕3号\n各乡镇人民政府，县直各单位：\n"
            "　　现将《临河县冬春季森林防火方案》印发给你们，请认真\n贯彻执行。\n临河县人民政府\n2026年1月9日\n"
            "临河县冬春季森林防火方案\n"
            "　　为切实做好冬春季森林防火工作，保护森林资源和人民群众生命财产安全，结合我县实际，制定本方案。\n"
            "　　各乡镇要落实属地责任，加强野外火源管控，严防森林火灾发生。\n")
    assert clean(page).metadata["date"] == "2026-01-09"



@pytest.mark.parametrize(("pdf", "plain"), [
    ("Graeme Grif\ufb01ths", "Graeme Griffiths"),
    ("Dunedin O\ufb03ce of Trade", "Dunedin Office of Trade"),
    ("Kafi Mo\ufb00att, \ufb02ood \ufb01nance", "Kafi Moffatt, flood finance"),
    ("\ufb05reet \ufb06yle", "street style"),  # the long-s and the plain st ligatures
])
def test_latin_ligatures_become_letters_and_are_recorded(pdf: str, plain: str) -> None:
    doc = _normalized(pdf)
    assert doc.text == plain
    assert {c.rule for c in doc.changes} == {"latin-ligature"}
    assert _normalized(pdf, CharacterConfig(fold_latin_ligatures=False)).text == pdf
