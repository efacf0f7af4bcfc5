"""The batch proof of :func:`govtext.decoding.mojibake._unproved` settles a
run only when :func:`~govtext.decoding.mojibake._surely_nothing` (the run
by run proof, pieces and all) proves it: checked on random text made of
correct, Traditional and garbled material with split points, and on the
case sentences and their garbled forms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.decoding import mojibake
from govtext.decoding.misdecode import PAIRS, misdecode
from govtext.decoding.mojibake import _CJK_RUN, _LATIN_RUN, _Bar, _judged_spans, _proof_spans
from tests.decoding_sentences import all_sentences
from tests.test_runcheck_batch import _BARS as RUN_BARS

_BARS = [*RUN_BARS, _Bar(frozenset(PAIRS), 2.0, 3.0, True)]  # the batch proofs' thresholds, and a strict one
_ALPHABET = st.sampled_from(
    list("关于开展工作的通知體現經濟發展與環境國務院辦公廳羣爲衆峯裏")
    + list("?\u3000，。、；：？！“”《》（）\ufffd a\n")
    + list("鍙戝睍銆傗\ue43b㐀ぁ•€ÖÐÎÄ¼á³Ö´éü…")
    + list("龜龍鬱纔訁嗀姏")
)
TEXT = st.lists(_ALPHABET, max_size=120).map("".join)


def _check(text: str) -> int:
    runs = [("latin", *m.span()) for m in _LATIN_RUN.finditer(text)]
    runs += [("cjk", *m.span()) for m in _CJK_RUN.finditer(text)]
    settled = 0
    for bar in _BARS:
        left = set(mojibake._unproved(text, runs, bar))
        for kind, a, b in runs:
            if (kind, a, b) not in left:
                settled += 1
                assert kind == "cjk" and mojibake._surely_nothing(text, a, b, bar), (text[a:b], bar)
    return settled


@settings(max_examples=300)
@given(TEXT)
def test_batch_settles_only_runs_the_run_proof_proves(text: str) -> None:
    _check(text)


def test_batch_settles_only_runs_the_run_proof_proves_on_sentences() -> None:
    settled = 0
    for text in all_sentences():
        settled += _check(text)
        for true, wrong in (("utf-8", "gbk"), ("big5", "gbk"), ("gb18030", "big5"), ("utf-8", "big5")):
            try:
                settled += _check(misdecode(text, true, wrong))
            except UnicodeError:
                continue
    assert settled > 0


@given(st.lists(st.sampled_from(list("體現經濟关于鍙戝?\u3000，。、；：？！“”《》（）a")), min_size=1, max_size=30).map("".join))
def test_proof_spans_hold_the_judged_spans(run: str) -> None:
    spans = _proof_spans(run)
    for relaxed in (False, True):
        for a, b in _judged_spans(run, relaxed):
            assert run[a:b] in spans
    assert run in spans and all(spans)
