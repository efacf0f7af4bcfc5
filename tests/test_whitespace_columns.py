"""The whitespace filter's column batches (one sorted pass for line-edge
whitespace, one regex scan for blank-line runs, the line-edge deletions
returned rather than applied when no blank line follows from them) leave
exactly the text and records of the edit-by-edit definition they replace."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, Edit
from govtext.filters import whitespace as ws
from govtext.filters.whitespace import WhitespaceConfig, WhitespaceNormalizer


def _reference(doc: Document, config: WhitespaceConfig) -> list[Edit]:
    """The filter as it was written before the column batches."""
    text = doc.text
    if any(c in text for c in ws._EOL_CHARS):
        doc.apply([Edit.replace(m.start(), m.end(), "\n", rule="eol", reason=ws._REASONS["eol"])
                   for m in ws._EOL.finditer(text)], filter="whitespace")
        text = doc.text
    spans: dict[int, tuple[int, str]] = {}
    for a, b in ws._trailing_runs(text):
        spans[a] = (b, "trailing")
    leading = ws._LEADING if config.keep_ideographic_indent else ws._LEADING_ANY
    for m in leading.finditer("\n" + text):
        a, b = m.start(1) - 1, m.end(1) - 1
        if b in spans or a in spans:
            continue
        spans[a] = (b, "leading")
    if spans:
        doc.apply([Edit.delete(a, b, rule=kind, reason=ws._REASONS[kind]) for a, (b, kind) in spans.items()],
                  filter="whitespace")
    return _reference_blank_lines(doc.text, config.max_blank_lines)


def _reference_blank_lines(text: str, max_blank_lines: int) -> list[Edit]:
    keep = max_blank_lines + 1
    longer = "\n" * (keep + 1)
    if not (text.startswith("\n") or text.endswith("\n") or longer in text):
        return []
    out = []
    n = len(text)
    if text.startswith("\n"):
        end = len(text) - len(text.lstrip("\n"))
        out.append(Edit.delete(0, end, rule="edge-blank-lines", reason=ws._EDGE_REASON))
        if end == n:
            return out
    else:
        end = 0
    tail = n - (len(text) - len(text.rstrip("\n")))
    at = text.find(longer, end)
    while 0 <= at < tail:
        stop = at + keep + 1
        while stop < tail and text[stop] == "\n":
            stop += 1
        out.append(Edit.delete(at + keep, stop, rule="blank-lines",
                               reason=f"more than {max_blank_lines} blank line(s) in a row"))
        at = text.find(longer, stop)
    if tail < n:
        out.append(Edit.delete(tail, n, rule="edge-blank-lines", reason=ws._EDGE_REASON))
    return out


def _outcome(doc: Document, edits: object, name: str) -> object:
    """Text and records once the filter's edits are applied (under ``name``)."""
    doc.apply(edits, filter=name)  # type: ignore[arg-type]
    return doc.text, [r.to_json() for r in doc.removed], [c.to_json() for c in doc.changes]


def _same(text: str, config: WhitespaceConfig) -> None:
    """The filter leaves the same text and records as the reference, in or
    out of a pipeline (when it applies nothing itself, it returns the
    deletions the reference applied, attributed to it)."""
    for name in ("whitespace", ""):
        fast, slow = Document.from_text(text), Document.from_text(text)
        got = WhitespaceNormalizer(config)(fast)
        want = _reference(slow, config)
        assert _outcome(fast, got, name) == _outcome(slow, want, name), (text, config)


_CONFIGS = [WhitespaceConfig(), WhitespaceConfig(keep_ideographic_indent=False),
            WhitespaceConfig(max_blank_lines=0), WhitespaceConfig(max_blank_lines=-1),
            WhitespaceConfig(max_blank_lines=3)]


@given(st.text(st.sampled_from("正文a \t\u3000\xa0\u2003\n\n\r\u2028"), max_size=60), st.sampled_from(_CONFIGS))
def test_whitespace_column_batches_match_the_edit_by_edit_filter(text: str, config: WhitespaceConfig) -> None:
    _same(text, config)


def test_whitespace_column_batches_match_on_layout_cases() -> None:
    cases = ["", "\n", "\n\n\n", "a", "  标题  \r\n\r\n\r\n　　正文。\n\n", " \n \n \n正文\n\n\n\n尾\n",
             "\u3000\u3000正文\u3000\n\t x \n", "a\n\n\nb\n\n\n\n\nc", "正文\n \t\n\u3000\n尾"]
    for config in _CONFIGS:
        for text in cases:
            _same(text, config)


def test_whitespace_rejects_a_negative_blank_line_limit_that_never_ended() -> None:
    with pytest.raises(ValueError, match="max_blank_lines"):
        WhitespaceNormalizer(WhitespaceConfig(max_blank_lines=-2))
