"""The sentences of ``tests/cases/decoding/sentences.json`` (nested lists and
objects of strings), for the decoding tests that encode them."""

from __future__ import annotations

import json
from pathlib import Path

SENTENCES_FILE = Path(__file__).parent / "cases" / "decoding" / "sentences.json"


def all_sentences() -> list[str]:
    """Every string of the file, depth first, in file order."""
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(json.loads(SENTENCES_FILE.read_text(encoding="utf-8")))
    return out
