"""Text read by OCR from scanned chronicles, yearbooks, old gazettes, archive
documents and scanned notices (held-out pages h470-h479): the scan's watermark,
the database's OCR note, the catalogue record of the book, running heads and
folios go, worded otherwise than those pages (other scanners, libraries,
books, Traditional script), and the body sentences using the same words stay.
OCR look-alikes (己/已, 0/O, 1/l) and letter-spaced lines are body text as they are."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import _figures_table_row, _table_cells
from govtext.rejoin.furniture import find_page_numbers, running_title
from tests.rule_lines import assert_caught, assert_kept, rule_line_tests

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


test_scan_chrome_is_caught, test_body_words_of_scan_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


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


def test_figures_table_rows() -> None:
    assert _figures_table_row("粮食总产量 | 万吨 | 15.2 | 1.3")
    assert _figures_table_row("生猪出栏｜万头｜46.8｜-2.1")
    assert _figures_table_row("规模以上工业增加值 | 亿元 | — | 6.2")
    assert not _figures_table_row("市政府召开常务会议 | 05-12")
    assert not _figures_table_row("首页 | 新闻 | 公开")


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


CHAPTER_PAGE = """南坪乡情网
首页 | 乡志 | 年鉴 | 地情
第五章　教育
志书名：南坪乡志　原书页码：201-202
第一节　学校教育
　　1990年，全乡有小学14所，在校学生3120人。2005年撤并为9所。
"""


def test_a_chronicle_chapter_page_is_titled_by_its_chapter() -> None:
    """A chronicle portal's page of one chapter: the chapter heading with the
    book's catalogue record right under it is the page's title."""
    doc = clean(CHAPTER_PAGE)
    assert doc.metadata.get("title") == "第五章　教育"
    assert "第一节　学校教育" in doc.text and "原书页码" not in doc.text


def test_a_chapter_heading_over_its_text_is_no_title() -> None:
    """In a document's text a chapter's heading is followed by its text, not by metadata: the document's title stays the title."""
    page = ("南坪县农村公路养护管理办法\n发布日期：2025-03-02\n第一章　总则\n"
            "　　第一条　为加强农村公路养护管理，根据有关法律法规，结合本县实际，制定本办法。\n")
    assert clean(page).metadata.get("title") == "南坪县农村公路养护管理办法"


def test_a_paper_headline_on_two_lines_above_its_dateline_is_one_title() -> None:
    """A scanned paper's headline set on two lines right above 本报讯 is one title (a first line of six
    characters or fewer reads as a column's name: see the next test)."""
    page = ("北江数字报刊库\n首页 | 报纸 | 期刊 | 古籍\n北江日报　1962年5月3日　星期四　第一版\n南关公社广大社员\n抢晴天突击夏收夏种\n"
            "　　本报讯　连日来，南关公社各生产队社员抢晴天、战高温，夏收进度已过七成。\n"
            "　　各队还组织人力抢修水利设施，为夏种做好准备。\n")
    assert clean(page).metadata.get("title") == "南关公社广大社员抢晴天突击夏收夏种"


def test_a_column_name_above_a_headline_is_no_half_of_it() -> None:
    """A short column name (要闻) above a one-line headline over 本报讯 is not joined to it."""
    page = ("北江日报\n要闻\n南关公社抢晴天突击夏收夏种\n"
            "　　本报讯　连日来，南关公社各生产队社员抢晴天、战高温，夏收进度已过七成。\n")
    assert clean(page).metadata.get("title") == "南关公社抢晴天突击夏收夏种"


@pytest.mark.parametrize("line", ["|||||||", "｜ ｜ ｜ ｜", "│││││", "¦¦¦¦"])
def test_a_scanned_rule_read_as_bars_is_a_separator(line: str) -> None:
    assert_caught("tools/separator-line", line)


@pytest.mark.parametrize("line", ["| 指标 | 单位 | 数量 |", "|| 或 | 为逻辑或运算符", "I I I I"])
def test_bars_around_text_are_no_separator(line: str) -> None:
    assert_kept("tools/separator-line", line)


@pytest.mark.parametrize(("upper", "lower", "title"), [
    ("北 江 县 人 民 委 员 会 关 于 开 展", "冬 季 积 肥 运 动 的 通 知", "北江县人民委员会关于开展冬季积肥运动的通知"),
    ("北江省人民委员会关于加强", "春季防汛工作的指示", "北江省人民委员会关于加强春季防汛工作的指示"),
])
def test_an_official_title_read_by_ocr_over_two_lines_is_one_title(upper: str, lower: str, title: str) -> None:
    """A scanned notice's or directive's title broken over two lines, letter by
    letter as OCR reads it or not, is one title (指示 is a document's kind)."""
    page = (f"北江旧刊数据库\n首页 | 期刊 | 检索\n{upper}\n{lower}\n各区、乡人民委员会：\n"
            "　　入冬以来，各地积极开展农田基本建设，取得了一定成绩，但发展很不平衡。\n")
    got = clean(page).metadata.get("title")
    assert got is not None and "".join(got.split()) == title


def test_a_heading_ending_with_instructions_in_prose_stays_body() -> None:
    """A body heading that ends with 指示 (a leader's instructions) is kept."""
    page = ("北江县召开冬季农田水利建设动员会\n发布日期：2025-11-02\n"
            "　　11月1日，县委召开冬季农田水利建设动员会。\n一、认真学习贯彻上级重要指示\n"
            "　　会议要求，各乡镇要把农田水利建设摆在突出位置。\n")
    text = clean(page).text
    assert "一、认真学习贯彻上级重要指示" in text
    assert "要求，各乡镇" in text


def test_a_section_running_head_between_the_halves_of_a_sentence_goes() -> None:
    """A yearbook's section name set as the running head (农业农村) beside the
    folio, between the halves of a sentence the page break cut, goes; a
    heading that opens a paragraph after a finished one stays, and so does a
    table's last cell across a page break."""
    page = ("　　【概况】全年新建高标准农田2.1万亩，新增有效灌溉面积0.6万亩，全市粮食\n农业农村\n· 88 ·\n"
            "总产量14.6万吨，比上年增长1.2%。\n畜牧生产\n· 89 ·\n　　全年生猪出栏41.3万头。\n"
            "项目 | 单位 | 数量\n粮食总产量 | 万吨 | 14.6\n合计\n· 90 ·\n生猪出栏 | 万头 | 41.3\n")
    text = clean(page).text
    assert "农业农村" not in text and "全市粮食" in text and "总产量14.6万吨" in text
    assert "畜牧生产" in text and "合计" in text
