"""Chrome of natural resources, planning and real-estate registration sites
(held-out pages h1210-h1219): each rule catches lines worded otherwise than
the pages it was written for (other offices, other services, Traditional
script), and leaves alone the body sentences of land notices, registration
notices and hazard warnings that use the same words (a trading system, an
online hall, a 一张图 map service, a hazard hotline, convenience services)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/map-enlarge-caption", "地质灾害隐患点分布一张图（点击查看）"),
    ("tools/map-enlarge-caption", "国土空间规划一张图【点击放大】"),
    ("tools/map-enlarge-caption", "项目宗地图（点击查看大图）"),
    ("tools/map-enlarge-caption", "地块区位图[点击放大]"),
    ("tools/map-enlarge-caption", "征收范围红线图（点此查看）"),
    ("tools/live-query-link", "不动产登记网上办事大厅 >>"),
    ("tools/live-query-link", "国有建设用地使用权网上交易系统 »"),
    ("tools/live-query-link", "自然资源一张图 →"),
    ("tools/live-query-link", "企业开办服务平台>>"),
    ("tools/live-query-link", "政务服务大厅》》"),
    ("tools/land-service-link-row", "临江市国土空间规划“一张图”　｜　中国土地市场网　｜　湖南省自然资源厅"),
    ("tools/land-service-link-row", "中国土地市场网 | 自然资源部 | 省自然资源厅"),
    ("tools/land-service-link-row", "地籍资料查询 / 矿业权交易平台 / 不动产登记网"),
    ("tools/land-service-link-row", "国土空间规划“一张图”·土地市场动态监测与监管系统"),
    ("tools/land-service-link-row", "全国地籍资料查询系统｜地籍图资网络便民服务系统｜不动产成交案件实际信息查询"),
    ("related/venue-service-header", "地政便民服务"),
    ("related/venue-service-header", "便民服务"),
    ("related/venue-service-header", "不动产便民服务专区"),
    ("related/venue-service-header", "【政务便民服务】"),
    ("footer/service-hotline", "发现地质灾害险情请拨打：12336"),
    ("footer/service-hotline", "遇到火情请立即拨打：119"),
    ("footer/service-hotline", "发现违法占用耕地行为请拨打：12336"),
    ("footer/service-hotline", "停电报修请致电：95598"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/map-enlarge-caption", "请登录国土空间规划“一张图”系统查看地块信息。"),
    ("tools/map-enlarge-caption", "地块位置详见一张图（附件2）。"),
    ("tools/live-query-link", "申请人可通过不动产登记网上办事大厅提交申请。"),
    ("tools/live-query-link", "登录网上交易系统后，点击“我要报名”。"),
    ("tools/live-query-link", "不动产登记网上办事大厅"),
    ("tools/land-service-link-row", "竞买申请人须通过网上交易系统提交竞买申请，并缴纳保证金。"),
    ("tools/land-service-link-row", "1｜苍岭省自然资源厅｜采矿权｜6480"),
    ("tools/land-service-link-row", "本公告同时在中国土地市场网、省自然资源厅门户网站发布。"),
    ("tools/land-service-link-row", "抄送：市自然资源局｜市住建局"),
    ("tools/land-service-link-row", "宗地编号 | 宗地位置 | 面积（平方米） | 用途 | 竞得人"),
    ("related/venue-service-header", "三、便民服务"),
    ("related/venue-service-header", "便民服务中心地址：城关镇人民路1号"),
    ("related/venue-service-header", "持续优化不动产登记便民服务措施。"),
    ("footer/service-hotline", "如发现地质灾害险情，请拨打：12336。"),
    ("footer/service-hotline", "发现险情请拨打12336报告。"),
    ("footer/service-hotline", "报名咨询请拨打：0736-7251089"),
    ("footer/service-hotline", "发现地质灾害险情请立即拨打12336或就近向乡镇人民政府报告，并组织群众撤离。"),
]


(test_natural_resources_chrome_is_caught,
 test_body_words_of_natural_resources_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


LAND_BUREAU_PAGE = """青峪县自然资源局
首页 | 政务公开 | 土地管理 | 地质灾害防治 | 办事服务
首页 > 政务公开 > 通知公告
关于做好汛期地质灾害防范工作的通知
发布时间：2026-06-02　　来源：青峪县自然资源局
各乡镇人民政府，县直有关单位：
　　入汛以来，我县降雨明显偏多。各乡镇要对照地质灾害隐患点“一张图”，逐点落实监测责任人，群众可通过县政务服务网“便民服务”栏目查询本村隐患点位置。
　　发现地质灾害险情，请立即拨打12336或县自然资源局值班电话0736-5218899报告，并就近组织群众撤离。
　　地块出让、不动产登记等业务照常通过网上交易系统和不动产登记网上办事大厅办理。
青峪县自然资源局
2026年6月2日
隐患点分布一张图（点击查看）
发现地质灾害险情请拨打：12336
不动产登记网上办事大厅 >>
县国土空间规划“一张图” ｜ 中国土地市场网 ｜ 省自然资源厅
便民服务
地籍资料查询
不动产登记进度查询
青峪县自然资源局主办　湘ICP备16001234号-1
"""


def test_a_land_bureau_notice_keeps_its_sentences_on_the_services_its_chrome_links_to() -> None:
    """A bureau's notice on the flood season: the map entry, the hazard
    hotline banner, the online hall's link, the row of service links and the
    convenience-service box under the sign-off go, and the notice's own
    sentences that name the same map, hotline, hall and trading system stay."""
    doc = clean(LAND_BUREAU_PAGE)
    text = doc.text
    body = [line.strip() for line in LAND_BUREAU_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("（点击查看）", "请拨打：12336", "办事大厅 >>", "中国土地市场网 ｜", "地籍资料查询", "不动产登记进度查询"):
        assert chrome not in text, chrome
    assert "青峪县自然资源局\n2026年6月2日" in text


def test_a_traditional_land_office_page_loses_its_convenience_box() -> None:
    """A Taiwan land office's release: its 地政便民服務 box of query links
    under the text goes once the script is converted; the release's own
    sentence naming the same query system stays."""
    page = ("臺南市政府地政局\n首頁 > 最新消息\n地價稅開徵 請於期限內繳納\n發布日期：115-11-01\n"
            "　　地政局表示，民眾可透過「全國地籍資料查詢系統」查詢土地公告地價，如有疑義請洽各地政事務所。\n"
            "　　本年度地價稅開徵期間自11月1日起至11月30日止，逾期繳納將加徵滯納金。\n"
            "地政便民服務\n全國地籍資料查詢系統\n地籍圖資網路便民服務系統\n"
            "臺南市政府地政局 版權所有\n")
    text = clean(page).text
    assert "民众可透过「全国地籍资料查询系统」查询土地公告地价" in text
    assert "地政便民服务" not in text
    assert "地籍图资网路便民服务系统" not in text
