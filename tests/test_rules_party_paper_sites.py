"""Chrome of provincial and city party-paper news sites (held-out pages
h1040-h1049): each rule catches lines worded otherwise than the pages it was
written for (other outlets, other labels, Traditional script, half-width
punctuation; a Traditional page is matched once converted, as h1042 is),
and leaves alone the body sentences that use the same words (a
propaganda department's notice on bylines, gov_116). The garble of UTF-8 read
as GBK in Simplified text is told whole, so that script conversion leaves it
as scraped."""

from __future__ import annotations

from govtext import clean
from govtext.decoding.corruption import _corrupt_garbled_around
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # credits in 【】 labels, the video crew's compound labels, 签审
    ("credits/credit-line", "【采写】何嘉怡 梁子豪"),
    ("credits/credit-line", "【编辑】卢小婷　【签审】陈伟"),
    ("credits/credit-line", "【统筹】黄思源【文字】梁晓 【校对】郑婧"),
    ("credits/credit-line", "[编辑] 许可 [审核] 黄立"),
    ("credits/credit-line", "（视频拍摄：沈一舟　剪辑：钱多多　配音：姚瑶）"),
    ("credits/credit-line", "视频剪辑：陈小禾　视频制作：林川"),
    ("credits/credit-line", "签审：邓伟文"),
    # who took the pictures, after a bracketed label or with (除署名外)
    ("tools/media-credit", "【摄影】（除署名外）顺德区农业农村局供图"),
    ("tools/media-credit", "摄影：受访单位供图"),
    ("tools/media-credit", "【图片】市文广旅体局提供"),
    ("tools/media-credit", "图片：(除署名外)南湖区融媒体中心提供"),
    # an app's name with its slogan
    ("tools/app-teaser", "湘楚时刻新闻客户端：随时随地看湘楚"),
    ("tools/app-teaser", "新渝川客户端，第一时间了解重庆"),
    ("tools/app-teaser", "海岱+APP｜随时随地读海岱"),
    # a commentary's byline alone on its line
    ("credits/commentator-byline", "本报评论员"),
    ("credits/commentator-byline", "本报特约评论员　张三"),
    ("credits/commentator-byline", "■ 中原日报评论员"),
    ("credits/commentator-byline", "特约评论员：钟文山"),
]

KEPT: list[tuple[str, str]] = [
    ("credits/credit-line", "采用【采写】【编辑】【签审】等方括号标注形式的，应全省统一格式，便于读者识别。"),
    ("credits/credit-line", "视频稿件应在片尾标明视频拍摄、剪辑、配音人员，不得仅标“融媒体中心出品”。"),
    ("tools/media-credit", "使用受访单位供图的，应在图片说明中注明“某某单位供图”，不得标注为本报记者摄。"),
    ("tools/media-credit", "摄影：要求光线充足，背景简洁，由本人提供近期免冠照片。"),
    ("tools/app-teaser", "不得使用“随时随地看全省”等夸大表述诱导下载客户端。"),
    ("tools/app-teaser", "政务服务客户端：随时随地办理社保、公积金等高频事项，群众办事更加便捷。"),
    ("credits/commentator-byline", "本报评论员文章应署“本报评论员”，特约评论员文章应注明作者真实姓名。"),
    ("credits/commentator-byline", "本报评论员指出，要把群众满意作为检验标准。"),
    ("credits/commentator-byline", "评论员队伍建设"),
]


test_party_paper_chrome_is_caught, test_party_paper_words_in_prose_are_kept = rule_line_tests(CAUGHT, KEPT)


def test_commentary_byline_goes_and_the_commentary_stays() -> None:
    page = ("中原网　首页 | 评论\n让改革红利更多惠及市场主体\n2025年03月11日 06:50　中原网\n本报评论员\n"
            "　　优化营商环境没有最好，只有更好。本报评论员认为，改革要在“放”上更进一步。\n"
            "　　营商环境就是生产力，要坚持问题导向、久久为功。\n【编辑】牛晓　【签审】韩立新\n")
    text = clean(page).text
    assert "本报评论员认为" in text and "久久为功" in text
    assert "本报评论员\n" not in text and "签审" not in text


def test_gbk_garble_beside_a_lost_byte_is_told_whole_in_simplified_text() -> None:
    line = "并向社会征集鍏\ufffd鍥\ufffd鍛藉悕方案，引导市民参与。"
    a, b = _corrupt_garbled_around(line, 7, 8)
    assert line[a:b] == "鍏\ufffd鍥\ufffd鍛藉悕"
    # Traditional text around a lost byte: its own characters are no garble
    trad = "聯繫人：張先生，電話號碼\ufffd\ufffd，傳真另行公佈。"
    assert _corrupt_garbled_around(trad, 12, 14) == (12, 14)
    # the page keeps the garble as scraped (no 鍛 → 锻 conversion) and warns about it
    doc = clean("市园林绿化局负责人介绍，新建公园将同步配建健身步道，并向社会征集鍏\ufffd鍥\ufffd鍛藉悕方案，引导市民参与公园建设。\n")
    assert "鍛藉悕方案" in doc.text
    assert any(w.kind == "corrupt-text" and "鍛藉悕" in w.text for w in doc.warnings)
