"""Commercial portals and their self-media channels reposting government news
(held-out pages h1030-h1039: 搜狐号, 网易号, 企鹅号, 大风号, 百家号, 头条,
一点号, 新浪, a Taiwan portal, 澎湃号·政务): each rule catches the chrome in
other wordings than the pages it was written for, and leaves alone the body
sentences that use the same words (an account's followers, an article's id,
an app's download, a statement, more articles on a topic); the account's
name over its follow box goes, and the government line's own source and date
outrank the portal's posting stamp."""

from __future__ import annotations

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from govtext.blocks.shape import nav_items
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("counters/microblog-counts", "粉丝数 12.6万　文章数 880"),
    ("counters/microblog-counts", "粉丝数：3521 | 作品数：206 | 获赞数：1.1万"),
    ("counters/microblog-counts", "总阅读 3.4万 · 粉丝 1206"),
    ("counters/microblog-counts", "2.3万阅读 · 118评论"),
    ("counters/microblog-counts", "3.2万粉丝　126作品"),
    ("counters/microblog-counts", "865阅读 | 12点赞"),
    ("label-table/article-id", "文章ID：20250312A03XYZ00"),
    ("label-table/article-id", "稿件ID: 1239887"),
    ("label-table/article-id", "新闻id：nw_20250611_0032"),
    ("slogan/news-app-platform-account", "大风号：临江发布"),
    ("slogan/news-app-platform-account", "百家号：青川县人民政府"),
    ("slogan/news-app-platform-account", "南湖融媒　企鹅号"),
    ("slogan/news-app-platform-account", "北岸应急 · 网易号"),
    ("slogan/news-app-platform-account", "津南发布 头条号"),
    ("tools/mobile-action-row", "举报 | 屏蔽作者"),
    ("tools/mobile-action-row", "不感兴趣　拉黑作者　举报"),
    ("tools/app-teaser", "搜狐新闻客户端　重大新闻第一时间推送　立即下载"),
    ("tools/app-teaser", "凤凰新闻APP　看有态度的新闻　免费下载"),
    ("tools/expand", "下载一点资讯APP，继续阅读剩余62%内容"),
    ("tools/expand", "打开网易新闻APP 阅读剩余45%"),
    ("tools/expand", "打开客户端，查看剩余80%的内容"),
    ("footer/disclaimer", "特别声明"),
    ("footer/disclaimer", "免责声明"),
    ("footer/disclaimer", "【平台声明】"),
    ("related/more-by-tag", "看更多【行政院】文章"),
    ("related/more-by-tag", "查看更多「卫福部」新闻"),
    ("related/more-by-tag", "阅读更多【乡村振兴】相关报道"),
    ("credits/press-contact", "新闻联络人：环境保护局　陈科长　电话：02-2311-7722"),
]

KEPT: list[tuple[str, str]] = [
    ("counters/microblog-counts", "该账号粉丝数已超过12万，文章数达880篇。"),
    ("counters/microblog-counts", "全年累计阅读2.3万人次，评论118条。"),
    ("counters/microblog-counts", "1.2万粉丝参与了投票"),
    ("label-table/article-id", "请在申报系统中填写文章ID和作者姓名。"),
    ("label-table/article-id", "身份证ID：必须与本人一致"),
    ("slogan/news-app-platform-account", "县融媒体中心已入驻企鹅号、百家号等平台。"),
    ("slogan/news-app-platform-account", "大风号召全体党员积极参与"),
    ("tools/mobile-action-row", "对屏蔽作者、恶意举报等行为，平台将依法处理。"),
    ("tools/app-teaser", "群众可下载“皖事通”客户端办理社保业务。"),
    ("tools/app-teaser", "市民可在客户端查看剩余名额后下载申请表。"),
    ("tools/expand", "剩余62%的资金将于年底前拨付到位。"),
    ("tools/expand", "下载“赣服通”APP，查看剩余额度。"),
    ("footer/disclaimer", "特别声明如下："),
    ("footer/disclaimer", "本单位特别声明，从未委托任何中介机构代办。"),
    ("related/more-by-tag", "查看更多政策文件请登录市政府门户网站。"),
    ("related/more-by-tag", "群众可以看到更多【民生实事】项目的进展。"),
    ("credits/press-contact", "联系人：环境保护局　陈科长　电话：02-2311-7722"),
]


(test_commercial_portal_chrome_is_caught,
 test_body_words_of_commercial_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_an_update_label_set_apart_by_a_bar_gives_an_updated_date() -> None:
    """``更新时间 | …`` is when the page was changed, as ``更新时间：…`` is; ``发布时间 | …`` stays the page's date."""
    changed = parse_meta_line("更新時間 | 2025/03/21 09:18")
    published = parse_meta_line("发布时间｜2025/03/20 09:18")
    assert changed is not None and changed.date_kind == "updated"
    assert published is not None and published.date_kind == "date"


def test_a_portal_menu_opening_with_its_latin_name_is_a_menu() -> None:
    assert nav_items("Yahoo奇摩　首頁　新聞　股市　運動　娛樂") is not None
    assert nav_items("LINE TODAY　首頁　國內　國際　生活　財經") is not None
    assert nav_items("WHO　世界卫生组织发布新版指南　各地卫生部门积极落实") is None


SOHU_ACCOUNT_PAGE = """搜狐号 > 政务 > 正文
北岸县推行“社银合作”社保业务就近办
2025-05-06 18:20　发布于：浙江省
北岸人社
粉丝 2.1万　文章 916
关注
来源：北岸县人力资源和社会保障局　2025年5月5日
　　近日，北岸县人力社保局与县内6家银行签订合作协议，在全县42个银行网点设立社保服务窗口。
　　群众可在银行网点办理社保卡申领、参保登记、待遇资格认证等28项业务，实现社保业务“就近办”。
　　县人力社保局相关负责人表示，下一步将把服务窗口延伸至村级便民服务中心。
声明：本文由入驻搜狐号的作者撰写，观点仅代表作者本人，不代表搜狐立场。
"""


def test_an_account_over_its_card_goes_and_the_official_line_dates_the_page() -> None:
    """The account's name over its card (``北岸人社`` / ``粉丝 2.1万　文章 916``)
    goes, and the government office's own source line with its date outranks
    the platform's posting stamp tagged with the region it was posted from."""
    doc = clean(SOHU_ACCOUNT_PAGE)
    assert "北岸人社" not in doc.text
    assert doc.metadata.get("date") == "2025-05-05"
    assert doc.metadata.get("source") == "北岸县人力资源和社会保障局"
    assert "就近办" in doc.text and "村级便民服务中心" in doc.text


NETEASE_ACCOUNT_PAGE = """网易首页 > 网易号 > 正文
南屿区发布高温橙色预警信号
南屿气象
2025-07-21 15:02:11　来源: 南屿气象　福建
信息来源：南屿区气象局　发布时间：2025-07-21 14:40
　　南屿区气象台2025年7月21日14时40分发布高温橙色预警信号：预计未来24小时内最高气温将升至37℃以上。
　　请有关单位和人员做好防暑降温工作，午后尽量减少户外活动。
特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。
"""


def test_an_accounts_name_as_the_portals_source_yields_to_the_information_source() -> None:
    """The account's name alone above the portal's date line that gives it as
    the source goes, and the labelled information source outranks it."""
    doc = clean(NETEASE_ACCOUNT_PAGE)
    assert "南屿气象\n" not in doc.text + "\n" and doc.text.count("南屿气象") == 0
    assert doc.metadata.get("source") == "南屿区气象局"
    assert doc.metadata.get("date") == "2025-07-21"


THEPAPER_GOV_PAGE = """澎湃号·政务 >
西湾街道开展消防安全演练
西湾平安
2025-09-12 16:40　来源：澎湃新闻·澎湃号·政务
　　9月11日，西湾街道在辖区某商业综合体开展消防安全应急疏散演练，300余名商户和群众参加。
　　演练结束后，消防救援人员向群众讲解了灭火器、消防栓的使用方法。
　　如发现消防安全隐患，可拨打12345热线举报。
"""


def test_an_accounts_name_beside_a_date_line_naming_the_platforms_mark_goes() -> None:
    doc = clean(THEPAPER_GOV_PAGE)
    assert "西湾平安" not in doc.text
    assert "可拨打12345热线举报。" in doc.text


RELEASE_PAGE = """政府新闻　首页　政治　社会　生活
交通部公布连续假期疏运措施
发布单位：交通部　发布日期：114-04-01
　　交通部今（1）日公布清明连续假期疏运措施，国道将实施高乘载管制。
　　交通部呼吁民众多加利用公共运输，并提早规划行程。
　　新闻联络人：公路局　王科长　电话：02-2311-3456
"""


def test_an_indented_press_contact_after_the_release_goes() -> None:
    """A press release's contact for the press goes even when indented like
    the paragraphs (an indented tail line is otherwise taken as body)."""
    doc = clean(RELEASE_PAGE)
    assert "新闻联络人" not in doc.text
    assert "提早规划行程" in doc.text
