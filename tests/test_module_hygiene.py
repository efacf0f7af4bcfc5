"""Every module defines each top-level function and class once.

Parallel branches that each add a helper of the same name merge without a
conflict, and Python keeps the later definition: the earlier one's callers
silently run the other's code (a spam guard shadowed by a headline helper,
both called ``_above_meta``, disabled the guard). Ruff does not flag a
redefinition whose first definition was already used, so this test does.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "govtext"
MODULES = sorted(SRC.rglob("*.py"))


def _is_overload(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any((isinstance(d, ast.Name) and d.id == "overload") or (isinstance(d, ast.Attribute) and d.attr == "overload")
               for d in node.decorator_list)


def redefined(source: str) -> list[str]:
    """Names of top-level functions and classes that the module defines more than once."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not _is_overload(node)) \
                or isinstance(node, ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_modules_are_found() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_defined_twice(path: Path) -> None:
    assert redefined(path.read_text(encoding="utf-8")) == []


def test_a_redefinition_is_caught() -> None:
    assert redefined("def _above_meta(): return 1\nx = _above_meta()\ndef _above_meta(): return 2\n") == ["_above_meta"]
    assert redefined("class A: pass\ndef g(): pass\nclass A: pass\n") == ["A"]


def test_overloads_are_no_redefinition() -> None:
    source = ("from typing import overload\n@overload\ndef f(x: int) -> int: ...\n@overload\n"
              "def f(x: str) -> str: ...\ndef f(x): return x\n")
    assert redefined(source) == []
