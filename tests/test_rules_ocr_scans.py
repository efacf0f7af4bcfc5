"""Text read by OCR from scanned chronicles, yearbooks, old gazettes, archive
documents and scanned notices (held-out pages h470-h479): the scan's watermark,
the database's OCR note, the catalogue record of the book, running heads and
folios go, worded otherwise than those pages (other scanners, libraries,
books, Traditional script), and the body sentences using the same words stay.
OCR look-alikes (己/已, 0/O, 1/l) and letter-spaced lines are body text as they are."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import _pipe_table_row, _table_cells
from govtext.rejoin.furniture import find_page_numbers, running_title
from tests.rule_lines import assert_caught, assert_kept

CAUGHT: list[tuple[str, str]] = [
    ("footer/scan-watermark", "本资料由临川市数字图书馆扫描"),
    ("footer/scan-watermark", "本书由县档案局数字化加工"),
    ("footer/scan-watermark", "本电子书经授权由省图书馆数位化，仅供个人研究使用"),
    ("footer/scan-watermark", "此件由市档案馆扫描制作，未经许可不得复制"),
    ("footer/scan-watermark", "本文献由北江大学图书馆数字化"),
    ("footer/scan-watermark", "由 扫描全能王 扫描创建"),
    ("footer/scan-watermark", "扫描全能王创建"),
    ("footer/scan-watermark", "Scanned by CamScanner"),
    ("footer/scan-watermark", "SCANNED WITH CS CamScanner"),
    ("footer/ocr-disclaimer", "全文由OCR识别，可能存在少量错误，请以原件为准。"),
    ("footer/ocr-disclaimer", "注：本页文字经ocr转换，仅供参考"),
    ("footer/ocr-disclaimer", "以下文字为光学字符识别生成，引用时请核对原书。"),
    ("footer/ocr-disclaimer", "文本由自动识别得到，可能有错字，请查看原图"),
    ("label-table/catalogue-labels", "书名：临川府志　卷次：卷六　原书页码：88"),
    ("label-table/catalogue-labels", "刊名：北江日报　年份：1962　页码：3"),
    ("label-table/catalogue-labels", "所属年鉴：鹤山年鉴（2021）　页码：45-46"),
    ("label-table/catalogue-labels", "志书名：南坪乡志　编纂单位：南坪乡人民政府"),
    ("label-table/catalogue-labels", "册别：上册　上传日期：2021/11/02"),
    ("slogan/gazette-issue-masthead", "北江省人民政府公报　　一九六二年第三期"),
    ("slogan/gazette-issue-masthead", "临川市人民委员会公报　　1958年第十二号"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/scan-watermark", "　　2019年起，全县馆藏档案由县档案馆数字化扫描，建立电子目录。"),
    ("footer/scan-watermark", "本资料由县档案馆扫描后录入数据库，供社会查阅。"),
    ("footer/scan-watermark", "全能扫描王等软件不得用于扫描涉密文件。"),
    ("footer/scan-watermark", "本书由县地方志办公室编纂"),
    ("footer/ocr-disclaimer", "　　该系统运用OCR识别技术，一年处理纸质档案12万卷。"),
    ("footer/ocr-disclaimer", "　　推行发票OCR自动识别，财务报销时间缩短一半。"),
    ("label-table/catalogue-labels", "书名：《习近平新时代中国特色社会主义思想学习纲要》"),
    ("label-table/catalogue-labels", "　　页码：请在每页下方居中标注页码。"),
    ("slogan/gazette-issue-masthead", "　　第十二期《人民政府公报》已经印发，请各单位认真学习。"),
]


@pytest.mark.parametrize(("rule_id", "line"), CAUGHT)
def test_scan_chrome_is_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


@pytest.mark.parametrize(("rule_id", "line"), KEPT)
def test_body_words_of_scan_chrome_are_kept(rule_id: str, line: str) -> None:
    assert_kept(rule_id, line)


@pytest.mark.parametrize("line", [
    "临川府志·卷六　食货志",
    "2021 鹤山年鉴",
    "鹤山年鑑·2021",
    "南坪乡志　第三篇　经济",
    "北江市志（1979—2000）　第十二卷",
    "中共北江县党史资料选编（第三辑）",
    "北江省人民政府公报　一九六二年第三期",
])
def test_running_titles_of_scanned_books(line: str) -> None:
    assert running_title(line), line


@pytest.mark.parametrize("line", [
    "水利志",
    "第三章　水利建设",
    "经济管理",
    "《临川府志》编纂说明",
    "县志编纂工作会议",
    "　　全县共编纂乡镇志12部。",
    "临川市志编纂委员会",
])
def test_headings_and_sentences_are_no_running_titles(line: str) -> None:
    assert not running_title(line), line


@pytest.mark.parametrize(("line", "page"), [
    ("页 112", 112),
    ("頁 45", 45),
    ("第 3 版 / 共 8 版", 3),
    ("第2版，共4版", 2),
    ("88 · 临川府志", 88),
    ("南坪乡志　　121", 121),
    ("第六章　教育 · 203 ·", 203),
    ("— 15 —　农业农村", 15),
])
def test_folio_forms_of_scans(line: str, page: int) -> None:
    found = find_page_numbers(f"正文。\n{line}\n正文。")
    assert [p.page for p in found] == [page], line


@pytest.mark.parametrize("line", [
    "12 · 3",
    "全县共有中小学88 · 其中",
    "合计　　121",
    "　　详见第3页。",
    "页面访问量 112",
])
def test_body_lines_with_numbers_are_no_folios(line: str) -> None:
    assert find_page_numbers(f"正文。\n{line}\n正文。") == [], line


def test_table_header_cells() -> None:
    assert _table_cells(["项 目", "单 位", "数 量"])
    assert _table_cells(["地区", "面积（公顷）", "占比"])
    assert _table_cells(["指标", "金额(万元)", "增长"])
    assert not _table_cells(["首页", "政务公开", "办事服务", "互动交流"])
    assert not _table_cells(["通知公告", "文件(2)", "下载"])


def test_pipe_table_rows() -> None:
    assert _pipe_table_row("粮食总产量 | 万吨 | 15.2 | 1.3")
    assert _pipe_table_row("生猪出栏｜万头｜46.8｜-2.1")
    assert _pipe_table_row("规模以上工业增加值 | 亿元 | — | 6.2")
    assert not _pipe_table_row("市政府召开常务会议 | 05-12")
    assert not _pipe_table_row("首页 | 新闻 | 公开")


YEARBOOK_SCAN = """鹤山市情网
首页 | 年鉴 | 地情 | 统计
鹤山年鉴（2021）
所属年鉴：鹤山年鉴（2021）　页码：45-46
农业生产
　　【概况】2020年，全市粮食播种面积38.2万亩，粮食总产量14.6万吨，比上年增
长1.2%。全年新建高标准农田2.1万亩，新增有效灌溉面积0.6万亩。
鹤山年鉴·2021
· 46 ·
　　【畜牧业】全年生猪出栏41.3万头，比上年增长8.6%；家禽出栏320万羽。
项 目 | 单 位 | 数 量 | 比上年增长(%)
粮食总产量 | 万吨 | 14.6 | 1.2
生猪出栏 | 万头 | 41.3 | 8.6
本资料由鹤山市图书馆数字化扫描
· 47 ·
"""


def test_a_yearbook_scan_keeps_its_tables_and_drops_its_furniture() -> None:
    """A yearbook page of another city: the table's header and rows stay (a
    unit column, figures between bars), the running head beside the folio,
    the folios, the catalogue record and the scan's watermark go."""
    text = clean(YEARBOOK_SCAN).text
    for body in ("项 目 | 单 位 | 数 量 | 比上年增长(%)", "粮食总产量 | 万吨 | 14.6 | 1.2", "生猪出栏 | 万头 | 41.3 | 8.6",
                 "长1.2%。全年新建", "【畜牧业】"):
        assert body in text, body
    for chrome in ("鹤山年鉴·2021", "· 46 ·", "所属年鉴", "数字化扫描", "· 47 ·"):
        assert chrome not in text, chrome


def test_ocr_look_alikes_and_letter_spacing_are_kept_as_they_are() -> None:
    """The cleaner never rewrites an OCR confusion (己 for 已, O for 0, l for 1)
    nor closes the spaces of a letter-spaced line: they are the body's text."""
    page = ("　　各地己经开始组织群众兴修水利，全县共整修山塘1O6口，l2月底全部完工。\n"
            "　　二 、 要 做 好 晒 场 、 仓 库 的 安 全 保 卫 工 作 。\n")
    text = clean(page).text
    assert "各地己经开始" in text and "1O6口" in text and "l2月底" in text
    assert "二 、 要 做 好" in text
