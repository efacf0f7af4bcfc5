"""The lean metadata parser gives exactly the results of the plain one.

:mod:`tests.metadata_plain` is the parser before its fast paths (tables
instead of ``datetime`` and ``int``, pre-tests that skip the byline parser,
fused scans); every public function and every fast path is compared with it
on the lines of the test cases and the corpus, and on random text built from
labels, dates, names, title words and punctuation.
"""

from __future__ import annotations

import calendar
import datetime
import json
import re
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.blocks import metadata
from govtext.blocks.segment import segment
from tests import metadata_plain as plain
from tests.corpus import CORPUS, corpus_available

CASES = Path(__file__).parent / "cases"


def _case_lines() -> list[str]:
    lines: set[str] = set()
    for path in sorted((CASES / "blocks").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines.update(b.stripped for b in segment(text))
        lines.update(text.split("\n"))
    for path in sorted((CASES / "metadata").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            for key in ("line", "lines"):
                value = case.get(key)
                lines.update([value] if isinstance(value, str) else value or [])
    if corpus_available():
        for path in sorted((CORPUS / "seeds").rglob("*.txt")):
            lines.update(path.read_text(encoding="utf-8", errors="replace").split("\n"))
    return sorted(line for line in lines if len(line) <= 300)


LINES = _case_lines()

_WORDS = (
    "发布时间：", "发布日期:", "来源：", "來源:", "作者：", "记者 ", "本报记者 ", "通讯员 ", "责任编辑：", "编辑:",
    "浏览次数：", "阅读", "文号：", "发 布 机 构：", "索引号：", "主题分类：", "会议时间：", "图片：", "时间",
    "2023-11-15", "2023年11月15日", "２０２３年１１月１５日", "2023/2/29", "2024.2.29", "二〇二三年十一月十五日",
    "10:54", "下午3点20分", "中午1点", "（星期三）", "T09:30", "湖州市人民政府", "《今日浙江》杂志", "新华社",
    "陈浩", "陈 浩", "欧阳修", "徐鸣阳", "中共湖州市委书记", "市长", "湖政发〔2024〕1号", "浙公字第12号",
    "11890", "1,234", "3.5万次", "【", "】", "（", "）", "|", "｜", "　", "  ", " ", "\t", "，", "。", ":", "：",
)
_CHARS = "发布时间来源作者记者编辑书记市长浏览次数文号年月日〇一二三四五六七八九十０１29:：|　\t【】（）《》·湖州陈浩，。号〔〕第-/. "


def _random_line() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(_WORDS), st.text(alphabet=_CHARS, min_size=1, max_size=4))
    return st.lists(piece, min_size=1, max_size=10).map("".join)


def _results(module: ModuleType, line: str) -> str:
    calls = (
        module.parse_meta_line(line),
        module.parse_byline(line),
        module.normalize_date(line),
        module.parse_label_table([line]),
    )
    return repr(calls)  # the reprs hold fields and coverage


def test_case_and_corpus_lines_parse_as_with_the_plain_parser() -> None:
    assert len(LINES) > 500
    for line in LINES:
        assert _results(metadata, line) == _results(plain, line), line


@settings(max_examples=1500)
@given(_random_line())
def test_random_lines_parse_as_with_the_plain_parser(line: str) -> None:
    assert _results(metadata, line) == _results(plain, line)


@given(st.text(alphabet=_CHARS, max_size=30))
def test_random_text_parses_as_with_the_plain_parser(line: str) -> None:
    assert _results(metadata, line) == _results(plain, line)


def test_label_tables_parse_as_with_the_plain_parser() -> None:
    lines = [line for line in LINES if "：" in line or ":" in line]
    for i in range(0, len(lines), 3):
        assert metadata.parse_label_table(lines[i : i + 3]) == plain.parse_label_table(lines[i : i + 3])


# -- tables --------------------------------------------------------------------------


def test_small_numbers_are_int() -> None:
    digits = "0123456789０１２３４５６７８９"
    for a in ["", *digits]:
        for b in digits:
            assert metadata._SMALL_NUMBER[a + b] == int(a + b)
    assert len(metadata._SMALL_NUMBER) == 20 + 20 * 20


@pytest.mark.parametrize("year", [1899, 1900, 1904, 2000, 2023, 2024, 2100, 2101])
def test_iso_day_is_datetime(year: int) -> None:
    for month in range(-1, 100):
        for day in range(-1, 100):
            try:
                expected: str | None = datetime.date(year, month, day).isoformat() if 1900 <= year <= 2100 else None
            except ValueError:
                expected = None
            assert metadata._iso_day(year, month, day) == expected, (year, month, day)
    assert calendar.isleap(2000) and not calendar.isleap(2100)


def test_title_tuple_is_the_title_pattern_at_the_end() -> None:
    title_end = re.compile("(?:" + metadata._TITLE_RE.pattern + ")\\Z")
    for line in [*LINES, *(w + "x" for w in metadata._TITLE_WORDS), *metadata._TITLE_WORDS]:
        compact = "".join(line.split())
        assert compact.endswith(metadata._TITLE_TUPLE) == (title_end.search(compact) is not None), line


@settings(max_examples=500)
@given(_random_line(), st.data())
def test_no_date_is_shorter_than_the_shortest(line: str, data: st.DataObject) -> None:
    for m in metadata._DATE.finditer(line):
        assert len(m.group()) >= metadata._SHORTEST_DATE
    a = data.draw(st.integers(0, len(line)))
    b = data.draw(st.integers(a, len(line)))
    plain_match = metadata._DATE.search(line, a, b)
    fast = metadata.search_date(line, a, b)
    assert (plain_match and plain_match.span()) == (fast and fast.span())


def test_shortest_dates() -> None:
    for text in ("2023-1-5", "2023年1月5", "２０２３/１/５"):
        m = metadata._DATE.fullmatch(text)
        assert m is not None and len(text) == metadata._SHORTEST_DATE
    assert metadata.search_date("x2023-1-5", 1, 9) is not None
    assert metadata.search_date("x2023-1-5", 1, 8) is None


def test_years_are_int() -> None:
    assert all(metadata._YEARS[str(y)] == y for y in range(1900, 2101))
    assert len(metadata._YEARS) == 201 and min(metadata._YEARS.values()) > 0
