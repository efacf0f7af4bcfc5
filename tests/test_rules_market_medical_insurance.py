"""Chrome of market-regulation and medical-security sites (held-out pages
h1220-h1229): each rule catches lines worded otherwise than the pages it was
written for (other platforms, other provinces, other slogans), and leaves
alone the body sentences that use the same words (a notice telling how to
file an annual report, how to download the medical-insurance app, how to
share a policy reading with the family)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/regulator-platform-links", "国家企业信用信息公示系统"),
    ("related/regulator-platform-links", "企业信用信息公示系统（辽宁）"),
    ("related/regulator-platform-links", "全国12315互联网平台"),
    ("related/regulator-platform-links", "12315投诉举报 | 企业信用信息查询 | 食品安全抽检查询"),
    ("related/regulator-platform-links", "便民入口：全国12315平台　国家企业信用信息公示系统　国家医保服务平台APP"),
    ("related/regulator-platform-links", "国家医保服务平台"),
    ("related/regulator-platform-links", "经营异常名录查询 / 严重违法失信名单查询"),
    ("related/regulator-platform-links", "个体工商户年报入口 | 医保电子凭证激活入口"),
    ("related/regulator-platform-links", "国家医保局 | 省医保局 | 12345政务服务便民热线"),
    ("related/regulator-platform-links", "国家市场监管总局 ｜ 省市场监管局 ｜ 全国12315平台"),
    ("slogan/consumer-hotline-call", "消费维权，请拨打12315"),
    ("slogan/consumer-hotline-call", "价格举报就拨12315"),
    ("slogan/consumer-hotline-call", "医保咨询请拨12393！"),
    ("slogan/consumer-hotline-call", "12315 · 让消费更放心"),
    ("slogan/consumer-hotline-call", "12393｜医保为民"),
    ("tools/tourism-app-prompt", "医保服务一网通办　下载“国家医保服务平台”APP，医保电子凭证随身带"),
    ("tools/tourism-app-prompt", "社保业务掌上办 搜索“闽政通”APP"),
    ("tools/share-invites", "觉得有用，转发给家人吧~"),
    ("tools/share-invites", "转发给家人朋友"),
    ("tools/share-invites", "觉得有帮助就分享给身边的人吧！"),
    ("tools/share-invites", "转给你关心的人"),
    ("tools/mobile-tab-bar", "首页 | 办事 | 医保码 | 我的"),
    ("tools/mobile-tab-bar", "首页　社保码　卡包　我的"),
    ("label-table/wechat-header", "平湖市场监管 2026-03-15 08:00 浙江"),
    ("label-table/wechat-header", "沅水县医疗保障局 沅水医保 2026年02月11日 09:30 湖南"),
    ("label-table/wechat-header", "宁河医保 2026年03月15日 20:41 内蒙古"),
]

KEPT: list[tuple[str, str]] = [
    ("related/regulator-platform-links", "企业可登录国家企业信用信息公示系统报送年度报告。"),
    ("related/regulator-platform-links", "国家企业信用信息公示系统是企业报送年报的唯一官方渠道"),
    ("related/regulator-platform-links", "消费者可通过全国12315平台投诉"),
    ("related/regulator-platform-links", "（一）全国12315平台。受理消费者投诉、举报和咨询。"),
    ("related/regulator-platform-links", "年报入口将于6月30日关闭。"),
    ("related/regulator-platform-links", "国家医疗保障局　国家市场监督管理总局"),
    ("related/regulator-platform-links", "市市场监管局　　市医疗保障局"),
    ("related/regulator-platform-links", "国家医疗保障局"),
    ("related/regulator-platform-links", "省医保局"),
    ("slogan/consumer-hotline-call", "消费维权，请拨打12315。"),
    ("slogan/consumer-hotline-call", "如遇消费纠纷，请拨打12315热线。"),
    ("slogan/consumer-hotline-call", "投诉举报请拨打12315热线，或登录全国12315平台反映。"),
    ("slogan/consumer-hotline-call", "12315热线全年受理投诉举报8600件"),
    ("tools/tourism-app-prompt", "请参保人员及时下载“国家医保服务平台”APP，激活医保电子凭证。"),
    ("tools/tourism-app-prompt", "参保人员可下载“国家医保服务平台”APP，在“医保电子凭证”栏目中完成激活，方便就医购药。"),
    ("tools/share-invites", "社区工作人员将通知转发给家人，提醒老人按时缴费。"),
    ("tools/share-invites", "请将此消息转发给家人。"),
    ("tools/mobile-tab-bar", "首页、办事、医保码等栏目应保持简洁"),
    ("label-table/wechat-header", "开幕式 2026-03-15 08:00 主会场"),
    ("label-table/wechat-header", "第一场 2026-03-15 14:30 一号厅"),
]


(test_market_and_medical_insurance_chrome_is_caught,
 test_body_words_of_market_and_medical_insurance_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


MEDICAL_SECURITY_PAGE = """江北区医疗保障局
首页 > 通知公告
关于开展2026年度医保定点医药机构自查自纠工作的通知
发布时间：2026-03-02　来源：江北区医疗保障局　浏览量：233
　　各定点医药机构：为进一步加强医保基金监管，决定在全区开展定点医药机构自查自纠工作，现将有关事项通知如下。
　　一、自查范围。全区所有医保定点医疗机构和定点零售药店，以及在国家医保服务平台备案的互联网医院。
　　二、工作要求。各定点医药机构应于4月30日前完成自查，自查情况可通过12393医保服务热线咨询。
打印本页　关闭窗口
国家医保服务平台
12315投诉举报 | 企业信用信息查询 | 食品安全抽检查询
医保咨询请拨12393
国家医保局 | 省医保局 | 12345政务服务便民热线
首页 | 办事 | 医保码 | 我的
"""


def test_a_medical_security_page_loses_its_platform_links_and_keeps_the_sentences_naming_them() -> None:
    """The platform links, the hotline slogan and the tab bar under the text
    go; the notice's sentences naming the same platform and hotline stay."""
    doc = clean(MEDICAL_SECURITY_PAGE)
    text = doc.text
    body = [line.strip() for line in MEDICAL_SECURITY_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("12315投诉举报", "医保咨询请拨12393", "省医保局", "医保码 |"):
        assert chrome not in text, chrome
    assert "\n国家医保服务平台" not in text
    assert doc.metadata.get("title") == "关于开展2026年度医保定点医药机构自查自纠工作的通知"
    assert doc.metadata.get("date") == "2026-03-02"


WECHAT_CONSUMER_DAY = """点击上方“平湖市场监管”关注我们
平湖市场监管
“3·15”来了！这份消费维权指南请收好
平湖市场监管 2026-03-15 08:00 浙江
今天是“3·15”国际消费者权益日，今年的主题是“共筑满意消费”。
遇到消费纠纷，先与经营者协商；协商不成的，可通过全国12315平台投诉。
编辑：孙悦
转发给你关心的人
"""


def test_a_wechat_accounts_name_above_its_headline_goes_when_its_header_line_has_no_author() -> None:
    """The account's header line without an author and with a dashed date
    (``平湖市场监管 2026-03-15 08:00 浙江``) is the WeChat header: the account's
    name repeated above the headline goes, the headline is the title, and the
    page's date is the header's."""
    doc = clean(WECHAT_CONSUMER_DAY)
    assert not doc.text.startswith("平湖市场监管")
    assert doc.metadata.get("title") == "“3·15”来了！这份消费维权指南请收好"
    assert doc.metadata.get("date") == "2026-03-15"
    assert "可通过全国12315平台投诉" in doc.text
    assert "转发给你关心的人" not in doc.text
