"""Chrome of mobile pages (held-out pages h430-h439: WAP and AMP pages, text-only
and elderly-care versions, mini-program and app share pages, short-video
descriptions): each rule catches lines worded otherwise than the pages it was
written for (other apps, other spellings, other emoji), and leaves alone the
body sentences that use the same words (点赞, 评论, 授权, 登录, 我的, 小程序,
3天前, 完整版, 到底); a share page dated only relatively (2小时前, 昨天 10:22,
3天前) gets no date."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/mobile-action-row", "👍 赞 56　💬 评论 12　⭐ 收藏"),
    ("tools/mobile-action-row", "点赞 1.3万 | 转发 2046 | 评论 318"),
    ("tools/mobile-action-row", "在看　分享　点赞"),
    ("tools/mobile-action-row", "❤️ 喜欢　🔗 复制链接"),
    ("tools/mobile-action-row", "3.6w 982 收藏 转发"),
    ("tools/mobile-action-row", "不感兴趣 · 举报"),
    ("tools/mobile-action-row", "有帮助 36　没用 2"),
    ("tools/mobile-action-row", "分享给微信好友　复制链接"),
    ("tools/mobile-tab-bar", "首页 | 视频 | 消息 | 我的"),
    ("tools/mobile-tab-bar", "推荐　直播　发现　我"),
    ("tools/mobile-tab-bar", "首页 · 办事 · 个人中心"),
    ("tools/mobile-tab-bar", "📰要闻　📺视频　🏛️政务　👤我的"),
    ("tools/mobile-full-version-link", "访问完整版"),
    ("tools/mobile-full-version-link", "查看非AMP版本"),
    ("tools/mobile-full-version-link", "切换到网页版"),
    ("tools/mobile-full-version-link", "在浏览器中打开"),
    ("tools/mobile-full-version-link", "在默认浏览器里打开 原网页"),
    ("tools/mobile-video-music", "♫ 原声 - 临湖交警"),
    ("tools/mobile-video-music", "@临湖交警创作的原声"),
    ("tools/mobile-video-music", "背景音乐：春暖花开"),
    ("tools/mobile-comment-badge", "置顶评论：感谢民警同志，已转发给家人"),
    ("tools/mobile-comment-badge", "作者回复过｜谢谢关注"),
    ("tools/posted-time-below", "5分钟前 · 浙江"),
    ("tools/posted-time-below", "昨天 21:07 · 临湖发布官方账号"),
    ("tools/posted-time-below", "2天前 · IP属地：广东"),
    ("tools/comments", "热门评论 86"),
    ("tools/comments", "全部评论 1.2万"),
    ("tools/expand-more", "到底啦"),
    ("tools/expand-more", "—— 已经到底了 ——"),
    ("tools/expand-more", "我是有底线的"),
    ("tools/expand-more", "没有更多内容啦~"),
    ("tools/page-actions", "【返回首页】"),
    ("tools/page-actions", "［回到顶部］"),
    ("tools/back-to-portal", "打开百度App，看更多优质内容"),
    ("tools/back-to-portal", "下载快手，看更多好看的视频"),
    ("tools/app-teaser", "在「i临湖」中打开"),
    ("tools/app-teaser", "用“浙里办”小程序查看"),
    ("paywall/app-authorise-login", "微信授权登录"),
    ("paywall/app-authorise-login", "请先授权登录"),
    ("paywall/app-authorise-login", "一键授权手机号码登录"),
    ("paywall/app-authorise-login", "授权头像和昵称后即可评论"),
    ("paywall/app-authorise-login", "取消 | 确认"),
    ("paywall/app-authorise-login", "暂不授权　去授权"),
    ("paywall/app-authorise-login", "授权手机号登入后可在线办理"),
    ("slogan/mobile-edition-name", "临湖新闻网 WAP"),
    ("slogan/mobile-edition-name", "青溪县人民政府触屏版"),
    ("slogan/mobile-edition-name", "南湖日报 极速版"),
    ("slogan/mobile-edition-name", "「临湖办事」微信小程序"),
    ("slogan/mobile-edition-name", "今日头条 极速版"),
    ("slogan/mobile-edition-name", "小红书"),
    ("slogan/mobile-edition-name", "@临湖网警"),
    ("slogan/mobile-edition-name", "学习强国学习平台"),
    ("footer/service-provided-by", "本页面由临湖市大数据发展管理局提供技术支持"),
    ("footer/service-provided-by", "本小程序由青溪县政务服务中心开发"),
    ("label-table/hashtags", "#乡村振兴# #临湖发布#"),
    ("label-table/hashtags", "＃文明城市 ＃志愿服务"),
    ("label-table/hashtags", "#防诈骗"),
    ("counters/reactions", "粉丝 12.8w　获赞 306万"),
    ("counters/reactions", "作品 236 粉丝 5.1万"),
    ("related/labelled-link", "大家还在搜：个税APP退税流程"),
    ("related/more-link", "查看更多办事指南 >>"),
    ("related/more-link", "浏览更多本地新闻 →"),
    ("credits/credit-line", "流程编辑：u_3c9a01e4f2"),
    ("credits/credit-line", "编辑：王敏　签发：陈立"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/mobile-action-row", "网友纷纷点赞、评论、转发，称赞民警的果断处置。"),
    ("tools/mobile-action-row", "举报不感兴趣的内容并不会影响账号权重。"),
    ("tools/mobile-tab-bar", "在“我的”页面可以查看办件进度。"),
    ("tools/mobile-tab-bar", "首页、办事、服务三个栏目已完成改版，新增“我的”栏目。"),
    ("tools/mobile-full-version-link", "请查看完整版的实施方案，了解各项任务分工。"),
    ("tools/mobile-full-version-link", "市民可在浏览器中打开“临湖政务网”查询。"),
    ("tools/mobile-video-music", "音乐会将于本周六在市文化中心举行。"),
    ("tools/mobile-comment-badge", "作者认为，基层治理的关键在于发动群众。"),
    ("tools/posted-time-below", "3天前，家住城南的王女士接到一个自称“客服”的电话。"),
    ("tools/posted-time-below", "昨天下午，全市降雨量超过50毫米。"),
    ("tools/comments", "全部评论已提交有关部门研究处理。"),
    ("tools/expand-more", "工作组已经到底了解情况，形成调查报告。"),
    ("tools/back-to-portal", "打开“浙里办”，看更多办事服务怎样一键办理。"),
    ("tools/app-teaser", "在“浙里办”中打开“社保查询”页面，输入身份证号即可查询缴费记录。"),
    ("paywall/app-authorise-login", "企业可凭授权委托书到窗口办理登录密码重置。"),
    ("paywall/app-authorise-login", "经本人授权登录后，工作人员方可查看申报材料。"),
    ("paywall/app-authorise-login", "取消不合理收费项目，确认各项减免政策落实到位。"),
    ("slogan/mobile-edition-name", "群众可通过“临湖办事”微信小程序预约办理。"),
    ("slogan/mobile-edition-name", "扫码查看手机版"),
    ("slogan/mobile-edition-name", "今日头条新闻报道了这一事件。"),
    ("slogan/mobile-edition-name", "@所有人：请于周五前报送材料。"),
    ("footer/service-provided-by", "本服务由区政务服务中心提供，群众可在工作日前往办理，周末实行预约服务。"),
    ("label-table/hashtags", "#1号线全线贯通后，日均客流达到12万人次。"),
    ("counters/reactions", "该账号粉丝86万，作品多次获评优秀政务新媒体作品。"),
    ("related/labelled-link", "相关搜索数据显示，个税APP的访问量增长了三成。"),
    ("related/more-link", "查看更多政策解读，请登录市政府门户网站“政策文件”栏目。"),
    ("credits/credit-line", "编辑部审核后，由主编签发。"),
]


test_mobile_chrome_is_caught, test_body_words_of_mobile_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


SHARE_PAGE = """打开快手，看更多好看的视频
临湖交警
昨天 21:07 · 临湖市公安局交通警察支队官方账号 · 已认证
+关注
雨雾天气出行提示！能见度低于50米，请就近驶离高速
　　受冷空气影响，今明两天我市将出现大范围雨雾天气，部分路段能见度可能低于50米。
　　交警部门提醒，能见度低于50米时，机动车应当开启雾灯、近光灯和危险报警闪光灯，车速不得超过每小时20公里，并从最近的出口尽快驶离高速公路。
　　市民出行前可打开“临湖交警”小程序，点击“路况查询”了解实时路况，遇到紧急情况请拨打122报警。
#雨雾天气 #出行提示
5分钟前 · 浙江
1.8万　432　收藏　分享
热门评论 86
置顶评论：收到，明早出门提前半小时
谢谢提醒，已转发到家族群
到底啦～
📰要闻　📺视频　🏛️政务　👤我的
"""


def test_a_share_page_dated_only_relatively_gets_no_date() -> None:
    """Another app's share page (快手): the account card, the relative times
    above and below the text, the action row with its counts, the comment
    section (its header with a bare count) and the tab bar go; the headline
    with an exclamation mark stays a line of its own; no date is guessed
    from 昨天 or 5分钟前; the body's 小程序, 点击 and 转发 stay."""
    doc = clean(SHARE_PAGE)
    text = doc.text
    body = [line.strip() for line in SHARE_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("看更多好看的视频", "官方账号", "雨雾天气 #出行提示", "5分钟前", "1.8万", "热门评论", "置顶评论",
                   "家族群", "到底啦", "👤我的"):
        assert chrome not in text, chrome
    headline = "雨雾天气出行提示！能见度低于50米，请就近驶离高速"
    assert doc.metadata.get("title") == headline
    assert headline + "\n" in text
    assert doc.metadata.get("date") is None


ACCOUNT_UNDER_HEADLINE = """青溪县启动冬季农村饮水安全排查
青溪融媒
前天 08:15 · 青溪县融媒体中心官方账号
　　近日，青溪县水利局组织技术人员对全县126处农村供水工程开展冬季安全排查，重点检查管网防冻、水源保护和水质消毒情况。
　　群众发现停水、水质异常等情况，可拨打县供水服务热线或通过“青溪智慧水务”小程序报修。
举报　不感兴趣
"""


def test_an_account_above_a_relative_posting_time_is_the_source_and_no_date_is_guessed() -> None:
    """A media account's name between the headline and a posting time
    without a year (``前天 08:15 · …官方账号``) is who posted the page, as it
    is above an absolute date; the relative time gives no date."""
    doc = clean(ACCOUNT_UNDER_HEADLINE)
    assert doc.metadata.get("source") == "青溪融媒"
    assert doc.metadata.get("date") is None
    assert "官方账号" not in doc.text and "不感兴趣" not in doc.text
    assert "小程序报修。" in doc.text


COUNT_UNDER_BODY = """南湖县新增12个城市书房
　　记者从县文化和旅游局获悉，今年以来全县新建城市书房12个，总数达到36个，实现乡镇全覆盖。
　　城市书房实行24小时开放，市民刷身份证或扫码即可进入，借阅量同比增长2.1倍。
2.1万　356　收藏　转发
"""


def test_a_decimal_count_under_the_body_is_no_numbered_heading() -> None:
    """``2.1万`` opening an action row is a count, not the number of a heading
    (2.) that would keep the row in the body; a body sentence with the same
    count stays."""
    doc = clean(COUNT_UNDER_BODY)
    assert "356" not in doc.text
    assert "借阅量同比增长2.1倍。" in doc.text
