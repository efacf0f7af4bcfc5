"""The fast paths of script detection give what the plain definitions give.

:func:`~govtext.script.detect.detect_script` stops looking for
Traditional-only characters once there are enough of them to decide
``traditional`` (counted a block at a time by one match); its label must
be the label of the full counts of :func:`~govtext.script.detect.count_script_chars`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.script.detect import (
    ScriptCounts,
    _at_least,
    _enough_traditional,
    count_script_chars,
    detect_script,
)

_ALPHABET = st.sampled_from(list("國務院關於發展經濟體現") + list("国务院关于发展经济体现") + list("的通知，。 a\n"))
TEXT = st.lists(_ALPHABET, max_size=400).map("".join)


@settings(max_examples=300)
@given(TEXT)
def test_detected_script_is_the_label_of_the_full_counts(text: str) -> None:
    assert detect_script(text) == count_script_chars(text).label


@pytest.mark.parametrize("n_trad", [0, 1, 7, 8, 9, 63, 64, 65, 71, 72, 73, 200, 640])
@pytest.mark.parametrize("n_simp", [0, 1, 2, 16, 18, 160])
def test_detected_script_at_the_decision_boundary(n_trad: int, n_simp: int) -> None:
    text = "附件：" + "國" * n_trad + "，" + "国" * n_simp + "。"
    assert detect_script(text) == ScriptCounts(n_trad, n_simp).label
    assert detect_script(text[::-1]) == ScriptCounts(n_trad, n_simp).label


@given(TEXT, st.integers(0, 300))
def test_at_least_is_the_comparison_with_the_count(text: str, n: int) -> None:
    assert _at_least(text, n) == (count_script_chars(text).traditional >= n)


@pytest.mark.parametrize("n_simp", range(0, 400, 7))
def test_enough_traditional_is_the_least_count_labelled_traditional(n_simp: int) -> None:
    n = _enough_traditional(n_simp)
    assert ScriptCounts(n, n_simp).label == "traditional"
    assert ScriptCounts(n - 1, n_simp).label != "traditional"


@given(TEXT, st.integers(0, 300), st.sampled_from([1, 3, 8, 64]))
def test_at_least_is_the_count_for_any_block_size(text: str, n: int, chunk: int) -> None:
    from govtext.script import detect

    saved = detect._CHUNK
    detect._CHUNK = chunk
    try:
        assert _at_least(text, n) == (count_script_chars(text).traditional >= n)
    finally:
        detect._CHUNK = saved
