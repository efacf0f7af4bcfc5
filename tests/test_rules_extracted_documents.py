"""Government documents extracted from their PDF or Word attachments (held-out
pages h390-h399): the watermark or restriction stamp a PDF's text carries on a
line of its own, and the rows of a table dumped with one space between their
cells, which must never be run together as if they were the lines of a
wrapped paragraph; each with other wordings it must handle and the body
lines it must leave alone."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.rejoin.paragraphs import _table_row
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/print-watermark", "内部资料"),
    ("footer/print-watermark", "内部资料　注意保存"),
    ("footer/print-watermark", "内部资料 注意保存"),
    ("footer/print-watermark", "内部文件"),
    ("footer/print-watermark", "仅供内部参考"),
    ("footer/print-watermark", "仅供参阅"),
    ("footer/print-watermark", "內部資料　注意保存"),
    ("footer/print-watermark", "僅供內部參考"),
    ("footer/print-watermark", "　　內部資料"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/print-watermark", "本文件为内部资料，不得对外公开或转载。"),
    ("footer/print-watermark", "各单位要妥善保管内部资料，严防失泄密。"),
    ("footer/print-watermark", "内部资料性出版物准印证由省新闻出版局核发。"),
    ("footer/print-watermark", "一、内部资料管理"),
    ("footer/print-watermark", "仅供内部参考的统计数据不得用于对外宣传。"),
    ("footer/print-watermark", "內部資料應依規定列管，不得外流。"),
]


(test_extracted_document_furniture_is_caught,
 test_body_words_of_extracted_document_furniture_are_kept) = rule_line_tests(CAUGHT, KEPT)


ROWS = [
    "3　皂市镇集中供水工程　新建水厂1座　1260　皂市镇人民政府",
    "21305 巩固脱贫攻坚成果衔接乡村振兴 474.36 0.00 474.36",
    "科目编码　科目名称　合计　基本支出　项目支出",
    "序號　學校名稱　補助人數　補助金額（元）",
    "2 北区供水管网改造 铺设管道12公里 860 县水务集团",
]

NOT_ROWS = [
    "第一章　总　　则",
    "为 深 入 推 进 乡 村 振 兴",
    "在 Apple Vision Pro 发布会上，该公司介绍了新的操作系统",
    "　　第一条　为了促进城市绿化事业发展，改善生态环境和人居环境，",
    "局长　鄭新輝",
    "青山县人民政府办公室　　　　　　　　2024年3月22日印发",
]


@pytest.mark.parametrize("line", ROWS)
def test_a_row_with_one_space_between_its_cells_is_a_table_row(line: str) -> None:
    assert _table_row(line)


@pytest.mark.parametrize("line", NOT_ROWS)
def test_a_heading_a_spaced_line_or_prose_is_no_table_row(line: str) -> None:
    assert not _table_row(line)


PLAN_WITH_TABLE = """　　2025年全县安排城乡供水保障重点项目6个，计划总投资1.38亿元，
年度计划投资9260万元。具体项目安排如下表：
表1　2025年城乡供水保障重点项目计划表
序号　项目名称　建设内容　年度投资（万元）　责任单位
1　县城第二水厂扩建工程　新增日供水能力2万吨　3800　县水务集团
2　北部片区供水管网延伸工程　铺设DN200管道26公里　2150　县水利局
3　皂市镇集中供水工程　新建水厂1座　1260　皂市镇人民政府
- 2 -
4　农村供水工程维修养护　维修管网及设施120处　980　各乡镇人民政府
5　水质检测能力提升工程　购置检测设备45台（套）　520　县疾控中心
6　智慧供水平台建设　建设监测点位300个　550　县水务集团
合计　　9260
　　二、保障措施
　　（一）强化组织领导。县水利局牵头建立项目调度机制，每月通报项
目进展情况，对进度滞后的项目实行挂牌督办。
　　（二）强化要素保障。县自然资源局、县财政局等部门要在用地审批、
资金拨付等方面开辟绿色通道。
　　附件：1.项目责任分工表
"""


def test_table_rows_dumped_with_one_space_stay_apart_while_the_prose_rejoins() -> None:
    """The wrapped paragraphs around the table are joined; no row runs on into the next
    (rows of about the prose's width, which the wrap measure alone takes for full lines)."""
    text = clean(PLAN_WITH_TABLE).text
    assert "计划总投资1.38亿元，年度计划投资9260万元" in text
    assert "县水务集团\n2　北部片区" in text
    assert "县水利局\n3　皂市镇" in text
    assert "各乡镇人民政府\n5　水质" in text
    assert "县疾控中心\n6　智慧" in text
    assert "每月通报项目进展情况" in text


def test_a_watermark_between_the_halves_of_a_sentence_leaves_the_text() -> None:
    """The stamp goes; the sentence's two halves stay."""
    doc = clean("各县（市、区）安委办：\n　　为深入推进安全生产治本攻坚三年行动，有效防范遏制重特大事故，市安委办决定开展专项检查。现将有\n"
                "内部资料　注意保存\n关事项通知如下：\n　　一、检查范围\n　　重点检查危险化学品、矿山、建筑施工等行业领域。\n")
    assert "内部资料" not in doc.text
    assert "现将有" in doc.text and "关事项通知如下" in doc.text


STAMPED_ADDRESS = """各县（市、区）人民政府，市政府各部门：
　　为深入推进安全生产治本攻坚三年行动，有效防范遏制重特大事故，市
政府决定于2025年5月至7月在全市开展安全生产专项检查，重点检查危险
化学品、矿山、建筑施工、道路运输、城镇燃气等行业领域。各地各部门要结
https://www.example.gov.cn/uploadfiles/202505/20250509164521.pdf
合实际制定检查方案，明确检查重点和责任分工，于6月10日前报市应急管
理局。
"""


def test_a_download_address_between_the_halves_of_a_sentence_is_not_run_into_them() -> None:
    """The address stamped on the PDF's page stays a line of its own (it may
    be one the text gives its readers): never glued into the sentence."""
    text = clean(STAMPED_ADDRESS).text
    assert "要结https" not in text and "pdf合实际" not in text
    assert "市政府决定于2025年5月" in text


def test_an_address_after_its_label_on_the_line_above_may_still_follow_it() -> None:
    """A line ending with a colon may introduce the address on the next line: not refused."""
    doc = clean(STAMPED_ADDRESS.replace("https://", "报名网址：\nhttps://"))
    assert "https://www.example.gov.cn/uploadfiles/202505/20250509164521.pdf" in doc.text
    assert "市政府决定于2025年5月" in doc.text


MEASURES = """各县（区）人民政府，市政府各工作部门：
《岷山市城市公共停车设施管理办法》已经市人民政府同意，现印发给你们，
请认真组织实施。
第一章　总　　则
　　第一条　为加强城市公共停车设施规划建设和管理，有效缓解停车难问
题，根据有关法律法规，结合本市实际，制定本办法。
　　第二条　本办法适用于本市城市规划区内公共停车设施的规划建设使用
和日常管理。
第二章　规划和建设
　　第三条　新建居住区应当按照每户不少于一个车位的标准配建停车设施。
"""


def test_an_articles_full_line_goes_on_in_its_last_line_not_taken_for_a_heading() -> None:
    """``第二条　…`` at the wrap width with no comma in it is an article's first
    line, not a numbered heading: it runs on into ``和管理。``; the chapter
    headings stay apart."""
    text = clean(MEASURES).text
    assert "规划建设使用和日常管理。" in text  # not 使用\n和日常
    assert "制定本办法。\n" in text
    assert "\n第二章　规划和建设\n" in text
