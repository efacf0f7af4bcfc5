"""Chrome of government information disclosure annual reports and disclosure
guides (政府信息公开工作年度报告, 政府信息公开指南; held-out pages h1050-h1059):
each rule catches lines worded otherwise than the pages it was written for
(other sites, Traditional script, half-width punctuation), and leaves alone
the report's and the guide's own sentences that use the same words (a guide
that names its catalogue, an application by letter, the office's telephone)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/disclosure-catalogue", "┌ 政府信息公开指南"),
    ("tools/disclosure-catalogue", "┏━ 法定主动公开内容"),
    ("tools/disclosure-catalogue", "┍ 机构职能（12）"),
    ("tools/disclosure-catalogue", "▼ 政府信息公开"),
    ("tools/disclosure-catalogue", "▽ 部门信息公开"),
    ("tools/disclosure-catalogue", "▾ 村务公开"),
    ("tools/disclosure-catalogue", "政府信息公开目录"),
    ("tools/disclosure-catalogue", "政府信息公开目录（356）"),
    ("tools/disclosure-catalogue-tail", "政府信息公开目录"),
    ("tools/disclosure-catalogue-tail", "【信息公开目录】"),
    ("tools/disclosure-catalogue-tail", "政务公开目录(48)"),
    ("tools/page-actions-bare", "我要申请"),
    ("tools/page-actions-bare", "我要申请 | 返回列表"),
    ("tools/page-actions-bare", "在线申请　　申请表下载"),
    ("tools/page-actions-bare", "政府信息公开申请表下载"),
    ("tools/page-actions-bare", "信息公开意见箱"),
    ("tools/disclosure-section-links", "【公开指南】【公开制度】【公开年报】【依申请公开】"),
    ("tools/disclosure-section-links", "信息公开指南 | 法定主动公开内容 | 依申请公开"),
    ("tools/disclosure-section-links", "政府信息公开指南　政府信息公开制度　政府信息公开年报"),
    ("tools/disclosure-section-links", "〔主动公开目录〕〔依申请公开〕"),
    ("tools/disclosure-section-links", "政务公开指南｜政务公开年报"),
    ("label-table/disclosure-labels", "信息索引号：002418975/202501-00007"),
    ("label-table/disclosure-labels", "信息索引号 11330100MB0T12345X/2025-00031"),
    ("label-table/disclosure-labels", "信息索引号:000014349/2024-11207　　主题分类:综合政务"),
    ("slogan/site-name", "淮河县人民政府 · 政府信息公开网"),
    ("slogan/site-name", "北塘区人民政府｜信息公开平台"),
    ("slogan/site-name", "临江市政府・政府信息公开网"),
    ("footer/sponsor-address", "平川县人民政府办公室主办 电话:0933-5521001 Email:pcxzfb@163.com"),
    ("footer/sponsor-address", "北江市统计局主办　联系电话：0771-5512345　电子邮箱：tjj@beijiang.gov.cn"),
    ("footer/sponsor-address", "鹿城区人民政府办公室承办 | 电话：0577-88001234 | E-mail：lcqzf@126.com"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/disclosure-catalogue", "三、政府信息公开目录"),
    ("tools/disclosure-catalogue", "　　本机关编制了政府信息公开目录，可在门户网站查阅。"),
    ("tools/disclosure-catalogue", "▼ 活动现场"),
    ("tools/disclosure-catalogue-tail", "（三）政府信息公开目录"),
    ("tools/disclosure-catalogue-tail", "　　政府信息公开目录每年更新一次，由县政务公开办负责编制。"),
    ("tools/disclosure-catalogue-tail", "政府信息公开目录编制说明"),
    ("tools/page-actions-bare", "　　申请人可以点击“我要申请”在线填写申请表。"),
    ("tools/page-actions-bare", "我要申请政府信息公开，应当提交哪些材料？"),
    ("tools/page-actions-bare", "　　申请人可通过在线申请、信函申请等方式提出，申请表下载后填写。"),
    ("tools/disclosure-section-links", "二、主动公开政府信息情况"),
    ("tools/disclosure-section-links", "　　本机关的政府信息公开指南、公开制度和公开年报均在门户网站公开。"),
    ("tools/disclosure-section-links", "依申请公开"),
    ("tools/disclosure-section-links", "主动公开　依申请公开　不予公开"),
    ("label-table/disclosure-labels", "　　申请人应在申请表中注明所需信息的信息索引号、名称和文号。"),
    ("slogan/site-name", "　　全县主动公开政府信息1268条，其中通过政府信息公开网发布936条。"),
    ("slogan/site-name", "政府信息公开网建设情况"),
    ("footer/sponsor-address", "　　本次培训由县政务公开办主办，联系电话：0933-5521100，报名邮箱：pczwgk@163.com。"),
    ("footer/sponsor-address", "　　电子邮箱：申请人可发送电子邮件至xxgk@pingchuan.gov.cn提出申请。"),
]


(test_disclosure_report_chrome_is_caught,
 test_body_words_of_disclosure_report_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


GUIDE_PAGE = """北塘区人民政府｜信息公开平台
【公开指南】【公开制度】【公开年报】【依申请公开】
首页 > 信息公开 > 公开指南
▼ 政府信息公开
┌ 政府信息公开指南
├ 政府信息公开制度
└ 政府信息公开年报
北塘区人民政府政府信息公开指南
发布时间：2025-02-20　　来源：区政府办
　　一、主动公开
　　区政府通过区政府门户网站“政府信息公开目录”栏目主动公开政府信息。
　　二、依申请公开
　　受理机构：北塘区人民政府办公室
　　地址：北塘区滨河路2号
　　邮编：214000
　　电话：0510-83001234
　　办公时间：工作日9:00-12:00，13:30-17:30
　　申请人可在门户网站点击“我要申请”在线提交申请，也可以信函方式提出。
政府信息公开目录
> 机构职能
> 政策文件
> 公开年报
我要申请
北塘区人民政府办公室主办 电话:0510-83001200 Email:btqzf@163.com
"""


def test_a_disclosure_guide_keeps_its_contacts_and_loses_its_catalogue() -> None:
    """A whole guide page of another site: the catalogue tree above the
    headline (its row of sections, an open node's ▼, the ┌ branch), the catalogue header and
    button under the text and the sponsor's footer with its mailbox go; the
    guide's own office, address, postcode, telephone and hours, and its
    sentences naming the catalogue and the 我要申请 button, stay, and the
    headline is the guide's, not the tree's first branch."""
    doc = clean(GUIDE_PAGE)
    text = doc.text
    body = [line.strip() for line in GUIDE_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("【公开指南】", "▼", "┌", "├ 政府信息公开制度", "信息公开平台", "> 机构职能", "Email", "\n我要申请\n"):
        assert chrome not in "\n" + text + "\n", chrome
    assert "政府信息公开目录\n" not in text
    assert doc.metadata.get("title") == "北塘区人民政府政府信息公开指南"
    assert doc.metadata.get("date") == "2025-02-20"
