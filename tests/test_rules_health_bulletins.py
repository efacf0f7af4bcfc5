"""Chrome of health-commission and disease-control pages (held-out pages
h930-h939): a video card's length and play count, the card's title under
the article, a tag cloud of hot words, a consult-a-doctor widget and a
chart's data-as-of stamp. Each rule catches lines worded otherwise than the
pages it was written for (other sites, spellings, half-width punctuation),
and leaves alone the body sentences that use the same words (a bulletin's
own note on the data's cut-off day, a notice on internet hospitals, a
report on the year's health words). The case counts of a bulletin close a
clause a hard wrap cut off (``…共报告法定传染病`` / ``1862例，…``), and the
first page's copy of a report's running head goes with the later ones."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/video-card-stats", "02:36　播放：3.4万"),
    ("tools/video-card-stats", "03:15 | 观看 1.2万次"),
    ("tools/video-card-stats", "播放量 8562 · 01:48"),
    ("tools/video-card-stats", "时长 1:02:10　播放 12万"),
    ("tools/video-card-stats", "05:20  观看:32万"),
    ("related/video-card-link", "视频｜流感疫苗，今年你打了吗？"),
    ("related/video-card-link", "【视频】专家教你正确洗手六步法"),
    ("related/video-card-link", "微视频 | 守护“一老一小”健康"),
    ("label-table/hot-words", "健康科普热词：流感　诺如病毒　一氧化碳　手卫生　戴口罩　老年人"),
    ("label-table/hot-words", "热门话题：登革热 | 狂犬病 | 结核病 | 控烟"),
    ("label-table/hot-words", "搜索热词: 疫苗预约 / 核酸 / 医保报销"),
    ("label-table/hot-words", "健康标签云：高血压 糖尿病 减盐 控油"),
    ("tools/consult-doctor-widget", "在线咨询医生 >"),
    ("tools/consult-doctor-widget", "免费问医生"),
    ("tools/consult-doctor-widget", "找专家 >>"),
    ("tools/consult-doctor-widget", "一键问诊药师 →"),
    ("tools/consult-doctor-widget", "不舒服？点这里，三甲医院医生10分钟内回复"),
    ("tools/consult-doctor-widget", "执业医师3分钟极速响应"),
    ("tools/consult-doctor-widget", "孩子发烧? 点我, 儿科医生在线问诊"),
    ("label-table/data-as-of-stamp", "数据截至：2026年1月7日　资料来源：卫生局疾病预防控制中心"),
    ("label-table/data-as-of-stamp", "数据更新至: 2025-11-30 24时"),
    ("label-table/data-as-of-stamp", "（统计数据截止时间：12月1日15时30分）"),
    ("label-table/data-as-of-stamp", "疫情数据更新时间：2025/12/03 | 数据来源：市疾控中心"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/video-card-stats", "该科普视频播放量达3.4万次，时长02:36。"),
    ("tools/video-card-stats", "19:30　观看：露天电影《我和我的家乡》"),
    ("related/video-card-link", "视频会议上，各地汇报了流感防控工作进展。"),
    ("label-table/hot-words", "2025年度健康科普热词：“体重管理”位列第一。"),
    ("label-table/hot-words", "年度十大健康热词：体重管理、三减三健、大病不出县、互联网医院"),
    ("tools/consult-doctor-widget", "互联网医院医生将在30分钟内回复患者的咨询。"),
    ("tools/consult-doctor-widget", "群众可通过健康热线咨询医生，也可到社区卫生服务中心就诊。"),
    ("tools/consult-doctor-widget", "出现症状应及时就医，主动告知医生旅行史。"),
    ("label-table/data-as-of-stamp", "　　注：数据来源于中国疾病预防控制信息系统，按报告日期统计，数据截至2025年11月5日24时。"),
    ("label-table/data-as-of-stamp", "数据截至目前，全市累计接种流感疫苗16.1万剂。"),
    ("label-table/data-as-of-stamp", "截至12月1日，全市共报告手足口病1012例。"),
]


(test_health_site_chrome_is_caught,
 test_body_words_of_health_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


MACAU_PAGE = """衛生局
新聞稿
流感活躍程度上升　衛生局籲長者接種疫苗
2026-01-16　|　衛生局
　　衛生局最新監測數據顯示，過去一週流感樣病例佔門急診就診比例為9.1%，較前一週上升，甲型H3N2流感病毒為主要流行病毒株。
　　衛生局呼籲長者及長期病患者盡快接種季節性流感疫苗，出現發燒、咳嗽等症狀時應戴上口罩並及早求醫。
數據截至：2026年1月14日　資料來源：衛生局疾病預防控制中心
分享至：微信　Facebook
"""


def test_a_data_as_of_stamp_gives_the_page_neither_date_nor_source() -> None:
    """The stamp under a surveillance story goes, and neither its day nor its
    figures' source becomes the page's: the story's own line dates it."""
    doc = clean(MACAU_PAGE)
    assert "数据截至" not in doc.text and "資料來源" not in doc.text
    assert "流感样病例" in doc.text or "流感樣病例" in doc.text
    assert doc.metadata["date"] == "2026-01-16"
    assert doc.metadata["source"] != "卫生局疾病预防控制中心"


@pytest.mark.parametrize(("first", "second"), [
    ("2025年第48周（11月24日至11月30日），全市共报告法定传染病", "1862例，较上周上升9.2%，无死亡病例报告。"),
    ("全区本周报告诺如病毒感染聚集性疫情，均发生在托幼机构，共", "2起，已得到有效处置。"),
    ("截至本周，全市累计接种流感疫苗，其中60岁以上老年人接种", "1.6万剂，接种率同比上升。"),
    ("各哨点医院本周共监测流感样病例，门急诊就诊总数为", "3200人次，比上周有所增加。"),
])
def test_a_case_count_closes_the_clause_a_wrap_cut_off(first: str, second: str) -> None:
    assert continuation_reason(first, second) is not None


@pytest.mark.parametrize(("first", "second"), [
    ("全市共报告法定传染病1862例，无死亡病例。", "2起聚集性疫情均已处置。"),
    ("二、重点传染病", "1862例流感病例中，儿童占六成。"),
])
def test_a_count_after_a_finished_sentence_or_heading_opens_its_own_line(first: str, second: str) -> None:
    assert continuation_reason(first, second) is None


REPORT = """霁川市疾病预防控制中心
首页 > 疫情信息 > 疫情周报
疾控中心传染病疫情周报（2025年第49周）
发布日期：2025-12-10　　阅读次数：212
疾控中心传染病疫情周报　　　　　　　　　2025年第49周
一、总体情况
本周全市共报告法定传染病1905例，无死亡病例报告。
— 1 —
疾控中心传染病疫情周报　　　　　　　　　2025年第49周
二、风险提示
预计未来一周流感活动水平将继续上升。
— 2 —
"""


def test_the_first_pages_copy_of_a_running_head_goes_with_the_later_ones() -> None:
    """The running head beside the second page number goes as furniture; its
    copy above the first page's text, under the web page's chrome and
    headline, goes too, while the headline (no wide gap) stays."""
    doc = clean(REPORT)
    assert "疫情周报　" not in doc.text
    assert doc.text.startswith("疾控中心传染病疫情周报（2025年第49周）")
    assert "一、总体情况" in doc.text and "二、风险提示" in doc.text


def test_a_heading_that_repeats_a_running_head_without_its_gap_stays() -> None:
    """Only a head set to both margins is copied so: a report's section
    heading that happens to read like the head of a later page stays."""
    text = REPORT.replace("疾控中心传染病疫情周报　　　　　　　　　2025年第49周\n一、", "疾控中心传染病疫情周报\n一、", 1)
    doc = clean(text)
    assert "\n疾控中心传染病疫情周报\n一、总体情况" in doc.text


def test_a_full_line_of_one_wrap_goes_on_in_the_next_one_comma_and_all() -> None:
    """Two lines as wide as each other, the first stopping on a character: the
    second, one clause comma and 20 characters, is the wrapped rest, not a heading."""
    first = "预计未来一周我市流感活动水平将继续上升。建议各级医疗机构加强"
    assert continuation_reason(first, "发热门诊力量配置，学校和托幼机构严格落实晨午检和因病缺勤追踪") is not None


@pytest.mark.parametrize("second", [
    "二、加强发热门诊建设，提升救治能力和服务水平质量",
    "加强发热门诊建设，提升救治能力",
    "发热门诊力量配置，学校和托幼机构严格落实晨午检和因病缺勤追踪制度和消毒措施等",
])
def test_a_heading_or_a_line_of_another_width_after_a_full_line_stays_apart(second: str) -> None:
    """A numbered heading, a short heading with a comma, or a line wider than
    the wrap after a prose line that stops on a character stays its own line."""
    first = "预计未来一周我市流感活动水平将继续上升。建议各级医疗机构加强"
    assert continuation_reason(first, second) is None
