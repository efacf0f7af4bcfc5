"""Chrome of finance portals around listed companies' and funds' disclosures
(held-out pages h530-h539): each rule catches lines worded otherwise than the
pages it was written for (other portals, indexes, stocks, Traditional script,
half-width punctuation), and leaves alone the body sentences that use the
same words (an announcement's own risk warning, a bureau's news of new
listings quoting 股市有风险，投资需谨慎, a notice's table of dates)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/market-ticker", "沪指 3,198.40 -0.21%　深成指 9,876.02 +0.44%"),
    ("tools/market-ticker", "创业板 1,988.31 +1.02%  科创50 987.65 -0.33%"),
    ("tools/market-ticker", "恒生指数 19,245.33 -86.41 (-0.45%)　恒生科技指数 4,213.08 +0.35%"),
    ("tools/market-ticker", "上证50 2,716.90 +0.12%　沪深300 3,902.17 +0.20%　中证500 5,612.44 -0.07%"),
    ("tools/market-ticker", "国债指数 225.01 +0.02%　5年期国债收益率 1.512% +1.2BP"),
    ("tools/stock-quote", "华光股份(600475)　12.38　-0.15　-1.20%　加自选"),
    ("tools/stock-quote", "某某科技 300123　最新 8.02　涨幅 +3.35%　换手率 5.12%　成交额 2.31亿"),
    ("tools/stock-quote", "(00700.HK) 某某控股　报价 412.60　升跌 -3.20　成交量 1,860万股"),
    ("tools/stock-quote", "某某纯债债券C　015678　单位净值 1.1021（06-13）　日增长率 -0.01%　近6月 +1.92%"),
    ("tools/stock-quote", "某某银行 601998.SH +0.87%"),
    ("tools/stock-quote", "+ 自选　某某电子 002415 27.30 +1.84%"),
    ("tools/ai-summary", "AI摘要"),
    ("tools/ai-summary", "智能速览"),
    ("tools/ai-summary", "AI 划重点"),
    ("tools/ai-summary", "公司预计上半年净利润同比增长约五成，主要受益于海外订单增加。以上内容由AI生成，仅供参考"),
    ("tools/ai-summary", "该公告披露了股东减持计划。本摘要由大模型自动生成，请以原文为准。"),
    ("related/ranking-header", "股吧热帖"),
    ("related/ranking-header", "研报推荐"),
    ("related/ranking-header", "该基金其他公告"),
    ("related/ranking-header", "同类公告"),
    ("related/ranking-header", "本版导读"),
    ("related/labelled-link", "相关公告：某某股份2024年年度报告全文"),
    ("related/labelled-link", "同类公告：某某转债赎回提示性公告"),
    ("related/pagination", "上一页　2 / 9　下一页"),
    ("related/pagination", "上一页 下一页 跳转至第[ ]页"),
    ("footer/disclaimer", "股市有风险，入市须谨慎。以上数据仅供参考。"),
    ("footer/disclaimer", "理财有风险,投资需谨慎"),
    ("footer/disclaimer", "本站信息均来自上市公司公告，投资者据此操作，风险自担。"),
    ("footer/disclaimer", "文中观点仅供参考，据此入市，后果自负"),
    ("footer/disclaimer", "风险提示：本文内容仅供参考，不构成投资建议。"),
    ("footer/disclaimer", "投资提示：以上信息来自公开资料，据此操作风险自担"),
    ("tools/page-actions-bare", "PDF全文下载"),
    ("tools/page-actions-bare", "pdf原文下载　返回列表"),
    ("tools/download-link", "附件：某某转债募集说明书.pdf（2.3MB）"),
    ("tools/download-link", "附件：2025年第一期债券发行公告.pdf　点击下载"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/market-ticker", "当日上证指数收于3245.12点，上涨0.35%，两市成交额1.1万亿元。"),
    ("tools/stock-quote", "证券代码：603512　　证券简称：宁远电气　　公告编号：临2025-041"),
    ("tools/stock-quote", "证券代码:002981 证券简称:恒峰能源 公告编号:2025-057"),
    ("tools/stock-quote", "华芯微上市首日开盘价48.50元，收盘报42.18元，较发行价上涨97.47%。"),
    ("tools/stock-quote", "2\t临江华芯微电子股份有限公司\t深交所创业板\t301687\t2025年7月8日"),
    ("tools/ai-summary", "　　会议要求，对深度合成服务生成的内容应当添加显著标识，不得利用AI生成虚假信息。"),
    ("tools/ai-summary", "AI摘要功能上线后，政务服务平台的办事指南阅读时长平均缩短三成。"),
    ("related/ranking-header", "　　三是加强热帖监测，对涉企谣言及时辟谣。"),
    ("footer/disclaimer", "　　该负责人提醒，要牢记“股市有风险，投资需谨慎”，不要盲目跟风炒作。"),
    ("footer/disclaimer", "风险投资基金有风险补偿机制的，按规定给予补助。"),
    ("footer/disclaimer", "风险提示：基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，但不保证基金一定盈利。"),
    ("footer/disclaimer", "风险提示：本次业绩预告是公司财务部门初步测算的结果，具体数据以半年度报告为准。"),
    ("tools/page-actions-bare", "公司已在指定网站披露PDF全文，投资者可下载查阅。"),
    ("tools/download-link", "附件：1.社会团体年报书（样本）.docx"),
    ("tools/download-link", "附件：2025年第一期债券发行公告.pdf"),
]


(test_finance_portal_chrome_is_caught,
 test_body_words_of_finance_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", ["权益登记日\t2025年5月21日", "除息日 2025年5月21日", "起息日　2025-03-11",
                                  "现金红利发放日\t2025年5月23日", "股权登记日　2025年6月18日"])
def test_the_date_of_an_events_day_is_no_date_line(line: str) -> None:
    """A row of a notice's table of dates (a dividend's, a bond's) gives no page date line."""
    meta = parse_meta_line(line)
    assert meta is None or meta.coverage < 0.5, line


@pytest.mark.parametrize("line", ["2025年5月21日", "发布日 2025-05-21", "发布时间：2025年5月21日", "披露日期：2025-04-26"])
def test_date_lines_stay_date_lines(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.coverage >= 0.6 and "date" in meta.fields, line


def test_a_disclosure_portals_label_line_gives_date_and_source() -> None:
    meta = parse_meta_line("披露日期：2024-08-30　来源：上交所　文件大小：1.2MB　页数：36")
    assert meta is not None and meta.coverage >= 0.8
    assert meta.fields["date"] == "2024-08-30" and meta.fields["source"] == "上交所"


FUND_PAGE = """某某基金网
基金首页　基金净值　基金排行　基金公告
某某价值精选混合A　005123　单位净值 2.3417（08-22）　日增长率 -0.31%　近1年 +8.02%
+自选　立即购买
关于某某价值精选混合型证券投资基金分红的公告
公告日期：2025-08-25　　来源：公司公告
公告送出日期：2025年8月25日
权益登记日\t2025年8月27日
除息日\t2025年8月27日
现金红利发放日\t2025年8月29日
风险提示：基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产，但不保证基金一定盈利，也不保证最低收益。敬请投资者注意投资风险。
特此公告。
某某基金管理有限公司
2025年8月25日
PDF全文下载
该基金其他公告
某某价值精选混合型证券投资基金2025年中期报告　2025-08-20
某某价值精选混合型证券投资基金基金经理变更公告　2025-06-03
基金有风险，投资需谨慎。页面数据仅供参考。
"""


def test_a_fund_dividend_page_keeps_its_table_of_dates_and_its_own_risk_warning() -> None:
    """A fund portal's page: the quote row, the buttons, the list of other
    notices and the portal's warning go; the notice's table of dates and its
    own 风险提示 stay, and the portal's 公告日期 dates the page."""
    doc = clean(FUND_PAGE)
    text = doc.text
    for kept in ("权益登记日", "除息日", "现金红利发放日", "风险提示：基金管理人承诺", "特此公告。"):
        assert kept in text, kept
    for gone in ("单位净值", "立即购买", "PDF全文下载", "该基金其他公告", "2025年中期报告", "基金有风险"):
        assert gone not in text, gone
    assert doc.metadata.get("date") == "2025-08-25"
