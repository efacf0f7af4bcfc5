"""Growth of time and memory with input size: fitted exponents and ratios.

A cost ``c(n) = a * n**k`` grows linearly when ``k`` is close to 1.

>>> round(fit_exponent([(1e5, 0.01), (1e6, 0.1), (1e7, 1.0)]), 3)
1.0
>>> round(fit_exponent([(10.0, 1.0), (100.0, 100.0)]), 3)
2.0
>>> growth_ratio([(1e6, 0.1), (2e7, 2.2)])
1.1
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["LINEAR_MAX_EXPONENT", "fit_exponent", "growth_ratio"]

LINEAR_MAX_EXPONENT = 1.15
"""Fitted exponents up to this count as linear (timing noise, cache effects)."""


def fit_exponent(points: Sequence[tuple[float, float]]) -> float:
    """Least-squares slope of ``log(cost)`` against ``log(size)``."""
    pts = [(math.log(n), math.log(c)) for n, c in points if n > 0 and c > 0]
    if len(pts) < 2:
        raise ValueError("need at least two points with positive size and cost")
    mx = sum(x for x, _y in pts) / len(pts)
    my = sum(y for _x, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _y in pts)
    if sxx == 0:
        raise ValueError("sizes must differ")
    return sum((x - mx) * (y - my) for x, y in pts) / sxx


def growth_ratio(points: Sequence[tuple[float, float]]) -> float:
    """Cost per unit of the largest input over cost per unit of the smallest
    (1.0 = perfectly linear between them), rounded to 3 digits."""
    lo = min(points)
    hi = max(points)
    return round((hi[1] / hi[0]) / (lo[1] / lo[0]), 3)
