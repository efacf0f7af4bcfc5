"""Chrome of Chinese-language sites outside the Mainland (held-out pages
h490-h499: Singapore, Malaysian, Thai, Indonesian and Philippine Chinese
papers, a Singapore ministry's Chinese pages, an association's site, an
embassy's page, a Canadian Chinese portal): each rule catches lines worded
otherwise than the pages it was written for (other papers, other platforms,
Traditional script, English buttons), and leaves alone the body sentences
that use the same words (a Malaysian report on a state's Facebook page, a
members' fee, a subscription scheme)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/cookie-consent", "同意并继续浏览"),
    ("tools/cookie-consent", "接受并关闭"),
    ("tools/cookie-consent", "Accept All"),
    ("tools/cookie-consent", "Accept Cookies | 接受"),
    ("tools/cookie-consent", "I agree"),
    ("tools/cookie-consent", "Got it"),
    ("tools/follow-platforms", "Follow us on Instagram | Facebook"),
    ("tools/follow-platforms", "关注我们：面子书 | YouTube"),
    ("tools/follow-platforms", "追踪我们：脸书　IG　推特"),
    ("tools/follow-platforms", "关注我们：微信公众号 sgchinese ｜ 小红书"),
    ("tools/follow-social-page", "记得关注光华日报面子书专页"),
    ("tools/follow-social-page", "关注南洋商报FB专页，获取更多新闻"),
    ("tools/follow-social-page", "欢迎按赞追踪本报脸书专页"),
    ("tools/follow-social-page", "欢迎关注本会Facebook专页及YouTube！"),
    ("tools/share", "分享此页：Facebook　Twitter"),
    ("tools/share", "分享本文：WhatsApp | 面子书"),
    ("tools/subscribe-login-row", "Sign in | Register"),
    ("tools/subscribe-login-row", "订阅｜登入"),
    ("tools/subscribe-login-row", "会员中心 / 登录 / 注册"),
    ("tools/subscribe-login-row", "e-Paper ｜ Subscribe ｜ Login"),
    ("tools/language-switch", "中文 | English"),
    ("tools/language-switch", "English | 中文 | Bahasa Indonesia"),
    ("tools/language-switch", "简体 / 繁体 / English"),
    ("tools/ad-label", "Advertisement"),
    ("tools/ad-label", "Sponsored"),
    ("tools/ad-label", "广告 | Advertisement"),
    ("tools/ad-label", "Iklan"),
    ("related/list-header", "You may also like"),
    ("related/list-header", "Related News 相关新闻"),
    ("related/list-header", "Read More"),
    ("related/list-header", "You might like 猜你喜欢"),
    ("related/list-header", "侨社动态"),
    ("related/list-header", "华社快讯"),
    ("related/list-header", "【社团动态】"),
    ("paywall/subscribe", "本文为订户专享内容"),
    ("paywall/subscribe", "此文章为付费内容"),
    ("paywall/subscribe", "以下内容为会员专属"),
    ("paywall/member-login", "已是订户？请登录阅读全文"),
    ("paywall/member-login", "请登录后查看全文"),
    ("paywall/member-login", "此文章为会员专属内容，请登入阅读全文。"),
    ("paywall/member-login", "订阅电子版，每月只需RM12.90，畅读全部新闻"),
    ("paywall/member-login", "成为会员，首月仅需S$0.99，畅享全站文章"),
    ("paywall/member-badge", "会员专享"),
    ("paywall/member-badge", "订户专享"),
    ("paywall/member-badge", "PREMIUM"),
    ("paywall/member-badge", "Subscribers only"),
    ("paywall/member-badge", "会员限定内容"),
    ("slogan/bilingual-name", "教育部 Ministry of Education"),
    ("slogan/bilingual-name", "雪隆福建会馆 Selangor and Kuala Lumpur Hokkien Association"),
    ("slogan/bilingual-name", "中华人民共和国驻菲律宾大使馆 Embassy of the People's Republic of China in the Philippines"),
    ("slogan/bilingual-name", "中华人民共和国驻温哥华总领事馆 Consulate General of the People's Republic of China in Vancouver"),
    ("slogan/bilingual-name", "泰国中华总商会 Thai-Chinese Chamber of Commerce"),
    ("slogan/name-with-domain", "星洲网 www.sinchew.com.my"),
    ("slogan/name-with-domain", "SG 新明日报 | shinmin.sg"),
    ("slogan/name-with-domain", "菲华网 phhua.com/"),
    ("slogan/gov-identity-banner", "An official website of the United States government Here's how you know"),
    ("slogan/gov-identity-banner", "A Singapore Government Agency Website"),
    ("slogan/gov-identity-banner", "Official websites use .gov"),
    ("slogan/gov-identity-banner", "Secure websites use HTTPS"),
    ("slogan/gov-identity-banner", "新加坡政府机构网站 如何识别"),
    ("tools/media-credit", "图：路透社档案照"),
    ("tools/media-credit", "照片：受访者提供"),
    ("tools/media-credit", "图／卫生部提供"),
    ("tools/page-helpful", "此信息是否有用？"),
    ("tools/page-helpful", "这个页面对你有帮助吗？ 有帮助 | 没帮助"),
    ("tools/page-helpful", "Was this page helpful? Yes No"),
    ("label-table/keywords", "分类：侨社动态　标签：同乡会, 奖学金"),
    ("label-table/keywords", "Posted in 会务活动 Tags: 新春"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/cookie-consent", "双方同意并继续推进合作项目。"),
    ("tools/cookie-consent", "Accept the award on behalf of the school."),
    ("tools/follow-platforms", "关注面子书上的不实信息，及时向警方举报。"),
    ("tools/follow-social-page", "州政府面子书专页昨日发布了最新防疫指南。"),
    ("tools/follow-social-page", "关注脸书专页的网民纷纷留言支持。"),
    ("tools/follow-social-page", "关注面子书专页上流传的假消息，警方已展开调查，并呼吁公众切勿转发未经证实的消息。"),
    ("tools/share", "分享此页面的做法已在全州推广。"),
    ("tools/subscribe-login-row", "登录注册程序已经简化。"),
    ("tools/language-switch", "中文English双语版本已上线。"),
    ("tools/language-switch", "华文小学的中文和English课程将增加课时。"),
    ("tools/ad-label", "Advertisement Act 修订后，广告须明确标注。"),
    ("related/list-header", "Recommended dosage 每日两次"),
    ("related/list-header", "侨社动态丰富多彩。"),
    ("related/list-header", "侨社动态：潮州会馆举办元宵晚会"),
    ("paywall/subscribe", "本文为订户提供参考信息。"),
    ("paywall/member-login", "会员每月只需缴交RM10会费，即可享受优惠。"),
    ("paywall/member-login", "订阅服务每月只需S$5，由电讯商收取。"),
    ("paywall/member-login", "市民请登录政府网站查看全文。"),
    ("paywall/member-badge", "会员专享的优惠将于下月结束。"),
    ("paywall/member-badge", "Premium 组屋的转售价格连续三季上涨。"),
    ("slogan/bilingual-name", "教育部长在国会回答议员询问。"),
    ("slogan/bilingual-name", "福建会馆 今年捐出奖学金"),
    ("slogan/name-with-domain", "申请者可登录 hdb.gov.sg"),
    ("slogan/name-with-domain", "详情请浏览 www.moh.gov.sg 了解。"),
    ("slogan/gov-identity-banner", "政府网站将于下月改版。"),
    ("slogan/gov-identity-banner", "How to identify scam calls was the theme of the talk."),
    ("tools/media-credit", "图：全市去年新增就业岗位统计"),
    ("tools/media-credit", "照片由市民提交后，将在展览中展出。"),
    ("tools/page-helpful", "这项政策对中小企业有帮助吗？专家认为效果明显。"),
    ("tools/page-helpful", "本页面所列数据均来自统计部门。"),
    ("label-table/keywords", "分类：按行业划分的企业数量如下。"),
]


(test_overseas_chinese_site_chrome_is_caught,
 test_body_words_of_overseas_chinese_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


KUCHING_PAGE = """光华网 Kwong Wah
首页 | 槟城 | 北马 | 全国 | 国际 | 财经
报道：陈美玲　摄影：黄国豪
砂州推出乡区网络津贴 每户每月补贴30令吉
2025年4月2日 星期三 上午10:05
（古晋2日讯）砂拉越州政府今日宣布，从5月起为乡区家庭提供每月30令吉的网络津贴，为期两年。
负责公共事务的部长拿督斯里林美华说，申请者可通过州政府面子书专页及官方网站下载表格，乡区长屋的会员合作社也会协助村民申请。
她指出，不少乡区学生需要上网订阅网课，这项津贴可减轻家长的负担。
分享到：面子书 | WhatsApp
关注光华网脸书专页，掌握最新新闻！
You may also like 猜你喜欢
诗巫新桥下月通车
Advertisement
© 2025 Kwong Wah Yit Poh. All rights reserved.
"""


def test_a_malaysian_page_keeps_its_body_words_and_reads_its_reporter_label() -> None:
    """A whole page of another Malaysian paper: the 报道： label names the
    author (the photographer after 摄影： does not), the share row, the
    call to follow the paper's Facebook page, the English list header and
    ad label go, and the body lines that speak of a Facebook page, members
    and subscribing stay."""
    doc = clean(KUCHING_PAGE)
    text = doc.text
    for body in ("面子书专页及官方网站下载表格", "会员合作社也会协助村民申请", "需要上网订阅网课"):
        assert body in text, body
    for chrome in ("分享到", "关注光华网脸书专页", "You may also like", "Advertisement", "陈美玲"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "砂州推出乡区网络津贴 每户每月补贴30令吉"
    assert doc.metadata.get("author") == "陈美玲"
    assert doc.metadata.get("date") == "2025-04-02"


def test_an_updated_label_in_english_order_gives_the_date_when_nothing_else_does() -> None:
    """``更新于`` with a US-style date (month first, the day past 12) is the
    page's date when no published label says otherwise."""
    doc = clean("多伦多市议会通过新预算\n更新于 04/23/2025 08:15 PM\n　　多伦多市议会周二通过2025年度预算，物业税上调5.4%。\n")
    assert doc.metadata.get("date") == "2025-04-23"
    assert "更新于" not in doc.text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("18/03/2025 07:30", "2025-03-18"),  # a Malaysian paper's day first: the day is past 12
        ("21-03-2025 | 14:20 WIB", "2025-03-21"),  # an Indonesian paper's, with dashes
        ("03/14/2025 10:25 AM", "2025-03-14"),  # a Canadian portal's month first
        ("05/03/2025 07:30", "2025-05-03"),  # either could be the month: read month first (see _LOOSE_DATE)
    ],
)
def test_a_slashed_date_with_the_year_last_reads_day_first_only_when_it_must(line: str, iso: str) -> None:
    """The DD/MM against MM/DD choice: the day first only when the first
    number cannot be a month; an ambiguous date keeps the month-first
    reading, documented at ``govtext.blocks.metadata._LOOSE_DATE``."""
    doc = clean(f"槟城州政府推出新措施\n{line}\n　　槟城州政府今日宣布推出新的房屋援助措施，受惠家庭预计超过五千户。\n")
    assert doc.metadata.get("date") == iso
