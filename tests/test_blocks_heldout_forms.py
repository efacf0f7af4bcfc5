"""The held-out pages (tests/cases/blocks/heldout) in the form many scrapers
write them: NFKC-normalised, so full-width punctuation is half-width
(``，：（）`` as ``,:()``) and the ``　　`` indent two spaces, as in the
development corpus's seeds. Cleaning must not depend on the form: every body
line is kept, and noise and metadata reach the floors of the pages as written.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import test_blocks_heldout as heldout


def _nfkc_page(gold_path: Path, out: Path) -> Path:
    """Write the page of ``gold_path`` and its gold, NFKC-normalised, into ``out``."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (heldout.HELDOUT / gold["file"]).read_text(encoding="utf-8")
    (out / gold["file"]).write_text(unicodedata.normalize("NFKC", raw), encoding="utf-8")
    if "markers" in gold:
        gold["markers"] = [dict(m, text=unicodedata.normalize("NFKC", m["text"])) for m in gold["markers"]]
    path = out / gold_path.name
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def nfkc_scores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, heldout.Score]]:
    out = tmp_path_factory.mktemp("nfkc")
    paths = [_nfkc_page(p, out) for p in heldout.CASES]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(heldout, "HELDOUT", out)
        yield {p.stem: heldout.score(p) for p in paths}


def test_every_body_line_is_kept_in_nfkc_form(nfkc_scores: dict[str, heldout.Score]) -> None:
    lost = [f"{k}: {line}" for k, s in nfkc_scores.items() for line in s.lost]
    assert not lost, "body lines lost:\n" + "\n".join(lost)


def test_noise_and_metadata_hold_in_nfkc_form(nfkc_scores: dict[str, heldout.Score]) -> None:
    noise = sum(s.noise for s in nfkc_scores.values())
    gone = sum(s.noise_gone for s in nfkc_scores.values())
    stayed = [f"{k}: {line}" for k, s in nfkc_scores.items() for line in s.stayed]
    assert gone / noise >= heldout.NOISE_REMOVED_MIN, f"{gone}/{noise} removed; stayed:\n" + "\n".join(stayed)
    meta = sum(s.meta for s in nfkc_scores.values())
    ok = sum(s.meta_ok for s in nfkc_scores.values())
    wrong = [f"{k}: {w}" for k, s in nfkc_scores.items() for w in s.wrong]
    assert ok / meta >= heldout.METADATA_EXACT_MIN, f"{ok}/{meta} exact; wrong:\n" + "\n".join(wrong)


def test_every_marker_is_removed_in_nfkc_form(nfkc_scores: dict[str, heldout.Score]) -> None:
    kept = [k for k, s in nfkc_scores.items() if s.markers_ok < s.markers]
    assert not kept, f"markers left in {kept}"
