"""Chrome of utility, water, weather and natural resources notices (held-out
pages h1130-h1139): a business hall's hours and a utility's repair and
service lines alone under the text, a call to subscribe to a site's alerts
and a warning icon's alt text; each rule catches lines worded otherwise than
the pages it was written for (other utilities, other spellings, Traditional
script), and leaves alone the notices' own sentences with the same words
(changed opening hours, a number to call, how to subscribe to warnings)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import assert_caught, rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/service-hall-hours", "营业大厅服务时间：周一至周六 8:30-17:30（法定节假日除外）"),
    ("footer/service-hall-hours", "营业厅服务时间:周一至周日 8:30-17:00(节假日正常营业)"),
    ("footer/service-hall-hours", "客户服务中心办公时间：工作日 9:00-17:00"),
    ("footer/service-hall-hours", "服务大厅受理时间 星期一至星期五 8:30—12:00"),
    ("footer/service-hall-hours", "营业网点营业时间：每天 8:00-18:00"),
    ("footer/utility-hotline-pair", "24小时抢修电话:96777  客服热线:0318-7526000"),
    ("footer/utility-hotline-pair", "7×24小时报修热线 95598｜客服电话 0571-51101234"),
    ("footer/utility-hotline-pair", "燃气抢修热线：96510　客服电话：400-800-6666"),
    ("footer/utility-hotline-pair", "24小时供水服务热线：96116"),
    ("tools/alert-subscription-promo", "拨打12121收听详细天气预报，或编辑短信“TQ”发送到12121订阅每日天气"),
    ("tools/alert-subscription-promo", "订阅「暂停供水通知」电邮提示服务，第一时间收到受影响地区资料"),
    ("tools/alert-subscription-promo", "点击订阅停电短信提醒，检修信息早知道"),
    ("tools/alert-subscription-promo", "关注公众号绑定户号，停电信息及时推送"),
    ("tools/alert-subscription-promo", "免费订阅预警信息 >>"),
    ("tools/icon-alt-text", "[图标：暴雨橙色预警]"),
    ("tools/icon-alt-text", "暴雨橙色预警信号图标"),
    ("tools/icon-alt-text", "【预警图标：道路结冰黄色】"),
    ("tools/icon-alt-text", "(icon：大风蓝色)"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/service-hall-hours", "　　自2026年1月1日起，营业大厅服务时间调整为周一至周日8:30-17:00。"),
    ("footer/service-hall-hours", "调整后营业厅服务时间：周一至周日 8:30-17:00"),
    ("footer/service-hall-hours", "营业厅服务时间延长至每天20:00，方便上班族办理业务。"),
    ("footer/utility-hotline-pair", "　　如有疑问请拨打供水服务热线：96338。"),
    ("footer/utility-hotline-pair", "停电期间如有疑问，请拨打95598供电服务热线咨询。"),
    ("footer/utility-hotline-pair", "抢修电话：96777，请用户保持电话畅通，工作人员将逐户通气。"),
    ("tools/alert-subscription-promo", "　　市民可编辑短信“TQ”发送到12121订阅每日天气预报。"),
    ("tools/alert-subscription-promo", "新闻公报　|　按日浏览　|　按类别浏览　|　电邮订阅"),
    ("tools/alert-subscription-promo", "订阅方式：各乡镇防汛责任人手机号码已统一纳入预警短信发布平台。"),
    ("tools/alert-subscription-promo", "各地要做好预警信息发布工作"),
    ("tools/icon-alt-text", "　　气象台发布暴雨橙色预警信号，图标为橙色。"),
    ("tools/icon-alt-text", "预警信号图标由国务院气象主管机构统一制定并公布。"),
]


(test_utility_notice_chrome_is_caught,
 test_body_words_of_utility_notice_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


HALL_NOTICE = """城北水务有限公司
关于调整营业大厅服务时间的公告
发布日期：2025-12-20
　　为进一步方便用户办理业务，自2026年1月1日起，我公司调整营业大厅服务时间，具体如下：
营业大厅服务时间：周一至周日 8:30-17:30（法定节假日除外）
24小时供水抢修电话：96116　客服热线：0571-86012345
　　特此公告。
城北水务有限公司
2025年12月20日
营业大厅服务时间：周一至周六 8:30-17:00
24小时供水服务热线：96116　水质投诉：0571-86012999
Copyright © 城北水务有限公司　浙ICP备12345678号
"""


def test_a_notice_on_hall_hours_keeps_its_own_hours_and_numbers() -> None:
    """The notice's own hours and hotline lines above its 特此公告 stay; the
    same shapes under its signature, with the footer, go."""
    text = clean(HALL_NOTICE).text
    assert "营业大厅服务时间：周一至周日 8:30-17:30（法定节假日除外）" in text
    assert "24小时供水抢修电话：96116　客服热线：0571-86012345" in text
    assert "周一至周六 8:30-17:00" not in text
    assert "0571-86012999" not in text


TIPS_CAUGHT = ["安全用气小贴士", "防汛避险小常识", "安全用电常识", "防灾减灾小贴士："]


@pytest.mark.parametrize("line", TIPS_CAUGHT)
def test_a_tips_column_header_is_caught(line: str) -> None:
    assert_caught("related/list-header", line)


TIPS_NOTICE = """关于冬季安全用气的温馨提示
发布日期：2025-12-01
　　入冬以来，燃气使用量明显增加，为保障广大用户用气安全，现提示如下。
安全用气小贴士：
　　一、使用燃气时请保持室内通风，人走关火。
　　二、发现燃气泄漏，请立即关闭阀门、开窗通风，切勿开关电器。
　　三、请勿私自改装、拆除燃气设施。
城北燃气有限公司
2025年12月1日
"""


def test_a_notice_keeps_its_own_tips_heading_and_tips() -> None:
    """A notice's own 安全用气小贴士 heading, with its tips written as sentences under it, stays."""
    text = clean(TIPS_NOTICE).text
    assert "安全用气小贴士" in text
    assert "三、请勿私自改装、拆除燃气设施。" in text
