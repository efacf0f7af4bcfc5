"""Access to the shared development corpus (``../shared/corpus``), if present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def corpus_available() -> bool:
    return (CORPUS / "gold").is_dir() and (CORPUS / "seeds").is_dir()


requires_corpus = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus is not available")


def gold_files() -> list[Path]:
    return sorted((CORPUS / "gold").glob("*.json")) if corpus_available() else []


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def seed_path(gold: dict[str, Any]) -> Path:
    return CORPUS / str(gold["file"])


def seed_lines(gold: dict[str, Any]) -> list[str]:
    return seed_path(gold).read_text(encoding="utf-8").split("\n")
