"""Chrome of civil affairs, veterans' affairs, disability federation and charity
pages (held-out pages h1110-h1119): each rule catches lines worded otherwise
than the pages it was written for (other bureaus, other hotlines, other
buttons, Traditional script), and leaves alone the body sentences of a
subsidy notice, a service guide or a publicity list that use the same words."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/national-hotline-banner", "民政服务热线：12349（工作日8:30-17:30）　　|　　长辈版　　|　　无障碍"),
    ("footer/national-hotline-banner", "退役军人服务热线：0855-3812012　　全国退役军人服务热线：12394"),
    ("footer/national-hotline-banner", "全国残疾人服务热线 12385"),
    ("footer/national-hotline-banner", "关怀版 | 养老服务热线：12349 | 无障碍浏览"),
    ("footer/national-hotline-banner", "人社服务热线:12333(周一至周五)"),
    ("tools/publicity-countdown", "【公示期内】距公示结束还有 6 天"),
    ("tools/publicity-countdown", "[公示中] 距公示截止还剩 3 个工作日"),
    ("tools/rating-question", "您对本页面信息是否满意？　满意　一般　不满意"),
    ("tools/rating-question", "您对该网页内容满意吗？ 非常满意 满意 不满意"),
    ("tools/labelled-service-row", "我要办理：优待证申领　　优抚对象认定　　退役军人信息采集"),
    ("tools/labelled-service-row", "在线办理：低保申请 | 临时救助申请 | 救助进度查询"),
    ("tools/labelled-service-row", "我要办：残疾人证新办　残疾人证换领　两项补贴申请"),
    ("tools/search-box", "捐赠查询:请输入捐赠人姓名或票据号 [查询]"),
    ("tools/search-box", "证书查验：请输入证书编号【查询】"),
    ("tools/search-box", "请输入社会组织名称或统一社会信用代码（查询）"),
    ("procurement/bracketed-action-buttons", "[立即预约] [预约查询] [取消预约]"),
    ("procurement/bracketed-action-buttons", "【婚姻登记预约】　【办事指南】"),
    ("related/faq-question-link", "问：残疾人证有效期是多久？　详情>>"),
    ("related/faq-question-link", "异地居住可以申请低保吗?  查看详情 >"),
    ("related/faq-question-link", "Q：优待证丢失了怎么补办？【详情】"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/national-hotline-banner", "　　群众可拨打12349民政服务热线咨询养老服务补贴政策。"),
    ("footer/national-hotline-banner", "监督电话：0798-6512349　　监督邮箱：cjqmzj_jz@163.com"),
    ("footer/national-hotline-banner", "咨询电话：12349"),
    ("footer/national-hotline-banner", "开通12349民政服务热线，提供政策咨询、求助转介等服务。"),
    ("tools/publicity-countdown", "　　公示期为2025年11月4日至11月10日（5个工作日）。"),
    ("tools/publicity-countdown", "【公示期内】对公示对象有异议的，可向区民政局反映。"),
    ("tools/rating-question", "　　您对本次低保审核确认结果有异议的，可申请复核。"),
    ("tools/rating-question", "群众对本页面信息是否满意，将作为考核依据。"),
    ("tools/labelled-service-row", "办理流程：申请→受理→残疾评定→审核→制证发证。"),
    ("tools/labelled-service-row", "在线办理：通过“退役军人之家”小程序提交申请，上传近期免冠照片。"),
    ("tools/labelled-service-row", "分管：民政、退役军人事务、残疾人工作"),
    ("tools/search-box", "登录后请输入身份证号码查询办理进度。"),
    ("tools/search-box", "　　捐赠人可登录本会网站，输入姓名查询捐赠票据。"),
    ("procurement/bracketed-action-buttons", "【预约方式】"),
    ("procurement/bracketed-action-buttons", "二、预约方式：当事人可通过【湘易办】APP进行网上预约。"),
    ("related/faq-question-link", "问：残疾人证有效期是多久？"),
    ("related/faq-question-link", "答：残疾人证有效期为10年，详情请咨询户籍所在地残联。"),
    ("related/faq-question-link", "申请人的详细地址是否需要填写到门牌号？"),
]


(test_civil_affairs_chrome_is_caught,
 test_body_words_of_civil_affairs_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


HOTLINE_NOTICE = """朔方县民政局
养老服务热线：12349（24小时）　|　关怀版　|　无障碍
首页　政务公开　社会救助　养老服务
关于调整高龄津贴发放标准的通知
各乡镇人民政府：
　　经县人民政府同意，自2026年1月1日起，80周岁以上老年人高龄津贴标准由每人每月100元提高到120元。
　　高龄津贴按月发放，老年人或其家属可拨打12349民政服务热线查询发放情况。
　　咨询电话：12349
朔方县民政局
2025年12月20日
[立即预约] [预约查询]
"""


def test_a_hotline_banner_goes_and_the_notices_own_hotline_stays() -> None:
    """The bar at the head goes; the sentence naming the hotline and the notice's own
    咨询电话 above its signature stay."""
    text = clean(HOTLINE_NOTICE).text
    assert "关怀版" not in text and "24小时" not in text
    assert "可拨打12349民政服务热线查询发放情况" in text
    assert "咨询电话：12349" in text
    assert "预约查询" not in text


NAME_LIST = """关于2024年度社会组织年度检查结论的公告
　　经审核，现将年度检查结论公告如下：
　　一、年检合格（共56家）
江口市养老服务协会
江口市助学基金会
……（其余54家略，详见附件1）
　　二、年检不合格（共2家）
江口市某某联谊会
…(以下名单见附件2)
江口市民政局
2025年7月15日
"""


def test_an_omission_note_under_a_name_list_is_a_line_of_its_own() -> None:
    """An ellipsis before a bracket opens a list's note on the names it leaves out:
    it is not run into the last name above it, as a line opening with 。 or … would be."""
    text = clean(NAME_LIST).text
    assert "江口市助学基金会\n……（其余54家略，详见附件1）" in text
    assert "江口市某某联谊会\n…(以下名单见附件2)" in text
