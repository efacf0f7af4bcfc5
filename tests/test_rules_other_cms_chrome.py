"""Chrome of CMSs and portals the first rules were not built from (cookie
notices, newsletter boxes, poster and copy-link buttons, comment inputs,
app and mini-program prompts, reading time, visitor counters, members'
paywalls, "readers also read" headers, site-builder footers, long
disclaimers): each rule catches lines worded otherwise than the held-out
pages h180-h189 it was written for, and leaves alone the body sentences
that use the same words (a government notice on cookies, paywalls or
copyright)."""

from __future__ import annotations

import pytest

from govtext.blocks.classify import classify
from govtext.blocks.rules import load_rules
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/cookie-consent", "本站使用Cookies为您提供个性化服务，继续浏览即视为您同意。"),
    ("tools/cookie-consent", "您继续浏览本网站即表示您接受我们使用 Cookie。"),
    ("tools/cookie-consent", "拒绝非必要Cookie"),
    ("tools/cookie-consent", "COOKIE设置"),
    ("tools/newsletter-signup", "免费订阅我们的新闻通讯"),
    ("tools/newsletter-signup", "请输入你的电邮地址"),
    ("tools/newsletter-signup", "您可随时退订。"),
    ("tools/share-poster-copy-link", "【生成分享图】"),
    ("tools/share-poster-copy-link", "链接已复制"),
    ("tools/comment-input", "请填写您的留言"),
    ("tools/comment-input", "0 / 1000"),
    ("tools/comment-input", "最多输入200字"),
    ("tools/app-open-in", "App内阅读"),
    ("tools/app-open-in", "APP独家 · 立即打开APP"),
    ("tools/mini-program-qr", "手机版二维码"),
    ("tools/mini-program-qr", "搜索微信小程序“掌上政务”"),
    ("tools/mini-program-qr", "微信搜一搜 南湖发布"),
    ("counters/reading-time", "本文共计1280字，大约需要4分钟"),
    ("counters/reading-time", "阅读时长：7分钟"),
    ("counters/visitor-count", "您是本网站的第 102,345 名访客"),
    ("counters/visitor-count", "本站总访问量：30211"),
    ("counters/single-reaction", "赞（58）"),
    ("counters/single-reaction", "在看 9"),
    ("paywall/member-login", "阅读剩余内容，请注册"),
    ("paywall/member-login", "已是订阅用户？请登录"),
    ("paywall/member-login", "续费会员 立享8折"),
    ("paywall/member-login", "首年仅需99元，即可解锁"),
    ("related/also-read-header", "读过本文的人也看过"),
    ("related/also-read-header", "您或许会喜欢的文章"),
    ("related/ranking-tabs", "热门排行 今日 本周 本月"),
    ("footer/site-builder", "网页设计：临风网络"),
    ("footer/site-builder", "技术支撑单位：南山数字科技有限公司"),
    ("footer/disclaimer-long", "凡本站署名“南山日报”的稿件，版权归南山日报社，转载请联系授权。"),
    ("footer/disclaimer-long", "如所载作品涉及版权问题，请在30日内与本网联系，本网将及时处理。"),
    ("footer/disclaimer-long", "本网站不承担由于内容的合法性及真实性所引起的一切争议和法律责任。"),
    ("footer/disclaimer-long", "跟帖仅代表网友个人观点"),
    ("credits/credit-line", "本文编辑：刘畅"),
    ("tools/accessibility-bar", "关怀版 | 无障碍 | 读屏专用"),
    ("tools/accessibility-bar", "语音播报　放大镜　十字线　重置"),
    ("tools/accessibility-bar", "本站已支持IPv6"),
    ("tools/share-targets", "分享到：朋友圈 新浪微博 QQ好友"),
    ("tools/follow-us", "关注我们的公众号"),
    ("tools/follow-us", "政务微博二维码"),
    ("tools/browser-advice", "为获得更好的浏览体验，推荐使用Edge浏览器"),
    ("footer/hosting-platform", "广西壮族自治区政府网站集约化平台"),
    ("footer/hosting-platform", "网站由中国移动南宁分公司提供云服务"),
    ("footer/hosting-platform", "云服务支持：中国联通"),
    ("tools/mini-program-qr", "长按识别小程序码"),
    ("tools/mini-program-qr", "扫码进入小程序"),
    ("tools/comment-box-notes", "注册/登录 后发表评论"),
    ("tools/comment-box-notes", "跟帖须知：请遵守《互联网跟帖评论服务管理规定》"),
    ("tools/comment-box-notes", "还没有评论，赶紧发表第一条评论吧"),
    ("tools/comment-box-notes", "展开全部回复"),
    ("tools/comment-box-notes", "❤ 36"),
    ("tools/expand-more", "阅读余下全文"),
    ("tools/expand-more", "已经到底了"),
    ("tools/head-copyright-note", "版权声明：本文系UP主原创文章，未经授权禁止转载。"),
    ("paywall/member-login", "成为VIP会员，免费看全文"),
    ("paywall/member-login", "¥3 解锁本篇"),
    ("related/also-read-header", "精选阅读"),
    ("credits/credit-line", "值班编委：周立"),
    ("tools/top-bar-links", "个人登录 | 法人登录"),
    ("tools/top-bar-links", "网站地图"),
    ("footer/accessibility-badge", "本网站已取得无障碍2.1 AA等级标章"),
    ("counters/views", "点阅数：56"),
    ("counters/site-counter", "今日访问量：123　总访问量：12345678"),
    ("counters/site-counter", "累计访问：12,345,678"),
    ("counters/site-counter", "在线人数：23"),
    ("counters/site-counter", "本站已安全运行3650天"),
    ("tools/share-invites", "分享给身边的人"),
    ("tools/share-invites", "觉得有用就点个在看吧"),
    ("tools/share-invites", "点击右上角“…”转发"),
    ("tools/share-invites", "打赏作者"),
    ("tools/share-invites", "复制文章地址"),
    ("footer/disclaimer-long", "本站提供的所有资料仅供学习交流使用，请勿用于商业用途。"),
    ("footer/disclaimer-long", "本网站对所转载内容的真实性、准确性不承担任何责任。"),
    ("footer/disclaimer-long", "任何单位和个人认为本网站内容可能涉嫌侵犯其合法权益，应及时向本网站书面反馈。"),
    ("footer/disclaimer-long", "如果所转载内容侵犯了您的权利，请与我们联系，我们将及时删除。"),
    ("footer/disclaimer-long", "使用本网站即表示您同意本网站的服务条款和隐私政策。"),
    ("footer/disclaimer-long", "文中观点不代表本网站立场，仅供读者参考。"),
    ("footer/disclaimer-long", "本站郑重声明：所载数据仅供参考，据此操作风险自担。"),
    ("breadcrumb/location-label-other", "您所处的位置：首页 » 政务公开"),
    ("tools/scan-to-read-sentence", "扫码，在手机上阅读本文。"),
    ("counters/reading-time", "浏览 1.5万 · 8分钟看完"),
    ("paywall/member-login", "新用户首月立减20元"),
    ("tools/top-bar-links", "VIP登录"),
    ("tools/share-invites", "给个在看鼓励一下"),
    ("tools/closing-chrome-sentence", "谢谢您的观看~"),
    ("tools/closing-chrome-sentence", "欢迎点赞、在看和转发！"),
    ("tools/closing-chrome-sentence", "需要转载，请与本号联系授权。"),
    ("tools/closing-chrome-sentence", "此文由南湖融媒综合编辑，欢迎转发"),
    ("tools/closing-chrome-sentence", "更多精彩内容，敬请关注“南湖发布”抖音号！"),
    ("tools/closing-chrome-sentence", "当前浏览器版本过低，部分功能无法使用。"),
    ("tools/closing-chrome-sentence", "本文被阅读 5678 次"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/cookie-consent", "我们发现部分网站使用Cookie追踪用户浏览记录。"),
    ("tools/cookie-consent", "部分网站在用户同意之前即通过Cookie收集浏览记录。"),
    ("tools/newsletter-signup", "用户可以随时取消订阅。"),
    ("tools/mini-program-qr", "群众扫描窗口二维码即可取号，无需排队等候。"),
    ("counters/reading-time", "阅读时间：15分钟"),
    ("counters/visitor-count", "网站总访问量：1263万次"),
    ("counters/views", "网站总访问量：1263万次"),
    ("counters/views", "全年阅读量：230万"),
    ("paywall/member-login", "有的平台在用户开通会员后仍推送广告。"),
    ("paywall/member-login", "该协会已是会员单位，可享受相关服务。"),
    ("footer/site-builder", "网站建设：完成门户网站适老化改造，新增长者模式。"),
    ("footer/site-builder", "技术服务：按合同约定提供7×24小时运维"),
    ("footer/disclaimer-long", "如发现涉及版权问题的侵权线索，请及时与省版权局联系。"),
    ("footer/disclaimer-long", "各单位转载他人作品的，一律注明来源和作者。"),
    ("tools/accessibility-bar", "无障碍环境建设"),
    ("tools/accessibility-bar", "适老化改造"),
    ("tools/share-targets", "微信、微博、抖音等平台同步发布"),
    ("tools/browser-advice", "请使用谷歌浏览器登录申报系统，建议分辨率1920*1080。"),
    ("footer/hosting-platform", "由中国移动承建的数据中心已投入使用"),
    ("footer/hosting-platform", "依托中国电信5G网络建设智慧园区"),
    ("footer/hosting-platform", "推进政府网站集约化平台建设"),
    ("footer/site-builder", "网站建设：完成集约化平台迁移"),
    ("paywall/member-login", "阅读全文请登录申报系统查看附件"),
    ("tools/mini-program-qr", "扫描下方报名二维码"),
    ("tools/comment-box-notes", "暂无评论意见的单位视为同意。"),
    ("tools/comment-box-notes", "请遵守相关法律法规，文明祭扫"),
    ("tools/head-copyright-note", "本文为作者原创文章，经授权转载。"),
    ("tools/expand-more", "下载“粤省事”APP"),
    ("paywall/member-login", "成为会员单位"),
    ("paywall/member-login", "市民注册后即可免费阅读数字图书馆资源。"),
    ("paywall/member-login", "会费标准：单位会员￥2000/年"),
    ("tools/newsletter-signup", "订阅电子报刊可通过邮局办理"),
    ("counters/site-counter", "网站总访问量：1263万次"),
    ("counters/site-counter", "总访问量：1263万次"),
    ("tools/share-invites", "把好经验分享给更多人，让群众少跑腿。"),
    ("footer/disclaimer-long", "如果商家侵犯了您的权益，请拨打12315投诉电话联系。"),
    ("footer/disclaimer-long", "本网站开通以来，不断完善功能，不承担经营性业务。"),
    ("tools/closing-chrome-sentence", "感谢大家的关注和支持！"),
    ("tools/closing-chrome-sentence", "欢迎广大市民积极参与。"),
    ("tools/closing-chrome-sentence", "如需咨询，请联系我们。"),
    ("tools/closing-chrome-sentence", "更多信息请关注市政府门户网站发布的通知。"),
]


(test_other_cms_chrome_is_caught,
 test_body_words_of_the_same_kind_are_not_chrome) = rule_line_tests(CAUGHT, KEPT)


EDGE_SENTENCES = [
    "如发现涉及版权问题的侵权线索，请及时与省版权局联系。",
    "用户可以随时取消订阅。",
    "我们发现部分网站使用Cookie追踪用户浏览记录，将依法督促整改。",
    "有的平台在用户开通会员后仍推送广告，有的在“解锁全文”提示中诱导用户注册。",
    "读者在市图书馆官网注册后即可免费阅读200余种电子报刊。",
    "如果商家侵犯了您的权益，请拨打12315投诉电话联系。",
    "更多信息请关注市政府门户网站发布的通知。",
]


@pytest.mark.parametrize("sentence", EDGE_SENTENCES)
def test_a_notice_ending_with_the_words_keeps_its_last_sentence(sentence: str) -> None:
    """Prose-aware rules run before the body is found: a body sentence with
    their words at the end of a notice must not be taken for the footer."""
    texts = ["关于加强网站和移动应用个人信息保护的通知",
             "各地网信部门要对本地区主要网站和应用程序开展专项检查，检查时间为6月1日至8月31日。",
             sentence]
    labels = classify(texts).labels
    assert [lab.label for lab in labels[1:]] == ["body", "body"], [lab.rule for lab in labels]


TRADITIONAL_PAGE = """市環保局召開空氣污染防制工作會議
發布日期：2026-03-05　資料來源：環保局
　　3月4日，市環保局召開空氣污染防制工作會議，通報1至2月全市空氣品質情形。
　　會議要求，各區公所要加強工地揚塵、餐飲油煙及機車排氣管制，確保完成年度目標。
點閱數：56
發表留言
登入後即可留言
開啟App閱讀全文
加入會員
請輸入您的電子郵件
本站支援IPv6
本網站已通過無障礙AA檢測
"""


def test_a_traditional_site_chrome_goes_and_its_body_stays() -> None:
    """Taiwanese spellings of the same chrome (點閱數, 發表留言, 登入, 開啟App,
    支援IPv6, 無障礙AA檢測) are read after conversion to Simplified script."""
    from govtext import clean

    text = clean(TRADITIONAL_PAGE).text
    assert "确保完成年度目标。" in text and "通报1至2月全市空气品质情形。" in text
    for gone in ("点阅数", "发表留言", "登入后即可留言", "阅读全文", "加入会员", "电子邮件", "IPv6", "无障碍AA"):
        assert gone not in text, gone


@pytest.mark.parametrize("rule_id", sorted({rule_id for rule_id, _ in CAUGHT}))
def test_the_rules_are_prefiltered(rule_id: str) -> None:
    """Each rule names the tokens one of which a line must hold (issue 7: a
    pattern the prefilter cannot read runs on every line of every page)."""
    rule = load_rules().get(rule_id)
    assert rule is not None and rule.required, rule_id
