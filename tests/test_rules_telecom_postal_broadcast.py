"""Chrome of telecom, postal and broadcasting regulators' pages (held-out
pages h1350-h1359): the users' complaint-centre banner (12300, 12305, 12321)
with its buttons, the bare complaint and query buttons, the WeChat follow
prompt with a dot, and a broadcaster's programme-schedule strip. Each rule
catches lines worded otherwise than the pages it was written for (other
centres, other buttons, Traditional script after conversion, half-width
bars), and leaves alone the body sentences of a notice on nuisance calls,
number portability, express complaints or programme schedules that use the
same words."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/complaint-centre-banner", "电信用户申诉受理中心 12300 | 网上申诉 | 申诉结果查询"),
    ("footer/complaint-centre-banner", "工业和信息化部电信用户申诉受理中心：12300　　我要申诉 >>"),
    ("footer/complaint-centre-banner", "邮政业用户申诉热线 12305 ｜ 在线申诉 ｜ 邮件查询"),
    ("footer/complaint-centre-banner", "网上申诉：sswz.spb.gov.cn　｜　申诉电话：12305"),
    ("footer/complaint-centre-banner", "用户申诉 » | 12300 | 申诉进度查询"),
    ("footer/complaint-centre-banner", "申诉受理电话：12300　申诉受理网站：www.chinatcc.gov.cn"),
    ("footer/complaint-centre-banner", "电信用户申诉受理中心　申诉电话：12300　申诉网址：yhssglxt.example.gov.cn"),
    ("footer/complaint-centre-banner", "邮政业消费者申诉中心　申诉电话：12305（工作日9:00-17:00）"),
    ("footer/complaint-centre-banner", "12321网络不良与垃圾信息举报受理中心 ｜ 在线举报 ｜ 举报电话：12321"),
    ("tools/page-actions-bare", "网上申诉 >>"),
    ("tools/page-actions-bare", "[我要申诉] [申诉查询] [携号转网资格查询]"),
    ("tools/page-actions-bare", "网上申诉 | 申诉进度查询 | 垃圾信息举报"),
    ("tools/page-actions-bare", "［用户申诉］［不良信息举报］［English］"),
    ("tools/wechat-widgets", "点击蓝字｜关注我们"),
    ("tools/wechat-widgets", "点击蓝字 · 关注西岭通信"),
    ("tools/wechat-widgets", "▲点击蓝字•关注“江淮广电”"),
    ("tools/tv-schedule-row", "节目单：07:00 朝闻天下　12:00 新闻30分　19:00 新闻联播　19:38 焦点访谈"),
    ("tools/tv-schedule-row", "今日播出 | 18:00 少儿动画 | 18:30 都市新闻 | 19:30 黄金剧场"),
    ("tools/tv-schedule-row", "08:00 早间新闻 12:30 午间播报 20:00 电视剧：长河（3）"),
    ("tools/tv-schedule-row", "正在播出：19:00 转播中央台新闻联播　19:30 本台新闻　20:00 天气预报"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/complaint-centre-banner", "对企业处理结果不满意的，可拨打12300或登录电信用户申诉受理中心网站提出申诉。"),
    ("footer/complaint-centre-banner", "三、畅通申诉渠道"),
    ("footer/complaint-centre-banner", "用户申诉处理时限：自受理之日起30日内"),
    ("footer/complaint-centre-banner", "受理申诉9846件，同比下降12.4%"),
    ("footer/complaint-centre-banner", "顺丰速运　　104　　0.52"),
    ("footer/complaint-centre-banner", "12300电信用户申诉受理中心"),
    ("footer/complaint-centre-banner", "12321网络不良与垃圾信息举报受理中心受理举报1.2万件"),
    ("footer/complaint-centre-banner", "申诉电话：12300"),
    ("footer/complaint-centre-banner", "联系人：程立　电话：0871-65123367"),
    ("tools/page-actions-bare", "用户申诉的主要问题"),
    ("tools/page-actions-bare", "携号转网查询结果应当在2小时内答复用户。"),
    ("tools/page-actions-bare", "一、垃圾信息举报处理情况"),
    ("tools/wechat-widgets", "点击蓝字标注的号码可直接拨打申诉电话。"),
    ("tools/tv-schedule-row", "09:00 签到　09:30 开幕式　10:00 主旨演讲　14:00 分组讨论"),
    ("tools/tv-schedule-row", "19:00 新闻联播"),
    ("tools/tv-schedule-row", "每天19:00播出《新闻联播》，19:35播出天气预报，21:30播出《南川播报》。"),
    ("tools/tv-schedule-row", "1　《古渡春深》　网络剧　24集　南川映像文化传媒有限公司"),
]


test_regulator_chrome_is_caught, test_body_words_of_regulator_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


RADIO_BUREAU_PAGE = """江湾市广播电视局
广电用户申诉 12345 ｜ 网上申诉 >> ｜ 办件查询
今日节目　07:00 江湾早新闻　12:00 午间新闻　18:30 江湾新闻联播　19:30 天气预报
江湾市广播电视局关于调整有线电视基本收视维护费的公告
发布日期：2025-06-03
　　经市发展和改革委员会批准，自2025年7月1日起，全市有线电视基本收视维护费由每户每月22元调整为20元。
　　调整后，用户仍可收看本地新闻综合频道的早间新闻、午间新闻和新闻联播转播，节目单以电视台公布的为准。
　　用户对收费有异议的，可拨打12345政务服务便民热线，或通过网上申诉渠道反映。
江湾市广播电视局
2025年6月3日
"""


def test_a_radio_bureau_notice_keeps_its_schedule_and_complaint_sentences() -> None:
    """A whole page of another bureau: the complaint banner (here with the
    12345 hotline) and the schedule strip at the head go; the notice's
    sentences on programmes, the schedule and complaints stay, with the
    title and the date."""
    doc = clean(RADIO_BUREAU_PAGE)
    text = doc.text
    body = [line.strip() for line in RADIO_BUREAU_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("07:00 江湾早新闻", "网上申诉 >>"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "江湾市广播电视局关于调整有线电视基本收视维护费的公告"
    assert doc.metadata.get("date") == "2025-06-03"


TRADITIONAL_PAGE = """西嶺省通信管理局
電信用戶申訴受理中心 12300 ｜ 網上申訴 ｜ 申訴進度查詢
西嶺省通信管理局公布第三季度電信服務質量通告
發布日期：2025-10-15
　　第三季度，電信用戶申訴受理中心共受理涉及本省企業的用戶申訴3120件，環比下降8.6%。
　　用戶對處理結果不滿意的，可撥打12300或登錄網上申訴平台提出申訴。
西嶺省通信管理局
"""


def test_a_traditional_page_loses_the_banner_once_converted() -> None:
    """The banner in Traditional script goes once the script is converted;
    the notice's sentences with the same words stay."""
    doc = clean(TRADITIONAL_PAGE)
    text = doc.text
    assert "申诉进度查询" not in text and "申訴進度查詢" not in text
    assert "可拨打12300" in text or "可撥打12300" in text
    assert "3120件" in text
