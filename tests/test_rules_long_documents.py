"""Chrome around long documents (held-out pages h460-h469: work reports, five-year
plans, a white paper, a statistical communique, meeting minutes, a disclosure
annual report, a final-accounts report): each rule catches lines worded otherwise
than the pages it was written for, and leaves alone the body lines that use the
same words (a chapter that refers to the one before, a report on downloads, a
heading with a date, a notice's list of document names)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks import shape
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/prev-next", "上一章：总则"),
    ("related/prev-next", "下一章：第五篇　推进绿色低碳发展"),
    ("related/prev-next", "上一节 发展环境"),
    ("related/prev-next", "◀ 上一条　关于印发农村公路养护办法的通知"),
    ("related/prev-next", "▶ 下一篇　市政府第12次常务会议纪要"),
    ("related/prev-next", "前一篇：全市“十五五”生态环境保护规划"),
    ("related/prev-next", "后一篇：县政统计年报"),
    ("related/more-of-list", "点击查看更多专项规划……"),
    ("related/more-of-list", "查看更多政策文件..."),
    ("related/more-of-list", "浏览更多统计公报>>"),
    ("related/more-of-list", "点此更多……"),
    ("related/labelled-link", "区县网站"),
    ("related/labelled-link", "乡镇网站："),
    ("related/labelled-link", "市直部门网站"),
    ("related/labelled-link", "县市区政府网站"),
    ("related/labelled-link", "镇街网站："),
    ("counters/download-count", "【下载次数：236】"),
    ("counters/download-count", "下载量 58次"),
    ("counters/download-count", "已下载：1024"),
    ("counters/download-count", "(下载数：12)"),
    ("tools/share", "友善列印　　回上一页　　分享：Facebook　LINE"),
    ("tools/share", "打印 | 关闭 | 分享：微信 微博"),
    ("tools/share", "返回　收藏　分享至："),
]

KEPT: list[tuple[str, str]] = [
    ("related/prev-next", "上一章已经述及发展基础，本章论述发展环境。"),
    ("related/prev-next", "下一节将具体介绍申报流程。"),
    ("related/prev-next", "上一条规定的情形，由县级人民政府责令改正。"),
    ("related/more-of-list", "更多惠企政策将陆续出台……"),
    ("related/more-of-list", "群众可以查看更多办事指南，详见附件。"),
    ("related/labelled-link", "区县网站集约化建设工作取得积极进展。"),
    ("related/labelled-link", "四、乡镇网站"),
    ("counters/download-count", "全年政务公开平台文件下载次数达到12.6万次。"),
    ("counters/download-count", "下载次数较上年增长15%"),
    ("tools/share", "返乡创业青年代表分享：从种植大户到合作社带头人"),
    ("tools/share", "分享经济平台企业收入增长8.6%。"),
]


(test_long_document_chrome_is_caught,
 test_body_words_of_long_document_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "items"), [
    ("首页 ◇ 新区概况 ◇ 新闻动态 ◇ 信息公开", ["首页", "新区概况", "新闻动态", "信息公开"]),
    ("网站首页 ┊ 政务公开 ┊ 政务服务 ┊ 政民互动", ["网站首页", "政务公开", "政务服务", "政民互动"]),
    ("走进临湖 · 政务公开 · 办事服务 · 互动交流", ["走进临湖", "政务公开", "办事服务", "互动交流"]),
    ("文档信息 举报 收藏 | 下载本文档", ["文档信息", "举报", "收藏", "下载本文档"]),  # NFKC form of wide spaces and a pipe
    ("沪深公告 港股公告 定期报告 IPO招股书 问询回复", ["沪深公告", "港股公告", "定期报告", "IPO招股书", "问询回复"]),
])
def test_a_menu_with_lone_separators_is_a_navigation_row(line: str, items: list[str]) -> None:
    assert shape.nav_items(line) == items


@pytest.mark.parametrize("line", [
    "◇ 加强组织领导 ◇ 强化资金保障",  # two items of a list, no menu
    "中国 · 浙江 · 宁波",  # a place line: its items are too few
    "坚持 ◇ 统筹推进各项改革工作 ◇ 落实",  # a long item
    "2024 2025 2026 2027",  # years: no labels
    "GDP 增长 CPI 回落",  # two labels in Latin letters
    "第4节 道德与法治 地理 体育 数学",  # a timetable's row (NFKC's spaces)
])
def test_a_line_with_separators_that_is_no_menu_is_no_navigation_row(line: str) -> None:
    assert shape.nav_items(line) is None


MINUTES_PAGE = """临湖市人民政府
首页 ◇ 政务公开 ◇ 政务服务 ◇ 互动交流
当前位置：首页 > 政务公开 > 会议纪要
临湖市人民政府第12次常务会议纪要
发布日期：2025-04-10　来源：市政府办公室
　　2025年4月8日，市长主持召开市政府第12次常务会议。现将会议议定事项纪要如下：
一、审议《临湖市城市更新专项规划（2025—2035年）》
　　会议原则同意该规划，由市自然资源和规划局按程序报批。会议要求，下一章节的实施方案要细化到年度。
二、研究清理规范性文件工作
　　会议决定废止下列文件：
　　1．临湖市人民政府关于加强城市道路管理的通知（临政发〔2019〕8号）　2019-05-06
　　2．临湖市人民政府办公室关于印发临湖市公共停车场管理办法的通知　2020-03-18
　　3．临湖市人民政府关于促进服务业发展的若干意见　2020-11-02
　　会议要求，废止文件目录于会后5个工作日内向社会公布。
附件：1．废止文件目录.doc
【打印】【关闭】
上一章：市政府第11次常务会议纪要
附件下载：
📎 附件1：废止文件目录.doc
往年纪要
· 市政府2024年第30次常务会议纪要　2024-12-26
· 市政府2024年第29次常务会议纪要　2024-12-10
点击查看更多会议纪要……
区县网站
东湖区
南湖区
临湖县
主办：临湖市人民政府办公室　浙ICP备12345678号
"""


def test_minutes_with_a_list_of_dated_document_names_keep_it_and_lose_the_lists_below() -> None:
    """A meeting's minutes whose body lists document names with their dates (the
    files it repeals) and names its own attachment keep them; the chapter link,
    the download list with its files, the dated list of other minutes under a bare
    title, the link to more of them and the district sites go."""
    doc = clean(MINUTES_PAGE)
    text = doc.text
    body = [line.strip() for line in MINUTES_PAGE.splitlines()[5:15]]
    assert all(line in text for line in body), [line for line in body if line not in text]
    for chrome in ("首页 ◇", "上一章：", "附件下载", "📎", "往年纪要", "第30次常务会议纪要", "点击查看更多", "区县网站", "东湖区"):
        assert chrome not in text, chrome
    assert doc.metadata.get("date") == "2025-04-10"


COMMUNIQUE = """2024年青溪县国民经济和社会发展统计公报
发布者：青溪县统计局　日期：2025-03-20　访问量：356
青溪县统计局
国家统计局青溪调查队
（2025年3月20日）
　　2024年，全县经济运行总体平稳、稳中有进。初步核算，全年地区生产总值218.6亿元，比上年增长5.8%。
注释：本公报中数据均为初步统计数。
"""


def test_a_communiques_own_header_of_offices_and_bracketed_date_stays() -> None:
    """The offices that issue a statistical communique and its bracketed date,
    printed under its title, are the document's header: they stay, and the first
    office is the source when no line names one."""
    doc = clean(COMMUNIQUE)
    for line in ("青溪县统计局", "国家统计局青溪调查队", "（2025年3月20日）"):
        assert line in doc.text.splitlines(), line
    assert doc.metadata.get("source") == "青溪县统计局"
    assert doc.metadata.get("date") == "2025-03-20"


def test_a_bracketed_date_without_offices_above_it_is_still_the_pages_date() -> None:
    """A bracketed date under the headline alone (no office named above it) is the
    page's date line, as before."""
    doc = clean("关于做好2025年春季植树造林工作的通知\n（2025年3月2日）\n"
                "　　各乡镇人民政府，县级各部门：为做好今年春季植树造林工作，现将有关事项通知如下。\n")
    assert doc.metadata.get("date") == "2025-03-02"


@pytest.mark.parametrize("line", ["惠及羣衆5.6萬人。", "爲加快建設美麗鄉村而努力奮鬥。", "在院子裏搭起牀鋪。"])
def test_opencc_orthodox_traditional_forms_are_no_mojibake(line: str) -> None:
    """OpenCC's Traditional forms of common characters (羣衆, 爲, 裏, 牀) are text, not
    a garbled run to 'repair' (惠及羣衆 became 需摯膺胐)."""
    doc = clean(line)
    assert not [c for c in doc.changes if c.filter == "mojibake"], doc.changes
    assert doc.text == clean(line.replace("羣衆", "群眾").replace("爲", "為").replace("裏", "裡").replace("牀", "床")).text


def test_mojibake_is_still_repaired() -> None:
    assert clean("鍙戝睍鏀归潻").text == "发展改革"
