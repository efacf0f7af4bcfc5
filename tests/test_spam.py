"""Spam scoring: injections are caught, government text on the same subjects is not."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document
from govtext.blocks.filter import BlockFilter
from govtext.blocks.spam import _check_needs as check_needs
from govtext.blocks.spam import _found_terms as found_terms
from govtext.blocks.spam import load_lexicon, may_be_spam, score_spam, scoring_blocks
from govtext.presets import default_pipeline

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES = Path(__file__).parent / "cases" / "blocks"
LINES: list[dict[str, Any]] = tomllib.loads((CASES / "spam.toml").read_text(encoding="utf-8"))["line"]
GOVERNMENT = sorted((CASES / "government").glob("*.json"))


@pytest.mark.parametrize("case", LINES, ids=[c["text"][:24] for c in LINES])
def test_spam_lines(case: dict[str, Any]) -> None:
    s = score_spam(case["text"])
    assert s.is_spam is case["spam"], s.reason


def test_spam_reason_names_its_signals() -> None:
    s = score_spam("撸一撸撸一撸撸一撸 夜夜爽 青青草在线视频")
    assert s.reason.startswith("spam: ") and "chanted repetition" in s.reason and "青青草" in s.reason


def test_lexicon_is_versioned_data() -> None:
    lex = load_lexicon()
    assert lex.version == 1 and lex.threshold > 0
    assert any(g.weight < 0 for g in lex.groups)  # government context lowers scores


def test_spam_never_drops_a_document() -> None:
    text = "青青草在线视频,国产精品久久,亚洲色综合网\n" * 5
    doc = Document.from_text(text + "　　市政府召开常务会议，研究部署安全生产工作，要求各地各部门压紧压实责任，坚决防范遏制重特大事故发生。")
    BlockFilter()(doc)
    assert doc.text.startswith("　　市政府召开常务会议")
    assert [r.rule for r in doc.removed] == ["spam/score"] * 5


_BODY = "　　市政府召开常务会议，研究部署安全生产工作，要求各地各部门压紧压实责任，坚决防范遏制重特大事故发生。"
_WEAK = "2024年天天开好彩大全"
"""A tip-sheet title with one strong term and no place its numbers come
from: half the threshold, not spam alone (``2024年新澳门天天开好彩大全``,
which names one, is)."""


def _removed_rules(text: str) -> list[str]:
    doc = Document.from_text(text)
    BlockFilter()(doc)
    return [r.rule for r in doc.removed]


def test_a_weak_line_next_to_spam_is_spam() -> None:
    assert 0.5 <= score_spam(_WEAK).score < 1.0
    assert _removed_rules(f"{_WEAK}\n{_BODY}") == []
    head = "午夜久久精品,青青草视频在线观看,亚洲色综合网"
    assert _removed_rules(f"{head}\n{_WEAK}\n{_BODY}") == ["spam/score", "spam/neighbour"]
    # the run grows line by line, in both directions
    assert _removed_rules(f"{_WEAK}\n{_WEAK}2\n{head}\n{_BODY}") == ["spam/neighbour", "spam/neighbour", "spam/score"]


def test_a_headline_next_to_spam_is_not_spam_by_company() -> None:
    head = "久久精品无码一区二区三区毛片"
    meta = "发布时间：2024-12-20　来源：市文旅局"
    for title in ("农村公益电影免费播放活动走进社区", "网上银行APP下载及使用指南"):
        assert score_spam(title).score >= 0.5
        assert _removed_rules(f"{head}\n{title}\n{meta}\n{_BODY}")[0] == "spam/score"
        assert "spam/neighbour" not in _removed_rules(f"{head}\n{title}\n{meta}\n{_BODY}")
        assert "spam/neighbour" in _removed_rules(f"{head}\n{title}\n{_BODY}")


def test_a_group_that_needs_another_counts_only_with_it() -> None:
    place = score_spam("澳门今晚举行回归祖国25周年文艺晚会")
    assert not any("lottery" in s for s in place.signals)
    tip = score_spam("香港最准最快资料大全")
    assert tip.is_spam and any("lottery-place" in s for s in tip.signals) and any("lottery-word" in s for s in tip.signals)


def test_an_unscanned_group_must_need_a_scanned_one() -> None:
    lex = load_lexicon()
    word = next(g for g in lex.groups if not g.scan)
    with pytest.raises(ValueError, match="must need a scanned group"):
        check_needs((replace(word, needs=None),))
    with pytest.raises(ValueError, match="unknown group"):
        check_needs((replace(word, needs="nowhere"),))
    suffix = next(g for g in lex.groups if g.after is not None)
    with pytest.raises(ValueError, match="counts after another group's hits but needs none"):
        check_needs((replace(suffix, needs=None, scan=True),))


def test_a_sentence_next_to_spam_is_not_spam_by_company() -> None:
    sentence = "企业可登录官网下载申报表格，也可通过APP下载。"
    assert score_spam(sentence).score >= 0.5
    head = "午夜久久精品,青青草视频在线观看,亚洲色综合网"
    assert _removed_rules(f"{head}\n{sentence}\n{_BODY}") == ["spam/score"]


def _gov_docs() -> list[tuple[str, dict[str, Any]]]:
    return [(p.name, json.loads(p.read_text(encoding="utf-8"))) for p in GOVERNMENT]


@pytest.mark.skipif(not GOVERNMENT, reason="no government false-positive documents")
@pytest.mark.parametrize(("name", "gold"), _gov_docs(), ids=[p.stem for p in GOVERNMENT])
def test_government_documents_keep_every_body_line(name: str, gold: dict[str, Any]) -> None:
    raw = (CASES / "government" / gold["file"]).read_text(encoding="utf-8")
    lines = raw.split("\n")
    doc = default_pipeline()(raw.encode("utf-8"), id=name)
    for num, label in gold["lines"].items():
        line = lines[int(num) - 1].strip(" \u3000")
        if label == "body":
            assert line in doc.text, f"line {num} lost: {line}"
        elif label.startswith("noise"):
            assert line not in doc.text, f"line {num} kept: {line}"
    assert not [r for r in doc.removed if r.rule.startswith("spam")]
    assert doc.metadata["title"] == gold["metadata"]["title"]
    for key, want in gold["metadata"].items():
        assert doc.metadata.get(key) == want, key


def test_latin_brand_names_count_as_words_in_ascii_or_full_width() -> None:
    lex = load_lexicon()
    brand = next(g for g in lex.groups if g.latin_words)
    assert {"ｋａｉｙｕｎ", "ＡＹＸ"} <= set(brand.terms)
    assert found_terms("kaiyun.com ＡＹＸ体育 ayx-app", lex)[brand.name] == ["kaiyun", "ＡＹＸ", "ayx"]
    assert brand.name not in found_terms("kaiyuntong zhongayxin MANBETXS", lex)  # letters of a longer word
    warning = score_spam("警方提示：kaiyun、ayx等网站均为境外赌博平台，切勿下载注册。")
    assert not any("betting-brand" in s for s in warning.signals)  # named in a sentence: no context


_TITLE_PIECES = ["开云体育(中国)官方网站", "bet365", "kaiyun", "官网", "app", "县人民政府关于做好防汛工作的通知", "市公安局",
                 "赌博", "依法查处", "2025-03-01", "。", "青阳市人社局召开全市人社系统工作会议"]


@given(st.lists(st.sampled_from(_TITLE_PIECES), min_size=1, max_size=5), st.sampled_from(["_", " - ", "|", "—", "-", ""]))
def test_title_parts_keep_may_be_spam_a_bound(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    lex = load_lexicon()
    s = score_spam(text, lex)
    assert may_be_spam(text, lex) or not s.is_spam, s.reason
    assert may_be_spam(text, lex, 0.5) or s.score < 0.5 * s.threshold, s.reason


def test_a_hijacked_title_is_spam_by_its_brand_part() -> None:
    title = "华体会(中国)官方网站 - 县人民政府关于加强城乡居民医疗保险工作的通知"
    s = score_spam(title)
    assert s.is_spam and s.signals[0].startswith("a hijacked title's part “华体会(中国)官方网站”")
    assert not score_spam(title.replace(" - ", "")).is_spam  # the same words, not a page title


def test_letter_spaced_scan_is_linear_over_many_blocks() -> None:
    """Each block is tested once for letter-spaced terms, however many
    spaced runs it holds (tests/test_rules.py checks single long lines)."""
    from tests.test_rules import _assert_linear

    lex = load_lexicon()

    def make(n: int) -> list[str]:
        return [("a b c d\n" * n)[:n], ("a b c d e f g " * n)[:n], ("开 云 体 育\n" * n)[:n]]

    _assert_linear(lambda text: list(scoring_blocks(text.split("\n"), lex, text)), make, "scoring_blocks")
