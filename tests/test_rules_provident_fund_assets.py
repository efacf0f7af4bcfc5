"""Chrome of housing provident fund centres' and state-owned assets
commissions' pages (held-out pages h1300-h1309): each rule catches lines
worded otherwise than the pages it was written for (other centres, other
spellings, half-width punctuation), and leaves alone the body sentences that
use the same words (a notice on how a centre publishes its annual reports,
its hotline and its PDF files)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a press office's list of its other releases under the text
    ("related/list-header", "其他新闻稿"),
    ("related/list-header", "其它新闻稿"),
    ("related/list-header", "其他新闻公报："),
    # a disclosure site's earlier annual reports, as a header or a labelled row
    ("related/list-header", "历年年报"),
    ("related/list-header", "【往年年度报告】"),
    ("related/labelled-link", "往年年报：2023年年度报告 ｜ 2022年年度报告 ｜ 2021年年度报告"),
    ("related/labelled-link", "历年年报：2024年度　2023年度　2022年度"),
    ("related/labelled-link", "往期年报: 2023年住房公积金年度报告 | 2022年住房公积金年度报告"),
    ("related/labelled-link", "以往年度报告：《2023年政府信息公开工作年度报告》《2022年政府信息公开工作年度报告》"),
    # the site's hotline, another number and its address in the footer
    ("footer/site-address", "服务热线：12329　　监督电话：0734-8226120　　地址：衡岳市蒸湘区解放西路39号"),
    ("footer/site-address", "咨询热线：12329　投诉电话：0731-85261100　地址：湘沅市天心路188号"),
    ("footer/site-address", "公积金热线：12329  监督电话：12345  地址：东港市人民路1号政务服务中心"),
    # an embedded PDF viewer's toolbar with its page counter
    ("tools/pdf-viewer-toolbar", "第 1 页 / 共 2 页　　放大　　缩小　　适合页宽　　下载"),
    ("tools/pdf-viewer-toolbar", "第2页/共5页 【放大】【缩小】【下载】"),
    ("tools/pdf-viewer-toolbar", "1 / 3　上一页　下一页　缩放：100%"),
    ("tools/pdf-viewer-toolbar", "2 / 12　放大　缩小　旋转　打印"),
    ("tools/pdf-viewer-toolbar", "第 3 页，共 8 页　实际大小　适合页面"),
    # a centre's or a fund's English name under or beside its Chinese one
    ("slogan/english-name", "Longcheng Housing Provident Fund"),
    ("slogan/english-name", "Social Security Fund"),
    ("slogan/english-name", "Housing Provident Fund Management Center of Hengyue"),
    ("slogan/english-name", "State-owned Assets Supervision and Administration Commission of Linchuan Municipal Government"),
    ("slogan/bilingual-name", "龙城住房公积金　Longcheng Housing Provident Fund"),
    ("slogan/bilingual-name", "社会保障基金 Social Security Fund"),
    ("slogan/bilingual-name", "衡岳市住房公积金管理中心 Hengyue Housing Provident Fund Management Center"),
]

KEPT: list[tuple[str, str]] = [
    ("related/list-header", "其他新闻稿件由各处室自行审核后报送。"),
    ("related/list-header", "历年年报均可在中心门户网站查阅。"),
    ("related/labelled-link", "历年年报：中心自2017年起每年3月底前公布上一年度报告。"),
    ("related/labelled-link", "往年年报：按照国务院有关规定，2024年起统一在年报公布栏目发布"),
    ("footer/site-address", "服务热线：12329　监督电话：本地区监督电话　地址：网点详细地址"),
    ("footer/site-address", "咨询热线：12329，监督电话：0734-8226120，地址：衡岳市解放西路39号。"),
    ("tools/pdf-viewer-toolbar", "第1页/共2页的附件中列明了放大、缩小比例的要求。"),
    ("tools/pdf-viewer-toolbar", "本通知共2页，请放大后下载打印。"),
    ("tools/pdf-viewer-toolbar", "阅读器应支持放大、缩小、适合页宽和下载功能，并以“第1页/共2页”形式显示页码。"),
    ("slogan/english-name", "The allowance will be paid into the holder's provident fund account."),
    ("slogan/bilingual-name", "缴存职工可登录住房公积金 Housing Provident Fund 网上业务大厅办理。"),
    ("slogan/bilingual-name", "全市社会保障基金 Social Security Fund 收支情况见下表。"),
]


(test_provident_fund_and_assets_chrome_is_caught,
 test_body_words_of_provident_fund_and_assets_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


WECHAT_PAGE = """{head}
市属国企改革三年行动成效显著
原创　国资委　{account}　2025年05月20日 18:00　浙江
　　今年以来，市属企业聚焦主责主业，完成战略性重组2组，清理退出非主业企业8户。
　　市属企业经理层成员任期制和契约化管理实现全覆盖，可添加客服微信号：gzw_kf2025 咨询相关政策。
　　下一步，市国资委将推动改革任务全面落地见效。
编辑丨王一鸣　审核丨李华
{account}
{wechat_id}
阅读原文
"""


@pytest.mark.parametrize("wechat_id", ["微信号：lyguozi2018", "微信号 | lyguozi_2018", "微信ID：LYGZW-01"])
def test_a_wechat_accounts_id_after_the_body_goes_with_its_name(wechat_id: str) -> None:
    """On a WeChat page (its header line names the account) the account's ID
    alone on a line after the body is its follow card, like the name above it;
    a body sentence that gives a service account's ID stays."""
    page = WECHAT_PAGE.format(head="点击蓝字　关注我们", account="临洋国资", wechat_id=wechat_id)
    text = clean(page).text
    assert wechat_id not in text
    assert "可添加客服微信号：gzw_kf2025 咨询相关政策。" in text
    assert "下一步，市国资委将推动改革任务全面落地见效。" in text


def test_a_wechat_id_line_on_a_page_with_no_wechat_header_stays() -> None:
    """Without a WeChat header line the page is no account's article: a
    notice's last line giving the centre's account ID is its own contact."""
    page = ("临洋市住房公积金管理中心关于开通微信公众号的公告\n"
            "　　为方便缴存职工查询业务，中心微信公众号已于即日起正式开通，缴存职工可搜索下方微信号关注。\n"
            "　　关注后可办理账户查询、提取进度查询和贷款试算等业务。\n"
            "微信号：lygjj12329\n")
    assert "微信号：lygjj12329" in clean(page).text


OUTLETS_PAGE = """江陵市住房公积金管理中心
首页 | 中心概况 | 政务公开 | 服务网点 | 12329服务
当前位置：首页 > 服务网点
江陵市住房公积金管理中心各管理部地址及联系电话
发布时间：2025-03-12　　来源：本站
市直管理部　地址：江陵市荆州大道88号市民之家三楼　电话：0716-8123401
沙市管理部　地址：沙市区北京中路126号　电话：0716-8123402
荆州区管理部　地址：荆州区荆中路33号　电话：0716-8123403
松滋管理部　地址：松滋市新江口镇玉岭路5号　电话：0716-6221104
服务热线：12329　监督电话：0716-8123400　地址：江陵市荆州大道88号
版权所有：江陵市住房公积金管理中心　鄂ICP备10002345号
"""


def test_an_outlets_list_page_keeps_its_rows() -> None:
    """A page that is the list of a centre's outlets (each with its address
    and telephone, the shape of a footer's address line) keeps every row as
    its text, though every row is at the page's edge; a source naming no one
    (来源：本站) gives no source. (The site's hotline and address right under
    such a list reads like one more row and stays: the classifier keeps the
    rows of a page with no prose alike.)"""
    doc = clean(OUTLETS_PAGE)
    rows = [line for line in OUTLETS_PAGE.splitlines() if "管理部　地址" in line]
    assert len(rows) == 4
    assert all(row in doc.text for row in rows)
    assert "ICP备" not in doc.text
    assert doc.metadata.get("source") is None
    assert doc.metadata.get("date") == "2025-03-12"
