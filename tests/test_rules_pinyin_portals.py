"""Chrome of Traditional-script industry portals and news aggregators with
injected pinyin or zhuyin (held-out pages h370-h379): each rule or shape
catches lines worded otherwise than the pages it was written for (other
sites, other spellings, Taiwan wording), and leaves alone the body
sentences that use the same words (an article about an app, an investment
risk, a friend, a channel)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks import shape
from govtext.blocks.spam import score_spam
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/page-actions-bare", "回上页　列印　转寄好友"),
    ("tools/page-actions-bare", "打印 | 推荐好友 | 关闭"),
    ("tools/page-actions-bare", "返回　发送给朋友"),
    ("footer/disclaimer", "风险提示：以上内容仅供参考，不构成任何投资建议，股市有风险，投资需谨慎。"),
    ("footer/disclaimer", "投资提示：本文观点不代表本站立场"),
    ("footer/disclaimer", "以上信息仅供参考，不构成买卖依据，据此操作风险自担。"),
    ("footer/disclaimer", "本文内容仅供参考，并不构成投资建议"),
    ("tools/app-teaser", "点击下载财经快讯APP，第一时间掌握市场动态"),
    ("tools/app-teaser", "立即下载“掌上能源”APP，随时随地看行情"),
    ("tools/app-teaser", "下载化工在线App，实时获取价格走势"),
    ("related/ranking-header", "电网频道推荐"),
    ("related/ranking-header", "本栏目推荐"),
    ("related/ranking-header", "财经频道推荐"),
    ("related/list-header", "猜您想去"),
    ("related/list-header", "猜你想读"),
    ("related/list-header", "为您想了解"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/disclaimer", "报告提示，市场存在不确定性，投资者应审慎评估风险。"),
    ("footer/disclaimer", "证监会提醒投资者，不构成要约的宣传材料也须如实披露风险。"),
    ("footer/disclaimer", "会议提出，要健全风险提示机制，加强投资者教育。"),
    ("tools/app-teaser", "市民可下载“i深圳”APP，在线办理社保、公积金等业务。"),
    ("tools/app-teaser", "下载国家反诈中心APP，第一时间接收预警信息后，要立即挂断可疑电话并向公安机关报告。"),
    ("related/ranking-header", "省广播电视局对新闻频道推荐节目开展评审"),
    ("related/list-header", "猜您想去哪里旅游？欢迎参与问卷调查。"),
    ("tools/page-actions-bare", "请将本通知转寄好友，共同防范电信网络诈骗。"),
]


(test_pinyin_portal_chrome_is_caught,
 test_body_words_of_pinyin_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", [
    "[網站首頁] [企業庫] [產品庫] [行情中心] [技術文庫]",
    "【首页】 【政策】 【行情】 【招聘】",
    "［新闻］ ［图片］ ［视频］ ［专题］",
])
def test_a_row_of_bracketed_link_labels_is_navigation(line: str) -> None:
    assert shape.nav_items(line) is not None


@pytest.mark.parametrize("line", [
    "[1] [2] [3] [4]",
    "[注] 本表数据 [单位] 万元",
    "依据[2024]第3号文件和[2025]第1号文件办理。",
])
def test_bracketed_numbers_and_notes_are_no_navigation(line: str) -> None:
    assert shape.nav_items(line) is None


@pytest.mark.parametrize("line", [
    "【专业代开各类发票】增值税普通发票、专用发票，点数优惠，联系QQ：28596631",
    "代开全国各地增值税发票 点数优惠 电话13800001234",
    "各行业票点优惠 代开各类 微信 fp8899",
])
def test_invoice_ads_are_spam(line: str) -> None:
    assert score_spam(line).is_spam, score_spam(line)


@pytest.mark.parametrize("line", [
    "严禁代开各类发票，税务机关将依法查处虚开发票行为。",
    "纳税人可通过电子税务局代开全国通用的增值税发票，咨询电话12366。",
])
def test_invoice_crackdown_and_tax_service_are_not_spam(line: str) -> None:
    assert not score_spam(line).is_spam, score_spam(line)


UNRECOGNISED_TOP = """【特惠】全场商品限时五折起，满三百减五十，会员再享九五折，详情咨询客服热线
能源报道网
首页 | 电网 | 新能源 | 油气 | 煤炭 | 政策
能源报道网 » 电网 » 正文

某省千万千瓦级新能源基地配套工程开工
发布时间：2026年08月26日　来源：能源日报　记者：李文
　　8月25日，某省千万千瓦级新能源基地配套输电工程开工建设，工程总投资约九十亿元。
　　工程建成后，每年可外送清洁电量三百亿千瓦时，带动当地新能源产业发展。
"""


def test_a_long_line_above_the_trail_does_not_open_the_body() -> None:
    """An injected line the spam score misses, long and with no sentence in
    it, above the trail and a metadata line: the body opens below the
    metadata line, so the head is judged as a head (trail, title, byline)."""
    doc = clean(UNRECOGNISED_TOP)
    assert doc.metadata.get("title") == "某省千万千瓦级新能源基地配套工程开工"
    assert doc.metadata.get("source") == "能源日报"
    assert doc.metadata.get("date") == "2026-08-26"
    for chrome in ("首页 | 电网", "能源报道网 » 电网", "发布时间："):
        assert chrome not in doc.text, chrome
    assert "工程建成后，每年可外送清洁电量三百亿千瓦时" in doc.text


LONG_TITLE_NOTICE = """关于做好2026年全省新能源基地配套电网工程建设用地保障工作的补充通知有关事项说明
发布时间：2026年08月26日　来源：省自然资源厅
各市、县（市、区）自然资源主管部门：
　　为保障新能源基地配套电网工程建设用地需求，现就有关事项补充通知如下。
　　一、优先保障纳入国家规划的输变电工程用地，依法依规办理用地手续。
"""


def test_a_long_headline_above_its_metadata_line_is_still_the_title() -> None:
    """A headline of more than 40 characters with no full stop above the date
    line: the body opens below the date line, the headline is the title and
    every body line stays."""
    doc = clean(LONG_TITLE_NOTICE)
    assert doc.metadata.get("title") == LONG_TITLE_NOTICE.splitlines()[0]
    for line in LONG_TITLE_NOTICE.splitlines()[2:]:
        assert line.strip() in doc.text, line
