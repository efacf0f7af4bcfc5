"""An e-paper page of briefs in a narrow column, through the whole pipeline:
each brief's bulleted headline stays (the first one is no bulleted link above
the body), the page header and the page list's row of links go, the narrow
column reflows, and the title is the first headline without its bullet.
Written for these tests (another paper, other bullets than held-out h298)."""

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
