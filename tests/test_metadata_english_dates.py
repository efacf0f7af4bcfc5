"""Dates with the month's English name (``March 5, 2024``, ``5 Mar 2024``):
read after a date label and at the opening of a metadata line, as overseas,
Hong Kong and bilingual pages print them; never from a word that only
begins like a month, never an impossible day."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import clean
from govtext.blocks.metadata import parse_meta_line

_READ = [
    ("发布日期：March 5, 2024", "2024-03-05"),
    ("Published: 5 March 2024", "2024-03-05"),
    ("Updated: Mar. 5, 2024 10:21", "2024-03-05"),
    ("Release Date: 05 Sept 2023", "2023-09-05"),
    ("Posted on December 31st, 2023", "2023-12-31"),
    ("5 Mar 2024", "2024-03-05"),
    ("Tuesday, March 5, 2024", "2024-03-05"),
    ("Sat, 02 Dec 2023 08:00:00", "2023-12-02"),
    ("MARCH 5, 2024", "2024-03-05"),
    ("March 5, 2024 10:21 AM\u3000来源：星洲日报", "2024-03-05"),
    ("更新时间：29 Feb 2024", "2024-02-29"),
    ("時間 Tue Apr 16 09:47:21 2024", "2024-04-16"),           # a BBS header's ctime form
]

_NOT_DATES = [
    "Date: 31 Feb 2024",          # no such day
    "发布日期：29 Feb 2023",       # not a leap year
    "Mayor 5, 2024",              # a word that begins like a month
    "Marching 5, 2024",
    "May 2024 工作计划",            # no day
    "March 52024",                # day and year run together
]


@pytest.mark.parametrize(("line", "iso"), _READ, ids=[c[0] for c in _READ])
def test_english_dates_read(line: str, iso: str) -> None:
    got = parse_meta_line(line)
    assert got is not None and got.fields.get("date") == iso


@pytest.mark.parametrize("line", _NOT_DATES)
def test_not_english_dates(line: str) -> None:
    got = parse_meta_line(line)
    assert got is None or "date" not in got.fields


def test_source_after_english_date_still_read() -> None:
    got = parse_meta_line("March 5, 2024 10:21 AM\u3000来源：星洲日报")
    assert got is not None and got.fields == {"date": "2024-03-05", "source": "星洲日报"} and got.coverage == 1.0


def test_page_date_from_english_date_line() -> None:
    doc = clean("关于开展安全检查的通知\nPublished: 5 March 2024\n"
                "　　各单位：根据工作安排，现就有关事项通知如下。请各单位认真组织实施，确保工作取得实效。\n")
    assert doc.metadata["date"] == "2024-03-05"
    assert "Published" not in doc.text and "各单位" in doc.text


def test_english_date_in_a_body_sentence_is_not_the_page_date() -> None:
    text = ("关于开展安全检查的通知\n发布日期：2024-04-01\n"
            "　　根据省里于March 5, 2024印发的方案，现就有关事项通知如下，请各单位认真组织实施。\n")
    doc = clean(text)
    assert doc.metadata["date"] == "2024-04-01"
    assert "March 5, 2024" in doc.text


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2099, 12, 31)),
       st.sampled_from(["{M} {d}, {y}", "{m}. {d}, {y}", "{d} {M} {y}", "{d:02d} {m} {y}", "{W}, {M} {d}, {y}",
                        "{w} {m} {d} 09:47:21 {y}"]),
       st.sampled_from(["发布日期：", "Published: ", "Date: ", ""]))
def test_every_day_in_every_english_form(day: datetime.date, form: str, label: str) -> None:
    name = _MONTH_NAMES[day.month - 1]
    text = form.format(M=name, m=name[:3], d=day.day, y=day.year, W=_WEEKDAYS[day.weekday()], w=_WEEKDAYS[day.weekday()][:3])
    got = parse_meta_line(label + text)
    assert got is not None and got.fields.get("date") == day.isoformat(), label + text
