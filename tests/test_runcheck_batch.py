"""The batch proof of :mod:`govtext.decoding.runcheck` answers run by run
what :func:`~govtext.decoding.runcheck.unrepairable` answers."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding.misdecode import PAIRS, misdecode
from govtext.decoding.mojibake import _CJK_RUN, LEGACY_CEILING, _Bar, _latin_suspect_class, _strong_re
from govtext.decoding.runcheck import unproved_whole_runs, unrepairable

_BARS = [
    _Bar(frozenset(PAIRS), 1.0, 1.5, True),
    _Bar(frozenset(PAIRS), 0.3, 0.0, True, relaxed=True),
    _Bar(frozenset({"gbk-as-big5", "big5-as-gbk"}), 0.0, 0.0, True, relaxed=True,
         order=("gbk-as-big5", "big5-as-gbk")),
    _Bar(frozenset({"utf8-as-gbk"}), 1.0, 1.5, True),
    _Bar(frozenset({"gbk-as-big5", "big5-as-gbk"}), 0.5, 3.0, True),  # (short runs: their own bounds)
    _Bar(frozenset(PAIRS), 0.2, 0.3, True),
]
_ALPHABET = st.sampled_from(
    list("关于开展工作的通知體現經濟發展與環境國務院辦公廳啊阿埃挨哎唉")
    + list("鍙戝睍銆傗\ue43b㐀ぁ•€ÖÐÎÄ¼á³Ö´éü…")
    + list("龜龍鬱纔訁嗀姏")
)
RUNS = st.lists(st.lists(_ALPHABET, min_size=1, max_size=12).map("".join), max_size=20)


def _reference(runs: list[str], bar: _Bar) -> list[int]:
    return [k for k, run in enumerate(runs)
            if not unrepairable(run, [(0, len(run))], ceiling=LEGACY_CEILING, min_gain=bar.min_gain,
                                short_penalty=bar.short_penalty, pairs=bar.cjk_pairs)]


def _batch(runs: list[str], bar: _Bar) -> list[int]:
    return unproved_whole_runs(runs, ceiling=LEGACY_CEILING, min_gain=bar.min_gain,
                               short_penalty=bar.short_penalty, pairs=bar.cjk_pairs)


@settings(max_examples=300)
@given(RUNS)
def test_batch_proof_is_the_run_by_run_proof(runs: list[str]) -> None:
    for bar in _BARS:
        assert _batch(runs, bar) == _reference(runs, bar)


def test_batch_proof_is_the_run_by_run_proof_on_garbled_sentences() -> None:
    text = ("國務院辦公廳關於進一步優化營商環境的通知各省自治區直轄市人民政府"
            "发展改革委员会关于推动高质量发展的意见经济社会发展取得新成就")
    for true, wrong in (("utf-8", "gbk"), ("big5", "gbk"), ("gb18030", "big5"), ("utf-8", "big5"), ("utf-8", "utf-8")):
        try:
            garbled = misdecode(text, true, wrong) if true != wrong else text
        except UnicodeError:
            continue
        runs = [m.group() for m in _CJK_RUN.finditer(garbled)]
        runs += [run[k : k + n] for run in runs for n in (2, 3, 5) for k in range(0, len(run) - n, 3)]
        for bar in _BARS:
            assert _batch(runs, bar) == _reference(runs, bar)


def test_every_latin_suspect_is_a_strong_suspect() -> None:
    # the gate looks for Latin runs only when a strong position holds a Latin suspect
    latin = re.compile(f"[{_latin_suspect_class()}]")
    suspects = [chr(c) for c in range(0x110000) if latin.match(chr(c))]
    assert suspects and all(_strong_re().match(c) for c in suspects)


def test_batch_columns_hold_the_facts() -> None:
    from govtext.decoding.runcheck import (
        _SLACK,
        _UNSAFE,
        _UNSAFE_FLAG,
        _UTF8_VIA,
        _batch_table,
        _owed,
        _table,
    )

    chars = "".join(sorted(set("关于體現鍙戝睍銆傗\ue43b㐀ぁ•€ÖÐÎÄ¼á³Ö´éü…龜龍鬱纔訁嗀姏?a\u3000\ufffd")))
    columns = chars.translate(_batch_table()).encode("utf-16-le")
    for c, slack, flags in zip(chars, columns[0::2], columns[1::2], strict=True):
        facts = _table()[ord(c)]
        assert slack == ord(facts[_SLACK])
        assert bool(flags & _UNSAFE_FLAG) == (facts[_UNSAFE] != "\0")
        for s in range(len(_UTF8_VIA)):
            assert bool(flags >> s & 1) == (facts[_owed(s) + 1] != "\0")
            assert bool(flags >> (3 + s) & 1) == (facts[_owed(s)] != "\0")


def test_batch_proof_is_the_run_by_run_proof_on_short_runs() -> None:
    # every one- to three-character run of the alphabet's Traditional and garbled material
    chars = "關於開展工作體現經濟發展環境國務院鍙戝睍銆傗㐀ぁ龜龍鬱纔訁嗀姏創國發羣實現奮"
    runs = [a + b + c for a in chars for b in ("", *chars[::3]) for c in ("", *chars[::5])]
    for bar in _BARS:
        assert _batch(runs, bar) == _reference(runs, bar)
