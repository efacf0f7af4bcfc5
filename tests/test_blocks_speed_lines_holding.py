"""The passes that visit only the lines holding a word (session 15, helper S)
equal their plain definitions: the editor credits inside the body and the
meeting record's ``时间：`` field."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks.classify import (
    ClassifyConfig,
    _meeting_date,
    _meeting_time,
    _speed_lines_holding,
    _State,
    classify,
)
from govtext.blocks.rules import load_rules
from govtext.blocks.segment import lines

RULES = load_rules()
CASES = Path(__file__).parent / "cases" / "blocks"


def _state(texts: list[str]) -> _State:
    return _State(texts, RULES, ClassifyConfig())


@given(st.lists(st.text(alphabet="编編责任辑a　：张", max_size=6), max_size=8))
def test_lines_holding_is_the_plain_scan(texts: list[str]) -> None:
    state = _state(texts)
    words = ("编", "編")
    expected = [i for i, t in enumerate(texts) if any(w in t for w in words)]
    assert list(_speed_lines_holding(state, words)) == expected


def test_editor_credit_in_the_body_in_either_script() -> None:
    body = "　　为进一步推进政务公开标准化规范化建设，现就有关事项通知如下，请各单位认真贯彻落实。"
    for credit, both in (("责任编辑：王小明", False), ("責任編輯：王小明", False), ("责任编辑：王小明", True)):
        texts = ["关于做好政务公开工作的通知", body, credit, body]
        if both:
            texts.append("編號：001")  # both scripts on the page: the plain scan
        labels = classify(texts, RULES).labels
        assert labels[2].rule == "meta/editor-line", (credit, labels[2])


def _plain_meeting_date(state: _State) -> str | None:
    """``_meeting_date`` by its definition: every line asked."""
    for i in range(state.n):
        if _meeting_time(state, i) and (m := state.meta_line(i)) is not None \
                and isinstance(date := m.fields.get("date"), str):
            return date.split("T", 1)[0]
    return None


def test_meeting_date_is_its_definition() -> None:
    head = ["区政府第十二次常务会议纪要", "时间：2024年3月5日上午", "地点：区政府三楼会议室", "出席：张三、李四"]
    body = ["　　会议听取了关于城市更新工作的汇报，研究部署了下一阶段的重点任务，要求各部门抓好落实。"] * 2
    shifted = [head[0], "会议时间：2024年3月5日上午", head[2], head[3]]
    trad = ["會議紀要", "時間：2024年6月1日", "地點：市政府", "出席：王五"]
    docs = [head + body, shifted + body, trad + body]
    docs += [lines(p.read_text(encoding="utf-8"))[2] for p in sorted(CASES.rglob("*.txt"))]
    for texts in docs:
        state = _state(texts)
        assert _meeting_date(state) == _plain_meeting_date(_state(texts))
    assert _meeting_date(_state(head + body)) == "2024-03-05"
