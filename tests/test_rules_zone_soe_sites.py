"""Chrome of development-zone, free-trade-zone and state-owned enterprise
sites (held-out pages h1100-h1109: 管委会 investment pages, project
signings, enterprise-service notices, 国资委 news, group news with tickers,
party-building pages, press releases of listed groups): each rule catches
lines worded otherwise than the pages it was written for (other zones,
other groups, other spellings), and leaves alone the body sentences that
use the same words (a notice that gives its investment line, tells firms
to use the policy calculator or to write to the committee's address, a
report on the group's member companies or its integrity work)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/service-hotline-banner", "投资热线：0731-8866 0000（工作日 8:30-17:30）　　招商邮箱：zs@xjhtz.gov.cn"),
    ("footer/service-hotline-banner", "☎ 招商热线 025-5218 6666　　扫码预约实地考察"),
    ("footer/service-hotline-banner", "招商专线:0512-6666 8888  招商信箱:zs@sipac.gov.cn"),
    ("footer/service-hotline-banner", "投资热线：(02)2345 6789"),
    ("footer/service-hotline-banner", "招商热线 0571-8765 4321 | 招商邮箱：invest@abc.com"),
    ("footer/report-channel-banner", "廉洁华岳　违规问题线索举报　举报电话：010-6688 2100　举报邮箱：jubao@huayue-group.com.cn"),
    ("footer/report-channel-banner", "廉洁岷港　举报邮箱：jjjc@mjgh.com.cn"),
    ("footer/report-channel-banner", "廉洁国投 | 问题线索举报 | 举报信箱：jjw@abc.cn"),
    ("footer/report-channel-banner", "廉洁中铁　我要举报"),
    ("tools/service-chat-panel", "在线客服 (工作日9:00-17:00)"),
    ("tools/service-chat-panel", "在线咨询（服务时间：周一至周五 8:30-17:30）"),
    ("tools/enterprise-service-entries", "政策计算器｜输入企业信息，一键测算可享受的惠企政策"),
    ("tools/enterprise-service-entries", "惠企政策匹配：三步找到适合您的政策"),
    ("tools/enterprise-service-entries", "企业诉求直通车　　政策兑现“一网通办”　　在线客服"),
    ("tools/enterprise-service-entries", "项目申报　智能客服"),
    ("related/list-header", "成员企业"),
    ("related/list-header", "集团下属企业"),
    ("related/list-header", "子公司导航"),
    ("related/list-header", "权属企业 >>"),
    ("related/profile-teaser", "岷江港航投资集团有限公司成立于2017年，是省政府批准组建的省属国有重要骨干企业，"
                               "注册资本100亿元，主要从事港口建设运营、内河航运、现代物流等业务。 更多>>"),
    ("related/profile-teaser", "临港经济开发区成立于1992年，1993年经国务院批准为国家级经济技术开发区，规划面积56平方公里……【详细】"),
    ("related/profile-teaser", "本集团是以能源开发为主业的大型国有企业，下辖12家二级公司。[查看更多]"),
    ("footer/site-address", "片区管委会地址: 福港市滨海大道1688号自贸大厦   邮编: 350100"),
    ("footer/site-address", "江宁滨江经济开发区管理委员会　地址：南京市江宁区滨江大道8号"),
    ("footer/site-address", "华岳能源集团有限公司　地址：北京市西城区金融大街15号　邮编：100033"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/service-hotline-banner", "　　招商热线 0571-87654321，欢迎来电洽谈。"),
    ("footer/service-hotline-banner", "如有疑问请拨打招商热线 0571-8765 4321"),
    ("footer/service-hotline-banner", "咨询电话 0594-8263127"),
    ("footer/service-hotline-banner", "联系电话：0532-8677 3210"),
    ("footer/report-channel-banner", "　　干部职工可通过举报邮箱：jjjc@abc.com反映问题。"),
    ("footer/report-channel-banner", "举报邮箱：jb@abc.com"),
    ("footer/report-channel-banner", "投诉电话：0738-12345　投诉邮箱：ts@example.gov.cn"),
    ("footer/report-channel-banner", "廉洁文化进企业　问题线索举报渠道畅通"),
    ("tools/service-chat-panel", "在线客服（工作日9:00-17:00）可解答申报问题。"),
    ("tools/enterprise-service-entries", "　　企业可通过政策计算器，一键测算可享受的惠企政策。"),
    ("tools/enterprise-service-entries", "政策计算器上线以来，已服务企业3200余家。"),
    ("tools/enterprise-service-entries", "如有疑问，请联系在线客服"),
    ("tools/enterprise-service-entries", "首页　招商动态　在线咨询"),
    ("tools/enterprise-service-entries", "项目申报 | 政策兑现 | 在线咨询"),
    ("related/list-header", "成员企业：华岳电力、华岳煤业、华岳新能源"),
    ("related/list-header", "集团所属企业全面完成董事会规范运作评估。"),
    ("related/list-header", "成员单位"),
    ("related/profile-teaser", "　　更多详细信息请登录开发区官网查询。"),
    ("related/profile-teaser", "　　企业如需了解详情，可致电经济发展局。"),
    ("related/profile-teaser", "　　园区现有企业326家，其中规上企业118家，更多企业正在洽谈入驻。"),
    ("footer/site-address", "　　申报材料请寄至开发区管委会地址：南京市江宁区滨江大道8号。"),
    ("footer/site-address", "请将材料送至管委会地址：南京市江宁区滨江大道8号"),
    ("footer/site-address", "开发区管委会地址：南京市江宁区滨江大道8号。"),
    ("footer/site-address", "地址：靖安县双溪镇宝峰路12号　邮编：330600"),
]


(test_zone_and_soe_chrome_is_caught,
 test_body_words_of_zone_and_soe_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


GROUP_PAGE = """嘉陵物流集团有限公司
集团首页　　关于我们　　新闻中心　　党建园地　　人力资源　　联系我们
集团召开2025年安全生产工作会议
时间：2025-02-10　　来源：安全环保部
　　2月8日，集团召开2025年安全生产工作会议，总结2024年安全生产工作，部署2025年重点任务。
　　会议要求，各所属企业要压实安全生产责任，扎实开展隐患排查整治。
版权所有 嘉陵物流集团有限公司
"""


def test_a_group_name_above_its_menu_is_no_headline() -> None:
    """A group's name above its menu, a row the footer rule reads for its
    关于我们 and 联系我们, is the site's name: it leaves the text and the
    headline under the menu is the title."""
    doc = clean(GROUP_PAGE)
    assert doc.metadata.get("title") == "集团召开2025年安全生产工作会议"
    assert not doc.text.startswith("嘉陵物流集团有限公司")
    assert "各所属企业要压实安全生产责任" in doc.text


def test_a_group_name_above_its_headline_alone_stays() -> None:
    """Without the menu under it, the same name is no site name the menu
    shows: the page keeps its headline and its text."""
    doc = clean(GROUP_PAGE.replace("集团首页　　关于我们　　新闻中心　　党建园地　　人力资源　　联系我们\n", ""))
    assert "各所属企业要压实安全生产责任" in doc.text
