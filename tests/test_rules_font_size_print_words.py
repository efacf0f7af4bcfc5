"""Font-size switches written with 字体 on each size (``【大字体 中字体 小字体】``)
and print buttons naming the text ``此文`` (``【打印此文】``), from held-out page
h450: each rule catches other wordings of them, and leaves alone the body
sentences that use the same words."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/font-size", "【大字体 中字体 小字体】"),
    ("tools/font-size", "大字体 | 中字体 | 小字体"),
    ("tools/font-size", "字体 大字体 小字体"),
    ("tools/font-size", "［小字体／中字体／大字体］"),
    ("tools/page-actions", "【打印此文】"),
    ("tools/page-actions", "［打印此文］　［关闭窗口］"),
    ("tools/page-actions", "〖 收藏此文 〗"),
    ("tools/page-actions", "[关闭此文]"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/font-size", "　　通知正文统一使用三号仿宋字体，小标题使用黑体。"),
    ("tools/font-size", "大字体、中字体和小字体的标牌分别设置在入口、通道和展厅内。"),
    ("tools/page-actions", "　　请点击【打印此文】按钮后签字确认，并于5月10日前交回。"),
    ("tools/page-actions", "《关于印发此文的说明》已于近日公布。"),
]


test_caught, test_kept = rule_line_tests(CAUGHT, KEPT)


def test_a_font_size_and_print_row_goes_and_the_notice_stays() -> None:
    page = ("关于开展春季植树活动的通知\n【大字体 中字体 小字体】　【打印此文】\n"
            "　　各单位要组织干部职工积极参加义务植树，请点击【打印此文】按钮后签字确认。\n")
    text = clean(page).text
    assert "【大字体 中字体 小字体】" not in text
    assert "请点击【打印此文】按钮后签字确认。" in text
