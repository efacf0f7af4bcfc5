"""Records of legislatures and gazettes of Hong Kong, Macau and Taiwan (held-out
pages h830-h839): each rule catches page furniture worded otherwise than the
pages it was written for (other chambers, other gazettes, other dates), and
leaves alone the body sentences that use the same words (a record quoted in a
speech, a gazette's issue named in a notice, a download explained in prose).
The rejoiner joins a speaker's turn cut by a line break or by a page's running
head, never two turns, and the classifier keeps a record's letter-spaced
``日　　期：`` and ``时　　间：`` rows, which say when the meeting was."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_byline, parse_meta_line
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/legislature-record-running-head", "立法院公报　第112卷　第87期　委员会纪录"),
    ("slogan/legislature-record-running-head", "新北市议会公报 第20卷 第3期 定期会"),
    ("slogan/legislature-record-running-head", "立法院公报　第113卷　第4期"),
    ("slogan/legislature-record-running-head", "立法会 ─ 2023年11月29日"),
    ("slogan/legislature-record-running-head", "立法會 — 2024年1月10日"),
    ("slogan/legislature-record-running-head", "澳门立法会 - 2024年5月7日"),
    ("slogan/legislature-record-running-head", "LEGISLATIVE COUNCIL ─ 29 November 2023"),
    ("slogan/legislature-record-running-head", "Legislative Council - 10 January 2024"),
    ("slogan/legislature-record-running-head", "LEGISLATIVE ASSEMBLY — May 7, 2024"),
    ("slogan/official-bulletin-issue-stamp", "N.º 23 — 3-6-2024"),
    ("slogan/official-bulletin-issue-stamp", "第 23 期 ─ 2024 年 6 月 3 日　　N.º 23 — 3-6-2024"),
    ("slogan/official-bulletin-issue-stamp",
     "N.º 5 — 29-1-2025　　BOLETIM OFICIAL DA REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU — II SÉRIE"),
    ("slogan/official-bulletin-issue-stamp", "G.N. 2210　　宪报第15期　　香港特别行政区政府宪报　　2024年4月12日"),
    ("slogan/official-bulletin-issue-stamp", "G.N. (E.) 88　　Gazette No. 9"),
    ("slogan/official-bulletin-issue-stamp", "第 2012 页 Page 2012"),
    ("slogan/official-bulletin-issue-stamp", "第 77 页　Página 77"),
    ("slogan/gazette-series-masthead", "澳门特别行政区公报 ─ 第二组"),
    ("slogan/gazette-series-masthead", "澳門特別行政區公報 — 第 I 組"),
    ("slogan/gazette-series-masthead", "台中县政府公报　112年冬字第5期"),
    ("slogan/gazette-series-masthead", "高屏市政府公报 113年夏字第22期 人事"),
    ("slogan/gazette-series-masthead", "BOLETIM OFICIAL DA REGIÃO ADMINISTRATIVA ESPECIAL DE MACAU"),
    ("slogan/gazette-series-masthead", "Boletim Oficial de Macau — I Série"),
    ("tools/record-download-row", "全文下载：PDF（1.2MB）｜DOCX｜ODT"),
    ("tools/record-download-row", "下载本期会议纪录　PDF　Word"),
    ("tools/record-download-row", "下載PDF檔　|　下載ODT檔"),
    ("tools/record-download-row", "Descarregar PDF | 下载PDF"),
    ("tools/record-download-row", "下载整份文件 (PDF 格式, 800KB) | 返回目录"),
    ("footer/converted-script-disclaimer", "简体版由系统自动转换，内容以繁体版为准。"),
    ("footer/converted-script-disclaimer", "本网页简体字由电脑转换，如有差异，以正体中文版为准"),
    ("footer/converted-script-disclaimer", "简体页面由程序自动转换，一切以繁体网页为准。"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/legislature-record-running-head", "根据立法院公报第113卷第25期所载，该法案已于三读通过。"),
    ("slogan/legislature-record-running-head", "立法会 ─ 2024年3月6日会议通过议案，促请政府增加长者服务名额。"),
    ("slogan/legislature-record-running-head", "立法会主席于2024年3月6日宣布议案获得通过"),
    ("slogan/official-bulletin-issue-stamp", "有关批示已刊登于第10期《澳门特别行政区公报》第一组，并自公布翌日起生效。"),
    ("slogan/official-bulletin-issue-stamp", "根据政府宪报第1567号公告，上述地点已指定为公众游乐场地。"),
    ("slogan/official-bulletin-issue-stamp", "详见第 1893 页附表所列地段。"),
    ("slogan/gazette-series-masthead", "本府已将修正条文刊登于桃滨市政府公报113年春字第10期，请各机关查照。"),
    ("slogan/gazette-series-masthead", "公报分为第一组及第二组，分别刊登法律及行政法规与其他公告。"),
    ("tools/record-download-row", "市民可于本署网站下载申请表格（PDF格式），填妥后交回。"),
    ("tools/record-download-row", "会议纪录已上载至立法会网站，公众可下载PDF版本查阅。"),
    ("footer/converted-script-disclaimer", "政府将推动繁体与简体字的自动转换技术，提升电子政务效率。"),
    ("footer/converted-script-disclaimer", "本条例中文本与英文本如有歧义，以中文本为准。"),
]


test_caught, test_kept = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("first", "second"), [
    ("苏委员怡君：部长，东部干线去年发生三次号志故障，旅客在车上受困超过两小时，交通部的", "应变机制到底在哪里？"),
    ("社会处长:本府明年将提高偏乡居服员交通津贴,每月增加一千五百元,并与在地高中合作开设", "照顾服务专班。"),
    ("林议员志明：主席，本人关注公共图书馆的开放时间，部分分馆晚上七时便关门，", "市民下班后根本无法使用。"),
    ("运输及物流局局长（译文）：主席，我们已要求营办商增加班次，并会在明年", "第一季完成检讨。"),
    ("并根据第3/2024号行政法规《公共停车场管理规章》第", "十五条的规定，作出本批示。"),
])
def test_cut_turns_and_ordinals_go_on(first: str, second: str) -> None:
    assert continuation_reason(first, second) is not None


@pytest.mark.parametrize(("first", "second"), [
    ("主席：现在开会", "陈委员玉芬：主席、各位同仁。"),
    ("郑议员：主席，局长的答复提及增设名额，但未有交代人手。", "劳工及福利局局长：主席，我们正与业界商讨。"),
    ("联系地址：临江市人民路1号，邮编100000，电话12345678", "办公时间：周一至周五"),
    ("历史上的科举及第", "是读书人的目标"),
])
def test_turns_and_fields_stay_apart(first: str, second: str) -> None:
    assert continuation_reason(first, second) is None


def test_capital_numbered_minutes_item_is_no_byline() -> None:
    assert parse_byline("壹、主席宣布开会") is None
    assert parse_byline("贰、议长致词") is None
    assert parse_byline("中共嘉滨县委书记 蔡明宏") == ("蔡明宏", "中共嘉滨县委书记")


def test_record_keeps_letter_spaced_meeting_rows_and_drops_folios() -> None:
    page = "\n".join([
        "财经事务委员会",
        "会议纪要",
        "日　　期　：　2024年2月5日(星期一)",
        "时　　间　：　上午10时45分",
        "地　　点　：　立法会综合大楼会议室2",
        "主　　席　：　李志强议员",
        "何议员：主席，本人关注中小企的融资困难，部分银行近期收紧信贷，当局会否",
        "立法会 ─ 2024年2月5日",
        "2231",
        "延长信贷保证计划的申请期？",
        "财经事务及库务局副局长：主席，计划已延长至明年六月底。",
    ]) + "\n"
    out = clean(page).text
    assert "日　　期　：　2024年2月5日(星期一)" in out
    assert "时　　间　：　上午10时45分" in out
    assert "立法会 ─ 2024年2月5日" not in out and "\n2231\n" not in out
    assert "当局会否延长信贷保证计划的申请期？" in out
    assert "申请期？\n" in out  # the next turn stays on its own line


def test_sentence_broken_before_its_date_is_kept() -> None:
    page = ("公告\n"
            "按照《公众卫生及市政条例》第106条的规定，署长现指定附表所列地方为公众游乐场地,\n"
            "由2024年4月1日起生效。\n"
            "附表所列地方的图则可于办公时间内免费查阅。\n")
    assert "由2024年4月1日起生效。" in clean(page).text


def test_letter_spaced_authority_above_numbered_act_is_no_headline() -> None:
    page = ("澳 門 特 別 行 政 區\n第8/2025號行政長官批示\n"
            "行政長官行使《澳門特別行政區基本法》第五十條賦予的職權，並根據第5/2023號行政法規第十條的規定，作出本批示。\n"
            "一、核准附件所載之收費表。\n二、本批示自公佈翌日起生效。\n")
    assert clean(page).metadata["title"] == "第8/2025号行政长官批示"


@pytest.mark.parametrize("line", ["本通告自2024年4月1日起实施。", "由2024年4月1日起生效。", "本办法自2025年1月1日起施行。",
                                  "上述收费表自二零二四年四月一日起执行。"])
def test_sentence_of_taking_effect_is_no_date_line(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or m.coverage < 0.5


def test_date_lines_still_read() -> None:
    for line in ("发布日期：2024年4月1日", "2024年4月1日", "发文日期：2024-04-01"):
        m = parse_meta_line(line)
        assert m is not None and m.coverage >= 0.5 and m.fields.get("date") == "2024-04-01", line


def test_committee_name_over_minutes_kind_is_one_title() -> None:
    page = ("委员会首页　会议议程　会议纪要　文件\n财经事务委员会\n会议纪要\n"
            "日　　期　：　2024年2月5日(星期一)\n地　　点　：　立法会综合大楼会议室2\n"
            "1.　委员通过2024年1月8日会议的纪要，并讨论公司注册处的收费安排。\n")
    doc = clean(page)
    assert doc.metadata["title"] == "财经事务委员会会议纪要"
    assert "\n会议纪要\n" in "\n" + doc.text
