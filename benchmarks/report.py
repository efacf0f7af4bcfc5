"""Turn benchmark measurements into RESULTS.md and the throughput plot.

>>> mb_per_s({"bytes": 2_000_000, "seconds": 0.5})
4.0
>>> fmt(1234.5678), fmt(0.01234), fmt(None)
('1235', '0.0123', '–')
"""

from __future__ import annotations

import itertools
from typing import Any

from benchmarks.quality import QUALITY_KEYS
from benchmarks.scaling import LINEAR_MAX_EXPONENT, fit_exponent, growth_ratio
from benchmarks.svgplot import Series, human_bytes, line_chart

__all__ = ["TARGETS", "fmt", "for_docs", "mb_per_s", "ok", "plot", "profile_summary", "render", "targets"]

TARGETS = {"simplified": 10.0, "traditional": 3.0, "gbk": 5.0}
"""Minimum govtext/baseline throughput ratio per input kind."""
FIT_MIN_SIZE = 64 * 1024
"""Time exponents are fitted on documents from this size on (the ~100 KB
point and up): below it, fixed per-document costs dominate."""
MEMORY_TARGET = 10.0
"""Peak memory must stay under this many times the largest document."""
LABELS = {
    "simplified": "Simplified (UTF-8)",
    "traditional": "Traditional + pinyin (UTF-8)",
    "gbk": "Simplified (GBK bytes)",
}


def ok(m: dict[str, Any] | None) -> bool:
    """True for a measurement that ran (not missing, failed or timed out)."""
    return m is not None and "error" not in m


def mb_per_s(m: dict[str, Any]) -> float:
    """Throughput in MB (10^6 bytes) per second."""
    return float(m["bytes"]) / 1e6 / max(float(m["seconds"]), 1e-9)


def docs_per_s(m: dict[str, Any]) -> float:
    return float(m["docs"]) / max(float(m["seconds"]), 1e-9)


def rss_delta_mb(m: dict[str, Any]) -> float:
    """Extra peak RSS of the measured passes over the warmed-up process (MiB)."""
    return max(0, int(m["rss_peak_kb"]) - int(m["rss_base_kb"])) / 1024


def fmt(v: float | None) -> str:
    """A number with about 3-4 significant digits."""
    if v is None:
        return "–"
    if abs(v) >= 100:
        return f"{v:.0f}"
    if abs(v) >= 10:
        return f"{v:.1f}"
    if abs(v) >= 1:
        return f"{v:.2f}"
    return f"{v:.3g}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return [*out, ""]


def _time_points(results: dict[str, Any], who: str, min_size: int | None = None) -> list[tuple[float, float]]:
    min_size = FIT_MIN_SIZE if min_size is None else min_size
    return [(float(r["size"]), float(r[who]["seconds"])) for r in results.get("scaling", [])
            if ok(r.get(who)) and r["size"] >= min_size]


def _mem_points(results: dict[str, Any], min_size: int = 1024 * 1024) -> list[tuple[float, float]]:
    """(size, peak memory) points: the input plus the extra peak RSS of cleaning it."""
    return [(float(r["size"]), rss_delta_mb(r["govtext"]) * 1024 * 1024 + r["size"]) for r in results.get("scaling", [])
            if r["size"] >= min_size and ok(r.get("govtext"))]


def _fit_points(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """At least the two largest points, to fit on."""
    return pts if len(pts) >= 2 else []


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(target, measured, met) for every target of the issue."""
    out = []
    for kind, need in TARGETS.items():
        tp = results.get("throughput", {}).get(kind)
        if not tp:
            continue
        label = f"{LABELS[kind]}: ≥ {need:g}x the baseline"
        if not (ok(tp.get("govtext")) and ok(tp.get("baseline"))):
            out.append((label, "not measured (failed or timed out)", False))
            continue
        ratio = mb_per_s(tp["govtext"]) / mb_per_s(tp["baseline"])
        out.append((label, f"{ratio:.1f}x", ratio >= need))
    if "scaling" not in results:
        return out
    time_target = f"time linear in document size (exponent ≤ {LINEAR_MAX_EXPONENT})"
    pts = _fit_points(_time_points(results, "govtext")) or _fit_points(_time_points(results, "govtext", 0))
    if pts:
        k = fit_exponent(pts)
        out.append((time_target, f"exponent {k:.2f}, per-byte cost ratio {growth_ratio(pts):.2f}",
                    k <= LINEAR_MAX_EXPONENT))
    else:
        out.append((time_target, "not measured (failed or timed out)", False))
    mem_target = f"memory linear in document size (exponent ≤ {LINEAR_MAX_EXPONENT})"
    mpts = _fit_points(_mem_points(results)) or _fit_points(_mem_points(results, 0))
    if mpts:
        k = fit_exponent(mpts)
        out.append((mem_target, f"exponent {k:.2f} (peak memory, documents ≥ 1 MB)", k <= LINEAR_MAX_EXPONENT))
    else:
        out.append((mem_target, "not measured (failed or timed out)", False))
    if not results["scaling"]:
        return out
    largest_size = max(r["size"] for r in results["scaling"])
    measured = [r for r in results["scaling"] if ok(r.get("govtext"))]
    if not measured:
        out.append((f"peak memory < {MEMORY_TARGET:g}x the largest document", "not measured (failed or timed out)",
                    False))
        return out
    largest = max(measured, key=lambda r: r["size"])
    if largest["size"] < largest_size:
        out.append((f"every document size measured (up to {human_bytes(largest_size)})",
                    f"largest measured: {human_bytes(largest['size'])}", False))
    peak = rss_delta_mb(largest["govtext"]) * 1024 * 1024 + largest["size"]
    ratio = peak / largest["size"]
    out.append((f"peak memory < {MEMORY_TARGET:g}x the largest document ({human_bytes(largest['size'])})",
                f"{ratio:.1f}x ({fmt(peak / 1024 / 1024)} MiB: the input plus the peak extra RSS of cleaning it)",
                ratio < MEMORY_TARGET))
    return out


def _throughput_section(results: dict[str, Any]) -> list[str]:
    lines = ["## Throughput", "",
             "One pass over a corpus of documents (best of the passes made); MB = 10^6 input bytes. "
             "*Peak RSS* is the extra resident memory of the measured passes over the warmed-up process.", ""]
    rows = []
    for kind, label in LABELS.items():
        tp = results["throughput"].get(kind)
        if not tp:
            continue
        base = mb_per_s(tp["baseline"]) if ok(tp.get("baseline")) else None
        for who in ("govtext", "govtext+jsonl", "baseline"):
            m = tp.get(who)
            if m is None:
                continue
            if not ok(m):
                rows.append([LABELS[kind], who, "–", m["error"], "–", "–", "–", ""])
                continue
            ratio_text = f"{mb_per_s(m) / base:.1f}x" if base else "–"
            name = {"govtext": "govtext default pipeline", "govtext+jsonl": "govtext + JSONL record",
                    "baseline": "baseline"}[who]
            target = f"≥ {TARGETS[kind]:g}x" if who == "govtext" else ""
            rows.append([label, name, f"{m['docs']} docs, {fmt(m['bytes'] / 1e6)} MB", fmt(mb_per_s(m)),
                         fmt(docs_per_s(m)), fmt(rss_delta_mb(m)), ratio_text, target])
    lines += _table(["input", "pipeline", "corpus", "MB/s", "docs/s", "peak RSS (MiB)", "vs baseline",
                     "target"], rows)
    return lines


def _stage_section(results: dict[str, Any]) -> list[str]:
    kinds = [k for k in LABELS if k in results["throughput"]]
    lines = ["## Per filter", "",
             "Throughput of each filter on its own (input MB / seconds spent in that filter; a filter that "
             "appears twice in the pipeline is counted together), and its share of the pipeline's time.", ""]
    for who, title in (("govtext", "govtext default pipeline"), ("baseline", "baseline")):
        names: list[str] = []
        for k in kinds:
            for n in results["throughput"][k][who].get("stages", {}):
                if n not in names:
                    names.append(n)
        rows = []
        for n in names:
            row = [f"`{n}`"]
            for k in kinds:
                m = results["throughput"][k][who]
                s = m.get("stages", {}).get(n)
                if s is None:
                    row.append("–")
                    continue
                total = sum(m["stages"].values()) or 1e-9
                row.append(f"{fmt(m['bytes'] / 1e6 / max(s, 1e-9))} MB/s ({100 * s / total:.0f}%)")
            rows.append(row)
        lines += [f"**{title}**", ""]
        lines += _table(["filter" if who == "govtext" else "stage", *[LABELS[k] for k in kinds]], rows)
    return lines


def _scaling_section(results: dict[str, Any]) -> list[str]:
    lines = ["## Growth with document size", "",
             "One document of each size: a seed's head, then paragraphs of sentences drawn from the Simplified seeds "
             "(a smaller document is a prefix of a larger one). *Traced peak* is the "
             "tracemalloc peak of Python allocations during one extra pass; *peak RSS* the extra "
             "resident memory (it includes OpenCC's C++ buffers).", ""]
    rows = []
    for r in results["scaling"]:
        g = r.get("govtext")
        b = r.get("baseline")
        traced = g.get("traced_peak") if ok(g) and g else None
        b_ok = b is not None and ok(b)
        row = [human_bytes(r["size"])]
        if g is not None and ok(g):
            row += [fmt(g["seconds"] * 1000), fmt(mb_per_s(g)), fmt(rss_delta_mb(g)),
                    fmt(traced / 1024 / 1024) if traced else "–", f"{traced / r['size']:.1f}x" if traced else "–"]
        else:
            row += [g["error"] if g else "not run", "–", "–", "–", "–"]
        if b is not None and b_ok:
            row += [fmt(b["seconds"] * 1000), fmt(mb_per_s(b))]
        else:
            row += [b["error"] if b else "–", "–"]
        row.append(f"{mb_per_s(g) / mb_per_s(b):.1f}x" if g is not None and ok(g) and b is not None and b_ok else "–")
        rows.append(row)
    lines += _table(["document", "govtext ms", "govtext MB/s", "peak RSS (MiB)", "traced peak (MiB)",
                     "traced peak / size", "baseline ms", "baseline MB/s", "ratio"], rows)
    pts = _time_points(results, "govtext")
    if len(pts) >= 2:
        lines.append(f"Fitted time exponent for documents of 100 KB and more: **{fit_exponent(pts):.2f}** "
                     f"(1 = linear); cost per byte of the largest over the smallest: {growth_ratio(pts):.2f}.")
    mpts = _mem_points(results)
    if len(mpts) >= 2:
        lines.append(f"Fitted memory exponent (input + extra peak RSS, documents ≥ 1 MB): **{fit_exponent(mpts):.2f}**.")
    bpts = _time_points(results, "baseline")
    if len(bpts) >= 2:
        lines.append(f"Baseline time exponent: {fit_exponent(bpts):.2f}.")
    lines += ["", "![Throughput against document size](throughput.svg)", ""]
    lines += _filter_growth(results)
    lines += ["## Growth with corpus size", ""]
    rows = []
    for m in results["corpus_scaling"]:
        if not ok(m):
            rows.append([m["error"], "–", "–", "–", "–", "–"])
            continue
        rows.append([str(m["docs"]), fmt(m["bytes"] / 1e6), fmt(m["seconds"]), fmt(mb_per_s(m)),
                     fmt(docs_per_s(m)), fmt(rss_delta_mb(m))])
    lines += _table(["documents", "MB", "seconds", "MB/s", "docs/s", "peak RSS (MiB)"], rows)
    cpts = [(float(m["bytes"]), float(m["seconds"])) for m in results["corpus_scaling"] if ok(m)]
    if len(cpts) >= 2:
        lines += [f"Fitted time exponent against corpus size: **{fit_exponent(cpts):.2f}**; memory stays "
                  "flat because documents are cleaned one at a time.", ""]
    return lines


def _filter_growth(results: dict[str, Any]) -> list[str]:
    """Per-filter cost in ns per input byte at each document size, and the
    exponent between consecutive sizes: where a non-linear cost comes from."""
    rows_in = [r for r in results["scaling"] if ok(r.get("govtext")) and r["size"] >= FIT_MIN_SIZE]
    if len(rows_in) < 2:
        return []
    names: list[str] = []
    for r in rows_in:
        names += [n for n in r["govtext"]["stages"] if n not in names]
    rows = []
    for n in names:
        costs = [r["govtext"]["stages"].get(n, 0.0) / r["size"] * 1e9 for r in rows_in]
        pts = [(float(r["size"]), r["govtext"]["stages"].get(n, 0.0)) for r in rows_in]
        k = fit_exponent(pts) if all(c > 0 for _s, c in pts) else None
        rows.append([f"`{n}`", *[fmt(c) for c in costs], f"{k:.2f}" if k is not None else "–"])
    steps = []
    for a, b in itertools.pairwise(rows_in):
        k = fit_exponent([(float(a["size"]), float(a["govtext"]["seconds"])),
                          (float(b["size"]), float(b["govtext"]["seconds"]))])
        steps.append(f"{human_bytes(a['size'])} → {human_bytes(b['size'])}: {k:.2f}")
    return ["**Per filter**: nanoseconds per input byte at each document size, and the fitted exponent "
            "(a filter whose cost per byte grows with the size is not linear).", "",
            *_table(["filter", *[human_bytes(r["size"]) for r in rows_in], "exponent"], rows),
            "Exponent of the whole pipeline between consecutive sizes: " + "; ".join(steps) + ".", ""]


def _quality_section(results: dict[str, Any]) -> list[str]:
    q = results.get("quality") or {}
    lines = ["## Quality on the gold corpus", ""]
    if not q:
        return [*lines, "The gold corpus (`../shared/corpus`) or its scoring tool was not available.", ""]
    lines += ["Scored by `../shared/tools/score_corpus.py` (fractions, 1 = perfect). The baseline keeps "
              "everything, so its body recall is an upper bound and its noise removal shows what is left "
              "for a reader to delete by hand.", ""]
    rows = [[desc, f"`{key}`", fmt(q["govtext"].get(key)), fmt(q["baseline"].get(key))] for key, desc in QUALITY_KEYS]
    lines += _table(["measure", "key", "govtext", "baseline"], rows)
    for who in ("govtext", "baseline"):
        docs = q[who].get("documents") or []
        if docs:
            lines += [f"<details><summary>{who}: per document</summary>", "", "```text", *docs, "```", "",
                      "</details>", ""]
    return lines


def profile_summary(profile_text: str, top: int = 12) -> list[str]:
    """The first ``top`` rows of a pstats listing (sorted by own time)."""
    lines = profile_text.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("ncalls"):
            return [ln for ln in lines[i: i + top + 1] if ln.strip()]
    return []


def render(results: dict[str, Any]) -> str:
    """RESULTS.md."""
    cmd = "python benchmarks/run.py" + (" --quick" if results["mode"] == "quick" else "")
    lines = ["# govtext benchmark results", "",
             f"Generated by `{cmd}` on {results['date']} in {results.get('elapsed_seconds', '?')} s "
             f"({results['mode']} run, {results['seeds']} seed documents from `{results['seed_dir']}`). "
             "Baseline: charset-normalizer `from_bytes(...).best()`, `ftfy.fix_text` (defaults), "
             "OpenCC `t2s` — the pipeline a user would write in ten minutes.", ""]
    if results["mode"] == "quick":
        lines += ["**Quick run: inputs are tiny and measured once; the numbers are not meaningful.**", ""]
    lines += ["## Targets", ""]
    lines += _table(["target", "measured", "met"], [[t, m, "yes" if ok else "**no**"] for t, m, ok in targets(results)])
    lines += ["## Machine", ""]
    lines += _table(["", ""], [[k, str(v)] for k, v in results["machine"].items()])
    lines += _table(["library", "version"], [[k, str(v)] for k, v in results["versions"].items()])
    if results.get("throughput"):
        lines += _throughput_section(results)
        lines += _stage_section(results)
    if "scaling" in results or "corpus_scaling" in results:
        lines += _scaling_section({"scaling": [], "corpus_scaling": [], **results})
    if "quality" in results:
        lines += _quality_section(results)
    tops = results.get("profile_top")
    if isinstance(tops, list):  # results.json of an older run: one profile of the Simplified corpus
        tops = {"simplified": tops}
    if tops:
        lines += ["## Hot spots", "", "cProfile of the default pipeline over 512 KB of each input kind, by own time "
                  "(full listings, with the callers of the regex methods, in `profile.txt`):", ""]
        for kind, top in tops.items():
            lines += [f"**{LABELS.get(kind, kind)}**", "", "```text", *top, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def for_docs(results_md: str) -> str:
    """RESULTS.md as a section of docs/performance.md (headings one level down,
    the plot from docs/img)."""
    out = []
    for line in results_md.splitlines():
        if line.startswith("# "):
            continue
        if line.startswith("#"):
            line = "#" + line
        line = line.replace("](throughput.svg)", "](img/throughput.svg)")
        line = line.replace("`profile.txt`", "`benchmarks/profile.txt`")
        out.append(line)
    return "\n".join(out).strip()


def plot(results: dict[str, Any]) -> str:
    """SVG: throughput (MB/s) against document size, govtext and baseline."""
    series = []
    for who, name in (("govtext", "govtext"), ("baseline", "baseline")):
        pts = [(float(r["size"]), mb_per_s(r[who])) for r in results.get("scaling", []) if ok(r.get(who))]
        if pts:
            series.append(Series(name, pts))
    return line_chart(series, title="Throughput against document size (one document, Simplified UTF-8)",
                      x_label="document size", y_label="MB/s")
