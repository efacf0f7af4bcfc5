"""Legal and administrative decisions published on government sites (held-out
pages h590-h599: penalty and licence decisions, rectification orders, review
decisions, judgments and rulings, non-prosecution decisions, credit-portal
records). Their body opens with field lines that look like metadata
(当事人：…, 统一社会信用代码：…, 处罚决定日期：…) and ends with the signers
(审判长 …, 书记员 …); the chrome is the database's: facet filters with counts,
search boxes, a record's buttons, related-document lists, data notes.

Each rule catches lines worded otherwise than the pages it was written for
(other courts, databases and portals, Traditional wording), and leaves alone
the body sentences that use the same words."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/facet-counts", "刑事案由(812)　侵犯财产罪(301)　盗窃罪(155)"),
    ("tools/facet-counts", "最高法院(3) | 高级法院(27) | 中级法院(406) | 基层法院(2210)"),
    ("tools/facet-counts", "2024（12）　2023（96）　2022（88）　更多＞＞"),
    ("tools/facet-counts", "判决书(90)　裁定书(41)　调解书(7)　决定书(3)"),
    ("tools/facet-counts", "一审(58) 二审(21) 再审(4) 执行(17) 更多>>"),
    ("tools/search-box", "请输入关键字 搜索"),
    ("tools/search-box", "请输入关键词　站内搜索"),
    ("tools/search-box", "请输入关键字　　检索"),
    ("tools/search-box", "全文检索　输入案号、当事人、法院、律所、法官　检索"),
    ("tools/search-box", "高级检索 请输入企业名称、统一社会信用代码、注册号 查询"),
    ("tools/record-actions", "信用修复　异议申诉"),
    ("tools/record-actions", "异议申请 | 返回列表"),
    ("tools/record-actions", "下载文书　打印文书"),
    ("tools/record-actions", "收藏　下载　打印　纠错"),
    ("tools/record-actions", "纠错申请　　返回列表"),
    ("related/list-header", "关联案件"),
    ("related/list-header", "关联文书："),
    ("related/list-header", "【关联文件】"),
    ("footer/data-provenance-note", "以上信息由相关部门依法报送，如有疑问请与数据提供单位联系。"),
    ("footer/data-provenance-note", "本站公示信息均由各行政机关归集，如有异议请与作出决定的部门联系。"),
    ("footer/data-provenance-note", "注：以上数据由有关部门按规定推送，仅供参考。"),
    ("footer/data-provenance-note", "本平台信息由相关单位提供，请以原件为准。"),
    ("slogan/site-name", "人民法院裁判文书公开网"),
    ("slogan/site-name", "检察院案件信息公开网"),
    ("slogan/site-name", "临江信用信息公示网"),
]

KEPT: list[tuple[str, str]] = [
    # a table row of the body: words between the figures, or sentence marks
    ("tools/facet-counts", "全年共受理案件1320件(同比增长5%)，审结1288件(结案率97.6%)。"),
    ("tools/facet-counts", "一等奖(1名)　二等奖(3名)　三等奖(5名)"),
    ("tools/search-box", "申请人登录平台后，输入企业名称、统一社会信用代码查询本企业信用记录。"),
    ("tools/search-box", "请输入关键字后点击检索按钮，系统将列出相关文书。"),
    ("tools/record-actions", "当事人可以依法申请信用修复。"),
    ("tools/record-actions", "信用修复"),
    ("tools/record-actions", "对公示信息有异议的，可以向作出决定的机关提出异议申诉，并打印文书留存。"),
    ("related/list-header", "关联交易审查"),
    ("related/list-header", "关联案件的审理情况如下："),
    ("footer/data-provenance-note", "以上数据由市统计局提供。"),
    ("footer/data-provenance-note", "公示期内，如对上述许可事项有异议，请与市行政审批局政策法规科联系。"),
    ("footer/data-provenance-note", "以上信息由相关部门依法报送后，经本委审核予以公示。"),
    ("slogan/site-name", "本院依托裁判文书公开网公开生效裁判文书1200余篇。"),
]


(test_legal_decision_chrome_is_caught,
 test_body_words_of_legal_decision_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "fields"), [
    ("文书编号：南屿检刑不诉〔2025〕Z47号", {"doc_number": "南屿检刑不诉〔2025〕Z47号"}),
    ("文書編號：北檢刑不訴〔2025〕12號", {"doc_number": "北檢刑不訴〔2025〕12號"}),
    ("审理法院：北陵市中级人民法院　　公开日期：2025-01-16", {"source": "北陵市中级人民法院", "date": "2025-01-16"}),
    ("案件名称：石某某危险驾驶案　　发布时间：2025-03-21", {"date": "2025-03-21"}),
])
def test_case_information_labels_are_metadata(line: str, fields: dict[str, str]) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.coverage == 1.0, m
    assert {k: m.fields.get(k) for k in fields} == fields


PENALTY_PAGE = """宁州市生态环境局
首页 ∣ 机构职能 ∣ 政务公开 ∣ 执法监管 ∣ 互动交流
首页 > 执法监管 > 行政处罚
行政处罚决定书（宁环罚〔2025〕9号）
发布日期：2025-05-12　　来源：宁州市生态环境局
宁环罚〔2025〕9号
当事人：宁州市恒信化工有限公司
统一社会信用代码：91320100MA1XQ2K35R
法定代表人：周某某
　　本局于2025年3月4日对你公司进行检查，发现你公司废气处理设施未正常运行，违反了《中华人民共和国大气污染防治法》第二十条第二款的规定。
　　依据《中华人民共和国大气污染防治法》第九十九条第三项的规定，本局决定对你公司处以罚款人民币贰拾万元整。
宁州市生态环境局
2025年5月9日
【打印本页】【关闭窗口】
"""


def test_a_penalty_decision_keeps_its_party_fields_and_its_headline() -> None:
    """A penalty decision of another bureau: the party's fields stay, the
    headline that carries the number in brackets is the title (no metadata
    line), the nav row set off by ∣ goes."""
    doc = clean(PENALTY_PAGE)
    for line in ("当事人：宁州市恒信化工有限公司", "统一社会信用代码：91320100MA1XQ2K35R", "法定代表人：周某某",
                 "宁州市生态环境局\n2025年5月9日"):
        assert line in doc.text, line
    assert "机构职能" not in doc.text
    assert doc.metadata["title"] == "行政处罚决定书（宁环罚〔2025〕9号）"
    assert doc.metadata["date"] == "2025-05-12"


RULING_PAGE = """北港市中级人民法院
刑事案件　民事案件　行政案件　执行案件　高级检索
罪犯刘某某假释刑事裁定书
公开日期：2025-02-10　　审理法院：北港市中级人民法院
北港市中级人民法院
刑事裁定书
北港刑更〔2025〕88号
　　罪犯刘某某，男，1985年生，现在北港监狱服刑。本院依法组成合议庭进行了审理，现已审理终结。
　　本院认为，罪犯刘某某在服刑期间确有悔改表现，裁定如下：对罪犯刘某某予以假释。
审判长　李　强
二〇二五年二月五日
书记员　王　芳
关联文书：
"""


def test_a_number_under_the_kind_of_document_stays() -> None:
    """The document's own header (court, kind, number) is its text: the bare
    number under 刑事裁定书 stays, the court's record gives the source."""
    doc = clean(RULING_PAGE)
    assert "刑事裁定书\n北港刑更〔2025〕88号" in doc.text
    assert "审判长　李　强" in doc.text and "书记员　王　芳" in doc.text
    assert "关联文书" not in doc.text
    assert doc.metadata["source"] == "北港市中级人民法院"


def test_masked_names_are_not_repaired_as_mojibake() -> None:
    """``○○`` standing for the withheld characters of a name, in Traditional
    and Simplified decisions, is no Big5 text misread as GBK."""
    for line, kept in (("訴願人：陳○○", "陈○○"), ("主任委員　黃○○", "黄○○"), ("被告人：李○○，男", "李○○"),
                       ("委託代理人：郭○○律師", "郭○○")):
        doc = clean(line + "\n")
        assert kept in doc.text, (line, doc.text)
        assert not any(c.rule == "gbk-as-big5" for c in doc.changes), line


LICENCE_LIST = """首页 / 信息公开 / 双公示
2025年4月行政许可信息公示
发布时间：2025-05-06　来源：江北市行政审批局
　　根据社会信用体系建设有关要求，现将我局2025年4月作出的行政许可决定公示如下：
一、江北市安心大药房有限公司
许可决定书文号：江审药许〔2025〕0101号
许可决定日期：2025-04-08
有效期至：2030-04-07
二、江北市丰源粮油有限公司
许可决定书文号：江审食许〔2025〕0207号
许可决定日期：2025-04-21
有效期至：2030-04-20
江北市行政审批局
2025年5月6日
"""


def test_a_licence_list_under_its_lead_in_keeps_its_fields() -> None:
    """The clause that ends with a colon opens the body: the fields under it
    (文号, dates, 有效期至) are records, not the page's metadata lines, and two
    field lines are not run together as a wrapped paragraph."""
    doc = clean(LICENCE_LIST)
    for line in ("许可决定书文号：江审药许〔2025〕0101号", "有效期至：2030-04-07", "有效期至：2030-04-20",
                 "许可决定日期：2025-04-21"):
        assert line in doc.text.splitlines(), line
    assert doc.metadata["title"] == "2025年4月行政许可信息公示"


CREDIT_RECORD = """信用江北
首页　信用动态　信用公示　信用服务　联合奖惩
您现在的位置：信用公示 ＞ 行政处罚
行政处罚信息（江北市顺达物流有限公司）
行政相对人名称：江北市顺达物流有限公司
统一社会信用代码：91330100MA2B7XQ43L
违法事实：当事人未按规定对车辆进行定期检验。
处罚依据：《中华人民共和国道路运输条例》第七十条
罚款金额（万元）：0.5
处罚决定日期：2025/02/11
处罚有效期：2026/02/11
公示截止期：2028/02/11
处罚机关：江北市交通运输局
信用修复　　异议申诉　　返回列表
以上信息由相关部门依法报送，如有疑问请与数据提供单位联系。
"""


def test_a_credit_record_keeps_its_date_fields_apart() -> None:
    """A credit portal's penalty record: its date fields are no dated links,
    each field stays a line of its own, the record's buttons and the data
    note go."""
    doc = clean(CREDIT_RECORD)
    lines = doc.text.splitlines()
    for line in ("处罚决定日期：2025/02/11", "处罚有效期：2026/02/11", "公示截止期：2028/02/11",
                 "行政相对人名称：江北市顺达物流有限公司", "统一社会信用代码：91330100MA2B7XQ43L"):
        assert line in lines, line
    assert "异议申诉" not in doc.text and "数据提供单位" not in doc.text
