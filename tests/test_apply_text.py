"""The new text of :meth:`Document.apply` (pieces between edits sliced in a
comprehension, replacements interleaved by slice assignment) against a plain
edit-by-edit rebuild."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext import Document, Edit
from govtext.document import _interleave, gaps
from tests.test_bulk_paths import _columns, _wide_columns


@given(st.text(st.sampled_from("正文a\n　後"), max_size=40), st.data())
def test_applied_text_matches_an_edit_by_edit_rebuild(text: str, data: st.DataObject) -> None:
    starts, ends, repls, _names = data.draw(st.one_of(_columns(len(text)), _wide_columns(len(text))))
    expected = text
    for a, b, r in reversed(list(zip(starts, ends, repls, strict=True))):
        expected = expected[:a] + r + expected[b:]
    doc = Document.from_text(text)
    doc.apply([Edit(a, b, r, "r", "why") for a, b, r in zip(starts, ends, repls, strict=True)], filter="f")
    assert doc.text == expected
    pieces = gaps(text, starts, ends)
    assert len(pieces) == len(starts) + 1
    assert "".join(_interleave(pieces, repls)) == expected
