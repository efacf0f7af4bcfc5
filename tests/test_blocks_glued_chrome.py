"""Chrome whose elements a scraper glued together, the break between two of
them lost (inline elements, a logo's text run into the menu): a site's name
and its menu, a menu and the breadcrumb, tools and a list's header, two
credits. A line goes when it cuts into two pieces that are each chrome on
their own; a line with one piece nothing knows stays, and so do tables'
headers, bylines and the text.

Found by gluing each pair of adjacent chrome lines of the held-out pages;
the table headers below are what cutting every line of their bodies found
(two rules needed narrowing for it: a slash inside brackets is no trail's,
``元/年`` alone is no subscription offer)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.shape import link_chain
from tests.rule_lines import rule_line_tests

BODY = (
    "　　为切实抓好秋收期间农机安全生产工作，10月8日，县农业农村局组织执法人员深入各乡镇开展农机安全生产大检查。\n"
    "　　检查组重点检查了拖拉机、联合收割机的牌证、安全装置和驾驶人持证情况，现场纠正违法违规行为12起。\n"
)
HEADLINE = "县农业农村局开展秋季农机安全生产大检查"


def page(head: str, tail: str = "") -> str:
    return f"{head}\n{HEADLINE}\n发布时间：2025-10-09　来源：县农业农村局\n{BODY}{tail}主办单位：澄江县人民政府办公室\n"


@pytest.mark.parametrize("glued", [
    "澄江县人民政府门户网站首页　政务公开　政务服务　互动交流　走进澄江",  # the logo's name, then the menu
    "首页 | 政务公开 | 政务服务 | 互动交流 | 走进澄江您现在的位置：首页 > 政务公开 > 部门动态",  # the menu, then the trail
    "无障碍 | 长者模式 | 繁体澄江县人民政府门户网站",  # the tools, then the site's name
])
def test_a_head_line_of_two_pieces_of_chrome_goes_and_the_headline_is_the_title(glued: str) -> None:
    doc = clean(page(glued))
    assert glued not in doc.text
    assert HEADLINE in doc.text and BODY.strip() in doc.text
    assert doc.metadata["title"] == HEADLINE
    assert any(r.filter == "blocks" and "glued to" in r.reason for r in doc.removed)


@pytest.mark.parametrize("glued", [
    "【打印本页】【关闭窗口】相关链接：",
    "一审：李春华二审：王德胜",
    "分享到：微信 微博 QQ空间网站地图 | 联系我们 | 使用帮助",
])
def test_a_tail_line_of_two_pieces_of_chrome_goes(glued: str) -> None:
    doc = clean(page("澄江县人民政府", glued + "\n"))
    assert glued not in doc.text
    assert BODY.strip() in doc.text


def test_a_line_with_a_piece_no_rule_knows_stays() -> None:
    # a headline glued to a list's header: nothing says the headline is the list's
    glued = "相关新闻我县召开2025年三季度经济运行分析会"
    doc = clean(page("澄江县人民政府", glued + "\n"))
    assert glued in doc.text


def test_a_reporter_line_is_not_a_site_name_and_a_row_of_names() -> None:
    doc = clean(page("澄江县人民政府\n江城新闻记者 许嘉宁 通讯员 周洋"))
    assert doc.metadata.get("author") == "许嘉宁"


@pytest.mark.parametrize("header", [
    "展位号 企业名称 招聘岗位 人数 薪资(元/月)",  # a cell's unit is no piece
    "对象类别　　原标准（元/年）　　新标准（元/年）",  # a rule that takes 元/年 anywhere does not take the cell
    "投诉类别　件数　占比　同比",  # 投诉 cut from its word
    "桃园市中坜国民运动中心 | 7月13日 | 电话报名(03)4255678",  # a telephone number is one piece
])
def test_a_table_of_a_page_without_prose_keeps_its_header(header: str) -> None:
    rows = "\n".join(f"{n}　澄江县第{n}号　{n * 3}　{n * 7}" for n in range(1, 5))
    text = f"澄江县人民政府\n2025年第三季度统计表\n{header}\n{rows}\n主办单位：澄江县人民政府办公室\n"
    doc = clean(text)
    assert header in doc.text
    assert not any("glued to" in r.reason for r in doc.removed)


def test_a_slash_inside_brackets_makes_no_trail() -> None:
    assert link_chain("对象类别　原标准（元/年）　新标准（元/年）") is None
    assert link_chain("相关质询：关于增加跨区巴士路线的书面质询（第512/VII/2025号）") is None
    assert link_chain("首页 / 政务公开 / 通知公告（2025）") == ["首页", "政务公开", "通知公告（2025）"]


CAUGHT: list[tuple[str, str]] = [
    ("paywall/subscribe", "开通会员 15元/月"),
    ("paywall/subscribe", "订阅全年仅需198元/年"),
    ("paywall/subscribe", "VIP包月 30 元 / 月"),
    ("related/labelled-link", "相关质询：关于增加跨区巴士路线的书面质询（第512/VII/2025号）"),
    ("related/labelled-link", "相关提案：关于加快老旧小区改造的提案"),
]
KEPT: list[tuple[str, str]] = [
    ("paywall/subscribe", "展位号 企业名称 招聘岗位 人数 薪资(元/月)"),
    ("paywall/subscribe", "对象类别　　原标准（元/年）　　新标准（元/年）"),
    ("paywall/subscribe", "低保标准 800元/月"),
]
test_rule_catches_the_line, test_rule_leaves_the_line = rule_line_tests(CAUGHT, KEPT)
