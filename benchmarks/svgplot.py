"""A small SVG line chart (no plotting library needed).

>>> svg = line_chart([Series("govtext", [(1e3, 5.0), (1e6, 20.0)])],
...                  title="Throughput", x_label="bytes", y_label="MB/s")
>>> svg.startswith("<svg") and "<polyline" in svg and "govtext" in svg
True
>>> nice_ticks(0, 23)
[0.0, 5.0, 10.0, 15.0, 20.0, 25.0]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["Series", "human_bytes", "line_chart", "nice_ticks"]

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


@dataclass(frozen=True)
class Series:
    """A named line: ``(x, y)`` points, drawn in the order given."""

    name: str
    points: Sequence[tuple[float, float]]


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering ``[lo, hi]`` (about ``count`` of them)."""
    if not hi - lo > 1e-9 * max(1.0, abs(lo), abs(hi)):
        hi = lo + 1.0
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v < hi + step * 0.999:
        ticks.append(float(round(v, 10)))
        v += step
    return ticks


def human_bytes(n: float) -> str:
    """``1536`` → ``'1.5 KB'`` (powers of 1024)."""
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" or n >= 100 else f"{n:.3g} {unit}"
        n /= 1024
    return f"{n:.3g} GB"


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    x_label: str,
    y_label: str,
    log_x: bool = True,
    width: int = 720,
    height: int = 420,
) -> str:
    """An SVG document with one polyline (and markers) per series, axes,
    ticks (byte sizes on a log x axis) and a legend."""
    left, right, top, bottom = 70, 170, 40, 60
    pw, ph = width - left - right, height - top - bottom
    pts = [p for s in series for p in s.points if p[0] > 0 or not log_x]
    xs = [p[0] for p in pts] or [1.0, 10.0]
    ys = [p[1] for p in pts] or [0.0, 1.0]

    def fx(x: float) -> float:
        return math.log10(x) if log_x else x

    x0, x1 = fx(min(xs)), fx(max(xs))
    if x1 <= x0:
        x1 = x0 + 1
    yt = nice_ticks(0.0, max(ys) * 1.05 if max(ys) > 0 else 1.0)
    y0, y1 = yt[0], yt[-1]

    def sx(x: float) -> float:
        return left + (fx(x) - x0) / (x1 - x0) * pw

    def sy(y: float) -> float:
        return top + ph - (y - y0) / (y1 - y0) * ph

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
        f'<text x="{left + pw / 2:.1f}" y="22" text-anchor="middle" font-size="15">{escape(title)}</text>',
    ]
    for y in yt:
        py = sy(y)
        out.append(f'<line x1="{left}" y1="{py:.1f}" x2="{left + pw}" y2="{py:.1f}" stroke="#e0e0e0"/>')
        out.append(f'<text x="{left - 6}" y="{py + 4:.1f}" text-anchor="end">{y:g}</text>')
    if log_x:
        candidates = [m * 1024.0**u for u in range(4) for m in (1, 10, 100)]
        xticks = [x for x in candidates if x0 - 1e-9 <= math.log10(x) <= x1 + 1e-9]
        labels = [human_bytes(x) for x in xticks]
    else:
        xticks = nice_ticks(min(xs), max(xs))
        labels = [f"{x:g}" for x in xticks]
    for x, label in zip(xticks, labels, strict=True):
        px = sx(x)
        out.append(f'<line x1="{px:.1f}" y1="{top}" x2="{px:.1f}" y2="{top + ph}" stroke="#f0f0f0"/>')
        out.append(f'<text x="{px:.1f}" y="{top + ph + 16}" text-anchor="middle">{escape(label)}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#333"/>')
    out.append(f'<text x="{left + pw / 2:.1f}" y="{height - 15}" text-anchor="middle">{escape(x_label)}</text>')
    out.append(
        f'<text x="18" y="{top + ph / 2:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 18 {top + ph / 2:.1f})">{escape(y_label)}</text>'
    )
    for i, s in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        coords = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in s.points if x > 0 or not log_x)
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{coords}"/>')
        for x, y in s.points:
            if x > 0 or not log_x:
                out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{color}"/>')
        ly = top + 10 + 20 * i
        lx = left + pw + 15
        out.append(f'<line x1="{lx}" y1="{ly}" x2="{lx + 20}" y2="{ly}" stroke="{color}" stroke-width="2"/>')
        out.append(f'<text x="{lx + 26}" y="{ly + 4}">{escape(s.name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
