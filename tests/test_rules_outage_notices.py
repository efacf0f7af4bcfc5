"""Chrome of utility outage notices and emergency bulletins (held-out pages
h640-h649: 停电公告 of a power supply company, 停水 and 停气 notices, 地震速报,
雨水情 bulletins, 地质灾害 warnings, road and flight disruption notices).

Each rule catches lines worded otherwise than the pages it was written for
(other utilities, other sites, Traditional script, half-width punctuation),
and leaves alone the notice's own lines that use the same words: a notice
that tells readers to call 95598 or to follow an account for updates, a
monitoring system that refreshes its data, a caption of a photo, the times
and areas of an outage."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/service-hotline", "全国供电服务热线 95598 ｜ 7×24小时为您服务"),
    ("footer/service-hotline", "供电服务热线：95598（24小时）"),
    ("footer/service-hotline", "95598供电服务热线 7*24h"),
    ("footer/service-hotline", "燃气服务热线 96777 全天候受理"),
    ("footer/service-hotline", "政务服务便民热线12345 24小时在线"),
    ("tools/auto-refresh-note", "本页面每5分钟自动刷新一次，最近更新：2026-05-08 14:35"),
    ("tools/auto-refresh-note", "页面每30秒自动刷新"),
    ("tools/auto-refresh-note", "本页数据每隔10分钟自动更新"),
    ("tools/auto-refresh-note", "页面自动刷新中"),
    ("tools/auto-refresh-note", "最近更新时间：2026/07/21 09:10　本页面每5分钟自动刷新"),
    ("tools/auto-refresh-note", "30秒后刷新 | 停止刷新"),
    ("tools/auto-refresh-note", "本页面每5分钟自动刷新一次"),
    ("tools/scrolling-ticker", "【滚动】防汛Ⅳ级应急响应已启动，请关注最新预警信息"),
    ("tools/scrolling-ticker", "[滚动播报] 受强降雨影响，G60部分路段封闭"),
    ("tools/scrolling-ticker", "〖滚动〗台风警报已解除"),
    ("tools/map-enlarge-caption", "震中位置示意图（点击查看大图）"),
    ("tools/map-enlarge-caption", "停电区域分布图[点击放大]"),
    ("tools/map-enlarge-caption", "停水范围图【点击查看】"),
    ("tools/map-enlarge-caption", "雷达回波图(点击看大图)"),
    ("tools/map-enlarge-caption", "路况地图（每10分钟刷新）"),
    ("tools/map-enlarge-caption", "降雨量分布图[实时更新]"),
    ("tools/live-query-link", "航班动态实时查询 >>"),
    ("tools/live-query-link", "停电信息查询»"),
    ("tools/live-query-link", "实时水情查看 →"),
    ("tools/live-query-link", "路况详情＞＞"),
    ("tools/follow-account-for-updates", "实时路况请关注“澄州交警”微信公众号或拨打122"),
    ("tools/follow-account-for-updates", "更多停电信息请关注“网上国网”APP"),
    ("tools/follow-account-for-updates", "最新雨情敬请关注“川州水利”官方微博"),
    ("tools/follow-account-for-updates", "及时掌握航班动态，请扫码关注禾城机场公众号"),
    ("tools/follow-account-for-updates", "实时路况请关注「澄州交警」微信公众号"),
    ("tools/auto-refresh-note", "地震信息每2分钟更新一次，请勿频繁刷新"),
    ("tools/auto-refresh-note", "水情数据每隔10分钟自动刷新,无需手动刷新"),
    ("tools/follow-account-for-updates", "温馨提示：关注“国网青川供电”微信公众号，可及时获取停电信息"),
    ("tools/follow-account-for-updates", "关注沅州水务公众号，随时掌握停水通知"),
    ("tools/follow-account-for-updates", "下载“网上国网”APP,提前接收停电提醒"),
    ("slogan/service-pledge", "国家电网　您用电　我用心"),
    ("slogan/service-pledge", "您用水，我服务"),
    ("slogan/service-pledge", "蓉和燃气 · 你用气 我放心！"),
    ("tools/app-teaser", "下载“禾城机场”APP，航班动态随时掌握"),
    ("tools/app-teaser", "安装网上国网App，停电信息早知道"),
    ("tools/app-teaser", "扫码下载“蓉和燃气”客户端,用气账单随手查"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/service-hotline", "　　如有疑问，请拨打供电服务热线95598或联系城西供电所。"),
    ("footer/service-hotline", "供电公司开通95598热线7×24小时受理抢修报修，全年累计受理工单1.2万件。"),
    ("tools/auto-refresh-note", "监测数据每5分钟自动刷新一次，确保预警信息及时发布。"),
    ("tools/auto-refresh-note", "　　系统每10分钟自动更新一次各站水位。"),
    ("tools/auto-refresh-note", "页面自动刷新功能已于2026年4月上线，群众可实时查看停电信息。"),
    ("tools/scrolling-ticker", "滚动发布停电信息，方便群众及时掌握。"),
    ("tools/scrolling-ticker", "　　【滚动发布】制度自2026年起施行。"),
    ("tools/map-enlarge-caption", "图为抢修人员在震中附近排查线路（点击查看大图）"),
    ("tools/map-enlarge-caption", "　　各乡镇要对照示意图（附件2）逐户核实转移人员。"),
    ("tools/map-enlarge-caption", "　　路况地图每10分钟刷新一次，供驾驶人参考。"),
    ("tools/live-query-link", "停电时间：3月6日 08:00-18:00"),
    ("tools/live-query-link", "　　群众可通过“网上国网”APP查询停电信息。"),
    ("tools/live-query-link", "沙湾村一组→沙湾村五组"),
    ("tools/follow-account-for-updates", "　　最新管制信息请关注“澄州交警”微信公众号。"),
    ("tools/follow-account-for-updates", "请过往车辆关注“澄州交警”微信公众号发布的管制信息，服从现场指挥。"),
    ("tools/follow-account-for-updates", "关注"),
    ("tools/auto-refresh-note", "　　水情数据每10分钟更新一次，请各地及时查看，不得漏报。"),
    ("tools/follow-account-for-updates", "　　群众关注“澄州交警”微信公众号，可及时获取路况信息。"),
    ("tools/follow-account-for-updates", "关注“国网青川供电”微信公众号，可及时获取停电信息，并在线办理报修。"),
    ("slogan/service-pledge", "　　您用电有困难，我们来帮忙，供电所将上门服务。"),
    ("slogan/service-pledge", "您反映的问题我局已转交供电公司办理。"),
    ("tools/app-teaser", "下载“国家反诈中心”APP，提高防范意识。"),
    ("tools/app-teaser", "　　请用户下载“网上国网”APP，及时查询停电信息。"),
]


(test_outage_notice_chrome_is_caught,
 test_body_words_of_outage_notice_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_a_water_outage_notice_keeps_its_repeated_times_and_areas_and_loses_its_chrome() -> None:
    """A gas company's page of two stoppages: the time window and the area
    written twice (the repeats filter must keep them), the notice's own
    call to the hotline and the signature stay; the refresh note, the ticker,
    the map widget and the hotline banner with its hours go."""
    page = ("【滚动】今冬燃气安全检查进行中，请用户配合入户检查\n"
            "首页 | 停气公告 | 营业网点 | 安全用气 | 联系我们\n"
            "本页面每10分钟自动刷新一次\n"
            "关于11月两次计划停气的通知\n"
            "各位用户：\n"
            "　　因中压管网改造，我公司将分两次暂停供气，具体如下：\n"
            "第一次\n"
            "停气时间：11月12日 09:00-17:00\n"
            "停气范围：南湖苑、南湖新村\n"
            "第二次\n"
            "停气时间：11月12日 09:00-17:00\n"
            "停气范围：南湖苑、南湖新村\n"
            "　　如有疑问，请拨打燃气服务热线96777。\n"
            "南湖燃气有限公司\n"
            "2026年11月8日\n"
            "停气区域示意图（点击放大）\n"
            "燃气服务热线 96777 | 24小时为您服务\n")
    text = clean(page).text
    assert text.count("停气时间：11月12日 09:00-17:00") == 2
    assert text.count("停气范围：南湖苑、南湖新村") == 2
    for kept in ("第一次", "第二次", "请拨打燃气服务热线96777。", "南湖燃气有限公司", "2026年11月8日"):
        assert kept in text, kept
    for gone in ("【滚动】", "自动刷新", "点击放大", "24小时为您服务"):
        assert gone not in text, gone


def test_a_traditional_outage_page_loses_the_same_chrome() -> None:
    """A Taiwan water company's page in Traditional script: the refresh note
    and the map's click-to-enlarge caption go once the script is Simplified;
    the scope and the notice's own call to the service line stay."""
    page = ("本頁面每5分鐘自動刷新一次\n"
            "【停水公告】吉安鄉部分地區停水\n"
            "一、停水日期：115年6月2日（星期二）上午9時至下午4時。\n"
            "二、停水範圍：吉安鄉南昌村、北昌村。\n"
            "三、如有任何疑問，請洽本處客服專線：(03)8321-234。\n"
            "停水範圍示意圖（點擊查看大圖）\n"
            "客服專線：1910 24小時服務\n")
    text = clean(page).text
    for kept in ("停水范围：吉安乡南昌村、北昌村。", "客服专线：(03)8321-234。"):
        assert kept in text, kept
    for gone in ("自动刷新", "点击查看大图"):
        assert gone not in text, gone


@pytest.mark.parametrize("company", ["国网青川县供电公司", "沅州水务集团有限公司", "南湖燃气股份有限公司", "城西供电所"])
def test_a_notice_of_label_lines_signed_by_a_company_keeps_its_date(company: str) -> None:
    """An outage notice of label lines only (停电时间：…, 停电区域：…), no
    sentence to tell its body by, signed by the utility: the date under the
    company's name is the notice's own and stays, as under an office's."""
    page = ("青川县2026年10月15日停电计划\n"
            "日期：2026-10-12　作者：营销部\n"
            "停电时间：10月15日 08:30—18:00\n"
            "停电区域：竹园镇竹园村、新桥村、高峰村部分用户\n"
            "停电原因：线路改造\n"
            f"{company}\n"
            "2026年10月12日\n")
    text = clean(page).text
    assert "2026年10月12日" in text
    assert "日期：2026-10-12" not in text


def test_a_utility_name_above_removed_chrome_is_no_headline() -> None:
    """The utility's name at the head of its page, a pledge above it and a
    follow-our-account prompt between it and the notice's title: once the
    chrome goes, the name is a letterhead over ``关于…的公告``, not the title."""
    page = ("国家电网　您用电　我用心\n"
            "国网青川县供电公司\n"
            "温馨提示：关注“国网青川供电”微信公众号，可及时获取停电信息\n"
            "关于10月20日计划停电的公告\n"
            "　　因配网检修，将于10月20日对部分区域停电，停电期间请做好准备。\n"
            "停电时间：10月20日 08:00-17:00\n"
            "停电区域：青川县城关镇东街\n"
            "国网青川县供电公司\n"
            "2026年10月18日\n"
            "国家电网　您用电　我用心\n")
    doc = clean(page)
    assert doc.metadata["title"] == "关于10月20日计划停电的公告"
    assert doc.metadata["date"] == "2026-10-18"
    assert "您用电" not in doc.text and "温馨提示" not in doc.text
    assert "停电区域：青川县城关镇东街" in doc.text and "2026年10月18日" in doc.text
