"""Repeated paragraphs: data-driven cases, properties, and the development corpus."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from govtext import Document
from govtext.blocks.repeats import RepeatedParagraphs, RepeatsConfig
from tests.corpus import gold_files, load_gold, requires_corpus, seed_lines

CASES = json.loads((Path(__file__).parent / "cases" / "metadata" / "repeats.json").read_text(encoding="utf-8"))[
    "cases"
]


def _run(text: str, remove: bool, min_chars: int = 20) -> Document:
    doc = Document.from_text(text)
    f = RepeatedParagraphs(RepeatsConfig(remove=remove, min_chars=min_chars))
    doc.apply(f(doc), filter=f.name)
    return doc


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_repeats_case(case: dict[str, Any]) -> None:
    text = "\n".join(case["lines"])
    doc = _run(text, remove=True)
    assert doc.annotations.get("repeats", []) == case["expect"]
    removed_lines = sorted(e["line"] for e in case["expect"] if e["removed"])
    assert sorted(r.line for r in doc.removed) == removed_lines
    for r in doc.removed:
        assert r.filter == "repeats" and r.rule == "repeated-paragraph" and r.reason.startswith("repeats line ")
    warned = sorted(w.line for w in doc.warnings if w.kind == "repeated-paragraph")
    assert warned == sorted(e["line"] for e in case["expect"] if not e["removed"])
    if "after" in case:
        assert doc.text == case["after"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_repeats_only_tagged_by_default(case: dict[str, Any]) -> None:
    text = "\n".join(case["lines"])
    doc = _run(text, remove=False)
    assert doc.text == text and not doc.removed
    assert doc.annotations.get("repeats", []) == [dict(e, removed=False) for e in case["expect"]]
    warned = [(w.line, w.extra["of_line"], w.extra["relation"]) for w in doc.warnings]
    assert warned == [(e["line"], e["of_line"], e["relation"]) for e in case["expect"]]
    assert all(w.kind == "repeated-paragraph" and w.filter == "repeats" for w in doc.warnings)


def test_config_defaults() -> None:
    assert RepeatsConfig() == RepeatsConfig(remove=False, min_chars=20)
    assert RepeatedParagraphs().name == "repeats"


def test_min_chars_must_be_positive() -> None:
    with pytest.raises(ValueError, match="min_chars"):
        RepeatsConfig(min_chars=0)


def test_min_chars_is_configurable() -> None:
    text = "一、总体要求\n正文。\n一、总体要求"
    assert not _run(text, remove=True).removed
    assert _run(text, remove=True, min_chars=5).text == "一、总体要求\n正文。\n"


def test_large_document_is_fast_enough() -> None:
    """Hash-based: thousands of distinct paragraphs and repeats in one pass."""
    paras = [f"第{i}项工作：推进重点项目{i}号建设，完成年度投资计划，确保按期投产见效。" for i in range(20000)]
    text = "\n".join(paras + paras[:500])
    doc = _run(text, remove=True)
    assert len(doc.removed) == 500
    assert doc.text == "\n".join(paras) + "\n"


# -- properties ------------------------------------------------------------------
_CHARS = st.sampled_from(list("推进建设发展改革创新经济社会治理绿色转型乡村振兴科技人才开放安全民生城乡区域"))
_SENTENCE = st.builds(lambda body, end: body + end, st.text(_CHARS, min_size=4, max_size=16), st.sampled_from("。，；"))


def _key(line: str) -> str:
    return "".join(unicodedata.normalize("NFKC", line).split())


@st.composite
def _documents(draw: st.DrawFn) -> list[str]:
    """Paragraphs built from a small pool of sentences, so repeats and containment arise."""
    pool = draw(st.lists(_SENTENCE, min_size=2, max_size=6, unique=True))
    paragraphs = draw(st.lists(st.lists(st.sampled_from(pool), min_size=1, max_size=5).map("".join), min_size=1,
                               max_size=10))
    headings = draw(st.lists(st.sampled_from(["一、总体要求", "各位代表：", "", "　　"]), max_size=3))
    lines = paragraphs + headings
    return draw(st.permutations(lines))


@given(_documents())
def test_tagging_never_changes_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = Document.from_text(text)
    assert RepeatedParagraphs()(doc) == []
    assert doc.text == text


@given(_documents())
def test_removed_text_survives_elsewhere(lines: list[str]) -> None:
    """Every removed line repeats a line that is kept (a wrapper keeps its copied paragraph)."""
    text = "\n".join(lines)
    doc = _run(text, remove=True)
    kept = {_key(line) for line in doc.text.split("\n")}
    notes = {n["line"]: n for n in doc.annotations.get("repeats", [])}
    for r in doc.removed:
        note = notes[r.line]
        assert note["removed"]
        keeper = _key(lines[note["of_line"] - 1])
        assert keeper in kept
        removed = _key(r.text)
        if note["relation"] == "wraps":
            assert keeper in removed and len(removed) - len(keeper) <= 0.25 * len(removed)
        else:
            assert removed.removeprefix("摘要：") in keeper or removed in keeper


@given(_documents())
# a line that repeats its own sentence filled that sentence's posting with
# itself, so a later line holding the sentence was not indexed: the first
# pass missed that line 3 is part of line 6, the second found it
@example(["乡乡乡乡乡乡。乡乡乡乡乡乡。乡乡乡乡乡乡。", "乡乡乡乡乡人。乡乡乡乡乡人。乡乡乡乡乡人。乡乡乡乡乡人。",
          "乡乡乡乡乡乡。乡乡乡乡乡乡。乡乡乡乡乡人。", "乡乡乡乡乡乡。乡乡乡乡乡人。乡乡乡乡乡乡。",
          "乡乡乡乡乡乡。乡乡乡乡乡人。乡乡乡乡乡人。", "乡乡乡乡乡乡。乡乡乡乡乡乡。乡乡乡乡乡乡。乡乡乡乡乡人。乡乡乡乡乡乡。"])
# line 7 is part of line 5 and of line 6 (a lead-in plus line 7): line 5 goes
# as the wrapper of line 6, and line 7 stayed, to go with line 6 on a second pass
@example(["乡乡乡乡。", "乡乡乡乡。", "乡乡乡乡。", "乡乡乡乡。", "乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡。",
          "乡乡乡乡。乡乡乡乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡。", "乡乡乡乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡。"])
# line 5 wraps line 6, which wraps line 7, and line 5 wraps line 7 too: line 6
# goes, and line 5 must go as well (it used to stay, to go on a second pass)
@example(["乡乡乡乡。", "乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡乡乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡乡乡乡乡乡。",
          "乡乡乡乡。乡乡乡乡乡乡乡乡乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡乡乡乡乡乡。", "乡乡乡乡乡乡乡乡乡乡乡乡。乡乡乡乡。乡乡乡乡乡乡乡乡乡乡乡乡。"])
def test_removal_is_idempotent(lines: list[str]) -> None:
    once = _run("\n".join(lines), remove=True)
    twice = _run(once.text, remove=True)
    assert twice.text == once.text


@given(st.lists(st.integers(0, 7), min_size=1, max_size=30))
def test_first_occurrence_of_exact_repeats_is_kept(picks: list[int]) -> None:
    """Distinct tagged paragraphs (none inside another): the output is the input without later copies."""
    paras = [f"〔{k}〕全面推进第{k}项重点工作，确保各项任务落到实处〔{k}〕。" for k in range(8)]
    lines = [paras[k] for k in picks]
    doc = _run("\n".join(lines), remove=True)
    assert doc.text.rstrip("\n").split("\n") == list(dict.fromkeys(lines))
    first_lines = {lines.index(p) + 1 for p in set(lines)}
    assert not first_lines & {r.line for r in doc.removed}


# -- corpus ------------------------------------------------------------------------
@requires_corpus
def test_seed_summary_repeating_the_body_is_found() -> None:
    """A portal summary (lead-in + a copy of a body paragraph) is tagged and removed, the body kept."""
    found = False
    for path in gold_files():
        gold = load_gold(path)
        lines = seed_lines(gold)
        doc = _run("\n".join(lines), remove=True)
        for note in doc.annotations.get("repeats", []):
            if note["removed"]:
                assert gold["lines"].get(str(note["line"]), "").startswith("optional:"), (path.name, note)
                assert gold["lines"].get(str(note["of_line"])) == "body", (path.name, note)
                found = True
    assert found, "no repeated paragraph found in the development corpus"


@requires_corpus
@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
def test_no_gold_body_line_is_removed(path: Path) -> None:
    gold = load_gold(path)
    lines = seed_lines(gold)
    doc = _run("\n".join(lines), remove=True)
    removed = {r.line for r in doc.removed}
    body = {int(n) for n, label in gold["lines"].items() if label == "body"}
    assert not removed & body


def test_a_line_repeating_its_sentence_does_not_hide_other_lines() -> None:
    """Each line is indexed once under each of its sentences: a line holding
    one sentence four times leaves room in that sentence's index for the rest."""
    a, b = "乡乡乡乡乡乡。", "乡乡乡乡乡人。"
    lines = [a * 3, b * 4, a * 2 + b, a + b + a, a + b + b, a * 3 + b + a]
    doc = _run("\n".join(lines), remove=True)
    assert sorted(r.line for r in doc.removed) == [1, 3, 4]
    assert doc.text == "\n".join([b * 4, a + b + b, a * 3 + b + a])


def test_a_part_stays_with_its_wrapper_when_its_container_goes() -> None:
    """A line that is part of a wrapper (which stays) and of a longer line
    (which goes as a wrapper itself) goes, repeating the wrapper."""
    a, b = "乡乡乡乡。", "乡乡乡乡乡乡乡。"
    doc = _run("\n".join([a + a + b + a + b, a + b + a + b, b + a + b]), remove=True)
    assert doc.text == a + b + a + b + "\n"
    assert [(n["line"], n["of_line"], n["relation"]) for n in doc.annotations["repeats"]] == [
        (1, 2, "wraps"), (3, 2, "part-of")]


def test_a_wrapper_of_wrappers_goes() -> None:
    """A line that is a lead-in plus a wrapper, and a lead-in plus what that
    wraps: both wrappers go, the innermost paragraph stays."""
    a, b = "乡乡乡乡。", "乡乡乡乡乡乡乡乡乡乡乡乡。"
    doc = _run("\n".join([a + a + b + a + b, a + b + a + b, b + a + b]), remove=True)
    assert doc.text == b + a + b
    assert sorted(n["line"] for n in doc.annotations["repeats"] if n["removed"]) == [1, 2]
