"""Human-readable report of what each filter removed or changed, and why.

>>> import govtext
>>> print(explain(govtext.clean("正文。  \\n第二段。"), color=False))  # doctest: +NORMALIZE_WHITESPACE
<text>: 1 removed, 0 changed, 0 warnings
  metadata: encoding=utf-8
  line 1    whitespace/trailing  removed '  '  (trailing whitespace at the end of a line)
"""

from __future__ import annotations

from govtext.document import Document

__all__ = ["explain"]

_RED, _GREEN, _YELLOW, _DIM, _BOLD, _RESET = "\033[31m", "\033[32m", "\033[33m", "\033[2m", "\033[1m", "\033[0m"


def _short(text: str, limit: int = 60) -> str:
    flat = text.replace("\n", "⏎")
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return repr(flat)


def explain(doc: Document, *, color: bool = False, changes_limit: int = 200) -> str:
    """Report, in input-line order, every removal, change and warning."""

    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    rows: list[tuple[int, int, str]] = []
    for i, r in enumerate(doc.removed):
        who = c(_BOLD, r.filter + "/" + r.rule)
        rows.append((r.line, i, f"{who}  {c(_RED, 'removed ' + _short(r.text))}  {c(_DIM, '(' + r.reason + ')')}"))
    for i, ch in enumerate(doc.changes[:changes_limit]):
        what = "inserted " + _short(ch.new) if not ch.old else _short(ch.old) + " -> " + _short(ch.new)
        who = c(_BOLD, ch.filter + "/" + ch.rule)
        rows.append((ch.line, 10**6 + i, f"{who}  {c(_GREEN, what)}  {c(_DIM, '(' + ch.reason + ')')}"))
    for i, w in enumerate(doc.warnings):
        who = c(_BOLD, (w.filter or "warning") + "/" + w.kind)
        what = "warning " + _short(w.text)
        rows.append((w.line, 2 * 10**6 + i, f"{who}  {c(_YELLOW, what)}  {c(_DIM, '(' + w.message + ')')}"))
    rows.sort()
    head = f"{doc.id}: {len(doc.removed)} removed, {len(doc.changes)} changed, {len(doc.warnings)} warnings"
    lines = [c(_BOLD, head)]
    meta = {k: v for k, v in doc.metadata.items() if v is not None and k not in ("encoding_confidence",)}
    if meta:
        lines.append("  metadata: " + ", ".join(f"{k}={v}" for k, v in sorted(meta.items())))
    lines += [f"  line {line:<4} {body}" for line, _i, body in rows]
    if len(doc.changes) > changes_limit:
        lines.append(f"  ... and {len(doc.changes) - changes_limit} more changes")
    return "\n".join(lines)
