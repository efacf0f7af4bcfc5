"""Numeric data releases and their tables (held-out pages h520-h529): air
quality reports, river stages, price monitoring, fiscal tables, admission
plans, procurement results, exchange rates and tide tables.

The rows of such tables look like counters, page numbers or dates to a
classifier, and they are the page's text; the page's own counters, its
list's page numbers and its tools still go. Each rule added for these pages
catches lines worded otherwise than the pages it was written for, and leaves
alone the body lines that use the same words or shapes."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/pager-arrows", "« 1 2 3 … 240 »"),
    ("related/pager-arrows", "< 1 2 3 4 5 >"),
    ("related/pager-arrows", "‹ 1 2 3 ... 18 ›"),
    ("related/pager-arrows", "← 1 2 3 4 →"),
    ("related/pager-arrows", "＜ 1 2 ＞"),
    ("tools/download-link", "附件：中标明细表.pdf（下载次数：12）"),
    ("tools/download-link", "附件1：2024年分专业招生计划表.xlsx （下载 36 次）"),
    ("tools/download-link", "附件：水情统计表.doc【下载次数：5】"),
    ("tools/download-link", "附件：成交结果.pdf 浏览次数：208"),
    ("breadcrumb/location-label-other", "当前栏目：环境质量 >> 空气质量日报"),
    ("breadcrumb/location-label-other", "当前栏目: 价格监测 > 周价格"),
    ("breadcrumb/location-label-other", "您所在栏目：信息公开 / 财政信息"),
    ("breadcrumb/location-label-other", "当前频道：统计数据 - 月度数据"),
    ("slogan/bilingual-name-portuguese", "消费者委员会　Conselho de Consumidores"),
    ("slogan/bilingual-name-portuguese", "民政总署 Instituto para os Assuntos Cívicos e Municipais"),
    ("slogan/bilingual-name-portuguese", "统计暨普查局 | Direcção dos Serviços de Estatística e Censos"),
    ("slogan/bilingual-name-portuguese", "海事及水务局 Direcção dos Serviços de Assuntos Marítimos e de Água"),
]

KEPT: list[tuple[str, str]] = [
    # a table's row of column numbers, a numbered row, a range of rows
    ("related/pager-arrows", "1 2 3 4 5"),
    ("related/pager-arrows", "甲 乙 1 2 3 4"),
    ("related/pager-arrows", "1  主城区  68  二级（良）  PM2.5"),
    ("related/pager-arrows", "AQI < 50 为优，50 < AQI < 100 为良"),
    # the document's own list of attachments, without a download count
    ("tools/download-link", "附件：2024年第8周主要农产品价格监测表.pdf"),
    ("tools/download-link", "附件1：中标明细表.xlsx（共3页）"),
    ("tools/download-link", "附件：采购需求一览表（下载后请按要求填写并加盖公章）"),
    # body sentences with 栏目 and 频道
    ("breadcrumb/location-label-other", "当前栏目设置较为合理，群众查阅数据便捷。"),
    ("breadcrumb/location-label-other", "当前频道资源紧张，请各台站错峰上报水情数据。"),
    # a sentence naming the council in Portuguese, and a Chinese name with English
    ("slogan/bilingual-name-portuguese", "本会的葡文名称为Conselho de Consumidores，成立于1988年。"),
    ("slogan/bilingual-name-portuguese", "消费者委员会　Consumer Council"),
]


(test_chrome_of_data_release_pages_is_caught,
 test_table_rows_and_body_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("headline", [
    "桐川市2025年3月12日环境空气质量日报",
    "清河县2024年7月8日水情日报",
    "全省2024年第8周主要农产品价格周报",
    "南坪区2025年1月6日雨情快报",
])
def test_a_data_releases_headline_with_its_date_inside_names_no_source(headline: str) -> None:
    """The report's name after the date (…空气质量日报) is no outlet the date line names."""
    m = parse_meta_line(headline)
    assert m is None or "source" not in m.fields, m


@pytest.mark.parametrize(("line", "source"), [
    ("2025年3月12日 光明日报", "光明日报"),
    ("2025年3月12日光明日报", "光明日报"),
    ("光明日报2025年3月12日", "光明日报"),
    ("2024-07-08　桐川日报", "桐川日报"),
])
def test_a_date_line_still_names_its_outlet(line: str, source: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.fields.get("source") == source, m


AQI_PAGE = """桐川市环境保护网
首页　环境质量　政务公开　互动交流
当前栏目：环境质量 >> 空气质量日报
清河县2024年11月4日空气质量日报
发布时间：2024-11-05 08:30　来源：清河县环境监测站　浏览次数：1234
　　11月4日，全县环境空气质量为良，首要污染物为细颗粒物。
站点  AQI  级别  首要污染物
城关站  72  二级  PM2.5
开发区站  81  二级  PM2.5
1  2  3  4
注：数据为实时监测数据，未经审核。
数据来源：清河县环境监测站。
【打印】【关闭】
« 1 2 3 … 96 »
版权所有：清河县生态环境分局　浙ICP备10023456号
"""


def test_a_data_release_keeps_its_rows_and_loses_its_counters_and_pages() -> None:
    """Table rows of numbers stay (a row of column numbers too); the view
    counter, the list's page numbers, the trail and the tools go; the headline
    with its date inside is the title, and the date is the page's, not the report's."""
    doc = clean(AQI_PAGE)
    text = doc.text
    for row in ("站点  AQI  级别  首要污染物", "城关站  72  二级  PM2.5", "开发区站  81  二级  PM2.5", "1  2  3  4",
                "注：数据为实时监测数据", "数据来源：清河县环境监测站。"):
        assert row in text, row
    for chrome in ("浏览次数", "« 1 2 3", "当前栏目", "【打印】", "ICP备"):
        assert chrome not in text, chrome
    assert doc.metadata["title"] == "清河县2024年11月4日空气质量日报"
    assert doc.metadata["date"] == "2024-11-05"
    assert doc.metadata["source"] == "清河县环境监测站"


TENDER_RESULT = """市公共资源交易网
首页 > 交易信息 > 政府采购 > 中标公告
长岭县中心小学课桌椅采购项目成交结果公告
发布时间：2025-04-02 10:11　点击数：58　【打印】【关闭】
一、项目编号：CL-2025-017
二、成交信息
供应商名称　成交金额（元）
青岭家具有限公司　356,800.00
三、主要标的信息
名称：学生课桌椅　规格型号：详见附件　数量：600套　单价：594.67元
四、联系方式
采购人：长岭县中心小学　联系电话：0743-5521180
附件：成交明细.pdf（下载次数：7）
"""


def test_a_headline_above_a_date_line_the_tools_end_beats_a_labelled_item_row() -> None:
    """A headline stands above a date line that ends with the page's tools
    (【打印】【关闭】): it is the title, not the goods row below labelled
    名称：; the attachment link with its download count goes, the rows stay."""
    doc = clean(TENDER_RESULT)
    assert doc.metadata["title"] == "长岭县中心小学课桌椅采购项目成交结果公告"
    assert doc.metadata["date"] == "2025-04-02"
    text = doc.text
    assert "名称：学生课桌椅" in text and "青岭家具有限公司　356,800.00" in text
    assert "下载次数" not in text


@pytest.mark.parametrize("row", [
    "2024/06/18 08:00 31.40",
    "2024-06-18　7.1876",
    "2024-06-18 -0.25%",
    "2024年6月18日　125.6",
    "2024.06.18　32.15",
])
def test_a_daily_series_row_with_a_measured_value_is_no_date_line(row: str) -> None:
    """A row of a series table (its date, then a value with decimals or a percentage) is no meta line."""
    m = parse_meta_line(row)
    assert m is None or m.coverage < 0.6, m


@pytest.mark.parametrize(("line", "date"), [
    ("2024-06-18 08:00 356", "2024-06-18T08:00"),
    ("2024.06.18 08:00", "2024-06-18T08:00"),
    ("2024-06-18 08:00 阅读 1.2万", "2024-06-18T08:00"),
])
def test_a_date_line_with_its_view_count_stays_a_date_line(line: str, date: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.coverage >= 0.6 and m.fields["date"] == date, m


SERIES_AT_THE_FOOT = """江口市水文局
网站首页 | 水情信息 | 雨情信息 | 通知公告
江口站近五日水位
发布时间：2024-06-20　来源：江口市水文局　点击：1024
日期	水位(m)	流量(m³/s)
2024-06-16	30.12	1850
2024/06/17 08:00 30.85
2024-06-18　31.40
2024-06-19 +0.52%
【打印】【关闭】
版权所有 江口市水文局
"""


def test_a_series_table_at_the_foot_of_a_page_without_prose_keeps_its_rows() -> None:
    """Rows that open with a date stay when a value with decimals follows it,
    even at the page's foot where date lines are chrome; the page's date is its own."""
    doc = clean(SERIES_AT_THE_FOOT)
    for row in ("2024-06-16\t30.12\t1850", "2024/06/17 08:00 30.85", "2024-06-18　31.40", "2024-06-19 +0.52%"):
        assert row in doc.text, row
    assert "点击" not in doc.text and "【打印】" not in doc.text
    assert doc.metadata["date"] == "2024-06-20"


CELLS_AT_THE_FOOT = """青溪县卫生健康局
首页 > 信息公开 > 疫情信息
青溪县2024年10月法定传染病疫情概况
发布日期：2024-11-08　浏览次数：356
　　2024年10月，全县共报告法定传染病8种236例，死亡0人。分病种情况如下：
病种
发病数
死亡数
病毒性肝炎
23
0
肺结核
18
0
【打印】【关闭】
"""

TIDES_WITHOUT_PROSE = """银沙港2024年8月潮汐预报
2024-07-26　来源：海洋预报台
1日
02:14
368
08:41
92
【收藏】【打印】【关闭】
"""


RATES_AT_THE_FOOT = """近期人民币对美元汇率中间价
2025-01-07　来源：外汇交易中心　浏览：233
　　近五个交易日人民币对美元汇率中间价如下：
日期
中间价（元）
2025-01-06
7.1876
2025-01-03
7.1879
分享到：微信 微博
"""


@pytest.mark.parametrize(("page", "cells"), [
    (CELLS_AT_THE_FOOT, ["病毒性肝炎", "23", "0", "肺结核", "18"]),
    (TIDES_WITHOUT_PROSE, ["1日", "02:14", "368", "08:41", "92"]),
    (RATES_AT_THE_FOOT, ["日期", "中间价（元）", "2025-01-06", "7.1876", "2025-01-03", "7.1879"]),
])
def test_a_table_set_one_cell_per_line_at_the_edge_keeps_its_numbers(page: str, cells: list[str]) -> None:
    """Bare numbers among a table's cells, one per line after the last
    sentence (or on a page with none), are the table's, not a widget's counts."""
    lines = clean(page).text.splitlines()
    pos = lines.index(cells[0])
    assert lines[pos:pos + len(cells)] == cells, lines


@pytest.mark.parametrize("widget", ["点赞\n12\n收藏\n3\n分享\n5", "赞\n12\n评论\n3", "顶\n3\n踩\n0", "12\n3\n5"])
def test_a_widgets_counts_one_per_line_still_go(widget: str) -> None:
    """Counts under a widget's names (赞, 评论, 顶) or alone are no table."""
    page = ("青溪县召开安全生产工作会议\n发布时间：2024-05-06　来源：青溪县应急管理局\n"
            "　　5月6日，县政府召开全县安全生产工作会议，部署下一阶段重点工作，要求各乡镇严格落实属地责任，确保不发生重大事故。\n"
            + widget + "\n版权所有 青溪县人民政府\n")
    lines = clean(page).text.splitlines()
    assert not any(line.strip().isdigit() for line in lines), lines



BAR_TABLE_ABOVE_THE_TEXT = """临湖市统计局
首页 | 统计数据 | 政务公开
2024年1-9月临湖市主要经济指标
发布时间：2024-10-21　阅读次数：512
单位：亿元、%
指标名称 | 绝对值 | 增长
地区生产总值 | 1268.4 | 5.6
社会消费品零售总额 | 486.9 | 4.8
注：地区生产总值为季度数据，增长速度按可比价格计算，社会消费品零售总额为快报数。
【打印本页】
"""


@pytest.mark.parametrize(("header", "row"), [
    ("指标　2024年　2023年　增减%", "生产总值（亿元）　312.5　298.1　4.8"),
    ("站名 水位 流量 警戒", "江口 32.15 2860 33.00"),
    ("项目 | 预算数 | 完成数", "税收收入 | 82600 | 40118"),
])
def test_a_tables_header_over_figures_in_as_many_cells_is_kept(header: str, row: str) -> None:
    """A header of short names, spaced or between bars, over a row of figures in as many cells, at the page's head."""
    page = f"长滩县统计局\n长滩县主要指标对比\n发布时间：2025-01-20　点击：45\n{header}\n{row}\n上一页 下一页\n"
    text = clean(page).text
    assert header in text and row in text, text


def test_a_bar_tables_header_over_a_row_of_figures_is_no_menu() -> None:
    """A header of short names between bars (指标名称 | 绝对值 | 增长) over a row
    of figures in as many cells is the table's, kept; the menu of short names
    between bars over the headline still goes."""
    text = clean(BAR_TABLE_ABOVE_THE_TEXT).text
    assert "指标名称 | 绝对值 | 增长" in text and "地区生产总值 | 1268.4 | 5.6" in text
    assert "首页 | 统计数据" not in text and "阅读次数" not in text


def test_a_menu_over_a_row_of_years_is_still_a_menu() -> None:
    """An archive's years between bars (2024 | 2023) are no figures: the menu above them goes."""
    page = ("临湖市统计局\n首页 | 统计数据 | 政务公开\n新闻 | 公告 | 2024\n2024年1-9月临湖市主要经济指标\n发布时间：2024-10-21\n"
            "　　前三季度，全市经济运行总体平稳，主要指标保持增长态势，高质量发展取得新成效。\n")
    assert "统计数据" not in clean(page).text


@pytest.mark.parametrize("last_row", ["食品　1.2　-0.3", "食品 | 1.2 | -0.3", "食品\t1.2\t-0.3", "粳米 散装 5.80 1.75%"])
@pytest.mark.parametrize("note", ["资料来源：长滩县价格监测中心", "数据来源：长滩县价格监测中心"])
def test_the_source_of_a_tables_figures_under_its_last_row_is_the_tables(last_row: str, note: str) -> None:
    """资料来源：/数据来源： under a table's last row, cells apart by spaces, bars or
    tabs (a note between them allowed), is the table's, kept, and no source of the page."""
    for between in ("", "注：同比按可比口径计算。\n"):
        page = (f"长滩县2024年12月居民消费价格\n发布时间：2025-01-20　点击：45\n"
                f"　　12月，全县居民消费价格同比上涨0.3%，环比下降0.1%，各类价格总体平稳。\n类别　同比　环比\n"
                f"{last_row}\n{between}{note}\n打印本页\n")
        doc = clean(page)
        assert note in doc.text
        assert doc.metadata["source"] is None, doc.metadata["source"]


def test_a_source_line_under_prose_is_still_the_pages_source() -> None:
    page = ("长滩县召开冬季安全生产会议\n发布时间：2025-01-20\n"
            "　　1月20日，县政府召开冬季安全生产工作会议，要求各乡镇、各部门压实责任，严防各类事故发生。\n"
            "资料来源：长滩县应急管理局\n打印本页\n")
    assert clean(page).metadata["source"] == "长滩县应急管理局"
