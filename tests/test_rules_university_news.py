"""Chrome of university, college and research-institute news sites (held-out
pages h1150-h1159): a press release's contact for the press under a bare
``传媒查询：`` label, a share row with a longer label (``在社交平台分享：``),
a top bar whose one cell is the news hotline, and a credit written with a
bar instead of a colon (``撰稿丨韦思琪``) that names the author. Each rule
catches lines worded otherwise than the pages it was written for, and leaves
alone the body sentences that use the same words (a notice on how a school
answers the press, a rule on sharing, a hotline in a sentence)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # the contact for the press, as Hong Kong, Macao and mainland universities label it
    ("credits/press-contact", "传媒查询："),
    ("credits/press-contact", "媒体垂询：党委宣传部 王老师 0898-66123456"),
    ("credits/press-contact", "新闻查询：新闻中心　电话：010-62751234"),
    ("credits/press-contact", "媒体咨询: 宣传部 027-87654321"),
    ("credits/press-contact", "【传媒查询】：传讯处 李先生"),
    # a share row whose label is longer than 分享到
    ("tools/share-targets", "在社交平台分享：Facebook　WhatsApp　LinkedIn　电邮"),
    ("tools/share-targets", "社交媒体分享：LinkedIn | Facebook | X"),
    ("tools/share-targets", "分享此新闻：微信 微博 QQ空间"),
    ("tools/share-targets", "分享本文: Instagram / LINE / Email"),
    # a top bar whose one cell is the site's hotline or submission mailbox
    ("tools/hotline-link-row", "学校主页 | 投稿平台 | 新闻热线：0772-3126000"),
    ("tools/hotline-link-row", "网站首页｜新闻投稿｜报料电话：0731-88880000"),
    ("tools/hotline-link-row", "投稿邮箱：xwzx@abc.edu.cn | 联系我们 | 校园网"),
    ("tools/hotline-link-row", "English丨学校主页丨投稿热线: 0571-86001234"),
]

KEPT: list[tuple[str, str]] = [
    # the press and its enquiries in a notice's sentences
    ("credits/press-contact", "媒体查询电话和电子邮箱应在学校门户网站首页公布。"),
    ("credits/press-contact", "传媒查询请致电本校传讯及公共事务处。"),
    ("credits/press-contact", "新闻查询工作由党委宣传部统一负责。"),
    ("credits/press-contact", "各校应做好媒体咨询的登记和回复工作。"),
    # sharing in a rule or a report
    ("tools/share-targets", "在社交平台分享个人信息时，应注意保护隐私。"),
    ("tools/share-targets", "社交媒体分享功能应加强对第三方接口的安全管理。"),
    ("tools/share-targets", "分享此新闻的读者超过一万人。"),
    # a hotline in a sentence or on a line of its own, no row of links
    ("tools/hotline-link-row", "市民可拨打新闻热线：0772-3126000 提供新闻线索。"),
    ("tools/hotline-link-row", "新闻热线：0772-3126000"),
    ("tools/hotline-link-row", "一、开通新闻热线｜每日8:00至22:00有专人接听"),
]


(test_university_news_chrome_is_caught,
 test_body_words_of_university_news_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


PRESS_RELEASE = """海澄大學 Haicheng University
主頁 › 傳媒中心 › 新聞稿
海澄大學研究團隊研發新型海水淡化膜
2025年8月12日
海澄大學工學院研究團隊研發出一種以農業廢料為原料的海水淡化膜，成本僅為市售產品的三分之一。
負責研究的副教授表示，團隊將與本地企業合作，於明年進行實地測試；傳媒查詢工作由傳訊處統一安排。
傳媒查詢：
海澄大學傳訊及公共事務處　陳小姐　電話：(852) 2616 8888　電郵：media@haicheng.edu.hk
在社交平台分享：Facebook　WhatsApp　LinkedIn　電郵
© 2025 海澄大學 版權所有
"""


def test_a_press_release_loses_its_press_contact_and_share_row_and_keeps_its_body() -> None:
    """A Hong Kong university's press release: the bare 傳媒查詢： label, the
    office's contact line under it and the share row go; the body, one of
    whose sentences names the press enquiries, stays."""
    text = clean(PRESS_RELEASE).text
    assert "传媒查询工作由传讯处统一安排" in text
    assert "海水淡化膜，成本仅为" in text
    for chrome in ("传媒查询：", "陈小姐", "media@haicheng", "LinkedIn"):
        assert chrome not in text, chrome


NOTICE_CONTACT = """关于举办2025年研究生学术论坛的通知
各学院：
　　为营造良好学术氛围，研究生院定于11月举办2025年研究生学术论坛，现将有关事项通知如下。
　　论文提交截止时间为10月31日，请各学院汇总后报送研究生院培养办公室。
联系人：王老师　电话：0871-65031234　邮箱：yjsy@abc.edu.cn
研究生院
2025年10月9日
"""


def test_a_notice_keeps_its_own_contact_line() -> None:
    """A notice's own contact line by its signature, with its person named, is no press contact and stays."""
    text = clean(NOTICE_CONTACT).text
    assert "联系人：王老师" in text and "0871-65031234" in text


@pytest.mark.parametrize(("credits", "author"), [
    ("撰稿丨韦思琪　摄影丨潘宇航　责编丨黄丽娟　审核丨覃志刚", "韦思琪"),
    ("执笔/李明远　图/赵磊　编辑/孙悦", "李明远"),
    ("撰稿 | 刘思彤　审核 | 邵泽民", "刘思彤"),
])
def test_a_credit_with_a_bar_names_the_author(credits: str, author: str) -> None:
    """A writer's credit written with a bar or a slash instead of a colon
    (撰稿丨…, 执笔/…) gives the page's author, as 撰稿：… does."""
    page = ("青崖理工学院新闻网\n首页 - 党建思政 - 正文\n学院召开2025年度基层党组织书记述职评议会\n"
            "来源：党委组织部　发布时间：2026年01月16日\n"
            "　　1月15日下午，学院党委召开2025年度基层党组织书记抓党建工作述职评议会，12个二级党组织书记逐一述职。\n"
            "　　会议采取现场述职、集中点评、民主测评相结合的方式进行。\n"
            f"{credits}\n")
    doc = clean(page)
    assert doc.metadata["author"] == author
    assert credits.split()[0] not in doc.text


def test_a_sentence_on_writing_credits_names_no_author() -> None:
    """A rule that the writer is credited (撰稿/审核 in a sentence) names no one."""
    page = ("关于规范校园新闻稿件署名的通知\n各学院、各部门：\n"
            "　　新闻稿件末尾应标注撰稿、摄影、编辑和审核人员姓名，撰稿/审核不得为同一人。\n"
            "　　本通知自印发之日起施行。\n党委宣传部\n2025年11月10日\n")
    assert clean(page).metadata["author"] is None
