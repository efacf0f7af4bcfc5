"""Metadata of credits, sources and dates (held-out pages h320-h329): each
fix holds for other wordings than the pages it was found on (other sites,
separators, Traditional script), and lines or sentences that use the same
words give no field.

Policies tested here (see :mod:`govtext.blocks.metadata`):

- a label word alone in a row of menu items (``首页 | 作者 | 联系我们``) is a
  link, not a credit: it gives no field;
- several reporters: the names of the first role only, however the names are
  set apart (spaces, ``、``, ``，``, ``/``), in either script;
- the source is the publisher or the publication, in Chinese: without its
  issue (``2023年第3期``, also a bulletin named after its issue,
  ``2023年第3期统计简报``) and without its Latin-script name (``新华网 Xinhua``);
- the page's date is when it was published: a date the unit supplied it
  (``信息提供日期``), wrote or signed it (``成文日期``, ``印发日期``) only when no
  line says when it was published;
- a contact (``联系人：``, ``聯絡人：``) is no author; a site's name in the
  footer is no source; a labelled source in the header outranks one at the
  end of the body, which gives the source when the header names none and
  leaves the text only when it stands on a line of its own;
- a source line naming no one (``来源：本站原创``, ``来源：网络``) leaves the
  text but gives no source: the office that signed the notice does, if any.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govtext import clean
from govtext.blocks.metadata import latin_rendering, nav_label_cell, parse_meta_line, source_value
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

BODY = ("　　一季度，全县地区生产总值同比增长5.6%，经济运行总体平稳，主要指标好于预期，为全年目标打下基础。\n"
        "　　规模以上工业增加值同比增长7.1%，固定资产投资增长4.3%，社会消费品零售总额增长6.0%。\n")


def _fields(line: str) -> dict[str, str | int]:
    meta = parse_meta_line(line)
    return {} if meta is None else meta.fields


def _page(head: str, tail: str = "") -> dict[str, object]:
    doc = clean("首页 > 要闻\n一季度全县经济运行情况\n" + head + BODY + tail)
    return {key: doc.metadata[key] for key in ("title", "date", "source", "author")} | {"text": doc.text}


# -- several reporters: the first role's names ------------------------------------------------------------------
@pytest.mark.parametrize(("line", "author"), [
    ("记者 张三、李四 通讯员 王五", "张三 李四"),
    ("记者 张三，李四 通讯员 王五", "张三 李四"),
    ("记者 张三/李四 通讯员 王五", "张三 李四"),
    ("本报记者 刘晓燕、欧阳明 实习生 陈思", "刘晓燕 欧阳明"),
    ("記者 張三、李四 通訊員 王五", "張三 李四"),
    ("記者　張三／李四　通訊員　王五", "張三 李四"),
    ("记者 阿依古丽·买买提、巴特尔 通讯员 马晓燕", "阿依古丽·买买提 巴特尔"),
    ("记者：阿依古丽·买买提、巴特尔　通讯员：马晓燕", "阿依古丽·买买提 巴特尔"),
    ("文/图 阿依古丽·买买提", "阿依古丽·买买提"),
    ("记者 吐尔逊·买买提", "吐尔逊·买买提"),
    ("记者 努尔兰·沙比提、吐尔逊·买买提 通讯员 王五", "努尔兰·沙比提 吐尔逊·买买提"),
    ("本报记者 热合曼·阿不都 摄影 李明", "热合曼·阿不都"),
    ("执笔：赵立群　审核：孙海涛", "赵立群"),
    ("（執筆：趙立群）", "趙立群"),
])
def test_first_role_names(line: str, author: str) -> None:
    assert _fields(line).get("author") == author


@pytest.mark.parametrize("line", ["第A03版：国际·观察", "记者 乡村·振兴", "区县·新闻 2024-03-05", "记者 共享联盟·瓯海"])
def test_sections_set_apart_by_a_dot_are_no_names(line: str) -> None:
    assert _fields(line).get("author") is None


def test_a_byline_of_one_official_is_still_one() -> None:
    assert _fields("中共临湖市委书记 陈伟") == {"author": "陈伟", "author_role": "中共临湖市委书记"}


# -- a label word among menu items --------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "首页 | 新闻中心 | 作者 | 联系我们",
    "网站首页｜本地要闻｜记者｜视听｜关于我们",
    "首页 / 作者 / 联系我们",
    "首頁 | 作者 | 聯絡我們",
    "首页 丨 来源 丨 投稿指南",
    "网站首页 | 编辑 | 关于我们 | 作者 | 网站地图",
])
def test_menu_label_gives_no_field(line: str) -> None:
    assert nav_label_cell(line)
    assert not {"author", "source", "editor"} & set(_fields(line))


@pytest.mark.parametrize(("line", "field", "value"), [
    ("作者 | 王浩", "author", "王浩"),
    ("来源 | 新华社 | 作者 | 王明", "author", "王明"),
    ("来源：新华社 | 作者 | 王明", "author", "王明"),
    ("2024-01-05 | 作者 | 王明", "author", "王明"),
    ("来源｜临湖发布", "source", "临湖发布"),
    ("文｜王浩 图｜李明", "author", "王浩"),
])
def test_bar_credits_still_give_fields(line: str, field: str, value: str) -> None:
    assert not nav_label_cell(line)
    assert _fields(line).get(field) == value


def test_page_with_menu_label_has_no_author() -> None:
    doc = clean("青山县人民政府\n首页 | 新闻中心 | 作者 | 联系我们\n青山县召开春耕生产工作会议\n2024-03-05\n" + BODY)
    assert doc.metadata["author"] is None
    assert doc.metadata["date"] == "2024-03-05"


# -- sources: the publisher in Chinese, without issue or Latin name ----------------------------------------------
@pytest.mark.parametrize(("line", "source"), [
    ("来源：新华网 Xinhua", "新华网"),
    ("来源：China Daily 中国日报", "中国日报"),
    ("來源：中央社 CNA", "中央社"),
    ("来源：CGTN 中国国际电视台", "中国国际电视台"),
    ("2024-10-08 14:25　來源：明珠日報 Pearl Daily", "明珠日報"),
    ("来源：市统计局 2023年第3期简报", "市统计局"),
    ("来源：省农业农村厅 2024年第12期工作动态", "省农业农村厅"),
    ("來源：市統計局 2023年第3期統計簡報", "市統計局"),
    ("来源：《乡村振兴观察》2024年第3期", "《乡村振兴观察》"),
    ("来源：《瞭望》新闻周刊 2024年第12期", "《瞭望》新闻周刊"),
    ("来源：江南日报", "江南日报"),
    ("来源：省统计局《统计快报》", "省统计局《统计快报》"),
])
def test_source_value(line: str, source: str) -> None:
    assert _fields(line).get("source") == source


def test_source_helpers_leave_plain_names() -> None:
    assert latin_rendering("Reuters") is None
    assert latin_rendering("新华网") is None
    assert source_value("临湖日报社") == "临湖日报社"
    assert source_value("2024年第3期") == "2024年第3期"  # nothing but the issue: kept as it is


@pytest.mark.parametrize("line", [
    "新华网 Xinhua 报道，国务院常务会议研究部署相关工作。",
    "来源于基层的创新做法，值得在全省推广。",
    "据China Daily报道，该项目已于上月开工建设。",
])
def test_sentences_give_no_source(line: str) -> None:
    assert "source" not in _fields(line)


# -- dates: the date it was published first ----------------------------------------------------------------------
@pytest.mark.parametrize(("line", "date", "kind"), [
    ("信息提供日期：2024-04-18　发布日期：2024-04-20", "2024-04-20", "date"),
    ("发布日期：2024-04-20　信息提供日期：2024-04-18", "2024-04-20", "date"),
    ("信息提供日期：2024-04-18", "2024-04-18", "written"),
    ("資訊提供日期：2024年4月18日", "2024-04-18", "written"),
    ("报送日期：2024-04-18", "2024-04-18", "written"),
    ("成文日期：2024-06-20　发布日期：2024-06-24", "2024-06-24", "date"),
    ("印发日期：2024-06-20", "2024-06-20", "written"),
])
def test_date_rank(line: str, date: str, kind: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields["date"] == date and meta.date_kind == kind


def test_page_date_prefers_published_over_supplied() -> None:
    page = _page("信息提供日期：2024-04-18　发布日期：2024-04-20　信息提供单位：青山县统计局\n")
    assert (page["date"], page["source"]) == ("2024-04-20", "青山县统计局")
    page = _page("信息提供日期：2024-04-18\n")
    assert page["date"] == "2024-04-18"


def test_supplied_date_in_a_sentence_gives_no_date() -> None:
    assert "date" not in _fields("请各单位于信息提供日期前报送材料。")


# -- contacts, footers, trailing sources ------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "联系人：王明 电话：0571-1234567",
    "聯絡人：陳大文",
    "联系人：谭晓琳　联系电话：0871-6543210",
    "联系人及电话：王明 0571-1234567",
])
def test_contact_is_no_author(line: str) -> None:
    assert "author" not in _fields(line)


def test_page_contacts_are_no_author() -> None:
    page = _page("2024-04-20\n联系人：王明\n", "联系人：王明　联系电话：0571-1234567\n聯絡人：陳大文\n")
    assert page["author"] is None


def test_site_name_in_footer_is_no_source() -> None:
    page = _page("2024-04-20\n", "青山日报社 版权所有\n主办：青山县融媒体中心\n")
    assert page["source"] is None


def test_header_source_outranks_trailing_one() -> None:
    page = _page("发布时间：2024-04-20　来源：青山县统计局\n", "（来源：青山日报）\n")
    assert page["source"] == "青山县统计局"
    assert "青山日报" not in str(page["text"])


def test_trailing_source_when_the_header_has_none() -> None:
    page = _page("2024-04-20\n", "（來源：青山日報）\n")
    assert page["source"] == "青山日报"


def test_source_glued_to_a_paragraph_stays_in_the_text() -> None:
    doc = clean("首页 > 要闻\n一季度全县经济运行情况\n发布时间：2024-04-20\n" + BODY.rstrip("\n") + "（来源：县统计局）\n")
    assert doc.text.rstrip().endswith("（来源：县统计局）")
    assert doc.metadata["source"] is None


def test_bare_paper_beside_the_date() -> None:
    page = _page("2024-03-05　中国环境报\n")
    assert page["source"] == "中国环境报"


# -- chrome these pages showed -------------------------------------------------------------------------------
CAUGHT: list[tuple[str, str]] = [
    ("tools/download-link", "相关附件：无"),
    ("tools/download-link", "附件：暂无"),
    ("tools/download-link", "附件下载: 无"),
    ("credits/credit-line", "（执笔：赵立群　审核：孙海涛）"),
    ("credits/credit-line", "执笔：周文静"),
    ("credits/credit-line", "（本报讯）"),
    ("credits/credit-line", "本网讯"),
    ("related/also-read-header", "喜欢此内容的人还喜欢"),
    ("related/also-read-header", "喜欢本文的人也喜欢"),
    ("tools/wechat-widgets", "关注我们 ▲点击上方蓝字"),
    ("tools/wechat-widgets", "▲点击上方蓝色字体"),
]
KEPT: list[tuple[str, str]] = [
    ("tools/download-link", "附件：无行政处罚决定书的，不予受理。"),
    ("tools/download-link", "附件：2024年度项目申报指南"),
    ("credits/credit-line", "本报讯 3月5日，全市春季植树活动在城东公园启动。"),
    ("credits/credit-line", "执笔人应当对报告内容的真实性负责。"),
    ("related/also-read-header", "喜欢此内容的人还可以到现场参观。"),
    ("tools/wechat-widgets", "点击上方的“办事指南”栏目即可查看。"),
]


test_rule_catches, test_rule_keeps = rule_line_tests(CAUGHT, KEPT)


# -- a heading's numbering is no clause -----------------------------------------------------------------------
@pytest.mark.parametrize("heading", ["　　一、工业生产平稳增长", "　　十二、需要关注的问题", "　　（三）对策建议"])
def test_numbered_heading_does_not_run_on(heading: str) -> None:
    assert continuation_reason(heading, "1-6月，全市规模以上工业增加值同比增长6.8%。", indented=True) is None


def test_indented_clause_with_enumeration_runs_on() -> None:
    first = "　　全市规模以上工业企业克服原材料、能源价格波动等不利因素"
    assert continuation_reason(first, "生产总体平稳，效益持续改善。", indented=True) is not None


def test_government_rules_on_bylines_keep_their_text_and_give_no_author() -> None:
    """A notice on how to credit and source pages (gov_44) quotes the labels
    (“作者：姓名”, “来源：…”, “相关附件：无”) in its prose: all of it stays,
    and its contact (联系人：… 刘晓东) is no author."""
    path = Path(__file__).parent / "cases" / "blocks" / "government" / "gov_44_byline_and_source_labelling_rules.txt"
    raw = path.read_text(encoding="utf-8")
    doc = clean(raw)
    assert "".join(doc.text.split()) == "".join(raw.split())
    assert doc.metadata["author"] is None
    assert doc.metadata["title"] == "关于规范政府网站和政务新媒体稿件署名及来源标注的通知"


@pytest.mark.parametrize("label", ["来源：本站原创", "信息来源：本站", "来源:本网", "文章来源：网络", "来源：原创"])
def test_a_source_naming_no_one_goes_and_the_signing_office_sources_the_page(label: str) -> None:
    page = ("关于2025年春季植树活动安排的通知\n"
            f"发布时间：2025-03-01　{label}　浏览次数：312\n"
            "　　各社区、各单位：\n"
            "　　为深入开展全民义务植树活动，现将有关事项通知如下。\n"
            "　　一、活动时间为3月12日上午。\n"
            "　　二、各单位按时组织干部职工参加。\n"
            "　　临川县林业局\n"
            "　　2025年3月1日\n")
    doc = clean(page)
    assert label not in doc.text
    assert doc.metadata["date"] == "2025-03-01"
    assert doc.metadata.get("source") == "临川县林业局"


def test_a_named_source_still_sources_the_page() -> None:
    page = ("关于2025年春季植树活动安排的通知\n"
            "发布时间：2025-03-01　来源：本站编辑部　浏览次数：312\n"
            "　　为深入开展全民义务植树活动，现将有关事项通知如下。\n")
    assert clean(page).metadata.get("source") == "本站编辑部"
