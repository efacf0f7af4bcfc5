"""The fast "needs nothing" check must never skip text OpenCC would change.

Run as a script (``python tests/test_script_triggers.py``) to print a fresh
table for ``src/govtext/script/_phrase_triggers.py`` from the installed
OpenCC dictionaries (needs the ``opencc_dict`` tool the official wheel ships).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext.script._phrase_triggers import PHRASE_TRIGGERS
from govtext.script.triggers import find_trigger, needs_conversion, single_char_changes, triggers

SHARE = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
TOOL = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
CONFIGS = sorted(c[:-5] for c in opencc.CONFIGS)
MAX_KEYS = 500


def _dict_files(node: dict[str, Any]) -> Iterator[str]:
    node = node.get("dict", node)
    if node.get("type") == "group":
        for d in node["dicts"]:
            yield from _dict_files(d)
    else:
        yield str(node["file"])


def dictionary(name: str, tmp: Path) -> dict[str, str]:
    """An OCD2 dictionary as ``{key: first value}``, dumped with opencc_dict."""
    out = tmp / f"{name}.txt"
    subprocess.run([str(TOOL), "-i", str(SHARE / name), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True)
    table = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        table[key] = values.split(" ")[0]
    return table


def phrase_triggers(config: str, tmp: Path) -> tuple[str, ...]:
    """Phrases of ``config`` that change text without a single-converting character
    (or, when there are very many, one character of each)."""
    cfg = json.loads((SHARE / f"{config}.json").read_text(encoding="utf-8"))
    files = [f for node in cfg.get("normalization", []) + cfg["conversion_chain"] for f in _dict_files(node)]
    singles = single_char_changes(config)
    found: set[tuple[str, str]] = set()
    for f in files:
        for key, value in dictionary(f, tmp).items():
            if key == value or any(c in singles for c in key):
                continue
            diff = [a for a, b in zip(key, value, strict=True) if a != b] if len(key) == len(value) else [key[0]]
            found.add((key, diff[0]))
    keys = sorted({k for k, _c in found})
    return tuple(keys) if len(keys) <= MAX_KEYS else tuple(sorted({c for _k, c in found}))


needs_tool = pytest.mark.skipif(not (TOOL.is_file() and os.access(TOOL, os.X_OK)),
                                reason="opencc_dict from the official OpenCC wheel is not available")


@needs_tool
@pytest.mark.parametrize("config", ["t2s", "tw2s", "tw2sp", "hk2s", "s2t", "s2twp"])
def test_shipped_table_covers_installed_dictionaries(config: str, tmp_path: Path) -> None:
    expected = set(phrase_triggers(config, tmp_path))
    shipped = set(PHRASE_TRIGGERS[config])
    t = triggers(config)
    assert t is not None
    # every needed phrase (or character) is shipped, or already caught by a single-converting character
    missing = {p for p in expected - shipped if not any(c in t.chars for c in p)}
    assert not missing, f"regenerate _phrase_triggers.py: {sorted(missing)[:10]}"


def test_every_phrase_only_conversion_is_found() -> None:
    convert = opencc.OpenCC("t2s").convert
    for phrase in PHRASE_TRIGGERS["t2s"]:
        assert convert(phrase) != phrase
        assert needs_conversion(f"前文{phrase}后文")


SAMPLE = "國务院意志消沈深沈姓沈覆盖反覆答覆一坏土坏坏事瞭解瞭望藉口慰藉网际网路滑鼠资料库台湾𠀀𨋢"


@given(st.text(alphabet=SAMPLE + "，。\n abc", max_size=40), st.sampled_from(["t2s", "tw2sp", "hk2s", "s2t"]))
def test_text_without_trigger_is_unchanged_by_opencc(text: str, config: str) -> None:
    if find_trigger(text, config) < 0:
        assert opencc.OpenCC(config).convert(text) == text


@given(st.text(alphabet=SAMPLE + "，。\n abc", max_size=40), st.integers(0, 40))
def test_find_respects_bounds(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    hit = find_trigger(text, "t2s", pos)
    assert hit == -1 or pos <= hit < len(text)
    if hit >= 0:
        assert find_trigger(text, "t2s", hit) == hit


def test_unknown_config_file_converts_every_non_ascii_text(tmp_path: Path) -> None:
    custom = tmp_path / "mine.json"
    shutil.copy(SHARE / "t2s.json", custom)
    for f in SHARE.glob("*.ocd2"):
        shutil.copy(f, tmp_path / f.name)
    assert triggers(str(custom)) is None
    assert find_trigger("abc", str(custom)) == -1 and find_trigger("ab国", str(custom)) == 2


def main() -> None:
    """Print the table for _phrase_triggers.py (as JSON) from the installed OpenCC."""
    with tempfile.TemporaryDirectory() as tmp:
        table = {c: phrase_triggers(c, Path(tmp)) for c in CONFIGS}
    json.dump({"opencc": opencc.__version__, "table": table}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
