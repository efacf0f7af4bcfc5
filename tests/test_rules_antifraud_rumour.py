"""Chrome of anti-fraud centres', drug control offices' and rumour-refutation
platforms' pages (held-out pages h1320-h1329): each rule catches lines worded
otherwise than the pages it was written for (other platforms, other stamps,
Traditional script), and leaves alone the body sentences that use the same
words (a notice on refuting rumours, a police warning quoting a rumour, a
hotline in a sentence)."""

from __future__ import annotations

from govtext import clean
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/rumour-verdict-stamp", "【已辟谣】"),
    ("tools/rumour-verdict-stamp", "[谣言]"),
    ("tools/rumour-verdict-stamp", "〔不实信息〕"),
    ("tools/rumour-verdict-stamp", "（网络谣言）"),
    ("tools/rumour-verdict-stamp", "［求证中］"),
    ("tools/rumour-verdict-stamp", "【官方辟谣】"),
    ("tools/rumour-verdict-stamp", "已辟谣"),
    ("tools/rumour-forward-prompt", "随手转发辟谣，让真相跑在谣言前面"),
    ("tools/rumour-forward-prompt", "转发辟谣，让更多人看到！"),
    ("tools/rumour-forward-prompt", "请转发真相，别让谣言再传播"),
    ("tools/rumour-forward-prompt", "转发提醒：本文为辟谣信息，欢迎转发至家庭群"),
    ("tools/rumour-forward-prompt", "看到谣言别转发，一键举报更放心"),
    ("tools/rumour-forward-prompt", "遇到谣言不转，先查证"),
    ("label-table/keywords", "谣言标签：#电动自行车# #交通政策#"),
    ("label-table/keywords", "辟谣标签：食品安全　健康"),
    ("label-table/keywords", "话题标签：#反诈#"),
    ("label-table/keywords", "本期辟谣涉及：交通出行 | 卫生健康 | 反诈防骗"),
    ("label-table/keywords", "本期涉及领域：社会民生、公共安全"),
    ("tools/search-box", "查谣言：请输入关键词  搜索"),
    ("tools/search-box", "辟谣查证：请输入关键字　检索"),
    ("tools/share-targets", "推荐本页：Facebook | Line | X"),
    ("tools/share-targets", "推荐到：微信 微博 QQ空间"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/rumour-verdict-stamp", "【警方辟谣】网传“某小学门口发生抢孩子事件”系谣言"),
    ("tools/rumour-verdict-stamp", "谣言："),
    ("tools/rumour-verdict-stamp", "真相"),
    ("tools/rumour-forward-prompt", "转发辟谣信息是每位网民应尽的社会责任。"),
    ("tools/rumour-forward-prompt", "　　各单位要及时转发辟谣信息，让真相跑在谣言前面。"),
    ("tools/rumour-forward-prompt", "看到谣言不要转发，要及时向网信部门举报。"),
    ("tools/rumour-forward-prompt", "谣言：近日，有网民在微信群转发消息称，地铁3号线将停运。"),
    ("label-table/keywords", "食品标签：应当标明生产日期和保质期。"),
    ("label-table/keywords", "本期共涉及谣言12条，其中食品安全类5条。"),
    ("tools/search-box", "网民可登录平台，在查询栏输入关键词搜索辟谣信息。"),
    ("tools/share-targets", "推荐群众使用微信小程序办理。"),
]


(test_antifraud_and_rumour_chrome_is_caught,
 test_body_words_of_antifraud_and_rumour_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


DRUG_CONTROL_PAGE = """溪山县禁毒委员会办公室
主办：溪山县禁毒委员会办公室　承办：溪山县公安局禁毒大队
网站首页 | 禁毒资讯 | 禁毒宣传 | 戒毒康复 | 举报线索
无毒青春　健康生活　|　举报电话：0731-6226110
当前位置：首页 > 禁毒资讯
溪山县开展禁毒宣传进社区活动
发布时间：2025-06-20　来源：县禁毒办
　　6月19日，县禁毒办联合城关镇在幸福社区开展禁毒宣传活动，向居民发放宣传资料1200余份，讲解新型毒品的识别方法。
　　活动现场还设置了禁毒知识有奖问答，吸引了200余名居民参与。
"""


def test_a_drug_control_page_loses_its_host_line_and_banner_between_trails() -> None:
    """The host line under the site's name and the campaign banner with its
    hotline between the navigation row and the breadcrumb are the header's;
    the headline and the body stay."""
    doc = clean(DRUG_CONTROL_PAGE)
    text = doc.text
    for chrome in ("主办：", "无毒青春", "溪山县禁毒委员会办公室\n"):
        assert chrome not in text, chrome
    assert "6月19日，县禁毒办联合城关镇" in text and "有奖问答" in text
    assert doc.metadata.get("title") == "溪山县开展禁毒宣传进社区活动"


def test_a_banner_between_trails_is_no_headline_and_a_hotline_in_the_body_stays() -> None:
    """Traditional script, an anti-fraud banner between the menu and the
    breadcrumb: it goes; the body's own sentence with the same hotline stays."""
    page = """臺中市政府警察局
認識本局 | 最新消息 | 識詐專區 | 便民服務
接到165來電請放心接聽，這是警察在保護您！
首頁 > 識詐專區
假冒電商客服詐騙再現 警方籲民眾提高警覺
發布日期：2025-08-01
　　警方近日接獲多起民眾遭假冒電商客服來電，以「誤設分期付款」為由，誘導操作網路銀行轉帳。
　　警方提醒，接到165來電請放心接聽，如有疑問請撥打165反詐騙諮詢專線查證。
"""
    doc = clean(page)
    assert "这是警察在保护您" not in doc.text
    assert "警方提醒，接到165来电请放心接听" in doc.text
    assert doc.metadata.get("title") == "假冒电商客服诈骗再现 警方吁民众提高警觉"


def test_a_latin_site_name_above_the_site_name_goes() -> None:
    page = """反诈先锋 AntiScam
某某市公安局刑事侦查支队
首页 > 防骗提醒
警惕“刷单返利”新变种
2025年4月2日
　　近期，我市发生多起以“点赞关注赚佣金”为名的刷单返利诈骗，受害人先获小额返利，随后被诱导大额充值。
　　警方提醒：凡是刷单的都是诈骗，切勿轻信。
"""
    text = clean(page).text
    assert "AntiScam" not in text and "刷单返利诈骗" in text


def test_a_sentence_opening_label_runs_on_into_its_value_when_the_sentence_goes_on() -> None:
    """Hard-wrapped PDF text breaks after a label that opens a sentence
    (``…线索。举报电话：``): the line goes on when the sentence goes on after
    the value, and not when the value stands alone (a contact line)."""
    first = "　　五、鼓励广大群众积极举报涉“两卡”违法犯罪线索。举报电话："
    assert continuation_reason(first, "0476-6688110。对提供重要线索的，公安机关将给予奖励。") is not None
    assert continuation_reason(first, "0476-6688110") is None
    assert continuation_reason("　　各乡镇要畅通举报渠道。举报电话：", "　　0476-6688110。") is None
