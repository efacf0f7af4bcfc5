"""The speed-regression guard: instructions per document within the budget
stored in benchmarks/work_budget.json (see benchmarks/work.py)."""

from __future__ import annotations

import shutil

import pytest
from benchmarks import work


def test_verdict_lets_the_budget_through_and_names_both_ways_out() -> None:
    assert work.verdict("simp", 1_000_000, 1_000_000) is None
    assert work.verdict("simp", 1_049_000, 1_000_000) is None
    assert work.verdict("simp", 901_000, 1_000_000) is None
    slower = work.verdict("trad", 1_200_000, 1_000_000)
    assert slower is not None and "+20.0%" in slower and "--update" in slower and "instructions.py --kind trad" in slower
    faster = work.verdict("gbk", 800_000, 1_000_000)
    assert faster is not None and "speed-up" in faster and "-20.0%" in faster


def test_budget_names_shipped_pages_and_every_kind() -> None:
    budget = work.load_budget()
    assert sorted(budget["kinds"]) == sorted(work.KINDS)
    assert len(budget["pages"]) >= 20
    for name in budget["pages"]:
        assert (work.PAGES_DIR / name).is_file(), name


def test_kinds_are_what_they_say() -> None:
    pages = work.load_budget()["pages"][:3]
    simp, trad, gbk, long = (work.documents(kind, pages) for kind in work.KINDS)
    assert len(simp) == len(trad) == len(gbk) == 3 and len(long) == 1
    assert gbk[0].decode("gb18030") == simp[0].decode("utf-8")
    assert "(guó)" in b"".join(trad).decode("utf-8") or "(huì)" in b"".join(trad).decode("utf-8")
    assert work.LONG_SIZE * 0.9 <= len(long[0]) <= work.LONG_SIZE
    with pytest.raises(ValueError):
        work.documents("latin", pages)


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind not installed: instructions cannot be counted")
def test_instructions_per_document_within_budget() -> None:
    budget = work.load_budget()
    now = work.measure(budget["pages"])
    problems = [p for kind, count in now.items() if (p := work.verdict(kind, count, budget["kinds"][kind]))]
    assert not problems, "\n".join(problems)
