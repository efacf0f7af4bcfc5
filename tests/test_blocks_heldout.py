"""Held-out style pages (tests/cases/blocks/heldout): the full pipeline on sites
the classifier was not built from.

Each ``hNN_*.txt`` is a raw page as a scraper dumps it (portal chrome, label
tables, editor lines, disclaimers, WeChat widgets, gazette page furniture,
SEO injections) and ``hNN_*.json`` its gold, in the format of the
development corpus (``lines``: ``body`` / ``title`` / ``noise:<kind>`` /
``optional:<kind>``; ``metadata``: facts that must come out exactly, in
Simplified script; ``script``: ``traditional`` for a page whose lines are
compared in their Simplified form, as the pipeline outputs them;
``traditional+pinyin-annotations`` for one whose lines are compared
without the pinyin injected after characters, as in the development
corpus, but with bracketed capitals such as ``(GDP)`` kept). The
gold was written before the filter was run on the pages.

Scoring follows ``../shared/tools/score_corpus.py``: text compared after NFKC
with whitespace removed; a noise line counts when it has 4+ characters.
Every body line must survive; noise removal and metadata must not fall below
the level reached when these cases were added.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from opencc import OpenCC

from govtext import clean

HELDOUT = Path(__file__).parent / "cases" / "blocks" / "heldout"
CASES = sorted(HELDOUT.glob("*.json"))

NOISE_REMOVED_MIN = 0.97
"""Share of noise lines removed over all cases (1.0 when the cases were added)."""
METADATA_EXACT_MIN = 0.95
"""Share of gold metadata fields that come out exactly (0.976 when the cases were added)."""


_T2S = OpenCC("t2s")
_PINYIN = re.compile("[(（](?=[^()（）]*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ])"
                     "[a-zA-Z0-9 āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]{1,12}[)）]")
"""An injected annotation: lowercase or toned letters (capitals alone, ``(AI)``, stay)."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _expected(line: str, script: str) -> str:
    """``line`` as the cleaned text must hold it, for a page in ``script``."""
    if "pinyin" in script:
        line = _PINYIN.sub("", line)
    return _norm(_T2S.convert(line) if script != "simplified" else line)


@dataclass
class Score:
    """Counts for one page."""

    body: int = 0
    body_kept: int = 0
    noise: int = 0
    noise_gone: int = 0
    meta: int = 0
    meta_ok: int = 0
    lost: list[str] = field(default_factory=list)
    stayed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def score(path: Path) -> Score:
    """Clean the page of gold file ``path`` and count what survived."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (HELDOUT / gold["file"]).read_text(encoding="utf-8")
    doc = clean(raw)
    out = _norm(doc.text)
    lines = raw.split("\n")
    s = Score()
    for num, label in gold["lines"].items():
        line = lines[int(num) - 1]
        want = _expected(line, gold.get("script", "simplified"))
        if label == "body":
            s.body += 1
            if want in out:
                s.body_kept += 1
            else:
                s.lost.append(line)
        elif label.startswith("noise") and len(want) >= 4:
            s.noise += 1
            if want in out:
                s.stayed.append(line)
            else:
                s.noise_gone += 1
    for key, value in gold["metadata"].items():
        s.meta += 1
        got = doc.metadata.get(key)
        if got is not None and _norm(str(got)) == _norm(str(value)):
            s.meta_ok += 1
        else:
            s.wrong.append(f"{key}: got {got!r}, want {value!r}")
    return s


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {p.stem: score(p) for p in CASES}


def test_there_are_heldout_cases() -> None:
    assert len(CASES) >= 20
    for p in CASES:
        gold = json.loads(p.read_text(encoding="utf-8"))
        assert (HELDOUT / gold["file"]).is_file()
        assert "body" in gold["lines"].values()


@pytest.mark.parametrize("path", CASES, ids=[p.stem[:3] for p in CASES])
def test_every_body_line_is_kept(path: Path, scores: dict[str, Score]) -> None:
    s = scores[path.stem]
    assert not s.lost, "body lines lost:\n" + "\n".join(s.lost)


TRADITIONAL = [p for p in CASES if json.loads(p.read_text(encoding="utf-8")).get("script") == "traditional"]


@pytest.mark.parametrize("codec", ["big5", "cp950", "big5hkscs"])
@pytest.mark.parametrize("path", TRADITIONAL, ids=[p.stem[:3] for p in TRADITIONAL])
def test_traditional_pages_come_out_the_same_from_big5_bytes(path: Path, codec: str) -> None:
    """A Traditional page scraped as Big5 / CP950 / Big5-HKSCS bytes is detected
    and cleaned as its text is (characters the codec lacks, such as ©, as ``?``;
    one Hong Kong character, 嘅, added for Big5-HKSCS)."""
    raw = (HELDOUT / json.loads(path.read_text(encoding="utf-8"))["file"]).read_text(encoding="utf-8")
    if codec == "big5hkscs":
        raw = raw.replace("。", "嘅。", 1)
    data = raw.encode(codec, "replace")
    want, got = clean(data.decode(codec)), clean(data)
    assert got.metadata["encoding"] in ("big5", "cp950", "big5hkscs")
    assert got.text == want.text
    assert {k: got.metadata.get(k) for k in ("title", "date", "source", "author")} == \
        {k: want.metadata.get(k) for k in ("title", "date", "source", "author")}


def test_noise_removal_does_not_regress(scores: dict[str, Score]) -> None:
    noise = sum(s.noise for s in scores.values())
    gone = sum(s.noise_gone for s in scores.values())
    stayed = [f"{k}: {line}" for k, s in scores.items() for line in s.stayed]
    assert gone / noise >= NOISE_REMOVED_MIN, f"{gone}/{noise} removed; stayed:\n" + "\n".join(stayed)


def test_metadata_does_not_regress(scores: dict[str, Score]) -> None:
    total = sum(s.meta for s in scores.values())
    ok = sum(s.meta_ok for s in scores.values())
    wrong = [f"{k}: {w}" for k, s in scores.items() for w in s.wrong]
    assert ok / total >= METADATA_EXACT_MIN, f"{ok}/{total} exact; wrong:\n" + "\n".join(wrong)


if __name__ == "__main__":  # pragma: no cover - a measuring aid: python -m tests.test_blocks_heldout
    all_scores = {p.stem: score(p) for p in CASES}
    for name, sc in all_scores.items():
        print(f"{name}: body {sc.body_kept}/{sc.body} noise {sc.noise_gone}/{sc.noise} meta {sc.meta_ok}/{sc.meta}")
        for line in sc.lost:
            print("   LOST   ", line)
        for line in sc.stayed:
            print("   STAYED ", line)
        for w in sc.wrong:
            print("   META   ", w)
    tot = {k: sum(getattr(sc, k) for sc in all_scores.values()) for k in
           ("body", "body_kept", "noise", "noise_gone", "meta", "meta_ok")}
    print(f"TOTAL body {tot['body_kept']}/{tot['body']} = {tot['body_kept'] / tot['body']:.4f}; "
          f"noise {tot['noise_gone']}/{tot['noise']} = {tot['noise_gone'] / tot['noise']:.4f}; "
          f"metadata {tot['meta_ok']}/{tot['meta']} = {tot['meta_ok'] / tot['meta']:.4f}")
