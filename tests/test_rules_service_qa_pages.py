"""Chrome of tax, social-security, medical-insurance and housing-fund service
Q&A pages (held-out pages h970-h979): each rule catches lines worded otherwise
than the pages it was written for (other sites, other spellings, Taiwan and Hong
Kong wording), and leaves alone the body sentences that use the same words (a
notice on how such pages should be built, an answer that names a hotline)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # the page-feedback question and its buttons
    ("tools/page-helpful", "以上内容是否解决了您的问题？"),
    ("tools/page-helpful", "本回答是否解决了你的疑问?  是  否"),
    ("tools/page-helpful", "此答复解决了您的问题吗？　已解决　未解决"),
    ("tools/page-helpful", "这个答案对您有帮助吗？　满意　不满意"),
    ("tools/page-helpful", "本文是否对您有帮助？　有帮助　　无帮助"),
    ("tools/page-helpful", "这则问答对您有帮助吗？　有　　没有"),
    ("tools/page-helpful", "以上解答是否对你有用？ 有用 | 没用"),
    # two verdict buttons with their counts
    ("tools/qa-vote-bar", "👍 已解决（236）　　👎 未解决（11）"),
    ("tools/qa-vote-bar", "已解决(12) | 未解决(3)"),
    ("tools/qa-vote-bar", "有帮助 58　没帮助 2"),
    ("tools/qa-vote-bar", "已解答　没有解决"),
    # a rating box asking how satisfied the reader is with this information
    ("tools/rating-question", "您对本则信息的满意度? 非常满意 满意 普通 不满意"),
    ("tools/rating-question", "您对此问答的满意程度？"),
    ("tools/rating-question", "请问您对这篇文章的满意度如何？ 很满意 | 一般 | 不满意"),
    # the chat panel
    ("tools/service-chat-panel", "智能咨询"),
    ("tools/service-chat-panel", "在线问答"),
    ("tools/service-chat-panel", "人社小助手"),
    ("tools/service-chat-panel", "公积金机器人"),
    ("tools/service-chat-panel", "税小蜜：您好，请问有什么可以帮您？您可以输入“发票”“退税”等关键词进行提问。"),
    ("tools/service-chat-panel", "您好，我是智能客服小平，请问有什么可以帮您？"),
    ("tools/service-chat-panel", "你好！这里是医保智能助手，有什么能帮你的吗？"),
    ("tools/service-chat-panel", "智能客服：您好，有什么可以为您服务的？"),
    ("tools/service-chat-panel", "转人工　　留言　　常见问题"),
    ("tools/service-chat-panel", "常见问题 | 人工客服 | 结束会话"),
    ("tools/service-chat-panel", "在线客服　人工服务时间 8:30-17:30"),
    ("tools/service-chat-panel", "人工客服 服务时间：工作日 9:00-17:00"),
    # a public service's hotline with its hours, a customer-service line with its hours
    ("footer/service-hotline", "12366纳税缴费服务热线　　工作日 9:00-17:00"),
    ("footer/service-hotline", "住房公积金服务热线：12329（周一至周五 8:30-17:00）"),
    ("footer/service-hotline", "医保服务热线 12393　服务时间：每天 8:00-20:00"),
    ("footer/service-hotline", "客服专线:(02)2396-1266 转 2777 (周一至周五 8:30~17:30)"),
    ("footer/service-hotline", "免付费服务电话：0800-000321　周一至周五 08:30-17:30"),
    ("footer/service-hotline", "本中心客服电话：0571-87654321（工作日9:00-17:00）"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/page-helpful", "问答页面应设置“以上内容是否解决了您的问题？”评价按钮，群众评价为“未解决”的，经办机构应在3个工作日内回访。"),
    ("tools/page-helpful", "问：以上内容是否适用于灵活就业人员？"),
    ("tools/qa-vote-bar", "已解决的问题应及时归档，未解决的问题应在3个工作日内回访。"),
    ("tools/qa-vote-bar", "已解决群众反映问题236件，未解决11件正在办理。"),
    ("tools/rating-question", "对满意度低于90%的问答，应逐条分析原因，必要时重新编写答复。"),
    ("tools/rating-question", "您对本市医保服务的意见建议，可拨打12393反映。"),
    ("tools/service-chat-panel", "智能客服应准确识别群众问题，不能识别的，应提示群众转人工服务或留言咨询。"),
    ("tools/service-chat-panel", "接线员：您好，请问有什么可以帮您？"),
    ("tools/service-chat-panel", "主持人：您好，请问有什么可以帮到听众的？"),
    ("tools/service-chat-panel", "人工客服服务时间原则上不少于工作日8:30至17:30，节假日期间应安排专人值守。"),
    ("tools/service-chat-panel", "智能客服的问候语应简明规范，不得以“您好，请问有什么可以帮您？”代替对具体问题的答复。"),
    ("tools/service-chat-panel", "法律援助"),
    ("footer/service-hotline", "咨询电话：0571-87654321（工作日9:00-17:00）"),
    ("footer/service-hotline", "12333、12393和12329服务热线应与问答知识库共享答复口径，热线无法即时答复的问题，应在2个工作日内回复群众。"),
    ("footer/service-hotline", "答：可拨打12366纳税缴费服务热线咨询，工作日9:00-17:00有人工服务。"),
    ("footer/service-hotline", "办理时间：周一至周五 上午9:00-12:00，下午13:30-17:00（法定节假日除外）"),
]


(test_service_qa_chrome_is_caught,
 test_body_words_of_service_qa_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_long_related_questions_under_a_header_go_and_the_answers_stay() -> None:
    """A service site's related questions are longer than a headline's
    (up to 40 characters, one clause, ending with a question mark): under a
    related-links header below the answers they go, and the Q&A above stays."""
    page = ("国家税务总局云海市税务局\n"
            "首页 > 纳税服务 > 热点问答\n"
            "研发费用加计扣除热点问答\n"
            "发布日期：2025-03-11　　来源：云海市税务局\n"
            "问：企业委托境外机构进行研发活动所发生的费用，可以按规定税前加计扣除吗？\n"
            "答：委托境外进行研发活动所发生的费用，按照费用实际发生额的80%计入委托方的委托境外研发费用，"
            "不超过境内符合条件的研发费用三分之二的部分，可以按规定在企业所得税前加计扣除。\n"
            "相关问题\n"
            "· 制造业企业研发费用加计扣除比例是多少，何时开始适用？\n"
            "· 企业在预缴申报时能否享受研发费用加计扣除优惠政策？\n"
            "网站地图 | 联系我们\n"
            "主办：国家税务总局云海市税务局　京ICP备05023457号\n")
    text = clean(page).text
    assert "委托境外进行研发活动" in text and "问：企业委托境外机构" in text
    assert "相关问题" not in text
    assert "制造业企业研发费用加计扣除比例" not in text
    assert "预缴申报时能否享受" not in text


def test_a_faq_ending_with_its_questions_answered_keeps_them() -> None:
    """Questions each followed by their answer are the text, however long."""
    page = ("相关问题\n"
            "问：按季申报的小规模纳税人季中转为一般纳税人的，如何计算销售额？\n"
            "答：按季申报的小规模纳税人季中转为一般纳税人的，以实际经营期计算季度销售额。\n"
            "问：其他个人出租不动产可以享受免税政策吗？\n"
            "答：其他个人采取一次性收取租金形式出租不动产的，取得的租金收入可在对应的租赁期内平均分摊。\n")
    text = clean(page).text
    for kept in ("如何计算销售额？", "以实际经营期计算季度销售额", "可以享受免税政策吗？", "平均分摊"):
        assert kept in text


def test_a_hong_kong_page_is_dated_by_its_revision_date_at_its_foot() -> None:
    """A Hong Kong government page carries its date only at its foot
    (修訂日期：2025年4月1日); a publication date above it still wins."""
    page = ("常見問題\n問1　何時會收到報稅表？\n"
            "答　稅務局一般會在每年五月的第一個工作日發出個別人士報稅表，納稅人應在一個月內填妥交回。\n"
            "修訂日期：2025年4月1日\n")
    assert clean(page).metadata["date"] == "2025-04-01"
    dated = ("常见问题\n发布日期：2025-02-03\n"
             "问：何时会收到报税表？\n答：税务局一般会在每年五月的第一个工作日发出个别人士报税表，纳税人应在一个月内填妥交回。\n"
             "修订日期：2025年4月1日\n")
    assert clean(dated).metadata["date"] == "2025-02-03"
