"""Chrome of investment-promotion bureaus and business-environment offices (held-out pages
h1510-h1519): an investment agency's English brand and an English menu row, a Hong Kong or Macau
department's site name after the government's, a complaint widget with its buttons or its name
alone, the header of a box of parks or projects, and the service buttons of a project library
(在线洽谈, 投资咨询) are caught in other wordings, spellings and Traditional script, and the
sentences of signing news, policy measures and evaluation reports that use the same words stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("english/invest-brand-name", "InvestHK"),
    ("english/invest-brand-name", "Invest Korea"),
    ("english/invest-brand-name", "投资推广署 Invest Hong Kong"),
    ("english/invest-brand-name", "Invest Kaohsiung 投资高雄"),
    ("english/menu-row", "Invest in Suzhou | About Us | Industries | Policies | Contact Us"),
    ("english/menu-row", "Why Hefei   Industries   Parks   News   Contact"),
    ("english/menu-row", "Home · Doing Business · Investment Guide · Parks · Contact Us"),
    ("slogan/sar-government-department-name", "香港特别行政区政府　工业贸易署"),
    ("slogan/sar-government-department-name", "澳门特别行政区政府经济及科技发展局"),
    ("slogan/sar-government-department-name", "中华人民共和国香港特别行政区政府 知识产权署"),
    ("footer/complaint-channel-strip", "营商环境投诉举报电话：0551-12345678 ｜ 在线投诉 ｜ 进度查询"),
    ("footer/complaint-channel-strip", "涉企投诉：0371-6522 8899　【我要投诉】【办理结果查询】"),
    ("footer/complaint-channel-strip", "优化营商环境投诉平台　我要投诉>>"),
    ("footer/complaint-channel-strip", "营商环境监督举报平台"),
    ("footer/complaint-channel-strip", "优化营商环境投诉中心"),
    ("related/park-project-box-header", "园区风采 更多>>"),
    ("related/park-project-box-header", "【重点招商项目】"),
    ("related/park-project-box-header", "招商载体"),
    ("related/park-project-box-header", "推荐项目 >>"),
    ("tools/investment-service-buttons", "想了解更多？　马上在线咨询 >>"),
    ("tools/investment-service-buttons", "我要投资 >>"),
    ("tools/investment-service-buttons", "【在线洽谈】　【投资咨询】"),
    ("tools/investment-service-buttons", "在线洽谈 ｜ 投资意向登记 ｜ 招商地图"),
    ("tools/investment-service-buttons", "招商热线：0512-6688 9900　在线洽谈　项目对接"),
]

KEPT: list[tuple[str, str]] = [
    ("english/invest-brand-name", "Invest in Nantong"),
    ("english/invest-brand-name", "　　投资推广署（Invest Hong Kong）今日公布，去年协助546家公司在港开设或扩展业务。"),
    ("english/invest-brand-name", "Investors are welcome to visit the zone."),
    ("english/menu-row", "We invite investors to learn about our industries and policies, and contact us."),
    ("english/menu-row", "About Us"),
    ("slogan/sar-government-department-name", "　　香港特别行政区政府投资推广署今日公布2024年的工作成果。"),
    ("slogan/sar-government-department-name", "香港特别行政区政府"),
    ("footer/complaint-channel-strip", "投诉电话：0564-8621234"),
    ("footer/complaint-channel-strip", "　　项目在推进中遇到问题的，可通过“营商环境投诉举报”平台反映，县营商环境建设局负责督办。"),
    ("footer/complaint-channel-strip", "四、营商环境投诉举报"),
    ("footer/complaint-channel-strip", "　　企业可登录平台点击“我要投诉”提交诉求，并通过“进度查询”了解办理情况。"),
    ("related/park-project-box-header", "三、招商项目"),
    ("related/park-project-box-header", "　　园区导航系统已于6月底上线，企业可在线查询厂房、用地等载体资源。"),
    ("related/park-project-box-header", "南通高新区高端海工装备配套产业园招商项目"),
    ("tools/investment-service-buttons", "　　有意向的投资者可通过项目库“在线洽谈”功能留言，或直接联系项目联系人。"),
    ("tools/investment-service-buttons", "　　欢迎有意投资的企业拨打招商热线或扫描二维码进行在线洽谈。"),
    ("tools/investment-service-buttons", "（三）投资咨询"),
    ("tools/investment-service-buttons", "投资咨询：0513-85099999"),
]

test_chrome_is_caught, test_body_is_kept = rule_line_tests(CAUGHT, KEPT)


PROJECT_PAGE = """南湖市投资促进局
Invest in Nanhu | About Us | Industries | Parks | Contact
首页 > 招商项目库 > 项目详情
南湖经开区智能传感器产业园招商项目
发布日期：2025-05-06
项目名称：南湖经开区智能传感器产业园
投资总额：12亿元
　　项目规划用地约150亩，重点引进MEMS传感器设计、封装测试企业。有意向的投资者可通过“在线洽谈”栏目留言，或拨打投资咨询电话联系。
对此项目感兴趣？　立即在线洽谈 >>
园区导航
营商环境投诉：0573-8221234　｜　我要投诉　｜　投诉办理结果公开
"""


def test_project_page_loses_its_widgets_and_keeps_its_sentences() -> None:
    doc = clean(PROJECT_PAGE)
    assert "About Us" not in doc.text
    assert "立即在线洽谈" not in doc.text
    assert "园区导航" not in doc.text
    assert "我要投诉" not in doc.text
    assert "有意向的投资者可通过“在线洽谈”栏目留言" in doc.text
    assert "投资总额：12亿元" in doc.text


SIGNED_LETTERHEAD = """梧川市商务局
梧商〔2025〕14号
关于开展2025年度外资企业投资意向调查的通知
各县（市、区）商务主管部门：
　　为掌握外资企业增资扩产意向，精准开展招商引资工作，决定开展2025年度外资企业投资意向调查。
　　请于10月15日前将调查表报送市商务局外资科。
梧川市商务局
2025年9月26日
"""

UNSIGNED_NAME = """梧川市商务局
梧商〔2025〕14号
关于开展2025年度外资企业投资意向调查的通知
各县（市、区）商务主管部门：
　　为掌握外资企业增资扩产意向，精准开展招商引资工作，决定开展2025年度外资企业投资意向调查。
梧川市人民政府办公室
2025年9月26日
"""


def test_letterhead_over_its_number_and_signed_again_goes_and_the_signature_stays() -> None:
    doc = clean(SIGNED_LETTERHEAD)
    assert doc.text.count("梧川市商务局") == 1
    assert doc.text.rstrip().endswith("梧川市商务局\n2025年9月26日")
    assert "决定开展2025年度外资企业投资意向调查" in doc.text


def test_agency_name_not_signed_again_stays() -> None:
    assert clean(UNSIGNED_NAME).text.startswith("梧川市商务局")
