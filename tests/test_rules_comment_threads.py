"""Message boards, mailboxes, Q&A pages and readers' comments (held-out pages
h420-h429): each rule catches lines worded otherwise than the pages it was
written for (other platforms, other spellings, Traditional script), and
leaves alone the body sentences that use the same words (a notice on how
messages are answered, a reply that says where a complaint went)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/comments", "精选留言"),
    ("tools/comments", "写留言"),
    ("tools/comments", "我要跟评"),
    ("tools/comments", "热门跟帖"),
    ("tools/comments", "网友跟评（12条）"),
    ("tools/comments", "读者回应(3)"),
    ("tools/comments", "回应（21）"),
    ("tools/comments", "已有 102 人参与　热门跟帖"),
    ("tools/comment-civility-notice", "文明上网，理性发言，请遵守评论服务协议"),
    ("tools/comment-civility-notice", "请文明上网、理性评论，遵守《跟帖评论服务管理规定》"),
    ("tools/comment-civility-notice", "文明上网 理性表达 请阅读留言须知"),
    ("tools/rating", "非常满意(12)　满意(3)　不满意(0)"),
    ("tools/rating", "满意（8） | 基本满意（1） | 不满意（0）"),
    ("tools/rating", "评价：★★★★☆　解决程度：已解决　办理态度：满意"),
    ("tools/rating", "满意度：★★★☆☆"),
    ("tools/rating-question", "您对此次回复是否满意？"),
    ("tools/rating-question", "这条回答对您有帮助吗？"),
    ("tools/rating-question", "您对本次办理结果满意吗？　○满意　○基本满意　○不满意"),
    ("tools/rating-question", "本问答对您有帮助吗? 有用(5) 没用(0)"),
    ("tools/rating-question", "对本次回复是否满意？　□非常满意　□满意　□普通　□不满意"),
    ("counters/reactions", "浏览 12,345　支持 56　反对 3"),
    ("counters/reactions", "分享 | 关注(8) | 点赞(120)"),
    ("counters/reactions", "关注 15　浏览 2,046"),
    ("tools/rating", "提交评价"),
    ("tools/rating", "确认评分"),
    ("tools/petitioner-rating", "留言人追评：问题已经解决，谢谢！"),
    ("tools/petitioner-rating", "来信人评价：满意"),
    ("slogan/message-board-name", "县委书记、县长留言专区"),
    ("slogan/message-board-name", "青州市人民政府网上留言板"),
    ("slogan/message-board-name", "南屏问政 - 南屏市网络问政平台"),
    ("slogan/message-board-name", "西川12345 | 西川市政务服务便民热线"),
    ("footer/mailbox-scope", "本信箱只受理本市范围内的市政建议，投诉请拨打12345。"),
    ("footer/mailbox-scope", "注：本留言板不受理涉法涉诉问题。"),
    ("footer/mailbox-scope", "本栏目暂不受理举报类留言"),
    ("tools/comment-input", "说点什么…"),
    ("tools/comment-input", "写下你的评论..."),
    ("tools/message-board-buttons", "我要留言 | 进度查询 | 最新回复"),
    ("tools/message-board-buttons", "我要写信　写信须知　信件查询"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/comments", "　　网友跟评反映的问题已交由市城管局核查处理。"),
    ("tools/comments", "精选留言审核制度应当在评论区显著位置公开。"),
    ("tools/comment-civility-notice", "文明上网、理性发言的提示应当在评论区显著位置展示。"),
    ("tools/comment-civility-notice", "文明上网，理性发言，请遵守评论服务协议，这是每名网民应尽的义务。"),
    ("tools/rating", "群众评价：满意率达到98%，较上年提高2个百分点。"),
    ("tools/rating", "满意度回访显示，非常满意、满意、基本满意的占比合计为96.5%。"),
    ("tools/rating-question", "群众对本次答复是否满意，是检验办理成效的重要标准。"),
    ("tools/rating-question", "该办理结果是否满意，由第三方机构电话回访确认。"),
    ("tools/rating-question", "　　您对本次答复是否满意？如不满意，可在3个工作日内申请复核。"),
    ("counters/reactions", "支持企业扩大有效投资，反对铺张浪费和形式主义。"),
    ("counters/reactions", "全年浏览量突破12,000人次，关注人数增加3,500人。"),
    ("tools/rating", "　　请各单位于月底前提交评价结果。"),
    ("tools/petitioner-rating", "群众评价：满意率达到98%。"),
    ("tools/petitioner-rating", "网友评价很高，认为这项政策实实在在。"),
    ("slogan/message-board-name", "关于开通区长留言板的通知"),
    ("slogan/message-board-name", "请问留言板什么时候开放？"),
    ("footer/mailbox-scope", "该信箱不受理涉法涉诉事项，建议您通过法律途径解决。"),
    ("footer/mailbox-scope", "　　我局将在本信箱持续受理群众来信，欢迎继续监督。"),
    ("tools/comment-input", "请输入评论内容后点击提交按钮即可发表…"),
    ("tools/message-board-buttons", "群众可通过“我要留言”提交诉求，并在“进度查询”中查看办理结果。"),
]


(test_comment_thread_chrome_is_caught,
 test_body_words_of_comment_thread_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "title"), [
    ("留言标题：小区门口的路灯什么时候能修好？", "小区门口的路灯什么时候能修好？"),
    ("信件主题：建议增设社区老年食堂", "建议增设社区老年食堂"),
    ("咨询标题\t新生儿医保参保需要哪些材料?", "新生儿医保参保需要哪些材料?"),
    ("诉求标题: 夜间施工噪音扰民！", "夜间施工噪音扰民！"),
])
def test_a_letters_labelled_subject_is_its_title_with_its_closing_mark(line: str, title: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.fields.get("title") == title


@pytest.mark.parametrize("line", [
    "标题：关于什么？怎么办？",  # two sentences: no title
    "标题：收悉。现答复如下",
])
def test_a_labelled_value_with_sentences_in_it_is_no_title(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or "title" not in m.fields


HOTLINE_PAGE = """12345政务服务便民热线
首页 > 办理结果公开 > 工单详情
诉求标题：关于菜市场周边占道经营的投诉
诉求时间：2025-04-02 08:15
　　早上六点到九点，菜市场门口的人行道全被摊贩占了，行人只能走机动车道，非常危险，希望尽快整治。
承办部门：南屏市城市管理综合执法局　　办结时间：2025-04-09 16:20
答复内容：
　　您好！网友反映的问题已转交辖区执法中队处理。经现场核查，该路段早市摊贩占道情况属实，执法中队已于4月7日起每日6时至9时安排专人巡查，并在菜市场内增设临时摊位40个，引导摊贩入场经营。
　　感谢您对城市管理工作的支持！
您对本次答复是否满意？
非常满意(3)　满意(1)　不满意(0)
"""


def test_a_hotline_reply_dates_and_sources_the_page_and_keeps_its_text() -> None:
    """The reply's date outranks the complaint's, the office that answered is
    the source, the subject is the title, and the reply that says where the
    complaint went stays; the rating box under it goes."""
    doc = clean(HOTLINE_PAGE)
    assert doc.metadata.get("title") == "关于菜市场周边占道经营的投诉"
    assert doc.metadata.get("date") == "2025-04-09"
    assert doc.metadata.get("source") == "南屏市城市管理综合执法局"
    assert "网友反映的问题已转交辖区执法中队处理" in doc.text
    assert "感谢您对城市管理工作的支持" in doc.text
    for chrome in ("是否满意", "非常满意(3)"):
        assert chrome not in doc.text, chrome


WORK_PLAN = """关于开展背街小巷环境整治的工作方案
发布日期：2025-02-10　　来源：南屏市城市管理局
　　为改善城市人居环境，决定在全市开展背街小巷环境整治。
　　一、整治范围：城区背街小巷86条。
　　二、责任分工
　　承办单位：南屏市城区街道办事处　　办结时间：2025-06-30
　　三、工作要求：各单位要按时完成整治任务，确保取得实效。
"""

EVENT_NOTICE = """关于举办2025年南屏市全民健身运动会的通知
　　为推动全民健身活动深入开展，定于2025年5月10日举办全民健身运动会。
　　主办单位：南屏市体育局　　承办单位：南屏市体育总会
　　请各单位于4月30日前报送参赛名单。
南屏市体育局
2025年4月1日
"""


def test_a_work_plans_deadline_does_not_date_the_page() -> None:
    """A work plan's deadline beside the office that does the work (``承办单位：… 办结时间：…``) is no
    reply's: the page keeps its publication date and source, and the line stays."""
    doc = clean(WORK_PLAN)
    assert doc.metadata.get("date") == "2025-02-10"
    assert doc.metadata.get("source") == "南屏市城市管理局"
    assert "办结时间：2025-06-30" in doc.text


def test_an_event_notices_organiser_is_not_its_source() -> None:
    """An event notice's 承办单位 is the organiser, not the office that answered a letter: the office
    that signed the notice is its source."""
    doc = clean(EVENT_NOTICE)
    assert doc.metadata.get("source") == "南屏市体育局"
    assert doc.metadata.get("date") == "2025-04-01"


NEWS_WITH_FOLLOW_UPS = """南屏新闻网 > 本地 > 正文
南屏新增3条夜间公交线路
2025-05-12 09:00　来源：南屏日报　记者 邵文
　　记者从市公交集团获悉，5月15日起，我市新开通3条夜间公交线路，运营时间为21时至次日1时。
　　市公交集团表示，将根据网友评论和乘客反映的意见，适时优化线路走向和发车间隔。
热门跟帖
南屏夜归人　5分钟前
　　终于不用打车回家了！
赞 3　回复　举报
东门老街坊 来自南屏 2025-05-12 10:41
　　希望能延伸到城东新区。
12
作者回复
　　感谢建议，已转给公交集团研究。
南屏新闻网版权所有
"""


def test_readers_comments_under_a_hot_followups_header_go_and_the_article_stays() -> None:
    """Under a comment header of another wording (热门跟帖), the readers'
    names with their times (``南屏夜归人　5分钟前``, ``… 来自南屏 2025-05-12 10:41``), their indented
    comments, the like and reply buttons, a like count alone and the account's reply go;
    the article's sentence that names readers' comments stays."""
    doc = clean(NEWS_WITH_FOLLOW_UPS)
    assert "将根据网友评论和乘客反映的意见" in doc.text
    for chrome in ("热门跟帖", "南屏夜归人", "终于不用打车", "赞 3", "东门老街坊", "延伸到城东新区", "作者回复", "已转给公交集团"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("author") == "邵文"


TAIWAN_MAILBOX = """首頁 > 民意信箱 > 回覆公開
主旨：建議延長圖書館週末開放時間
陳情日期：114年3月2日
處理單位：南投縣文化局
回覆日期：114年3月9日
陳情內容：
　　縣立圖書館週末下午五點就關門，學生想讀書都沒地方去，希望能延長到晚上九點。
回覆內容：
　　您好：有關您建議延長圖書館週末開放時間一事，本局已自4月起試辦週六延長開放至晚間九點，並將視使用情形評估擴大辦理。
請問您對本次回覆是否滿意？
"""


def test_a_traditional_mailbox_reply_gives_title_date_and_source() -> None:
    """A Taiwan mailbox (民意信箱): the subject without its 主旨 label is the
    title, the reply's date in the Republic of China calendar dates the page,
    the handling office (處理單位) is the source; the letter and the reply stay."""
    doc = clean(TAIWAN_MAILBOX)
    assert doc.metadata.get("title") == "建议延长图书馆周末开放时间"
    assert doc.metadata.get("date") == "2025-03-09"
    assert doc.metadata.get("source") == "南投县文化局"
    assert "希望能延长到晚上九点" in doc.text
    assert "本局已自4月起试办" in doc.text
    assert "是否满意" not in doc.text
