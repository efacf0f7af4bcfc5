"""Which ``opencc`` module is installed.

Two distributions install a module named ``opencc``: the official bindings
(``OpenCC`` on PyPI, accurate and fast) and ``opencc-python-reimplemented``
(old dictionaries, slow). govtext needs the first, works with the second,
and says which one it found.

>>> detect_backend().name in {"official", "reimplemented", "missing"}
True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import metadata

__all__ = ["OpenCCBackend", "describe_backend", "detect_backend"]


@dataclass(frozen=True)
class OpenCCBackend:
    """The active OpenCC implementation: ``official``, ``reimplemented`` or ``missing``."""

    name: str
    distribution: str | None
    version: str | None


@functools.lru_cache(maxsize=1)
def detect_backend() -> OpenCCBackend:
    """Find which distribution provides the importable ``opencc`` module."""
    try:
        import opencc  # noqa: F401
    except ImportError:
        return OpenCCBackend("missing", None, None)
    dists = metadata.packages_distributions().get("opencc", [])
    for dist in dists:
        if dist.lower().replace("_", "-") == "opencc-python-reimplemented":
            return OpenCCBackend("reimplemented", dist, metadata.version(dist))
    for dist in dists:
        if dist.lower() == "opencc":
            return OpenCCBackend("official", dist, metadata.version(dist))
    return OpenCCBackend("official" if dists else "reimplemented", dists[0] if dists else None,
                         metadata.version(dists[0]) if dists else None)


def describe_backend() -> str:
    """One line for ``govtext --version``."""
    b = detect_backend()
    if b.name == "missing":
        return "opencc: not installed (script conversion unavailable)"
    return f"opencc: {b.name} ({b.distribution} {b.version})"
