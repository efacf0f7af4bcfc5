"""The half-width paragraph indent (rule ``indent``): two to eight spaces
before Chinese text become ``　　`` where they mark paragraphs, so the
blocks filter and the rejoiner see which lines open one."""

from __future__ import annotations

import pytest

import govtext
from govtext import Document
from govtext.filters.whitespace import WhitespaceNormalizer

LONG = "这一行没有缩进，是一行足够长的正文文字，用来说明文档并非每行都缩进。"

CASES = [
    pytest.param(f"标题\n  第一段开头的文字。\n{LONG}\n  第二段。", f"标题\n　　第一段开头的文字。\n{LONG}\n　　第二段。",
                 id="indented paragraphs under other lines"),
    pytest.param(f"标题\n\n  第一段开头的文字。\n\n{LONG}\n\n  第二段。", f"标题\n\n　　第一段开头的文字。\n\n{LONG}\n\n　　第二段。",
                 id="blank lines between all lines, as many scrapers write pages"),
    pytest.param(f"标题\n  5月15日至10月15日，每周六晚。\n{LONG}\n  2024年，全市新增就业3万人。",
                 f"标题\n　　5月15日至10月15日，每周六晚。\n{LONG}\n　　2024年，全市新增就业3万人。",
                 id="paragraphs that open with a number"),
    pytest.param("  第一行文字比较长比较长比较长比较长比较长\n  第二行", "第一行文字比较长比较长比较长比较长比较长\n第二行",
                 id="every long line indented: the indent marks nothing"),
    pytest.param(f"标题\n  123 456\n{LONG}\n  78 90", f"标题\n123 456\n{LONG}\n78 90",
                 id="numbers without Chinese text are no paragraph"),
    pytest.param(f"  第一段开头的文字，\n\n{LONG}\n\n  第二段。", f"　　第一段开头的文字，\n\n{LONG}\n\n　　第二段。",
                 id="the first line of the page opens a paragraph too (an e-paper page's text starts at once)"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_half_width_paragraph_indents(text: str, want: str) -> None:
    doc = Document.from_text(text)
    doc.apply(WhitespaceNormalizer()(doc))
    assert doc.text == want


def test_an_event_notice_written_with_blank_lines_keeps_its_indented_organisers() -> None:
    # the organiser lines below the body are indented like its paragraphs: body, not the site's footer
    lines = ["首页 > 文旅动态", "2024年“送戏下乡”文艺演出活动安排", "发布日期：2024-05-10",
             "  为丰富农村群众精神文化生活，市文化馆将于5月至10月开展“送戏下乡”文艺演出活动，共计演出60场。",
             "  一、演出时间", "  5月15日至10月15日，每周六晚7点", "  二、组织单位",
             "  主办单位：临湖市文化广电旅游局", "  承办单位：临湖市文化馆", "【关闭窗口】",
             "版权所有：临湖市文化广电旅游局　技术支持：临湖数据科技有限公司"]
    for sep in ("\n", "\n\n"):
        doc = govtext.clean(sep.join(lines))
        assert "主办单位：临湖市文化广电旅游局" in doc.text and "承办单位：临湖市文化馆" in doc.text
        assert "版权所有" not in doc.text
