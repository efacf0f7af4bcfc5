"""Chrome of agricultural extension pages (held-out pages h630-h639: 农技推广站,
气象为农服务, farming Q&A platforms, 科普 pages, mobile 12316 portals): each
rule catches lines worded otherwise than the pages it was written for (other
sites, other spellings, Traditional script, half-width punctuation), and
leaves alone the body sentences of farming advice that use the same words."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import _short_question
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/page-helpful", "本文对您有帮助吗？　有帮助　没帮助"),
    ("tools/page-helpful", "这则资讯对您有帮助吗？ 是 否"),
    ("tools/page-helpful", "这篇文章对你有用吗?"),
    ("tools/page-helpful", "这条信息是否有帮助？ 有 没有"),
    ("related/prev-next-question-title", "上一篇：秋冬季节如何预防流感？"),
    ("related/prev-next-question-title", "下一条: 小麦赤霉病防治看这里!"),
    ("related/prev-next-question-title", "【下一篇】玉米叶片发黄怎么办？"),
    ("related/prev-next-question-title", "上一则：春耕备耕，你准备好了吗？"),
    ("tools/qa-answer-count", "回答（2）"),
    ("tools/qa-answer-count", "专家回答(3)"),
    ("tools/qa-answer-count", "全部回答 (12)"),
    ("tools/qa-answer-count", "共5条回答"),
    ("tools/qa-answer-count", "3个回答"),
    ("tools/qa-vote-bar", "有用(36)　　追问　　分享"),
    ("tools/qa-vote-bar", "有用(5)　　回复"),
    ("tools/qa-vote-bar", "赞同 12　评论　举报"),
    ("tools/qa-vote-bar", "有帮助（8）　采纳　收藏"),
    ("counters/reactions", "赞 128　　评论 9　　转发"),
    ("counters/reactions", "赞(56) 评论(3) 分享"),
    ("tools/app-webview-close-bar", "×　　12316三农服务　　…"),
    ("tools/app-webview-close-bar", "✕ 农技耘 ···"),
    ("tools/app-webview-close-bar", "× 云上智农 更多"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/page-helpful", "本文件对您有帮助吗？请在评价栏填写意见。"),
    ("tools/page-helpful", "这种施肥方法对您的果园有帮助吗？专家认为要看土壤情况。"),
    ("related/prev-next-question-title", "上一篇文章提到，追肥要趁雨前，这次我们讲为什么要这样做。"),
    ("related/prev-next-question-title", "上一条：我们为什么要保护耕地？因为耕地是粮食安全的根本。"),
    ("tools/qa-answer-count", "回答问题时要写明药剂名称和用量。"),
    ("tools/qa-answer-count", "专家回答了农户提出的3个问题。"),
    ("tools/qa-vote-bar", "有用"),
    ("tools/qa-vote-bar", "这个办法有用，回复大家：每亩用10毫升就够了。"),
    ("counters/reactions", "赞 128 次的答复被评为优秀案例。"),
    ("counters/reactions", "大家都点赞这项技术，认为效果好。"),
    ("tools/app-webview-close-bar", "× 2 = 4 …"),
    ("tools/app-webview-close-bar", "×　　每亩用20%氯虫苯甲酰胺悬浮剂10毫升兑水30公斤喷雾　　…"),
]


(test_farming_advice_chrome_is_caught,
 test_body_words_of_farming_advice_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("text", "short"), [
    ("春季玉米播种时间怎么定？看地温！", True),
    ("小麦倒伏怎么办?快看这三招!", True),
    ("冬季如何预防一氧化碳中毒？", True),
    ("大家一定要注意安全！", False),
    ("为什么要轮换用药？因为同一种药剂连续使用容易产生抗药性，效果会变差！", False),
])
def test_a_headline_that_asks_and_exclaims_is_a_link_title(text: str, short: bool) -> None:
    assert _short_question(text) is short


APP_PAGE = """9:41　　　4G　68%
×　　惠农通　　···
夏播大豆田间管理“四要点”
2026-06-20　来源：县农业技术推广中心　阅读 1.1万
夏播大豆出苗后，县农业技术推广中心提醒农户抓好以下田间管理措施：
一要查苗补苗：缺苗断垄处及时补种；
二要化学除草：每亩用10%精喹禾灵乳油40毫升兑水30公斤喷雾；
三要防治害虫：重点防治点蜂缘蝽，每亩用5%高效氯氟氰菊酯水乳剂20毫升兑水喷雾；
四要促控结合：长势过旺的田块在初花期喷施烯效唑控旺。
有技术问题可拨打12316咨询！
赞 86　　评论 4　　转发
热门评论
豆农老李：今年就按这个管，谢谢专家。
推荐阅读
大豆花荚脱落怎么办？记住这两招！
玉米大喇叭口期追肥技术
首页　　　问专家　　　学技术　　　我的
"""


def test_a_mobile_advice_page_keeps_its_steps_and_loses_its_comments_and_links() -> None:
    """Another portal's app page: the web view's bar, the reaction counters,
    the comment section right under them (its comment has no reply button
    or time), the related list whose first title asks and exclaims, and the
    tab bar go; the numbered advice and the closing call to 12316 stay."""
    doc = clean(APP_PAGE)
    lines = doc.text.splitlines()
    for kept in ("一要查苗补苗：缺苗断垄处及时补种；", "四要促控结合：长势过旺的田块在初花期喷施烯效唑控旺。",
                 "有技术问题可拨打12316咨询！"):
        assert kept in lines
    for gone in ("×　　惠农通　　···", "赞 86　　评论 4　　转发", "热门评论", "推荐阅读",
                 "大豆花荚脱落怎么办？记住这两招！", "玉米大喇叭口期追肥技术"):
        assert gone not in lines


QA_PAGE = """农技问答
首页　问答　专家　视频
水稻分蘖期叶尖发黄怎么回事？
提问者：宁乡稻农　　2026-07-02 06:15　　所属作物：水稻
抛秧后二十天，叶尖发黄，田里水一直很深，请问是不是缺肥？
回答（1）
专家回答　李方舟　县农技中心 农艺师
这是长期深水造成根系缺氧引起的，不是缺肥。建议排水晒田三到五天，复水后每亩追施尿素5公斤。
有用(12)　　追问　　分享
我要提问　　　专家在线
"""


def test_a_question_page_gives_its_date_and_loses_its_answer_furniture() -> None:
    """A farming Q&A page: the question's header line (提问者, 所属作物) gives
    the date, the answer count and the vote buttons go, the question and
    the answer stay."""
    doc = clean(QA_PAGE)
    lines = doc.text.splitlines()
    assert doc.metadata["date"] == "2026-07-02"
    assert "回答（1）" not in lines and "有用(12)　　追问　　分享" not in lines
    assert not any(line.startswith("提问者") for line in lines)
    assert "抛秧后二十天，叶尖发黄，田里水一直很深，请问是不是缺肥？" in lines
    assert any(line.startswith("这是长期深水造成根系缺氧引起的") for line in lines)


def test_big5_wave_dash_of_a_range_comes_out_as_the_wave_dash() -> None:
    """Big5's A1E3 (what CP950 and browsers read as ``～``) is the range's wave
    dash when the page is detected as ``big5``, not the TILDE OPERATOR that
    Python's ``big5`` codec gives, and its provenance still points at A1E3."""
    raw = "每公頃設置誘蟲盒4～6個，溫度控制在15～20℃為宜，請農友注意防治。\n".encode("cp950")
    assert raw.count(b"\xa1\xe3") == 2
    doc = clean(raw)
    assert doc.metadata["encoding"] in ("big5", "cp950", "big5hkscs")
    assert "\u223c" not in doc.text
    assert "4～6个" in doc.text and "15～20℃" in doc.text
    at = doc.text.index("～")
    assert doc.source_span(at, at + 1) == (raw.index(b"\xa1\xe3"), raw.index(b"\xa1\xe3") + 2)
