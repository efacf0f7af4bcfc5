"""The line scan of :class:`RepeatedParagraphs` (widths, offsets and the long
enough lines picked in bulk) against a line-by-line reference."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks.repeats import RepeatedParagraphs, RepeatsConfig, _keys


def _reference_lines(finder: RepeatedParagraphs, text: str) -> list[tuple[int, int, str, bool]]:
    min_chars = finder.config.min_chars
    starts: list[int] = []
    raws: list[str] = []
    pos = 0
    for raw in text.split("\n"):
        if len(raw) >= min_chars:
            starts.append(pos)
            raws.append(raw)
        pos += len(raw) + 1
    out = []
    for start, raw, (key, _truncated) in zip(starts, raws, _keys(raws), strict=True):
        if len(key) >= min_chars:
            out.append((start, start + len(raw), key))
    return [(s, e, k, True) for s, e, k in out]


@given(st.text(st.sampled_from("政策解读。\n 　,…"), max_size=200), st.sampled_from([1, 3, 8]))
def test_line_scan_matches_the_line_by_line_reference(text: str, min_chars: int) -> None:
    finder = RepeatedParagraphs(RepeatsConfig(min_chars=min_chars))
    got = [(line.start, line.end, line.key, True) for line in finder._lines(text)]
    assert got == _reference_lines(finder, text)
    for line in finder._lines(text):
        assert text[line.start : line.end].find("\n") < 0
