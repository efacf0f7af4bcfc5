"""Fast paths of the repeats, whitespace, characters and rejoin filters give
the same answers as the straightforward definitions they replace.

Each test spells the slow path out (as the code stood before the fast path)
and compares on random text drawn from the characters that matter, and on
the lines of the seed corpus when it is available.
"""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.blocks import repeats
from govtext.blocks.repeats import RepeatedParagraphs, RepeatsConfig
from govtext.filters import whitespace
from govtext.rejoin import markers
from govtext.rejoin import text as text_predicates
from tests.corpus import CORPUS, corpus_available


def _seed_texts() -> list[str]:
    if not corpus_available():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))]


# -- repeats ----------------------------------------------------------------------

def _reference_key(text: str) -> tuple[str, bool]:
    """The comparison key as it was computed line by line."""
    key = "".join(text.split())
    for half, full in repeats._PUNCT_FOLD:
        if half in key:
            key = key.replace(half, full)
    if not key.isascii() and repeats._WIDE_ALNUM.search(key):
        key = repeats._WIDE_ALNUM.sub(repeats._narrow, key)
    if key.startswith(repeats._LABEL_FIRST):
        label = repeats._SUMMARY_LABEL.match(key)
        if label:
            key = key[label.end() :]
    full_length = len(key)
    while key.endswith(repeats._ELLIPSES):
        for tail in repeats._ELLIPSES:
            if key.endswith(tail):
                key = key[: -len(tail)]
    return key, len(key) < full_length


_KEY_CHARS = "政策公开。，,:：;!?()（）２０24Ａa％．. \t\u3000\xa0\u2028\x1f…—核心提示摘要【】[]"
_lines = st.lists(st.text(st.sampled_from(_KEY_CHARS), max_size=30).map(lambda s: s.replace("\n", "")), max_size=8)


@given(_lines)
def test_bulk_keys_are_line_keys(lines: list[str]) -> None:
    assert repeats._keys(lines) == [_reference_key(line) for line in lines]
    assert [repeats._key(line) for line in lines] == [_reference_key(line) for line in lines]


def test_bulk_keys_on_seed_lines() -> None:
    for text in _seed_texts():
        lines = text.split("\n")
        assert repeats._keys(lines) == [_reference_key(line) for line in lines]


def _reference_relations(finder: RepeatedParagraphs, lines: list[repeats._Line]) -> dict[int, repeats._Relation]:
    """Relations with the containment index always built."""
    relations: dict[int, repeats._Relation] = {}
    first: dict[str, int] = {}
    for i, line in enumerate(lines):
        j = first.setdefault(line.key, i)
        if j != i:
            relations[i] = repeats._Relation("duplicate", j)
    finder._containment(lines, [i for i in first.values() if lines[i].paragraph], relations)
    return relations


_SENTENCES = ["全面推进乡村振兴，加快建设农业强市。", "持续增加农民收入，缩小城乡差距。", "坚持创新发展强市。",
              "深入实施数字经济创新提质工程", "核心提示：", "……", "标题", "２０２４年"]


@st.composite
def _documents(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 12))
    out = []
    for _ in range(n):
        parts = draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=5))
        out.append("".join(parts))
    return "\n".join(out)


@settings(max_examples=300)
@given(_documents(), st.integers(4, 30))
def test_containment_pretest_changes_nothing(text: str, min_chars: int) -> None:
    finder = RepeatedParagraphs(RepeatsConfig(min_chars=min_chars))
    lines = finder._lines(text)
    assert finder._relations(lines) == _reference_relations(finder, lines)


@given(st.lists(st.text(st.sampled_from("abcab。"), min_size=1, max_size=12), max_size=12, unique=True))
def test_may_contain_is_exact(keys: list[str]) -> None:
    keys = [k for k in keys if "\n" not in k]
    contained = any(a != b and a in b for a in keys for b in keys)
    assert repeats._may_contain(keys) == contained or len(keys) > repeats._MAX_SEARCHED_KEYS


def test_containment_pretest_on_seeds() -> None:
    finder = RepeatedParagraphs(RepeatsConfig(min_chars=8))
    for text in _seed_texts():
        lines = text.split("\n")
        # the seed with every third line repeated inside a later, longer one
        doc = "\n".join(lines + [a + b for a, b in zip(lines[::3], lines[1::3], strict=False)])
        parsed = finder._lines(doc)
        assert finder._relations(parsed) == _reference_relations(finder, parsed)


# -- markers ----------------------------------------------------------------------

def _reference_hits(text: str) -> list[tuple[int, int]]:
    """Every match of the marker pre-scan, found by scanning the whole text."""
    out = []
    hit = markers._MAYBE_MARKER.search(text)
    while hit is not None:
        out.append(hit.span())
        hit = markers._MAYBE_MARKER.search(text, hit.start() + 1)
    return out


_MARKER_CHARS = "上下接续續转轉至到承第前后後页頁版面一二十百零〇3０A \n\u3000(（)）正文。"


@settings(max_examples=500)
@given(st.text(st.sampled_from(_MARKER_CHARS), max_size=40))
def test_marker_hits_are_the_scans_hits(text: str) -> None:
    assert [h.span() for h in markers._maybe_hits(text)] == _reference_hits(text)


def test_marker_hits_on_seeds() -> None:
    for text in [*_seed_texts(), "（上接第三版）正文\n下转 第 A 12 版\n转下页\n一面\n全面"]:
        assert [h.span() for h in markers._maybe_hits(text)] == _reference_hits(text)


_LETTERED_CHARS = "上下接转轉续至AbＣ2０9 \n\u3000(（)）】]正文。"


@settings(max_examples=500)
@given(st.text(st.sampled_from(_LETTERED_CHARS), max_size=30))
def test_lettered_windows_hold_every_lettered_marker(text: str) -> None:
    whole = [m.span() for m in markers._LETTERED.finditer(text)]
    windowed = [m.span() for a, b in markers._lettered_windows(text) for m in markers._LETTERED.finditer(text, a, b)]
    assert windowed == whole


def test_before_page_covers_the_numerals() -> None:
    from govtext.rejoin.text import NUMERAL

    numeral = re.compile(NUMERAL)
    assert all(chr(c) in markers._BEFORE_PAGE for c in range(0x10000) if numeral.fullmatch(chr(c)))


# -- rejoin text predicates ---------------------------------------------------------

_REFERENCE_NUMBERED = regex.compile(
    r"""^[\u3000\s]*(?:
        [(（〔【［\[]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十百零〇]{1,4}|[a-zA-Zａ-ｚＡ-Ｚ])\s*[)）〕】］\]]
      | [①-⑳⑴-⒇⒈-⒛❶-❿➀-➉]
      | [一二三四五六七八九十百]{1,4}\s*[、.．是则要]
      | [0-9０-９]{1,3}\s*[、．]
      | [0-9０-９]{1,3}\.(?![0-9０-９])
      | [0-9０-９]{1,3}[)）]
      | 第[一二三四五六七八九十百零〇0-9０-９]{1,5}[条章节款项部分篇编]
      | 其[一二三四五六七八九十]
      | [A-Za-z][.、．](?![A-Za-z0-9])
      | [•·●○■□◆◇▪▶►\-–—*]\s
    )""",
    regex.VERBOSE,
)
"""The numbered-item pattern as it was written for ``regex``."""


def _reference_internal_end(line: str) -> bool:
    s = text_predicates._strip_closers(line)
    for i, ch in enumerate(s[:-1]):
        if ch in "。！？!?；;":
            rest = s[i + 1 :].lstrip("”’」』）)》 ")
            if len(rest) >= 2:
                return True
    return False


def test_white_space_is_regex_whitespace() -> None:
    spelled = re.compile(f"[{text_predicates._WHITE_SPACE}]")
    assert all(bool(spelled.match(chr(c))) == bool(regex.match(r"\s", chr(c))) for c in range(0x110000))


_ITEM_CHARS = "(（〔【［[)）〕】］]1２一十百零是则要、.．第条章其aZａＺ•-—* \t\u3000\x1c\xa0\n①⑳正文。"


@settings(max_examples=1000)
@given(st.text(st.sampled_from(_ITEM_CHARS), max_size=10))
def test_numbered_pattern_is_unchanged(line: str) -> None:
    assert text_predicates.starts_numbered(line) == (_REFERENCE_NUMBERED.match(line) is not None)


_END_CHARS = "。！？!?；;”’」』）)》 正文a\n"


@settings(max_examples=1000)
@given(st.text(st.sampled_from(_END_CHARS), max_size=12))
def test_internal_sentence_end_is_unchanged(line: str) -> None:
    assert text_predicates.has_internal_sentence_end(line) == _reference_internal_end(line)


def test_rejoin_predicates_on_seed_lines() -> None:
    for text in _seed_texts():
        for line in text.split("\n"):
            assert text_predicates.starts_numbered(line) == (_REFERENCE_NUMBERED.match(line) is not None)
            assert text_predicates.has_internal_sentence_end(line) == _reference_internal_end(line)


# -- whitespace ---------------------------------------------------------------------

def _reference_trailing_runs(text: str) -> list[tuple[int, int]]:
    """Trailing whitespace runs, found from each newline backwards."""
    chars = frozenset(" \t\xa0\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f")
    ends = [i for i, c in enumerate(text) if c == "\n" and i > 0 and text[i - 1] in chars]
    if text and text[-1] in chars:
        ends.append(len(text))
    runs = []
    for end in ends:
        start = end - 1
        while start > 0 and text[start - 1] in chars:
            start -= 1
        runs.append((start, end))
    return runs


@settings(max_examples=1000)
@given(st.text(st.sampled_from(" \t\xa0\u3000\u2001\u205f\u200b\n\r正文a"), max_size=20))
def test_trailing_runs_are_unchanged(text: str) -> None:
    assert whitespace._trailing_runs(text) == _reference_trailing_runs(text)


@settings(max_examples=500)
@given(st.text(st.sampled_from(" \t\xa0\u3000\u2001\u205f\u200b\n\r\u2028\x0b\x85正a"), max_size=20))
def test_whitespace_patterns_in_re_match_as_in_regex(text: str) -> None:
    for pattern in (whitespace._LEADING, whitespace._LEADING_ANY, whitespace._EOL):
        old = regex.compile(pattern.pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in old.finditer(text)]
