"""Script conversion (Traditional to Simplified or any OpenCC config) as edits.

Only lines that contain a character or phrase OpenCC would change are
converted (:mod:`govtext.script.triggers`), so Simplified input costs one
regex scan. A line is converted whole (a very long one sentence by
sentence, at ``。！？；``, which no OpenCC phrase contains), so a phrase is
never cut. Each changed line becomes one same-length replacement from its
first to its last changed character, which keeps every character's
provenance exact; a conversion that changes length (``tw2sp``:
``網際網路`` → ``互联网``) is split into the smallest pieces that differ.
User phrase overrides (:mod:`govtext.script.phrases`) win over OpenCC.

>>> convert_script("乾隆皇帝的頭髮，於是後來慰藉著大家")
'乾隆皇帝的头发，于是后来慰藉著大家'
>>> from govtext import Document
>>> doc = Document.from_text("國務院關於印發通知\\n附件")
>>> doc.apply(ScriptConverter()(doc), filter="script")
>>> doc.text, doc.metadata["script"], doc.changes[0].reason
('国务院关于印发通知\\n附件', 'traditional', 'OpenCC t2s: 國→国, 務→务, 關→关, …')
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import partial
from itertools import accumulate, compress, count, repeat
from operator import add, getitem, ne

from govtext._charclass import char_positions
from govtext.document import Document
from govtext.edits import Edit, EditColumns, splice
from govtext.script.backend import Converter, get_converter
from govtext.script.detect import detect_script, script_only_chars
from govtext.script.phrases import PhraseDictionary, load_phrases
from govtext.script.triggers import Triggers, single_char_changes, triggers

__all__ = ["ScriptConfig", "ScriptConverter", "ScriptDetector", "conversion_edits", "convert_script"]

PhraseSpec = str | os.PathLike[str] | Mapping[str, str] | PhraseDictionary

_SENTENCE_END = re.compile(r"[。！？；]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class ScriptConfig:
    """Options of :class:`ScriptConverter`.

    - ``config`` ("t2s"): OpenCC config name (t2s, tw2s, hk2s, tw2sp, s2t,
      s2tw, s2twp, ...) or path to a config JSON.
    - ``phrases`` (()): phrase overrides: files, ``builtin:<name>`` sets,
      mappings or :class:`~govtext.script.phrases.PhraseDictionary` objects.
    - ``detect`` (True): set ``doc.metadata["script"]`` from the text before conversion.
    - ``max_segment`` (4096): lines longer than this are converted sentence by sentence.
    - ``reason_examples`` (3): conversions quoted in each change's reason.
    """

    config: str = "t2s"
    phrases: Sequence[PhraseSpec] = field(default_factory=tuple)
    detect: bool = True
    max_segment: int = 4096
    reason_examples: int = 3


class _Plan:
    """What converting one text needs: the converter, its triggers, the overrides."""

    def __init__(self, config: ScriptConfig, phrases: PhraseDictionary) -> None:
        self.config = config
        self.convert: Converter = get_converter(config.config)
        self.triggers: Triggers | None = triggers(config.config)
        self.phrases = phrases
        self.singles = single_char_changes(config.config)
        self.covers_traditional = self.triggers is not None and script_only_chars()[0] <= self.triggers.chars
        """Whether a text without triggers certainly has no Traditional-only character."""
        self.rule = self.convert.config if os.sep not in self.convert.config else "opencc"

    def find(self, text: str, pos: int, end: int) -> int:
        """First place in ``text[pos:end]`` that may change, or -1."""
        if self.triggers is None:
            m = _NON_ASCII.search(text, pos, end)
            hit = -1 if m is None else m.start()
        else:
            hit = self.triggers.find(text, pos, end)
        if self.phrases:
            for s, _e, _o in self.phrases.find(text, pos, end if hit < 0 else min(end, hit + 1)):
                return s if hit < 0 else min(s, hit)
        return hit


def _segments(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut after sentence ends into pieces of about ``limit`` characters."""
    while end - start > limit:
        cut = start + limit
        for m in _SENTENCE_END.finditer(text, start + limit // 2, start + limit):
            cut = m.end()
        yield start, cut
        start = cut
    yield start, end


def _first_difference(a: str, b: str) -> int:
    """Index of the first character where same-length ``a`` and ``b`` differ
    (they must differ): a lazy C-level scan that stops there."""
    return next(compress(count(), map(ne, a, b)))


def _last_difference(a: str, b: str) -> int:
    """Index of the last character where same-length ``a`` and ``b`` differ."""
    return next(compress(count(len(a) - 1, -1), map(ne, reversed(a), reversed(b))))


def _regions(src: str, out: str, singles: Mapping[str, str]) -> list[tuple[int, int, int, int]]:
    """Differing regions ``(i1, i2, j1, j2)`` of ``src`` and ``out``, none a pure
    insertion or deletion, same-length neighbours merged. Characters at the
    edges of a length-changing region that convert one to one (per
    ``singles``) are split off it, so they keep their own provenance."""
    if len(src) == len(out):
        if src == out:
            return []
        a, b = _first_difference(src, out), _last_difference(src, out) + 1
        return [(a, b, a, b)]
    ops = [op for op in SequenceMatcher(None, src, out, autojunk=False).get_opcodes() if op[0] != "equal"]
    regions: list[list[int]] = []
    for _tag, i1, i2, j1, j2 in ops:
        if i1 == i2 or j1 == j2:  # widen to one neighbouring character: a conversion, not a deletion
            if i1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            else:
                i2, j2 = i2 + 1, j2 + 1
        if regions and i1 <= regions[-1][1]:
            prev = regions[-1]
            prev[1], prev[3] = max(prev[1], i2), max(prev[3], j2)
        else:
            regions.append([i1, i2, j1, j2])
    regions = [piece for r in regions for piece in _peel(src, out, r, singles)]
    merged: list[list[int]] = []
    for r in regions:
        if merged and merged[-1][1] - merged[-1][0] == merged[-1][3] - merged[-1][2] and r[1] - r[0] == r[3] - r[2]:
            merged[-1][1], merged[-1][3] = r[1], r[3]
        else:
            merged.append(r)
    return [(a, b, c, d) for a, b, c, d in merged]


def _peel(src: str, out: str, r: list[int], singles: Mapping[str, str]) -> list[list[int]]:
    """Split one-to-one conversions off both ends of a length-changing region."""
    i1, i2, j1, j2 = r
    if i2 - i1 == j2 - j1:
        return [r]
    left = 0
    while i1 + left < i2 - 1 and j1 + left < j2 - 1 and singles.get(src[i1 + left], src[i1 + left]) == out[j1 + left]:
        left += 1
    right = 0
    while (i2 - right - 1 > i1 + left and j2 - right - 1 > j1 + left
           and singles.get(src[i2 - right - 1], src[i2 - right - 1]) == out[j2 - right - 1]):
        right += 1
    pieces = [[i1, i1 + left, j1, j1 + left], [i1 + left, i2 - right, j1 + left, j2 - right],
              [i2 - right, i2, j2 - right, j2]]
    return [p for p in pieces if p[1] > p[0]]


def _reason(plan: _Plan, src: str, out: str, same_length: bool) -> str:
    if not same_length:
        return f"OpenCC {plan.rule}: {src}→{out}"
    seen: list[str] = []
    more = False
    for a, b in zip(src, out, strict=True):
        if a != b:
            pair = f"{a}→{b}"
            if pair in seen:
                continue
            if len(seen) == plan.config.reason_examples:
                more = True
                break
            seen.append(pair)
    return f"OpenCC {plan.rule}: {', '.join(seen)}" + (", …" if more else "")


_BATCH = 1 << 16
"""Characters of text handed to OpenCC per call (lines joined by newlines,
which no OpenCC phrase contains, so the result is the same)."""


def _convert_batch(plan: _Plan, text: str, batch: list[tuple[int, int]]) -> Iterator[Edit]:
    srcs = [text[s:e] for s, e in batch]
    outs = plan.convert("\n".join(srcs)).split("\n")
    if len(outs) != len(srcs):  # a config that makes or eats newlines: one call per piece
        outs = [plan.convert(src) for src in srcs]
    for (start, _end), src, out in zip(batch, srcs, outs, strict=True):
        if out != src:
            yield from _piece_edits(plan, start, src, out)


def _piece_edits(plan: _Plan, start: int, src: str, out: str) -> Iterator[Edit]:
    """The edits turning ``src`` (at ``start`` in the text) into its conversion ``out``."""
    for i1, i2, j1, j2 in _regions(src, out, plan.singles):
        old, new = src[i1:i2], out[j1:j2]
        yield Edit.replace(start + i1, start + i2, new, rule=plan.rule,
                           reason=_reason(plan, old, new, len(old) == len(new)))


def _dense_edits(plan: _Plan, text: str, first: int) -> EditColumns | None:
    """The edits of :func:`_plan_edits` for a text where most lines need
    converting: everything from the line of the first hit on is converted in
    one call and compared line by line, instead of looking for the lines
    that need it one at a time. A line without a trigger comes out of OpenCC
    unchanged, and no conversion spans a newline, so the changed lines and
    their conversions are the same. None when this does not apply (phrase
    overrides, a line long enough to be cut into sentences, a config that
    makes or eats newlines).

    The edits come as columns, their reasons made only when read."""
    if plan.phrases:
        return None
    start = text.rfind("\n", 0, first) + 1
    region = text[start:] if start else text
    srcs = region.split("\n")
    if max(map(len, srcs)) > plan.config.max_segment:
        return None
    outs = plan.convert(region).split("\n")
    if len(outs) != len(srcs):
        return None
    line_starts = list(accumulate(map(add, map(len, srcs), repeat(1)), initial=start))
    changed = list(compress(count(), map(ne, srcs, outs)))
    starts, ends, olds, news = _line_regions(plan, list(map(srcs.__getitem__, changed)),
                                             list(map(outs.__getitem__, changed)),
                                             list(map(line_starts.__getitem__, changed)))
    return EditColumns(starts, ends, news, [plan.rule] * len(starts), partial(_reasons, plan, olds, news))


def _line_regions(plan: _Plan, srcs: list[str], outs: list[str],
                  ats: list[int]) -> tuple[list[int], list[int], list[str], list[str]]:
    """Starts, ends, originals and conversions of the :func:`_regions` of
    changed lines ``srcs`` (at ``ats`` in the text) converted to ``outs``.
    When no line changes length (the common case) each has one region, from
    its first to its last difference, found for all lines without a Python
    step per line."""
    if list(map(len, srcs)) == list(map(len, outs)):
        firsts = list(map(_first_difference, srcs, outs))
        lasts = list(map(add, map(_last_difference, srcs, outs), repeat(1)))
        spans = list(map(slice, firsts, lasts))
        return (list(map(add, ats, firsts)), list(map(add, ats, lasts)),
                list(map(getitem, srcs, spans)), list(map(getitem, outs, spans)))
    starts: list[int] = []
    ends: list[int] = []
    olds: list[str] = []
    news: list[str] = []
    for src, out, at in zip(srcs, outs, ats, strict=True):
        for i1, i2, j1, j2 in _regions(src, out, plan.singles):
            starts.append(at + i1)
            ends.append(at + i2)
            olds.append(src[i1:i2])
            news.append(out[j1:j2])
    return starts, ends, olds, news


def _reasons(plan: _Plan, olds: list[str], news: list[str]) -> list[str]:
    """:func:`_reason` of each conversion ``olds[k]`` → ``news[k]``."""
    return [_reason(plan, old, new, len(old) == len(new)) for old, new in zip(olds, news, strict=True)]


def _pieces(plan: _Plan, text: str, first: int | None) -> Iterator[tuple[int, int] | Edit]:
    """Spans OpenCC should convert, and the edits of phrase overrides, in order."""
    n = len(text)
    pos = 0
    while pos < n:
        hit = plan.find(text, pos, n) if first is None or pos > 0 else first
        if hit < 0:
            return
        line_start = text.rfind("\n", 0, hit) + 1
        nl = text.find("\n", hit)
        line_end = n if nl < 0 else nl
        whole = line_end - line_start <= plan.config.max_segment and not plan.phrases
        if whole:
            yield line_start, line_end
        else:
            for s, e in _segments(text, line_start, line_end, plan.config.max_segment):
                yield from _segment_pieces(plan, text, s, e)
        pos = line_end + 1


def _segment_pieces(plan: _Plan, text: str, start: int, end: int) -> Iterator[tuple[int, int] | Edit]:
    cur = start
    for s, e, o in plan.phrases.find(text, start, end) if plan.phrases else ():
        if s > cur and plan.find(text, cur, s) >= 0:
            yield cur, s
        if text[s:e] != o.target:
            yield Edit.replace(s, e, o.target, rule="phrase-override",
                               reason=f"phrase override {o.describe()} takes priority over OpenCC {plan.rule}")
        cur = e
    if cur < end and plan.find(text, cur, end) >= 0:
        yield cur, end


def _plan_edits(plan: _Plan, text: str, first: int | None = None) -> Iterator[Edit]:
    """Edits for every line that needs them (``first``: the first hit, if known)."""
    batch: list[tuple[int, int]] = []
    size = 0
    for item in _pieces(plan, text, first):
        if isinstance(item, Edit):
            yield item
            continue
        batch.append(item)
        size += item[1] - item[0]
        if size >= _BATCH:
            yield from _convert_batch(plan, text, batch)
            batch, size = [], 0
    if batch:
        yield from _convert_batch(plan, text, batch)


def conversion_edits(text: str, config: ScriptConfig | None = None,
                     phrases: PhraseDictionary | None = None) -> list[Edit]:
    """The edits that convert ``text``, by position (``phrases``: already loaded overrides,
    used instead of ``config.phrases``)."""
    config = config or ScriptConfig()
    plan = _Plan(config, phrases if phrases is not None else load_phrases(config.phrases))
    return sorted(_plan_edits(plan, text), key=lambda e: e.start)


def convert_script(text: str, config: str = "t2s", *,
                   phrases: Sequence[PhraseSpec] = ()) -> str:
    """``text`` converted with OpenCC ``config`` (plus phrase overrides).

    Without overrides the result equals OpenCC's own, computed only for the
    lines that need it.

    >>> convert_script("软件", "s2twp"), convert_script("於謙", phrases=[{"於謙": "于谦"}])
    ('軟體', '于谦')
    """
    edits = conversion_edits(text, ScriptConfig(config=config, phrases=tuple(phrases)))
    if not edits:
        return text
    return splice(text, ((e.start, e.end, e.replacement) for e in edits))


class ScriptConverter:
    """Filter: detects the script, then converts the lines that need it."""

    name = "script"

    def __init__(self, config: ScriptConfig | None = None) -> None:
        self.config = config or ScriptConfig()
        self._plan = _Plan(self.config, load_phrases(self.config.phrases))

    def __call__(self, doc: Document) -> EditColumns | list[Edit]:
        text = doc.text
        first = self._plan.find(text, 0, len(text))
        script = None
        if self.config.detect:
            absent = first < 0 and self._plan.covers_traditional
            script = doc.metadata["script"] = detect_script(text, traditional_absent=absent)
        if first < 0:
            return []
        if script == "traditional":  # most lines convert: do them all in one go
            edits = _dense_edits(self._plan, text, first)
            if edits is not None:
                return edits
        edits_list = list(_plan_edits(self._plan, text, first))
        garble = _script_corrupt_spans(doc, text) if edits_list else []
        if edits_list and script != "traditional":
            garble += _kept_simplified_spans(text) + _supplementary_form_spans(edits_list)
        if garble:
            edits_list = [k for k in (_script_spare(e, garble, text) for e in edits_list) if k is not None]
        return edits_list


KEPT_IN_SIMPLIFIED = "噁鎓"
"""Characters Simplified text writes that OpenCC's Simplified configs turn into the
supplementary forms of the 2013 通用规范汉字表 (二噁英 → 二𫫇英, 碘鎓盐 → 碘𬭩盐),
which Simplified text does not use and few fonts show: in a page not in
Traditional script they stay as written (a Traditional page is converted whole)."""


def _kept_simplified_spans(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` the characters of :data:`KEPT_IN_SIMPLIFIED` are.

    >>> _kept_simplified_spans("二噁英和碘鎓盐")
    [(1, 2), (5, 6)]
    """
    return [(i, i + 1) for i in char_positions(text, KEPT_IN_SIMPLIFIED)]


def _supplementary_form_spans(edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Where the same-length conversions of ``edits`` turn a character into a
    supplementary-plane form (``鍒`` → ``𫔄``, as :data:`KEPT_IN_SIMPLIFIED`
    does with ``鎓``): the rare simplified forms of the 通用规范汉字表 that
    Simplified text does not use and few fonts show. In a page not in
    Traditional script such a character is a rare one written as the page
    found it, or the garble of UTF-8 read as GBK (``鍒濅簩`` for ``初二``):
    it stays as written, so the garble still reads as scraped.

    >>> _supplementary_form_spans([Edit.replace(3, 5, "𫔄濅", rule="r", reason="r")])
    [(3, 4)]
    """
    out: list[tuple[int, int]] = []
    for e in edits:
        new = e.replacement
        if len(new) == e.end - e.start and any(ord(c) > 0xFFFF for c in new):
            out.extend((e.start + k, e.start + k + 1) for k, c in enumerate(new) if ord(c) > 0xFFFF)
    return out


def _script_corrupt_spans(doc: Document, text: str) -> list[tuple[int, int]]:
    """Where in ``text`` the spans the corruption flagger told as garbled
    (``corrupt-text`` warnings of two or more characters) are. In a page of
    the other script their Traditional-looking characters (``銆傗\ufffd滄``,
    UTF-8 read as GBK) are garble, not Traditional text: converting them
    repairs nothing and makes the garble differ from what was scraped. A
    Traditional page is converted whole (garble included), as before."""
    out: list[tuple[int, int]] = []
    for w in doc.warnings:
        if w.kind != "corrupt-text" or len(w.text) < 2:
            continue
        at = text.find(w.text)
        while at >= 0:
            out.append((at, at + len(w.text)))
            at = text.find(w.text, at + len(w.text))
    return out


def _script_spare(edit: Edit, spans: list[tuple[int, int]], text: str) -> Edit | None:
    """``edit`` with the characters of ``spans`` in it left as they are in
    ``text`` (a conversion of a line rewrites it whole); None when nothing
    else is left to change, or when the edit changes the length (a phrase
    conversion: the characters no longer line up) and touches a span."""
    inside = [(a, b) for a, b in spans if edit.start < b and a < edit.end]
    if not inside:
        return edit
    if len(edit.replacement) != edit.end - edit.start:
        return None
    new = list(edit.replacement)
    for a, b in inside:
        lo, hi = max(a, edit.start), min(b, edit.end)
        new[lo - edit.start:hi - edit.start] = text[lo:hi]
    replacement = "".join(new)
    if replacement == text[edit.start:edit.end]:
        return None
    return Edit.replace(edit.start, edit.end, replacement, rule=edit.rule, reason=edit.reason)


class ScriptDetector:
    """Filter: only sets ``doc.metadata["script"]`` (used when conversion is off)."""

    name = "script"

    def __call__(self, doc: Document) -> None:
        doc.metadata["script"] = detect_script(doc.text)
