"""Chrome of hospital and health-service pages (held-out pages h610-h619:
出诊信息, 专家简介, 住院须知, 体检套餐, 停诊通知, 院区分布, 科室介绍, 挂号须知,
疫苗接种): each rule catches lines worded otherwise than the pages it was
written for (other hospitals, other services, other spellings), and leaves
alone the body sentences that use the same words (a notice that gives its
hotline, tells how to book in an app, or names other experts). A page's
short name (a department's, a doctor's) is its headline, a doctor's
profile fields are not, and an office that publishes the page is its
source when no line names another."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/service-hotline-banner", "24小时服务热线：0571-87236666"),
    ("footer/service-hotline-banner", "预约挂号热线：020-83827812（周一至周日 7:30-21:00）"),
    ("footer/service-hotline-banner", "健康咨询专线：(0755)2553-1234"),
    ("footer/service-hotline-banner", "7×24小时急救热线：0591-87981120"),
    ("footer/service-hotline-banner", "体检预约热线:0871-63312345"),
    ("footer/service-hotline-banner", "服务热线：0795-4621120　投诉电话：0795-4623456"),
    ("footer/service-hotline-banner", "总机：0854-7221120 | 急诊电话：0854-7221999"),
    ("footer/site-address", "医院地址：靖安县双溪镇宝峰路12号　邮编：330600"),
    ("footer/service-hotline-banner", "24小时查询热线：2595 6000"),
    ("footer/medical-ad-approval-number", "医疗广告审查证明文号：（川）医广【2026】第0312-007号"),
    ("footer/medical-ad-approval-number", "鄂医广〔2024〕第08-22-033号"),
    ("footer/medical-ad-approval-number", "广告审查证明：(粤)医广[2025]第12-08-1234号"),
    ("tools/service-action-button", "立即挂号"),
    ("tools/hospital-service-buttons", "在线咨询　预约挂号"),
    ("tools/hospital-service-buttons", "智能导诊 | 报告查询 | 门诊缴费"),
    ("tools/hospital-service-buttons", "微信挂号/来院导航"),
    ("tools/service-action-button", "【去挂号】"),
    ("related/list-header", "其他医生"),
    ("related/list-header", "同科室专家"),
    ("related/list-header", "本科室医生推荐"),
    ("related/list-header", "其它名医："),
    ("tools/service-app-prompt", "下载“健康泉城”APP，在线挂号、缴费更便捷"),
    ("tools/service-app-prompt", "扫码进入网上医院"),
    ("tools/service-app-prompt", "立即打开“浙里办”小程序：预约挂号 在线复诊"),
    ("tools/service-app-prompt", "扫一扫 使用云医院"),
    ("tools/service-app-prompt", "安装掌上省人医客户端，预约、报告查询随手可办"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/service-hotline-banner", "咨询电话：0594-8263127"),
    ("footer/service-hotline-banner", "　　市民可拨打健康咨询热线：0913-2160120"),
    ("footer/service-hotline-banner", "如有疑问请致电疫苗咨询热线：0591-87981120"),
    ("footer/service-hotline-banner", "咨询热线：0771-1234567。"),
    ("footer/service-hotline-banner", "咨询电话：0594-8263127　监督电话：0594-1234567"),
    ("footer/service-hotline-banner", "联系电话：0594-8263127　咨询热线：0594-8263128"),
    ("footer/site-address", "地址：靖安县双溪镇宝峰路12号　邮编：330600"),
    ("footer/service-hotline-banner", "如有查询，请致电查询热线：2595 6111"),
    ("footer/medical-ad-approval-number", "属于医疗广告的，应标明医疗广告审查证明文号。"),
    ("footer/medical-ad-approval-number", "该院未取得（川）医广【2026】第0312-007号证明即发布广告，已被立案查处。"),
    ("tools/service-action-button", "立即挂号的患者请于8点前到达。"),
    ("tools/hospital-service-buttons", "预约挂号"),
    ("tools/hospital-service-buttons", "预约挂号、在线咨询均可通过公众号办理。"),
    ("related/list-header", "其他专家表示，该技术已较为成熟。"),
    ("related/list-header", "其他医生也参与了会诊。"),
    ("tools/service-app-prompt", "关注“仙游县医院”微信公众号，点击“疫苗预约”，填写姓名、身份证号、联系电话等信息完成预约。"),
    ("tools/service-app-prompt", "患者可下载“健康安徽”APP，在线预约挂号。"),
    ("tools/service-app-prompt", "　　今年以来，我院互联网医院累计接诊患者1.2万人次"),
    ("tools/service-app-prompt", "下载“健康澄江”APP，挂号、缴费、查报告均可在线完成。"),
]


test_hospital_chrome_is_caught, test_body_words_of_hospital_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


DEPARTMENT_PAGE = """临江县中医院
首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 健康科普
当前位置：首页 > 科室导航 > 康复科
康复科
发布时间：2026-01-12　作者：医务部
　　康复科开放床位30张，开展针灸、推拿、中药熏蒸、运动疗法等康复治疗项目。
　　门诊时间：周一至周五全天，门诊楼三楼。
"""


def test_a_department_page_has_its_short_name_as_headline() -> None:
    """A department's page: its three-character name, right under the trail
    whose last item it is and above the date line, is the title."""
    doc = clean(DEPARTMENT_PAGE)
    assert doc.metadata.get("title") == "康复科"
    assert "康复科开放床位30张" in doc.text


def test_a_short_line_under_the_trail_not_named_by_it_is_no_headline() -> None:
    """The same page whose trail ends elsewhere: the short line is not taken
    for the headline on the trail's word alone."""
    page = DEPARTMENT_PAGE.replace("科室导航 > 康复科", "科室导航 > 内科系统")
    assert clean(page).metadata.get("title") != "康复科"


PROFILE_PAGE = """滨海市第三人民医院
网站首页　医院简介　科室设置　名医风采　就诊须知　新闻动态
首页 > 名医风采 > 专家详情
郑海
職稱：主任醫師
擅長：冠心病介入治疗、心力衰竭的规范化管理。
出诊时间：周一上午、周三下午
　　1998年毕业于中山医科大学，从事心血管内科临床工作二十余年，完成冠脉介入手术3000余例。
更新时间：2025-10-20
"""


def test_a_doctor_profile_has_the_doctor_as_headline_not_a_field() -> None:
    """A doctor's profile: the two-character name above the profile's fields
    (in either script) is the title; no field line (职称：…) is, and the
    fields stay in the text."""
    doc = clean(PROFILE_PAGE)
    assert doc.metadata.get("title") == "郑海"
    for field in ("主任医师", "擅长：冠心病介入治疗", "出诊时间：周一上午"):
        assert field in doc.text, field


def test_an_office_as_publisher_is_the_source_unless_a_line_names_another() -> None:
    """``发布者：医务科`` gives the page's source; beside ``来源：…`` it does not,
    and a person as publisher is never the source."""
    head = "住院患者探视规定\n发布者：{who}　发布时间：2026-02-03{more}\n　　为保障患者安全，住院病区实行限时探视。\n"
    assert clean(head.format(who="医务科", more="")).metadata.get("source") == "医务科"
    assert clean(head.format(who="医务科", more="　来源：临江日报")).metadata.get("source") == "临江日报"
    assert clean(head.format(who="王晓明", more="")).metadata.get("source") != "王晓明"
