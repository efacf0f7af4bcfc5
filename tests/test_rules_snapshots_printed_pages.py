"""Pages fetched through a cache, an archive or a browser (held-out pages h720-h729):
a search engine's snapshot banner, a web archive's toolbar, a browser's
translation bar and reader view, and the header and footer a browser prints
on every page of a page printed to PDF. Each rule catches lines worded
otherwise than the pages it was written for (other engines, archives,
browsers and locales), and leaves alone the body sentences that use the same
words (a policy on snapshots, a timeline, a web address in a notice)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/snapshot-banner", "网页快照：这是 https://www.nanhu.gov.cn/tzgg/1201.html 于2023-11-02 14:05:11 保存的页面"),
    ("tools/snapshot-banner", "搜狗快照 | 该页面为 2024年1月8日 09:30 的缓存版本，原网页或已更新"),
    ("tools/snapshot-banner", "您看到的是 www.beihu.gov.cn/tzgg/1201.html 的缓存页，原页面也许已经删除，以原网页为准"),
    ("tools/snapshot-banner", "这是 Google 对 http://www.nanhu.gov.cn/ 的快取。这是该网页于 2023年11月2日 06:11:45 GMT 显示时的快照。"
                              "目前网页可能已经变更。了解详情"),
    ("tools/snapshot-tools", "以下关键词已被高亮显示：防汛　应急"),
    ("tools/snapshot-tools", "搜索词已标注："),
    ("tools/snapshot-tools", "您查询的关键词是：乡村振兴"),
    ("tools/snapshot-tools", "您当前浏览的是百度快照，点此查看最新网页"),
    ("tools/snapshot-tools", "完整版本 | 纯文字版本 | 查看源代码"),
    ("tools/snapshot-tools", "提示：如要在此网页上快速找到您的搜索字词，请按 Ctrl+F"),
    ("tools/view-original-page", "查看原网页"),
    ("tools/view-original-page", "点击访问原始网页 »"),
    ("tools/view-original-page", "退出阅读模式"),
    ("tools/view-original-page", "显示原文"),
    ("tools/translation-bar", "该页面已自动翻译为简体中文"),
    ("tools/translation-bar", "此页面已被翻译至中文(简体)　显示原文"),
    ("tools/translation-bar", "原文语言：日语 → 翻译为：中文"),
    ("tools/translation-bar", "由 Microsoft Translator 提供支持"),
    ("tools/printed-page-header", "2023/11/8 上午9:05 市政府办公室关于印发防汛应急预案的通知 - 南湖市人民政府"),
    ("tools/printed-page-header", "11/8/23, 9:05 AM 南湖市人民政府_政务公开"),
    ("tools/printed-page-header", "2024/12/30 下午12:47"),
    ("tools/printed-page-header", "打印时间：2024/12/30 下午 12:47:05"),  # a print label before the time (E's slashed-date rows no longer a trail)
    ("tools/printed-page-header", "2023/9/1 14:20\t通知公告-城关镇人民政府"),
    ("tools/printed-page-footer", "http://www.nanhu.gov.cn/art/2023/11/7/art_15_9921.html 3/5"),
    ("tools/printed-page-footer", "第2页，共4页 2023/11/8 上午9:05"),
    ("tools/printed-page-footer", "Page 1 of 3    11/8/23, 9:05 AM"),
    ("tools/printed-page-footer", "关于做好防汛工作的通知-南湖市人民政府\thttps://www.nanhu.gov.cn/art/1.html"),
    ("english/web-archive-toolbar", "The Wayback Machine - http://web.archive.org/web/20190301000000*/nanhu.gov.cn"),
    ("english/web-archive-toolbar", "1,204 captures"),
    ("english/web-archive-toolbar", "03 Mar 2015 - 17 Aug 2024"),
    ("english/web-archive-toolbar", "FEB  MAR  APR"),
    ("english/web-archive-toolbar", "2018 2019 2020"),
    ("english/web-archive-toolbar", "Collection: Government websites"),
    ("english/web-archive-toolbar", "archive.ph"),
    ("english/web-archive-toolbar", "Saved from https://www.nanhu.gov.cn/a.html search"),
    ("english/web-archive-toolbar", "17 Aug 2024 09:03:55 UTC"),
    ("english/web-archive-toolbar", "All snapshots from host nanhu.gov.cn"),
    ("counters/reading-time", "预计阅读时间 5-6 分钟"),
    ("counters/reading-time", "阅读时长：约3～4分钟"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/snapshot-banner", "搜索引擎服务提供者发现网页快照内容可能已经变更的，应当在24小时内更新。"),
    ("tools/snapshot-banner", "（三）网页快照：搜索引擎应当标注快照生成时间，并提示用户页面可能已经更改。"),
    ("tools/snapshot-banner", "网站应在 https://www.nanhu.gov.cn 公布网页快照和缓存页面的更新规则。"),
    ("tools/snapshot-tools", "请在检索系统中输入关键词进行查询。"),
    ("tools/snapshot-tools", "搜索关键词已标注为重点监测对象的，平台应当及时处置。"),
    ("tools/snapshot-tools", "请下载完整版本的申请表。"),
    ("tools/view-original-page", "用户点击查看原网页的，平台应当提示其离开本站。"),
    ("tools/view-original-page", "译文与原文不一致的，以显示原文为准。"),
    ("tools/translation-bar", "本网站主要页面已翻译成英文、日文和韩文版本，方便外籍人士查阅。"),
    ("tools/translation-bar", "该页面已翻译为英文版本，供外国投资者参考。"),
    ("tools/translation-bar", "原文语言为英语的，应当附中文译本。"),
    ("tools/printed-page-header", "2024/3/5 下午3:00，市应急管理局组织开展防汛应急演练。"),
    ("tools/printed-page-header", "2024/3/5 15:30 召开全县防汛工作会议"),
    ("tools/printed-page-footer", "网址：https://www.nanhu.gov.cn/art/1.html 1/2"),
    ("tools/printed-page-footer", "本通知共2页，第1页为正文。"),
    ("tools/printed-page-footer", "详见市政府门户网站 https://www.nanhu.gov.cn/art/1.html"),
    ("english/web-archive-toolbar", "Collection and use of personal information"),
    ("english/web-archive-toolbar", "2022年、2023年、2024年连续三年获评先进单位"),
    ("english/web-archive-toolbar", "search engine optimization"),
    ("counters/reading-time", "阅读时间：15分钟"),
]


(test_cache_archive_and_print_furniture_is_caught,
 test_body_words_of_cache_archive_and_print_furniture_are_kept) = rule_line_tests(CAUGHT, KEPT)


PRINTED_PAGE = """2023/11/8 上午9:05　关于做好今冬明春森林防火工作的通知_南湖市人民政府
南湖市人民政府
关于做好今冬明春森林防火工作的通知
发布日期：2023-11-06　来源：市林业局
各县（区）人民政府，市直有关单位：
　　今冬明春是森林火灾高发期，为切实做好森林防火工作，确保人民群众生
命财产安全，现就有关事项通知如下。
　　一、压实防火责任。各地要严格落实森林防火行政首长负责制，层层签订
责任书，把防火责任落实到山头地块，做到山有人管、林有人护、火有人
http://www.nanhu.gov.cn/art/2023/11/6/art_15_9921.html　1/2
2023/11/8 上午9:05　关于做好今冬明春森林防火工作的通知_南湖市人民政府
防、责有人担。
　　二、加强火源管控。在重点林区设立检查站，严禁携带火种进山。
南湖市林业局
2023年11月6日
http://www.nanhu.gov.cn/art/2023/11/6/art_15_9921.html　2/2
"""


def test_a_printed_page_loses_its_print_furniture_and_rejoins_across_the_page_break() -> None:
    """A page printed to PDF by a browser: the print header and footer between
    the lines of a paragraph go, the paragraph runs on across them, and the
    page's date is the document's own, not the day it was printed."""
    doc = clean(PRINTED_PAGE)
    text = doc.text
    for chrome in ("上午9:05", "art_15_9921", "2/2"):
        assert chrome not in text, chrome
    assert "火有人防、责有人担。" in text
    assert "确保人民群众生命财产安全" in text
    assert "二、加强火源管控" in text
    assert doc.metadata.get("date") == "2023-11-06"
    assert doc.metadata.get("title") == "关于做好今冬明春森林防火工作的通知"


ARCHIVED_TRADITIONAL_PAGE = """這是 Google 對 https://www.beiping.gov.tw/News.aspx?n=12&s=3301 的快取。這是該網頁於 2024年9月2日 06:11:45 GMT 顯示時的快照。目前網頁可能已經變更。
完整版本　純文字版本　查看原始碼
北坪市政府
北坪市113年度秋季環境清潔日活動
發布日期：113-08-20　發布單位：環保局
　　為維護市容整潔，環保局訂於9月14日辦理秋季環境清潔日活動，歡迎市民踴躍參加。
　　活動當天將於各區設置資源回收站，民眾可攜帶廢電池、廢燈管兌換環保袋。
"""


def test_a_traditional_cached_page_loses_the_cache_banner_and_keeps_its_own_date() -> None:
    """A Taiwan page through a search engine's cache: the cache's banner and its
    links go, and the page's date is its own (an ROC date), not the capture's."""
    doc = clean(ARCHIVED_TRADITIONAL_PAGE)
    assert "GMT" not in doc.text
    assert "原始码" not in doc.text and "原始碼" not in doc.text
    assert "資源回收站" in doc.text or "资源回收站" in doc.text
    assert doc.metadata.get("date") == "2024-08-20"


PRINTED_TRADITIONAL_PAGE = """列印時間：2024/3/5 下午 03:21:07
2024/3/5 下午3:21
關於辦理113年度防汛演練的通知-北坪市政府
北坪市政府
關於辦理113年度防汛演練的通知
發布日期：113-03-01　發布單位：消防局
　　為提升本市防汛應變能力，本府訂於4月10日辦理113年度防汛演練，請各區公所、相
關局處依演練計畫預作準備，並指派專人參加，演練當日如遇豪雨特報則順延辦理，另行
https://www.beiping.gov.tw/News.aspx?n=12&s=3301
1/2
2024/3/5 下午3:21
關於辦理113年度防汛演練的通知-北坪市政府
通知。
　　關於辦理113年度防汛演練的通知-演練計畫，請各單位依限報送。
　　聯絡人：消防局災害管理科　陳科員，電話：（02）2720-8889轉5512。
https://www.beiping.gov.tw/News.aspx?n=12&s=3301
2/2
"""


def test_the_page_title_a_browser_prints_on_its_own_line_goes_wherever_it_falls() -> None:
    """The print header split over two lines (the time, then the page's
    ``<title>``: headline - site name): the title line between the halves of a
    sentence goes and the sentence runs on; a body line that goes on from the
    headline's words in a clause stays."""
    doc = clean(PRINTED_TRADITIONAL_PAGE)
    text = doc.text
    assert "另行通知。" in text
    assert "通知-北坪市政府" not in text
    assert "的通知-演练计划，请各单位依限报送。" in text
    assert "下午" not in text and "beiping" not in text
    assert doc.metadata.get("date") == "2024-03-01"
    assert doc.metadata.get("title") == "关于办理113年度防汛演练的通知"
