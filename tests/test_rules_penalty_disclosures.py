"""Penalty, licensing and credit disclosures (held-out pages h860-h869):
record portals' query boxes, promotional banners, record buttons, schedule
notes and read-aloud buttons are caught (Traditional lines in the Simplified
form the rules see after script conversion) in other wordings than the pages
they were written for, and the body sentences that use the same words (a
guide telling how to query, a notice on credit commitments) stay; a record
set out as a two-cell table keeps its dated fields, and a Taiwan business's
unified number stays with the party it names."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/record-query-box", "请输入企业名称或统一社会信用代码　查询"),
    ("tools/record-query-box", "请输入当事人名称、处罚决定书文号　　搜索　　重置"),
    ("tools/record-query-box", "企业名称/统一社会信用代码/注册号 🔍查一查"),
    ("tools/record-query-box", "输入纳税人识别号或纳税人名称  检 索  清 空"),
    ("tools/record-query-box", "行政相对人名称： 处罚决定日期： 至 查询 重置"),
    ("tools/record-query-box", "许可机关: 许可日期: 至 查询 清除"),  # a Taiwan page, converted
    ("tools/record-query-box", "请填写主体名称　查 询"),
    ("tools/banner-call-to-action", "信用承诺，从我做起——企业信用承诺书在线签署通道已开通，点击立即签署 >>"),
    ("tools/banner-call-to-action", "2025年“诚信建设万里行”专题上线，点此进入»"),
    ("tools/banner-call-to-action", "信用修复“一网通办”，马上办理→"),
    ("tools/banner-call-to-action", "营商环境专区已上线，点击进入 >>"),
    ("tools/record-actions", "上一条　下一条　返回列表"),
    ("tools/record-actions", "上一笔　下一笔　回列表"),
    ("tools/record-actions", "纠错　打印　返回"),
    ("footer/data-provenance-note", "本资料每日凌晨自动更新，如对公开内容有疑义，请洽本局执法科。"),
    ("footer/data-provenance-note", "本平台数据每周同步更新,如有异议请联系数据提供部门"),
    ("footer/data-provenance-note", "以上信息实时更新，如需核实请以原件为准。"),
    ("footer/data-provenance-note", "本系统资料每日自动更新，如有疑义，请洽承办人员。"),
    ("tools/listen-to-article", "听全文 约6分钟"),
    ("tools/listen-to-article", "收听本文 | 03:42"),
    ("tools/listen-to-article", "AI朗读 共12分30秒"),
    ("tools/listen-to-article", "听全文"),
    ("tools/page-actions-bare", "回上一页 友善列印 转寄友人 Facebook Line"),
    ("tools/page-actions-bare", "列印　转寄给友人　回首页"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/record-query-box", "登录平台后，请输入企业名称查询。"),
    ("tools/record-query-box", "请输入企业名称或统一社会信用代码查询本企业的信用记录。"),
    ("tools/record-query-box", "企业名称、统一社会信用代码和处罚决定书文号应当一并公示。"),
    ("tools/record-query-box", "请输入关键词　搜索"),
    ("tools/banner-call-to-action", "企业可登录“信用中国”网站，点击“信用修复”栏目在线提交申请。"),
    ("tools/banner-call-to-action", "信用承诺书应当在线签署，并在网站公示。"),
    ("tools/banner-call-to-action", "点击立即签署后，系统将生成电子承诺书。"),
    ("tools/record-actions", "当事人对列入决定不服的，可以依法申请行政复议，并返回列表所列受理窗口办理。"),
    ("footer/data-provenance-note", "平台数据每日更新，当事人对公示内容有异议的，可以向数据提供单位提出。"),
    ("footer/data-provenance-note", "本数据每日自动更新。"),
    ("footer/data-provenance-note", "以上信息由当事人自行填报。"),
    ("tools/listen-to-article", "听全文约6分钟的讲解后，学员进行了分组讨论。"),
    ("tools/listen-to-article", "语音播报系统已在全市12个政务服务大厅上线。"),
    ("tools/page-actions-bare", "民众可通过Facebook、Line等社群平台转寄友人。"),
]


(test_penalty_disclosure_chrome_is_caught,
 test_body_words_of_penalty_disclosure_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


LICENCE_TABLE_PAGE = """西岭市人民政府
网站首页|政务公开|政务服务|互动交流
当前位置: 首页 > 信息公开 > 双公示 > 行政许可
西岭市丰禾餐饮管理有限公司食品经营许可
| 项目 | 内容 |
| --- | --- |
| 行政相对人名称 | 西岭市丰禾餐饮管理有限公司 |
| 统一社会信用代码 | 91510700MA6AX3KQ7D |
| 许可证书名称 | 食品经营许可证 |
| 许可编号 | JY25107000012345 |
| 许可决定日期 | 2025-05-12 |
| 有效期自 | 2025-05-12 |
| 有效期至 | 2030-05-11 |
| 许可机关 | 西岭市市场监督管理局 |
发布时间: 2025-05-14 09:30:12
上一条: 西岭市某超市食品经营许可
"""


def test_a_licence_record_set_out_as_a_table_keeps_its_dated_fields() -> None:
    """A 双公示 licence record dumped as a two-cell Markdown table: the
    decision's and validity dates are its fields and stay, and the page is
    dated by its publishing line, not by the licence's dates."""
    doc = clean(LICENCE_TABLE_PAGE)
    for field in ("| 许可决定日期 | 2025-05-12 |", "| 有效期自 | 2025-05-12 |", "| 有效期至 | 2030-05-11 |",
                  "| 许可机关 | 西岭市市场监督管理局 |"):
        assert field in doc.text, field
    assert doc.metadata["date"] == "2025-05-14"
    assert "发布时间" not in doc.text


DISCLOSURE_TABLE_PAGE = """临川市人民政府
| 索引号 | 11360100MB0123456X/2025-00412 |
| --- | --- |
| 发布机构 | 临川市生态环境局 |
| 发布日期 | 2025-04-08 |
| 有效期至 | 2030-04-07 |
临川市生态环境局关于印发《临川市环境行政处罚裁量基准》的通知
各县（区）生态环境分局，局机关各处室：
　　现将《临川市环境行政处罚裁量基准》印发给你们，请认真贯彻执行。
临川市生态环境局
2025年4月3日
"""


def test_a_disclosure_label_table_set_out_as_a_table_still_gives_metadata() -> None:
    """A disclosure label table in two cells (索引号, 发布机构, 发布日期,
    有效期至) is the page's label table, not a record: its rows go and give
    the page's date and source."""
    doc = clean(DISCLOSURE_TABLE_PAGE)
    assert doc.metadata["date"] == "2025-04-08"
    assert doc.metadata["source"] == "临川市生态环境局"
    assert "有效期至" not in doc.text
    assert "现将《临川市环境行政处罚裁量基准》印发给你们" in doc.text


DISPOSITION_PAGE = """嘉義縣政府
首頁 > 資訊公開 > 裁處書公告
嘉義縣政府裁處書（府環空字第1140012345號）
發布日期：114-05-02
受處分人：大林汽車修配廠
統一編號：53812479
代表人：林○○
　　受處分人於民國114年3月5日於廠區內露天噴漆，未設置空氣污染防制設施，違反空氣污染防制法第32條第1項規定，處新臺幣10萬元罰鍰。
嘉義縣政府
中華民國114年4月28日
"""


def test_a_business_unified_number_stays_with_the_party_it_names() -> None:
    """A Taiwan business's eight-digit 統一編號 on a disposition is the party's
    field, not a disclosure table's number of the document."""
    doc = clean(DISPOSITION_PAGE)
    assert "统一编号：53812479" in doc.text
    assert "受处分人：大林汽车修配厂" in doc.text
