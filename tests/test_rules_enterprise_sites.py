"""Chrome of enterprise and state-owned-enterprise sites (held-out pages
h680-h689): each rule catches lines worded otherwise than the pages it was
written for (other companies, exchanges, spellings, Traditional script), and
leaves alone the body sentences that use the same words (a hotline, a share
price, an online service named in a company's news)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/company-stock-ticker", "股票代码：600123　某某股份　最新价 12.34　+0.56%"),
    ("tools/company-stock-ticker", "证券代码：002415　收盘价：28.60元　-1.02%"),
    ("tools/company-stock-ticker", "股票代码:SH601985 现价 9.87 (+2.11%)"),
    ("tools/company-stock-ticker", "股份代号：2688.HK　HK$ 61.20　▼1.30 (2.08%)　延迟报价"),
    ("tools/company-stock-ticker", "A股代码 601857　股价 8.12　↑0.35%"),
    ("tools/company-hotline-top-bar", "服务热线：400-600-1234　在线客服　中文 | EN"),
    ("tools/company-hotline-top-bar", "全国客服热线 400 888 5678 | 在线咨询 | 加入收藏"),
    ("tools/company-hotline-top-bar", "销售热线:800-820-0000  English"),
    ("tools/company-hotline-top-bar", "客服電話：400-123-4567　繁体中文　English"),
    ("tools/page-actions-bare", "在线客服"),
    ("tools/page-actions-bare", "在线留言 | 返回顶部"),
    ("tools/page-actions-bare", "留言咨询"),
    ("tools/page-actions-bare", "下载PDF版本　分享　打印"),
    ("tools/page-actions-bare", "客服中心　登录　注册"),
    ("footer/service-hotline", "95598供电服务热线　24小时故障报修"),
    ("footer/service-hotline", "燃气抢修热线：96777　7×24小时在线服务"),
    ("footer/service-hotline", "供水服务热线 96116（24小时受理）"),
    ("tools/company-hotline-top-bar", "客服热线：400-100-2233　|　投诉建议　|　English"),
    ("tools/page-actions-bare", "在线咨询"),
    ("tools/company-hotline-head", "全国统一服务热线 400-888-6688"),
    ("tools/company-hotline-head", "客服电话：800-820-1234"),
    ("tools/company-hotline-top-bar", "全国统一服务热线：400-888-6688　|　在线客服"),
    ("tools/company-share-codes", "A股代码：600886　H股代码：00916"),
    ("tools/company-share-codes", "股票代码：601857.SH | 00857.HK"),
    ("tools/company-share-codes", "證券代碼 000651　H股代號 1211"),
    ("related/group-member-links", "集团成员单位：某某供水公司 | 某某排水公司 | 某某水质检测公司"),
    ("related/group-member-links", "子公司链接：陇原路桥建设公司　陇原交通物流公司"),
    ("related/group-member-links", "旗下企业：华川第一建筑有限公司、华川设计研究院、华川混凝土厂"),
    ("related/group-member-links", "集團成員單位：港灣電力有限公司　港灣能源服務有限公司"),
    ("footer/company-contact-channels", "商务合作：bd@example.com"),
    ("footer/company-contact-channels", "广告合作：021-6123 4567　|　简历投递：hr@example.com.cn"),
    ("footer/company-contact-channels", "投资者关系：0512-67885210"),
    ("footer/company-contact-channels", "媒体合作：13912345678"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/company-stock-ticker", "证券代码：603297　　证券简称：恒昌新材　　公告编号：2025-031"),
    ("tools/company-stock-ticker", "股票代码：600123　　股票简称：某某股份"),
    ("tools/company-stock-ticker", "截至5月20日收盘，公司股价报12.34元，较上一交易日上涨0.56%。"),
    ("tools/company-stock-ticker", "公司股票代码为600123，当日收盘价12.34元，涨幅0.56%，成交额3.2亿元。"),
    ("tools/company-hotline-top-bar", "用户如有疑问，可拨打服务热线400-600-1234或通过在线客服咨询。"),
    ("tools/company-hotline-top-bar", "全国服务热线：400-600-1234"),
    ("tools/company-hotline-top-bar", "咨询电话：0571-87654321　在线客服"),
    ("tools/page-actions-bare", "集团在线客服平台全年受理用户诉求12万件，满意率达99.2%。"),
    ("tools/page-actions-bare", "用户可在网上营业厅在线留言反映问题。"),
    ("footer/service-hotline", "如遇停电，请拨打95598供电服务热线，24小时故障报修人员将及时到场处置。"),
    ("footer/service-hotline", "集团96777燃气服务热线实行7×24小时值守，全年接听用户来电38万次。"),
    ("related/group-member-links", "集团成员单位共有12家，其中上市公司3家。"),
    ("tools/company-hotline-head", "用户可拨打400-888-6688服务热线咨询。"),
    ("tools/company-hotline-head", "服务热线：400-888-6688（工作日9:00-17:00），节假日请拨打值班电话。"),
    ("tools/company-share-codes", "证券代码：603297　　证券简称：恒昌新材　　公告编号：2025-031"),
    ("tools/company-share-codes", "A股代码：601857　A股简称：中国石油　公告编号：临2025-012"),
    ("tools/company-share-codes", "股票代码：600123"),
    ("related/group-member-links", "所属企业：市供水公司牵头，市排水公司、市水质检测中心配合。"),
    ("related/group-member-links", "下属企业的安全生产工作由集团安全环保部统一监督。"),
    ("footer/company-contact-channels", "商务合作：有意向的企业请于6月30日前与集团投资发展部联系。"),
    ("footer/company-contact-channels", "投资者关系管理工作由董事会秘书负责，联系电话0512-67885210。"),
]


test_enterprise_chrome_is_caught, test_enterprise_body_sentence_is_kept = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "source"), [
    ("发布人：营销部（农电工作部）　　发布时间：2025-04-16 09:30", "营销部（农电工作部）"),
    ("发布时间：2024-08-02　发布人：党委宣传部　浏览：312", "党委宣传部"),
    ("发布者：客户服务中心　日期：2023-12-01", "客户服务中心"),
    ("發布人：安全環保部　發布時間：2024-03-08", "安全環保部"),
    ("发布人：综合办公室　2024-06-30", "综合办公室"),
])
def test_publisher_department_is_the_source(line: str, source: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields.get("source") == source


@pytest.mark.parametrize("line", [
    "发布人：王晓东　发布时间：2024-01-02",
    "发布人：县委组织部　　来源：中共桐柏县委组织部　　发布时间：2024年11月04日",
    "发布人：admin　发布时间：2024-01-02",
    "发布者：李科　发布时间：2024-01-02",
])
def test_publisher_person_or_other_source_is_not_taken(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None
    assert meta.fields.get("source") in (None, "中共桐柏县委组织部")


def test_company_page_keeps_its_service_sentences() -> None:
    page = ("服务热线：400-600-1234　在线客服　中文 | EN\n"
            "某某燃气集团\n"
            "首页 | 走进集团 | 新闻中心 | 产品与服务 | 联系我们\n"
            "集团优化燃气报装服务\n"
            "　　即日起，用户可通过400-600-1234服务热线、在线客服或营业厅办理燃气报装，办理时限压缩至3个工作日。\n"
            "　　集团股票代码为600123，本次服务优化不涉及公司经营业绩的重大变化。\n"
            "在线留言\n"
            "95598供电服务热线　24小时故障报修\n")
    text = clean(page).text
    assert "400-600-1234服务热线" in text and "股票代码为600123" in text
    assert "在线客服　中文" not in text and "在线留言\n" not in text and "24小时故障报修" not in text
