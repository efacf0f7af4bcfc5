"""The literal-led scans of the corruption flagger match their regex definitions.

Each helper of :mod:`govtext.decoding.corruption` that replaced a scan
starting with a lookbehind or a hanzi class is compared with that regex on
generated text.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from govtext.decoding.charsets import gb2312_level1
from govtext.decoding.corruption import (
    _CJK_CONTEXT,
    _HAN,
    _UTF8_CJK_RUN,
    CORRUPT_UTF8_MIN_COMMON,
    Flag,
    _corrupt_common_in_row,
    _corrupt_garbled_around,
    _corrupt_utf8_as_gbk_runs,
    _corrupt_utf8_lead_re,
    _corrupt_utf8_run_chars_re,
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


def _gbk_pair_chars() -> list[str]:
    """Characters of every kind of GBK byte pair the UTF-8 run scan tells
    apart (lead and trail bytes of 80-BF, of E4-E9 and others), found by
    decoding byte pairs, not by the scan's own tables: few enough that runs
    of either phase come up often."""
    out = []
    for a in (0x81, 0xB0, 0xE5, 0xE9, 0xD6):
        for b in (0x40, 0x80, 0xBF, 0xE4, 0xE6, 0xFE):
            try:
                out.append(bytes((a, b)).decode("gbk"))
            except UnicodeDecodeError:
                continue
    return out


GBK_TEXT = st.lists(st.sampled_from([*_gbk_pair_chars(), *"审a ?😀\n"]), max_size=40).map("".join)


@given(GBK_TEXT)
def test_run_characters_match_the_byte_runs(text: str) -> None:
    """The scan skips a line whose characters cannot hold a UTF-8 run in
    their GBK bytes: the character pattern finds one exactly when the
    bytes do."""
    found = _corrupt_utf8_run_chars_re().search(text) is not None
    assert found == (_UTF8_CJK_RUN.search(text.encode("gbk", "replace")) is not None)


def _reference_utf8_as_gbk_runs(text: str) -> list[Flag]:
    """The scan as it was before the character pattern: every line holding a
    lead character encoded and searched."""
    out = []
    lead = _corrupt_utf8_lead_re()
    m = lead.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        data, owner = _gbk_bytes(text[start:end])
        for run in _UTF8_CJK_RUN.finditer(data):
            reading = run.group().decode("utf-8")
            if _corrupt_common_in_row(reading) >= CORRUPT_UTF8_MIN_COMMON \
                    and sum(c in gb2312_level1() for c in reading) * 2 >= len(reading):
                out.append(Flag(*_corrupt_garbled_around(text, start + owner[run.start()],
                                                         start + owner[run.end() - 1] + 1), ""))
        m = lead.search(text, end)
    return out


GARBLES = ["鍒跺害", "C牳鍒跺害", "鏀垮姟鏈嶅姟", "娴嬭瘯鏂囨湰"]


@given(st.lists(GBK_TEXT | st.sampled_from(GARBLES), max_size=8).map("".join))
def test_utf8_as_gbk_runs_match_the_reference(text: str) -> None:
    got = [(f.start, f.end) for f in _corrupt_utf8_as_gbk_runs(text)]
    assert got == [(f.start, f.end) for f in _reference_utf8_as_gbk_runs(text)]


def test_utf8_as_gbk_runs_are_still_found() -> None:
    text = "　　二、落实责任编辑和审　C牳鍒跺害\n　　三、鏀垮姟鏈嶅姟中心。\n"
    assert [(f.start, f.end) for f in _corrupt_utf8_as_gbk_runs(text)] == \
        [(f.start, f.end) for f in _reference_utf8_as_gbk_runs(text)]
    assert len(list(_corrupt_utf8_as_gbk_runs(text))) == 2
