"""Checks shared by the tests of rules on single lines: a rule catches a
line of chrome (its prefilter lets the line through and its pattern
matches), or leaves a body line alone."""

from __future__ import annotations

from govtext.blocks.rules import load_rules


def assert_caught(rule_id: str, line: str) -> None:
    """The shipped rule ``rule_id`` exists, its prefilter passes ``line`` and it matches it."""
    rule = load_rules().get(rule_id)
    assert rule is not None, rule_id
    assert rule.may_match(line) and rule.match(line) is not None, line


def assert_kept(rule_id: str, line: str) -> None:
    """The shipped rule ``rule_id`` exists and does not match ``line``."""
    rule = load_rules().get(rule_id)
    assert rule is not None, rule_id
    assert rule.match(line) is None, line
