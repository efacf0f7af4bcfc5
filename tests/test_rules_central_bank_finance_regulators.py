"""Chrome of central-bank branches', banking, insurance and securities regulators' and
local financial bureaus' pages (held-out pages h1410-h1419): the ticker of today's
reference rates (LPR, Shibor, central parity, a peg's band) and the row of service
buttons (credit report queries, licence lookups, report entries) at a page's head or
foot are caught in other wordings and spellings (a Traditional page's as the pipeline converts it), and the notice
sentences that give the same rates or name the same services stay. A penalty
disclosure table's first row (its decision's number) stays in the table whose rows
of two cells a merged cell of three interrupts."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/policy-rate-ticker", "贷款市场报价利率（LPR）：1年期 3.10%　5年期以上 3.60%"),
    ("tools/policy-rate-ticker", "LPR 1年期 3.00% ↓0.10　5年期以上 3.50% ↓0.10　存款准备金率 6.2%"),
    ("tools/policy-rate-ticker", "SHIBOR 隔夜 1.2870% ▲1.20　3个月 1.6500% ▼0.40"),
    ("tools/policy-rate-ticker", "人民币汇率中间价：USD/CNY 7.1180　|　EUR/CNY 7.7312"),
    ("tools/policy-rate-ticker", "HIBOR 隔夜 3.85%　1个月 4.12%　3个月 4.30%"),
    ("tools/policy-rate-ticker", "新台币汇率 USD 32.105 ｜ 发行量加权股价指数 21,870.33 ▼0.42%"),
    ("tools/policy-rate-ticker", "今日汇率 USD 7.2010 | 联系汇率区间 7.75 - 7.85"),
    ("tools/finance-service-entry-buttons", "【征信查询】【金融许可证查询】"),
    ("tools/finance-service-entry-buttons", "个人征信查询 >>　企业征信查询 >>"),
    ("tools/finance-service-entry-buttons", "征信异议申请 | 保险中介机构查询 | 存款保险标识查询"),
    ("tools/finance-service-entry-buttons", "非法金融活动举报入口"),
    ("tools/finance-service-entry-buttons", "【个人信用报告查询】"),
    ("tools/finance-service-entry-buttons", "金融消费投诉平台 →"),
    ("tools/finance-service-entry-buttons", "企业征信查询 ｜ 个人信用记录查询"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/policy-rate-ticker", "　　10月20日，1年期LPR为3.00%，5年期以上LPR为3.50%，均与上月持平。"),
    ("tools/policy-rate-ticker", "人民币汇率中间价"),
    ("tools/policy-rate-ticker", "（一）利率汇率管理"),
    ("tools/policy-rate-ticker", "1年期　3.00%　3.10%"),
    ("tools/policy-rate-ticker", "　　当日人民币对美元汇率中间价为7.1026，较上一交易日调升35个基点。"),
    ("tools/policy-rate-ticker", "存款准备金率下调0.5个百分点"),
    ("tools/finance-service-entry-buttons", "　　公众可通过人民银行征信中心网站或商业银行网点免费查询个人信用报告。"),
    ("tools/finance-service-entry-buttons", "三、个人信用报告查询"),
    ("tools/finance-service-entry-buttons", "个人信用报告查询"),
    ("tools/finance-service-entry-buttons", "征信查询、异议处理和投诉受理"),
    ("tools/finance-service-entry-buttons", "非法集资举报电话：0576-88123456"),
    ("tools/finance-service-entry-buttons", "发现非法集资线索，可通过“举报入口”栏目提交。"),
]


(test_central_bank_regulator_chrome_is_caught,
 test_body_words_of_central_bank_regulator_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


CREDIT_NOTICE = """中国人民银行江岭市分行
LPR：1年期 3.00%　5年期以上 3.50%　｜　Shibor 隔夜 1.3150%
首页 | 机构概况 | 新闻发布 | 政务公开 | 征信管理
当前位置：首页 > 通知公告
关于做好个人信用报告查询服务工作的通知
发布时间：2026-03-12　来源：征信管理科
　　为方便群众查询个人信用报告，现就有关事项通知如下。
　　一、各查询网点要公示查询流程，群众可凭本人有效身份证件免费查询个人信用报告，每年可免费查询2次。
　　二、本月1年期LPR为3.00%，5年期以上LPR为3.50%，各机构要做好利率政策解释工作。
　　三、各单位不得以“征信修复”为名收取费用，发现相关线索请及时报告。
【打印本页】【关闭窗口】
【个人信用报告查询】【企业信用报告查询】
版权所有：中国人民银行江岭市分行
"""


def test_a_credit_notice_keeps_its_rate_and_query_sentences_and_drops_the_ticker_and_buttons() -> None:
    """A central-bank branch's notice of another city: the rate ticker at the head and the
    query buttons at the foot go; the sentences giving the same rates and naming the
    same query service stay, and so do the title and date."""
    doc = clean(CREDIT_NOTICE)
    for line in CREDIT_NOTICE.splitlines()[6:10]:
        assert line.strip() in doc.text, line
    for chrome in ("Shibor 隔夜", "【企业信用报告查询】"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("title") == "关于做好个人信用报告查询服务工作的通知"
    assert doc.metadata.get("date") == "2026-03-12"


PENALTY_TABLE = """汇川市金融监管分局
当前位置：首页 > 行政处罚
汇川金融监管分局行政处罚信息公开表
发布时间：2026-05-20　来源：汇川金融监管分局
行政处罚决定书文号\t汇金罚决字〔2026〕7号
被处罚当事人姓名或名称\t单位\t汇川农村商业银行股份有限公司
法定代表人姓名\t赵某某
主要违法违规行为\t违规发放贷款
行政处罚决定\t罚款50万元
作出处罚决定的日期\t2026年5月15日
版权所有：汇川市金融监管分局
"""


def test_a_penalty_table_keeps_its_decision_number_row() -> None:
    """The first row of a penalty disclosure table, the decision's number, stays with the
    table's rows although a merged cell of three interrupts its rows of two; the page's
    date is the one it was published on, not the decision's."""
    doc = clean(PENALTY_TABLE)
    for line in PENALTY_TABLE.splitlines()[4:10]:
        assert line.split("\t")[-1] in doc.text, line
    assert doc.metadata.get("date") == "2026-05-20"
