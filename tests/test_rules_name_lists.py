"""Lists of people printed as rows of short names (held-out pages h510-h519):
deputies, committee members, winners, appointees and attendees set two to
five to a line, with full-width or half-width spaces, notes in brackets
(``（女，回族）``) and transcribed names with a middle dot, are body text,
not a navigation bar; a menu of short words (``首页 机构 政务 服务 互动``)
still goes. Rows of two cells (two names, two offices signing one notice)
and a note alone in brackets (``（共31人）``) are not wrapped lines of a
paragraph and are not run on into the next line."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import name_row
from govtext.rejoin.paragraphs import _bracketed_note, _two_cell_row

NAME_ROWS = [
    "王建国 刘海燕 孙立平 李春生",
    "张明远 陈晓红 周德胜 郑海波",
    "林正雄 陳金發 黃文彬 張志明",
    "包·巴特尔（蒙古族） 王丽（女） 江山 许文华",
    "阿依古丽·买买提 热依拉·吐尔逊 艾尔肯·吐尔逊 马晓燕",
    "欧阳明 司徒慧敏 诸葛亮亮 邬涛",
    "周杰 吴敏 徐静 孙磊 杨帆",
    "马卫东(回族) 朱玉华(女，满族) 叶小青(女) 田野",
    "第三选区 王大同 吴秀英 蔡明德 许志伟",
    "第一組 劉建國 鄭雅文 謝宗翰",
    "东城区代表团 丁建国 王丽 马卫东",
]
"""Rows of names: each with a common surname or a middle dot, maybe a note."""

NAV_ROWS = [
    "首页 机构 政务 服务 互动",
    "网站首页 新闻中心 政务公开 办事服务",
    "首頁 縣府組織 新聞稿 便民服務 聯絡我們",
    "要闻 时政 国际 财经 军事 体育",
    "首页 镇情概况 政务公开 便民服务 政民互动",
    "党建 文化 旅游 教育 健康",
    "县长信箱 在线咨询 网上调查 意见征集",
    "党建工作组 王府井 高新区 金融街",
    "记者站 通讯员 编辑部 摄影组",
]
"""Menus of short words, some of them opening with a character that is also a surname."""


@pytest.mark.parametrize("row", NAME_ROWS)
def test_row_of_names_is_names(row: str) -> None:
    assert name_row(row.split())


@pytest.mark.parametrize("row", NAV_ROWS)
def test_menu_row_is_no_names(row: str) -> None:
    assert not name_row(row.split())


def _page(rows: list[str]) -> str:
    return "\n".join([
        "安平县人大网",
        "网站首页 | 人大要闻 | 代表之窗 | 联系我们",
        "当前位置：首页 > 人事任免",
        "安平县第十九届人民代表大会第一次会议主席团成员名单",
        "发布时间：2025-01-10 来源：县人大常委会办公室",
        *rows,
        "（共12人）",
        "【打印本页】【关闭窗口】",
        "首页 机构 政务 服务 互动",
        "版权所有：安平县人大常委会 冀ICP备12345678号",
    ]) + "\n"


@pytest.mark.parametrize("row", NAME_ROWS)
def test_page_of_name_rows_keeps_them(row: str) -> None:
    """A page whose body is nothing but rows of names keeps every row (the
    first row stands right under the date line, where a menu may stand too)."""
    out = clean(_page([row, "黄志强 曹丽娟 谢文杰 梁国栋", "韩卫东 刘春生 孟军 宋晓梅"])).text
    assert len(out.split("\n")) == 5  # the headline, the three rows, the total (a Traditional row comes out Simplified)
    assert "黄志强 曹丽娟" in out and "韩卫东 刘春生" in out
    assert "首页 机构 政务" not in out


@pytest.mark.parametrize("row", NAV_ROWS)
def test_menu_rows_around_names_still_go(row: str) -> None:
    out = clean(_page(["黄志强 曹丽娟 谢文杰 梁国栋", row, "韩卫东 刘春生 孟军 宋晓梅"]).replace(
        "首页 机构 政务 服务 互动", row)).text
    assert "黄志强 曹丽娟" in out and "韩卫东 刘春生" in out
    assert row not in out.split("\n")[-1]


def test_name_rows_in_the_body_stay() -> None:
    page = "\n".join([
        "某某县人民政府",
        "首页 机构 政务 服务 互动",
        "关于表彰先进个人的通报",
        "发布时间：2025-01-02",
        "各单位：",
        "经研究，决定对下列同志予以通报表扬：",
        "张伟 王芳 李娜 赵敏",
        "王大明 李小華 陳美玲 林志偉",
        "王刚　李强",
        "刘 畅     刘建军  孙立新  杜红霞(女)",
        "特此通报。",
        "某某县人民政府办公室",
        "2025年1月2日",
        "关于我们 网站地图 联系我们",
    ]) + "\n"
    out = clean(page).text
    for kept in ("张伟 王芳 李娜 赵敏", "王大明 李小华 陈美玲 林志伟", "王刚　李强", "刘建军  孙立新"):
        assert kept in out
    assert "首页 机构" not in out and "网站地图" not in out


# -- rejoin -----------------------------------------------------------------------

_MEMBERS_PAGE = [
    '呼伦贝尔盟政协网',
    '首页\u3000政协概况\u3000委员风采\u3000提案工作\u3000文史资料\u3000视频',
    '首页 > 委员风采 > 委员名单',
    '政协呼伦贝尔盟第十三届委员会常务委员名单',
    '编辑：盟政协办公室\u3000发布时间：2025-01-16 10:20\u3000【字体：大 中 小】',
    '（2025年1月15日政协呼伦贝尔盟第十三届委员会第一次会议选举通过）',
    '主\u3000席',
    '乌力吉巴图',
    '副主席（按姓氏笔画排序）',
    '王\u3000刚\u3000\u3000苏日娜（女，蒙古族）\u3000\u3000额尔敦·毕力格（蒙古族）',
    '常务委员（以姓氏笔画为序）',
    '丁晓峰\u3000\u3000马\u3000林\u3000\u3000王丽娜（女）',
    '巴雅尔\u3000\u3000乌日罕（女，蒙古族）\u3000\u3000刘振东',
    '阿拉坦·其木格（女，蒙古族）\u3000\u3000张\u3000斌',
    '赵国庆\u3000\u3000哈斯·朝鲁\u3000\u3000格日勒图（蒙古族）',
    '徐志远\u3000\u3000斯琴图雅（女，蒙古族）',
    '（共29人，名单中其余委员略）',
    '秘书长',
    '孟和巴雅尔图',
    '【打印本页】\u3000【关闭窗口】',
    '上一篇：政协呼伦贝尔盟第十三届委员会第一次会议开幕',
    '下一篇：政协呼伦贝尔盟第十三届委员会第一次会议闭幕',
    '政协呼伦贝尔盟委员会办公室\u3000主办',
    '蒙ICP备12000678号-1',
]
"""Rows of names as wide as one another, which the rejoiner took for a hard-wrapped column."""


def test_rows_and_total_of_a_member_list_stay_lines() -> None:
    out = clean("\n".join(_MEMBERS_PAGE) + "\n").text
    assert "斯琴图雅（女，蒙古族）\n（共29人，名单中其余委员略）\n秘书长\n孟和巴雅尔图" in out


@pytest.mark.parametrize("row", [
    "鹤山市教育局　　　　鹤山市卫生健康局",
    "高俊杰　　萨仁高娃（女，蒙古族）",
    "張　斌      陳美玲(女，回族)",
    "中共某某县委办公室　　　某某县人民政府办公室",
    "李　明（女）　　王　刚",
    "某某县人民政府　　某某县人民政府办公室",
])
def test_two_cell_rows(row: str) -> None:
    assert _two_cell_row(row)


@pytest.mark.parametrize("line", [
    "第一条  为了促进城市绿化事业的发展",
    "一、  总体要求",
    "坚持稳中求进，  推动高质量发展",
    "会议要求各单位认真落实  切实抓好安全生产工作",
    "（一）  加强组织领导",
])
def test_prose_is_no_two_cell_row(line: str) -> None:
    assert not _two_cell_row(line)


@pytest.mark.parametrize(("line", "note"), [
    ("（共31人，名单中其余委员略）", True),
    ("(以姓氏笔画为序)", True),
    ("（按姓氏筆畫為序）", True),
    ("（一）加强组织领导", False),
    ("（一）加强组织领导（试行）", False),
    ("（2025年1月15日会议通过）会议要求", False),
])
def test_bracketed_note(line: str, note: bool) -> None:
    assert _bracketed_note(line) is note
