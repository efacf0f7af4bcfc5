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
