"""Theory articles, journal papers and research reports as party-school,
academy and journal sites publish them (held-out pages h650-h659): the
journal's chrome goes (its trail from the table of contents, a paper
database's related headers, a repost's scroll-box hint), its catalogue
facts give the page's metadata (上线日期, 网络首发时间, 刊期, the author
line under the title), and the paper itself stays: abstract, keywords,
section headings, footnotes and every entry of the references."""

from __future__ import annotations

import pytest

from govtext import Document, clean
from govtext.blocks.metadata import journal_author_names, parse_meta_line, source_without_issue
from govtext.decoding.corruption import CorruptionFlagger
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("breadcrumb/journal-issue-chain", "本期目录 > 2024年第6期"),
    ("breadcrumb/journal-issue-chain", "过刊浏览 » 第12卷第3期 » 论文"),
    ("breadcrumb/journal-issue-chain", "往期目录 / 2023年第11期"),
    ("breadcrumb/journal-issue-chain", "歷期期刊 / 第20卷第2期"),
    ("breadcrumb/journal-issue-chain", "期刊导读 >> 学术前沿"),
    ("related/list-header", "相似文献"),
    ("related/list-header", "引证文献"),
    ("related/list-header", "读者推荐："),
    ("related/list-header", "讀者推薦"),
    ("related/list-header", "同期文章"),
    ("related/list-header", "本期其他论文"),
    ("tools/scroll-box-hint", "（向上滑动阅览）"),
    ("tools/scroll-box-hint", "上下滑动查看全部"),
    ("tools/scroll-box-hint", "【左右滑动看全文】"),
    ("tools/scroll-box-hint", "向上滑動閱覽"),
    ("slogan/bilingual-journal-name", "东岳论丛 Dongyue Tribune"),
    ("slogan/bilingual-journal-name", "江汉大学学报(社会科学版) Journal of Jianghan University (Social Science Edition)"),
    ("slogan/bilingual-journal-name", "南岭省社会科学院　NANLING ACADEMY OF SOCIAL SCIENCES"),
    ("slogan/bilingual-journal-name", "中共临州市委党校 | Party School of the Linzhou Municipal Committee of CPC"),
    ("slogan/journal-running-head", "2024年7月    江汉论坛    第45卷 第7期"),
    ("slogan/journal-running-head", "第12卷第3期  《南方治理评论》（社会科学版）  2024年5月"),
    ("slogan/journal-running-head", "2023年第38卷第2期（总第166期）　　　　东海学刊"),
]

KEPT: list[tuple[str, str]] = [
    ("breadcrumb/journal-issue-chain", "本期目录共收录论文12篇，涵盖党的建设、基层治理和乡村振兴三个栏目。"),
    ("breadcrumb/journal-issue-chain", "过刊浏览量较上年增长三成，说明读者对历年文章仍有需求。"),
    ("related/list-header", "读者推荐的稿件同样执行“三审三校”制度。"),
    ("related/list-header", "二、相关文献综述"),
    ("related/list-header", "参考文献"),
    ("tools/scroll-box-hint", "群众在手机上向上滑动即可查看全部办事指南。"),
    ("tools/scroll-box-hint", "滑动变阻器的读数应当在实验记录中如实填写。"),
    ("slogan/bilingual-journal-name", "我校学者在Journal of Politics发表论文"),
    ("slogan/bilingual-journal-name", "南岭大学举办2025 Governance Forum国际研讨会"),
    ("slogan/journal-running-head", "本刊第31卷第4期刊发了三篇论文，分别讨论西部经济管理和乡村振兴问题。"),
    ("slogan/journal-running-head", "第31卷第4期　　西部经济管理研究的新进展与展望。"),
]


test_journal_chrome_is_caught, test_body_words_of_journal_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "date"), [
    ("网络首发时间：2024-11-03 10:21:05", "2024-11-03"),
    ("上线时间：2025/02/17", "2025-02-17"),
    ("網路首發時間：2024年12月5日", "2024-12-05"),
    ("网络出版日期：2023-08-30　　下载次数：56", "2023-08-30"),
    ("2024年 第39卷 第5期 | 发布日期：2024-10-15", "2024-10-15"),
])
def test_a_journal_sites_online_date_is_the_pages_date(line: str, date: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and str(m.fields.get("date", "")).startswith(date) and m.coverage >= 0.6, (line, m)


@pytest.mark.parametrize("line", [
    "收稿日期：2024-05-06　　修回日期：2024-07-01",
    "[收稿日期] 2024-11-20",
    "录用日期：2025-01-08",
])
def test_a_manuscripts_history_dates_the_page_not(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or "date" not in m.fields, (line, m)


@pytest.mark.parametrize(("value", "journal"), [
    ("《江汉论坛》第12卷第4期", "《江汉论坛》"),
    ("《学海》2023年第2期（总第198期）", "《学海》"),
    ("《东岳论丛》2024年第45卷第3期", "《东岳论丛》"),
    ("《中国纪检监察》杂志2024年第20期", "《中国纪检监察》杂志"),
])
def test_a_journals_volume_and_running_issue_are_cut_from_the_source(value: str, journal: str) -> None:
    assert source_without_issue(value) == journal


def test_a_journal_label_names_the_source() -> None:
    m = parse_meta_line("作者：陈立新、王芳　　刊名：《南方论丛》2024年第9卷第2期")
    assert m is not None and m.fields.get("source") == "《南方论丛》" and m.fields.get("author") == "陈立新 王芳"


@pytest.mark.parametrize(("line", "names"), [
    ("陈立新1,2　王芳1*", "陈立新 王芳"),
    ("欧阳晓明¹ 林可²", "欧阳晓明 林可"),
    ("赵一凡，钱多多", "赵一凡 钱多多"),
    ("孙立平", "孙立平"),
    ("一、引言", None),
    ("2.1 数据来源", None),
    ("研究设计", None),
])
def test_a_papers_author_line_is_read_without_its_marks(line: str, names: str | None) -> None:
    assert journal_author_names(line) == names


PAPER_PAGE = """《南方治理评论》编辑部官方网站
期刊首页 | 本刊简介 | 投稿须知 | 过刊浏览
本期目录 > 2024年第6期
社区社会组织参与基层治理的路径研究
陈立新1　王芳2
发布日期：2024-12-20　　下载次数：35
　　摘要：社区社会组织是基层治理的重要力量。本文基于南方三市的调查，分析其参与治理的主要方式。
　　关键词：社区社会组织；基层治理；协同治理
　　一、引言
　　近年来，社区社会组织数量快速增长[1]，但参与基层治理的深度仍然不足。
　　二、结论
　　应完善购买服务、孵化培育和评估激励机制。
　　参考文献：
　　[1] 李明. 社区社会组织发展报告[M]. 北京: 社会科学文献出版社, 2022: 10-15.
　　[2] 王强. 基层协同治理研究[J]. 治理研究, 2023(2): 33-40.
相似文献
· 社区基金会的运作模式
"""


def test_a_journal_page_keeps_its_paper_and_gives_its_facts() -> None:
    """A whole journal page of another site: the trail from the table of
    contents, the counters and the related list go; the author line under
    the title gives the authors without their marks, the masthead the
    journal; the abstract, the headings and each reference stay, each on
    its own line."""
    doc = clean(PAPER_PAGE)
    text = doc.text
    for line in PAPER_PAGE.splitlines():
        if line.startswith("　　"):
            assert line.strip() in text, line
    assert "[M]. 北京: 社会科学文献出版社, 2022: 10-15.\n" in text  # the references are not run together
    for chrome in ("本期目录 >", "陈立新1", "下载次数", "相似文献", "社区基金会的运作模式"):
        assert chrome not in text, chrome
    assert doc.metadata.get("author") == "陈立新 王芳"
    assert doc.metadata.get("source") == "《南方治理评论》"
    assert doc.metadata.get("date") == "2024-12-20"
    assert doc.metadata.get("title") == "社区社会组织参与基层治理的路径研究"


def test_a_names_line_under_a_news_headline_is_no_paper_author() -> None:
    """The author line is read only on a paper's page (an abstract and keywords
    or references): under a news headline, a line of names is not taken."""
    page = """区政府召开常务会议
王明　李华
发布日期：2024-12-20　　来源：临江区人民政府办公室
　　12月19日，区政府召开第37次常务会议，研究部署冬季安全生产等工作。
　　会议强调，要压紧压实各方责任，确保全区安全形势稳定。
"""
    doc = clean(page)
    assert doc.metadata.get("author") != "王明 李华"


@pytest.mark.parametrize(("text", "flagged"), [
    ("　　随着移动支付的普及，(cid:1745)(cid:2210)金融服务的可得性明显提高。", "(cid:1745)(cid:2210)"),
    ("　　表2显示，(cid:3)农户创业概率提高2.6个百分点。", "(cid:3)"),
    ("　　本刊提醒：PDF转换时出现“(cid:12)”一类乱码的，请作者重新提交Word版本。", None),
    ("　　提交稿件时请注明作者单位(cid为系统编号，无需填写)。", None),
])
def test_a_pdf_extractors_glyph_codes_are_flagged(text: str, flagged: str | None) -> None:
    doc = Document.from_text(text)
    CorruptionFlagger()(doc)
    assert [w.text for w in doc.warnings] == ([flagged] if flagged else [])


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("[4] 周黎安. 中国地方官员的晋升锦标赛模式研究[J].", "经济研究, 2007(7): 36-50.", True),
    ("[5] 费孝通. 乡土中国[M].", "北京: 人民出版社, 2008: 6-11.", True),
    ("［6］国家统计局. 2024年国民经济和社会发展统计公报[EB/OL].", "(2025-02-28)[2025-03-10]. https://www.stats.gov.cn/.", True),
    ("[7] Lipsky M. Street-level bureaucracy: dilemmas of the individual", "in public services[M]. New York: Russell Sage Foundation, 2010.", True),
    ("[4] 周黎安. 中国地方官员的晋升锦标赛模式研究[J]. 经济研究, 2007(7): 36-50.", "[5] 费孝通. 乡土中国[M]. 北京: 人民出版社, 2008.", False),
    ("[4] 周黎安. 中国地方官员的晋升锦标赛模式研究[J]. 经济研究, 2007(7): 36-50", "收稿日期：2024-03-14", False),
    ("[1]问卷按乡镇人口比例分配，有效回收率为93.8%。", "（审核：黄海燕）", False),
])
def test_a_wrapped_references_entry_is_joined_and_entries_stay_apart(first: str, second: str, joined: bool) -> None:
    from govtext.rejoin.paragraphs import continuation_reason

    assert (continuation_reason(first, second) is not None) is joined


def test_wrapped_references_of_a_pdf_page_are_rejoined_entry_by_entry() -> None:
    text = ("　　应继续推进县域数字金融基础设施建设。\n参考文献：\n"
            "[1] 周黎安. 中国地方官员的晋升锦标赛模式研究[J].\n经济研究, 2007(7): 36-50.\n"
            "[2] 费孝通. 乡土中国[M]. 北京: 人民出版社, 2008.\n")
    out = clean(text).text
    assert "研究[J].经济研究" in out.replace(" ", "") and "36-50.\n[2]" in out, out
