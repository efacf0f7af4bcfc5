"""The rejoiner's skip of a pair whose first line shows no evidence that it
goes on (:func:`govtext.rejoin.paragraphs._shows_no_continuation`) changes no
join: against the rejoiner deciding those pairs in full, and against
:func:`continuation_reason` itself, on random text and the seeds."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext.edits import Edit
from govtext.rejoin import paragraphs
from govtext.rejoin.paragraphs import ParagraphRejoiner, RejoinConfig, continuation_reason
from tests.corpus import CORPUS, corpus_available
from tests.rejoin_plain import rejoin_edits

_PIECES = ["聚焦科技创新", "厚植内生动能", "一是打造生态宜居环境。", "强化废气治理，提", "当好中央、省、", "达到1200",
           "万元。", "（一）坚持创新", "各位代表：", "第十二条的规定", "关于印发临湖市", "2024年重点实事的通知",
           "，", "、", "。", "；", "!", "”", "（", "——", "-", "3", "３", " ", "\u3000\u3000", "\t", "\r", "\xa0",
           "\u2028", "\ufffd", "word", "全面推进乡村振兴加快建设农业强市" * 2]
_REJOINERS = [ParagraphRejoiner(), ParagraphRejoiner(RejoinConfig(hard_wrap=False)),
              ParagraphRejoiner(RejoinConfig(min_wrap_lines=2, min_wrap_width=8, long_prose_chars=20))]


def _full_joins(rejoiner: ParagraphRejoiner, text: str, monkeypatch: pytest.MonkeyPatch) -> list[Edit]:
    """The joins with every pair the skip would leave decided in full."""
    with monkeypatch.context() as m:
        m.setattr(paragraphs, "_shows_no_continuation", lambda *_args: False)
        return rejoin_edits(rejoiner, text)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.lists(st.sampled_from(_PIECES), max_size=4).map("".join), max_size=12))
    return "\n".join(lines)


@settings(max_examples=800)
@given(_texts(), st.sampled_from(_REJOINERS))
@example("旅游收入，达到1200\n万元。", _REJOINERS[0])  # an amount cut from its unit
@example("当好中央、省、\r\n市和区委决策部署的执行者", _REJOINERS[0])  # a clause mark before other whitespace
# an indented paragraph going on where paragraphs open with an indent
@example("\u3000\u3000支持企业开展改造，推动数字化转型升级\n力争到二〇二五年覆盖率达到百分之九十。\n\n"
         "\u3000\u3000第二段落内容很长很长很长很长很长很长很长很长。", _REJOINERS[0])
def test_skipped_pairs_make_no_join(text: str, rejoiner: ParagraphRejoiner) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert rejoin_edits(rejoiner, text) == _full_joins(rejoiner, text, monkeypatch)


@settings(max_examples=800)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join),
       st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join),
       st.booleans(), st.sampled_from([20, 100]))
@example("旅游收入，达到1200", "万元。", False, 100)
def test_no_continuation_means_no_reason(first: str, second: str, indented: bool, long_prose: int) -> None:
    first, second = first.replace("\n", ""), second.replace("\n", "")
    if not first.strip(paragraphs._SPACES) or not second.strip(paragraphs._SPACES):
        return  # blank lines are never paired
    if second[0] in paragraphs._OPENING_FIRST:
        return  # the rejoiner decides these in full
    if paragraphs._shows_no_continuation(first, 0, len(first), long_prose):
        config = RejoinConfig(long_prose_chars=long_prose)
        assert continuation_reason(first, second, config, indented=indented) is None


def test_skipped_pairs_on_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    if not corpus_available():
        return
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        wrapped = "\n".join(line[i : i + 30] for line in lines for i in range(0, max(len(line), 1), 30))
        for sample in (text, wrapped, "\n".join(ln for ln in lines if ln.strip())):
            for rejoiner in _REJOINERS:
                assert rejoin_edits(rejoiner, sample) == _full_joins(rejoiner, sample, monkeypatch)
