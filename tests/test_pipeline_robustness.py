"""The whole pipeline on documents made of real lines in any order and any
encoding, damaged or not: it never raises, every source span lies inside
the input, and the same bytes give the same record.

Random bytes (``test_provenance_properties``) rarely reach the filters that
need structure (page numbers, running headers, bylines, signatures); lines
taken from the test cases' documents do, in orders no single case has. The
regression examples were found by a fuzzer built the same way.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

import govtext

_ROOT = Path(__file__).resolve().parent
_EXTRA = ["— 12 —", "- 3 -", "第2页 共5页", "临湖市人民政府公报", "（下转第二版）", "\x0c", "&lt;B&gt;", "锟斤拷",
          "香蕉久久夜色精品", "当前位置：首页 > 通知公告", "", "　　"]


@cache
def real_lines() -> tuple[str, ...]:
    """Distinct lines of the UTF-8 documents among the test cases and the examples, plus a few edge lines."""
    found: set[str] = set(_EXTRA)
    for path in sorted([*(_ROOT / "cases").rglob("*.txt"), *(_ROOT.parent / "examples").glob("*.txt")]):
        try:
            found.update(path.read_text(encoding="utf-8").splitlines())
        except UnicodeDecodeError:
            continue  # an example in a legacy encoding
    return tuple(sorted(found))


def _lines() -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(real_lines()), min_size=1, max_size=40)


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    """Real lines, a line break style, an encoding, and maybe a few damaged bytes."""
    lines = draw(_lines())
    if draw(st.booleans()):
        lines = lines + lines  # a page pasted twice: repeats, running headers
    text = draw(st.sampled_from(["\n", "\r\n", "\n\n"])).join(lines)
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "gbk", "big5", "utf-16"]))
    data = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(draw(st.integers(0, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        data[at : at + draw(st.integers(0, 2))] = draw(st.binary(max_size=2))
    return bytes(data)


@given(documents())
# found by fuzzing: a last page holding nothing but its number (OverlappingEditsError in furniture)
@example("— 12 —\n— 12 —".encode("gb18030"))
@example("2024年05月03日 08:12　来源：临湖日报\n打开临湖发布客户端，查看更多精彩内容\n—3—\n"
         "2024年05月03日 08:12　来源：临湖日报\n打开临湖发布客户端，查看更多精彩内容".encode("big5", errors="replace"))
# found by fuzzing: bytes of the shape of UTF-8 but not valid (a surrogate) inside mojibake (UnicodeDecodeError)
@example("通知\n　　瀵硅緰鍖哄唴姘村簱怼丂道。\n".encode())
def test_any_document_of_real_lines_is_cleaned(data: bytes) -> None:
    record = govtext.to_record(govtext.clean(data, id="x"))
    for fragment in record["fragments"]:
        for start, end in fragment["source_spans"]:
            assert 0 <= start <= end <= len(data)
    for removal in record["removed"]:
        start, end = removal["source_span"]
        assert 0 <= start <= end <= len(data)
    again = govtext.to_record(govtext.clean(data, id="x"))
    assert json.dumps(again, ensure_ascii=False) == json.dumps(record, ensure_ascii=False)


def test_the_line_pool_is_large_and_varied() -> None:
    lines = real_lines()
    assert len(lines) > 500
    assert any("第" in line and "条" in line for line in lines) and any("来源" in line for line in lines)
