"""Benchmark govtext against the baseline a user would write in ten minutes.

Usage, from the project root::

    python benchmarks/run.py            # full run (a few minutes), writes
                                        # benchmarks/RESULTS.md, throughput.svg,
                                        # results.json, profile.txt and docs/performance.md
    python benchmarks/run.py --quick    # smoke run on tiny inputs (seconds),
                                        # into benchmarks/_work/ (git-ignored)
    python benchmarks/run.py --only throughput --only profile   # a part, into benchmarks/_work/
    python benchmarks/run.py --quick --out /tmp/bench

Every measurement runs in its own process (``benchmarks/worker.py``) so its
peak memory is its own. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import inputs, quality, report
from benchmarks.machine import library_versions, machine_info

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
WORK_DIR = BENCH_DIR / "_work"
"""Default output of quick and partial runs (git-ignored), so they never
overwrite the published RESULTS.md."""
SECTIONS = ("throughput", "scaling", "corpus", "quality", "profile")
KB = 1024
MB = 1024 * 1024


@dataclass(frozen=True)
class Plan:
    """What to measure and how often."""

    corpus_bytes: int
    sizes: tuple[int, ...]
    baseline_max_size: int
    corpus_sizes: tuple[int, ...]
    repeat: int
    """Fewest passes over a corpus or a document up to 5 MB (larger documents: one pass)."""
    min_seconds: float
    max_runs: int
    profile: bool
    tracemalloc_max_size: int
    timeout: float
    """Seconds one measurement may take before it is reported as timed out."""


FULL = Plan(
    corpus_bytes=2 * MB,
    sizes=(1 * KB, 10 * KB, 100 * KB, 1 * MB, 5 * MB, 20 * MB),
    baseline_max_size=20 * MB,
    corpus_sizes=(512 * KB, 2 * MB, 8 * MB),
    repeat=2,
    min_seconds=3.0,
    max_runs=50,
    profile=True,
    tracemalloc_max_size=5 * MB,
    timeout=240.0,
)
QUICK = Plan(
    corpus_bytes=24 * KB,
    sizes=(1 * KB, 8 * KB, 32 * KB),
    baseline_max_size=8 * KB,
    corpus_sizes=(16 * KB, 48 * KB),
    repeat=1,
    min_seconds=0.0,
    max_runs=1,
    profile=False,
    tracemalloc_max_size=32 * KB,
    timeout=120.0,
)

KINDS = (
    ("simplified", "Simplified (UTF-8)"),
    ("traditional", "Traditional + pinyin annotations (UTF-8)"),
    ("gbk", "Simplified (GBK bytes)"),
)


def _display_path(path: Path) -> str:
    """``path`` relative to the project root when that is shorter."""
    try:
        rel = os.path.relpath(path.resolve(), ROOT)
    except ValueError:  # another drive
        return str(path)
    return rel if len(rel) < len(str(path.resolve())) else str(path)


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _write_corpus(directory: Path, docs: list[bytes]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(docs):
        (directory / f"{i:05d}.txt").write_bytes(data)
    return directory


def run_worker(spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its JSON result,
    or ``{"error": ...}`` when it failed or ran longer than ``timeout`` seconds."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.worker", json.dumps(spec)],
            capture_output=True, text=True, env=env, cwd=ROOT, check=False, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        _log(f"  timed out after {timeout:.0f} s")
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no message"]
        _log(f"  failed: {tail[0]}")
        return {"error": f"failed: {tail[0][:200]}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _spec(pipeline: str, path: Path, plan: Plan, *, small: bool, tracemalloc: bool = False) -> dict[str, Any]:
    return {
        "pipeline": pipeline,
        "inputs": str(path),
        "repeat": plan.repeat if small else 1,
        "min_seconds": plan.min_seconds if small else 0.0,
        "max_runs": plan.max_runs if small else 1,
        "tracemalloc": tracemalloc,
    }


def measure_throughput(seeds: list[inputs.Seed], plan: Plan, work: Path) -> dict[str, Any]:
    builders = {
        "simplified": inputs.simplified_corpus,
        "traditional": inputs.traditional_corpus,
        "gbk": inputs.gbk_corpus,
    }
    out: dict[str, Any] = {}
    for kind, _label in KINDS:
        corpus = _write_corpus(work / f"corpus-{kind}", builders[kind](seeds, plan.corpus_bytes))
        out[kind] = {}
        for pipeline in ("govtext", "baseline"):
            _log(f"throughput: {kind} / {pipeline}")
            out[kind][pipeline] = run_worker(_spec(pipeline, corpus, plan, small=True), plan.timeout)
    _log("throughput: simplified / govtext+jsonl")
    out["simplified"]["govtext+jsonl"] = run_worker(
        _spec("govtext+jsonl", work / "corpus-simplified", plan, small=True), plan.timeout)
    return out


def measure_scaling(seeds: list[inputs.Seed], plan: Plan, work: Path) -> list[dict[str, Any]]:
    rows = []
    gave_up: set[str] = set()  # a pipeline that failed or timed out is not tried on larger documents
    for size in plan.sizes:
        path = work / f"single-{size}.txt"
        path.write_bytes(inputs.single_document(seeds, size))
        small = size <= 5 * MB  # best of several passes; the 20 MB point runs once
        traced = size <= plan.tracemalloc_max_size
        row: dict[str, Any] = {"size": path.stat().st_size}
        for pipeline in ("govtext", "baseline"):
            if pipeline in gave_up or (pipeline == "baseline" and size > plan.baseline_max_size):
                continue
            _log(f"scaling: one document of {size} bytes / {pipeline}")
            spec = _spec(pipeline, path, plan, small=small, tracemalloc=traced and pipeline == "govtext")
            row[pipeline] = run_worker(spec, plan.timeout)
            if "error" in row[pipeline]:
                gave_up.add(pipeline)
        rows.append(row)
    return rows


def measure_corpus_scaling(seeds: list[inputs.Seed], plan: Plan, work: Path) -> list[dict[str, Any]]:
    rows = []
    for size in plan.corpus_sizes:
        corpus = _write_corpus(work / f"corpus-size-{size}", inputs.simplified_corpus(seeds, size))
        _log(f"scaling: corpus of {size} bytes / govtext")
        rows.append(run_worker(_spec("govtext", corpus, plan, small=False), plan.timeout))
    return rows


PROFILE_BYTES = 512 * KB
"""Input profiled per kind (cProfile slows the pipeline several times over)."""


def profile_pipeline(docs: list[bytes], top: int = 25) -> str:
    """cProfile of the default pipeline over ``docs``: functions by own time,
    the callers of the regex and string methods, functions by cumulative time."""
    import cProfile
    import io
    import pstats

    import govtext

    pipe = govtext.default_pipeline(govtext.CleanOptions())
    pipe(docs[0][:4096])
    prof = cProfile.Profile()
    prof.enable()
    for i, data in enumerate(docs):
        pipe(data, id=f"doc{i}")
    prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(top)
    buf.write("\nWho calls the regular-expression and string methods (the usual hot spots):\n")
    stats.print_callers(r"method '(search|match|finditer|findall|sub|subn|split|fullmatch|find|count|join)'")
    stats.sort_stats("cumulative").print_stats(top)
    return buf.getvalue().replace(str(ROOT) + os.sep, "")


def profile_kinds(seeds: list[inputs.Seed]) -> dict[str, str]:
    """A profile of the default pipeline per input kind."""
    builders = {"simplified": inputs.simplified_corpus, "traditional": inputs.traditional_corpus,
                "gbk": inputs.gbk_corpus}
    return {kind: profile_pipeline(build(seeds, PROFILE_BYTES)) for kind, build in builders.items()}


def update_docs(results_md: str, svg: str) -> None:
    """Copy the results into docs/performance.md (between markers) and the plot."""
    page = ROOT / "docs" / "performance.md"
    if not page.is_file():
        return
    text = page.read_text(encoding="utf-8")
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    if start not in text or end not in text:
        return
    body = report.for_docs(results_md)
    head, rest = text.split(start, 1)
    _old, tail = rest.split(end, 1)
    page.write_text(f"{head}{start}\n{body}\n{end}{tail}", encoding="utf-8")
    (ROOT / "docs" / "img").mkdir(exist_ok=True)
    (ROOT / "docs" / "img" / "throughput.svg").write_text(svg, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark govtext against a charset-normalizer + ftfy + OpenCC baseline.")
    parser.add_argument("--quick", action="store_true", help="smoke run on tiny inputs (seconds, numbers not meaningful)")
    parser.add_argument("--out", type=Path, default=None, help="output directory (default: benchmarks/)")
    parser.add_argument("--seeds", type=Path, default=None,
                        help="directory of seed documents (default: ../shared/corpus/seeds, else examples/)")
    parser.add_argument("--score-tool", type=Path, default=quality.default_score_tool(),
                        help="gold-corpus scoring script (default: ../shared/tools/score_corpus.py)")
    parser.add_argument("--no-docs", action="store_true", help="do not update docs/performance.md")
    parser.add_argument("--only", action="append", choices=SECTIONS, metavar="SECTION",
                        help=f"measure only this section (repeatable; one of {', '.join(SECTIONS)})")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    sections = set(args.only or SECTIONS)
    partial = args.quick or sections != set(SECTIONS)
    out_dir: Path = args.out or (WORK_DIR if partial else BENCH_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    seed_dir: Path = args.seeds or inputs.default_seed_dir()
    seeds = inputs.load_seeds(seed_dir)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="govtext-bench-") as tmp:
        work = Path(tmp)
        results: dict[str, Any] = {
            "mode": "quick" if args.quick else "full",
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "seed_dir": _display_path(seed_dir),
            "seeds": len(seeds),
            "machine": machine_info(),
            "versions": library_versions(),
        }
        if "throughput" in sections:
            results["throughput"] = measure_throughput(seeds, plan, work)
        if "scaling" in sections:
            results["scaling"] = measure_scaling(seeds, plan, work)
        if "corpus" in sections:
            results["corpus_scaling"] = measure_corpus_scaling(seeds, plan, work)
        if "quality" in sections:
            _log("quality on the gold corpus")
            gold_seeds = seed_dir if (seed_dir.parent / "gold").is_dir() else Path("<none>")
            results["quality"] = quality.score_pipelines(gold_seeds, args.score_tool, work)
    if plan.profile and "profile" in sections:
        _log("profiling the default pipeline")
        profiles = profile_kinds(seeds)
        (out_dir / "profile.txt").write_text(
            "".join(f"{'=' * 30} {kind} {'=' * 30}\n{text}\n" for kind, text in profiles.items()), encoding="utf-8")
        results["profile_top"] = {kind: report.profile_summary(text) for kind, text in profiles.items()}
    results["elapsed_seconds"] = round(time.perf_counter() - started, 1)
    md = report.render(results)
    svg = report.plot(results)
    (out_dir / "RESULTS.md").write_text(md, encoding="utf-8")
    (out_dir / "throughput.svg").write_text(svg, encoding="utf-8")
    (out_dir / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if not partial and not args.no_docs and args.out is None:
        update_docs(md, svg)
    _log(f"done in {results['elapsed_seconds']} s: {out_dir / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
