"""Chrome of grain-reserves bureaus', tobacco-monopoly bureaus' and supply-and-marketing
cooperatives' pages (held-out pages h1360-h1369): the national hotline strip at a page's
head or foot (12221, 12313, 12315, ...) is caught in other wordings, spellings and
Traditional script, and the notice sentences and lines that name the same hotlines stay."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import assert_caught, assert_kept

CAUGHT: list[tuple[str, str]] = [
    ("footer/national-hotline-strip", "12313 烟草专卖服务热线 ｜ 投诉举报 ｜ 许可咨询"),
    ("footer/national-hotline-strip", "粮食和物资储备监管热线：12221 · 7×24小时受理"),
    ("footer/national-hotline-strip", "12221 糧食和物資儲備監管熱線 | 工作日 8:30-17:30"),
    ("footer/national-hotline-strip", "12315 消费者投诉举报热线 | 全天受理"),
    ("footer/national-hotline-strip", "全国12221监管热线　　有问题 请拨打"),
    ("footer/national-hotline-strip", "烟草专卖举报专线 12313 / 假烟举报 / 有奖举报"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/national-hotline-strip", "　　12221粮食和物资储备监管热线受理群众举报，请广大种粮农民积极监督。"),
    ("footer/national-hotline-strip", "　　监管热线：12221　　受理时间：每日8:00-20:00"),
    ("footer/national-hotline-strip", "如发现压级压价等违规收购行为，请拨打12221粮食和物资储备监管热线举报。"),
    ("footer/national-hotline-strip", "12313烟草专卖服务热线"),
    ("footer/national-hotline-strip", "　　12313 烟草行业消费者服务热线 · 投诉举报 · 政策咨询"),
    ("footer/national-hotline-strip", "举报电话：12313　地址：湄城区迎春大道66号"),
]


@pytest.mark.parametrize(("rule_id", "line"), CAUGHT)
def test_grain_tobacco_coop_chrome_is_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


@pytest.mark.parametrize(("rule_id", "line"), KEPT)
def test_body_words_of_grain_tobacco_coop_chrome_are_kept(rule_id: str, line: str) -> None:
    assert_kept(rule_id, line)


TOBACCO_NOTICE = """禾山县烟草专卖局
首页 > 公示公告
禾山县烟草专卖局关于开展卷烟零售户诚信评价工作的公告
发布时间：2026-04-20　来源：禾山县烟草专卖局
　　为推进烟草专卖零售许可证持证户诚信体系建设，本局决定于2026年5月开展年度诚信评价工作，现将有关事项公告如下。
　　一、评价范围为全县持有有效烟草专卖零售许可证的零售户。
　　二、零售户对评价结果有异议的，可拨打12313烟草专卖服务热线反映。
　　举报热线：12313　　受理时间：工作日8:30-17:30
禾山县烟草专卖局
2026年4月20日
12313 烟草专卖服务热线 ｜ 投诉举报 ｜ 政策咨询
版权所有：禾山县烟草专卖局
"""


def test_a_tobacco_notice_keeps_its_hotline_lines_and_drops_the_strip() -> None:
    """A notice of another bureau: its own sentence and line naming the 12313 hotline stay
    (a hotline line is body in a notice), the strip under the signature goes."""
    text = clean(TOBACCO_NOTICE).text
    for line in TOBACCO_NOTICE.splitlines()[4:10]:
        assert line.strip() in text, line
    assert "投诉举报 ｜ 政策咨询" not in text
