"""A page with no prose (an image explainer's short lines), where a scraper
glued the chrome's rows together so that no metadata row is found: every
block is at an edge. A headline a rule reads as a column's link title
(``图解｜…``) must not head a list that takes every short line under it."""

from __future__ import annotations

from govtext import clean

EXPLAINER = """网站首页 | 机构概况 | 政策解读 | 办事服务您现在的位置: 首页 > 政策解读 > 图解政策
图解｜2025年秋季学期学生资助政策一览
发布日期:2025-08-28 来源:临江市教育局 点击数:1532字体:【大】【中】【小】 【打印】
资助对象
全日制在校学生
国家助学金
每生每年平均3300元
申请时间
9月1日至9月30日
申请渠道
学校资助管理中心
咨询电话
0730-8812345
"""


def test_the_short_lines_of_an_explainer_stay() -> None:
    text = clean(EXPLAINER).text
    for line in ("资助对象", "国家助学金", "每生每年平均3300元", "9月1日至9月30日", "学校资助管理中心"):
        assert line in text.split("\n"), line
