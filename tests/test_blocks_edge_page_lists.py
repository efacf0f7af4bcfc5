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


RECORD = """信用青禾 — 青禾市公共信用信息服务平台
首页
信用动态
双公示
信用修复
您所在的位置：
首页
>
双公示
>
行政处罚
青禾市某某建材有限公司行政处罚信息
行政相对人名称：青禾市某某建材有限公司
统一社会信用代码：91430600MA4R2K7X1B
处罚决定书文号：青市监罚〔2026〕112号
处罚类别：罚款
处罚决定日期：2026-02-11
"""


def test_a_sidebar_list_ends_at_the_trail_above_the_record() -> None:
    """A column name of the site's menu read as a list's header (信用动态)
    heads no list past the trail: the record under it is the page's."""
    text = clean(RECORD).text
    for line in ("青禾市某某建材有限公司行政处罚信息", "处罚决定书文号：青市监罚〔2026〕112号", "处罚类别：罚款"):
        assert line in text.split("\n"), line
