"""Traditional-script variants of rule text, for documents left unconverted.

The shipped rules and spam vocabulary are written in Simplified script (the
default pipeline converts documents before the block step). When conversion
is switched off, patterns are widened with their Traditional form.

>>> traditional("当前位置") in ("當前位置", "当前位置")
True
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

__all__ = ["traditional"]


@lru_cache(maxsize=1)
def _converter() -> Callable[[str], str]:
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return lambda text: text
    cc = opencc.OpenCC("s2t")

    def convert(text: str) -> str:
        return str(cc.convert(text))

    return convert


def traditional(text: str) -> str:
    """``text`` in Traditional script (unchanged if OpenCC is unavailable)."""
    return _converter()(text)
