"""Work per document, counted exactly: the guard against speed regressions.

Wall clock on a shared 2-core machine varies by ±30% between runs, so a
timed test cannot tell a 10% slow-down from noise. Instructions can be
counted exactly: valgrind's callgrind gives the same count for the same
code and input on every run (seen: two runs differ by one instruction in
900 million).

This module cleans a fixed set of pages that ship with the repository (the
held-out style pages of ``tests/cases/blocks/heldout`` named in the budget
file) as four kinds of input: ``simp`` (the pages as UTF-8), ``trad``
(the pages converted to Traditional with OpenCC ``s2t`` and annotated with
the fixed pinyin table of :mod:`benchmarks.inputs`), ``gbk`` (the pages as
GBK bytes) and ``long`` (one 40 KB report of paragraphs drawn from the
pages' sentences, as :func:`benchmarks.inputs.single_document` builds it:
work that grows with the number of blocks shows there). One valgrind process
cleans each kind once to warm up (lazy tables, compiled patterns), then
again inside :func:`itertools.starmap`: callgrind collects only inside the
C function ``starmap_next`` (``--toggle-collect``) and writes the count of
each kind when ``math.gcd`` is called (``--dump-before``), so start-up,
imports and warm-up are not counted at all (a difference of two runs, as
``instructions.py`` does, carries millions of instructions of start-up
noise).

Counting calls instead (``sys.setprofile``) was tried and rejected: the two
real regressions of session 18 (a pass reading every pinyin line with a
costly pattern: 3.6x on Traditional pages; prose-aware rules no longer
deferred: 1.25x on Simplified) moved the call counts by 2% only, since the
cost is inside the regular-expression calls, not in their number.

``benchmarks/work_budget.json`` stores the counts of the last accepted
version; ``tests/test_work_budget.py`` fails when a kind needs more than
5% more instructions than stored (a regression to look at, or work to
accept with ``--update``), or less than 90% of them (a speed-up: lower the
budget so the guard stays tight).

Usage, from the project root (about a minute and a half)::

    python benchmarks/work.py            # counts now, against the budget
    python benchmarks/work.py --update   # accept the counts now as the budget
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "tests" / "cases" / "blocks" / "heldout"
BUDGET = ROOT / "benchmarks" / "work_budget.json"
KINDS = ("simp", "trad", "gbk", "long")
LONG_SIZE = 40_000
"""Bytes of the ``long`` kind's one document."""
TOLERANCE = 0.05
"""A kind may need this much more work than its budget before the guard fails."""
STALE = 0.90
"""Below this share of its budget, the budget is stale (lower it)."""
PAGE_STEP = 12
"""Every twelfth held-out page (in name order) when a budget is first written."""
_TOTALS = re.compile(r"^totals:\s*(\d+)", re.MULTILINE)


class WorkError(RuntimeError):
    """The count could not be made (no valgrind, a Python without symbols...)."""


def choose_pages(step: int = PAGE_STEP) -> list[str]:
    """Every ``step``-th held-out page name, in name order."""
    names = sorted(p.name for p in PAGES_DIR.glob("h*.txt"))
    return names[::step]


def documents(kind: str, pages: Iterable[str]) -> list[bytes]:
    """The pages as bytes of ``kind`` (see the module docstring)."""
    from benchmarks import inputs

    seeds = [inputs.Seed(name, (PAGES_DIR / name).read_text(encoding="utf-8")) for name in pages]
    if kind == "simp":
        return [s.text.encode("utf-8") for s in seeds]
    if kind == "trad":
        to_trad = inputs._converter("s2t")
        table = inputs.FALLBACK_ANNOTATIONS  # fixed and dense: a pinyin portal annotates most lines
        return [inputs.annotate(to_trad(s.text), table).encode("utf-8") for s in seeds]
    if kind == "gbk":
        return [inputs._gbk(s.text) for s in seeds]
    if kind == "long":
        return [inputs.single_document(seeds, LONG_SIZE)]
    raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")


def _child(pages: list[str]) -> None:
    """Under valgrind: per kind, a warm-up pass, then the counted pass."""
    import govtext

    for kind in KINDS:
        docs = documents(kind, pages)
        pipe = govtext.default_pipeline(govtext.CleanOptions())
        for data in docs:
            pipe(data)
        for _ in itertools.starmap(pipe, [(data,) for data in docs]):  # counted: inside starmap_next
            pass
        math.gcd(len(docs), 1)  # dumps the count of this kind


def measure(pages: list[str]) -> dict[str, float]:
    """Instructions per document of each kind (one valgrind process)."""
    if shutil.which("valgrind") is None:
        raise WorkError("valgrind is not installed (Debian: apt install valgrind)")
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # string hashes, so set order and dict probes, fixed
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH")) if p)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=starmap_next",
               "--dump-before=math_gcd", f"--callgrind-out-file={out}",
               sys.executable, str(Path(__file__).resolve()), "--child", *pages]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT, env=env)
        if proc.returncode != 0:
            raise WorkError(f"the counted run failed:\n{proc.stderr[-3000:]}")
        dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        counts = [int(m.group(1)) for p in dumps if (m := _TOTALS.search(p.read_text(errors="replace")))]
    if len(counts) != len(KINDS) or not all(counts):
        raise WorkError(f"expected {len(KINDS)} non-zero counts, got {counts}: this Python has no symbols for"
                        " starmap_next / math_gcd (a stripped build?)")
    sizes = [len(documents(kind, pages)) for kind in KINDS]
    return {kind: count / n for kind, count, n in zip(KINDS, counts, sizes, strict=True)}


def load_budget(path: Path = BUDGET) -> dict[str, Any]:
    """The stored budget: the pages, and per kind the instructions accepted last."""
    with open(path, encoding="utf-8") as fh:
        budget: dict[str, Any] = json.load(fh)
    return budget


def verdict(kind: str, now: float, stored: float) -> str | None:
    """Why ``now`` instructions per document break the budget ``stored``, or None."""
    if stored * STALE <= now <= stored * (1 + TOLERANCE):
        return None
    change = f"{kind}: {now:,.0f} instructions per document, budget {stored:,.0f} ({now / stored - 1:+.1%})"
    if now > stored:
        return (f"{change}: more work per page than allowed (+{TOLERANCE:.0%}). Find it with "
                "`python benchmarks/instructions.py --kind " + kind + " --keep DIR` and callgrind_annotate; "
                "if the extra work is wanted, accept it with `python benchmarks/work.py --update`.")
    return (f"{change}: a speed-up; lower the budget with `python benchmarks/work.py --update` "
            "so the guard stays tight.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="store the counts now as the budget")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return 0
    budget = load_budget() if BUDGET.exists() else None
    pages = budget["pages"] if budget else choose_pages()
    try:
        now = measure(pages)
    except WorkError as exc:
        print(f"work.py: {exc}", file=sys.stderr)
        return 2
    status = 0
    for kind, count in now.items():
        line = f"{kind:5} {count:14,.0f} instructions/document"
        if budget and not args.update:
            stored = budget["kinds"][kind]
            line += f"  budget {stored:,.0f} ({count / stored - 1:+.1%})"
            problem = verdict(kind, count, stored)
            if problem:
                status = 1
                print(problem, file=sys.stderr)
        print(line)
    if args.update:
        data = {"python": sys.version.split()[0], "pages": pages, "kinds": {k: round(v) for k, v in now.items()}}
        BUDGET.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"budget written to {BUDGET.relative_to(ROOT)}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
