"""A grid of member offices under a headline that announces a list is the page's
text, not a menu (a page of a leading group's members has no prose at all, so
every row of it stands at an edge where navigation rows are looked for)."""

from __future__ import annotations

import pytest

from govtext import clean

MENU = "首页 | 机构概况 | 政务公开 | 办事服务"
FOOTER = "版权所有：某某市人民政府办公室"


def _kept(text: str) -> list[str]:
    return clean(text).text.splitlines()


@pytest.mark.parametrize("headline", [
    "市优化营商环境工作领导小组成员单位",
    "2026年度县级文明单位名单",
    "区河湖长制工作责任单位一览表",
    "市政府组成部门（共26个）",
    "區議會成員名單（第七屆）",
])
@pytest.mark.parametrize("rows", [
    ["市发展和改革委员会 | 市财政局 | 市自然资源和规划局", "市公安局 | 市商务局 | 市司法局"],
    ["市财政局、市水利局、市农业农村局、市商务局", "市公安局 | 市商务局 | 市司法局"],
    ["市财政局　市水利局　市农业农村局　市商务局", "市公安局　市商务局　市司法局"],
])
def test_rows_under_a_list_headline_are_kept(headline: str, rows: list[str]) -> None:
    out = _kept("\n".join([MENU, headline, *rows, FOOTER]) + "\n")
    assert MENU not in out and FOOTER not in out
    for row in rows:
        assert row in out, (headline, row)


@pytest.mark.parametrize("headline", [
    "直属单位",  # a sidebar's bare header: nothing before the list's word
    "我市召开优化营商环境工作推进会",  # a news headline announces no list
])
def test_rows_under_other_lines_are_still_a_menu(headline: str) -> None:
    rows = ["市发展和改革委员会 | 市财政局 | 市自然资源和规划局", "市公安局 | 市商务局 | 市司法局"]
    body = "　　3月2日，市政府召开会议，研究部署优化营商环境重点工作，各成员单位主要负责同志参加会议。"
    out = _kept("\n".join([MENU, "我市召开优化营商环境工作推进会", body, headline, *rows, FOOTER]) + "\n")
    assert body in out
    for row in rows:
        assert row not in out, (headline, row)
