"""Boilerplate rule families, loaded from TOML data files.

The shipped families live in ``govtext/data/rules/*.toml``; users add their
own with ``govtext clean --rules site.toml``. A rule file is data, never code:

.. code-block:: toml

    version = 1

    [[family]]
    name = "footer"            # rule ids are "<family>/<id>"
    label = "footer"           # block label the family's rules assign

    [[family.rule]]
    id = "my-cms"
    words = ["某某网站群"]       # literals (escaped), or: pattern = '<regex>'
    where = "tail"             # head | tail | edge (head or tail) | any
    reason = "footer: the signature of our CMS"

Every pattern also matches the Taiwan / Hong Kong wording of its words
(列印 for 打印, 资讯 for 信息, 登入 for 登录; see
:func:`govtext.blocks._variants.regional_words`), as pages from those sites
and Taiwan-wording mirrors write them.

Optional rule keys: ``label`` (overrides the family's), ``anchor`` (for
``words``: ``start`` or ``full``), ``spaced`` (for ``words``: allow spaces
between the characters, as in letter-spaced ``索 引 号``), ``min_hits``
(distinct matches needed, default 1), ``min_coverage`` (share of the
block's non-space characters the matches must cover, default 0),
``max_chars`` (longer blocks never match, default 200), ``prose_ok`` (may
label a block that reads like a sentence, default false), ``requires``
(strings one of which a block must hold before the pattern is tried: a
cheap gate for a pattern whose own parts are all frequent characters) and
``enabled`` (false switches off a shipped rule of the same id).

User patterns run with a time limit (:attr:`Rule.timeout`): a pattern that
backtracks badly raises :class:`TimeoutError` for that block instead of
hanging a corpus run.

>>> rs = load_rules()
>>> rs.get("breadcrumb/location-label").match("当前位置：首页 > 新闻中心") is not None
True
>>> rs.versions["builtin"]
1
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from govtext._charclass import REGEX_WHITE_SPACE, char_class
from govtext.blocks import _toml
from govtext.blocks._required import required_chars

__all__ = [
    "LABELS",
    "SUPPORTED_VERSIONS",
    "WHERE",
    "Rule",
    "RuleFileError",
    "RuleHit",
    "RuleSet",
    "load_rules",
    "parse_rules",
]

SUPPORTED_VERSIONS: frozenset[int] = frozenset({1})
"""Rule-file format versions this release reads."""

WHERE: frozenset[str] = frozenset({"head", "tail", "edge", "any"})
"""Where a rule may fire: before the body, after it, either, or anywhere."""

LABELS: frozenset[str] = frozenset(
    {"metadata", "byline", "breadcrumb", "navigation", "related-links", "footer", "spam", "paywall", "slogan", "code"}
)
"""Labels a rule may assign (all of them remove the block)."""

_RULE_KEYS = frozenset(
    {"id", "pattern", "words", "anchor", "spaced", "label", "where", "min_hits", "min_coverage",
     "max_chars", "prose_ok", "requires", "reason", "enabled", "description"}
)
_FAMILY_KEYS = frozenset({"name", "label", "description", "rule"})
_EDGE = r"[\s\p{P}\p{S}]{0,4}"
_SEPARATORS = "\x1c\x1d\x1e\x1f"
"""The characters :meth:`str.isspace` counts as whitespace and ``regex``'s ``\\s`` does not."""
_REGEX_SPACE = re.compile(f"[{REGEX_WHITE_SPACE}]")
"""One character ``regex``'s ``\\s`` matches (its Unicode White_Space set), spelled out for ``re``."""


def _nonspace(text: str) -> int:
    """Characters of ``text`` that ``regex``'s ``\\s`` does not match (what
    ``len(regex.sub(r"\\s+", "", text))`` gives, with one ``re`` call that
    finds nothing in most texts).

    >>> _nonspace("版权 所有\\u3000\\x1c")
    5
    """
    return len(text) - len(_REGEX_SPACE.findall(text))


DEFAULT_TIMEOUT = 0.25
"""Seconds a user pattern may spend on one block."""


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file and rule."""


@dataclass(frozen=True)
class RuleHit:
    """A rule matching a block: how many distinct matches, and how much of it they cover."""

    rule: Rule
    hits: int
    coverage: float
    first: str


@dataclass(frozen=True)
class Rule:
    """One compiled boilerplate rule (see the module docs for the keys)."""

    family: str
    id: str
    label: str
    pattern: regex.Pattern[str]
    reason: str
    where: str = "any"
    min_hits: int = 1
    min_coverage: float = 0.0
    max_chars: int = 200
    prose_ok: bool = False
    timeout: float | None = None
    """Seconds allowed per block (set on user rules), or None."""
    origin: str = "builtin"
    requires: tuple[str, ...] = ()
    """Strings one of which a block must hold for the rule to be tried (empty: no gate)."""
    _qid: str = field(init=False, repr=False, compare=False, default="")
    required: frozenset[str] | None = field(init=False, repr=False, compare=False, default=None)
    """Tokens (characters or pairs) one of which every match contains (None:
    unknown); see :mod:`govtext.blocks._required`."""

    @property
    def qualified_id(self) -> str:
        return self._qid

    def __post_init__(self) -> None:
        object.__setattr__(self, "_qid", f"{self.family}/{self.id}")
        if self.requires:  # the gate's words (their first two characters) are the tokens
            object.__setattr__(self, "required", frozenset(w[:2] for w in self.requires))
            return
        flags = self.pattern.flags
        required = None if flags & regex.VERBOSE else required_chars(
            self.pattern.pattern, bool(flags & regex.IGNORECASE), selective=True)
        object.__setattr__(self, "required", required)

    def may_match(self, text: str) -> bool:
        """False when ``text`` cannot match: it holds none of the rule's required tokens.

        >>> r = Rule("f", "r", "footer", regex.compile("版权所有|主办单位"), "footer")
        >>> sorted(r.required), r.may_match("湖州市人民政府"), r.may_match("版权所有")
        (['主办', '版权'], False, True)
        """
        return self.required is None or any(t in text for t in self.required)

    def _matched(self, text: str) -> list[str]:
        """The text of every match in ``text``, in order (empty ones too).

        Untimed patterns without groups are read with one ``findall`` call,
        which gives the same strings as ``finditer`` without a match object
        each; no match at all (the common case) is then one C call."""
        if self.timeout is None and self.pattern.groups == 0:
            found: list[str] = self.pattern.findall(text)
            return found
        if self.timeout is None:
            return [m.group() for m in self.pattern.finditer(text)]
        return [m.group() for m in self.pattern.finditer(text, timeout=self.timeout)]

    def match(self, text: str) -> RuleHit | None:
        """The hit of this rule on a block's text, or None.

        Raises :class:`TimeoutError` when a timed rule runs out of time.

        >>> r = Rule("f", "r", "footer", regex.compile("版权所有"), "footer")
        >>> r.match("版权所有 湖州市人民政府").coverage
        0.3636
        >>> gated = Rule("f", "r", "footer", regex.compile(r"\\d+"), "footer", requires=("元",))
        >>> gated.match("2025"), gated.match("2025元").first
        (None, '2025')
        """
        if len(text) > self.max_chars:
            return None
        if self.requires and not any(w in text for w in self.requires):
            return None
        matched = self._matched(text)
        if not matched:
            return None  # min_hits is at least 1: no match, no hit
        found = [g for g in dict.fromkeys(matched) if g]  # distinct and not empty, in order
        if len(found) < self.min_hits:
            return None
        covered = _nonspace("".join(matched))  # the sum over the matches, in one call
        size = _nonspace(text) or 1
        coverage = round(min(1.0, covered / size), 4)
        if coverage < self.min_coverage:
            return None
        return RuleHit(self, len(found), coverage, found[0])


def prose_aware(rule: Rule) -> bool:
    """The rule may label a block that reads like a sentence (``prose_ok``)."""
    return rule.prose_ok


@dataclass(frozen=True)
class RuleSet:
    """Rules in evaluation order, the format version of each file read, and
    the ids of shipped rules a user file switched off."""

    rules: tuple[Rule, ...]
    versions: Mapping[str, int] = field(default_factory=dict)
    disabled: frozenset[str] = frozenset()

    def get(self, qualified_id: str) -> Rule:
        """The rule called ``family/id``; KeyError if there is none."""
        return self._by_id[qualified_id]

    @cached_property
    def untimed(self) -> bool:
        """No rule has a time limit (:attr:`Rule.timeout`): none can time out."""
        return all(r.timeout is None for r in self.rules)

    @cached_property
    def _by_id(self) -> dict[str, Rule]:
        by_id: dict[str, Rule] = {}
        for r in self.rules:
            by_id.setdefault(r.qualified_id, r)
        return by_id

    def __len__(self) -> int:
        return len(self.rules)

    @cached_property
    def _index(self) -> _Index:
        return _Index.of(self.rules)

    def candidates(self, text: str) -> tuple[Rule, ...]:
        """The rules that may match ``text``, in evaluation order: those whose
        required characters it holds and that are not too short for it. Every
        other rule is sure not to match.

        >>> rs = load_rules()
        >>> ids = [r.qualified_id for r in rs.candidates("版权所有 湖州市人民政府")]
        >>> "footer/site-footer" in ids, "related/prev-next" in ids
        (True, False)
        >>> len(rs.candidates("我市持续深化改革。")) < len(rs) // 4
        True
        """
        return self._index.candidates(text)

    @cached_property
    def _sub_indexes(self) -> dict[Callable[[Rule], bool], _Index]:
        return {}

    def rules_where(self, select: Callable[[Rule], bool]) -> tuple[Rule, ...]:
        """The rules that ``select`` accepts, in evaluation order (see :meth:`candidates_where`)."""
        return self._sub_index(select).rules

    def _sub_index(self, select: Callable[[Rule], bool]) -> _Index:
        index = self._sub_indexes.get(select)
        if index is None:
            index = self._sub_indexes[select] = _Index.of(tuple(r for r in self.rules if select(r)))
        return index

    def finder_where(self, select: Callable[[Rule], bool]) -> Callable[[str], tuple[Rule, ...]]:
        """``lambda text: self.candidates_where(text, select)``, bound once:
        for callers that ask about many texts."""
        return self._sub_index(select).candidates

    def none_may_match(self, texts: Sequence[str], select: Callable[[Rule], bool]) -> bool:
        """True when no rule that ``select`` accepts may match any of ``texts``
        (each has no candidate among them), told with one scan of them all.

        >>> rs = load_rules()
        >>> rs.none_may_match(["一、总体要求", "二、重点任务"], prose_aware), rs.none_may_match(["版权所有"], prose_aware)
        (True, False)
        """
        # a text's tokens are all in the joined texts (its last character and the newline after it
        # stand for the character alone): no token in them, no token in any of them
        index = self._sub_index(select)
        joined = "\n".join(texts)
        if index.ascii and index.mask(joined.encode("ascii", "ignore").decode("ascii")) == 0:
            return True  # see :attr:`_Index.ascii`
        return index.mask(joined) == 0

    def candidates_where(self, text: str, select: Callable[[Rule], bool]) -> tuple[Rule, ...]:
        """The rules among :meth:`candidates` that ``select`` accepts, in the
        same order, found with an index of those rules only (built on the
        first call for each ``select``: pass a function defined once, not a
        new lambda per call).

        >>> rs = load_rules()
        >>> text = "本网站所载文章仅代表作者本人观点，不代表本网立场。"
        >>> rs.candidates_where(text, prose_aware) == tuple(r for r in rs.candidates(text) if r.prose_ok)
        True
        """
        return self._sub_index(select).candidates(text)

    def merged(self, other: RuleSet) -> RuleSet:
        """This set with ``other``'s rules added; a rule of the same id replaces
        the earlier one, and ids ``other`` disables are dropped."""
        by_id = {r.qualified_id: r for r in self.rules}
        for r in other.rules:
            by_id[r.qualified_id] = r
        for rid in other.disabled:
            by_id.pop(rid, None)
        return RuleSet(tuple(by_id.values()), {**self.versions, **other.versions}, self.disabled | other.disabled)


class _PairMasks(dict[tuple[str, str], int]):
    """The rule mask of a character and the one after it (or "") found by the
    finder (the pair's own tokens and the character's), worked out once per
    distinct pair."""

    def __init__(self, by_token: dict[str, int]) -> None:
        super().__init__()
        self.by_token = by_token

    def __missing__(self, pair: tuple[str, str]) -> int:
        by_token = self.by_token
        first, after = pair
        mask = by_token.get(first + after, 0) | by_token.get(first, 0)
        if len(self) < 200_000:
            self[pair] = mask
        return mask


class _Index:
    """Which rules may match a text, from the required tokens it holds: each
    token maps to a bit mask of rules; masks map to rule tuples."""

    def __init__(self, rules: tuple[Rule, ...], by_token: dict[str, int], always: int) -> None:
        self.rules = rules
        self.by_token = by_token
        self.always = always
        self.longest = max((r.max_chars for r in rules), default=0)
        self.limits = sorted({r.max_chars for r in rules})
        """The distinct length limits: texts between two of them keep the same rules."""
        self.finder = _finder(by_token)
        self.tuples: dict[tuple[int, int], tuple[Rule, ...]] = {}
        self.pair_masks = _PairMasks(by_token)
        self.ascii = not always and bool(by_token) and all(t.isascii() for t in by_token)
        """Every rule has tokens and every token is ASCII (page code: ``$``, ``va``, ``{``): a text
        holds none when its ASCII characters alone hold none. Dropping the other characters
        keeps the ASCII ones in order (a pair side by side stays side by side), so that text,
        which :meth:`str.encode` makes without a Python step per character, is short and its
        scan cheap; it may only join two characters into a pair, never part one."""

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> _Index:
        by_token: dict[str, int] = {}
        always = 0
        for pos, r in enumerate(rules):
            if r.required is None:
                always |= 1 << pos
            else:
                for tok in r.required:
                    by_token[tok] = by_token.get(tok, 0) | 1 << pos
        return cls(rules, by_token, always)

    def mask(self, text: str) -> int:
        """The rules (bits) whose required tokens ``text`` holds, and those
        without tokens; length limits aside."""
        mask = self.always
        if self.finder is not None:
            pairs = self.finder.findall(text)
            if pairs:
                mask |= functools.reduce(operator.or_, map(self.pair_masks.__getitem__, set(pairs)))
        return mask

    def candidates(self, text: str) -> tuple[Rule, ...]:
        n = len(text)
        if n > self.longest:
            return ()
        mask = self.mask(text)
        if not mask:
            return ()
        key = (mask, bisect_left(self.limits, n))  # which limits ``n`` is within
        found = self.tuples.get(key)
        if found is None:
            found = tuple(r for pos, r in enumerate(self.rules) if mask >> pos & 1 and n <= r.max_chars)
            if len(self.tuples) < 100_000:
                self.tuples[key] = found
        return found


def _finder(by_token: Mapping[str, int]) -> re.Pattern[str] | None:
    """The pattern :meth:`_Index.mask` reads tokens with: every character
    that starts a token and, in a lookahead, the next one; both the pair and
    its first character are then looked up. It begins with one character
    class, which ``re`` scans fast (a pattern that begins with a lookahead is
    tried at every position).

    A character that is no token itself but only starts pairs (不 of 不代) is
    taken only when a character that ends some pair follows: elsewhere its
    lookups find nothing, and a frequent one would cost a tuple of strings at
    most positions of a text for nothing. So only the positions where a
    lookup may find a token are returned (tokens are one or two characters).
    """
    if not by_token:
        return None
    singles = {t for t in by_token if len(t) == 1}
    pairs = [t for t in by_token if len(t) == 2]
    firsts = char_class({t[0] for t in by_token})
    if len(singles) + len(pairs) < len(by_token) or not pairs:  # longer tokens: every first character
        return re.compile(f"({firsts})(?=(.?))", re.DOTALL)
    ends_pair = f"(?={char_class({t[1] for t in pairs})})"
    test = f"(?:(?<={char_class(singles)})|{ends_pair})" if singles else ends_pair
    return re.compile(f"({firsts}){test}(?=(.?))", re.DOTALL)


def _compile_words(words: Sequence[str], anchor: str, spaced: bool, where: str) -> str:
    """The pattern of a ``words`` rule. A word written with full-width
    punctuation (``主办：``) also matches its NFKC form (``主办:``), as pages
    normalised on the way (many scrapers do) write it.

    >>> _compile_words(["主办："], "any", False, "demo")
    '(?:主办:|主办：)'
    """
    alts = []
    for w in sorted(set(words) | {unicodedata.normalize("NFKC", w) for w in words}, key=lambda w: (-len(w), w)):
        if spaced:
            alts.append(r"\s{0,4}".join(regex.escape(ch) for ch in w))
        else:
            alts.append(regex.escape(w))
    body = "(?:" + "|".join(alts) + ")"
    if anchor == "start":
        return "^" + _EDGE + body
    if anchor == "full":
        return "^" + _EDGE + body + _EDGE + "$"
    if anchor not in ("", "any"):
        raise ValueError(f"{where}: anchor must be 'start', 'full' or 'any', not {anchor!r}")
    return body


def _compile_widened(pattern: str) -> regex.Pattern[str]:
    """``pattern`` compiled, widened with the Taiwan / Hong Kong wording of
    its words (:func:`govtext.blocks._variants.regional_words`: 列印 for 打印,
    资讯 for 信息, 登入 for 登录 ...), and with 丨 wherever a class holds the
    full-width bar ｜ (:func:`govtext.blocks._variants.bar_variants`). A pattern the widening would break is
    compiled as written (and raises ``regex.error`` if it is bad itself).

    >>> _compile_widened("打印本页").pattern
    '(?:打印本页|列印本页)'
    """
    from govtext.blocks._variants import bar_variants, regional_words

    widened = bar_variants(regional_words(pattern)) if isinstance(pattern, str) else pattern
    if widened != pattern:
        try:
            return regex.compile(widened, regex.VERSION0)
        except regex.error:  # pragma: no cover - a widening that breaks the pattern
            pass
    return regex.compile(pattern, regex.VERSION0)


def _typed(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str, default: Any) -> Any:
    if key not in data:
        return default
    value = data[key]
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        raise RuleFileError(f"{where}: '{key}' must be a number")
    if not isinstance(value, kind):
        name = kind.__name__ if isinstance(kind, type) else "number"
        raise RuleFileError(f"{where}: '{key}' must be a {name}, not {type(value).__name__}")
    return value


def _parse_rule(
    fam: str, fam_label: str, data: Mapping[str, Any], origin: str, timeout: float | None
) -> tuple[Rule | None, str]:
    rid = data.get("id")
    if not isinstance(rid, str) or not rid:
        raise RuleFileError(f"{origin}: family {fam!r}: every rule needs a string 'id'")
    where_ = f"{origin}: rule {fam}/{rid}"
    unknown = set(data) - _RULE_KEYS
    if unknown:
        raise RuleFileError(f"{where_}: unknown key(s) {', '.join(sorted(unknown))}")
    if not _typed(data, "enabled", bool, where_, True):
        return None, f"{fam}/{rid}"
    label = _typed(data, "label", str, where_, fam_label)
    if label not in LABELS:
        raise RuleFileError(f"{where_}: label must be one of {', '.join(sorted(LABELS))}, not {label!r}")
    where = _typed(data, "where", str, where_, "any")
    if where not in WHERE:
        raise RuleFileError(f"{where_}: 'where' must be one of {', '.join(sorted(WHERE))}, not {where!r}")
    reason = _typed(data, "reason", str, where_, "")
    if not reason:
        raise RuleFileError(f"{where_}: a rule needs a human-readable 'reason'")
    pattern = _typed(data, "pattern", str, where_, None)
    words = _typed(data, "words", list, where_, None)
    if (pattern is None) == (words is None):
        raise RuleFileError(f"{where_}: give exactly one of 'pattern' or 'words'")
    if words is not None:
        if not words or not all(isinstance(w, str) and w for w in words):
            raise RuleFileError(f"{where_}: 'words' must be a list of non-empty strings")
        from govtext.blocks._variants import regional_word_list

        try:
            pattern = _compile_words(regional_word_list(words), _typed(data, "anchor", str, where_, "any"),
                                     _typed(data, "spaced", bool, where_, False), where_)
        except ValueError as exc:
            raise RuleFileError(str(exc)) from None
    try:
        compiled = _compile_widened(pattern) if words is None else regex.compile(pattern, regex.VERSION0)
    except (regex.error, TypeError) as exc:
        raise RuleFileError(f"{where_}: bad pattern: {exc}") from None
    min_hits = _typed(data, "min_hits", int, where_, 1)
    min_cov = float(_typed(data, "min_coverage", (int, float), where_, 0.0))
    max_chars = _typed(data, "max_chars", int, where_, 200)
    requires = _typed(data, "requires", list, where_, [])
    if not all(isinstance(w, str) and w for w in requires):
        raise RuleFileError(f"{where_}: 'requires' must be a list of non-empty strings")
    if requires:
        from govtext.blocks._variants import regional_word_list

        # the gate learns the regional wordings the pattern was widened with (微讯号 for 微信号,
        # 登入 for 登录), or it would turn away every line the widening was made for
        requires = regional_word_list(requires)
        if "｜" in requires and "丨" not in requires:
            requires.append("丨")  # the bar its classes take (see _compile_widened)
    if min_hits < 1 or not 0.0 <= min_cov <= 1.0 or max_chars < 1:
        raise RuleFileError(f"{where_}: need min_hits >= 1, 0 <= min_coverage <= 1, max_chars >= 1")
    rule = Rule(
        family=fam,
        id=rid,
        label=label,
        pattern=compiled,
        reason=reason,
        where=where,
        min_hits=min_hits,
        min_coverage=min_cov,
        max_chars=max_chars,
        prose_ok=_typed(data, "prose_ok", bool, where_, False),
        timeout=timeout,
        origin=origin,
        requires=tuple(dict.fromkeys(requires)),
    )
    return rule, rule.qualified_id


def parse_rules(data: Mapping[str, Any], origin: str = "<rules>", *, timeout: float | None = None) -> RuleSet:
    """Compile the rules of one parsed rule file.

    ``timeout`` (seconds per block) is set on every rule; use it for rules
    from users. Raises :class:`RuleFileError` on any problem.

    >>> rs = parse_rules({"version": 1, "family": [{"name": "x", "label": "footer",
    ...     "rule": [{"id": "a", "words": ["本网"], "reason": "demo"}]}]})
    >>> [r.qualified_id for r in rs.rules]
    ['x/a']
    >>> parse_rules({"version": 9})
    Traceback (most recent call last):
    govtext.blocks.rules.RuleFileError: <rules>: unsupported rule format version 9 (this govtext reads 1)
    """
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise RuleFileError(f"{origin}: a rule file needs an integer 'version' key")
    if version not in SUPPORTED_VERSIONS:
        supported = ", ".join(str(v) for v in sorted(SUPPORTED_VERSIONS))
        raise RuleFileError(f"{origin}: unsupported rule format version {version} (this govtext reads {supported})")
    unknown = set(data) - {"version", "family", "description"}
    if unknown:
        raise RuleFileError(f"{origin}: unknown top-level key(s) {', '.join(sorted(unknown))}")
    families = data.get("family", [])
    if not isinstance(families, list):
        raise RuleFileError(f"{origin}: 'family' must be an array of tables ([[family]])")
    rules: dict[str, Rule] = {}
    disabled: set[str] = set()
    for fam in families:
        if not isinstance(fam, dict):
            raise RuleFileError(f"{origin}: 'family' must be an array of tables ([[family]])")
        name = fam.get("name")
        if not isinstance(name, str) or not name or "/" in name:
            raise RuleFileError(f"{origin}: every family needs a 'name' (without '/')")
        unknown = set(fam) - _FAMILY_KEYS
        if unknown:
            raise RuleFileError(f"{origin}: family {name!r}: unknown key(s) {', '.join(sorted(unknown))}")
        label = fam.get("label", "")
        entries = fam.get("rule", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise RuleFileError(f"{origin}: family {name!r}: rules must be [[family.rule]] tables")
        for entry in entries:
            rule, qid = _parse_rule(name, label, entry, origin, timeout)
            if qid in rules or qid in disabled:
                raise RuleFileError(f"{origin}: rule {qid} is defined twice")
            if rule is None:
                disabled.add(qid)
            else:
                rules[qid] = rule
    return RuleSet(tuple(rules.values()), {origin: version}, frozenset(disabled))


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        raise RuleFileError(f"{origin}: not valid TOML: {exc}") from None


@lru_cache(maxsize=1)
def builtin_rules() -> RuleSet:
    """The shipped rule families (compiled once)."""
    rules: list[Rule] = []
    version = 0
    folder = resources.files("govtext") / "data" / "rules"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".toml"):
            continue
        origin = f"builtin:{item.name}"
        rs = parse_rules(_read_toml(item.read_text(encoding="utf-8"), origin), origin)
        rules.extend(rs.rules)
        version = max(version, *rs.versions.values())
    return RuleSet(tuple(rules), {"builtin": version})


def _with_traditional(rule: Rule) -> Rule:
    from dataclasses import replace

    from govtext.blocks._variants import traditional

    source = rule.pattern.pattern
    trad = traditional(source)
    if trad == source:
        return rule
    try:
        compiled = regex.compile(f"(?:{source})|(?:{trad})", rule.pattern.flags)
    except regex.error:  # a conversion that breaks the pattern: keep the original
        return rule
    return replace(rule, pattern=compiled)


@lru_cache(maxsize=1)
def _builtin_traditional() -> RuleSet:
    rs = builtin_rules()
    return RuleSet(tuple(_with_traditional(r) for r in rs.rules), rs.versions, rs.disabled)


def load_rules(
    paths: Sequence[str | Path] = (),
    *,
    builtin: bool = True,
    timeout: float | None = DEFAULT_TIMEOUT,
    traditional: bool = False,
) -> RuleSet:
    """The shipped rules (unless ``builtin=False``) plus the rule files at ``paths``.

    Later files override earlier rules of the same ``family/id``. User rules
    get ``timeout`` seconds per block (None: no limit). ``traditional=True``
    also matches the Traditional-script form of every shipped and user
    pattern (for documents whose script is not converted)."""
    if not builtin:
        rs = RuleSet(())
    else:
        rs = _builtin_traditional() if traditional else builtin_rules()
    for p in paths:
        path = Path(p)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RuleFileError(f"{path}: cannot read rule file: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise RuleFileError(f"{path}: rule files must be UTF-8") from None
        user = parse_rules(_read_toml(text, str(path)), str(path), timeout=timeout)
        if traditional:
            user = RuleSet(tuple(_with_traditional(r) for r in user.rules), user.versions, user.disabled)
        rs = rs.merged(user)
    return rs
