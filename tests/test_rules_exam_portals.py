"""Chrome of exam-training and recruitment-information portals that repost
official notices (held-out pages h740-h749): each rule catches lines worded
otherwise than the pages it was written for (other portals, other exams,
Taiwan wording in the Simplified script the rules see, half-width
punctuation), and leaves alone the notice
sentences that use the same words (报名, 真题, 大纲, 倒计时, 以…为准, 联系人：张老师)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/exam-training-promo", "【国考备考】行测申论全程班 限时特惠 ¥299 立即报名"),
    ("tools/exam-training-promo", "扫码进群，免费领取2025事业单位历年真题"),
    ("tools/exam-training-promo", "教资面试冲刺班火热招生中，名额有限，戳我预约>>"),
    ("tools/exam-training-promo", "添加助教微信，进军队文职备考群"),
    ("tools/exam-training-promo", ">>点击领取《银行秋招笔试题库》<<"),
    ("tools/exam-training-promo", "公基必刷3000题，0元领取"),
    ("tools/exam-training-promo", "特岗教师面试协议班，不过退费"),
    ("tools/exam-training-promo", "长按识别二维码，加入遴选考生群"),
    ("tools/exam-countdown", "距离2025国考笔试还有 12 天"),
    ("tools/exam-countdown-exclaimed", "距省考报名截止仅剩3天！"),
    ("tools/exam-countdown-exclaimed", "距离2025国考笔试只剩 2 天!!"),
    ("tools/exam-countdown", "离教师资格证面试还剩 9 天"),
    ("tools/exam-countdown", "【倒计时】距事业单位联考 20 天"),
    ("tools/exam-countdown", "地方特考报名倒数 7 天"),
    ("tools/exam-portal-buttons", "[报名入口]  [职位表下载]"),
    ("tools/exam-portal-buttons", "【立即报名】【招聘简章】【往年进面分数】"),
    ("tools/exam-portal-buttons", "〖网申入口〗 〖公告PDF〗"),
    ("tools/arrow-framed-teaser", "👇 点击下方领取面试真题 👇"),
    ("tools/arrow-framed-teaser", "▼▼ 岗位表下载 ▼▼"),
    ("tools/exam-consultant", "课程顾问：刘老师 180-0000-1234"),
    ("tools/exam-consultant", "在线咨询: 陈老师(微信同号)"),
    ("related/exam-list-header", "考试日历"),
    ("related/exam-list-header", "近期考试"),
    ("related/exam-list-header", "广东教师招聘汇总"),
    ("related/exam-list-header", "浙江事业单位考试一览"),
    ("related/collection-and-more-link", "本文已收录于【2025国考公告汇总】合集"),
    ("related/collection-and-more-link", "点击查看全国事业单位招聘信息>>"),
    ("related/collection-and-more-link", "点此进入湖北省考职位检索 →"),
    ("counters/reactions", "阅读 3.4万　在看 120　赞 56"),
    ("counters/reactions", "在看 12 · 阅读 980"),
    ("slogan/mobile-edition-name", "教招通 · 手机版"),
    ("slogan/mobile-edition-name", "上岸宝•触屏版"),
    ("footer/repost-disclaimer", "温馨提示：本文转载自福建省人事考试网，如有出入以官方发布为准。"),
    ("footer/repost-disclaimer", "本网站非政府官方网站，所发布招考信息仅作参考。"),
    ("footer/repost-disclaimer", "以上内容整理自各地人社部门官网，请以原公告为准"),
    ("footer/repost-disclaimer", "本站与招考机关无任何隶属关系，所载资讯转载自官方网站，仅供参考。"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/exam-training-promo", "　　本次考试不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。"),
    ("tools/exam-training-promo", "　　报名时间：2024年5月13日9:00至5月16日17:00。"),
    ("tools/exam-training-promo", "　　笔试内容参照《2025年度公务员录用考试笔试考试大纲》，考生可登录网站下载。"),
    ("tools/exam-training-promo", "　　考生须加入由招录机关建立的资格复审工作群，及时接收通知。"),
    ("tools/exam-countdown", "　　距离考试还有3天时，考生应登录系统打印准考证。"),
    ("tools/exam-countdown", "　　报名倒计时启动后，系统将每日公布各职位报名人数，请考生合理选择职位。"),
    ("tools/exam-countdown", "　　三、考试时间"),
    ("tools/exam-portal-buttons", "【报名方式】"),
    ("tools/exam-portal-buttons", "【第一条】【第二条】"),
    ("tools/exam-consultant", "　　联系人：张老师　联系电话：0571-88001234（微信同号）"),
    ("tools/exam-consultant", "　　在线咨询服务由人事考试中心提供，工作日9:00-17:00。"),
    ("related/exam-list-header", "　　一、招聘计划汇总"),
    ("related/exam-list-header", "考试安排"),
    ("related/collection-and-more-link", "　　本文件收录于《人事考试政策汇编》第三卷，请各单位对照执行。"),
    ("counters/reactions", "　　全市阅读推广活动参与人数达1.2万人次，在看书展的市民有86名志愿者服务。"),
    ("slogan/mobile-edition-name", "　　考生可通过手机版报名系统提交材料。"),
    ("slogan/mobile-edition-name", "电脑版 | 手机版"),
    ("footer/repost-disclaimer", "　　本次招聘有关信息以青溪县人民政府网站发布为准。"),
    ("footer/repost-disclaimer", "　　以上岗位的具体要求以《职位表》为准。"),
    ("footer/repost-disclaimer", "　　本公告由县人力资源和社会保障局负责解释。"),
]


(test_exam_portal_chrome_is_caught,
 test_notice_words_of_exam_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


PORTAL_PAGE = """学途公考网
首页 | 国考 | 省考 | 事业单位 | 教师招聘
当前位置：首页 > 事业单位 > 福建
2024年南平市延平区事业单位公开招聘工作人员公告
来源：延平区人力资源和社会保障局　发布时间：2024-07-02
距离延平区事业单位笔试还有 30 天
　　为满足事业单位用人需求，经研究，决定公开招聘工作人员32名。现将有关事项公告如下：
【限时福利】事业单位笔试系统班 1元试听 立即报名>>
　　一、报名时间：2024年7月8日至7月12日。本次考试不举办也不委托任何机构举办考试辅导培训班。
　　二、咨询电话：0599-8601234
延平区人力资源和社会保障局
2024年7月2日
【报名入口】　【岗位表下载】
课程顾问：林老师 138-0000-5678
声明：以上信息转载自延平区人民政府网站，仅供参考，一切以官方公告为准。
"""


def test_a_portal_page_of_another_site_keeps_the_notice() -> None:
    """A whole portal page of another site: the countdown, the course offer, the
    buttons, the consultant and the repost disclaimer go; every line of the
    notice (its anti-training sentence, its own hotline) and its signature stay,
    and the official source is the page's source."""
    doc = clean(PORTAL_PAGE)
    text = doc.text
    for line in PORTAL_PAGE.splitlines()[6:]:
        if line.startswith("　　") and "试听" not in line:
            assert line.strip() in text, line
    assert "延平区人力资源和社会保障局\n2024年7月2日" in text
    for chrome in ("还有 30 天", "系统班", "报名入口", "林老师", "仅供参考"):
        assert chrome not in text, chrome
    assert doc.metadata.get("source") == "延平区人力资源和社会保障局"
    assert doc.metadata.get("date") == "2024-07-02"
