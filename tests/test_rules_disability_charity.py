"""Chrome of disabled persons' federations, Red Cross societies and charity
federations (held-out pages h1290-h1299): each rule catches lines worded
otherwise than the pages it was written for (other sites, other toolbars,
Traditional script after conversion), and leaves alone the body sentences
that use the same words (a notice on accessible sites, a donation list's
hotline and account, a numbered item on keyboard shortcuts)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # an assistive toolbar: its label and its controls (speech, speed, colours, zoom, cursor, subtitles, exit)
    ("tools/accessibility-bar", "辅助工具：声音开关　语速调节　配色方案　文字放大　文字缩小　鼠标样式　大字幕　退出辅助"),
    ("tools/accessibility-bar", "无障碍工具条：页面放大 | 页面缩小 | 高对比度 | 辅助线 | 关闭辅助工具"),
    ("tools/accessibility-bar", "声音开关 语速 阅读方式 配色 大鼠标 十字线 大字幕 重置 退出服务"),
    ("tools/accessibility-bar", "工具栏：文字放大　文字缩小　字幕开关"),
    ("tools/accessibility-bar", "信息无障碍辅助浏览：声音开关 | 配色 | 放大镜"),
    # a note on the site's keyboard shortcuts for screen readers
    ("tools/accessibility-shortcut-hint", "本页面已适配屏幕阅读器，快捷键Alt+1进入正文"),
    ("tools/accessibility-shortcut-hint", "盲人用户请按Alt+Shift+A开启辅助工具"),
    ("tools/accessibility-shortcut-hint", "按Ctrl+Alt+R开启读屏"),
    ("tools/accessibility-shortcut-hint", "视障用户可使用快捷键 ALT + 2 跳至导航"),
    # a QR code's caption: scan to give, to register, to join
    ("tools/scan-to-act", "扫码登记成为造血干细胞捐献志愿者"),
    ("tools/scan-to-act", "扫一扫加入志愿者队伍"),
    ("tools/scan-to-act", "微信扫码捐款"),
    ("tools/scan-to-act", "扫码成为红十字会员"),
    ("tools/scan-to-act", "扫码注册成为助残志愿者"),
    ("tools/scan-to-act", "手机扫码加入中华骨髓库"),
    ("tools/scan-to-act", "扫描二维码捐赠"),
    # a donation box's header and a row of donate links with the donation hotline
    ("tools/donate-buttons", "爱心捐赠通道"),
    ("tools/donate-buttons", "在线捐款入口"),
    ("tools/donate-buttons", "网上募捐通道 >>"),
    ("tools/donate-buttons", "线上捐款入口"),
    ("tools/donate-buttons", "捐赠通道 | 我要捐款 | 捐赠证书查询"),
    ("tools/donate-buttons", "捐款热线 2802 5678　｜　网上捐款　｜　每月捐款计划"),
    ("tools/donate-buttons", "立即捐款　|　慈善热线：0571-87654321"),
    # a society's or foundation's name with its English name
    ("slogan/bilingual-name", "维港红十字会 Victoria Harbour Red Cross"),
    ("slogan/bilingual-name", "明德慈善基金会 Mingde Charity Foundation"),
    ("slogan/bilingual-name", "青川市红十字会 Qingchuan Red Cross Society"),
    ("slogan/bilingual-name", "霞湾残疾人联合会 Xiawan Disabled Persons' Federation"),
    ("slogan/english-name", "Hong Kong Red Cross"),
    ("slogan/english-name", "Chenyang Red Cross Society"),
    ("slogan/english-name", "Lianhua Charity Foundation"),
    # a service's hotline banner is still one on a charity's site
    ("footer/service-hotline-banner", "慈善热线：0577-63731234"),
    ("footer/service-hotline-banner", "助残服务热线：023-55123456（工作日 9:00-17:00）"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/accessibility-bar", "声音"),
    ("tools/accessibility-bar", "辅助工具：轮椅、助行器、助听器等"),
    ("tools/accessibility-bar", "　　各单位网站应提供声音开关、语速调节、配色方案和大字幕等辅助工具。"),
    ("tools/accessibility-bar", "配色方案应符合信息无障碍标准"),
    ("tools/accessibility-shortcut-hint", "（三）提供快捷键Alt+Shift+A开启辅助工具"),
    ("tools/accessibility-shortcut-hint", "3.支持Alt+1跳转至正文"),
    ("tools/accessibility-shortcut-hint", "网站应提供快捷键（如Alt+Shift+A）开启无障碍辅助工具。"),
    ("tools/accessibility-shortcut-hint", "按Ctrl+F可查找全文"),
    ("tools/scan-to-act", "扫码登记成为志愿者后，请保持手机畅通。"),
    ("tools/scan-to-act", "市民可扫码登记成为造血干细胞捐献志愿者。"),
    ("tools/scan-to-act", "扫码加入后可领取证书"),
    ("tools/donate-buttons", "捐赠方式"),
    ("tools/donate-buttons", "捐赠渠道："),
    ("tools/donate-buttons", "爱心捐赠"),
    ("tools/donate-buttons", "　　市慈善总会开通线上捐赠通道，市民可通过微信小程序捐款。"),
    ("tools/donate-buttons", "捐赠通道将于3月31日关闭"),
    ("tools/donate-buttons", "捐款专线：(05)236-1234"),
    ("tools/donate-buttons", "捐款热线：0571-87654321"),
    ("tools/donate-buttons", "每月捐款计划"),
    ("footer/service-hotline-banner", "捐款专线：(05)236-1234"),
    ("footer/service-hotline-banner", "爱心捐赠热线：0874-6712345"),
    ("slogan/bilingual-name", "红十字会 Red Cross 成立于1863年"),
    ("slogan/english-name", "The Red Cross volunteers helped 200 families."),
]


(test_disability_and_charity_chrome_is_caught,
 test_body_words_of_disability_and_charity_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


MACAU_STYLE_PAGE = """濠江紅十字會 Hou Kong Red Cross
輔助工具：聲音開關　語速調節　配色方案　大字幕　退出輔助
主頁 > 最新消息
紅十字會舉辦社區急救普及日
2025年9月6日
濠江紅十字會今日在社區中心舉辦急救普及日，約二百名市民參加心肺復蘇及止血包紮示範。
紅十字會表示，將於年底前再舉辦四場同類活動，歡迎市民報名。
掃碼登記成為急救志願者
捐款熱線 2833 1234　｜　網上捐款　｜　每月捐款計劃
本頁面已適配屏幕閱讀器，快捷鍵Alt+1進入正文
©2025 濠江紅十字會 版權所有
"""


def test_a_traditional_red_cross_page_loses_its_toolbar_name_and_donation_row() -> None:
    """A Traditional page of another society: once converted, its bilingual
    name, toolbar, QR caption, donation row and shortcut note go, the text stays."""
    doc = clean(MACAU_STYLE_PAGE)
    text = doc.text
    assert "今日在社区中心举办急救普及日" in text
    assert "欢迎市民报名" in text
    for chrome in ("Hou Kong Red Cross", "语速调节", "扫码登记", "每月捐款计划", "快捷键"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "红十字会举办社区急救普及日"


DONATION_LIST = """澄江县慈善会
首页 > 捐赠公示
2025年8月接受捐赠公示
发布日期：2025-09-03
感谢各界爱心人士对本会的支持，现将8月份捐赠名单公示如下：
澄江县建工集团　20,000元
李秀兰　500元
爱心人士　200元
捐款专线：0874-6712345
捐款账户：户名 澄江县慈善会　账号 6228 4801 2345 6789　开户行 农业银行澄江支行
澄江县慈善会 版权所有
"""


def test_a_donation_lists_own_account_and_hotline_stay() -> None:
    """The hotline and the account a donation list gives under its rows are its
    text (a donation hotline goes only in a row of donate buttons)."""
    text = clean(DONATION_LIST).text
    for line in ("李秀兰　500元", "捐款账户：户名 澄江县慈善会", "捐款专线：0874-6712345"):
        assert line in text, line


LEDGER_PAGE = """:::
新竹嶺身心障礙福利基金會
最新消息 | 關於我們 | 服務項目 | 徵信公告 | 我要捐款
114年9月捐款徵信
發布日期：114年10月8日
感謝社會大眾的愛心捐助，114年9月捐款明細如下：
收據號碼　捐款人　金額
A114090001　林美惠　1,000
A114090002　善心人士　500
A114090003　陳家豪　3,000
本月合計：4,500元
本會地址：新竹嶺市光明路12號　電話：(03)555-1234
"""


@pytest.mark.parametrize("number", ["A1140900", "1140900", "NO.2025100"])
def test_a_ledgers_rows_of_one_width_are_not_joined(number: str) -> None:
    """Rows of a receipt number, a name and an amount set at one width read like
    a hard wrap (25 columns): each is a row of the list, and no row, nor the
    column header, runs into the next."""
    page = LEDGER_PAGE.replace("A1140900", number)
    text = clean(page).text
    lines = text.split("\n")
    for row in ("收据号码　捐款人　金额", f"{number}01　林美惠　1,000", f"{number}02　善心人士　500",
                f"{number}03　陈家豪　3,000", "本月合计：4,500元"):
        assert row in lines, row
