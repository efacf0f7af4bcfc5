"""E-paper pages through the whole pipeline. A page of briefs in a narrow column:
each brief's bulleted headline stays (the first one is no bulleted link above
the body), the page header and the page list's row of links go, the narrow
column reflows, and the title is the first headline without its bullet.
Written for these tests (another paper, other bullets than held-out h298); and
a PDF copy whose dated running head (no 版 on it) dates the page."""

from __future__ import annotations

from govtext import clean

PAGE = "\n".join([
    "南溪晚报　2025年5月20日　第6版：社区",
    "标题导航 | 版面导航 | 往期报纸",
    "◆ 老街夜市下周开张",
    "本报讯　经过两个月改造",
    "，老街夜市将于下周五重",
    "新开张，共设摊位86个，",
    "营业时间为每晚18时至23",
    "时。",
    "◆ 社区图书角上新",
    "本报讯　南溪街道12个社",
    "区图书角近日新增图书3",
    "000余册，居民凭借阅证",
    "可免费借阅。",
])

HEADER_WITHOUT_DATE = "\n".join([
    "东川晚报　第12版：文化",
    "版面导航　标题导航　往期回顾",
    "　　今年以来，东川市图书馆共举办各类阅读推广活动120余场，吸引读者3万多人次参加。",
])


def test_briefs_keep_their_bulleted_headlines_and_reflow() -> None:
    doc = clean(PAGE)
    assert doc.text.split("\n") == [
        "◆ 老街夜市下周开张",
        "本报讯　经过两个月改造，老街夜市将于下周五重新开张，共设摊位86个，营业时间为每晚18时至23时。",
        "◆ 社区图书角上新",
        "本报讯　南溪街道12个社区图书角近日新增图书3000余册，居民凭借阅证可免费借阅。",
    ]
    assert doc.metadata["title"] == "老街夜市下周开张"
    assert doc.metadata["date"] == "2025-05-20"


def test_paper_name_over_its_page_and_a_row_of_page_links_go() -> None:
    doc = clean(HEADER_WITHOUT_DATE)
    assert doc.text == HEADER_WITHOUT_DATE.split("\n")[2]
    assert {r.rule for r in doc.removed if r.rule.startswith("tools/")} == {"tools/epaper-page"}


PDF_COPY = "\n".join([
    "东岭日报　2025年6月3日　星期二　　　　　　　　A05　区县",
    "（上接A1版）",
    "今年以来，东岭区围绕“两张清单”持续发力，累计为企业解决",
    "用工、融资、用地等难题236个，推动《东岭区优化营商环境三年",
    "行动方案》各项措施落地见效。区发改局负责人介绍，全区新登记",
    "经营主体同比增长14.8%，其中民营企业占比超过九成。",
    "- 5 -",
    "东岭日报　2025年6月3日　星期二　　　　　　　　A05　区县",
    "下一步，东岭区将聚焦企业全生命周期服务，推出更多“一件事”",
    "集成办理事项，力争到2025年底实现高频事项“免证办”全覆盖，",
    "让企业办事更便捷、更省心。（下转A8版）",
])


def test_dated_running_head_of_a_pdf_copy_gives_date_and_paper() -> None:
    """The running head repeated between pages goes; its first occurrence, a
    dated masthead (no 版 on it), stays for the metadata, which takes it."""
    doc = clean(PDF_COPY)
    assert doc.text.split("\n") == [
        "今年以来，东岭区围绕“两张清单”持续发力，累计为企业解决用工、融资、用地等难题236个，推动《东岭区优化营商环境三年"
        "行动方案》各项措施落地见效。区发改局负责人介绍，全区新登记经营主体同比增长14.8%，其中民营企业占比超过九成。",
        "下一步，东岭区将聚焦企业全生命周期服务，推出更多“一件事”集成办理事项，力争到2025年底实现高频事项“免证办”全覆盖，"
        "让企业办事更便捷、更省心。",
    ]
    assert (doc.metadata["date"], doc.metadata["source"]) == ("2025-06-03", "东岭日报")
    assert (doc.metadata["continues_from_page"], doc.metadata["continues_to_page"]) == (1, 8)
