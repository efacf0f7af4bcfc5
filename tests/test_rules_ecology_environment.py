"""Chrome of ecology and environment bureaus' pages (held-out pages h1190-h1199):
each rule catches lines worded otherwise than the pages it was written for
(other sites, other spellings, Traditional script once converted), and
leaves alone the body sentences that use the same words (a daily report's
AQI sentence, a notice on how to book a visit, a decision's sentence on the
credit platform, an inspection report's own words)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/air-quality-widget", "今日空气质量\u3000AQI 62\u3000良\u3000首要污染物：PM2.5\u3000更新时间：11-03 09:00\u3000[查看实时数据]"),
    ("slogan/air-quality-widget", "空气质量实时发布>> 瀚州 AQI 48 优 | 北陵 AQI 77 良 | 全省实况"),
    ("slogan/air-quality-widget", "实时空气质量：AQI 35 优 PM2.5：18μg/m³"),
    ("slogan/air-quality-widget", "当前空气质量 良 AQI 76 更多>>"),
    ("slogan/air-quality-widget", "即时空气品质 AQI 42 良好 >>"),
    ("slogan/air-quality-widget", "空气质量实况｜AQI：103｜轻度污染｜首要污染物：PM2.5"),
    ("slogan/air-quality-widget", "实时空气质量 轻度污染 | 首要污染物 PM2.5"),
    ("slogan/bilingual-name-portuguese", "澳门特别行政区政府 环境保护局\u3000Direcção dos Serviços de Protecção Ambiental"),
    ("slogan/bilingual-name-portuguese", "澳门特别行政区政府\u3000海事及水务局 Direcção dos Serviços de Assuntos Marítimos e de Água"),
    ("slogan/bilingual-name-portuguese", "环境保护局 Direcção dos Serviços de Protecção Ambiental"),
    ("tools/credit-platform-link", "本条处罚信息已同步推送至“信用中国（福建宁州）”\u3000[去查看]"),
    ("tools/credit-platform-link", "在信用广东查看本条信息 查看>>"),
    ("tools/credit-platform-link", "该行政许可信息已推送至信用浙江 【点击查看】"),
    ("tools/credit-platform-link", "企业信用信息公示系统\u3000查看详情>>"),
    ("tools/booking-button", "环保设施向公众开放 → 在线预约参观"),
    ("tools/booking-button", "【立即预约】"),
    ("tools/booking-button", "开放日 | 预约入口 >>"),
    ("tools/booking-button", "污水处理厂开放日：我要预约"),
    ("tools/booking-button", "预约入口"),
    ("related/list-header", "进驻信息"),
    ("related/list-header", "边督边改"),
    ("related/list-header", "督察进驻动态"),
    ("related/list-header", "信访件办理情况"),
    ("tools/booking-button", "环保设施开放单位名单　预约参观>>"),
    ("footer/environment-report-banner", "12369环保举报　｜　电话举报：12369　｜　微信举报：关注“江澄生态环境”公众号"),
    ("footer/environment-report-banner", "“12369”环保举报联网管理平台"),
    ("footer/environment-report-banner", "环保举报请拨打12369 | 网上举报 | 信函举报"),
    ("footer/environment-report-banner", "生态环境举报：12369"),
    ("footer/environment-report-banner", "12369环境投诉举报热线 / 网上举报 / 信函举报"),
    ("related/agency-link-row", "全国排污许可证管理信息平台 | 生态环境部 | 湖南省生态环境厅"),
    ("related/agency-link-row", "环境数据开放平台｜中国环境监测总站｜江澄省生态环境厅｜江澄市人民政府"),
    ("related/agency-link-row", "生态环境部 丨 瀚北省生态环境厅 丨 信用中国网"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/air-quality-widget", "今日空气质量AQI为62，空气质量级别为良。"),
    ("slogan/air-quality-widget", "今日空气质量：良，首要污染物为PM2.5"),
    ("slogan/air-quality-widget", "实时空气质量数据可登录市生态环境局网站查询。"),
    ("slogan/air-quality-widget", "瀚州 | 48 | 一级 | 优 | -"),
    ("slogan/air-quality-widget", "全市AQI为62，空气质量为良"),
    ("slogan/air-quality-widget", "空气质量实时发布平台于2025年1月1日上线运行，公众可查询各站点AQI。"),
    ("tools/credit-platform-link", "本处罚信息将推送至“信用中国”网站公示。"),
    ("tools/credit-platform-link", "当事人可在信用中国网站查看本条信息并申请信用修复。"),
    ("tools/credit-platform-link", "信用修复：当事人可通过“信用中国”网站申请信用修复"),
    ("tools/booking-button", "市民可通过“泓川生态环境”公众号在线预约参观。"),
    ("tools/booking-button", "三、预约方式"),
    ("tools/booking-button", "预约参观"),
    ("tools/booking-button", "在线预约参观须提前3个工作日"),
    ("related/list-header", "进驻信息：督察组于6月3日进驻"),
    ("related/list-header", "督察组进驻信息已向社会公开。"),
    ("tools/booking-button", "开放单位名单　预约参观须知"),
    ("footer/environment-report-banner", "12369环保举报热线共受理举报57件，办结51件。"),
    ("footer/environment-report-banner", "公众可拨打12369环保举报热线反映。"),
    ("footer/environment-report-banner", "环保举报热线12369全天候受理群众举报。"),
    ("related/agency-link-row", "1 | 市生态环境局 | 市水利局 | 2025-06-30"),
    ("related/agency-link-row", "市生态环境局 | 市公安局、市交通运输局 | 长期坚持"),
    ("related/agency-link-row", "市财政局 | 市自然资源和规划局 | 市住房和城乡建设局"),
    ("footer/environment-report-banner", "12369环保举报受理情况通报"),
    ("footer/environment-report-banner", "“12369”环保举报办理情况公示"),
    ("footer/environment-report-banner", "12369环保举报热线、微信公众号和来信来访"),
]


(test_ecology_environment_chrome_is_caught,
 test_body_words_of_ecology_environment_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


EIA_NOTICE_UNDER_ITS_LAW = """江澄市生态环境局
首页 | 环评审批 | 公众参与
《环境影响评价公众参与办法》（生态环境部令第4号）
江澄市北港污水处理厂三期工程环境影响评价第二次公示
　　根据《环境影响评价公众参与办法》，现将江澄市北港污水处理厂三期工程环境影响报告书（征求意见稿）有关信息公示如下。
　　公众可在公示之日起10个工作日内，通过电子邮件或信函向建设单位提交公众意见表。
江澄市北港水务有限公司
2025年9月8日
"""


def test_the_law_above_a_notices_headline_is_its_kicker_not_its_title() -> None:
    """A notice headed by the law it is made under (a Hong Kong EIA notice's
    《环境影响评估条例》（第499章）, a Mainland one's 《…办法》（…令第4号）): the
    headline is the line under it; the law's line stays in the text."""
    doc = clean(EIA_NOTICE_UNDER_ITS_LAW)
    assert doc.metadata.get("title") == "江澄市北港污水处理厂三期工程环境影响评价第二次公示"
    assert "《环境影响评价公众参与办法》（生态环境部令第4号）" in doc.text


LAW_TEXT_PAGE = """《江澄市扬尘污染防治条例》
（2024年10月25日江澄市第十七届人民代表大会常务委员会第二十次会议通过）
第一条　为了防治扬尘污染，保护和改善大气环境，保障公众健康，制定本条例。
第二条　本市行政区域内扬尘污染防治及其监督管理活动，适用本条例。
"""


def test_a_page_whose_headline_is_a_laws_name_keeps_it_as_the_title() -> None:
    """The law's name with no other headline under it is the page's title."""
    assert clean(LAW_TEXT_PAGE).metadata.get("title") == "《江澄市扬尘污染防治条例》"


DAILY_REPORT = """江澄市生态环境局
首页 > 环境质量 > 空气质量日报
江澄市环境空气质量日报（2025年12月8日）
发布时间：2025-12-09　来源：江澄市生态环境局
　　2025年12月8日，全市环境空气质量为良，AQI为76，首要污染物为PM2.5。
　　预计12月9日，受冷空气影响，全市空气质量以优良为主。
"""


def test_a_daily_reports_day_in_its_headline_stays_in_the_title_and_dates_nothing() -> None:
    """The day a daily report covers, in brackets glued to its headline, is part
    of the title; the page's date is its publication line's."""
    doc = clean(DAILY_REPORT)
    assert doc.metadata.get("title") == "江澄市环境空气质量日报（2025年12月8日）"
    assert doc.metadata.get("date") == "2025-12-09"
