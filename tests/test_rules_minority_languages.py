"""Bilingual pages of autonomous regions and Hong Kong's community pages
(held-out pages h780-h789): the chrome in the region's own script goes
(menus, language switches, site names, trails, date lines, previous / next
links, credits), each rule tried on wordings other than the pages', while
the other-language version of the article is the document's text: it is
kept, never "repaired" into hanzi, never stripped of its direction marks or
Mongolian separators, and never run into the Chinese paragraphs."""

from __future__ import annotations

import pytest

from govtext import Document, clean
from govtext.blocks import shape
from govtext.decoding.mojibake import repair_text
from govtext.filters.characters import CharacterNormalizer
from govtext.rejoin.text import ends_sentence
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/language-switch", "བོད་ཡིག | 中文"),
    ("tools/language-switch", "汉文版 | ئۇيغۇرچە | English"),
    ("tools/language-switch", "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ / 中文"),
    ("tools/language-switch", "Монгол хэл | Русский | 中文"),
    ("tools/language-switch", "中文 | Қазақша | قازاقشا"),
    ("tools/language-switch", "壮文版 | 中文版"),
    ("tools/language-switch", "Sawcuengh · 中文"),
    ("tools/language-switch", "English | 繁体 | 简体 | नेपाली | اردو | हिन्दी | ਪੰਜਾਬੀ"),
    ("tools/language-switch", "跳到主要内容 English | 简体 | Tagalog | Bahasa Indonesia"),
    ("tools/language-switch", "本页其他语言版本：Urdu | Nepali | Hindi"),
    ("tools/accesskey", "跳至主要内容区 :::　网站导览　English"),
    ("slogan/minority-site-name", "ཤིག་ཙེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་།"),
    ("slogan/minority-site-name", "日喀则市人民政府　ཤིག་ཙེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་།"),
    ("slogan/minority-site-name", "ئاقسۇ ۋىلايەتلىك مەمۇرىي مەھكىمىسى"),
    ("slogan/minority-site-name", "ئۈرۈمچى شەھەرلىك خەلق ھۆكۈمىتى | 乌鲁木齐市人民政府"),
    ("slogan/minority-site-name", "Хөх хотын засгийн газар"),
    ("slogan/minority-site-name", "Bwzswz Si Yinzminz Cwngfuj | 百色市人民政府"),
    ("breadcrumb/home-chain", "باش بەت > خەۋەرلەر > ساقلىق ساقلاش"),
    ("breadcrumb/home-chain", "Нүүр хуудас › Мэдээ › Боловсрол"),
    ("breadcrumb/home-chain", "མདུན་ངོས། >> གསར་འགྱུར།"),
    ("breadcrumb/minority-location-label", "نۆۋەتتىكى ئورۇن: باش بەت » ئۇقتۇرۇش"),
    ("breadcrumb/minority-location-label", "Байршил: Нүүр хуудас > Мэдээ"),
    ("related/minority-prev-next", "كېيىنكى ماقالە: شەھىرىمىزدە قىشلىق تەنتەربىيە مۇسابىقىسى ئېچىلدى"),
    ("related/minority-prev-next", "Өмнөх мэдээ: Эрээн хотод үзэсгэлэн боллоо"),
    ("related/labelled-link", "相关网页：长者服务 | 家庭服务 | 青年服务"),
    ("credits/tibetan-credits", "རྩོམ་སྒྲིག་པ། བསོད་ནམས་དབང་མོ།"),
    ("credits/tibetan-credits", "ཞུ་དག་པ། ཚེ་དབང་། ཞིབ་བཤེར་པ། པད་མ་རྒྱལ་པོ།"),
    ("label-table/minority-meta-labels", "يوللانغان ۋاقتى: 2024-12-01"),
    ("label-table/minority-meta-labels", "Нийтэлсэн огноо: 2025.03.18"),
    ("label-table/minority-meta-labels", "ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ: 2024-09-30"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/language-switch", "　　学校推行藏汉双语教学，开设藏文、汉文和英文课程。"),
    ("tools/language-switch", "Монгол хэл бичгийн олимпиад амжилттай боллоо."),
    ("slogan/minority-site-name", "ཚོགས་འདུའི་ཐོག་སྲིད་གཞུང་གིས་ལས་དོན་གཙོ་བོ་བཀོད་སྒྲིག་བྱས།"),
    ("slogan/minority-site-name", "　　Эрээн хотын засгийн газар боомтын ажлыг хэлэлцэв, ачаа тээвэр 18 хувиар өслөө."),
    ("slogan/minority-site-name", "　　自治区人民政府印发通知，要求各地做好双语公共服务。"),
    ("breadcrumb/home-chain", "ئۇ باش بەتتە ئېلان قىلىندى."),
    ("breadcrumb/minority-location-label", "ئورنىڭىز بار، ئۇنى تولدۇرۇڭ."),
    ("related/minority-prev-next", "ئالدىنقى ماقالىدە ئېيتىلغاندەك، خىزمەت داۋاملىشىدۇ."),
    ("related/labelled-link", "　　相关网页的内容由各部门负责更新。"),
    ("credits/tibetan-credits", "　　རྩོམ་སྒྲིག་ཁང་གིས་དེབ་གསར་པ་ཞིག་པར་སྐྲུན་བྱས་ཡོད།"),
    ("label-table/minority-meta-labels", "ۋاقتى كەلگەندە، يىغىن ئېچىلىدۇ."),
]


(test_chrome_in_the_regions_script_is_caught,
 test_body_sentences_with_the_same_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


def _characters(text: str) -> str:
    doc = Document.from_text(text)
    doc.apply(CharacterNormalizer()(doc))
    return doc.text


def test_direction_marks_stay_on_a_right_to_left_line_and_go_elsewhere() -> None:
    uyghur = "\u200fيىغىن \u200e2025\u200e-يىلى ئېچىلدى."
    assert _characters(uyghur) == uyghur
    assert _characters("会议\u200f于2025年召开。") == "会议于2025年召开。"


def test_the_mongolian_vowel_separator_and_suffix_space_stay_inside_mongolian_words() -> None:
    word = "ᠬᠣᠷᠢᠶ\u180eᠠ\u202fᠨᠤ"
    assert _characters(word) == word
    assert _characters("正\u180e文\u202f内容") == "正文 内容"


@pytest.mark.parametrize("line", [
    "Министерство иностранных дел Российской Федерации",
    "Эрээн хотын Ардын засгийн газар",
    "Қазақстан Республикасының Үкіметі",
    "中蒙合作。\nНүүр хуудас | Мэдээ | Холбоо барих\n双方签署了备忘录。",
])
def test_words_of_cyrillic_are_not_read_as_big5_or_gbk_garble(line: str) -> None:
    assert repair_text(line) == line


@pytest.mark.parametrize("word", ["ئۈرۈمچى شەھىرى", "Қазақ тілі", "བོད་ལྗོངས", "नेपाली भाषा"])
def test_utf8_of_another_alphabet_read_as_cp1252_is_repaired(word: str) -> None:
    """(Words none of whose UTF-8 bytes cp1252 leaves undefined.)"""
    garbled = word.encode("utf-8").decode("cp1252")
    assert repair_text("通知\n" + garbled + "\n") == "通知\n" + word + "\n"


def test_a_menu_in_the_regions_script_is_a_navigation_row_and_a_sentence_is_not() -> None:
    assert shape.nav_items("باش بەت | خەۋەرلەر | ھۆكۈمەت ئىشلىرى ئاشكارىلىقى | مۇلازىمەت") is not None
    assert shape.nav_items("ᠨᠢᠭᠤᠷ ᠨᠢᠭᠤᠷ　ᠰᠣᠨᠢᠨ ᠮᠡᠳᠡᠭᠡ　ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ") is not None
    assert shape.nav_items("ཚོགས་འདུའི་ཐོག | སྲིད་གཞུང་གིས་ལས་དོན་གཙོ་བོ་བཀོད་སྒྲིག་བྱས་པ་དང་ལོ་འཁོར་གྱི་ལས་འགན་གཏན་འཁེལ་བྱས།") is None


@pytest.mark.parametrize("line", ["хугацааг 25 минут хүртэл богиносгосон байна.", "بۇ يىل قانداق قاتنىشىدۇ؟",
                                  "ལས་དོན་བཀོད་སྒྲིག་བྱས།", "सेवा निःशुल्क छ।", "یہ سروس مفت ہے۔", "ᠪᠣᠯᠤᠨ᠎ᠠ᠃"])
def test_other_alphabets_end_their_sentences(line: str) -> None:
    assert ends_sentence(line)


BILINGUAL_PAGE = """ᠮᠣᠩᠭᠣᠯ | 中文 | English
ᠰᠢᠯᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ
锡林郭勒盟行政公署
首页　新闻动态　政务公开　政务服务　互动交流
锡林郭勒盟召开牧区防灾减灾工作会议
发布日期：2024-11-20　来源：盟应急管理局
　　11月19日，锡林郭勒盟召开牧区防灾减灾工作会议，部署今冬明春防寒救灾工作。
　　ᠬᠤᠷᠠᠯ ᠳᠤ ᠡᠨᠡ ᠡᠪᠦᠯ ᠬᠠᠪᠤᠷ ᠤᠨ ᠭᠠᠮᠤᠭ ᠠᠴᠠ ᠰᠡᠷᠭᠡᠢᠯᠡᠬᠦ ᠠᠵᠢᠯ ᠢ ᠵᠣᠬᠢᠶᠠᠨ ᠪᠠᠶᠢᠭᠤᠯᠪᠠ᠃
　　会议要求，各旗县市区提前储备饲草料，做好牧民转移安置预案。
Эрээн хотын Ардын засгийн газрын мэдээ: өвөлжилтийн бэлтгэл хангагдсан байна.
ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ ᠡᠳᠦᠷ: 2024.11.20
主办：锡林郭勒盟行政公署办公室　蒙ICP备05000101号
"""


def test_a_bilingual_page_keeps_both_versions_apart_and_drops_the_chrome_of_both() -> None:
    """Another league's page: the Mongolian and Russian lines of the article
    stay, each its own paragraph; the language switch, the Mongolian site
    name and the Mongolian date line go."""
    doc = clean(BILINGUAL_PAGE)
    text = doc.text
    for line in BILINGUAL_PAGE.splitlines()[6:10]:
        assert line.strip() in text.splitlines() or "　　" + line.strip() in text.splitlines(), line
    assert "ᠮᠣᠩᠭᠣᠯ | 中文" not in text
    assert "ᠨᠡᠢᠲᠡᠯᠡᠭᠰᠡᠨ" not in text
    assert "ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ" not in text
    assert doc.metadata["title"] == "锡林郭勒盟召开牧区防灾减灾工作会议"
    assert doc.metadata["date"] == "2024-11-20"
