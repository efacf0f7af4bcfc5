"""Science, technology and IP pages (held-out pages h800-h809): project approval
lists, award lists, high-tech enterprise certificates, patent and trademark
notices, Taiwan NSTC / TIPO and Hong Kong ITC pages. Each rule catches chrome
worded otherwise than the pages it was written for, and leaves alone the body
sentences that use the same words (a notice on share buttons, a service corner,
a switchboard, a list row full of identifiers)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/share-targets", "分享 Facebook X WhatsApp 电邮"),
    ("tools/share-targets", "Facebook | Twitter | LINE"),
    ("tools/share-targets", "分享到：微信 Facebook Line 电子邮件"),
    ("tools/share-targets", "Facebook　Plurk　Email"),
    ("tools/search-box", "全文检索　热门关键字：专题研究计划　博士后研究　大专学生"),
    ("tools/search-box", "站内搜索 热门检索：高新技术企业 科技型中小企业"),
    ("tools/search-box", "热门关键字：专利 商标"),
    ("tools/service-zone-links", "高企认定服务专区 >> 高企培育库入库申请 | 高企认定政策解读 | 常见问题"),
    ("tools/service-zone-links", "科技型中小企业服务专栏 » 评价入库 ｜ 政策兑现 ｜ 常见问题"),
    ("tools/service-zone-links", "知识产权公共服务平台 > 专利导航 | 质押融资 | 维权援助"),
    ("footer/site-address", "国家科学及技术委员会　地址：106214台北市大安区和平东路二段106号"),
    ("footer/site-address", "经济部智慧财产局　地址：106213台北市大安区辛亥路二段185号"),
    ("footer/site-address", "经济部智慧财产局 106213台北市大安区辛亥路二段185号3楼 总机:(02)2738-0007"),
    ("footer/site-address", "科技部 100016台北市中正区某某路10号 电话：(02)2737-0000"),
    ("footer/site-address", "总机：（02）2737-7992　　服务时间：周一至周五 08:30-17:30"),
    ("footer/site-address", "总机:(04)2251-0000 办公时间:上午8时至下午5时"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/share-targets", "各单位可通过微信公众号、Facebook专页发布科普信息。"),
    ("tools/share-targets", "Facebook"),
    ("tools/search-box", "热门关键字检索功能由省科技信息中心负责维护。"),
    ("tools/service-zone-links", "在高企认定服务专区，企业可在线提交入库申请和查询政策解读。"),
    ("tools/service-zone-links", "1 QCSF2025001 重大慢性病早期筛查与干预关键技术研究 黔川医科大学附属医院 罗明华 200"),
    ("footer/site-address", "　　受理地址：东原市政务服务中心二楼知识产权综合服务窗口（东原市长安大道288号）"),
    ("footer/site-address", "地址：106214台北市大安区和平东路二段106号"),
    ("footer/site-address", "联系电话：0851-86821456　办公时间：工作日9:00-17:00"),
    ("footer/site-address", "申请人应于114年4月15日前至本会网站线上确认计划书，总机服务时间另行公告。"),
    ("footer/site-address", "专利号：ZL202310456789.2　名称：一种柑橘采后保鲜涂膜剂及其制备方法　IPC：A23B7/16"),
]


(test_science_ip_chrome_is_caught,
 test_body_words_of_science_ip_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "agency"), [
    ("发文处室：社会发展科技处　　发布时间：2025-08-26 10:15　　浏览量：2318", "社会发展科技处"),
    ("发布处室：高新技术处　发布日期：2025-03-01", "高新技术处"),
    ("公告日期：中华民国114年3月5日　　公告单位：自然科学及永续研究发展处", "自然科学及永续研究发展处"),
    ("公告机关：经济部智慧财产局　公告日期：114-01-22", "经济部智慧财产局"),
])
def test_issuing_division_and_announcing_office_labels_give_the_agency(line: str, agency: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields["agency"] == agency


NSTC_PAGE = """國家科學及技術委員會
首頁 ＞ 最新消息 ＞ 本會公告
公告114年度專題研究計畫審查結果
公告日期：中華民國114年3月5日　　公告單位：工程技術研究發展處
　　一、本會114年度專題研究計畫共計受理申請案62件，核定補助16件。
　　二、申請人對審查結果如有疑義，得於本公告日起15日內提出申覆。
更新日期：114-03-06　　瀏覽人次：3,915
國家科學及技術委員會　地址：106214臺北市大安區和平東路二段106號
總機：（02）2737-7992　　服務時間：週一至週五 08:30-17:30
"""


def test_announcement_date_and_office_win_over_the_update_date_and_the_footer_goes() -> None:
    doc = clean(NSTC_PAGE)
    assert doc.metadata["date"] == "2025-03-05"
    assert doc.metadata["source"] == "工程技术研究发展处"
    assert "一、本会114年度专题研究计划共计受理申请案62件" in doc.text
    assert "地址" not in doc.text and "总机" not in doc.text


def test_list_rows_of_identifiers_are_kept_apart() -> None:
    page = ("关于2025年度高新技术企业名单的公示\n发布日期：2025-01-02\n"
            "　　经审核，以下企业通过认定，现予公示。\n"
            "序号 企业名称 证书编号\n"
            "1 某某电子科技有限公司 GR202453001127\n"
            "2 某某生物科技有限公司 GR202453001135\n"
            "专利号：ZL 2021 1 0345678.1　名称：锂电池正极材料回收方法　IPC：H01M10/54\n"
            "第68512347号 东原老酒坊 第33类 东原市醇香酒业有限公司\n")
    text = clean(page).text
    for row in ("1 某某电子科技有限公司 GR202453001127\n2 某某生物科技有限公司 GR202453001135",
                "ZL 2021 1 0345678.1", "第68512347号 东原老酒坊 第33类"):
        assert row in text


def test_a_menu_row_with_one_long_section_is_a_navigation_row() -> None:
    from govtext.blocks.shape import nav_items

    assert nav_items("关于本局 最新消息 专利 商标 著作权 营业秘密 积体电路电路布局 检索服务") is not None
    assert nav_items("本厅概况 科技新闻 通知公告 政策法规 科技计划管理系统 互动交流") is not None
    # two long items, or too few items, or a sentence: no row
    assert nav_items("关于本局 最新消息 积体电路电路布局 商标 著作权 科技计划管理系统") is None
    assert nav_items("关于本局 最新消息 专利 积体电路电路布局 检索服务") is None
    assert nav_items("本局今日公布 113年专利申请量统计 本国法人发明专利申请创近十年新高。") is None
