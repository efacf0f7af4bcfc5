"""Chrome of discipline-inspection and anti-corruption sites (held-out pages
h960-h969: 纪委监委 review notices, expulsion notices, typical-case lists, the
report guide, 廉政公署 / 廉政署 press releases): each rule catches lines worded
otherwise than the pages it was written for (other sites, other spellings,
Hong Kong, Macau and Taiwan wording in Simplified script, as the pipeline sees
it), and leaves alone the body sentences that use the same words (a notice
that tells how to report, a service guide's contact row)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.shape import nav_items
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/report-channel-banner", "中央纪委国家监委网站举报网址：www.12388.gov.cn ｜ 我要举报"),
    ("footer/report-channel-banner", "纪检监察举报电话：010-12388 · 网上举报入口"),
    ("footer/report-channel-banner", "12388 举报电话 ｜ 在线举报"),
    ("footer/report-channel-banner", "省纪委监委主办　举报电话：0871-12388　邮编：650000"),
    ("footer/report-channel-banner", "廉政举报热线 2827 2827 | 网上举报表格"),
    ("footer/report-channel-banner", "投诉/举报热线：2836 1212 ｜ 网上投诉表格"),
    ("footer/report-channel-banner", "检举专线 0800-286-586"),
    ("footer/report-channel-banner", "举报热线 12388（24小时）"),
    ("footer/report-channel-banner", "县纪委监委举报平台 http://jb.lyjw.gov.cn/ · 点击进入"),
    ("english/bilingual-site-name", "法务部廉政署 Agency Against Corruption, Ministry of Justice"),
    ("english/bilingual-site-name", "民用航空局 Civil Aviation Authority"),
    ("english/bilingual-site-name", "廉政公署 Independent Commission Against Corruption"),
    ("slogan/bilingual-name-portuguese", "廉政公署 Comissariado contra a Corrupção"),
    ("slogan/bilingual-name-portuguese", "澳门廉政公署　Comissariado contra a Corrupção de Macau"),
    ("tools/page-actions-bare", "分享　列印　电邮"),
    ("tools/page-actions-bare", "列印 | 电邮 | 返回"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/report-channel-banner", "举报电话：0734-12388；网上举报请登录中央纪委国家监委网站或本网“我要举报”栏目。"),
    ("footer/report-channel-banner", "欢迎广大群众通过12388举报电话、网上举报平台等渠道反映问题。"),
    ("footer/report-channel-banner", "监督投诉电话\t0738-12345"),
    ("footer/report-channel-banner", "监督举报电话：0738-12388"),
    ("footer/report-channel-banner", "投诉电话：0738-12345　投诉邮箱：ts@example.gov.cn"),
    ("footer/report-channel-banner", "巡察期间设立专门值班电话：0599-6231880，专门电子邮箱：pxxcez@163.com。"),
    ("footer/report-channel-banner", "三、举报方式"),
    ("footer/report-channel-banner", "举报电话"),
    ("footer/report-channel-banner", "民众可拨打廉政专线0800-286-586检举贪渎不法。"),
    ("english/bilingual-site-name", "廉政署表示 Agency Against Corruption 将加强合作。"),
    ("slogan/bilingual-name-portuguese", "廉署呼吁市民举报 Comissariado contra a Corrupção 的调查。"),
    ("tools/page-actions-bare", "如有疑问，请电邮至本署。"),
]


(test_discipline_site_chrome_is_caught,
 test_body_words_of_discipline_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("row", [
    "首页 公署简介 反贪 行政申诉 财产申报 宣传教育 新闻稿 投诉/举报",
    "首页 政策/解读 通知公告 办事指南 互动交流",
])
def test_a_menu_row_with_a_slashed_link_is_a_menu(row: str) -> None:
    assert nav_items(row) == row.split()


@pytest.mark.parametrize("line", ["市民可通过投诉/举报热线反映问题。", "投诉/举报 热线", "首页 新闻稿 投诉/举报/建议 关于我们"])
def test_a_slash_in_prose_or_a_short_pair_makes_no_menu(line: str) -> None:
    assert nav_items(line) is None


def test_a_sentence_wrapped_between_a_contact_label_and_its_value_goes_on() -> None:
    """A hard-wrapped notice breaks after ``…，电子邮箱：`` and goes on with the
    address: one sentence; a label alone on its line or an indented address is no such break."""
    first = "话：0571-8613300，专门邮政信箱：东阳县B0208号邮政信箱，举报邮箱："
    assert continuation_reason(first, "dyxc2025@163.com。受理时间为每天8:00至18:00。") is not None
    assert continuation_reason(first, "www.dyjw.gov.cn，受理时间为每天8:00至18:00。") is not None
    assert continuation_reason("电子邮箱：", "dyxc2025@163.com") is None
    assert continuation_reason(first, "　　dyxc2025@163.com") is None
    assert continuation_reason("巡察组设立的联系方式，具体如下：", "一、值班电话") is None


DISCIPLINE_PAGE = """举报网址：www.12388.gov.cn　｜　我要举报
清风东阳网
东阳县纪委监委主办
首页 | 要闻 | 审查调查 | 通报曝光 | 巡察工作 | 廉洁文化
东阳县农业农村局原局长赵某某接受纪律审查和监察调查
发布时间：2025-02-11　来源：东阳县纪委监委
　　据东阳县纪委监委消息：东阳县农业农村局原党组书记、局长赵某某涉嫌严重违纪违法，目前正接受东阳县纪委监委纪律审查和监察调查。
　　群众可通过12388举报电话、网上举报平台等渠道反映问题线索，纪检监察机关对举报人信息严格保密。
以案为鉴　以案促改
纪检监察举报电话：0579-12388　·　网上举报请点击进入
东阳县纪委监委 主办　信访接待地址：东阳县人民路6号
"""


def test_a_discipline_notice_page_of_another_site_keeps_its_body() -> None:
    """A whole review notice of another county: the report banners above and
    below go, the paragraph that tells how to report stays, and so do the title, date and source."""
    doc = clean(DISCIPLINE_PAGE)
    text = doc.text
    for line in DISCIPLINE_PAGE.splitlines():
        if line.startswith("　　"):
            assert line.strip() in text, line
    for chrome in ("www.12388.gov.cn", "0579-12388", "网上举报请点击进入", "信访接待地址"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "东阳县农业农村局原局长赵某某接受纪律审查和监察调查"
    assert doc.metadata.get("date") == "2025-02-11"
    assert doc.metadata.get("source") == "东阳县纪委监委"
