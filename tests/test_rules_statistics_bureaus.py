"""Chrome of statistics bureaus' and survey teams' pages (held-out pages h1380-h1389):
a data portal's chart left as text (its bracketed label, its load state, its toolbox row)
is caught in other wordings and in Traditional script, and the communiqué's captions,
its note that a chart is left out and its sentences on what a chart shows stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/chart-placeholder", "【统计图】"),
    ("tools/chart-placeholder", "[交互图表：2026年1-10月全省规模以上工业增加值增速]"),
    ("tools/chart-placeholder", "（统计图：近五年粮食产量变化）"),
    ("tools/chart-placeholder", "〔图表2〕"),
    ("tools/chart-placeholder", "图表加载失败，请刷新重试"),
    ("tools/chart-placeholder", "[图表数据正在加载中...]"),
    ("tools/chart-placeholder", "图表资料载入失败，请重新整理页面"),
    ("tools/chart-placeholder", "数据视图 | 切换为折线图 | 切换为柱状图 | 还原 | 保存为图片"),
    ("tools/chart-placeholder", "柱状图　折线图　表格"),
    ("tools/chart-placeholder", "下载图表　｜　全屏查看"),
    ("tools/chart-placeholder", "切换为表格 | 切换为图表"),
    ("tools/player-fallback", "图表加载中，请稍候"),
    ("tools/player-fallback", "图表正在加载中……"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/chart-placeholder", "　　图表显示，全市规模以上工业增加值增速呈逐月回升态势。"),
    ("tools/chart-placeholder", "（图表略）"),
    ("tools/chart-placeholder", "（图表附后）"),
    ("tools/chart-placeholder", "（见图表1）"),
    ("tools/chart-placeholder", "图表1　2021—2025年全市地区生产总值及增速"),
    ("tools/chart-placeholder", "图表　全市居民消费价格走势"),
    ("tools/chart-placeholder", "柱状图表示增加值，折线图表示增速。"),
    ("tools/chart-placeholder", "折线图为同比增速"),
    ("tools/chart-placeholder", "图表数据来源：市统计局"),
    ("tools/chart-placeholder", "数据图表编制：市统计局综合科"),
    ("tools/chart-placeholder", "表格　单位　绝对数"),
    ("tools/chart-placeholder", "　　本公报中图表数据加载自省统计数据库，如需下载请联系统计数据管理中心。"),
    ("tools/player-fallback", "　　图表加载中出现异常的，请刷新页面后重新查询。"),
]


(test_statistics_portal_chrome_is_caught,
 test_body_words_of_statistics_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


RELEASE = """宁川市统计局
首页 | 统计数据 | 统计公报 | 数据解读
当前位置：首页 > 统计数据 > 月度数据
2026年1-10月全市规模以上工业生产情况
发布时间：2026-11-18　来源：宁川市统计局
　　1-10月，全市规模以上工业增加值同比增长6.7%，增速比1-9月加快0.1个百分点。
［交互图表：2026年以来全市规模以上工业增加值累计增速（%）］
　　分行业看，35个行业大类中有26个行业增加值保持增长，增长面为74.3%。
图表1　2026年1-10月规模以上工业增加值分月增速
（图表略）
　　图表显示，全市规模以上工业增加值增速自6月起逐月回升。
数据视图 | 切换为折线图 | 切换为柱状图 | 还原 | 保存为图片
　　分经济类型看，国有控股企业增加值增长5.2%，民营企业增长7.4%。
数据下载：Excel | CSV
版权所有：宁川市统计局　网站标识码：3302000019
"""


def test_a_monthly_release_keeps_its_captions_and_drops_the_chart_chrome() -> None:
    """A release of another city: the chart's bracketed label and its toolbox row inside
    the body go; the caption, the note that the chart is left out and the sentence on
    what the chart shows stay."""
    doc = clean(RELEASE)
    for line in ("图表1　2026年1-10月规模以上工业增加值分月增速", "（图表略）",
                 "　　图表显示，全市规模以上工业增加值增速自6月起逐月回升。",
                 "　　分经济类型看，国有控股企业增加值增长5.2%，民营企业增长7.4%。"):
        assert line.strip() in doc.text, line
    for chrome in ("交互图表", "保存为图片", "数据视图"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("title") == "2026年1-10月全市规模以上工业生产情况"


NOTES_NFKC = "\n\n".join([
    "  注:1.本公报中部分数据为快报数,最终数以年鉴为准。",
    "  2.地区生产总值、各产业增加值绝对数按现价计算,增长速",
    "度按不变价格计算。",
    "  3)规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
    "石屏县统计局",
])


def test_numbered_notes_indented_by_half_width_spaces_stay_apart() -> None:
    """A communiqué's notes as NFKC writes them, a blank line after every line: the
    half-width indent before a numbered item (``  2.地区…``, ``  3)规模…``) marks a
    paragraph as before Chinese text, so the item is not run into the note above it,
    and the wrapped line under it still joins."""
    text = clean(NOTES_NFKC).text
    assert "为准。\n" in text and "为准。2." not in text
    assert "增长速度按不变价格计算。" in text
    assert "计算。3)" not in text
