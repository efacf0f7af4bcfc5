"""Regression tests for where a related-links list ends."""

from __future__ import annotations

from govtext.blocks.classify import classify

_BODY = ("　　为深入贯彻落实安全生产部署要求，切实防范化解重大安全风险，经市政府同意，决定在全市范围内开展安全生产大检查。",
         "　　各单位要高度重视，加强组织领导，压实责任，确保检查工作取得实效。")


def _rules(lines: list[str]) -> list[str]:
    return [lab.rule for lab in classify([line.strip() for line in lines]).labels]


def test_a_contact_line_between_footer_items_is_footer_not_a_link_title() -> None:
    """A related list (上一篇/下一篇) is over once the site footer starts: the
    contact line between footer items used to be called a link title."""
    rules = _rules([*_BODY, "上一篇：关于做好防汛工作的通知", "下一篇：市应急管理局2022年度工作总结",
                    "主办单位：某市人民政府办公室　承办单位：某市大数据管理中心",
                    "联系电话：025-12345678　地址：某市北京东路41号",
                    "技术支持：某信息技术有限公司"])
    assert rules[-2] == "footer/below-footer"
    assert rules[2:4] == ["related/prev-next", "related/prev-next"]


def test_link_titles_under_a_related_header_before_the_footer_stay_links() -> None:
    rules = _rules([*_BODY, "相关阅读", "我市启动夏季大气污染防治攻坚行动", "瓯江流域水质连续三年保持优良",
                    "版权所有 © 2023 某市人民政府"])
    assert rules[3:5] == ["related/link-list", "related/link-list"]
    assert rules[-1].startswith("footer/")


_NO_PROSE_HEAD = ["某市住房和城乡建设局", "首页 > 数据发布", "2025年第三季度商品房项目信息", "发布日期：2025-10-09"]


def test_a_listing_header_over_a_table_on_a_page_without_prose_opens_no_list() -> None:
    """A page with no prose has every block at an edge: a related-list header
    there (在售楼盘, 热门楼盘) over a table's rows, or over its column names, heads
    the table, which is the page's text, not links (it took a housing bureau's
    table of units)."""
    over_figures = _rules([*_NO_PROSE_HEAD, "在售楼盘", "城南花园 | 126 | 8650", "滨江华府 | 88 | 9120",
                           "版权所有 © 2025 某市住房和城乡建设局"])
    over_names = _rules([*_NO_PROSE_HEAD, "热门楼盘", "项目名称　可售套数　均价", "城南花园　126　8650",
                         "版权所有 © 2025 某市住房和城乡建设局"])
    for rules in (over_figures, over_names):
        assert not any(rule.startswith("related/") for rule in rules[4:-1]), rules


def test_a_listing_header_over_links_on_a_page_without_prose_still_opens_its_list() -> None:
    """The same header over link rows (a name, a count and 查看>>, or titles with
    their dates apart by one gap) still opens a list of links."""
    links = _rules([*_NO_PROSE_HEAD, "在售楼盘", "城南花园　剩余房源：126套　查看>>", "滨江华府　剩余房源：88套　查看>>",
                    "版权所有 © 2025 某市住房和城乡建设局"])
    assert links[5:7] == ["related/link-list", "related/link-list"], links
    english = _rules(["Hangzhou Trade News", "Publish Date: 2025-11-05", "Related News:",
                      "CCPIT Zhejiang Issues 2,300 RCEP Certificates of Origin in October",
                      "Copyright © 2025 CCPIT Zhejiang"])
    assert english[3] == "related/link-list", english
