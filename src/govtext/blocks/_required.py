"""Tokens every match of a pattern must contain: a cheap prefilter for rules.

:func:`required_chars` reads a regular expression and returns a set of
tokens (single characters, or two characters that must stand side by side)
such that every match contains at least one of them, or None when it cannot
tell (classes such as ``\\p{Han}``, optional parts, back references,
anything it does not understand). A block holding none of the tokens cannot
match, so the rule need not run. The analysis is conservative: when unsure
it returns None and the rule always runs.

>>> sorted(required_chars("版权所有|主办单位"))
['主办', '版权']
>>> sorted(required_chars(r"^\\W{0,3}(?:上一篇|下一篇)\\s{0,2}[:：]"))
['上一', '下一']
>>> required_chars(r"\\p{Han}{2,30}主办") == frozenset({"主办"})
True
>>> required_chars(r"\\d{4}年?") is None
True
>>> sorted(required_chars("[가-힣]{2,8}(?:정부|일보)"))  # a wide range tells nothing, the words do
['일보', '정부']
>>> sorted(required_chars("(?i)icp"))  # the rarest letter; i also folds from ı and İ
['C', 'c']
"""

from __future__ import annotations

from collections.abc import Callable

from govtext.blocks._literals import is_frequent

__all__ = ["required_chars"]

_ZERO_WIDTH_ESCAPES = frozenset("bBAZzGKmM")
_CLASS_ESCAPES = frozenset("dDsSwWhHvVNXR")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}


class _Unknown(Exception):
    """A construct the analysis does not understand."""


Req = frozenset[str] | None


class _Parser:
    def __init__(self, pattern: str, key: Callable[[frozenset[str]], tuple[float, ...]] | None = None) -> None:
        self.p = pattern
        self.i = 0
        self.ignorecase = False
        self.key = _key if key is None else key

    def peek(self) -> str:
        return self.p[self.i] if self.i < len(self.p) else ""

    def alternation(self) -> Req:
        branches = [self.concatenation()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.concatenation())
        if any(b is None for b in branches):
            return None
        out: set[str] = set()
        for b in branches:
            assert b is not None
            out |= b
        return frozenset(out)

    def concatenation(self) -> Req:
        best: Req = None
        prev = ""  # the literal character just before, when the two are sure to be adjacent
        while self.peek() not in ("", "|", ")"):
            start = self.i
            req, zero_width = self.atom()
            literal = req is not None and len(req) == 1 and self.i - start <= 2 and self.p[start] != "("
            low = self.quantifier()
            if zero_width and low != 0:
                continue  # anchors and lookarounds consume nothing: neighbours stay adjacent
            if zero_width or low == 0 or req is None:
                prev = ""
                continue
            if literal and prev:
                req = frozenset({prev + next(iter(req))})  # two adjacent characters: a bigram
            prev = next(iter(req))[-1] if literal else ""
            if best is None or self.key(req) < self.key(best):
                best = req
        return best

    def quantifier(self) -> int:
        """The least repeat count of the quantifier here (1 when there is none)."""
        c = self.peek()
        low = 1
        if c in ("*", "?"):
            self.i += 1
            low = 0
        elif c == "+":
            self.i += 1
        elif c == "{":
            end = self.p.find("}", self.i)
            body = self.p[self.i + 1 : end] if end != -1 else ""
            lo, _, hi = body.partition(",")
            if end == -1 or not (lo.isdigit() or lo == "") or not (hi.isdigit() or hi == ""):
                raise _Unknown("a brace that is no quantifier")
            low = int(lo) if lo else 0
            self.i = end + 1
        else:
            return 1
        if self.peek() in ("?", "+"):  # lazy or possessive
            self.i += 1
        if self.peek() in ("*", "+", "?", "{"):
            raise _Unknown("stacked quantifiers")
        return low

    def atom(self) -> tuple[Req, bool]:
        """The requirement of the next atom and whether it is zero-width."""
        c = self.peek()
        if c in ("^", "$"):
            self.i += 1
            return None, True
        if c == ".":
            self.i += 1
            return None, False
        if c == "[":
            return self.char_class(), False
        if c == "\\":
            return self.escape()
        if c == "(":
            return self.group()
        if c in ("*", "+", "?", "{"):
            raise _Unknown("a quantifier without an atom")
        self.i += 1
        return self.cased(frozenset(c)), False

    def cased(self, chars: frozenset[str]) -> frozenset[str]:
        if not self.ignorecase:
            return chars
        out = set(chars)
        for ch in chars:
            if ch.isascii() and ch.isalpha():
                out |= _case_variants(ch)
            elif ch.isalpha() and not _is_han(ch):
                raise _Unknown("case folding outside ASCII")
        return frozenset(out)

    def escape(self) -> tuple[Req, bool]:
        nxt = self.p[self.i + 1 : self.i + 2]
        self.i += 2
        if not nxt:
            raise _Unknown("trailing backslash")
        if nxt in _ZERO_WIDTH_ESCAPES:
            return None, True
        if nxt in _CLASS_ESCAPES:
            return None, False
        if nxt in ("p", "P"):
            if self.peek() == "{":
                end = self.p.find("}", self.i)
                if end == -1:
                    raise _Unknown("unterminated property")
                self.i = end + 1
            else:
                self.i += 1
            return None, False
        if nxt in _SIMPLE_ESCAPES:
            return frozenset(_SIMPLE_ESCAPES[nxt]), False
        if nxt.isalnum():
            raise _Unknown(f"escape \\{nxt}")
        return self.cased(frozenset(nxt)), False

    def char_class(self) -> Req:
        self.i += 1
        vague = False  # negated, or holding a class such as \s or \p{Han}: no literal set
        if self.peek() == "^":
            vague = True
            self.i += 1
        chars: set[str] = set()
        first = True
        while True:
            c = self.peek()
            if not c:
                raise _Unknown("unterminated class")
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            if c == "[":
                raise _Unknown("nested class")
            if c == "\\":
                nxt = self.p[self.i + 1 : self.i + 2]
                if nxt in _SIMPLE_ESCAPES:
                    ch = _SIMPLE_ESCAPES[nxt]
                elif nxt and not nxt.isalnum():
                    ch = nxt
                elif nxt in _CLASS_ESCAPES or nxt in ("p", "P"):
                    self.i += 2
                    if nxt in ("p", "P") and self.peek() == "{":
                        end = self.p.find("}", self.i)
                        if end == -1:
                            raise _Unknown("unterminated property")
                        self.i = end + 1
                    elif nxt in ("p", "P"):
                        self.i += 1
                    vague = True
                    continue
                else:
                    raise _Unknown("class escape")
                self.i += 2
            else:
                ch = c
                self.i += 1
            if self.peek() == "-" and self.p[self.i + 1 : self.i + 2] not in ("]", ""):
                hi = self.p[self.i + 1]
                if hi in ("\\", "["):
                    raise _Unknown("escaped range end")
                self.i += 2
                if ord(hi) - ord(ch) > 256:
                    vague = True  # a wide range (가-힣): no literal set, but the rest of the pattern still tells
                    continue
                chars.update(chr(o) for o in range(ord(ch), ord(hi) + 1))
            else:
                chars.add(ch)
        return None if vague else self.cased(frozenset(chars))

    def group(self) -> tuple[Req, bool]:
        self.i += 1
        zero_width = False
        outer = self.ignorecase
        if self.peek() == "?":
            rest = self.p[self.i + 1 :]
            if rest.startswith(":") or rest.startswith(">"):
                self.i += 2
            elif rest[:1] in ("=", "!") or rest[:2] in ("<=", "<!"):
                self.i += 2 if rest[:1] in ("=", "!") else 3
                zero_width = True
            elif rest.startswith("P<"):
                end = self.p.find(">", self.i)
                if end == -1:
                    raise _Unknown("bad group name")
                self.i = end + 1
            else:
                j = 1
                while rest[j - 1 : j].isalpha():
                    j += 1
                flags, closer = rest[: j - 1], rest[j - 1 : j]
                if not flags or closer not in (")", ":") or set(flags) - set("aiLmsu"):  # x: verbose, not read
                    raise _Unknown("group kind")
                if closer == ")":  # a global flag: only understood at the very start
                    if self.i != 1:
                        raise _Unknown("a global flag inside the pattern")
                    self.i += j + 1
                    self.ignorecase = self.ignorecase or "i" in flags
                    return None, True
                self.i += j + 1
                self.ignorecase = self.ignorecase or "i" in flags
        req = self.alternation()
        if self.peek() != ")":
            raise _Unknown("unbalanced parenthesis")
        self.i += 1
        self.ignorecase = outer
        return (None if zero_width else req), zero_width


_NON_ASCII_FOLDS = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}
"""Non-ASCII characters that fold to an ASCII letter (Kelvin sign, long s, dotted/dotless i)."""


def _case_variants(ch: str) -> frozenset[str]:
    """Every character that may match ASCII letter ``ch`` ignoring case: a superset."""
    key = ch.lower()
    return frozenset({key, key.upper(), *_NON_ASCII_FOLDS.get(key, "")})


def _key(req: frozenset[str]) -> tuple[int, int]:
    """Fewer alternatives first, then longer tokens: the more selective requirement."""
    return (len(req), -min(len(t) for t in req))


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _selective_key(req: frozenset[str]) -> tuple[float, ...]:
    """Least likely to turn up in ordinary text first: a pair of characters is
    far rarer than one character, and a rare character than a frequent one;
    then :func:`_key`."""
    return (sum(_token_cost(t) for t in req), *_key(req))


def _token_cost(token: str) -> float:
    if len(token) > 1:
        return 0.05
    return 1.0 if is_frequent(token) else 0.3


def required_chars(pattern: str, ignorecase: bool = False, *, selective: bool = False) -> frozenset[str] | None:
    """Tokens (a character, or two adjacent characters) one of which every
    match of ``pattern`` contains, or None when that cannot be told (the rule
    then runs on every block).

    Where several parts of a concatenation each give tokens, the one with
    the fewest alternatives is taken; ``selective=True`` takes the one least
    likely to occur in ordinary text instead (pairs before single
    characters, rare characters before frequent ones), which keeps fewer
    texts as candidates. Both are sound.

    >>> sorted(required_chars(r"\\.(?:pdf|docx?)$")), sorted(required_chars(r"\\.(?:pdf|docx?)$", selective=True))
    (['.'], ['do', 'pd'])
    """
    parser = _Parser(pattern, _selective_key if selective else None)
    parser.ignorecase = ignorecase
    try:
        req = parser.alternation()
        if parser.i != len(pattern):
            return None
    except (_Unknown, IndexError, ValueError):
        return None
    return req
