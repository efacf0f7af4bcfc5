"""Chrome of education bureau, exam authority and school sites (held-out pages
h1070-h1079): a bureau's list of question links under 常见问题, a school
site's staff or intranet log-in, a WeChat account's pointer to its menu, the
CMS's download header set above a notice's sign-off, and a WeChat account's
name set above its date line over the headline. Each rule catches lines
worded otherwise than the pages it was written for, and leaves alone the body
sentences that use the same words (a guide's own 常见问题 section, a notice
telling parents to log in or to use the account's menu, a notice's own
attachment list)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/list-header", "常见问题"),
    ("related/list-header", "【常见问答】"),
    ("related/list-header", "高频问题解答"),
    ("related/list-header", "热门问答"),
    ("related/list-header", "家长最关心的问题"),
    ("related/list-header", "考生关心的热点问题"),
    ("tools/top-bar-links", "教师登录"),
    ("tools/top-bar-links", "内联网登入 Intranet Login"),
    ("tools/top-bar-links", "【学生登录】"),
    ("tools/top-bar-links", "统一身份认证登录"),
    ("tools/top-bar-links", "教职工登入 Staff Login"),
    ("tools/wechat-widgets", "点击下方菜单“入学服务”即可进入报名系统"),
    ("tools/wechat-widgets", "点击公众号底部菜单栏“招生查询”查看录取结果"),
    ("tools/wechat-widgets", "👇点击底部菜单“办事指南”"),
]

KEPT: list[tuple[str, str]] = [
    ("related/list-header", "五、常见问题"),
    ("related/list-header", "常见问题及处理办法如下："),
    ("related/list-header", "针对家长关心的问题，区教育局逐一作了解答。"),
    ("tools/top-bar-links", "教师登录省教师管理信息系统填报继续教育学时。"),
    ("tools/top-bar-links", "学生登录平台后须核对个人信息"),
    ("tools/wechat-widgets", "家长可点击公众号下方菜单“招生入学”进行网上报名。"),
    ("tools/wechat-widgets", "点击下方菜单“入学服务”，填写报名信息并上传户口簿。"),
]


(test_education_site_chrome_is_caught,
 test_body_words_of_education_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


QUESTIONS_PAGE = """清江县教育局
首页　教育新闻　招生考试　督导评估　联系我们
当前位置：首页 > 招生考试
清江县2025年秋季小学一年级新生报名公告
发布时间：2025-06-02　来源：清江县教育局
　　今年秋季小学一年级新生报名于6月15日开始，家长须携带户口簿、房产证明到学区学校现场报名。
　　报名时间为每日8:30至17:00，逾期报名的，由县教育局统筹安排就读学校。
清江县教育局
2025年6月2日
常见问题
· 户籍在外地的孩子能在本县报名吗？
· 报名时需要带孩子本人到场吗？
版权所有：清江县教育局
"""


def test_a_bureau_list_of_question_links_goes_and_the_notice_stays() -> None:
    """The 常见问题 header and its question links under the sign-off go; the
    notice's paragraphs and sign-off stay."""
    doc = clean(QUESTIONS_PAGE)
    for line in ("今年秋季小学一年级新生报名于6月15日开始", "报名时间为每日8:30至17:00", "2025年6月2日"):
        assert line in doc.text, line
    for chrome in ("常见问题", "户籍在外地的孩子", "需要带孩子本人到场"):
        assert chrome not in doc.text, chrome


GUIDE_WITH_QUESTIONS = """清江县教育局
首页　教育新闻　招生考试　督导评估　联系我们
清江县义务教育入学报名指南
发布时间：2025-06-02
　　一、报名对象为本县户籍及随迁子女中年满6周岁的适龄儿童。
　　二、报名材料为户口簿、房产证明或居住证。
常见问题
　　问：户籍在外地的孩子能在本县报名吗？
　　答：能。父母一方持本县居住证满一年的，可在居住地所属学区学校报名。
　　问：报名时需要带孩子本人到场吗？
　　答：不需要，由家长携带材料报名即可。
版权所有：清江县教育局
"""


def test_a_guides_own_questions_section_stays() -> None:
    """A guide's own 常见问题 section, its questions answered below, is body."""
    doc = clean(GUIDE_WITH_QUESTIONS)
    for line in ("常见问题", "问：户籍在外地的孩子能在本县报名吗？", "答：能。", "答：不需要"):
        assert line in doc.text, line


DOWNLOAD_BOX_ABOVE_SIGN_OFF = """平阳区教育局
首页　教育资讯　招生考试　督导评估
平阳区2025年公办幼儿园招生工作方案
发布日期：2025-05-06　来源：平阳区教育局
　　一、招生对象为2021年9月1日至2022年8月31日出生的适龄儿童。
　　二、报名采取网上报名的方式，报名时间为5月20日至5月25日。
相关附件
平阳区2025年公办幼儿园招生范围一览表.xlsx
平阳区教育局
2025年5月6日
"""

OWN_ATTACHMENT_LIST = """平阳区教育局
首页　教育资讯　招生考试　督导评估
平阳区2025年公办幼儿园招生工作方案
发布日期：2025-05-06　来源：平阳区教育局
　　一、招生对象为2021年9月1日至2022年8月31日出生的适龄儿童。
　　二、报名采取网上报名的方式，报名时间为5月20日至5月25日。
附件：平阳区2025年公办幼儿园招生范围一览表
平阳区教育局
2025年5月6日
"""


def test_the_cms_download_header_above_the_sign_off_goes_and_its_file_stays() -> None:
    """The CMS's download header (相关附件) set over a file above the sign-off
    goes; the file's name and the sign-off stay. A notice's own attachment
    line (附件：…, no file extension) is kept."""
    doc = clean(DOWNLOAD_BOX_ABOVE_SIGN_OFF)
    assert "相关附件" not in doc.text
    for line in ("招生范围一览表.xlsx", "平阳区教育局\n2025年5月6日", "报名时间为5月20日"):
        assert line in doc.text, line
    own = clean(OWN_ATTACHMENT_LIST)
    assert "附件：平阳区2025年公办幼儿园招生范围一览表" in own.text


WECHAT_ACCOUNT_ABOVE_DATE = """青溪教育发布
2025年06月28日 20:15 浙江
青溪县2025年普通高中招生录取分数线公布
原创 青溪教育发布 青溪教育发布
6月28日，青溪县2025年普通高中招生录取分数线公布，青溪中学统招线为612分。
考生可登录青溪县中考服务平台查询本人录取结果。
点击下方菜单“中考查询”即可查询
"""


def test_a_wechat_accounts_name_above_its_date_line_is_no_headline() -> None:
    """A WeChat account's name above the date line, named again on the
    header line under the headline, is the account's, not the page's title;
    the menu pointer under the text goes."""
    doc = clean(WECHAT_ACCOUNT_ABOVE_DATE)
    assert doc.metadata.get("title") == "青溪县2025年普通高中招生录取分数线公布"
    assert "青溪中学统招线为612分" in doc.text
    assert "考生可登录青溪县中考服务平台查询本人录取结果。" in doc.text
    assert "点击下方菜单" not in doc.text
    assert not doc.text.startswith("青溪教育发布")
