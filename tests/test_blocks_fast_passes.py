"""The block classifier's session-12 fast paths equal their plain definitions.

Each shortcut (segmentation by C-level iteration, the ASCII pre-scan of
rules whose tokens are all ASCII, whole-document gates of passes that only
some lines can need, passes that visit only the lines they can change) is
checked here against the definition it replaces, on random text and on the
case documents.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks.classify import _RULES_IN_ZONE, _is_code, _plain, _related
from govtext.blocks.rules import RuleSet, _Index, load_rules, prose_aware
from govtext.blocks.segment import lines

CASES = Path(__file__).parent / "cases" / "blocks"
DOCUMENTS = [p.read_text(encoding="utf-8") for p in sorted(CASES.rglob("*.txt"))]
RULES = load_rules()

_STRIP = " \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_INDENT = " \t\u3000\xa0"


def _plain_lines(text: str) -> tuple[list[int], list[str], list[str], list[bool]]:
    """:func:`lines` by its definition, one line at a time."""
    starts: list[int] = []
    raw: list[str] = []
    stripped: list[str] = []
    indents: list[bool] = []
    pos = 0
    for line in text.split("\n"):
        core = line.strip(_STRIP)
        if core:
            starts.append(pos)
            raw.append(line)
            stripped.append(core)
            indents.append(len(line) - len(line.lstrip(_INDENT)) >= 2)
        pos += len(line) + 1
    return starts, raw, stripped, indents


@given(st.text(alphabet="ab 　\t\n\xa0\u200b\ufeff\u2003。正", max_size=40))
def test_lines_equal_the_line_by_line_definition(text: str) -> None:
    assert lines(text) == _plain_lines(text)


def test_lines_equal_the_line_by_line_definition_on_case_documents() -> None:
    for doc in DOCUMENTS:
        assert lines(doc) == _plain_lines(doc)


# -- rules whose tokens are all ASCII -------------------------------------------------------


def test_code_rules_take_the_ascii_pre_scan() -> None:
    assert RULES._sub_index(_is_code).ascii


def _no_candidates(rules: RuleSet, texts: list[str]) -> bool:
    return not any(rules.candidates_where(t, _is_code) for t in texts)


_CODE_TEXT = st.text(alphabet="$cdfjlnosvtwiuaeQ{}；的一政府，。 \n\u3000var", max_size=30)


@given(st.lists(_CODE_TEXT, max_size=6))
def test_ascii_pre_scan_keeps_none_may_match_exact(texts: list[str]) -> None:
    # none_may_match is a necessary test: True only when no text has a candidate;
    # with the pre-scan it stays True exactly when the full scan finds no token
    index = RULES._sub_index(_is_code)
    full = index.mask("\n".join(texts)) == 0
    assert RULES.none_may_match(texts, _is_code) == full
    if full:
        assert _no_candidates(RULES, texts)


def test_ascii_pre_scan_on_case_documents() -> None:
    index = RULES._sub_index(_is_code)
    for doc in DOCUMENTS:
        texts = lines(doc)[2]
        assert RULES.none_may_match(texts, _is_code) == (index.mask("\n".join(texts)) == 0)


# -- the token finder of rule indexes -------------------------------------------------------


def _plain_mask(index: _Index, text: str) -> int:
    """The rules whose tokens ``text`` holds, and those without tokens: by definition."""
    mask = index.always
    for token, bits in index.by_token.items():
        if token in text:
            mask |= bits
    return mask


_SELECTS = [prose_aware, _plain, _related, _is_code, *_RULES_IN_ZONE.values()]
_INDEXES = [rs._sub_index(select) for rs in (RULES, load_rules(traditional=True)) for select in _SELECTS]
_TOKEN_CHARS = sorted({c for index in _INDEXES for t in index.by_token for c in t})


@given(st.text(alphabet=_TOKEN_CHARS[:60] + list("的一是政府，。 \n") + _TOKEN_CHARS[-40:], max_size=40),
       st.integers(0, len(_INDEXES) - 1))
def test_finder_masks_are_the_tokens_a_text_holds(text: str, which: int) -> None:
    index = _INDEXES[which]
    assert index.mask(text) == _plain_mask(index, text)


def test_finder_masks_on_case_lines() -> None:
    texts = [t for doc in DOCUMENTS for t in lines(doc)[2]]
    for index in _INDEXES:
        for text in texts:
            assert index.mask(text) == _plain_mask(index, text)


def test_finder_without_pairs_or_with_longer_tokens_takes_every_first_character() -> None:
    only_singles = _Index((), {"a": 1, "b": 2}, 0)
    assert only_singles.mask("xbx") == 2 and only_singles.mask("xyz") == 0
    longer = _Index((), {"abc": 1, "x": 2}, 0)
    assert longer.finder is not None and "(?:" not in longer.finder.pattern
    pairs = _Index((), {"不代": 1, "网": 2, "网友": 4}, 0)
    assert pairs.mask("不得") == 0 and pairs.mask("不代表") == 1 and pairs.mask("网友") == 6 and pairs.mask("网") == 2


def test_the_shipped_rules_let_prose_aware_rules_wait() -> None:
    """Regression (session 18): one shipped prose-aware rule that applies in the
    core (``where = "any"``) made every page run the prose-aware rules on every
    block (about a quarter more work on Simplified pages). A rule for sentences
    inside the article needs ``prose_ok`` only at the edges, or a user file."""
    from govtext.blocks.classify import _RULES_IN_ZONE, _may_defer_prose_rules
    from govtext.blocks.rules import load_rules

    rules = load_rules()
    assert not rules.rules_where(_RULES_IN_ZONE["core", True]), [
        r.qualified_id for r in rules.rules_where(_RULES_IN_ZONE["core", True])]
    assert _may_defer_prose_rules(rules)
