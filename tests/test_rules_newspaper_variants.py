"""Chrome of newspaper e-paper and news-portal pages of papers not seen before
(held-out pages h820-h829): each rule or reading catches lines worded
otherwise than the pages it was written for (other papers, other spellings,
Traditional script, half-width punctuation), and leaves alone the body
sentences that use the same words (a press bureau's notice on e-papers,
corrections and hotlines, tests/cases/blocks/government/gov_94)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import _deck_below_headline
from govtext.blocks.metadata import dateline_reporters, parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/epaper-calendar-head", "2025年05月　◀　▶"),
    ("tools/epaper-calendar-head", "◀ 2024-11 ▶"),
    ("tools/epaper-calendar-head", "上月 2025年3月 下月"),
    ("tools/epaper-calendar-head", "日　一　二　三　四　五　六"),
    ("tools/epaper-calendar-head", "一 二 三 四 五 六 日"),
    ("tools/epaper-calendar-head", "星期日 星期一 星期二 星期三 星期四 星期五 星期六"),
    ("tools/epaper-calendar-head", "Sun Mon Tue Wed Thu Fri Sat"),
    ("tools/epaper-calendar-days", "4　5　6　7　8　9　10"),
    ("tools/epaper-calendar-days", "25 26 27 28 29 30 31"),
    ("tools/epaper-calendar-days", "          1  2  3  4  5"),
    ("tools/epaper-page", "本期导航：01 头版　02 要闻　03 市场　04 企业　05 专刊"),
    ("tools/epaper-page", "今日版面 A01 头版 | A02 要闻 | A03 城事"),
    ("tools/epaper-page", "版面导航：第01版：头版 第02版：要闻 第03版：经济"),
    ("tools/epaper-page", "第2版  综合新闻        责编:贝若兰 美编:谷川"),
    ("tools/epaper-page", "第A05版 本版编辑 王强"),
    ("footer/hotlines-licences", "读者热线:0592-96888(24小时)  欢迎提供新闻线索 一经采用即付报酬"),
    ("footer/hotlines-licences", "订阅热线：010-63210000　广告经营许可证：京西工商广字第0123号"),
    ("footer/hotlines-licences", "本版广告代理：鹭城广源文化传媒有限公司 电话：0592-5118899"),
    ("footer/hotlines-licences", "发行热线 0871-6555123"),
    ("footer/hotlines-licences", "华粮商报社出版　国内统一刊号：CN11-0999　邮发代号：1-88"),
    ("footer/hotlines-licences", "石渠周报社出版　准印证号：川S（2025）0123　内部资料　免费交流"),
    ("footer/paper-correction", "更正"),
    ("footer/paper-correction", "更正启事"),
    ("footer/paper-correction", "　　本报3月13日第2版《一季度粮食收购进度加快》一文中，“8.6%”应为“6.8%”。特此更正，并向读者致歉。"),
    ("footer/paper-correction", "更正:本报8月19日A05版《海沧大桥夜间施工封闭》一文中,封闭时间应为\"23时至次日5时\",特此更正。"),
    ("footer/paper-correction", "本刊2024年第3期刊发的《乡村振兴调研》一文作者署名有误，应为李明，特此更正。"),
    ("footer/paper-correction", "本网5月2日报道《城区新增三处停车场》中，地址有误，现予更正。"),
    ("credits/credit-line", "责任编辑：韩露　　值班主任：蔡文博"),
    ("credits/credit-line", "编辑：王一　值班编委：李二"),
    ("tools/newsletter-signup", "订阅东岸时报电子报　每日精选新闻直送信箱"),
    ("tools/newsletter-signup", "免费订阅南方周报电子报"),
    ("slogan/site-name", "鹭城晚报 e报"),
    ("slogan/site-name", "江城日报E报"),
    ("slogan/site-name", "东岸时报　纸本新闻　›　地方"),
    ("slogan/site-name", "南港日报 纸本"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/epaper-calendar-head", "一、二、三季度分别完成投资12亿元、15亿元、18亿元"),
    ("tools/epaper-calendar-head", "2025年5月工作安排"),
    ("tools/epaper-calendar-days", "第1 2 3组"),
    ("tools/epaper-calendar-days", "2023 2024 2025"),
    ("tools/epaper-page", "本期导航栏目调整说明"),
    ("footer/paper-correction", "对公示中发现的错误，将及时予以更正。"),
    ("footer/paper-correction", "本报3月5日刊发的《关于做好春耕工作的通知》已被广泛转载。"),
    ("footer/paper-correction", "　　见报稿件出现事实性差错的，报社应在发现后3个工作日内刊登更正，特此更正的表述应当清楚。"),
    ("tools/newsletter-signup", "市民可订阅本市日报电子报获取政策信息。"),
    ("slogan/site-name", "日报纸本发行量稳中有升"),
]


test_newspaper_chrome_is_caught, test_body_words_of_newspaper_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "date"), [
    ("2025年3月20日　第05版：储粮科技　　本版主编：廖清和", "2025-03-20"),
    ("2025年08月21日 第A07版:民生 本期共32版", "2025-08-21"),
    ("2024-11-02　第B03版：文体", "2024-11-02"),
])
def test_a_dated_page_header_is_metadata_whole(line: str, date: str) -> None:
    """The page glued to its section by a colon, the issue's page count and the
    page's chief editor are explained, so the dated header is a metadata line."""
    m = parse_meta_line(line)
    assert m is not None and m.fields.get("date") == date and m.coverage == 1.0
    assert "source" not in m.fields


def test_a_photo_credit_beside_the_reporter_keeps_the_line_a_credit() -> None:
    m = parse_meta_line("记者:梁家豪　图:资料图片")
    assert m is not None and m.fields == {"author": "梁家豪"} and m.coverage == 1.0
    assert parse_meta_line("蓝图：到2030年建成") is None


def test_taiwan_tortoise_shell_bracket_dateline_names_the_reporter() -> None:
    assert dateline_reporters("〔记者林宛婷／花莲报导〕花莲县政府昨天表示") == "林宛婷"
    assert dateline_reporters("〔记者王大明、陈小华／台南报导〕台南市议会") == "王大明 陈小华"
    assert dateline_reporters("〔编辑部〕本期内容调整") is None


@pytest.mark.parametrize(("upper", "lower", "deck"), [
    ("城关镇手工业合作社", "提前完成第一季度生产计划", False),
    ("南湖新区", "新建三所小学", False),
    ("政府推出长者医疗券大湾区先导计划", "合资格长者可于九间指定医院使用", True),
    ("老旧小区加装电梯今年已开工168台", "建设资金按楼层分摊,财政每台补贴最高25万元", True),
    ("全市项目集中开工", "总投资586亿元　涉及先进制造等领域", True),
])
def test_a_deck_under_the_headline_is_no_second_half(upper: str, lower: str, deck: bool) -> None:
    assert _deck_below_headline(upper, lower) is deck


HK_PAGE = """港島日報　電子版
上一頁　下一頁　今日目錄
運輸署推出跨區小巴轉乘優惠
乘客於九十分鐘內轉乘可獲兩元回贈
　　【本報訊】運輸署昨日宣布，由下月起推出跨區小巴轉乘優惠，乘客以八達通於九十分鐘內轉乘指定路線，第二程可獲兩元回贈。
　　署方表示，計劃首階段涵蓋新界東及九龍東共四十二條綠色專線小巴路線，預計每日約有六萬人次受惠。
記者　黃嘉敏
新聞熱線：2111 2222　讀者熱線：2111 2333
"""


def test_a_hong_kong_paper_page_keeps_its_headline_apart_from_its_deck() -> None:
    doc = clean(HK_PAGE)
    assert doc.metadata.get("title") == "运输署推出跨区小巴转乘优惠"
    assert "本报讯" in doc.text and "第二程可获两元回赠" in doc.text
    assert "读者热线" not in doc.text


EVENING_PAGE = """鹭城晚报 e报
2025年08月21日 第A07版:民生 本期共32版
社区食堂今年新增40家
本报讯(记者 陈一帆)昨日,记者从市民政局获悉,今年以来全市新增社区食堂40家,日均服务老年人1.2万人次。
市民政局表示,将继续完善助餐补贴政策,年底前实现街道全覆盖。
读者热线:0592-96888(24小时)
更正:本报8月19日A05版《海沧大桥夜间施工封闭》一文中,封闭时间应为"23时至次日5时",特此更正。
本版责编:阮清 美编:卓然
"""


def test_an_evening_paper_page_loses_its_header_hotline_and_correction() -> None:
    doc = clean(EVENING_PAGE)
    assert doc.metadata.get("date") == "2025-08-21"
    assert doc.metadata.get("source") == "鹭城晚报"
    assert doc.metadata.get("author") == "陈一帆"
    assert "年底前实现街道全覆盖" in doc.text
    for chrome in ("e报", "本期共32版", "读者热线", "特此更正", "阮清"):
        assert chrome not in doc.text, chrome
