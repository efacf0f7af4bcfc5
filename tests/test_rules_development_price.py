"""Chrome of development-reform, price and industry bureaus' pages (held-out
pages h1330-h1339): each rule catches lines worded otherwise than the pages it
was written for (other bureaus, other numbers, other brackets, other
separators), and leaves alone the notices' sentences that use the same words
(how to report a price offence, which credit sites a page links to, how to
look up a project)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a labelled report number beside another channel, at the page's foot
    ("footer/report-channel-banner", "价格违法行为举报：12358（全国价格举报热线）　网上举报入口 →"),
    ("footer/report-channel-banner", "价格举报：12358　|　网上举报"),
    ("footer/report-channel-banner", "收费举报：(0736)3156018　在线举报"),
    ("footer/report-channel-banner", "电话举报：0736-3156018　网上举报入口"),
    ("footer/report-channel-banner", "价格违法行为检举：12358　网上检举入口"),
    ("footer/report-channel-banner", "乱收费举报：12345　｜　举报平台：www.12345.gov.cn"),
    # a row of official sites' names in square brackets under the text
    ("related/bracketed-site-links", "[信用中国]　[信用蓼城]　[国家发展改革委]　[湖南省发展改革委]"),
    ("related/bracketed-site-links", "【中国政府网】【省人民政府】【市发展改革委】"),
    ("related/bracketed-site-links", "［信用中国］［国家企业信用信息公示系统］［全国投资项目在线审批监管平台］"),
    ("related/bracketed-site-links", "[工业和信息化部] | [省工业和信息化厅] | [中国中小企业信息网]"),
    ("related/bracketed-site-links", "【信用湖州】 【国家发展改革委】 【浙江政务服务网】 【市统计局】"),
    # a bare 【解读】 before the title of the interpretation it links to
    ("related/labelled-link", "【解读】《关于公布2026年第二季度桐柏市城区停车收费标准的通知》政策解读"),
    ("related/labelled-link", "[解读] 一图读懂分时电价新政"),
    ("related/labelled-link", "〔解读〕关于完善居民阶梯电价制度的解读"),
    # a service box's button with its arrow
    ("tools/banner-call-to-action", "企业诉求在线提交 >>"),
    ("tools/banner-call-to-action", "价格投诉在线反映 →"),
    ("tools/banner-call-to-action", "政企互动在线留言»"),
]

KEPT: list[tuple[str, str]] = [
    # one report number alone is a notice's contact line; a sentence has a comma or a full stop
    ("footer/report-channel-banner", "价格举报：12358"),
    ("footer/report-channel-banner", "如发现价格违法行为，请拨打价格举报电话12358举报。"),
    ("footer/report-channel-banner", "价格违法行为举报：12358（全国价格举报热线），市民也可登录网上举报平台。"),
    ("footer/report-channel-banner", "市民对收费有异议的可向价格主管部门举报：0736-3156018，或者到窗口投诉。"),
    # the page's own tools, numbered items, and a sentence that names the sites
    ("related/bracketed-site-links", "[打印] [关闭] [返回]"),
    ("related/bracketed-site-links", "【一】【二】【三】"),
    ("related/bracketed-site-links", "[信用中国] 网站查询结果显示，该企业无失信记录。"),
    ("related/bracketed-site-links", "【国家发展改革委】【省发展改革委】关于做好价格工作的通知"),
    ("related/bracketed-site-links", "网站页面底部可设置[信用中国][国家发展改革委][省发展改革委]等链接。"),
    # a clause-by-clause interpretation's paragraph
    ("related/labelled-link", "【解读】本条明确了价格听证的适用范围。"),
    ("related/labelled-link", "【解读】本条规定，经营者应当明码标价"),
    # a sentence on how to submit, ending with its full stop
    ("tools/banner-call-to-action", "企业可通过政务服务网在线提交申请材料。"),
]


(test_development_price_chrome_is_caught,
 test_body_words_of_development_price_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


FILING_PAGE = """临川县工业和信息化局
首页 > 通知公告
临川县技术改造项目备案信息公示（第3批）
发布日期：2026-03-02　来源：临川县工业和信息化局
　　现将2026年2月通过审核的技术改造项目备案信息公示如下，公示期5个工作日。
项目代码：2602-361021-07-02-100238
项目名称：年产5000吨特种纸技术改造项目
总投资：3200万元
临川县工业和信息化局
2026年3月2日
技改项目信息查询
请输入项目代码或项目名称　查询
版权所有：临川县工业和信息化局
"""


def test_a_query_box_title_goes_with_its_box() -> None:
    """The title of a project-lookup box right above its input line goes with
    the box; the record's fields and the notice stay."""
    text = clean(FILING_PAGE).text
    assert "技改项目信息查询" not in text
    assert "请输入项目代码" not in text
    for kept in ("项目代码：2602-361021-07-02-100238", "总投资：3200万元", "公示期5个工作日"):
        assert kept in text, kept


GUIDE_PAGE = """临川县工业和信息化局
首页 > 办事指南
技改项目备案办事指南
发布日期：2026-03-02　来源：临川县工业和信息化局
　　一、办理依据
　　《企业投资项目核准和备案管理条例》。
　　二、办理流程
　　企业通过全国投资项目在线审批监管平台在线填报，县工信局在2个工作日内完成备案。
技改项目信息查询
　　企业可登录平台，输入项目代码查询备案信息，查询结果与纸质备案证明具有同等效力。
"""


def test_a_guide_heading_that_names_a_query_stays() -> None:
    """The same title as a guide's heading, above its paragraph and not above a
    query box, is the guide's text and stays."""
    text = clean(GUIDE_PAGE).text
    assert "技改项目信息查询" in text
    assert "输入项目代码查询备案信息" in text


TID_PAGE = """工業貿易署
新聞稿
工業貿易署提醒商戶遵守價格標示規定
　　工業貿易署今日（五月十二日）提醒零售商戶，商戶在展示商品價格時須清楚列明價格，不得作出虛假或具誤導性的價格標示。
　　市民如對商品價格標示有疑問，可致電2398 5133查詢。
完
2026年5月12日（星期二）
香港時間16時00分
本網頁最近修訂日期：2026年5月13日
私隱政策 | 重要告示 | 網頁指南
"""


def test_a_revision_stamp_naming_the_page_goes_and_does_not_date_it() -> None:
    """A Hong Kong press page's foot stamp that names the page
    (本網頁最近修訂日期：…) is the page's last change: it goes, and the release
    date above it dates the page."""
    doc = clean(TID_PAGE)
    assert "修订日期" not in doc.text
    assert "商户在展示商品价格时须清楚列明价格" in doc.text
    assert doc.metadata.get("date") == "2026-05-12"


SERVICE_BOX_PAGE = """临川县工业和信息化局
首页 > 通知公告
关于申报县级工业发展专项资金项目的通知
发布时间：2026/03/18　来源：临川县工业和信息化局
　　现组织申报2026年度县级工业发展专项资金项目，申报时间为2026年3月20日至4月20日。
　　企业可通过县政务服务网企业服务专区在线提交申报材料。
临川县工业和信息化局
2026年3月18日
企业诉求直通车
企业诉求在线提交 >>
版权所有：临川县工业和信息化局
"""


def test_a_service_box_name_goes_with_its_button() -> None:
    """A service box's name right above its button line goes with it; the
    notice's sentence that names the same channel stays."""
    text = clean(SERVICE_BOX_PAGE).text
    assert "企业诉求直通车" not in text
    assert "在线提交 >>" not in text
    assert "企业服务专区在线提交申报材料" in text
    assert "2026年3月18日" in text


JOINT_NOTICE = """吴兴市发展和改革委员会
吴兴市市场监督管理局
关于公布吴兴市2026年度城区学前教育保育教育费
收费标准的通知
吴发改价〔2026〕8号
各县区发展改革局、市场监管局，各公办幼儿园：
　　经市政府同意，现将我市城区公办幼儿园保育教育费收费标准通知如下：
　　一、省级示范幼儿园每生每月1050元，其他公办幼儿园每生每月720元。
　　二、本通知自2026年9月1日起执行。
吴兴市发展和改革委员会　　吴兴市市场监督管理局
2026年6月20日
"""


@pytest.mark.parametrize("head", ["吴兴市市场监督管理局", "吴兴市市场监督管理局文件"])
def test_a_joint_red_head_is_not_the_title(head: str) -> None:
    """Two issuers' names one under the other above a jointly issued
    notice (the last maybe with 文件) are its red head: the title is the
    notice's own, broken over two lines."""
    doc = clean(JOINT_NOTICE.replace("吴兴市市场监督管理局\n关于", head + "\n关于"))
    assert doc.metadata.get("title") == "关于公布吴兴市2026年度城区学前教育保育教育费收费标准的通知"
    assert "吴兴市发展和改革委员会" in doc.text
