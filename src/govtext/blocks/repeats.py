"""Repeated paragraphs inside one document: tag them, remove them on request.

Portals often print an editorial summary that repeats the body: the same
paragraph twice, a first sentence or two of a later paragraph, or a lead-in
(``文件明确……：``) glued to a copy of a later paragraph. Lines are compared
ignoring whitespace and the width of letters, digits and punctuation
(``２０２４`` = ``2024``, ``,`` = ``，``), with a leading summary label
(``核心提示：``, ``摘要：``) and a trailing ellipsis ignored.

Every repeat is listed in ``doc.annotations["repeats"]`` (input line, the
line it repeats, relation, removed). With ``RepeatsConfig(remove=True)`` it is
deleted (a removal with rule ``repeated-paragraph``); otherwise, or when it
must stay, it gets a ``repeated-paragraph`` warning. Which copy goes:

- an exact repeat: the later copy (the first occurrence stays);
- a line wholly contained in a longer line: the shorter one (the longer body
  paragraph is never removed in favour of a summary);
- except an earlier line that is a short lead-in plus a complete copy of a
  later paragraph (its overhang at most a quarter of it): that earlier
  wrapper goes and the paragraph stays in its body position.

A line is removed only when the line it repeats stays, so no text is lost
beyond a wrapper's lead-in. Titles and headings (no sentence punctuation,
shorter than three times ``min_chars``) count only as exact repeats.

>>> from govtext import Document
>>> lead = "全面推进乡村振兴，加快建设农业强市，基本实现农业农村现代化。"
>>> body = lead + "持续增加农民收入，缩小城乡差距。"
>>> doc = Document.from_text("核心提示：" + lead + "\\n标题\\n" + body)
>>> doc.apply(RepeatedParagraphs(RepeatsConfig(remove=True))(doc), filter="repeats")
>>> doc.text == "标题\\n" + body, doc.removed[0].reason
(True, 'repeats line 3 (part of it)')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, or_
from typing import TYPE_CHECKING, NamedTuple

from govtext.document import Document
from govtext.edits import Edit

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["RepeatedParagraphs", "RepeatsConfig"]

_SUMMARY_WORDS = "核心提示|内容摘要|内容提要|摘要|提要|导读|导语|编者按|內容摘要|內容提要|導讀|導語|編者按"
_SUMMARY_LABEL = re.compile(f"^(?:[【\\[](?:{_SUMMARY_WORDS})[】\\]][:：]?|(?:{_SUMMARY_WORDS})[:：])")
_ELLIPSES = ("…", "...", "。。。", "——")
# Width folding: ASCII punctuation to the full-width forms Chinese text uses,
# full-width letters and digits to ASCII (cheaper than NFKC on big documents).
_PUNCT_FOLD = tuple(zip(",:;!?()", "，：；！？（）", strict=True))
_WIDE_ALNUM = re.compile("[０-９Ａ-Ｚａ-ｚ％．]")
_WIDE_ALNUM_UTF16 = re.compile(b"\xff[\x05\x0e\x10-\x19\x21-\x3a\x41-\x5a]")
""":data:`_WIDE_ALNUM` in UTF-16-BE (all of them are U+FFxx); a match at an
odd offset straddles two characters and is none of them."""
_LABEL_FIRST = tuple({w[0] for w in _SUMMARY_WORDS.split("|")} | {"【", "["})
_SENTENCE_END = re.compile("[。！？；!?;…]")
_PIECES = re.compile("[^。！？；!?;…]+[。！？；!?;…]*")
_MIN_PIECE = 6
_MAX_POSTINGS = 8
_MAX_CANDIDATES = 8
_WRAP_OVERHANG = 0.25
_MAX_SEARCHED_KEYS = 40
"""Up to this many paragraphs, :func:`_may_contain` searches each in the
others (quadratic, but each search is a fast scan) before any indexing."""
_MAX_QUICK_NEEDLE = 99
"""``str.find`` prepares a two-way search (costing about as much as the
search itself) for needles of 100 characters or more in long texts."""


@dataclass(frozen=True)
class RepeatsConfig:
    """Options of :class:`RepeatedParagraphs`.

    ``remove`` (default False): delete repeats; when False they are only
    tagged (warnings and ``doc.annotations["repeats"]``).
    ``min_chars`` (default 20): lines shorter than this (whitespace left out)
    are never considered.
    """

    remove: bool = False
    min_chars: int = 20

    def __post_init__(self) -> None:
        if self.min_chars < 1:
            raise ValueError(f"RepeatsConfig.min_chars must be at least 1, not {self.min_chars}")


class _Line(NamedTuple):
    start: int
    end: int
    key: str
    paragraph: bool  # may be compared by containment, not only exactly


_NOT = (False).__eq__
"""``not x`` for a bool ``x``, as a C callable for ``map``."""
_SPAN, _GROUP = re.Match.span, re.Match.group
_FIRST = itemgetter(slice(0, 1))
"""A key's first character (``""`` for an empty key)."""
_LABEL_FIRST_SET = frozenset(_LABEL_FIRST)


@lru_cache(maxsize=8)
def _long_lines(min_chars: int) -> re.Pattern[str]:
    """The lines at least ``min_chars`` characters long (a scan leaves the
    shorter ones without a Python step): a match starts where a line does, as
    the search moves on from the end of a line or fails within a shorter one."""
    return re.compile(f"[^\\n]{{{min_chars},}}")


@dataclass(frozen=True)
class _Relation:
    kind: str  # "duplicate" | "part-of" | "wraps"
    keeper: int  # index of the line that stays
    others: tuple[int, ...] = ()  # further lines that contain this one ("part-of") or it wraps ("wraps")


def _key(text: str) -> tuple[str, bool]:
    """The comparison key of a line, and whether it was cut short (ends in an ellipsis)."""
    return _trim(_fold("".join(text.split())))


def _keys(lines: list[str]) -> list[tuple[str, bool]]:
    """:func:`_key` of each of ``lines`` (which hold no line break)."""
    return list(map(_trim, _raw_keys(lines))) if lines else []


def _raw_keys(lines: Iterable[str]) -> list[str]:
    """The key of each of ``lines`` (which hold no line break, and are at least
    one) before :func:`_trim`: the line without whitespace, folded. The width
    folding runs once over all of them, joined by line breaks (whitespace, so
    in no key)."""
    return _fold("\n".join(["".join(line.split()) for line in lines])).split("\n")


def _fold(key: str) -> str:
    """Width folding: ASCII punctuation to full width, full-width letters and digits to ASCII."""
    for half, full in _PUNCT_FOLD:
        if half in key:
            key = key.replace(half, full)
    if not key.isascii() and _has_wide_alnum(key):
        key = _WIDE_ALNUM.sub(_narrow, key)
    return key


def _has_wide_alnum(text: str) -> bool:
    """``_WIDE_ALNUM.search(text) is not None``, found in the UTF-16 encoding
    of ``text``, whose search runs to the few U+FFxx characters at C speed
    (the class is tested on every character of ``text``)."""
    return any(m.start() % 2 == 0 for m in _WIDE_ALNUM_UTF16.finditer(text.encode("utf-16-be", "surrogatepass")))


def _trim(key: str) -> tuple[str, bool]:
    """``key`` without a leading summary label and a trailing ellipsis, and
    whether it had the ellipsis."""
    if key.startswith(_LABEL_FIRST):
        label = _SUMMARY_LABEL.match(key)
        if label:
            key = key[label.end() :]
    if not key.endswith(_ELLIPSES):
        return key, False
    full_length = len(key)
    while key.endswith(_ELLIPSES):
        for tail in _ELLIPSES:
            if key.endswith(tail):
                key = key[: -len(tail)]
    return key, len(key) < full_length


def _narrow(m: re.Match[str]) -> str:
    return chr(ord(m.group()) - 0xFEE0)


class RepeatedParagraphs:
    """Finds lines that repeat another line of the document (see module doc).

    Runs in time linear in the text: exact repeats by hashing, containment by
    looking up a line's prefix, suffix and sentences among the other lines'
    and verifying the few candidates found.
    """

    name = "repeats"

    def __init__(self, config: RepeatsConfig | None = None) -> None:
        self.config = config or RepeatsConfig()

    def __call__(self, doc: Document) -> list[Edit]:
        text = doc.text
        spans, keys, paragraphs = self._keyed(text)
        if len(keys) < 2:
            return []  # nothing to repeat
        relations = self._relations_of(keys, paragraphs)
        if not relations:
            return []
        removed = self._resolve(relations)
        notes: list[dict[str, object]] = []
        edits: list[Edit] = []
        keeper_lines: dict[int, int] = {}  # many copies repeat one line: look its number up once
        for i in sorted(relations):
            drop = self.config.remove and i in removed
            rel = removed[i] if i in removed else relations[i]
            (start, end), keeper = spans[i], rel.keeper
            of_line = keeper_lines.get(keeper)
            if of_line is None:
                of_line = keeper_lines[keeper] = doc.line_of(spans[keeper][0])
            reason = _reason(rel.kind, of_line)
            notes.append({"line": doc.line_of(start), "of_line": of_line, "relation": rel.kind, "removed": drop})
            if drop:  # the removal record is the tag
                edits.append(Edit.delete(*self._span(text, _Line(start, end, keys[i], paragraphs[i])),
                                         rule="repeated-paragraph", reason=reason, filter=self.name))
            else:
                doc.warn("repeated-paragraph", start, end, reason, filter=self.name,
                         of_line=of_line, relation=rel.kind)
        if notes:
            doc.annotations.setdefault("repeats", []).extend(notes)
        return edits

    # -- finding -------------------------------------------------------------
    def _lines(self, text: str) -> list[_Line]:
        """The lines whose key (see :func:`_key`) is long enough to compare."""
        spans, keys, paragraphs = self._keyed(text)
        return [_Line(start, end, key, paragraph)
                for (start, end), key, paragraph in zip(spans, keys, paragraphs, strict=True)]

    def _keyed(self, text: str) -> tuple[list[tuple[int, int]], list[str], list[bool]]:
        """:meth:`_lines` column by column: their spans, keys and whether each
        is a paragraph (compared by containment too).

        One scan finds the lines long enough to hold a key (the short ones
        cost no Python step), then each step runs over the long ones at
        once, but for the few keys a label or an ellipsis is trimmed from and
        the short ones whose sentence end decides if they are a paragraph."""
        min_chars = self.config.min_chars
        found = list(_long_lines(min_chars).finditer(text))
        if not found:
            return [], [], []
        spans = list(map(_SPAN, found))
        keys = _raw_keys(list(map(_GROUP, found)))
        truncated = [False] * len(keys)
        trimmed = map(or_, map(_LABEL_FIRST_SET.__contains__, map(_FIRST, keys)),
                      map(str.endswith, keys, repeat(_ELLIPSES)))
        for i in compress(range(len(keys)), trimmed):
            keys[i], truncated[i] = _trim(keys[i])
        lengths = list(map(len, keys))
        if min(lengths) < min_chars:  # whitespace, a label or an ellipsis made a key too short: drop it
            kept = list(map(min_chars.__le__, lengths))
            spans, keys, truncated, lengths = (list(compress(spans, kept)), list(compress(keys, kept)),
                                               list(compress(truncated, kept)), list(compress(lengths, kept)))
        paragraphs = list(map(or_, truncated, map((3 * min_chars).__le__, lengths)))
        for i in compress(range(len(keys)), map(_NOT, paragraphs)):
            paragraphs[i] = _SENTENCE_END.search(keys[i]) is not None
        return spans, keys, paragraphs

    def _relations(self, lines: list[_Line]) -> dict[int, _Relation]:
        """Which of ``lines`` repeat another, and how (see :meth:`_relations_of`)."""
        return self._relations_of([line.key for line in lines], [line.paragraph for line in lines])

    def _relations_of(self, keys: list[str], paragraphs: list[bool]) -> dict[int, _Relation]:
        """The relation of each line (by its key, and whether it is a
        paragraph) that repeats another: exactly, or as a part of it."""
        relations: dict[int, _Relation] = {}
        first = dict(zip(keys, range(len(keys)), strict=True))  # each key's line when no key repeats (the common case)
        if len(first) < len(keys):
            first.clear()
            for i, key in enumerate(keys):
                j = first.setdefault(key, i)
                if j != i:
                    relations[i] = _Relation("duplicate", j)
            uniques = [i for i in first.values() if paragraphs[i]]
        else:
            uniques = list(compress(range(len(keys)), paragraphs))
        if _may_contain([keys[i] for i in uniques]):
            self._containment_of(keys, uniques, relations)
        return relations

    def _containment(self, lines: list[_Line], uniques: list[int], relations: dict[int, _Relation]) -> None:
        """Relations of the ``uniques`` (first copies of paragraphs) of ``lines``
        that are part of a longer one (see :meth:`_containment_of`)."""
        self._containment_of([line.key for line in lines], uniques, relations)

    def _containment_of(self, keys: list[str], uniques: list[int], relations: dict[int, _Relation]) -> None:
        """Relations of the ``uniques`` (first copies of paragraphs; ``keys`` are
        all lines' keys) that are part of a longer one, found through shared
        prefixes, suffixes and sentences."""
        p = self.config.min_chars
        prefix: dict[int, list[int]] = {}
        suffix: dict[int, list[int]] = {}
        pieces: dict[int, list[int]] = {}
        probes: dict[int, tuple[int, int, list[int]]] = {}
        for i in uniques:
            key = keys[i]
            # each sentence once: a line that repeats a sentence must not fill
            # that sentence's posting with itself, crowding out the other lines
            probe = probes[i] = (hash(key[:p]), hash(key[-p:]),
                                 list(dict.fromkeys(hash(piece) for piece in _PIECES.findall(key)
                                                    if len(piece) >= _MIN_PIECE)))
            _post(prefix, probe[0], i)
            _post(suffix, probe[1], i)
            for h in probe[2]:
                _post(pieces, h, i)
        for i in uniques:
            key = keys[i]
            ph, sh, hs = probes[i]
            lookups = [prefix[ph], suffix[sh], *[pieces[h] for h in hs]]
            if all(len(posting) == 1 for posting in lookups):
                continue  # every posting holds this line alone: nothing can contain it
            hits: dict[int, int] = {}
            for posting in lookups:
                for j in posting:
                    if j != i and len(keys[j]) > len(key):
                        hits[j] = hits.get(j, 0) + 1
            best = sorted(hits, key=lambda j: (-hits[j], j))[:_MAX_CANDIDATES]
            containers = [j for j in best if key in keys[j]]
            if not containers:
                continue
            wrappers = [j for j in containers if j < i and _wraps(keys[j], key)]
            plain = [j for j in containers if j not in wrappers]
            plain.sort(key=lambda j: j < i)  # a later container first: dropping an excerpt is lossless
            if plain:  # the wrappers contain it too: they keep it should the plain containers go
                relations.setdefault(i, _Relation("part-of", plain[0], (*plain[1:], *wrappers)))
            else:  # only earlier lines that are a lead-in plus this paragraph: they go
                for j in wrappers:
                    _add_wrapped(relations, j, i)

    @staticmethod
    def _resolve(relations: dict[int, _Relation]) -> dict[int, _Relation]:
        """Lines that can go, each with the kept line its text stays in.

        An exact copy goes with the line it copies (to that line's keeper); a
        contained line goes if one of its containers stays, or goes but is
        itself contained in a line that stays; a wrapper goes if a paragraph
        it wraps stays (its lead-in is in no other line, so nothing chains to
        a wrapper but its exact copies). Iterative, so long chains are fine."""
        final: dict[int, _Relation | None] = {}  # None: the line stays

        def stays(t: int) -> bool:
            return t not in relations or (t in final and final[t] is None)

        def decide(i: int) -> _Relation | None:
            rel = relations[i]
            if rel.kind == "wraps":
                return next((_Relation("wraps", t) for t in (rel.keeper, *rel.others) if stays(t)), None)
            for t in (rel.keeper, *rel.others):
                if stays(t):
                    return _Relation(rel.kind, t)
                via = final.get(t)
                if via is None:
                    continue  # stays undecided (a cycle) or stays: handled above
                if rel.kind == "duplicate":
                    return _Relation(via.kind, via.keeper)
                if via.kind != "wraps":
                    return _Relation("part-of", via.keeper)
            return None

        visiting: set[int] = set()
        for root in relations:
            rel = relations[root]
            if not rel.others and rel.keeper not in relations:
                final[root] = rel  # what decide() gives a line whose only keeper stays
                continue
            stack = [root]
            while stack:
                i = stack[-1]
                if i in final:
                    stack.pop()
                    continue
                if i not in visiting:
                    visiting.add(i)
                    rel = relations[i]
                    stack.extend(t for t in (rel.keeper, *rel.others)
                                 if t in relations and t not in final and t not in visiting)
                    continue
                final[i] = decide(i)
                stack.pop()
        return {i: rel for i, rel in final.items() if rel is not None}

    @staticmethod
    def _span(text: str, line: _Line) -> tuple[int, int]:
        """The line with its newline (the last line: without the one before it,
        which belongs to the line above; the closing whitespace pass drops it)."""
        return line.start, line.end + 1 if line.end < len(text) else line.end


def _may_contain(keys: list[str]) -> bool:
    """False when none of ``keys`` (all different) is part of another: then no
    containment can be found, and indexing the keys is not needed.

    An exact test, used while it is cheaper than the index (a substring
    search costs far less per character than splitting into sentences); with
    many keys it is skipped (True: index them).
    Each key is looked for in the longer keys only, laid out longest first."""
    if len(keys) > _MAX_SEARCHED_KEYS:
        return True
    keys = sorted(keys, key=len, reverse=True)
    joined = "\n".join(keys)  # a line break is in no key
    find = joined.find
    end = 0
    for key in keys:
        # a key's head is looked for first: a needle shorter than _MAX_QUICK_NEEDLE is found
        # without the two-way search's set-up, and where the head is not, the key is not either
        if find(key[:_MAX_QUICK_NEEDLE], 0, end) >= 0 and find(key, 0, end) >= 0:
            return True
        end += len(key) + 1
    return False


def _add_wrapped(relations: dict[int, _Relation], wrapper: int, paragraph: int) -> None:
    """Records that line ``wrapper`` wraps line ``paragraph`` (a line may wrap
    several, one inside the other: it goes if any of them stays)."""
    rel = relations.get(wrapper)
    if rel is None:
        relations[wrapper] = _Relation("wraps", paragraph)
    elif rel.kind == "wraps":
        relations[wrapper] = _Relation("wraps", rel.keeper, (*rel.others, paragraph))


def _wraps(outer: str, inner: str) -> bool:
    """``outer`` is a short lead-in followed by all of ``inner``."""
    return outer.endswith(inner) and len(outer) - len(inner) <= _WRAP_OVERHANG * len(outer)


def _post(index: dict[int, list[int]], h: int, i: int) -> None:
    posting = index.get(h)
    if posting is None:
        index[h] = [i]
    elif len(posting) < _MAX_POSTINGS:
        posting.append(i)


def _reason(kind: str, of_line: int) -> str:
    if kind == "duplicate":
        return f"repeats line {of_line}"
    if kind == "part-of":
        return f"repeats line {of_line} (part of it)"
    return f"repeats line {of_line} with a lead-in (summary of that paragraph)"
