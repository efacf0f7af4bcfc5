"""Metadata-line parsing: data-driven cases (tests/cases/metadata) and properties."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks.metadata import (
    _LABEL_KIND,
    MetaLine,
    dateline_reporters,
    has_label_mark,
    normalize_date,
    parse_byline,
    parse_label_pair,
    parse_label_table,
    parse_meta_line,
)

CASES = Path(__file__).parent / "cases" / "metadata"


def _cases(name: str) -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads((CASES / name).read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = data["cases"]
    return cases


@pytest.mark.parametrize("case", _cases("meta_lines.json"), ids=lambda c: c["line"][:30] or "<empty>")
def test_meta_line_case(case: dict[str, Any]) -> None:
    got = parse_meta_line(case["line"])
    if case["fields"] is None:
        assert got is None
        return
    assert got is not None
    assert got.fields == case["fields"]
    if "coverage" in case:
        assert got.coverage == case["coverage"]
    assert got.coverage >= case.get("min_coverage", 0.0)
    assert got.coverage <= case.get("max_coverage", 1.0)


@pytest.mark.parametrize("case", _cases("bylines.json"), ids=lambda c: c["line"][:30] or "<empty>")
def test_byline_case(case: dict[str, Any]) -> None:
    got = parse_byline(case["line"])
    assert (list(got) if got is not None else None) == case["expect"]


@pytest.mark.parametrize("case", _cases("dates.json"), ids=lambda c: c["text"] or "<empty>")
def test_date_case(case: dict[str, Any]) -> None:
    assert normalize_date(case["text"]) == case["expect"]


@pytest.mark.parametrize("case", _cases("datelines.json"), ids=lambda c: c["text"][:30])
def test_dateline_case(case: dict[str, Any]) -> None:
    assert dateline_reporters(case["text"]) == case["expect"]


@pytest.mark.parametrize("case", _cases("label_tables.json"), ids=lambda c: (c["lines"] or ["<none>"])[0][:30])
def test_label_table_case(case: dict[str, Any]) -> None:
    assert parse_label_table(case["lines"]) == case["expect"]


@pytest.mark.parametrize("case", _cases("label_pairs.json"), ids=lambda c: f"{c['label']}/{c['value'][:20]}")
def test_label_pair_case(case: dict[str, Any]) -> None:
    got = parse_label_pair(case["label"], case["value"])
    assert (got.fields if got is not None else None) == case["fields"]


@pytest.mark.parametrize(("line", "marked"), [
    ("供稿 临湖市疾病预防控制中心", True), ("编辑 郑晓雯", True), ("记者 林晓峰 通讯员 赵雨桐", True),
    ("来源：新华社", True), ("编辑部 地址 临湖市", False), ("临湖市人民政府 2024年3月1日", False), ("供稿", False),
    ("（王晓红　撰文　刘洋　摄影）", True), ("宣传部 撰稿", False),
])
def test_credit_label_set_off_by_a_space_is_a_label_mark(line: str, marked: bool) -> None:
    """A tail line's credit without a colon (``供稿 市疾控中心``) is labelled, not a signature."""
    assert has_label_mark(line) is marked


def test_case_files_are_substantial() -> None:
    assert len(_cases("meta_lines.json")) >= 60
    assert len(_cases("bylines.json")) >= 25
    assert len(_cases("dates.json")) >= 30


# -- properties ------------------------------------------------------------------
_CN = "〇一二三四五六七八九"
_FULL = str.maketrans("0123456789-:", "０１２３４５６７８９－：")


def _cn_small(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN[ones]
    return ("" if tens == 1 else _CN[tens]) + "十" + ("" if ones == 0 else _CN[ones])


def _formats(d: datetime.date) -> list[str]:
    y, m, dd = d.year, d.month, d.day
    return [
        f"{y}-{m:02d}-{dd:02d}",
        f"{y}-{m}-{dd}",
        f"{y}/{m:02d}/{dd:02d}",
        f"{y}.{m}.{dd}",
        f"{y}年{m}月{dd}日",
        f"{y} 年 {m:02d} 月 {dd:02d} 日",
        f"{y}-{m:02d}-{dd:02d}".translate(_FULL),
        f"{y}年{m}月{dd}日".translate(_FULL),
        "".join(_CN[int(c)] for c in str(y)) + f"年{_cn_small(m)}月{_cn_small(dd)}日",
    ]


_dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))


@given(_dates, st.data())
def test_normalize_date_every_format(day: datetime.date, data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(_formats(day)))
    assert normalize_date(text) == day.isoformat()


@given(_dates, st.integers(0, 23), st.integers(0, 59), st.sampled_from(["{h}:{mi:02d}", "{h}时{mi}分", "{h:02d}:{mi:02d}:07"]))
def test_normalize_date_with_time(day: datetime.date, h: int, mi: int, fmt: str) -> None:
    text = f"{day.year}年{day.month}月{day.day}日 " + fmt.format(h=h, mi=mi)
    assert normalize_date(text) == f"{day.isoformat()}T{h:02d}:{mi:02d}"


_LABELS = ["发布时间：", "发布日期:", "日期：", "时间 ：", "發布時間：", ""]
_SEPS = [" ", "　", "  ", " | ", "｜", "\t"]
_ORGS = ["市人民政府办公室", "新华社", "《今日浙江》杂志", "县委宣传部", "人民日报", "市体育局"]
_NAMES = ["陈浩", "李明", "王晓红", "欧阳明", "赵刚"]


@given(_dates, st.data())
def test_meta_line_roundtrip(day: datetime.date, data: st.DataObject) -> None:
    """A generated date/source/author/views line parses back to its parts, fully covered."""
    date_text = data.draw(st.sampled_from(_formats(day)))
    org, name = data.draw(st.sampled_from(_ORGS)), data.draw(st.sampled_from(_NAMES))
    views = data.draw(st.integers(0, 10**7))
    sep = data.draw(st.sampled_from(_SEPS))
    parts = [
        data.draw(st.sampled_from(_LABELS)) + date_text,
        data.draw(st.sampled_from(["来源：", "来源:", "信息来源：", "來源："])) + org,
        data.draw(st.sampled_from(["作者：", "作者:", "撰稿："])) + name,
        data.draw(st.sampled_from(["浏览次数：", "阅读：", "点击数:"])) + str(views),
    ]
    order = data.draw(st.permutations(parts))
    got = parse_meta_line(sep.join(order))
    assert got is not None
    assert got.fields == {"date": day.isoformat(), "source": org, "author": name, "views": views}
    assert got.coverage == 1.0


_TEXT_ALPHABET = st.sampled_from(list("市委书记长主任局陈浩王李明发展创新，。：:、 　·0123年月日来源作者（）《》-|"))


@given(st.text(_TEXT_ALPHABET, max_size=40))
def test_byline_never_returns_punctuated_names(text: str) -> None:
    got = parse_byline(text)
    if got is not None:
        name, role = got
        assert 2 <= len(name) <= 4 or "·" in name
        assert not any(ch in name for ch in "，。：:、 　()（）《》-|0123456789")
        assert role and not role[-1].isspace()


@given(st.text(_TEXT_ALPHABET, max_size=80))
def test_meta_line_is_total_and_bounded(text: str) -> None:
    got = parse_meta_line(text)
    if got is not None:
        assert isinstance(got, MetaLine)
        assert got.fields
        assert 0.0 <= got.coverage <= 1.0
        for key, value in got.fields.items():
            assert isinstance(value, int if key == "views" else str)
            assert value != ""
        if "date" in got.fields:
            assert normalize_date(str(got.fields["date"])) is not None


def test_long_lines_are_not_metadata() -> None:
    assert parse_meta_line("发布时间：2023-11-15 " + "正文" * 600) is None


_TABLE_LABELS = {
    "index_number": (["索引号", "索引號"], ["11330500002621527X/2024-00001", "000014349/2023-00012"]),
    "agency": (["发布机构", "发文机关", "發布機構"], ["湖州市人民政府办公室", "国务院办公厅"]),
    "doc_number": (["文号", "发文字号"], ["湖政发〔2024〕1号", "国办发〔2023〕12号"]),
    "topic": (["主题分类", "主題分類"], ["城乡建设、环境保护", "综合政务"]),
    "title": (["标题", "名称"], ["关于进一步优化政务服务的意见", "湖州市2024年政府工作报告"]),
    "valid": (["有效性"], ["有效", "失效"]),
}


@given(st.data())
def test_label_table_roundtrip(data: st.DataObject) -> None:
    """Letter-spaced labels, either colon, one or two labels a line: the values come back."""
    keys = data.draw(st.lists(st.sampled_from(sorted(_TABLE_LABELS)), min_size=1, max_size=6, unique=True))
    cells = []
    expect = {}
    for key in keys:
        words, values = _TABLE_LABELS[key]
        word, value = data.draw(st.sampled_from(words)), data.draw(st.sampled_from(values))
        gap = data.draw(st.sampled_from(["", " ", "　"]))
        cells.append(gap.join(word) + data.draw(st.sampled_from(["：", ":", " ："])) + value)
        expect[key] = value
    lines: list[str] = []
    while cells:
        take = data.draw(st.integers(1, min(2, len(cells))))
        lines.append(data.draw(st.sampled_from(["\t", "    ", "　　"])).join(cells[:take]))
        cells = cells[take:]
    assert parse_label_table(lines) == expect


# -- the clean government documents (tests/cases/blocks/government) ------------------
GOVERNMENT = Path(__file__).parent / "cases" / "blocks" / "government"


def _government() -> list[tuple[str, list[str], dict[str, Any]]]:
    out = []
    for sidecar in sorted(GOVERNMENT.glob("*.json")):
        side = json.loads(sidecar.read_text(encoding="utf-8"))
        lines = (GOVERNMENT / side["file"]).read_text(encoding="utf-8").split("\n")
        out.append((side["file"], lines, side))
    return out


@pytest.mark.parametrize(("name", "lines", "side"), _government(), ids=lambda v: v if isinstance(v, str) else "")
def test_government_meta_lines_give_the_metadata(name: str, lines: list[str], side: dict[str, Any]) -> None:
    found: dict[str, str | int] = {}
    meta_lines = [lines[int(n) - 1] for n, label in side["lines"].items() if label == "noise:meta"]
    for line in meta_lines:
        m = parse_meta_line(line)
        assert m is not None and m.coverage == 1.0, line
        for key, value in m.fields.items():
            found.setdefault(key, value)
    found.update(parse_label_table(meta_lines))
    if "source" not in found and "agency" in found:
        found["source"] = found["agency"]  # as the pipeline does: a 发布机构 or 发布单位 is the source nothing else names
    for key, want in side["metadata"].items():
        if key == "title":
            continue
        got = str(found.get(key, ""))
        assert (got.split("T")[0] if key == "date" else got) == want, (name, key)


_FORM_FIELD = regex.compile(r"^[ \u3000]*\p{Han}{2,6}[：:][^。；！？，,]{1,40}$")
"""A notice's form field: a short label, its colon and a value with no clause in it."""


def test_a_form_field_is_told_from_prose() -> None:
    assert _FORM_FIELD.match("报送单位：各乡镇人民政府、县直各单位") is not None
    assert _FORM_FIELD.match("　　签发：由报送单位主要负责同志签发，并留存签发记录备查。") is None
    assert _FORM_FIELD.match("2023年11月15日，市政府召开常务会议。") is None


@pytest.mark.parametrize(("name", "lines", "side"), _government(), ids=lambda v: v if isinstance(v, str) else "")
def test_government_body_lines_do_not_look_like_metadata(name: str, lines: list[str], side: dict[str, Any]) -> None:
    """Body prose, headings and list items are not metadata; only a signature date stands alone.
    A notice's own form field (``报送单位：各乡镇人民政府``) reads as metadata on its
    own line: the pipeline keeps it by its place in the text (checked with the
    cases), so it is left out here."""
    for n, label in side["lines"].items():
        line = lines[int(n) - 1]
        if label != "body" or _FORM_FIELD.match(line) is not None:
            continue
        m = parse_meta_line(line)
        assert parse_byline(line) is None, line
        if m is not None and m.coverage >= 0.5:
            assert set(m.fields) == {"date"} and normalize_date(line) is not None, line


@given(st.text(max_size=120), st.text(max_size=60))
def test_parsers_accept_any_text(line: str, other: str) -> None:
    parse_meta_line(line)
    parse_byline(line)
    normalize_date(line)
    parse_label_table([line, other])


def test_a_latin_label_with_a_wide_gap_is_read() -> None:
    """Regression: ``Release    Time:`` (four spaces between the words, as a row
    typed with wide gaps has them) raised KeyError looking up the label's kind."""
    meta = parse_meta_line("Release    Time: 2025-03-01")
    assert meta is not None and meta.fields == {"date": "2025-03-01"}


_SHIPPED_LABELS = sorted(_LABEL_KIND)


@given(st.sampled_from(_SHIPPED_LABELS), st.lists(st.sampled_from(["", " ", "  ", "    ", "\u3000"]), min_size=1, max_size=12),
       st.booleans(), st.sampled_from(["：2025-03-01", ": 县应急管理局", "：王明"]))
def test_any_label_spaced_out_any_way_parses(label: str, gaps: list[str], letters: bool, value: str) -> None:
    """A shipped label with spaces between its letters, or a wider run of spaces
    between its words (``Release    Time``), never makes the parser raise."""
    if letters:
        spaced = "".join(c + gaps[k % len(gaps)] for k, c in enumerate(label))
    else:
        spaced = "".join(c + gaps[k % len(gaps)] if c == " " else c for k, c in enumerate(label))
    parse_meta_line(spaced + value)
    parse_byline(spaced + value)
