"""Chrome in Taiwan, Hong Kong and Macau wording (held-out pages h310-h319,
and the Simplified held-out pages through OpenCC ``s2twp``).

The rules are written in Mainland wording; the rule loader widens every
pattern with the Taiwan wording of its words (列印 for 打印, 资讯 for 信息,
登入 for 登录, 连结 for 链接, 释出 for 发布 ...), so each rule catches the
lines of those sites once their script is Simplified. The tests check the
widening itself, lines of chrome worded otherwise than the pages (other
sites, other spellings) that the rules must catch, and body sentences with
the same words that they must leave alone."""

from __future__ import annotations

import pytest
import regex

from govtext import clean
from govtext.blocks._variants import regional_word_list, regional_words
from govtext.blocks.metadata import parse_meta_line
from govtext.blocks.rules import load_rules, parse_rules
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/page-actions", "【列印本页】【关闭视窗】"),
    ("tools/page-actions", "列印此页 | 关闭视窗"),
    ("tools/page-actions-bare", "列印｜转寄｜回上页"),
    ("tools/page-actions-bare", "登入／注册　会员中心　深色模式"),
    ("tools/page-actions-bare", "字级设定　列印　分享"),
    ("tools/page-actions-bare", "字型大小 / 友善列印 / 回到页首"),
    ("tools/page-actions-bare", "夜间模式｜登入"),
    ("tools/font-size", "字级设定：A－ A A＋"),
    ("tools/font-size", "字体设置：大 中 小"),
    ("tools/font-size", "字型：预设 大 特大"),
    ("tools/font-size", "字型调整：小 中 大"),
    ("tools/download-link", "115年度摊位招租公告附表.pdf（下载次数：36）"),
    ("tools/download-link", "申请表.docx (下载：12次)"),
    ("tools/download-link", "实施计划.odt（点阅次数：208）"),
    ("tools/share", "加入中央社LINE好友，掌握第一手新闻"),
    ("tools/share", "立即加入卫福部LINE官方帐号，防疫资讯不漏接"),
    ("tools/share", "用手机扫描QR Code，加入疾管家LINE官方帐号"),
    ("tools/follow-platforms", "追踪中央社 Instagram　Threads　YouTube"),
    ("tools/follow-platforms", "关注我们：微博 微信 抖音"),
    ("tools/follow-platforms", "Follow us Facebook | Instagram | YouTube"),
    ("tools/follow-platforms", "按赞追踪公视新闻网粉丝专页，第一时间掌握新闻"),
    ("tools/follow-platforms", "欢迎关注临湖发布公众号，随时了解本地新闻"),
    ("tools/follow-platforms", "订阅联合报YouTube频道"),
    ("tools/click-me", "不用抽 不用抢 现在用APP看新闻 保证天天中奖　点我下载APP　按我看活动办法"),
    ("tools/click-me", "一手掌握经济脉动　点我订阅自由财经Youtube频道"),
    ("tools/click-me", "春节红包活动，点此领取"),
    ("tools/click-here-link", "线上挂号请点此　　预约门诊"),
    ("tools/click-here-link", "报名请按此"),
    ("tools/click-here-link", "更多详情请点击此处"),
    ("tools/search-box", "搜寻新闻、节目或标签"),
    ("tools/search-box", "搜索文章、作者"),
    ("tools/search-box", "请输入标题、文号或关键字"),
    ("tools/player-fallback", "影片载入中，请稍候…"),
    ("tools/player-fallback", "视频加载中，请稍候"),
    ("tools/media-placeholder", "影片载入中..."),
    ("tools/media-controls", "00:00 / 02:48　字幕　画质　自动播放"),
    ("tools/media-controls", "00:00 / 12:05 倍速 全屏"),
    ("tools/cookie-consent", "本校网站使用Cookies来提升您的浏览体验，如您继续浏览即代表同意本站隐私权政策。"),
    ("tools/cookie-consent", "本院网站使用cookie以提供更佳的使用者体验"),
    ("tools/cookie-consent", "本网页会使用Cookie记录您的偏好设定"),
    ("footer/disclaimer", "本网站之内容由中央社提供，网友留言仅代表个人意见，与本社立场无关。"),
    ("footer/disclaimer", "读者投书内容与本报立场无关"),
    ("footer/disclaimer", "本网站卫教内容仅供参考，不能取代医师之诊断与治疗，如有身体不适请尽速就医。"),
    ("footer/disclaimer", "本站健康资讯仅供参考，无法替代专业医疗诊断。"),
    ("footer/site-address", "校本部：811高雄市楠梓区大学南路1号　总机：(07)591-0000"),
    ("footer/site-address", "本院地址：231新北市新店区建国路289号　电话：(02)2918-1234"),
    ("footer/site-address", "仁武院区：814高雄市仁武区仁雄路91号　总机：(07)372-1234"),
    ("footer/site-address", "东校区：台中市西屯区文华路100号　电话：(04)2451-7250"),
    ("related/list-header", "你可能还想看"),
    ("related/list-header", "您也许会喜欢"),
    ("related/list-header", "其他新闻"),
    ("related/list-header", "其它报道"),
    ("footer/site-footer", "隐私权宣告｜资讯安全政策｜政府网站资料开放宣告"),
    ("footer/site-footer", "建议使用Chrome浏览器，萤幕解析度1280×768以上"),
    ("counters/views", "点选次数：1,284"),
    ("credits/credit-line", "稽核：王立群"),
    ("forum/thread-stats", "检视: 3526 | 回复: 18"),
    ("paywall/preview-ended", "登入后检视完整内容"),
    ("tools/app-teaser", "开启APP，检视更多精彩内容"),
    ("tools/wechat-widgets", "点选上方蓝字关注我们"),
    ("related/labelled-link", "相关连结：江南省城镇生活垃圾分类实施方案"),
    ("tools/accessibility-bar", "关怀版 | 萤幕阅读 | 放大镜"),
    ("tools/follow-us", "追踪我们"),
    ("tools/share-poster-copy-link", "复制连结"),
    ("tools/page-actions-bare", "回列表｜回到上方"),
    ("tools/page-actions-bare", "登入｜注册｜忘记密码"),
    ("tools/page-actions-bare", "列印友善版　下载PDF档"),
    ("tools/page-actions-bare", "返回主页"),
    ("tools/page-actions-bare", "Top"),
    ("tools/page-actions-bare", "看更多"),
    ("tools/search-box", "进阶搜寻"),
    ("tools/search-box", "热门关键字：长照 补助 防疫"),
    ("tools/mini-program-qr", "行动条码"),
    ("tools/browser-advice", "本网站最佳浏览环境：Chrome、Edge、Firefox最新版本"),
    ("tools/browser-advice", "建议浏览环境为Edge或Chrome"),
    ("related/ranking-header", "点阅排行"),
    ("related/ranking-header", "本周点阅排行榜"),
    ("related/labelled-link", "友站链接"),
    ("related/labelled-link", "好站连结："),
    ("tools/page-actions-bare", "把此页传送给朋友"),
    ("tools/page-actions-bare", "电邮给朋友 | 列印此页"),
    ("tools/page-actions-bare", "下载全部相片"),
    ("tools/page-actions-bare", "繁｜简｜PT｜EN"),
    ("tools/page-actions-bare", "会员中心　登出"),
    ("tools/media-controls", "相关图片（3）"),
    ("tools/media-controls", "相片 2/5"),
    ("tools/ad-label", "赞助广告"),
    ("tools/ad-label", "广告赞助"),
    ("related/list-header", "你可能有兴趣"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/page-actions-bare", "县府于今日召开记者会，说明列印补助申请流程。"),
    ("tools/font-size", "学校将调整教科书字型大小，方便低视能学生阅读。"),
    ("tools/download-link", "民众可至本府网站下载申请表，下载次数已逾千次。"),
    ("tools/share", "卫生局表示，民众可加入LINE官方帐号查询疫苗接种站点。"),
    ("tools/follow-platforms", "警方持续追踪该诈骗集团在Facebook和LINE上的帐号。"),
    ("tools/follow-platforms", "市府将持续关注粉丝专页上的民众意见，作为施政参考。"),
    ("tools/click-me", "这道题有点我看不懂，老师又讲了一遍。"),
    ("tools/click-me", "他说：“点我名字的那位同学请站起来。”"),
    ("tools/click-here-link", "审查委员会认为此处设置红绿灯有其必要。"),
    ("tools/search-box", "搜救人员于山区持续搜索、救援，直到深夜。"),
    ("tools/player-fallback", "系统正在加载中文语音模组，预计下月上线。"),
    ("tools/cookie-consent", "本校网站改版后，将提供更完整的招生资讯。"),
    ("footer/disclaimer", "检测结果仅供参考，不能取代医师诊断，民众如有症状应尽速就医。"),
    ("footer/disclaimer", "议员强调，本案与本社区居民的立场无关。"),
    ("footer/site-address", "新校区地址选定后，市府将邀集居民召开说明会，电话：1999转8。"),
    ("related/list-header", "其他新闻媒体也报道了这一消息"),
    ("related/list-header", "你可能还想看看这份报告"),
    ("tools/page-actions-bare", "学生可回到上方的选单选择课程。"),
    ("tools/search-box", "进阶搜寻功能将于下月上线，方便民众查询判决。"),
    ("tools/browser-advice", "最佳浏览环境的设定，由各机关依需求自行决定。"),
    ("related/ranking-header", "本周点阅排行第一的是市府的社会住宅新闻，显示民众关注居住议题。"),
    ("tools/page-actions-bare", "请把此页传送给朋友前先核对报名资料。"),
    ("tools/media-controls", "相关图片（3）显示，施工期间围篱已向外推移两公尺。"),
    ("tools/ad-label", "市府将公开招募赞助广告厂商，收入全数用于社会福利。"),
    ("related/list-header", "你可能有兴趣参加本周末的社区导览"),
]


(test_chrome_in_taiwan_wording_is_caught,
 test_body_sentences_with_the_same_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_a_pattern_is_widened_word_by_word() -> None:
    assert regional_words("打印本页|关闭窗口") == "(?:打印本页|列印本页)|(?:关闭窗口|关闭视窗)"
    assert regional_words("(?:点击|点)查看") == "(?:(?:点击|点选)|点)(?:查看|检视)"


def test_classes_escapes_and_quantified_characters_are_left_alone() -> None:
    assert regional_words("[打印信息]") == "[打印信息]"
    assert regional_words(r"\p{Han}{2,4}打印") == r"\p{Han}{2,4}(?:打印|列印)"
    # the quantifier applies to 本 alone: 本 stays outside the group
    assert regional_words("打印本?页") == "(?:打印|列印)本?页"
    assert regional_words("信息{2}") == "信息{2}"  # one character left in the run: no word
    assert regional_words("当前位置") == "当前位置"  # no other wording


def test_the_widened_pattern_matches_what_the_original_matched() -> None:
    for source in ("打印本页", "(?:点击|点)查看(?:更多)?", "^\\W{0,3}信息来源[:：]", "扫描二维码"):
        widened = regex.compile(regional_words(source))
        for text in ("打印本页", "点击查看更多", "点查看", "【信息来源：市政府", "扫描二维码关注"):
            if regex.search(source, text):
                assert widened.search(text), (source, text)


def test_words_the_sites_write_beyond_opencc() -> None:
    assert "扫描QR Code" in regional_word_list(["扫描二维码"])
    assert "返回页首" in regional_word_list(["返回顶部"])
    assert "萤幕解像度" not in regional_word_list(["屏幕分辨率"])  # s2twp: 萤幕解析度
    assert "萤幕解析度" in regional_word_list(["屏幕分辨率"])


def test_user_rules_are_widened_too() -> None:
    rs = parse_rules({"version": 1, "family": [{"name": "site", "label": "footer", "rule": [
        {"id": "print", "pattern": "打印文章", "reason": "demo"},
        {"id": "words", "words": ["网站信息"], "spaced": True, "reason": "demo"}]}]})
    assert rs.get("site/print").match("列印文章") is not None
    assert rs.get("site/words").match("网 站 资 讯") is not None


def test_traditional_rules_know_the_taiwan_words_in_traditional_script() -> None:
    rule = load_rules(traditional=True).get("tools/page-actions")
    assert rule.match("【列印本頁】") is not None and rule.match("【關閉視窗】") is not None


@pytest.mark.parametrize(("line", "field", "value"), [
    ("资讯时间：2024/07/02　阅读次数：", "date", "2024-07-02"),
    ("释出日期：2023-10-12　来源：县应急管理局", "source", "县应急管理局"),
    ("释出机关：经济部", "agency", "经济部"),
    ("发布单位：秘书室公共事务组　发布日期：2026-04-21　点阅率：1,652", "agency", "秘书室公共事务组"),
    ("资料来源：疾病管制署", "source", "疾病管制署"),
    ("撰稿：林怡萱　摄影：吴承翰", "author", "林怡萱"),
    ("资料更新时间：2026-03-12", "date", "2026-03-12"),
    ("最后异动日期：2026-03-12", "date", "2026-03-12"),
])
def test_taiwan_metadata_labels(line: str, field: str, value: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields.get(field) == value, meta


TAIWAN_PAGE = """:::
网站导览｜回首页｜English
字型大小：小　中　大
首页 > 最新消息
县府推动数位学习 偏乡学校全面汰换平板
发布日期：2026-05-11
资料来源：教育处
　　县府今年编列预算汰换偏乡学校的老旧平板电脑，并为教师开设线上课程，学习如何在课堂上运用数位教材。
　　教育处表示，新平板预设安装过滤软体，学生登入校园帐号后才能连结网路，家长也可在手机上检视孩子的学习纪录。
友善列印　回上一页
分享至 Facebook　LINE
隐私权宣告｜资讯安全政策｜政府网站资料开放宣告
"""


def test_a_page_in_taiwan_wording_keeps_its_body_and_loses_its_chrome() -> None:
    doc = clean(TAIWAN_PAGE)
    body = [line.strip() for line in TAIWAN_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in doc.text for line in body)
    for chrome in ("字型大小", "友善列印", "分享至", "隐私权宣告", "网站导览"):
        assert chrome not in doc.text, chrome
    assert doc.metadata["title"] == "县府推动数位学习 偏乡学校全面汰换平板"
    assert doc.metadata["date"] == "2026-05-11" and doc.metadata["source"] == "教育处"



def test_a_site_counter_of_today_and_all_time_is_metadata_whole() -> None:
    meta = parse_meta_line("今日浏览人次：123｜总浏览人次：45,678")
    assert meta is not None and "views" in meta.fields and meta.coverage == 1.0


TAIWAN_TAIL = """首页 > 最新消息
市府推动社会住宅 明年再增三千户
资料更新时间：2026-03-12
发布日期：2026-03-11
　　市府今日宣布，明年将在北区、西屯区及南屯区新建三处社会住宅，共提供约三千户，优先照顾青年、新婚家庭及弱势族群。
　　都发局表示，三处基地已完成环境影响评估，预计明年第二季动工，租金将以市场行情的六到八折计算。
回列表
回到上方
列印友善版　下载PDF档
看更多
点阅排行
1 社会住宅抽签结果公告
2 租金补贴申请懒人包
友站连结
台中市政府　行政院　内政部
今日浏览人次：123｜总浏览人次：45,678
最后异动日期：2026-03-12
本网站最佳浏览环境：Chrome、Edge、Firefox最新版本
Top
"""


def test_a_tail_of_taiwan_chrome_goes_whole() -> None:
    doc = clean(TAIWAN_TAIL)
    lines = doc.text.splitlines()
    assert lines[0] == "市府推动社会住宅 明年再增三千户" and len(lines) == 3, doc.text
    assert doc.metadata["date"] == "2026-03-11"
