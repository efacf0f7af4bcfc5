"""The literal-led scans of the corruption flagger match their regex definitions.

Each helper of :mod:`govtext.decoding.corruption` that replaced a scan
starting with a lookbehind or a hanzi class is compared with that regex on
generated text.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from govtext.decoding.corruption import (
    _CJK_CONTEXT,
    _HAN,
    _full_width_style,
    _gbk_bytes,
    _lone_questions,
    _question_runs,
)

_QUESTION_RUN = re.compile(f"(?<=[{_CJK_CONTEXT}])\\?{{2,}}|\\?{{2,}}(?=[{_HAN}])")
_LONE_QUESTION = re.compile(f"(?<=[{_HAN}])\\?(?=[{_HAN}，、；：。])|(?<=[（“《【〔「『、，；：])\\?(?=[{_HAN}])")
_FULL_STOPS = re.compile(f"[{_HAN}][，。]")
_HALF_STOPS = re.compile(f"[{_HAN}][,.]")

TEXT = st.lists(st.sampled_from(list("城市建设住房，。,.?？a1 \n\ufffd㐀「（、”")), max_size=80).map("".join)


@given(TEXT)
def test_question_runs_match_the_regex(text: str) -> None:
    assert list(_question_runs(text)) == [m.span() for m in _QUESTION_RUN.finditer(text)]


@given(TEXT)
def test_lone_questions_match_the_regex(text: str) -> None:
    assert _lone_questions(text) == [m.start() for m in _LONE_QUESTION.finditer(text)]


@given(TEXT)
def test_full_width_style_matches_the_regexes(text: str) -> None:
    expected = _HALF_STOPS.search(text) is None and len(_FULL_STOPS.findall(text)) >= 4
    assert _full_width_style(text) == expected


def test_full_width_style_examples() -> None:
    assert _full_width_style("城市，建设。住房，市场。")
    assert not _full_width_style("城市，建设。住房，市场。数据.")
    assert not _full_width_style("城市，建设。住房，")


@given(st.text(max_size=40) | st.lists(st.sampled_from(list("审制度鍒跺害牳C℃　ｄ︽€😀\ud800")), max_size=20).map("".join))
def test_gbk_bytes_are_the_codecs_with_replacement(line: str) -> None:
    """The UTF-8-read-as-GBK scan encodes a line with the codec (fast) and
    maps its bytes back with :func:`_gbk_bytes` only when a run is found:
    both must give the same bytes, one owner per byte, in character order."""
    data, owner = _gbk_bytes(line)
    assert data == line.encode("gbk", "replace")
    assert len(owner) == len(data)
    assert owner == sorted(owner) and set(owner) == set(range(len(line)))
