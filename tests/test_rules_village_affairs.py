"""Chrome of village and township affairs disclosure pages (村务公开, 党务公开,
财务公开, 三务公开 boards; held-out pages h990-h999): each rule catches lines
worded otherwise than the pages it was written for (other portals, other
spellings, Traditional script, half-width punctuation), and leaves alone the
body sentences that use the same words (a notice on disclosure catalogues,
a village profile, grid members)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/disclosure-catalogue", "信息公开目录"),
    ("tools/disclosure-catalogue", "村务公开栏目"),
    ("tools/disclosure-catalogue", "党务公开目录（56）"),
    ("tools/disclosure-catalogue", "公开导航"),
    ("tools/disclosure-catalogue", "└─ 其他公开"),
    ("tools/disclosure-catalogue", "│ 財務公開"),
    ("tools/disclosure-catalogue", "┣ 惠农补贴"),
    ("tools/village-profile-sidebar", "村情概况"),
    ("tools/village-profile-sidebar", "社区简介"),
    ("tools/village-profile-sidebar", "常住人口：2,310人"),
    ("tools/village-profile-sidebar", "总户数:612户"),
    ("tools/village-profile-sidebar", "辖区面积：12.4平方公里"),
    ("tools/village-profile-sidebar", "耕地：约2800亩"),
    ("tools/village-profile-sidebar", "村民小组：9个"),
    ("tools/village-profile-sidebar", "人口：0.36万人"),
    ("related/grid-member-card", "我的网格员"),
    ("related/grid-member-card", "本社区网格员信息"),
    ("related/grid-member-card", "包村干部"),
    ("related/grid-member-card", "网格员：刘海燕"),
    ("related/grid-member-card", "专职网格员：谭小军　联系电话：15923456789"),
    ("related/grid-member-card", "驻村第一书记：黄伟　手机：13712345678"),
    ("related/grid-member-card", "楼栋长:张桂花 负责区域:3栋1-2单元"),
    ("label-table/disclosure-labels", "公开类别：财务公开"),
    ("label-table/disclosure-labels", "公开类型：主动公开　　公开时限：常年"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/disclosure-catalogue", "　　各村要按照公开目录设置公开栏目，不得随意删减。"),
    ("tools/disclosure-catalogue", "上河村村务公开目录"),
    ("tools/disclosure-catalogue", "一、党务公开（4项）"),
    ("tools/disclosure-catalogue", "城市建设（208）"),
    ("tools/disclosure-catalogue", "　　公示期为5个工作日（2025年4月17日至4月21日）。"),
    ("tools/village-profile-sidebar", "　　全村户籍人口1563人，耕地面积3120亩。"),
    ("tools/village-profile-sidebar", "户籍人口：1563人，常住人口：1210人，外出务工人员多。"),
    ("tools/village-profile-sidebar", "各村应在公开栏首栏公开村情简介"),
    ("related/grid-member-card", "　　每个村民小组明确一名网格员，由村“两委”成员担任网格长。"),
    ("related/grid-member-card", "现为郭庄村妇联主席、网格员。"),
    ("related/grid-member-card", "网格员：负责本网格的人口信息采集、矛盾纠纷排查和政策宣传。"),
]


(test_village_affairs_chrome_is_caught,
 test_body_words_of_village_affairs_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", [
    "公开单位：上河村村民委员会　　公开时间：2025-05-08",
    "文件来源：三里铺村村务监督委员会　发布日期：2025年1月15日",
    "公開單位：蓮塘村村民委員會　日期：2025-03-20",
])
def test_disclosure_unit_and_file_source_labels_give_the_source(line: str) -> None:
    """The unit that makes a village page public (公开单位, 公开主体) and a
    disclosure page's 文件来源 are its source."""
    meta = parse_meta_line(line)
    assert meta is not None, line
    fields = meta.fields
    assert fields.get("source") in ("上河村村民委员会", "三里铺村村务监督委员会", "蓮塘村村民委員會"), fields


CATALOGUE_PAGE = """柳林镇人民政府
首页 > 村务公开 > 财务公开
村务公开目录
├ 党务公开
├ 财务公开
└ 其他公开
村情概况
常住人口：2310人
耕地面积：2800亩
石门村2025年5月份财务收支公开
发布时间：2025-06-05　　公开单位：石门村村民委员会
　　现将石门村2025年5月份财务收支情况公开如下。
日期　摘要　收入（元）　支出（元）
5月6日　收到土地流转费　36,000.00
5月20日　支付村道保洁费　　2,400.00
　　如有异议，请向村务监督委员会反映。网格员联系方式见公开栏。
石门村村民委员会
2025年6月5日
本村网格员
网格长：刘建军　电话：13900001111
网格员：赵小红　负责区域：一至四组
"""


def test_a_village_ledger_page_loses_its_boxes_and_keeps_its_rows() -> None:
    """The catalogue tree, the profile box above the headline and the grid
    members' card under the signature go; the ledger's rows, the notice and
    its signature stay, and the disclosure unit is the source."""
    doc = clean(CATALOGUE_PAGE)
    text = doc.text
    for chrome in ("村务公开目录", "├ 党务公开", "└ 其他公开", "村情概况", "常住人口：2310人", "本村网格员", "网格长：刘建军"):
        assert chrome not in text, chrome
    for body in ("5月6日", "5月20日", "网格员联系方式见公开栏", "石门村村民委员会", "2025年6月5日"):
        assert body in text, body
    assert doc.metadata.get("title") == "石门村2025年5月份财务收支公开"
    assert doc.metadata.get("source") == "石门村村民委员会"
    assert doc.metadata.get("date") == "2025-06-05"


def test_a_profile_page_titled_like_the_box_keeps_its_headline() -> None:
    """A village profile page whose headline is the box's header (村情简介)
    keeps it as its title: a bare header goes only with an item of its box
    right under it."""
    page = ("桐柏镇人民政府\n首页 > 走进桐柏 > 村情简介\n村情简介\n发布时间：2025-01-06\n"
            "　　上河村位于桐柏镇东部，辖8个村民小组，是全镇茶叶主产村。\n户籍人口：1563人\n")
    doc = clean(page)
    assert doc.metadata.get("title") == "村情简介"
    assert "户籍人口：1563人" in doc.text


def test_catalogue_nodes_with_counts_go_under_their_header_only() -> None:
    """The nodes of a party affairs catalogue with their item counts right
    under its header go, and the headline below them is the title, not a
    node; the same words with counts in the text stay."""
    page = ("永宁街道党工委\n位置：首页 → 党务公开\n党务公开目录（128）\n党组织设置（12）\n发展党员（35）\n"
            "中共郭庄村支部委员会关于接收预备党员的公示\n发布时间：2025-04-17\n"
            "　　经党支部委员会研究，拟接收2名同志为中共预备党员，现予以公示。\n发展党员（2名）\n")
    doc = clean(page)
    assert doc.metadata.get("title") == "中共郭庄村支部委员会关于接收预备党员的公示"
    for chrome in ("党务公开目录", "党组织设置（12）", "发展党员（35）"):
        assert chrome not in doc.text, chrome
    assert "发展党员（2名）" in doc.text
