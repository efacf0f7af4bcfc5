"""The machine and library versions a benchmark ran on.

>>> info = machine_info()
>>> {"cpu", "cores", "ram", "python", "os"} <= set(info)
True
>>> "ftfy" in library_versions()
True
"""

from __future__ import annotations

import os
import platform
from importlib import metadata
from pathlib import Path

__all__ = ["library_versions", "machine_info"]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                kb = int(line.split()[1])
                return f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return "unknown"


def machine_info() -> dict[str, str]:
    """CPU model, cores, RAM, Python and OS, as display strings."""
    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = cores
    return {
        "cpu": _cpu_model(),
        "cores": f"{cores} ({usable} usable)" if usable != cores else str(cores),
        "ram": _ram(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
    }


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def library_versions() -> dict[str, str]:
    """Versions of govtext and of the libraries both pipelines use."""
    try:
        from govtext.script import describe_backend

        backend = describe_backend()
    except ImportError:
        backend = "unknown"
    return {
        "govtext": _version("govtext"),
        "opencc": f"{_version('opencc')} — {backend}",
        "ftfy": _version("ftfy"),
        "charset-normalizer": _version("charset-normalizer"),
        "regex": _version("regex"),
    }
