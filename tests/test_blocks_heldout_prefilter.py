"""The rule prefilter (required characters, RuleSet.candidates) never hides a match.

The block classifier only runs the rules whose required characters a block
holds. These tests check that the analysis is conservative: any text a rule
matches holds one of its required characters, so the candidates always
include every rule that matches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks._required import required_chars
from govtext.blocks.rules import Rule, RuleSet, load_rules, parse_rules
from govtext.blocks.segment import segment

CASES = Path(__file__).parent / "cases" / "blocks"
RULESETS = [load_rules(), load_rules(traditional=True)]


def _lines() -> list[str]:
    out: list[str] = []
    for folder in ("heldout", "government"):
        for p in sorted((CASES / folder).glob("*.txt")):
            out.extend(b.stripped for b in segment(p.read_text(encoding="utf-8")))
    return out


LINES = _lines()


def _literal_alphabet(rules: RuleSet) -> str:
    chars: set[str] = set(" 　:：-|>0123456789abcICPTRS")
    for r in rules.rules:
        chars |= {c for c in r.pattern.pattern if not c.isascii() or c.isalnum()}
    return "".join(sorted(chars))


ALPHABET = _literal_alphabet(RULESETS[0])


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        ("版权所有", ["版权"]),
        ("版权所有|主办单位", ["版权", "主办"]),
        (r"^\W{0,3}(?:上一篇|下一篇)\s{0,2}[:：]", ["上一", "下一"]),
        (r"(?<=[，,])\p{Han}{2,8}主办", ["主办"]),
        (r"[^。]{0,12}转载", ["转载"]),
        (r"(?i)tRs", ["t", "T"]),
        (r"\d{3}-\d{4}", ["-"]),
        (r"(?i:ab)c", ["c"]),
        (r"[a-c]x?", ["a", "b", "c"]),
        (r"\.(?:pdf|docx?)$", ["."]),
        (r"(?:首页)?更多", ["更多"]),
        (r"版\s?权", ["版"]),  # not adjacent: no pair
        (r"a+b", ["ab"]),
        (r"a\bb", ["ab"]),  # zero-width atoms keep neighbours adjacent
        (r"(?:ab)c", ["ab"]),  # a group's token is not adjacent to what follows
    ],
)
def test_required_chars(pattern: str, want: list[str]) -> None:
    assert required_chars(pattern) == frozenset(want)


@pytest.mark.parametrize(
    "pattern",
    [r"\d{4}", r"\p{Han}+", r"(?:版权)?", r"版?", r"(a)\1", r"[[:alpha:]]x", r"a(?i)b", r"\x41", r"版*", r"版{0,2}",
     r"a|\w", "(?:a|)", r"\N{LATIN SMALL LETTER A}"],
)
def test_required_chars_unknown_is_none(pattern: str) -> None:
    """Anything that may match without a literal character gives no requirement."""
    assert required_chars(pattern) is None


def test_ignorecase_includes_unicode_folds() -> None:
    req = required_chars("(?i)k")
    assert req is not None and "\u212a" in req  # the Kelvin sign matches k ignoring case
    assert regex.search("(?i)k", "\u212a") is not None


def test_most_shipped_rules_are_screened() -> None:
    rules = RULESETS[0].rules
    assert sum(r.required is not None for r in rules) >= len(rules) - 2


@pytest.mark.parametrize("rules", RULESETS, ids=["simplified", "traditional"])
def test_candidates_hold_every_matching_rule_on_case_lines(rules: RuleSet) -> None:
    for line in LINES:
        cands = set(rules.candidates(line))
        for r in rules.rules:
            if r.match(line) is not None:
                assert r in cands, (r.qualified_id, line)


def _check(rules: RuleSet, text: str) -> None:
    cands = {r.qualified_id for r in rules.candidates(text)}
    for r in rules.rules:
        # a gated rule (``requires``) is tried only where a gate word stands: its tokens screen the gate
        found = (not r.requires or any(w in text for w in r.requires)) and r.pattern.search(text) is not None
        if len(text) <= r.max_chars and found:
            assert r.qualified_id in cands, (r.qualified_id, text)
        if r.required is not None and found:
            assert any(t in text for t in r.required), (r.qualified_id, text)


@given(st.text(alphabet=ALPHABET, max_size=40))
def test_candidates_hold_every_matching_rule_on_random_text(text: str) -> None:
    _check(RULESETS[0], text)


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=3), st.text(alphabet=ALPHABET, max_size=8))
def test_candidates_on_spliced_case_lines(parts: list[str], noise: str) -> None:
    _check(RULESETS[0], noise.join(parts)[:240])


def test_user_rules_with_odd_patterns_still_run() -> None:
    """A pattern the analysis cannot read is never screened out."""
    rs = parse_rules({"version": 1, "family": [{"name": "x", "label": "footer", "rule": [
        {"id": "a", "pattern": r"\d{3}\s\d{4}", "reason": "r"},
        {"id": "b", "pattern": r"(?x) 版 权", "reason": "r"},
    ]}]})
    a, b = rs.rules
    assert isinstance(a, Rule) and a.required is None and rs.candidates("电话 555 1234") == (a, b)
    assert b.required is None and b.match("版权所有") is not None and b in rs.candidates("版权所有")
    c = parse_rules({"version": 1, "family": [{"name": "x", "label": "footer", "rule": [
        {"id": "c", "pattern": "(?x: 版 )权", "reason": "r"}]}]}).rules[0]
    assert c.required is None
