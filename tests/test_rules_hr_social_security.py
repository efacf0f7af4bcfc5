"""Chrome of human resources and social security pages (held-out pages
h1180-h1189: job fairs, contribution bases, labour arbitration, wage
arrears, skill subsidies, training, the Hong Kong and Taiwan labour
offices): each rule catches lines worded otherwise than the pages it was
written for (other bureaus, other hotlines, other accounts, Traditional
script read as Simplified), and leaves alone the body sentences that use the
same words (a notice telling where to complain, a report on a helper)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks import classify, shape
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/wechat-widgets", "▲ 听说星标的人，都能第一时间收到推送"),
    ("tools/wechat-widgets", "星标的朋友不错过每一条推送"),
    ("tools/wechat-widgets", "星标一下，第一时间收到人社政策推送"),
    ("tools/wechat-widgets", "↑ 星标后不迷路"),
    ("tools/page-actions-bare", "网站内搜寻"),
    ("tools/page-actions-bare", "本站搜索"),
    ("tools/page-actions-bare", "新闻公报一览"),
    ("tools/page-actions-bare", "返回新闻稿一览"),
    ("tools/page-actions-bare", "公告一览 | 回页首"),
    ("footer/service-hotline", "有社保疑问？拨打12333人社服务热线，7×24小时智能应答"),
    ("footer/service-hotline", "办税遇到难题？请拨打12366纳税缴费服务热线"),
    ("footer/service-hotline", "医保有疑问？就打12393医保服务热线 24小时在线"),
    ("footer/service-hotline", "用电有问题？致电95598供电服务热线，全年无休"),
    ("slogan/service-account-tagline", "龙川人社 · 您身边的就业社保管家"),
    ("slogan/service-account-tagline", "平安税务｜你的贴心办税小助手"),
    ("slogan/service-account-tagline", "您身边的社保服务员"),
    ("slogan/service-account-tagline", "青溪医保——您的专属医保好参谋"),
    ("related/list-header", "人社服务"),
    ("related/list-header", "社保服务专区"),
    ("related/list-header", "【公积金服务入口】"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/wechat-widgets", "群众可在小程序中将常用事项设为快捷入口，第一时间收到办理进度推送。"),
    ("tools/page-actions-bare", "2025年度失业保险稳岗返还政策一览"),
    ("tools/page-actions-bare", "网站内容由县人社局负责搜集整理"),
    ("footer/service-hotline", "劳动者遇到欠薪问题，可拨打12333人社服务热线投诉。"),
    ("footer/service-hotline", "有疑问？请拨打12333人社服务热线。"),
    ("footer/service-hotline", "1.电话投诉：拨打12333人社服务热线，或拨打县劳动保障监察大队投诉电话0762-6722345；"),
    ("slogan/service-account-tagline", "让社区网格员成为居民身边的贴心人"),
    ("slogan/service-account-tagline", "人社专员当好企业身边的用工管家，您有需求我们上门服务。"),
    ("related/list-header", "就业服务"),
    ("related/list-header", "三、人社服务事项清单"),
]


(test_hr_social_security_chrome_is_caught,
 test_body_words_of_hr_social_security_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", [
    "就业创业频道: 招聘信息 · 求职登记 · 创业担保贷款 · 职业培训",
    "人社服务：社保查询　养老金测算　就业登记　职称查询",
    "办事入口：个人登录 | 单位登录 | 经办机构 | 帮助中心",
    "網上服務：職位空缺　招聘會　培訓課程　勞資關係",
])
def test_a_menu_named_before_its_links_is_a_navigation_row(line: str) -> None:
    assert shape.nav_items(line) is not None


@pytest.mark.parametrize("line", [
    "主要内容: 招聘信息 求职登记 创业担保贷款 职业培训",
    "服务对象：城乡劳动者，高校毕业生，退役军人，脱贫人口",
    "服务时间：周一至周五　上午9:00-12:00　下午14:00-17:30",
])
def test_a_labelled_list_of_other_things_is_no_navigation_row(line: str) -> None:
    assert shape.nav_items(line) is None


WECHAT_PAGE = """原创 青溪人社 青溪人社 2025年11月20日 18:05 浙江
点击上方蓝字，关注我们
青溪人社
灵活就业人员参保缴费，这些变化要知道
　　从2026年1月起，我县灵活就业人员可在电子社保卡上自主选择缴费档次，青溪人社将同步开通线上咨询。
　　参保人员也可拨打12333人社服务热线咨询。
青溪人社 · 你身边的社保小帮手
"""


def test_the_account_name_under_the_wechat_header_goes_and_the_headline_is_the_title() -> None:
    """The account's name set again between the WeChat header line that
    names it and the headline is metadata, not the headline; the body
    sentences that name the account and the hotline stay."""
    doc = clean(WECHAT_PAGE)
    assert doc.metadata["title"] == "灵活就业人员参保缴费，这些变化要知道"
    assert not doc.text.startswith("青溪人社")
    assert "青溪人社将同步开通线上咨询" in doc.text
    assert "参保人员也可拨打12333人社服务热线咨询。" in doc.text
    assert "社保小帮手" not in doc.text


def test_a_name_the_header_does_not_name_stays_above_the_headline() -> None:
    """A short line over the headline that the WeChat header line does not
    name is not taken for the account's name."""
    lines = ["原创 青溪人社 青溪人社 2025年11月20日 18:05 浙江", "政策解读",
             "灵活就业人员参保缴费，这些变化要知道",
             "从2026年1月起，我县灵活就业人员可在电子社保卡上自主选择缴费档次，并可在线办理参保登记和缴费基数申报。"]
    result = classify(lines)
    assert result.labels[1].rule != "metadata/wechat-name"
