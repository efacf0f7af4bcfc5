"""The pipeline a user would write in ten minutes, to compare govtext with.

charset-normalizer picks the encoding, ``ftfy.fix_text`` (defaults) repairs
the text, official OpenCC ``t2s`` converts the script::

    >>> base = Baseline()
    >>> base("政府工作報告".encode("utf-8"))
    '政府工作报告'
    >>> sorted(base.seconds)
    ['decode', 'ftfy', 'opencc-t2s']
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["Baseline"]


class Baseline:
    """charset-normalizer → ftfy.fix_text → OpenCC t2s, timed per stage."""

    stages = ("decode", "ftfy", "opencc-t2s")

    def __init__(self) -> None:
        import ftfy
        import opencc
        from charset_normalizer import from_bytes

        self._from_bytes = from_bytes
        self._fix: Callable[[str], str] = ftfy.fix_text
        self._t2s: Callable[[str], str] = opencc.OpenCC("t2s").convert
        self.seconds: dict[str, float] = dict.fromkeys(self.stages, 0.0)

    def decode(self, data: bytes) -> str:
        """The best charset-normalizer guess (UTF-8 with replacement if none)."""
        best = self._from_bytes(data).best()
        return data.decode("utf-8", "replace") if best is None else str(best)

    def __call__(self, data: bytes) -> str:
        t0 = time.perf_counter()
        text = self.decode(data)
        t1 = time.perf_counter()
        text = self._fix(text)
        t2 = time.perf_counter()
        text = self._t2s(text)
        t3 = time.perf_counter()
        self.seconds["decode"] += t1 - t0
        self.seconds["ftfy"] += t2 - t1
        self.seconds["opencc-t2s"] += t3 - t2
        return text
