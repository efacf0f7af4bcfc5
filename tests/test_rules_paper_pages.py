"""Newspaper and gazette pages dumped from PDFs and e-papers (held-out pages
h360-h369): the running head of a gazette's facing page (the issue with its
running number and the section's name), and the structural behaviours the
pages needed (a notice's signature above the rules it issues, an e-paper's
two columns of two widths, a line a continuation marker opened), each with
other wordings it must handle and the body lines it must leave alone."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import assert_caught, assert_kept

CAUGHT: list[tuple[str, str]] = [
    ("slogan/gazette-issue-masthead", "2025年第3期（总第118期）　　　　　　　　规范性文件"),
    ("slogan/gazette-issue-masthead", "2024年第12期(总第806期)    政府文件"),
    ("slogan/gazette-issue-masthead", "人事任免　　　　　　　　2025年第1期（总第421期）"),
    ("slogan/gazette-issue-masthead", "部門文件　　　　2024年第9期（總第233期）"),
    ("slogan/gazette-issue-masthead", "2023年 第 5 期 （总第 57 期）"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/gazette-issue-masthead", "本刊2025年第3期（总第118期）刊登了全文。"),
    ("slogan/gazette-issue-masthead", "详见《市政府公报》2025年第3期（总第118期）规范性文件栏目。"),
    ("slogan/gazette-issue-masthead", "第3期（总第118期）培训班于5月12日开班"),
    ("slogan/gazette-issue-masthead", "规范性文件 第3期"),
]


@pytest.mark.parametrize(("rule_id", "line"), CAUGHT)
def test_paper_page_furniture_is_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


@pytest.mark.parametrize(("rule_id", "line"), KEPT)
def test_body_words_of_paper_page_furniture_are_kept(rule_id: str, line: str) -> None:
    assert_kept(rule_id, line)


GAZETTE_NOTICE_OVER_RULES = """青山县人民政府公报　　　　　　　　2025年第4期
青山县人民政府关于印发
《青山县村级公益事业补助办法》的通知
青政发〔2025〕8号
各乡镇人民政府，县政府各部门：
　　《青山县村级公益事业补助办法》已经县政府
同意，现印发给你们，请结合实际认真抓好落实
。
青山县人民政府
2025年4月8日
青山县村级公益事业补助办法
　　第一条　为规范村级公益事业建设补助资金管
理，根据有关规定，结合本县实际，制定本办法。
　　第二条　补助资金实行项目库管理，按照先建
后补、以奖代补的方式拨付。
"""


def test_a_gazette_notice_keeps_its_signature_above_the_rules_it_issues() -> None:
    """The office and the date under the notice's last sentence sign it (they
    are body), though the hard-wrapped lines above put them before the first
    solid block: no source or date line of the page."""
    doc = clean(GAZETTE_NOTICE_OVER_RULES)
    assert "青山县人民政府\n2025年4月8日" in doc.text
    assert "制定本办法" in doc.text


NEWS_PAGE_SOURCE_UNDER_HEADLINE = """青山县全面推行村级公益事业补助
青山县人民政府
2025年4月8日
　　近日，县政府印发《青山县村级公益事业补助办法》，对村级道路、饮水、文化等公益设施建设给予补助。办法明确，补助资金实行项目库管理，按照先建后补、以奖代补的方式拨付。
　　县财政局负责人表示，办法的出台将进一步调动村民参与公益事业建设的积极性。
"""


def test_an_office_and_date_under_a_headline_are_still_the_pages_source_and_date() -> None:
    """Without a sentence that closes a text above them, an office's name and a
    date under the headline are the page's source and date lines."""
    doc = clean(NEWS_PAGE_SOURCE_UNDER_HEADLINE)
    assert doc.metadata["source"] == "青山县人民政府"
    assert doc.metadata["date"] == "2025-04-08"
    assert "青山县人民政府\n2025年4月8日" not in doc.text
