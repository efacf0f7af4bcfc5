"""Checks shared by the tests of rules on single lines: a rule catches a
line of chrome (its prefilter lets the line through and its pattern
matches), or leaves a body line alone."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

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


RuleLineTest = Callable[[str, str], None]


def rule_line_tests(caught: Sequence[tuple[str, str]], kept: Sequence[tuple[str, str]]) -> tuple[RuleLineTest, RuleLineTest]:
    """The two parametrised tests of a rule-test file: every ``(rule id, line)``
    of ``caught`` is caught (:func:`assert_caught`), every one of ``kept`` is
    left alone (:func:`assert_kept`). Bind them to names starting with
    ``test_`` in the test module, which is where pytest collects them::

        test_chrome_is_caught, test_body_is_kept = rule_line_tests(CAUGHT, KEPT)
    """

    @pytest.mark.parametrize(("rule_id", "line"), caught)
    def caught_test(rule_id: str, line: str) -> None:
        assert_caught(rule_id, line)

    @pytest.mark.parametrize(("rule_id", "line"), kept)
    def kept_test(rule_id: str, line: str) -> None:
        assert_kept(rule_id, line)

    return caught_test, kept_test
