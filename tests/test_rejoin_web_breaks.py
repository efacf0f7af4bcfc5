"""Paragraphs a web page's ``<br>`` (or a Word paste's ragged hard wrap) broke:
the evidence :mod:`govtext.rejoin.paragraphs` joins them on (a clause cut
before the amount that closes it or at a word no clause ends with, a quote or
a run of quoted names cut, a notice's ``现将…`` / ``…如下：`` cut, an
unindented wrapped clause below an indented paragraph, a half-width ``.``
ending a sentence), each tried on other wordings than the held-out pages
h450-h459, and lines using the same words that must stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from govtext import Pipeline, WhitespaceNormalizer, clean
from govtext.rejoin import ParagraphRejoiner


def _rejoined(text: str) -> list[str]:
    return Pipeline([WhitespaceNormalizer(), ParagraphRejoiner()])(text).text.split("\n")


JOINED = [
    # an amount and its unit close the clause the line broke off
    ("截至目前，全区已累计发放创业担保贷款，金额共计", "1.36亿元，扶持创业2100人。"),
    ("今年以来，全县共排查整治隐患，新增应急避难场所", "9处，可容纳群众3万人。"),
    ("加快推进城区雨污分流改造，已完成管网铺设", "46公里"),
    ("據統計，今年上半年全市觀光人次持續成長，較去年同期增加", "18.6%，創歷年新高。"),
    ("该项目总投资2.3亿元,资金来源包括中央预算内资金", "8500万元,地方配套资金2100万元."),
    # two commas and an amount opening the next line, which is no heading
    ("本次招聘面向全省，采取笔试和面试相结合的方式，共招聘社区工作者", "120名，报名时间为9月1日至10日。"),
    # a word no clause stops at
    ("节前，市场监管部门对全市超市、农贸市场、餐饮门店以及", "校园周边食品店开展了专项检查。"),
    ("按照计划，该工程将于今年7月正式开工，总工期约", "18个月，年底前完成主体结构。"),
    ("審查結果顯示，補助對象分布於12個鄉鎮，其中", "低收入戶占四成。"),
    # quoted names cut between two of them, a quote cut inside
    ("活动期间，全区各社区还结合实际组织了“邻里节”", "“百家宴”等活动，参与群众超过5000人。"),
    ("市府推動「一站式」服務，民眾可透過「市民", "e點通」平台線上申辦。"),
    # a notice's formula cut in two
    ("为切实做好秋冬季森林防火工作，特将有关事项", "通知如下："),
]

APART = [
    # a clause of its own (ending with an amount) above another amount
    ("完成造林1.2万亩，新建护林站3座，配备无人机6架", "2个乡镇获评省级森林乡镇"),
    # one comma above an amount that opens a heading-like line
    ("持续优化营商环境，深化“放管服”改革", "30项高频事项实现“掌上办”"),
    # two commas, amount without a closing mark: a heading of its own
    ("筑牢安全底线，守住生态红线，兜牢民生底线", "3年行动计划"),
    # a form's fields, with commas and an amount below
    ("报名地址：县人社局，电话：0736-7221000，传真：0736-7221001", "30个工作日内公布结果"),
    # a quote that ends its sentence (a quote may span paragraphs)
    ("他表示：“我们将继续加大投入。", "“让群众住得更安心。”"),
    # a heading ending with a quote above a heading opening with one
    ("深入开展“清廉机关”创建", "“四强”党支部建设"),
    # 如下 with nothing announcing it above
    ("工作安排", "具体时间安排如下："),
    # half-width full stops after Han characters and brackets
    ("参保人员可线上申请,无需到现场办理.", "审核结果将以短信告知."),
    ("材料不全的,一次性告知需补充的材料(可在线补传).", "市医保局提醒,请勿轻信代办广告."),
]


@pytest.mark.parametrize(("first", "second"), JOINED)
def test_cut_lines_are_joined(first: str, second: str) -> None:
    assert _rejoined(f"{first}\n{second}") == [first + second]
    assert _rejoined(f"{first}\n\n{second}") == [first + second]


@pytest.mark.parametrize(("first", "second"), APART)
def test_lines_that_are_no_cut_stay_apart(first: str, second: str) -> None:
    assert _rejoined(f"{first}\n{second}") == [first, second]


GOV_57 = Path(__file__).parent / "cases" / "blocks" / "government" / "gov_57_web_publishing_rules_line_breaks_slogans_amount_lines.txt"


def test_a_notice_with_slogans_and_amount_lines_keeps_them_apart() -> None:
    """The clean notice's slogan lines of clauses, the amount-opened lines below
    them, the signature and the date stay lines of their own; only the
    paragraphs its lines cut mid-clause are joined."""
    lines = GOV_57.read_text(encoding="utf-8").split("\n")
    out = clean("\n".join(lines)).text.split("\n")
    for alone in (lines[9], lines[10], lines[11], lines[19], lines[20], lines[22], lines[23]):
        assert alone in out, alone
    assert any(line.endswith("最迟不超过3个工作日。群众留言一般应在5个工作日内答复，情况复杂的可延长至10个工作日，并告知留言人。")
               for line in out)
