"""The whitespace filter's pre-scan (a newline next to whitespace, or
whitespace at the text's edges) is a necessary condition of any line-edge
cut: when it finds nothing, the scans that find the cuts find none."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.filters import whitespace as ws

_SPACES = " \t\xa0\u3000\u202f\u205f" + "".join(map(chr, range(0x2000, 0x200B)))
_OTHERS = "\u200b\u3001x中\r\u2028"  # look like spaces or line ends, but are neither here


@pytest.mark.parametrize("keep", [True, False])
@given(st.text(st.sampled_from(_SPACES[:4] + "\u2003\n\n中a\u200b"), max_size=40))
def test_prescan_never_misses_a_line_edge(keep: bool, text: str) -> None:
    found = ws._find_line_edges(text, keep)
    assert ws._line_edge_spans(text, keep) == found
    if found:
        assert ws._may_have_edges(text, keep)


@pytest.mark.parametrize("keep", [True, False])
@pytest.mark.parametrize("c", list(_SPACES + _OTHERS))
def test_prescan_knows_every_space_character(keep: bool, c: str) -> None:
    for text in (f"a{c}\nb", f"a\n{c}b", f"{c}a\nb", f"a\nb{c}", f"a\n{c}\nb", f"{c}", f"a{c}b\nc"):
        found = ws._find_line_edges(text, keep)
        assert ws._line_edge_spans(text, keep) == found
        assert bool(found) == ws._may_have_edges(text, keep), (text, found)


def test_space_sets_are_the_pattern_classes() -> None:
    every = [chr(c) for c in range(0x3100)]
    assert {c for c in every if re.fullmatch(ws._SPACE, c)} == ws._SPACE_CHARS
    assert {c for c in every if re.fullmatch(ws._SPACE_OR_IDEO, c)} == ws._SPACE_OR_IDEO_CHARS


def test_line_ending_check_knows_exactly_the_line_ending_characters() -> None:
    assert all(ws._has_eol(f"a{c}b") for c in ws._EOL_CHARS)
    assert not any(ws._has_eol(f"a{chr(c)}b") for c in range(0x3100) if chr(c) not in ws._EOL_CHARS)
    assert ws._EOL.pattern and all(ws._EOL.search(c) for c in ws._EOL_CHARS)


@pytest.mark.parametrize("max_blank", [-1, 0, 1, 2])
@given(st.text(st.sampled_from("\n\n\na "), max_size=30))
def test_blank_line_runs_found_from_the_first(max_blank: int, text: str) -> None:
    normalizer = ws.WhitespaceNormalizer(ws.WhitespaceConfig(max_blank_lines=max_blank))
    got = normalizer._blank_lines(text)
    n = len(text)
    head = n - len(text.lstrip("\n"))
    tail = len(text.rstrip("\n")) if head < n else n
    runs = [m.span() for m in normalizer._longer.finditer(text, head, tail)] if head < n else []
    keep = max_blank + 1
    assert [(e.start, e.end) for e in got if e.rule == "blank-lines"] == [(a + keep, b) for a, b in runs]


def test_unchecked_deletions_are_the_checked_ones() -> None:
    from govtext.edits import Deletions

    made = Deletions.unchecked([0, 4], [2, 9], ["a", "b"], lambda: ["x", "y"], filter="f")
    assert made == Deletions([0, 4], [2, 9], ["a", "b"], ["x", "y"], filter="f")
    assert made.replacements == ["", ""] and made.filter == "f"
