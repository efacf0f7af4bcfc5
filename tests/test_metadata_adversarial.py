"""Metadata parsing stays linear on adversarial 1 MB lines (no catastrophic backtracking).

Each function runs on a line of ~100 KB and one of ~1 MB built from the same
repeated unit (runs of characters the patterns match, and near-misses). A
linear parser takes about ten times as long on the bigger line; the bound
here is forty times (on CPU time, best of three for the small line), so only
super-linear growth fails, not a slow or busy machine.

``parse_meta_line`` refuses lines longer than ``MAX_META_LINE`` outright, so
its parser proper (``_parse_meta``) is also timed without that limit, on
25 KB vs 250 KB lines: every label found costs some Python work, and on
label-dense lines 1 MB would take seconds without showing anything more.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from govtext.blocks import metadata
from govtext.blocks.metadata import normalize_date, parse_byline, parse_label_table, parse_meta_line

UNITS = [
    "1", "年", " ", "：", "2023年11月", "2023-11-1", "二〇二三年十", "来源：", "日期",
    "发 布 机 构", "湖政发〔2024〕", "字第1", "阅读 1", "作者：陈 ", "书记", "2023-11-15 |", "本报记者 ",
]
FUNCTIONS: dict[str, Callable[[str], object]] = {
    "parse_meta_line": parse_meta_line,
    "parse_byline": parse_byline,
    "normalize_date": normalize_date,
    "parse_label_table": lambda line: parse_label_table([line]),
}
SMALL, BIG = 100_000, 1_000_000


def _time(fn: Callable[[str], object], text: str, repeat: int) -> float:
    """Best CPU time of ``repeat`` calls, with the cyclic garbage collector
    paused as the pipeline pauses it (its passes grow with the heap, not with
    the parser's work, and made a single timing of the big input flaky)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()  # CPU time: other processes on the machine do not count
            fn(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("unit", UNITS)
def test_linear_time_on_adversarial_lines(unit: str) -> None:
    small = unit * (SMALL // len(unit))
    big = unit * (BIG // len(unit))
    for name, fn in FUNCTIONS.items():
        t_small = _time(fn, small, 3)
        t_big = _time(fn, big, 2)
        assert t_big <= 40 * max(t_small, 0.002), f"{name} on {unit!r}*: {t_small:.4f}s -> {t_big:.4f}s"
    small, big = small[: SMALL // 4], big[: BIG // 4]
    t_small = _time(metadata._parse_meta, small, 3)
    t_big = _time(metadata._parse_meta, big, 2)
    assert t_big <= 40 * max(t_small, 0.002), f"_parse_meta on {unit!r}*: {t_small:.4f}s -> {t_big:.4f}s"


def test_adversarial_lines_still_parse() -> None:
    """The long inputs are not rejected wholesale: the unbounded parser finds what is there."""
    got = metadata._parse_meta("来源：新华社 " * 1000 + "2023-11-15")
    assert got is not None and got.fields == {"source": "新华社", "date": "2023-11-15"}
    assert got.coverage == 1.0
