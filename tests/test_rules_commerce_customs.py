"""Chrome of commerce, trade-promotion and customs sites (held-out pages
h1240-h1249): each rule catches lines worded otherwise than the pages it was
written for (other districts, other expos, other currencies, Traditional
script), and leaves alone the body sentences that use the same words (a
notice on exchange rates, an expo's opening, a hotline, an archive, a
download)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks import shape
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/english-name", "Huangpu Customs District P.R.China"),
    ("slogan/english-name", "Gongbei Customs"),
    ("slogan/english-name", "Shanghai Customs District, People's Republic of China"),
    ("slogan/bilingual-name", "中华人民共和国黄埔海关 Huangpu Customs District P.R.China"),
    ("slogan/bilingual-name", "拱北海关　Gongbei Customs"),
    ("tools/exchange-rate-ticker", "美元/人民币 7.1286 ↑　欧元/人民币 7.7415 ↓　100日元/人民币 4.9120"),
    ("tools/exchange-rate-ticker", "人民币汇率中间价：美元 7.1876　欧元 7.4697　日元 4.5853　港元 0.9250"),
    ("tools/exchange-rate-ticker", "GBP/CNY 9.0512 | AUD/CNY 4.6830 | SGD/CNY 5.5306"),
    ("tools/exchange-rate-ticker", "今日匯率：USD/TWD 32.615　JPY/TWD 0.2154"),
    ("tools/exam-countdown", "距开幕还有　36　天"),
    ("tools/exam-countdown", "距离第六届东海国际消费品博览会开幕仅剩 12 天！"),
    ("tools/exam-countdown", "离进博会开幕还剩8天"),
    ("tools/service-action-button", "立即预登记观展　>"),
    ("tools/service-action-button", "我要参展"),
    ("tools/service-action-button", "马上报名参会 >>"),
    ("tools/service-action-button", "【立即注册观展】"),
    ("footer/service-hotline-banner", "中小企业市场推广基金查询热线：1830 668"),
    ("footer/service-hotline-banner", "出口信用保险业务咨询热线：0571-8765 4321"),
    ("footer/service-hotline-banner", "跨境电商综合试验区企业服务专线：0571-8765 4321"),
    ("related/archive-link", "新闻公报档案"),
    ("related/archive-link", "新闻稿存档 >>"),
    ("related/archive-link", "公告存档"),
    ("tools/named-download-row", "《临溪县投资指南（2025版）》下载　　项目招商手册下载"),
    ("tools/named-download-row", "申报指南下载 | 申请表下载"),
    ("tools/named-download-row", "投资指南下載　｜　產業政策彙編下載　｜　園區地圖下載"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/english-name", "Customs clearance now takes less than two days"),
    ("slogan/english-name", "The customs district was set up in 1985"),
    ("slogan/bilingual-name", "南江海关 Customs seized 200 kg of frozen shrimp"),
    ("tools/exchange-rate-ticker", "1美元对人民币7.1876元，1欧元对人民币7.4697元，100日元对人民币4.5853元。"),
    ("tools/exchange-rate-ticker", "美元　7.1876　7.1580"),
    ("tools/exchange-rate-ticker", "USD/CNY 7.1286"),
    ("tools/exchange-rate-ticker", "受汇率波动影响，以美元计价的出口额增长3.2%，以人民币计价增长4.1%。"),
    ("tools/exam-countdown", "距开幕还有36天，各项筹备工作已基本就绪。"),
    ("tools/exam-countdown", "博览会将于9月20日开幕，为期5天。"),
    ("tools/service-action-button", "企业可登录官网立即报名参展。"),
    ("tools/service-action-button", "立即报名参展的企业须于5月15日前提交材料。"),
    ("footer/service-hotline-banner", "如有疑问请致电查询热线：1830 668"),
    ("footer/service-hotline-banner", "企业可拨打基金查询热线：1830 668咨询。"),
    ("related/archive-link", "新闻公报档案已移交市档案馆保存。"),
    ("related/archive-link", "建立健全新闻发布档案管理制度"),
    ("tools/named-download-row", "请于5月15日前下载申请表并填写，连同证明材料一并提交。"),
    ("tools/named-download-row", "附件下载"),
    ("tools/named-download-row", "申请人可登录平台下载电子证书，也可到窗口领取纸质证书。"),
]


(test_commerce_and_customs_chrome_is_caught,
 test_body_words_of_commerce_and_customs_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("row", [
    "展商登录　|　观众预登记　|　媒体注册　|　Exhibitor Login",
    "首页 | 政策法规 | 外资服务 | Invest in Jiangsu",
    "会员服务 ｜ 原产地证 ｜ Visitor Registration",
])
def test_a_piped_menu_row_may_end_with_an_english_link(row: str) -> None:
    assert shape.nav_items(row) is not None


@pytest.mark.parametrize("row", [
    "首页 | 关于我们 | The quick brown fox jumps over it",
    "Exhibitor Login | Visitor Registration | Media",
    "本公司 | Apple Incorporated Company Limited | 美国",
])
def test_english_words_make_no_menu_row_without_han_links_or_beyond_four_words(row: str) -> None:
    assert shape.nav_items(row) is None


COLUMN_PAGE = """丰源市商务局
首页　机构概况　政务公开　招商引资　外贸服务　互动交流
当前位置：首页 > 招商引资 > 项目签约
丰源经开区签约5个外资项目
发布时间：2025-09-12　来源：市商务局
　　9月11日，丰源经开区举行外资项目集中签约活动，5个项目合同外资1.2亿美元，涉及汽车零部件、医疗器械等领域。
　　市商务局负责人表示，将为签约项目提供全流程服务，推动项目早日开工。
【打印本页】　【关闭窗口】
项目签约
丰源高新区与德国企业签约精密制造项目
市商务局赴新加坡开展招商推介
主办：丰源市商务局　版权所有
"""


def test_the_columns_name_again_after_the_text_heads_its_list() -> None:
    """The breadcrumb's last item (项目签约) on a line after the text heads the
    column's other titles: it and the titles go, the body stays."""
    text = clean(COLUMN_PAGE).text
    for gone in ("\n项目签约\n", "德国企业签约精密制造项目", "赴新加坡开展招商推介"):
        assert gone not in "\n" + text + "\n", gone
    assert "5个项目合同外资1.2亿美元" in text
    assert "推动项目早日开工" in text


def test_a_heading_named_like_the_column_inside_the_text_stays() -> None:
    """A heading of the text that happens to be the column's name (项目签约)
    stays, and so does the paragraph under it: only the tail is read."""
    page = COLUMN_PAGE.replace(
        "　　市商务局负责人表示，",
        "项目签约\n　　签约项目中，投资额最大的为一家德资汽车零部件企业的新工厂项目。\n　　市商务局负责人表示，")
    text = clean(page).text
    assert "\n项目签约\n" in text
    assert "投资额最大的为一家德资汽车零部件企业的新工厂项目" in text


def test_a_column_name_under_the_text_without_titles_below_stays() -> None:
    """The column's name as the page's last line before the footer, no titles
    under it, is not taken as a header (nothing to head)."""
    page = COLUMN_PAGE.replace("丰源高新区与德国企业签约精密制造项目\n市商务局赴新加坡开展招商推介\n", "")
    text = clean(page).text
    assert "推动项目早日开工" in text
