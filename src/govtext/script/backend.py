"""Which ``opencc`` module is installed, and converters built from it.

Two distributions install a module named ``opencc``: the official bindings
(``OpenCC`` on PyPI, accurate and fast) and ``opencc-python-reimplemented``
(old dictionaries, slow). govtext needs the first, works with the second
(warning once about accuracy), and says which one it found.

>>> detect_backend().name in {"official", "reimplemented", "missing"}
True
>>> get_converter("t2s.json").config
't2s'
>>> get_converter("t2s")("後來")
'后来'
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

__all__ = [
    "Converter",
    "OpenCCBackend",
    "OpenCCUnavailableError",
    "ReimplementedBackendWarning",
    "describe_backend",
    "detect_backend",
    "get_converter",
    "normalize_config",
]


class OpenCCUnavailableError(RuntimeError):
    """Script conversion was asked for but no ``opencc`` module can do it."""


class ReimplementedBackendWarning(UserWarning):
    """``opencc-python-reimplemented`` is active: conversions are less accurate."""


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
    note = "; less accurate, install 'opencc' instead" if b.name == "reimplemented" else ""
    return f"opencc: {b.name} ({b.distribution} {b.version}{note})"


def normalize_config(config: str) -> str:
    """The OpenCC config name without directory or ``.json``, or a path as given.

    >>> normalize_config("tw2sp.json"), normalize_config("T2S"), normalize_config("/x/my.json")
    ('tw2sp', 't2s', '/x/my.json')
    """
    if os.sep in config or "/" in config:
        return config
    stem = config[:-5] if config.lower().endswith(".json") else config
    return stem.lower()


@dataclass(frozen=True)
class Converter:
    """A callable converting text with one OpenCC config on the active backend."""

    config: str
    backend: str
    convert: Callable[[str], str]

    def __call__(self, text: str) -> str:
        return self.convert(text)


_warned: list[bool] = [False]


def _warn_reimplemented() -> None:
    if _warned[0]:
        return
    _warned[0] = True
    warnings.warn(
        "govtext: the active 'opencc' module is opencc-python-reimplemented, whose 2017 dictionaries "
        "convert many Traditional words wrongly (e.g. 慰藉 -> 慰借) and which is much slower; "
        "run 'pip uninstall opencc-python-reimplemented && pip install opencc' for exact conversion",
        ReimplementedBackendWarning,
        stacklevel=3,
    )


@functools.lru_cache(maxsize=32)
def get_converter(config: str = "t2s") -> Converter:
    """A cached converter for ``config`` (``t2s``, ``tw2sp``, ``s2t``, ... or a JSON path).

    Raises :class:`OpenCCUnavailableError` with the fix when no backend is
    installed or the config is unknown."""
    name = normalize_config(config)
    backend = detect_backend()
    if backend.name == "missing":
        raise OpenCCUnavailableError(
            "script conversion needs the 'opencc' package: pip install opencc (or disable conversion: --no-convert)"
        )
    import opencc

    if backend.name == "reimplemented":
        _warn_reimplemented()
    try:
        impl = opencc.OpenCC(name)
        # Both backends build lazily in places; convert once so a bad config fails here.
        impl.convert("测试")
    except Exception as exc:
        known = ", ".join(sorted(c[:-5] for c in getattr(opencc, "CONFIGS", []) if c.endswith(".json")))
        hint = f" (known: {known})" if known else ""
        raise OpenCCUnavailableError(f"unknown or unreadable OpenCC config {config!r}{hint}: {exc}") from None
    convert: Callable[[str], str] = impl.convert
    return Converter(name, backend.name, convert)
