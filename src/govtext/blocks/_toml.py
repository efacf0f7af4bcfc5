"""TOML parsing on every supported Python (tomllib, or tomli before 3.11).

>>> loads("version = 1")
{'version': 1}
"""

from __future__ import annotations

import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = ["TOMLDecodeError", "loads"]

TOMLDecodeError = tomllib.TOMLDecodeError


def loads(text: str) -> dict[str, Any]:
    """Parse TOML text into a dict."""
    data: dict[str, Any] = tomllib.loads(text)
    return data
