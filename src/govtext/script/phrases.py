"""User phrase overrides that take priority over OpenCC's dictionaries.

Names of people, places and agencies or terms of art that OpenCC converts
wrongly can be fixed with a phrase dictionary: a plain UTF-8 file with one
``source target`` pair per line (separated by a tab or spaces; ``#`` starts a
comment), a mapping given in code, or a built-in set (``builtin:gov``).
Where an override matches (leftmost, longest first) its target is used as is
and the rest of the text is converted by OpenCC; the change records which
override fired and where it was defined.

>>> d = PhraseDictionary.from_mapping({"乾隆": "乾隆", "於謙": "于谦"}, origin="names")
>>> [(s, e, o.target, o.origin) for s, e, o in d.find("於謙與乾隆")]
[(0, 2, '于谦', 'names'), (3, 5, '乾隆', 'names')]
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from govtext._charclass import char_class

__all__ = ["BUILTIN_PHRASES", "PhraseDictionary", "PhraseFileError", "PhraseOverride", "load_phrases"]


class PhraseFileError(ValueError):
    """A phrase file is missing or has a line that is not ``source target``."""


@dataclass(frozen=True)
class PhraseOverride:
    """Convert ``source`` to ``target``; ``origin`` says where this was defined."""

    source: str
    target: str
    origin: str

    def describe(self) -> str:
        """``source→target (origin)``, for change reasons."""
        return f"{self.source}→{self.target} ({self.origin})"


BUILTIN_PHRASES: dict[str, dict[str, str]] = {
    # Measured with the official OpenCC 1.4.2, t2s config: its standard
    # Traditional writes the aspect particle and the zhuó verb as 着, so the
    # 著 that Traditional government text uses there stays 著 in the output
    # (著力推進 -> 著力推进 where Simplified writes 着力推进). tw2s gets these
    # right; this set fixes them for t2s and hk2s. Only phrases whose 著 cannot
    # start 著名/著作/著称 in practice are listed. 衞 (the Hong Kong form of 衛)
    # is left as is by t2s and tw2s.
    "gov": {
        "著力": "着力",
        "著眼": "着眼",
        "著重": "着重",
        "著想": "着想",
        "意味著": "意味着",
        "隨著": "随着",
        "圍繞著": "围绕着",
        "面臨著": "面临着",
        "發揮著": "发挥着",
        "承擔著": "承担着",
        "標誌著": "标志着",
        "伴隨著": "伴随着",
        "緊接著": "紧接着",
        "衞": "卫",
    },
}
"""Built-in override sets, loaded with ``builtin:<name>`` (off unless asked for)."""


class PhraseDictionary:
    """Overrides matched leftmost-longest; later definitions of a source win."""

    def __init__(self, overrides: Iterable[PhraseOverride] = ()) -> None:
        table: dict[str, PhraseOverride] = {}
        for o in overrides:
            if not o.source:
                raise ValueError("a phrase override needs a non-empty source")
            table[o.source] = o
        self.overrides: tuple[PhraseOverride, ...] = tuple(table.values())
        by_first: dict[str, list[PhraseOverride]] = {}
        for o in self.overrides:
            by_first.setdefault(o.source[0], []).append(o)
        self._by_first = {c: tuple(sorted(v, key=lambda o: -len(o.source))) for c, v in by_first.items()}
        self._pattern = re.compile(char_class(frozenset(by_first)) if by_first else r"(?!)")

    def __len__(self) -> int:
        return len(self.overrides)

    def __repr__(self) -> str:
        return f"PhraseDictionary({len(self)} overrides)"

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str], origin: str = "<code>") -> PhraseDictionary:
        """Overrides from a ``{source: target}`` mapping."""
        return cls(PhraseOverride(s, t, origin) for s, t in mapping.items())

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> PhraseDictionary:
        """Overrides from a plain file: ``source target`` per line, ``#`` comments.

        Raises :class:`PhraseFileError` naming the file and line on a bad line."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise PhraseFileError(f"cannot read phrase file {p}: {exc}") from None
        return cls(_parse(text, str(p)))

    @classmethod
    def builtin(cls, name: str) -> PhraseDictionary:
        """A built-in set from :data:`BUILTIN_PHRASES`."""
        if name not in BUILTIN_PHRASES:
            raise PhraseFileError(f"unknown built-in phrase set {name!r} (known: {', '.join(sorted(BUILTIN_PHRASES))})")
        return cls.from_mapping(BUILTIN_PHRASES[name], origin=f"builtin:{name}")

    def merged(self, other: PhraseDictionary) -> PhraseDictionary:
        """Both dictionaries; ``other`` wins where both define a source."""
        return PhraseDictionary((*self.overrides, *other.overrides))

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, PhraseOverride]]:
        """Non-overlapping matches ``(start, end, override)`` in ``text[pos:endpos]``."""
        end = len(text) if endpos is None else endpos
        search = self._pattern.search
        while True:
            m = search(text, pos, end)
            if m is None:
                return
            i = m.start()
            for o in self._by_first.get(text[i], ()):
                if i + len(o.source) <= end and text.startswith(o.source, i):
                    yield i, i + len(o.source), o
                    pos = i + len(o.source)
                    break
            else:
                pos = i + 1


def _parse(text: str, origin: str) -> Iterator[PhraseOverride]:
    for num, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2:
            raise PhraseFileError(f"{origin}:{num}: expected 'source target', got {raw.strip()!r}")
        yield PhraseOverride(parts[0], parts[1], f"{origin}:{num}")


def load_phrases(specs: Iterable[str | os.PathLike[str] | Mapping[str, str] | PhraseDictionary]) -> PhraseDictionary:
    """One dictionary from files, ``builtin:<name>`` sets, mappings or dictionaries
    (later ones win).

    >>> len(load_phrases(["builtin:gov", {"台積電": "台积电"}])) > 1
    True
    """
    out = PhraseDictionary()
    for spec in specs:
        if isinstance(spec, PhraseDictionary):
            d = spec
        elif isinstance(spec, Mapping):
            d = PhraseDictionary.from_mapping(spec)
        elif isinstance(spec, str) and spec.startswith("builtin:"):
            d = PhraseDictionary.builtin(spec[len("builtin:") :])
        else:
            d = PhraseDictionary.from_file(spec)
        out = out.merged(d)
    return out
