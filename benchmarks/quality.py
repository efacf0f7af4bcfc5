"""Quality on the gold corpus, for govtext and for the baseline.

Both pipelines write JSONL for the seed documents; the shared scoring tool
(``../shared/tools/score_corpus.py``) scores each file in a subprocess. The
baseline has no metadata, removals or warnings, so its records hold only
``id`` and ``text`` (and empty ``metadata``).

>>> parse_score_output('a.txt: body 3/3 lines kept\\n{"body_recall": 1.0}\\n')
({'body_recall': 1.0}, ['a.txt: body 3/3 lines kept'])
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

__all__ = ["QUALITY_KEYS", "default_score_tool", "parse_score_output", "score_pipelines"]

ROOT = Path(__file__).resolve().parent.parent

QUALITY_KEYS = (
    ("body_recall", "body text kept"),
    ("body_recall_ignoring_punctuation", "body text kept (ignoring punctuation)"),
    ("noise_removal", "noise lines removed"),
    ("joins", "broken paragraphs joined"),
    ("markers", "page markers removed and recorded"),
    ("metadata", "metadata fields extracted"),
    ("corrupt_handled", "corrupt spans repaired or flagged"),
)
"""Summary keys of the scoring tool, with what they measure."""


def default_score_tool() -> Path:
    return ROOT.parent / "shared" / "tools" / "score_corpus.py"


def parse_score_output(out: str) -> tuple[dict[str, Any], list[str]]:
    """The final JSON summary line and the per-document lines before it."""
    lines = [line for line in out.splitlines() if line.strip()]
    if not lines:
        raise ValueError("the scoring tool printed nothing")
    summary: dict[str, Any] = json.loads(lines[-1])
    return summary, lines[:-1]


def _score(tool: Path, jsonl: Path) -> tuple[dict[str, Any], list[str]]:
    proc = subprocess.run([sys.executable, str(tool), str(jsonl)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"scoring failed ({proc.returncode}): {proc.stderr.strip()[:400]}")
    return parse_score_output(proc.stdout)


def _govtext_jsonl(seeds: list[Path], dest: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "govtext", "clean", "--format", "jsonl", "-o", str(dest), *map(str, seeds)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode not in (0, 1) or not dest.exists():
        raise RuntimeError(f"govtext clean failed ({proc.returncode}): {proc.stderr.strip()[:400]}")


def _baseline_jsonl(seeds: list[Path], dest: Path) -> None:
    from benchmarks.baseline import Baseline

    base = Baseline()
    with dest.open("w", encoding="utf-8") as f:
        for path in seeds:
            record = {"id": str(path), "text": base(path.read_bytes()), "metadata": {}}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def score_pipelines(seed_dir: Path, tool: Path, workdir: Path) -> dict[str, dict[str, Any]]:
    """``{"govtext": summary, "baseline": summary}`` (each with ``"documents"``:
    the per-document lines), or ``{}`` when the tool or seeds are missing."""
    seeds = sorted(seed_dir.glob("*.txt"))
    if not tool.is_file() or not seeds:
        return {}
    results: dict[str, dict[str, Any]] = {}
    for name, produce in (("govtext", _govtext_jsonl), ("baseline", _baseline_jsonl)):
        dest = workdir / f"quality-{name}.jsonl"
        produce(seeds, dest)
        summary, per_doc = _score(tool, dest)
        summary["documents"] = per_doc
        results[name] = summary
    return results
