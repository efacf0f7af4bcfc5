"""The benchmark harness works (no timing assertions: CI machines vary)."""

from __future__ import annotations

import doctest
import importlib
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from benchmarks import inputs, report, scaling, svgplot, worker
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["baseline", "inputs", "machine", "quality", "report", "run", "scaling", "svgplot", "worker"]

SEED_TEXT = (
    "当前位置：首页 > 政务公开\n关于做好2025年度政务公开工作的通知\n发布时间：2025-03-01\n\n"
    "　　各区人民政府，市政府各部门：\n\n　　为进一步推进政务公开标准化规范化建设，现就有关事项通知如下。\n"
    "　　一、提高政策发布质量。各单位要加强政策解读，做到发展有规划、经济有活力。\n"
)


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name: str) -> None:
    module = importlib.import_module(f"benchmarks.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0


def _write_seed(directory: Path) -> Path:
    directory.mkdir()
    (directory / "notice.txt").write_text(SEED_TEXT * 3, encoding="utf-8")
    return directory


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    return _write_seed(tmp_path / "seeds")


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output directory of one ``run.py --quick`` on a tiny seed (run once per module)."""
    base = tmp_path_factory.mktemp("bench")
    seeds = _write_seed(base / "seeds")
    out = base / "out"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out), "--seeds", str(seeds)],
        capture_output=True, text=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def test_inputs_build_three_kinds(seed_dir: Path) -> None:
    seeds = inputs.load_seeds(seed_dir)
    simp = inputs.simplified_corpus(seeds, 4000)
    trad = inputs.traditional_corpus(seeds, 4000)
    gbk = inputs.gbk_corpus(seeds, 4000)
    assert sum(map(len, simp)) >= 4000 and sum(map(len, gbk)) >= 4000
    trad_text = trad[0].decode("utf-8")
    assert "發展" in trad_text.replace("(fā)", "") and "(fā)" in trad_text
    assert inputs.is_traditional(trad_text)
    assert gbk[0].decode("gbk") == simp[0].decode("utf-8")
    doc = inputs.single_document(seeds, 3000)
    assert 1500 <= len(doc) <= 3000 and doc.decode("utf-8")


def test_worker_measures_both_pipelines(seed_dir: Path) -> None:
    for pipeline in ("govtext", "govtext+jsonl", "baseline"):
        m = worker.measure({"pipeline": pipeline, "inputs": str(seed_dir / "notice.txt"), "tracemalloc": True})
        assert m["docs"] == 1 and m["bytes"] == len((SEED_TEXT * 3).encode("utf-8"))
        assert m["seconds"] > 0 and m["stages"] and m["traced_peak"] > 0
        assert m["rss_peak_kb"] >= m["rss_base_kb"] > 0


def test_scaling_fit() -> None:
    assert scaling.fit_exponent([(1.0, 3.0), (10.0, 30.0), (100.0, 300.0)]) == pytest.approx(1.0)
    assert scaling.fit_exponent([(1.0, 1.0), (10.0, 100.0)]) == pytest.approx(2.0)
    with pytest.raises(ValueError):
        scaling.fit_exponent([(5.0, 1.0)])


@given(k=st.floats(0.2, 3.0), a=st.floats(1e-6, 1e3),
       sizes=st.lists(st.floats(1.0, 1e8), min_size=2, max_size=8, unique=True))
def test_fit_recovers_a_power_law(k: float, a: float, sizes: list[float]) -> None:
    if max(sizes) / min(sizes) < 1.5:
        return
    assert scaling.fit_exponent([(n, a * n**k) for n in sizes]) == pytest.approx(k, rel=1e-6)


@given(st.lists(st.tuples(st.floats(1.0, 1e9), st.floats(0.0, 1e4)), min_size=1, max_size=10),
       st.text(max_size=20))
def test_any_series_gives_well_formed_svg(points: list[tuple[float, float]], name: str) -> None:
    name = "".join(ch for ch in name if ch.isprintable())
    ET.fromstring(svgplot.line_chart([svgplot.Series(name, points)], title="<t>", x_label="x", y_label="y"))


def test_svg_is_well_formed() -> None:
    svg = svgplot.line_chart(
        [svgplot.Series("a", [(1e3, 1.0), (1e6, 3.0)]), svgplot.Series("b & c", [(1e3, 0.5)])],
        title="t", x_label="x", y_label="y",
    )
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}polyline")) == 2
    assert any(t.text == "b & c" for t in root.iter(f"{ns}text"))


def test_quick_run_writes_results(quick_run: Path) -> None:
    out = quick_run
    md = (out / "RESULTS.md").read_text(encoding="utf-8")
    for heading in ("## Targets", "## Machine", "## Throughput", "## Per filter", "## Growth with document size",
                    "## Growth with corpus size", "## Quality on the gold corpus"):
        assert heading in md
    assert "Quick run" in md and "opencc" in md
    ET.fromstring((out / "throughput.svg").read_text(encoding="utf-8"))
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert set(results["throughput"]) == {"simplified", "traditional", "gbk"}
    assert [t for t, _m, _ok in report.targets(results)][:3] == [
        "Simplified (UTF-8): ≥ 10x the baseline",
        "Traditional + pinyin (UTF-8): ≥ 3x the baseline",
        "Simplified (GBK bytes): ≥ 5x the baseline",
    ]
    assert "decode" in results["throughput"]["gbk"]["govtext"]["stages"]


def test_report_survives_failed_measurements(quick_run: Path) -> None:
    out = quick_run
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    results["throughput"]["gbk"]["govtext"] = {"error": "timed out after 1 s"}
    results["scaling"][-1]["govtext"] = {"error": "timed out after 1 s"}
    results["corpus_scaling"][0] = {"error": "failed: MemoryError"}
    md = report.render(results)
    assert "timed out after 1 s" in md and "failed: MemoryError" in md
    met = {t: ok for t, _m, ok in report.targets(results)}
    assert met["Simplified (GBK bytes): ≥ 5x the baseline"] is False
    assert any(t.startswith("every document size measured") and not ok for t, ok in met.items())
    ET.fromstring(report.plot(results))


def test_report_of_a_partial_run(quick_run: Path) -> None:
    results = json.loads((quick_run / "results.json").read_text(encoding="utf-8"))
    for key in ("scaling", "corpus_scaling", "quality", "profile_top"):
        results.pop(key, None)
    md = report.render(results)
    assert "## Throughput" in md and "## Growth with document size" not in md and "## Quality" not in md
    assert [t for t, _m, _ok in report.targets(results)] == [
        "Simplified (UTF-8): ≥ 10x the baseline",
        "Traditional + pinyin (UTF-8): ≥ 3x the baseline",
        "Simplified (GBK bytes): ≥ 5x the baseline",
    ]
