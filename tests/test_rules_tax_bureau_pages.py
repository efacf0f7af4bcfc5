"""Chrome of tax bureaus' pages (held-out pages h1170-h1179): each rule or
reading catches lines worded otherwise than the pages it was written for
(other bureaus, other halls, Traditional and half-width spellings), and
leaves alone the body sentences of a tax notice that use the same words
(how to report a tax offence, where the hall is and when it opens, the
announcement's number inside a sentence)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks import shape
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a tax bureau's report channels, two or more on a line
    ("footer/tax-report-channels", "涉税举报电话:0736-7225119  纳税服务热线:12366"),
    ("footer/tax-report-channels", "涉税举报：0578-8061119（工作日）　｜　监督电话：0578-8061022"),
    ("footer/tax-report-channels", "税收违法行为检举电话：(020)83191234　检举邮箱：jianju@gd-tax.gov.cn"),
    ("footer/tax-report-channels", "涉税违法举报热线 0551-62881234 | 网上举报"),
    ("footer/tax-report-channels", "偷逃税举报电话：12366｜投诉电话：0871-65531234"),
    ("footer/tax-report-channels", "涉税举报 010-63417777　纳税缴费服务热线 12366"),
    # a service hall's or the bureau's building's address with its hours
    ("footer/site-address", "办税服务厅地址:临沅市武陵大道北段398号市民之家三楼  办公时间:周一至周五8:30-12:00,14:00-17:30"),
    ("footer/site-address", "服务大厅地址：江北区人民路18号　工作时间：工作日 9:00-17:00"),
    ("footer/site-address", "政务服务中心地址：滨江大道268号　受理时间：周一至周六 8:30-17:30"),
    ("footer/site-address", "办事大厅地址：澳门南湾大马路575号地下　办公时间：星期一至四 9:00-17:45"),
    ("footer/site-address", "营业大厅地址：海陵路9号 | 营业时间：8:30-17:00（节假日除外）"),
    # a bracketed tool row, the elderly version among its links
    ("tools/page-actions-bare", "[适老化版]  [无障碍浏览]  [English]"),
    ("tools/page-actions-bare", "[适老化版] [简体版] [繁体版]"),
    ("tools/page-actions-bare", "［长者模式］［无障碍］［登录］"),
    ("tools/page-actions-bare", "适老化版 | 无障碍 | 手机版"),
    # more of a column's notices after the text
    ("related/list-header", "更多税收宣传月活动"),
    ("related/list-header", "更多普法宣传活动"),
    ("related/list-header", "更多媒体报道"),
    ("related/list-header", "更多政策解读>>"),
]

KEPT: list[tuple[str, str]] = [
    # how to report, said in a notice
    ("footer/tax-report-channels", "涉税举报电话：0736-7225119"),
    ("footer/tax-report-channels", "发现涉税违法行为的，可拨打涉税举报电话0736-7225119，或登录电子税务局网上举报。"),
    ("footer/tax-report-channels", "举报电话：0736-7225119　监督电话：0736-7225120"),
    ("footer/tax-report-channels", "对偷逃税行为，任何单位和个人都有权向税务机关检举，检举电话：12366。"),
    ("footer/tax-report-channels", "涉税举报中心地址：临沅市人民路1号　邮编：415000"),
    # a contact directory's row, each bureau with its numbers
    ("footer/tax-report-channels", "城南区税务局涉税举报电话：0736-7221111　纳税服务热线：12366"),
    ("footer/tax-report-channels", "高新区税务局　涉税举报：0736-7223333　监督电话：0736-7223334"),
    # where the hall is and when it opens, said in a guide
    ("footer/site-address", "办理地点：泸原市政务服务中心一楼税务专区（滨江大道268号）"),
    ("footer/site-address", "办税服务厅自7月1日起调整办公时间，调整后的办公时间为：周一至周五8:30-17:30。"),
    ("footer/site-address", "纳税人可到办税服务厅办理，办公时间为工作日9:00-17:00。"),
    ("footer/site-address", "请于6月30日前到办税服务厅：临沅市武陵大道398号办理，工作时间内均可受理。"),
    # a hall directory's rows: each hall with its address and hours
    ("footer/site-address", "城南办税服务厅：城南区朝阳路66号　办公时间：工作日9:00-17:00"),
    ("footer/site-address", "高新区办税服务厅地址：高新区科技大道1号　办公时间：周一至周五8:30-17:30"),
    ("footer/site-address", "2.高新区办税服务厅　地址：高新区科技大道1号　办公时间：周一至周五8:30-17:30"),
    # an elderly version named in a sentence, a bracketed heading
    ("tools/page-actions-bare", "各级税务网站均已上线适老化版，方便老年纳税人浏览。"),
    ("tools/page-actions-bare", "【办理渠道】"),
    ("tools/page-actions-bare", "[事项名称] 开具金额总额度调整"),
    # more activities in a sentence
    ("related/list-header", "更多税收宣传月活动将陆续开展。"),
    ("related/list-header", "更多纳税人享受到了政策红利"),
]


(test_tax_bureau_chrome_is_caught,
 test_body_words_of_tax_bureau_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", [
    "12366纳税缴费服务热线｜办税地图｜预约办税｜纳税人学堂",
    "12345政务服务便民热线 | 办事指南 | 我要咨询",
    "首页 | 12366纳税服务平台 | 电子税务局 | 发票查验",
])
def test_a_menu_link_opening_with_its_hotline_number_is_a_menu_label(line: str) -> None:
    assert shape.nav_items(line) is not None, line


@pytest.mark.parametrize("line", [
    "新闻发布：税务要闻　基层动态　媒体视点　图片新闻　视频新闻",
    "栏目导航：通知公告　政策解读　办税指南　热点问答",
    "资讯中心：工作动态 | 媒体聚焦 | 图片新闻 | 视频专区",
])
def test_a_sections_name_opening_its_menu_is_a_menu(line: str) -> None:
    assert shape.nav_items(line) is not None, line


@pytest.mark.parametrize("line", [
    "工作重点：调查研究　统筹推进　狠抓落实　总结提升",
    "新闻发布：2026年4月1日　地点：市税务局　主持：王芳　发布人：李强",
    "12366纳税缴费服务热线全年受理咨询8.6万件，同比增长12%。",
    "新闻发布会上，市税务局通报了一季度税收收入情况。",
])
def test_rows_that_are_no_menu_stay_unread(line: str) -> None:
    assert shape.nav_items(line) is None, line


@pytest.mark.parametrize(("line", "number"), [
    ("2026年第6号", "2026年第6号"),
    ("　　（2025年第12号）", "2025年第12号"),
    ("2024年 第 3 號", "2024年第3號"),
])
def test_an_announcements_number_alone_on_its_line_is_its_document_number(line: str, number: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.fields == {"doc_number": number}, line


@pytest.mark.parametrize("line", [
    "根据国家税务总局公告2026年第6号的规定，现将有关事项公告如下：",
    "2026年第6号台风“海葵”过境期间，办税服务厅暂停对外办公。",
    "2026年第6期",
])
def test_a_number_inside_a_sentence_is_no_document_number(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or "doc_number" not in m.fields, line


HALL_PAGE = """国家税务总局江临市税务局
[适老化版]  [无障碍浏览]  [English]
首页 | 新闻发布 | 税收政策 | 纳税服务 | 互动交流
当前位置：首页 > 通知公告
国家税务总局江临市税务局关于第二税务分局办税服务厅迁址的公告
2026年第3号
发布日期：2026-08-12　　来源：国家税务总局江临市税务局
　　为进一步优化办税环境，第二税务分局办税服务厅将于2026年9月1日迁至江临市滨江大道168号市民中心二楼。
　　迁址后，办税服务厅地址：江临市滨江大道168号市民中心二楼；办公时间：周一至周五8:30-12:00，14:00-17:30。
　　发现涉税违法行为的，可拨打涉税举报电话0793-8221119。
　　特此公告。
国家税务总局江临市税务局
2026年8月12日
【打印】  【关闭】
更多通知公告
江临市税务局开展税收宣传月活动
办税服务厅地址:江临市人民路1号  办公时间:周一至周五9:00-17:00
涉税举报电话:0793-8221119  纳税服务热线:12366
国家税务总局江临市税务局 版权所有　赣ICP备12008866号-2
"""


def test_a_tax_notice_on_its_hall_keeps_its_hours_and_report_number_and_loses_the_footers() -> None:
    """A notice on a hall's new address, on a page whose footer gives the hall's
    address and hours and the report channels: the notice's own sentences with
    the same words stay, the footer lines and the bracketed tool row go, and the
    announcement's number under the headline is its document number."""
    doc = clean(HALL_PAGE)
    text = doc.text
    for line in HALL_PAGE.splitlines():
        if line.startswith("　　"):
            assert line.strip() in text, line
    for chrome in ("[适老化版]", "江临市人民路1号", "纳税服务热线:12366", "8221119  纳税"):
        assert chrome not in text, chrome
    assert doc.metadata.get("doc_number") == "2026年第3号"
    assert doc.metadata.get("date") == "2026-08-12"


DIRECTORY_PAGE = """国家税务总局江临市税务局
首页 | 新闻发布 | 税收政策 | 纳税服务 | 互动交流
当前位置：首页 > 办税指南
江临市各办税服务厅地址及办公时间
发布日期：2026-09-02　　来源：国家税务总局江临市税务局
　　为方便纳税人就近办理涉税事项，现将全市办税服务厅地址及办公时间公布如下。
　　纳税人也可登录电子税务局办理，无需前往办税服务厅。
城南办税服务厅：城南区朝阳路66号　办公时间：工作日9:00-17:00
高新区办税服务厅地址：高新区科技大道1号　办公时间：周一至周五8:30-17:30
江临县税务局涉税举报电话：0793-8225119　纳税服务热线：12366
【打印】  【关闭】
网站地图 | 联系我们 | 使用帮助
国家税务总局江临市税务局 版权所有　赣ICP备12008866号-2
"""


def test_a_hall_directory_closing_a_guide_is_its_text() -> None:
    """A guide's closing directory of halls, each row naming its hall with its
    address and hours (and a county bureau's row with its report numbers), is
    the guide's text though it sits after the last sentence; the page's own
    tools and footer below it go."""
    text = clean(DIRECTORY_PAGE).text
    for line in DIRECTORY_PAGE.splitlines()[7:10]:
        assert line in text, line
    for chrome in ("【打印】", "网站地图", "版权所有"):
        assert chrome not in text, chrome
