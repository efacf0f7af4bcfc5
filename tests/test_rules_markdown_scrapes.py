"""Reader-mode and Markdown scrapes (held-out pages h480-h489): the
``markdown`` step takes the markup out of the text with edits (so every
kept character keeps its bytes), other wordings of the same chrome go, and
body sentences that use the same characters (a ``#`` topic, a masked
name's stars, a ``[1]`` footnote, a ``>`` comparison) stay as written."""

from __future__ import annotations

import pytest

from govtext import Document, clean
from govtext.filters.markdown import MarkdownStripper, markdown_edits
from tests.rule_lines import rule_line_tests


def _stripped(text: str) -> str:
    doc = Document.from_text(text)
    doc.apply(MarkdownStripper()(doc), filter="markdown")
    return doc.text


STRIPPED: list[tuple[str, str]] = [
    # headings of every level, closing hashes, a full-width space after the marks
    ("### 第三章 监督管理\n见[附件](/a.pdf)", "第三章 监督管理\n见附件"),
    ("#### 四、保障措施 ####\n[首页](/)", "四、保障措施\n"),
    ("#　一、总体要求\n## 二、重点任务", "一、总体要求\n二、重点任务"),
    # bullets, quotes, bold (also __bold__ and bold inside a bullet)
    ("- **强化组织领导。**各地要成立专班。\n+ 加强宣传\n[返回](/)", "强化组织领导。各地要成立专班。\n加强宣传\n"),
    ("> 要把群众满意作为第一标准。\n> > 引文\n见[说明](/s.html)", "要把群众满意作为第一标准。\n引文\n见说明"),
    ("__温馨提示：__办理时请携带身份证。\n见[通知](/t.html)", "温馨提示：办理时请携带身份证。\n见通知"),
    # links: text kept, address gone; titles in quotes; parentheses in the address; empty link gone
    ("详见[《实施细则》](http://a.gov.cn/x.html \"实施细则\")。", "详见《实施细则》。"),
    ("点击[这里](javascript:void(0))查看，浏览次数：[](javascript:;)", "点击这里查看，浏览次数："),
    # images go whole, also inside a link; a Traditional alt text alike
    ("![圖片說明](https://a.gov.tw/1.jpg)\n正文[一](/)", "\n正文一"),
    ("[![Image 2: 政府網站找錯](https://a.cn/zc.png)](https://zfwzgl.www.gov.cn/)正文[一](/)", "正文一"),
    # horizontal rules; an indented bullet
    ("一、检查范围\n* * *\n___\n二、时间安排\n见[通知](/t.html)", "一、检查范围\n二、时间安排\n见通知"),
    ("  * 危险化学品企业\n  - 非煤矿山\n见[通知](/t.html)", "危险化学品企业\n非煤矿山\n见通知"),
    # reference links (html2text): the text stays, the definitions go; a footnote with a full-width colon stays
    ("报送市应急管理局[综合协调科][1]。\n\n[1]: https://yjj.example.gov.cn/zhxtk/\n[1]：依据有关规定。",
     "报送市应急管理局综合协调科。\n\n[1]：依据有关规定。"),
    # a table's rule row (with alignment colons) goes, its rows stay
    ("| 项目 | 金额 |\n|:---|---:|\n| 合计 | 12 |", "| 项目 | 金额 |\n| 合计 | 12 |"),
    # autolinks keep their address, e-mail too
    ("原文地址：<https://www.example.cn/a.html>\n[首页](/)", "原文地址：https://www.example.cn/a.html\n"),
    ("## 联系我们\n投稿邮箱：<tougao@example.gov.cn>\n## 版权声明", "联系我们\n投稿邮箱：tougao@example.gov.cn\n版权声明"),
]


@pytest.mark.parametrize(("raw", "want"), STRIPPED)
def test_markup_is_taken_out_and_the_text_kept(raw: str, want: str) -> None:
    assert _stripped(raw) == want


MENUS = [
    "*   [网站首页](http://www.example.gov.cn/)",
    "- [機構介紹](https://www.example.gov.tw/cp.aspx?n=1)",
    "[首页](/) » [政务公开](/zwgk/) » [通知公告](/tzgg/)",
    "[打印](javascript:window.print()) | [关闭](javascript:window.close())",
    "[![logo](/logo.png)](/) [English](/en/) [无障碍](/wza/)",
    "1. [政务公开](https://a.gov.cn/zwgk/)",  # an ordered list of menu items
    "  * [政民互动](https://a.gov.cn/zmhd/)",  # an indented bullet
]


@pytest.mark.parametrize("line", MENUS)
def test_a_line_of_short_links_is_a_menu(line: str) -> None:
    text = f"{line}\n正文见[通知](/a.html)。"
    assert markdown_edits(text)[0].rule == "markdown-menu"
    assert _stripped(text) == "正文见通知。"


NOT_MENUS = [
    "*   [关于印发《湖西省地质灾害防治规划》的通知](/zcwj/1.html)",  # a document's title in a list
    "*   [第一章 总则](#chapter1)",  # a table of contents
    "*   [附件1](/fj/1.pdf)",  # an attachment
    "详见[通知](/a.html)",  # a link in a sentence
]


@pytest.mark.parametrize("line", NOT_MENUS)
def test_a_link_with_text_around_or_a_long_title_is_no_menu(line: str) -> None:
    assert all(e.rule != "markdown-menu" for e in markdown_edits(line))


KEPT_AS_WRITTEN = [
    "对张**、李**等3名当事人依法作出行政处罚。",  # masked names
    "申请人身份证号3201**********1234，联系电话138****5678。",
    "#国家安全教育日# 今天，我们一起学习总体国家安全观。",  # a topic tag
    "# 号楼东侧绿地将改建为口袋公园。",  # a lone heading-looking line, no other Markdown
    "根据有关规定[1]，申请人应当提交材料[2]。",  # footnote numbers
    "- 5℃以下低温天气将持续三天。",  # a lone dash line, no other Markdown
    "当日最高气温>35℃时，户外作业应当停止。",
    "收入|支出|结余三项指标均在合理区间。",
    "选择题的正确答案为*号标注项，**号为必答题。",
    "整改情况请报送至电子邮箱<zwgk@example.gov.cn>。",  # an address between angle brackets, no other Markdown
    "正文中残留“#”“**”“[ ]( )”等标记符号。",  # an empty pair of brackets is no link
    "## 这一行像标题，但全文只有这一处。",
    "[1]：依据《政府信息公开条例》第二十条。",  # a footnote, no reference link
]


@pytest.mark.parametrize("line", KEPT_AS_WRITTEN)
def test_prose_with_markdown_characters_is_left_alone(line: str) -> None:
    assert markdown_edits(line) == []
    assert clean(line).text.strip() == line


def test_bold_is_only_taken_after_a_space_or_a_mark_in_a_markdown_text() -> None:
    text = "见[通知](/a.html)\n对王**、赵**作出处罚，**依法**公开。"
    assert _stripped(text) == "见通知\n对王**、赵**作出处罚，依法公开。"


def test_reader_header_goes_only_at_the_top_of_a_reader_scrape() -> None:
    text = "Title: 关于开展专项检查的通知\nURL Source: https://a.gov.cn/1.html\nMarkdown Content:\n正文第一段。"
    assert _stripped(text) == "正文第一段。"
    prose = "正文第一段。\nTitle: 一个英文标题\nURL Source: https://a.gov.cn/1.html"
    assert "Title:" in _stripped(prose)
    assert markdown_edits("Title: 英文期刊名称\n正文。") == []


def test_edits_keep_provenance() -> None:
    raw = "## 二、工作要求\n各单位要[按时报送](/bs.html)材料。"
    doc = clean(raw)
    assert "二、工作要求" in doc.text and "各单位要按时报送材料。" in doc.text
    start = doc.text.index("按时报送")
    spans = doc.source_spans(start, start + 4)
    assert raw.encode("utf-8")[spans[0][0]:spans[-1][1]].decode("utf-8") == "按时报送"
    rules = {c.rule for c in doc.changes} | {r.rule for r in doc.removed}
    assert {"markdown-heading", "markdown-link"} <= rules


def test_pipe_table_rows_are_not_run_together() -> None:
    raw = ("各项收费标准如下：\n\n| 类别 | 白天 | 夜间 |\n| --- | --- | --- |\n| 一类 | 首小时3元 | 每次3元 |\n"
           "| 二类 | 首小时2元 | 每次2元 |\n")
    out = clean(raw).text
    assert "| 一类 | 首小时3元 | 每次3元 |\n| 二类" in out
    assert "---" not in out


CAUGHT = [
    ("counters/unfilled-views", "阅读量：次"),
    ("counters/unfilled-views", "浏览次数："),
    ("counters/unfilled-views", "点击数：（）次"),
    ("counters/unfilled-views", "【访问量：人次】"),
]
KEPT = [
    ("counters/unfilled-views", "阅读量：全年累计达到1.2亿次，同比增长15%。"),
    ("counters/unfilled-views", "网站访问量：较上年明显增加"),
]


(test_other_wordings_are_caught,
 test_body_sentences_with_the_same_words_are_kept) = rule_line_tests(CAUGHT, KEPT)
