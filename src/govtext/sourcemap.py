"""The decoded original text and its map to the input bytes.

Decoding splits the input into :class:`Segment` objects: runs of characters
decoded with one codec from one contiguous byte range of one input. A
character's byte range is found from its segment by re-encoding, so the map
costs a few integers per segment instead of one entry per character. Where a
codec does not round-trip (re-encoding would give another length), the
decoder stores each character's byte width explicitly.

>>> st = SourceText("中文ab", [Segment(0, 4, 0, 0, "utf-8")])
>>> st.byte_range(0, 2)
[(0, 0, 6)]
>>> st.byte_range(2, 4)
[(0, 6, 8)]
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["RAW_BYTES", "Segment", "SourceText"]

RAW_BYTES = "bytes"
"""Pseudo-encoding of a segment whose characters each stand for one raw byte
that could not be decoded (they show as U+FFFD and carry a warning)."""

_CHECKPOINT = 512


@dataclass(frozen=True, slots=True)
class Segment:
    """Characters ``[start, end)`` of the original text, decoded with
    ``encoding`` from input ``source`` starting at byte ``byte_start``."""

    start: int
    end: int
    source: int
    byte_start: int
    encoding: str
    widths: bytes | None = None
    """Optional byte width of each character, when re-encoding cannot tell."""


class SourceText:
    """Original decoded text plus the segments that map it to bytes."""

    __slots__ = ("_checkpoints", "_last", "_newlines", "_seg_starts", "segments", "text")

    def __init__(self, text: str, segments: list[Segment]) -> None:
        self.text = text
        self.segments = segments
        self._seg_starts = [s.start for s in segments]
        self._checkpoints: dict[int, list[int]] = {}
        self._newlines: list[int] | None = None
        self._last: tuple[int, int, int] = (-1, 0, 0)
        """``(segment, position, byte)`` of the last position resolved."""
        pos = 0
        for seg in segments:
            if seg.start != pos or seg.end < seg.start:
                raise ValueError(f"segments must cover the text contiguously (gap at {pos})")
            if seg.widths is not None and len(seg.widths) != seg.end - seg.start:
                raise ValueError("segment widths must give one width per character")
            pos = seg.end
        if pos != len(text):
            raise ValueError(f"segments cover {pos} characters, text has {len(text)}")

    # -- bytes -------------------------------------------------------------
    def _width(self, seg: Segment, a: int, b: int) -> int:
        """Bytes taken by characters ``[a, b)`` (absolute offsets) of ``seg``."""
        if a >= b:
            return 0
        if seg.widths is not None:
            return sum(seg.widths[a - seg.start : b - seg.start])
        if seg.encoding == RAW_BYTES:
            return b - a
        return len(self.text[a:b].encode(seg.encoding, "surrogatepass"))

    def _segment_index(self, pos: int) -> int:
        if len(self._seg_starts) == 1:
            return 0
        i = bisect_right(self._seg_starts, pos) - 1
        return i if i > 0 else 0

    def _byte_in_segment(self, idx: int, pos: int) -> int:
        seg = self.segments[idx]
        rel = pos - seg.start
        last = self._last
        if last[0] == idx and last[1] <= pos and pos - last[1] <= rel % _CHECKPOINT:
            # just after the position asked for last (lines are read in order): count from there
            byte = last[2] + self._width(seg, last[1], pos)
            self._last = (idx, pos, byte)
            return byte
        byte = self._byte_from_checkpoint(idx, seg, pos, rel)
        self._last = (idx, pos, byte)
        return byte

    def _byte_from_checkpoint(self, idx: int, seg: Segment, pos: int, rel: int) -> int:
        if rel <= _CHECKPOINT:
            return seg.byte_start + self._width(seg, seg.start, pos)
        marks = self._checkpoints.get(idx)
        if marks is None:
            marks = [0]
            at = seg.start
            while at + _CHECKPOINT <= seg.end:
                marks.append(marks[-1] + self._width(seg, at, at + _CHECKPOINT))
                at += _CHECKPOINT
            self._checkpoints[idx] = marks
        k = min(rel // _CHECKPOINT, len(marks) - 1)
        base = seg.start + k * _CHECKPOINT
        return seg.byte_start + marks[k] + self._width(seg, base, pos)

    def byte_offset(self, pos: int) -> tuple[int, int]:
        """``(source index, byte offset)`` of character boundary ``pos``."""
        if not self.segments:
            return (0, 0)
        idx = self._segment_index(pos)
        seg = self.segments[idx]
        if pos > seg.end:
            pos = seg.end
        return (seg.source, self._byte_in_segment(idx, pos))

    def byte_range(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Byte ranges ``(source, byte_start, byte_end)`` of characters
        ``[start, end)``; one range per input, contiguous ones merged.
        A zero-width range gives one zero-width byte range (an anchor)."""
        if not self.segments:
            return [(0, 0, 0)]
        if start >= end:
            src, b = self.byte_offset(start)
            return [(src, b, b)]
        out: list[tuple[int, int, int]] = []
        idx = self._segment_index(start)
        pos = start
        while pos < end and idx < len(self.segments):
            seg = self.segments[idx]
            stop = min(end, seg.end)
            if stop > pos:
                b0 = self._byte_in_segment(idx, pos)
                b1 = b0 + self._width(seg, pos, stop)
                if out and out[-1][0] == seg.source and out[-1][2] == b0:
                    out[-1] = (seg.source, out[-1][1], b1)
                else:
                    out.append((seg.source, b0, b1))
            pos = stop
            idx += 1
        return out

    def segment_at(self, pos: int) -> Segment | None:
        if not self.segments:
            return None
        return self.segments[self._segment_index(pos)]

    # -- lines -------------------------------------------------------------
    def line_of(self, pos: int) -> int:
        """1-based line number of character ``pos`` in the original text."""
        if self._newlines is None:
            text = self.text
            nl: list[int] = []
            i = text.find("\n")
            while i != -1:
                nl.append(i)
                i = text.find("\n", i + 1)
            self._newlines = nl
        return bisect_right(self._newlines, pos - 1) + 1
