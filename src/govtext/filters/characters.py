"""Character normalisation: NFC, invisible and control characters, odd spaces, HTML left in the text.

- Text is brought to Unicode NFC (decomposed accents are composed; CJK
  compatibility ideographs such as U+F9xx become their unified forms).
- Zero-width characters (U+200B, U+2060, U+180E, soft hyphen U+00AD,
  bidirectional marks), byte-order marks left inside the text (U+FEFF) and
  the reversed BOM U+FFFE are removed. ZWJ/ZWNJ are removed only next to Han
  or ASCII characters: in emoji and Indic or Arabic text they carry meaning.
  Likewise the direction marks and controls stay on a line written in a
  right-to-left script (Uyghur, Arabic, Urdu, Hebrew: ``\u200f2025-يىلى``
  orders the number), and the Mongolian vowel separator U+180E and the
  narrow no-break space U+202F (the suffix separator) stay next to
  Mongolian letters: they are spelling there, not layout.
- C0/C1 control characters other than tab, line feed, carriage return,
  vertical tab, form feed and NEL (the whitespace filter turns those into
  line breaks) are removed.
- NBSP and the other fixed-width spaces (U+2000-U+200A, U+202F, U+205F)
  inside a line become an ASCII space; at the start of a line they are left
  to the whitespace filter (which removes half-width indentation). The
  ideographic space U+3000 is kept everywhere: ``　　`` is the paragraph
  indent and it also spaces titles and signatures.
- Kangxi radicals (U+2F00-U+2FD5), which PDF fonts map ordinary ideographs
  to (``⼈⺠政府`` extracted from a PDF for 人民政府), become the ideograph
  NFKC gives (``⼈`` U+2F08 is 人): the same text to any reader or
  comparison, and findable. The CJK radicals supplement (``⺠`` U+2EA0) has
  no such equivalence and is kept. Latin ligatures of a PDF's font
  (``ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ``, U+FB00-U+FB06, in ``Ofﬁce``) become their letters.
- HTML character entities (``&ldquo;``, ``&nbsp;``, ``&#12290;``) are
  decoded and stray tags (``<br>``, ``<span ...>``) removed, a tag that
  breaks a line becoming a line break (:mod:`govtext.filters.markup`).

>>> from govtext import Document
>>> doc = Document.from_text("　　正\\u200b文\\ufeff，Cafe\\u0301\\xa0OK\\x07。")
>>> doc.apply(CharacterNormalizer()(doc))
>>> doc.text
'　　正文，Café OK。'
>>> sorted({c.rule for c in doc.changes} | {r.rule for r in doc.removed})
['control-character', 'nfc', 'nonstandard-space', 'stray-bom', 'zero-width']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import regex

from govtext.document import Document
from govtext.edits import Edit
from govtext.filters.markup import markup_edits

__all__ = ["CharacterConfig", "CharacterNormalizer"]



def _chars(first: int, last: int) -> str:
    return "".join(map(chr, range(first, last + 1)))


_KINDS = {
    "bom": "\ufeff\ufffe",
    "zw": "\u200b\u2060\u180e\u00ad\u200e\u200f" + _chars(0x202A, 0x202E) + _chars(0x2066, 0x2069) + _chars(0x2061, 0x2064),
    "joiner": "\u200c\u200d",
    "control": _chars(0x00, 0x08) + _chars(0x0E, 0x1F) + "\x7f" + _chars(0x80, 0x84) + _chars(0x86, 0x9F),
    "space": "\xa0" + _chars(0x2000, 0x200A) + "\u202f\u205f",
    "kangxi": _chars(0x2F00, 0x2FD5),
    "ligature": _chars(0xFB00, 0xFB06),
}
_KIND_OF = {c: kind for kind, chars in _KINDS.items() for c in chars}
_KIND_FREE_RUN = re.compile("[^" + "".join(re.escape(c) for c in sorted(_KIND_OF)) + "]*+")
"""A run of characters none of which is in ``_KIND_OF`` (``re``, not
``regex``: several times faster at one class)."""
_INLINE_SPACES = frozenset(" \t\xa0\u3000" + _chars(0x2000, 0x200A) + "\u202f\u205f")
_NON_SPACE = regex.compile(r"\S")
_CLUSTER = regex.compile(r"\X")
_JOINER_CONTEXT = regex.compile(r"[\p{Han}\x00-\x7f\u3000-\u303f\uff00-\uffef]")
_BIDI_CONTROLS = frozenset("\u200e\u200f" + _chars(0x202A, 0x202E) + _chars(0x2066, 0x2069))
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""A letter of a right-to-left script (Hebrew, Arabic with Uyghur and Urdu, Syriac, Thaana, N'Ko)."""
_MONGOLIAN_SPELLING = frozenset("\u180e\u202f")

_REASONS = {
    "bom": "byte-order mark inside the text",
    "zw": "invisible zero-width or direction-control character",
    "joiner": "zero-width joiner/non-joiner next to Chinese or ASCII text",
    "control": "control character",
    "space": "non-breaking or fixed-width space made a plain space",
    "kangxi": "Kangxi radical (a PDF font's form of an ideograph) made the ideograph",
    "ligature": "Latin ligature (a PDF font's glyph) made its letters",
}
_RULES = {"bom": "stray-bom", "zw": "zero-width", "joiner": "zero-width", "control": "control-character",
          "space": "nonstandard-space", "kangxi": "kangxi-radical",
          "ligature": "latin-ligature"}


@dataclass(frozen=True)
class CharacterConfig:
    """Options of :class:`CharacterNormalizer` (all True by default).

    - ``nfc``: normalise to NFC.
    - ``remove_invisible``: remove zero-width characters and stray BOMs.
    - ``remove_controls``: remove control characters.
    - ``normalize_spaces``: NBSP and fixed-width spaces inside a line become ``" "``.
    - ``fold_kangxi_radicals``: Kangxi radicals become the ideographs NFKC gives.
    - ``fold_latin_ligatures``: ``ﬁ``-style ligatures become their letters.
    - ``unescape_html``: decode HTML character entities and remove stray
      tags left by the scraper (see :mod:`govtext.filters.markup`).
    """

    nfc: bool = True
    remove_invisible: bool = True
    remove_controls: bool = True
    normalize_spaces: bool = True
    unescape_html: bool = True
    fold_kangxi_radicals: bool = True
    fold_latin_ligatures: bool = True


class CharacterNormalizer:
    """Filter: character-level normalisation (see the module doc)."""

    name = "characters"

    def __init__(self, config: CharacterConfig | None = None) -> None:
        self.config = config or CharacterConfig()

    def _wanted(self, kind: str) -> bool:
        if kind in ("bom", "zw", "joiner"):
            return self.config.remove_invisible
        if kind == "control":
            return self.config.remove_controls
        if kind == "kangxi":
            return self.config.fold_kangxi_radicals
        if kind == "ligature":
            return self.config.fold_latin_ligatures
        return self.config.normalize_spaces

    def _entity_as_written(self, edit: Edit) -> Edit:
        """An entity standing for a character this filter rewrites is written
        as the filter writes that character (``&#8203;`` goes, ``&#8194;`` is
        a space), so that cleaning the output again changes nothing.

        >>> [e.replacement for e in CharacterNormalizer()(Document.from_text("甲&#8203;乙&#8194;丙&#12288;丁"))]
        ['', ' ', '\u3000']
        """
        kind = _KIND_OF.get(edit.replacement) if edit.rule == "html-entity" else None
        if kind is None or kind in ("joiner", "kangxi", "ligature") or not self._wanted(kind):
            return edit
        return edit._replace(replacement=" " if kind == "space" else "",
                             reason=f"{edit.reason}: {_REASONS[kind]}")

    def __call__(self, doc: Document) -> list[Edit]:
        text = doc.text
        hits, nfc_suspect = _scan(text)
        edits: list[Edit] = []
        if self.config.nfc and nfc_suspect and not unicodedata.is_normalized("NFC", text):
            edits.extend(_nfc_edits(text))
        covered = {i for e in edits for i in range(e.start, e.end)}
        if self.config.unescape_html:  # (an entity or a tag is ASCII: NFC leaves it alone but at its edge)
            markup = [self._entity_as_written(e) for e in markup_edits(text) if covered.isdisjoint(range(e.start, e.end))]
            edits.extend(markup)
            covered.update(i for e in markup for i in range(e.start, e.end))  # a control character inside a tag goes with it
        rtl_lines: dict[int, bool] = {}
        for start in hits:
            char = text[start]
            kind = _KIND_OF[char]
            if not self._wanted(kind):
                continue
            if kind == "joiner" and not _joiner_removable(text, start):
                continue
            if char in _BIDI_CONTROLS and _on_rtl_line(text, start, rtl_lines):
                continue
            if char in _MONGOLIAN_SPELLING and _next_to_mongolian(text, start):
                continue
            if kind == "space" and not _after_text(text, start):
                continue
            if start in covered:  # inside a cluster NFC already rewrites
                continue
            if kind == "space":
                edits.append(Edit.replace(start, start + 1, " ", rule=_RULES[kind], reason=_REASONS[kind]))
            elif kind in ("kangxi", "ligature"):
                edits.append(Edit.replace(start, start + 1, unicodedata.normalize("NFKC", char), rule=_RULES[kind],
                                          reason=f"{_REASONS[kind]} ({unicodedata.name(char)})"))
            else:
                name = unicodedata.name(char, f"U+{ord(char):04X}")
                edits.append(Edit.delete(start, start + 1, rule=_RULES[kind], reason=f"{_REASONS[kind]} ({name})"))
        return edits


def _scan(text: str) -> tuple[list[int], bool]:
    """Positions of the characters of ``_KIND_OF`` in ``text``, and whether
    NFC may change the text (False proves it is NFC already).

    ``re`` skips runs of characters nothing can touch (a possessive repeat of
    one class is its tightest loop: several times faster than a search for
    the characters that can be touched); each character that stops a run is
    looked at here. After the first NFC suspect, only ``_KIND_OF`` stops a
    run: NFC is checked in full anyway.

    >>> _scan("正\\xa0文"), _scan("Cafe\\u0301\\u200b"), _scan("正文\\U00020BB7")
    (([1], False), ([5], True), ([], True))
    >>> _scan("\\xa0正\\u2000文")
    ([0, 2], True)
    """
    hits: list[int] = []
    suspect = False
    run = _untouched_run()
    end = len(text)
    pos = _run_end(run, text, 0)
    while pos < end:
        char = text[pos]
        if char in _KIND_OF:
            hits.append(pos)
        if not suspect and (char in _nfc_suspects() or char > "\uffff"):
            suspect = True  # some are in _KIND_OF too (U+2000 is U+2002 in NFC)
            run = _KIND_FREE_RUN
        pos = _run_end(run, text, pos + 1)
    return hits, suspect


def _run_end(run: re.Pattern[str], text: str, pos: int) -> int:
    """Where the run of ``run`` (a repeat, which may be empty) starting at ``pos`` ends."""
    m = run.match(text, pos)
    return pos if m is None else m.end()


@functools.cache
def _nfc_suspects() -> frozenset[str]:
    """Every BMP character that NFC may change or that may change the character before it.

    A text of BMP characters none of which is listed here is NFC: each is its
    own canonical decomposition with combining class 0 (nothing to decompose
    or reorder), and none is the second half of a canonical composition (that
    is a non-initial character of the decomposition of the composite: a
    combining mark, a Hangul vowel or final, all listed here). Built at first
    use from :mod:`unicodedata`, so it follows the Unicode version of NFC.
    """
    out: set[str] = set()
    for cp in range(0x10000):
        char = chr(cp)
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed != char:
            out.add(char)
            out.update(decomposed[1:])
        elif unicodedata.combining(char):
            out.add(char)
    return frozenset(out)


@functools.cache
def _untouched_run() -> re.Pattern[str]:
    """A run of BMP characters that are neither in ``_KIND_OF`` nor NFC
    suspects (a supplementary character ends it)."""
    touched = sorted(ord(c) for c in _nfc_suspects() | _KIND_OF.keys())
    gaps = [(a + 1, b - 1) for a, b in zip([-1, *touched], [*touched, 0x10000], strict=True) if b - a > 1]
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in gaps) + "]*+")


def _after_text(text: str, i: int) -> bool:
    """Whether the fixed-width space at ``i`` stands inside a line: after a
    non-space character (other spaces may come between)."""
    while i > 0 and text[i - 1] in _INLINE_SPACES:
        i -= 1
    return i > 0 and _NON_SPACE.match(text, i - 1) is not None


def _on_rtl_line(text: str, i: int, seen: dict[int, bool]) -> bool:
    """Whether the line of position ``i`` holds a right-to-left letter
    (``seen`` caches the answer by the line's start).

    >>> _on_rtl_line("2025\\n\u200f\u0642\u06d5\u0634\u0642\u06d5\u0631", 5, {}), _on_rtl_line("\u200f2025", 0, {})
    (True, False)
    """
    start = text.rfind("\n", 0, i) + 1
    found = seen.get(start)
    if found is None:
        end = text.find("\n", i)
        found = seen[start] = _RTL_LETTER.search(text, start, len(text) if end < 0 else end) is not None
    return found


def _next_to_mongolian(text: str, i: int) -> bool:
    """Whether a Mongolian letter stands right before or after position ``i``.

    >>> _next_to_mongolian("\u1832\u1820\u182f\u1820\u180e\u1820", 4), _next_to_mongolian("a\u202fb", 1)
    (True, False)
    """
    return any(0 <= j < len(text) and "\u1800" <= text[j] <= "\u18af" for j in (i - 1, i + 1))


def _joiner_removable(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return bool(_JOINER_CONTEXT.match(before)) and bool(_JOINER_CONTEXT.match(after))


def _nfc_edits(text: str) -> list[Edit]:
    """One edit per line part that NFC changes (grapheme clusters never interact)."""
    edits: list[Edit] = []
    start = 0
    n = len(text)
    while start < n:
        nl = text.find("\n", start)
        end = n if nl < 0 else nl
        line = text[start:end]
        if not unicodedata.is_normalized("NFC", line):
            for m in _CLUSTER.finditer(line):
                cluster = m.group()
                fixed = unicodedata.normalize("NFC", cluster)
                if fixed != cluster:
                    edits.append(Edit.replace(start + m.start(), start + m.end(), fixed, rule="nfc",
                                              reason=f"Unicode NFC: {cluster!a} -> {fixed}"))
        start = end + 1
    return edits
