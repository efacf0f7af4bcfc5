"""Restore full-width punctuation where a pipeline flattened it to ASCII.

``,`` ``:`` ``;`` ``?`` ``!`` become ``，`` ``：`` ``；`` ``？`` ``！`` when they follow
a Chinese character (or a Chinese punctuation mark) or come right before one;
spaces after a restored mark go. A pair of ``(`` ``)`` on one line becomes
``（`` ``）`` when it holds a Chinese character or follows one. Numbers, times,
URLs, e-mail addresses, English and code stay: ``1,000``, ``10:54``, ``PM2.5``,
``http://a.b/c?x=1``, ``Hello, world``, ``f(x)``.

>>> restore_punctuation("坚持创新发展强市,坚决落实:时间10:54, 地点http://a.b/c?x=1;细颗粒物(PM2.5)")
'坚持创新发展强市，坚决落实：时间10:54，地点http://a.b/c?x=1；细颗粒物（PM2.5）'
>>> restore_punctuation("Hello, world (v1.6, 2+8)")
'Hello, world (v1.6, 2+8)'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from govtext.document import Document
from govtext.edits import Edit

__all__ = ["PunctuationConfig", "PunctuationRestorer", "restore_punctuation"]

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_MARKS = re.compile(r"[,:;?!()]")
_URL_CHAR = r"[^\s\u3000-\u303f\uff01-\uff65\u3400-\u9fff“”‘’]"
_URL_END = r"[^\s\u3000-\u303f\uff01-\uff65\u3400-\u9fff“”‘’,.;:?!()]"
_PROTECTED = re.compile(
    rf"(?:https?|ftp)://{_URL_CHAR}*{_URL_END}"
    rf"|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:{_URL_CHAR}*{_URL_END})?"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
    r"|`[^`\n]*`"
)
_QUOTES = frozenset("“”‘’")


def _is_han(c: str) -> bool:
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def _is_cjk_punct(c: str) -> bool:
    o = ord(c)
    return 0x3001 <= o <= 0x303F or 0xFF01 <= o <= 0xFF65 or c in "…—"


@dataclass(frozen=True)
class PunctuationConfig:
    """Options of :class:`PunctuationRestorer`.

    - ``marks`` (",:;?!()"): which ASCII marks may be restored.
    - ``max_paren_content`` (60): longest text between a restored ``(`` ``)`` pair.
    """

    marks: str = ",:;?!()"
    max_paren_content: int = 60


class PunctuationRestorer:
    """Filter: full-width punctuation between Chinese characters (module doc)."""

    name = "punctuation"

    def __init__(self, config: PunctuationConfig | None = None) -> None:
        self.config = config or PunctuationConfig()

    def _sentence_mark(self, text: str, i: int, line_end: int, converted: set[int]) -> int | None:
        """End of the span (mark plus following spaces) to restore at ``i``, or None
        (``converted``: positions of marks already restored, which count as Chinese)."""
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        if prev.isdigit() and nxt.isdigit():
            return None
        j = i + 1
        while j < line_end and text[j] in " \t\xa0":
            j += 1
        after = text[j] if j < line_end else "\n"
        after_cjk = _is_han(after) or _is_cjk_punct(after) or j in converted or (after in _QUOTES and j > i + 1)
        if _is_han(prev) or _is_cjk_punct(prev) or i - 1 in converted:
            ok = True
        elif prev in _QUOTES:
            ok = after_cjk or after == "\n"
        else:
            ok = _is_han(after) and not (prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum())
        if not ok:
            return None
        return j if after_cjk or after == "\n" else i + 1

    def _paren_pairs(self, text: str, marks: list[int], converted: set[int]) -> dict[int, int]:
        """Matching ``(`` ``)`` pairs on one line that sit in Chinese text."""
        pairs: dict[int, int] = {}
        stack: list[int] = []
        for i in marks:
            c = text[i]
            if c == "(":
                stack.append(i)
            elif c == ")" and stack:
                open_at = stack.pop()
                inner = text[open_at + 1 : i]
                if "\n" in inner:
                    stack.clear()
                    continue
                prev = text[open_at - 1] if open_at > 0 else "\n"
                if len(inner) <= self.config.max_paren_content and (
                    any(_is_han(ch) for ch in inner) or _is_han(prev) or _is_cjk_punct(prev) or open_at - 1 in converted
                ):
                    pairs[open_at] = i
        return pairs

    def __call__(self, doc: Document) -> list[Edit]:
        text = doc.text
        allowed = set(self.config.marks)
        marks = [m.start() for m in _MARKS.finditer(text) if m.group() in allowed]
        if not marks:
            return []
        protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
        if protected:
            k = 0
            kept = []
            for i in marks:
                while k < len(protected) and protected[k][1] <= i:
                    k += 1
                if not (k < len(protected) and protected[k][0] <= i):
                    kept.append(i)
            marks = kept
        converted: set[int] = set()
        ends: dict[int, int] = {}
        pending = [i for i in marks if text[i] not in "()"]
        while True:  # a restored mark makes its neighbours Chinese context: repeat until stable
            changed = False
            for a, b in self._paren_pairs(text, marks, converted).items():
                if a not in converted:
                    converted.update((a, b))
                    ends[a], ends[b] = a + 1, b + 1
                    changed = True
            for i in pending:
                nl = text.find("\n", i)
                end = self._sentence_mark(text, i, len(text) if nl < 0 else nl, converted)
                if end is not None and ends.get(i) != end:
                    ends[i] = end
                    converted.add(i)
                    changed = True
            if not changed:
                break
        spans = sorted(ends.items())
        return _line_edits(text, spans)


def _line_edits(text: str, spans: list[tuple[int, int]]) -> list[Edit]:
    """One edit per line when every restored mark keeps its length, else one per mark."""
    edits: list[Edit] = []
    k = 0
    while k < len(spans):
        nl = text.find("\n", spans[k][0])
        line_end = len(text) if nl < 0 else nl
        group = []
        while k < len(spans) and spans[k][0] < line_end:
            group.append(spans[k])
            k += 1
        counts = Counter(text[s] for s, _e in group)
        reason = "ASCII punctuation among Chinese text made full-width: " + ", ".join(
            f"{m}→{_FULL[m]}" + (f" ×{n}" if n > 1 else "") for m, n in sorted(counts.items())
        )
        if all(e - s == 1 for s, e in group):
            a, b = group[0][0], group[-1][1]
            new = "".join(_FULL.get(ch, ch) if (p in {s for s, _e in group}) else ch
                          for p, ch in enumerate(text[a:b], a))
            edits.append(Edit.replace(a, b, new, rule="cjk-punctuation", reason=reason))
        else:
            for s, e in group:
                edits.append(Edit.replace(s, e, _FULL[text[s]], rule="cjk-punctuation",
                                          reason=f"ASCII {text[s]} among Chinese text made full-width"
                                          + (" (spaces after it dropped)" if e - s > 1 else "")))
    return edits


def restore_punctuation(text: str, config: PunctuationConfig | None = None) -> str:
    """``text`` with full-width punctuation restored (see the module doc)."""
    doc = Document.from_text(text)
    doc.apply(PunctuationRestorer(config)(doc))
    return doc.text
