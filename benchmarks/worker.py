"""One measurement, run in its own process so that peak memory is its own.

``python -m benchmarks.worker SPEC_JSON`` prints one JSON object::

    {"seconds": best wall time of one pass over the inputs,
     "runs": passes made, "bytes": input bytes, "docs": documents,
     "stages": {filter or stage name: seconds in the best pass},
     "rss_base_kb": RSS before measuring (imports, inputs, warm-up done),
     "rss_peak_kb": peak RSS while measuring,
     "traced_peak": tracemalloc peak of one extra pass, or null}

SPEC keys: ``pipeline`` (``govtext``, ``govtext+jsonl`` or ``baseline``),
``inputs`` (a directory of input files or one file), ``repeat`` (minimum
passes), ``min_seconds`` (keep repeating until this much time was spent,
at most ``max_runs`` passes) and ``tracemalloc`` (bool).

>>> spec = {"pipeline": "baseline", "inputs": "<none>"}
>>> normalise_spec(spec)["repeat"], normalise_spec(spec)["max_runs"]
(1, 1)
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["measure", "normalise_spec"]

Runner = Callable[[bytes, str], object]

WARM_UP_BYTES = 64 * 1024
"""Bytes of the first input cleaned before measuring (lazy loads, caches)."""


def normalise_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with defaults filled in."""
    out = {"repeat": 1, "min_seconds": 0.0, "max_runs": 1, "tracemalloc": False, **spec}
    out["max_runs"] = max(int(out["max_runs"]), int(out["repeat"]))
    return out


def _load(inputs: Path) -> list[tuple[str, bytes]]:
    files = sorted(p for p in inputs.iterdir() if p.is_file()) if inputs.is_dir() else [inputs]
    return [(p.name, p.read_bytes()) for p in files]


def _runner(kind: str) -> tuple[Runner, Callable[[], dict[str, float]], Callable[[], None]]:
    """A function cleaning one document, one reading per-stage seconds, one resetting them."""
    if kind == "baseline":
        from benchmarks.baseline import Baseline

        base = Baseline()

        def run_base(data: bytes, _id: str) -> object:
            return base(data)

        def reset_base() -> None:
            base.seconds = dict.fromkeys(base.stages, 0.0)

        return run_base, lambda: dict(base.seconds), reset_base
    import govtext
    from govtext.pipeline import PipelineStats

    pipe = govtext.default_pipeline(govtext.CleanOptions())
    with_record = kind == "govtext+jsonl"

    def run_govtext(data: bytes, doc_id: str) -> object:
        doc = pipe(data, id=doc_id)
        return govtext.to_json_line(doc) if with_record else doc

    def reset_govtext() -> None:
        pipe.stats = PipelineStats()

    def stages() -> dict[str, float]:
        return {name: st.seconds for name, st in pipe.stats.filters.items()}

    return run_govtext, stages, reset_govtext


_STATUS = Path("/proc/self/status")


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (Linux ``clear_refs``); False if unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _max_rss_kb() -> int:
    """Peak resident memory of this process (KiB).

    ``VmHWM`` from /proc when available: unlike ``ru_maxrss`` it starts afresh
    at exec (``ru_maxrss`` inherits the parent's peak on Linux) and can be
    reset by :func:`_reset_peak_rss`."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss // 1024) if sys.platform == "darwin" else int(rss)


def measure(spec: dict[str, Any]) -> dict[str, Any]:
    """Run the measurement ``spec`` describes in this process."""
    spec = normalise_spec(spec)
    run, stages, reset = _runner(str(spec["pipeline"]))
    docs = _load(Path(spec["inputs"]))
    run(docs[0][1][:WARM_UP_BYTES], "warm-up")  # load dictionaries, compile patterns
    gc.collect()
    _reset_peak_rss()
    rss_base = _max_rss_kb()
    best: float | None = None
    best_stages: dict[str, float] = {}
    runs = 0
    spent = 0.0
    while runs < spec["repeat"] or (spent < spec["min_seconds"] and runs < spec["max_runs"]):
        reset()
        t0 = time.perf_counter()
        for doc_id, data in docs:
            out = run(data, doc_id)
            del out
        elapsed = time.perf_counter() - t0
        spent += elapsed
        runs += 1
        if best is None or elapsed < best:
            best, best_stages = elapsed, stages()
    rss_peak = _max_rss_kb()
    traced: int | None = None
    if spec["tracemalloc"]:
        gc.collect()
        tracemalloc.start()
        for doc_id, data in docs:
            out = run(data, doc_id)
            del out
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {
        "seconds": best,
        "runs": runs,
        "bytes": sum(len(d) for _i, d in docs),
        "docs": len(docs),
        "stages": best_stages,
        "rss_base_kb": rss_base,
        "rss_peak_kb": rss_peak,
        "traced_peak": traced,
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m benchmarks.worker SPEC_JSON", file=sys.stderr)
        return 2
    print(json.dumps(measure(json.loads(args[0]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
