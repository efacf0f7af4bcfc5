"""Chrome of news apps and portals' article pages (held-out pages h260-h269):
each rule catches lines worded otherwise than the pages it was written for
(other outlets, other spellings), and leaves alone the body sentences that
use the same words (an article about an app, a members' shop, a log-in)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/app-teaser", "在甬派APP中打开"),
    ("tools/app-teaser", "在潮新闻客户端中打开"),
    ("tools/app-teaser", "用川观新闻App里阅读全文"),
    ("tools/app-teaser", "海量资讯、精准解读，尽在新浪财经APP"),
    ("tools/app-teaser", "24小时滚动新闻，就在九派新闻客户端"),
    ("paywall/subscribe", "立即登录"),
    ("paywall/subscribe", "去登录"),
    ("paywall/subscribe", "已有账号？登录"),
    ("paywall/subscribe", "已有帐号，立即登录"),
    ("paywall/member-login", "开通界面Pro会员，畅读全部深度文章"),
    ("paywall/member-login", "加入财新通会员 畅读海量资讯"),
    ("label-table/news-app-posted-time", "2小时前"),
    ("label-table/news-app-posted-time", "发布于 15分钟前"),
    ("label-table/news-app-posted-time", "刚刚"),
    ("label-table/news-app-posted-time", "昨天 18:30"),
    ("label-table/news-app-posted-time", "05-06 10:23"),
    ("label-table/news-app-posted-time", "5月6日 10:23"),
    ("label-table/news-app-posted-time", "05-06 10:23 · 阅读 1.2万"),
    ("label-table/news-app-posted-time", "06-12 08:05 · 湖北"),
    ("credits/news-app-alliance-credit", "共享联盟·瓯海 通讯员 陈小川"),
    ("credits/news-app-alliance-credit", "共享联盟·柯桥 李婷 孙浩"),
    ("credits/credit-line", "浙江日报全媒体记者 张三 共享联盟·龙泉 李四"),
    ("tools/app-teaser", "APP内查看全文"),
    ("tools/app-teaser", "打开网易新闻 体验效果更佳"),
    ("tools/app-teaser", "下载APP领取红包"),
    ("tools/back-to-portal", "打开潮新闻，阅读全文"),
    ("tools/back-to-portal", "打开川观新闻，阅读完整内容"),
    ("paywall/subscribe", "此内容为付费内容，请订阅后查看"),
    ("paywall/subscribe", "付费阅读 ¥2.00"),
    ("paywall/subscribe", "欢迎登录"),
    ("paywall/preview-ended", "剩余全文2356字，登录后阅读"),
    ("paywall/preview-ended", "您已阅读30%，余下内容请打开APP"),
    ("paywall/preview-ended", "全文共2356字，剩余1800字需付费"),
    ("footer/reprint-notice", "本文已获授权，转载请联系原作者"),
    ("paywall/doc-share-teaser", "本文档共10页，当前为前3页"),
    ("paywall/doc-share-teaser", "还剩5页未读，继续阅读"),
    ("paywall/doc-share-teaser", "文档价格：5 积分"),
    ("paywall/doc-share-teaser", "查看更多范文"),
    ("paywall/doc-share-teaser", "下载后可编辑"),
    ("paywall/doc-share-teaser", "需要原创定制文章，请联系客服"),
    ("paywall/subscribe", "该文档为付费文档，请购买后下载"),
    ("paywall/subscribe", "付费下载 ￥3.00"),
    ("tools/expand", "展开阅读全文"),
    ("tools/app-teaser", "“川观新闻”APP下载"),
    ("counters/reactions", "跟贴 12 参与 56"),
    ("slogan/site-name", "“甬派”客户端"),
    ("slogan/news-app-platform-account", "网易号"),
    ("slogan/news-app-platform-account", "澎湃号·政务"),
    ("slogan/news-app-platform-account", "发布于北京 · 腾讯新闻创作者"),
    ("slogan/news-app-platform-account", "凤凰网财经出品"),
    ("slogan/news-app-platform-account", "甬派客户端出品"),
    ("tools/page-actions-bare", "关注作者"),
    ("tools/page-actions-bare", "文章纠错"),
    ("tools/page-actions-bare", "听新闻"),
    ("label-table/news-app-posted-time", "05-06 10:23 浙江"),
    ("label-table/news-app-posted-time", "发布时间：05-06 10:23"),
    ("credits/news-app-outlet-staff-bar", "界面新闻记者 | 顾一帆"),
    ("credits/news-app-outlet-staff-bar", "财联社编辑｜程远"),
    ("credits/news-app-outlet-staff-bar", "记者丨乔远航 季阳"),
    ("credits/news-app-outlet-staff-bar", "凤凰网安徽记者丨章文博 见习记者丨陆一鸣"),
    ("credits/news-app-empty-credit", "责任编辑："),
    ("credits/news-app-empty-credit", "【编辑：】"),
    ("footer/news-app-media-group", "南方+ 南方报业传媒集团"),
    ("credits/credit-line", "流程编辑：刘辰"),
    ("slogan/news-app-name-tagline", "北京日报客户端 | 首都新闻第一时间"),
    ("slogan/news-app-name-tagline", "极目新闻｜领先的新闻客户端"),
    ("slogan/news-app-name-tagline", "九派新闻 有态度的新闻"),
    ("slogan/news-app-name-tagline", "南方+ 广东第一政务新闻平台"),
    ("credits/credit-line", "编辑：马超 流程编辑：刘辰"),
    ("credits/credit-line", "视觉编辑｜邱晨 责任校对｜方圆"),
    ("footer/news-app-media-group", "极目新闻 湖北长江报刊传媒集团"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/app-teaser", "市民可在浙里办APP中查看办理进度。"),
    ("tools/app-teaser", "更多办事服务，尽在“浙里办”APP。"),
    ("paywall/subscribe", "请登录平台查看审批结果。"),
    ("paywall/subscribe", "企业可立即登录系统申报。"),
    ("paywall/member-login", "加入合作社会员，畅享分红收益"),
    ("paywall/member-login", "加入工会会员，畅享全部福利内容。"),
    ("paywall/member-login", "成为仓储超市会员，可享受折扣。"),
    ("label-table/news-app-posted-time", "2小时前，记者来到现场。"),
    ("label-table/news-app-posted-time", "两天前发生的事故已查明原因。"),
    ("label-table/news-app-posted-time", "2024-05-06 10:23"),
    ("label-table/news-app-posted-time", "10:00 开幕式"),
    ("label-table/news-app-posted-time", "时间：05-06 10:23"),
    ("tools/app-teaser", "下载APP后领取电子社保卡。"),
    ("slogan/news-app-name-tagline", "时政新闻 县委常委会召开会议"),
    ("slogan/news-app-name-tagline", "要闻 | 全市经济运行稳中向好"),
    ("slogan/news-app-name-tagline", "时政新闻 | 县委常委会召开会议"),
    ("slogan/news-app-name-tagline", "嘉兴新闻｜秀洲区召开全区经济工作会议"),
    ("tools/back-to-portal", "打开“浙里办”，查看办理进度。"),
    ("paywall/preview-ended", "剩余1800字由专家组审定。"),
    ("paywall/subscribe", "欢迎登录市政务服务网办理。"),
    ("paywall/doc-share-teaser", "申报表下载后可在线填写并提交。"),
    ("paywall/doc-share-teaser", "还剩3个项目未完工。"),
    ("paywall/doc-share-teaser", "写作能力提升需要长期积累。"),
    ("slogan/news-app-platform-account", "该片由市委宣传部出品"),
    ("slogan/news-app-platform-account", "人民号召"),
    ("slogan/news-app-platform-account", "创作者"),
    ("counters/reactions", "共有12个单位参与"),
    ("credits/news-app-alliance-credit", "共享联盟是县级融媒体中心与省级媒体的合作机制。"),
    ("credits/news-app-outlet-staff-bar", "学员｜乔远航"),
    ("credits/news-app-outlet-staff-bar", "本报记者走访了12家企业。"),
    ("credits/news-app-empty-credit", "编辑：王芳"),
    ("credits/credit-line", "流程编辑要对稿件逐字核对。"),
    ("footer/news-app-media-group", "采购人 南方报业传媒集团"),
    ("footer/news-app-media-group", "浙江日报报业集团"),
]


test_news_app_chrome_is_caught, test_body_words_of_news_app_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


FENGHUANG_PAGE = """凤凰网
在凤凰新闻APP中打开
合肥滨湖新区新开通三条公交线路
3小时前
凤凰网安徽记者丨章文博 见习记者丨陆一鸣
　　5月12日起，合肥滨湖新区新开通三条公交线路，连接地铁站、学校和大型社区，日均可服务乘客约1.5万人次。
　　市民可通过“合肥通”APP查询实时到站信息，也可登录公交集团官网下载线路图。
　　公交集团相关负责人表示，将根据客流变化适时优化发车间隔，并为会员卡乘客提供换乘优惠。
责任编辑：
已有账号？登录
去登录
海量资讯、精彩解读，尽在凤凰新闻客户端
"""


def test_a_news_app_page_of_another_outlet_keeps_its_body_and_author() -> None:
    """A whole page of another outlet (凤凰网): the app nags, the bare
    posting time, the bar credits and the empty credit go, the byline's
    first reporter is the author, and the body lines that name an app, a
    download, a log-in and members stay."""
    doc = clean(FENGHUANG_PAGE)
    text = doc.text
    body = [line.strip() for line in FENGHUANG_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("在凤凰新闻APP中打开", "3小时前", "章文博", "责任编辑：", "已有账号", "去登录", "尽在凤凰新闻客户端"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "合肥滨湖新区新开通三条公交线路"
    assert doc.metadata.get("author") == "章文博"


DOC_SITE_SPEECH = """范文网 > 工作总结 > 领导讲话 >

在全县优化营商环境大会上的讲话

  在全县优化营商环境大会上的讲话

  青田县县长 林海峰

  同志们:今天召开全县优化营商环境大会,主要任务是贯彻落实省市关于优化营商环境的决策部署,全力打造一流营商环境。

  下一步,要深化“一件事”集成改革,让企业登录“浙里办”APP即可办理大部分业务。

本文档共6页,当前为前2页

还剩4页未读,继续阅读

文档价格:3 积分
"""


def test_a_document_site_saying_the_headline_twice_above_an_officials_byline_names_no_account() -> None:
    """A headline said twice above an official's byline (``青田县县长 林海峰``)
    is a document site's page title and headline, not a WeChat account's
    name said twice above its date line: no source comes of it, and the
    site's page-count teasers go."""
    doc = clean(DOC_SITE_SPEECH)
    assert doc.metadata.get("source") is None
    assert doc.metadata.get("title") == "在全县优化营商环境大会上的讲话"
    assert doc.metadata.get("author") == "林海峰"
    assert "APP即可办理" in doc.text
    for teaser in ("本文档共6页", "还剩4页未读", "文档价格"):
        assert teaser not in doc.text, teaser


def test_an_account_named_twice_above_a_reporters_byline_is_still_the_account() -> None:
    """The press role of a byline (本报记者) is no office: two like names
    above it stay the account's name."""
    page = ("青溪发布\n青溪发布\n本报记者 王浩\n"
            "　　5月6日，青溪县召开工作会议，部署今年的重点任务。会议要求各部门加强协作，确保各项目标按期完成。\n"
            "　　会议强调，要坚持问题导向，聚焦群众关切，推动各项工作落地见效。\n")
    assert clean(page).metadata.get("source") == "青溪发布"


def test_a_provincial_app_byline_with_a_county_partner_names_the_reporter() -> None:
    """潮新闻's byline names the county partner after the reporter
    (``共享联盟·北仑 胡晓``): the partner reads as a correspondent, the
    reporter is the author and the line goes."""
    page = ("宁波舟山港一季度集装箱吞吐量同比增长10.2%\n潮新闻客户端 记者 王逸群 共享联盟·北仑 胡晓\n2024-04-12 16:20\n"
            "　　4月12日，记者从宁波舟山港集团获悉，今年一季度，宁波舟山港完成集装箱吞吐量950万标准箱，同比增长10.2%。\n"
            "　　据介绍，一季度宁波舟山港新增集装箱航线9条，航线总数达到305条。\n")
    doc = clean(page)
    assert doc.metadata.get("author") == "王逸群"
    assert "共享联盟" not in doc.text
