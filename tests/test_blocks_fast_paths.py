"""The block classifier's fast paths give the same answers as the slow ones.

Every shortcut in ``govtext.blocks`` (keyed literal finders, one scan of the
whole document for spam terms, score bounds, per-pass rule indexes, prose
rules deferred until zoning reads a label, ``re`` pre-checks before
``regex`` calls, cheaper metadata coverage) is checked here against the
plain definition it replaces, on corpus lines and on random text.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govtext.blocks import metadata, shape
from govtext.blocks._literals import AnyOf, PairFinder, key_index, literal_finder
from govtext.blocks.classify import _RELATED_RULES, _RULES_IN_ZONE, ClassifyConfig, _plain, _related, classify
from govtext.blocks.rules import _REGEX_SPACE, Rule, RuleHit, RuleSet, _nonspace, load_rules, prose_aware
from govtext.blocks.segment import indented, lines, segment
from govtext.blocks.spam import SpamLexicon, load_lexicon, may_be_spam, may_score, score_spam, scoring_blocks

CASES = Path(__file__).parent / "cases" / "blocks"
RULESETS = [load_rules(), load_rules(traditional=True)]
LEXICONS = [load_lexicon(), load_lexicon(traditional=True)]


def _documents() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CASES.rglob("*.txt"))]


DOCUMENTS = _documents()
LINES = [b.stripped for doc in DOCUMENTS for b in segment(doc)]


def _terms(lex_index: int) -> list[str]:
    return sorted({t for g in LEXICONS[lex_index].groups for t in g.terms})


TERMS = _terms(0)
_NOISE = list("的一是在中国政府发布，。、：:;!?,. 　\t0123456789abcxyzQqVvWw信微威薇1")


@st.composite
def _spammy(draw: st.DrawFn) -> str:
    """Text made of lexicon terms, noise, links, numbers and repetitions."""
    parts = draw(st.lists(st.one_of(
        st.sampled_from(TERMS),
        st.text(alphabet=_NOISE, max_size=6),
        st.sampled_from(["www.x1.com", "http://ab.cc", "qq:123456", "微信:abc12345", "13912345678", "撸一撸一撸一",
                         "。", "赌场", "打击", "查处"]),
    ), max_size=10))
    return "".join(parts)


# -- keyed literal finders -------------------------------------------------------


@pytest.mark.parametrize("lex", LEXICONS)
def test_finder_matches_where_the_trigger_does_on_corpus_lines(lex: SpamLexicon) -> None:
    assert lex.finder is not None
    for line in LINES:
        assert (lex.finder.search(line) is None) == (lex.trigger.search(line) is None), line


@given(_spammy())
def test_finder_matches_where_the_trigger_does(text: str) -> None:
    for lex in LEXICONS:
        assert lex.finder is not None
        assert (lex.finder.search(text) is None) == (lex.trigger.search(text) is None)


@given(st.lists(st.text(alphabet="abcab区一二三", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text(alphabet="abcab区一二三x", max_size=30))
def test_literal_finder_is_exact(terms: list[str], text: str) -> None:
    finder = literal_finder(terms)
    assert (finder.search(text) is not None) == any(t in text for t in terms)
    for t in terms:
        assert 0 <= key_index(t) < len(t)


@given(st.lists(st.text(alphabet="abcab区一二三（(", min_size=1, max_size=4), min_size=1, max_size=6),
       st.text(alphabet="abcab区一二三x（(\n", max_size=30))
def test_any_of_is_any_word_in_text(words: list[str], text: str) -> None:
    assert AnyOf(words)(text) == any(w in text for w in words)


def test_any_of_refuses_no_words_and_empty_words() -> None:
    with pytest.raises(ValueError):
        AnyOf([])
    with pytest.raises(ValueError):
        AnyOf(["回复时间", ""])


@given(st.lists(st.text(alphabet="abcab区一二三", min_size=2, max_size=4), min_size=1, max_size=6),
       st.text(alphabet="abcab区一二三x\n", max_size=30), st.integers(0, 30))
def test_pair_finder_finds_where_the_literal_finder_does(terms: list[str], text: str, pos: int) -> None:
    found = literal_finder(terms).search(text, pos)
    assert PairFinder(terms).search(text, pos) == (-1 if found is None else found.start())


@pytest.mark.parametrize("lex", LEXICONS)
def test_pair_finder_finds_where_the_finder_does_on_corpus_lines(lex: SpamLexicon) -> None:
    assert lex.pairs is not None and lex.finder is not None
    for line in [*LINES, "\n".join(LINES[:200])]:
        for pos in range(0, len(line), 7):
            found = lex.finder.search(line, pos)
            assert lex.pairs.search(line, pos) == (-1 if found is None else found.start()), line


LATIN_BRANDS = ["kaiyun", "kaiyun.com", "ayx", "leyu", "yabo", "dafabet", "hg0088", "BOB体育", "米乐m6"]
"""Brand names of gambling sites in Latin letters, alone or with hanzi (not
in the lexicon: they stand for terms a lexicon may add)."""


def _scan_stops(finder: PairFinder, texts: list[str]) -> int:
    """How often ``finder``'s scan stops on ``texts`` (each stop costs a Python step)."""
    return sum(1 for t in texts for _ in finder.scan.finditer(t))


_LINES_PER_EXTRA_STOP = 20


def test_latin_brand_terms_keep_the_spam_scan_cheap() -> None:
    """Terms of lowercase letters are keyed on their rarest letter, not on a
    letter of links and pinyin (``n``, ``h``, ``t``), and a term with a rarer
    hanzi on that: adding brand names costs the scan of corpus pages and
    pinyin-annotated text few stops: at most one for every
    :data:`_LINES_PER_EXTRA_STOP` corpus lines (the corpus grows with every
    case file, and pages of scraped code hold Latin letters)."""
    assert [t[key_index(t)] for t in ["kaiyun", "365bet", "华体会hth", "APP下载"]] == ["k", "b", "华", "P"]
    texts = ["\n".join(LINES),
             "九(jiǔ)游(yóu)戏(xì)网(wǎng)址(zhǐ)https://www.gov.cn/zhengce/content/2024-01/05/content_6924357.htm " * 20]
    for lex_index in (0, 1):
        positive = sorted({t for g in LEXICONS[lex_index].groups if g.weight > 0 for t in g.terms})
        before = _scan_stops(PairFinder(positive), texts)
        after = _scan_stops(PairFinder([*positive, *LATIN_BRANDS]), texts)
        assert after - before <= len(LINES) // _LINES_PER_EXTRA_STOP + 20, (before, after)


def test_betting_brand_latin_terms_keep_the_spam_scan_cheap() -> None:
    """The betting-brand group's terms with Latin letters (``kaiyun``,
    ``IM体育``, full-width forms) cost the scan of the cases and a page of
    links and pinyin at most one stop for every :data:`_LINES_PER_EXTRA_STOP`
    lines: a term whose rarest letter is a frequent one (``leyu`` on ``l``,
    ``crown体育`` on ``w``) would fail this."""
    texts = ["\n".join(LINES),
             "九(jiǔ)游(yóu)戏(xì)网(wǎng)址(zhǐ)https://www.gov.cn/zhengce/content/2024-01/05/content_6924357.htm " * 20]
    for lex in LEXICONS:
        positive = {t for g in lex.groups if g.weight > 0 and g.scan for t in g.terms}
        latin = {t for g in lex.groups if g.latin_words for t in g.terms if any(c.isascii() and c.isalpha() for c in t)}
        assert latin and latin <= positive
        before = _scan_stops(PairFinder(sorted(positive - latin)), texts)
        after = _scan_stops(PairFinder(sorted(positive)), texts)
        assert after - before <= len(LINES) // _LINES_PER_EXTRA_STOP, (before, after)


def test_pair_finder_needs_pairs() -> None:
    with pytest.raises(ValueError):
        PairFinder(["久久", "色"])
    assert PairFinder([]).search("久久") == -1


@given(st.lists(_spammy(), max_size=8))
def test_scoring_blocks_keeps_every_block_that_may_score(texts: list[str]) -> None:
    for lex in LEXICONS:
        kept = set(scoring_blocks(texts, lex))
        assert {i for i, t in enumerate(texts) if may_score(t, lex)} <= kept


def test_scoring_blocks_on_corpus_documents() -> None:
    lex = LEXICONS[0]
    for doc in DOCUMENTS:
        texts = lines(doc)[2]
        assert {i for i, t in enumerate(texts) if may_score(t, lex)} <= set(scoring_blocks(texts, lex))


@given(_spammy())
def test_spam_bound_never_misses_spam(text: str) -> None:
    for lex in LEXICONS:
        if score_spam(text, lex).is_spam:
            assert may_be_spam(text, lex)


def test_spam_bound_on_corpus_lines() -> None:
    for lex in LEXICONS:
        for line in LINES:
            if score_spam(line, lex).is_spam:
                assert may_be_spam(line, lex), line


# -- rule indexes ------------------------------------------------------------------

_SELECTORS = [prose_aware, _plain, _related, *_RULES_IN_ZONE.values()]


def _naive_candidates(rules: RuleSet, text: str) -> tuple[Rule, ...]:
    return tuple(r for r in rules.rules if len(text) <= r.max_chars and r.may_match(text))


@pytest.mark.parametrize("rules", RULESETS)
def test_candidates_are_the_rules_whose_tokens_a_line_holds(rules: RuleSet) -> None:
    for line in LINES:
        assert rules.candidates(line) == _naive_candidates(rules, line)


@pytest.mark.parametrize("rules", RULESETS)
def test_candidates_where_filters_candidates(rules: RuleSet) -> None:
    for line in LINES:
        full = rules.candidates(line)
        for select in _SELECTORS:
            assert rules.candidates_where(line, select) == tuple(r for r in full if select(r))
            assert rules.finder_where(select)(line) == rules.candidates_where(line, select)


@given(st.text(alphabet="版权所有主办单位本网站首页当前位置：:>| 　上一篇下一篇更多ICPicp备号", max_size=40))
def test_candidates_on_random_text(text: str) -> None:
    for rules in RULESETS:
        assert rules.candidates(text) == _naive_candidates(rules, text)


@given(st.lists(st.sampled_from(LINES), max_size=6), st.sampled_from(_SELECTORS))
def test_none_may_match_means_no_candidates(texts: list[str], select: Callable[[Rule], bool]) -> None:
    for rules in RULESETS:
        if rules.none_may_match(texts, select):
            assert all(rules.candidates_where(t, select) == () for t in texts)


@given(st.sampled_from(LINES), st.integers(0, 260))
def test_candidates_at_every_length(line: str, size: int) -> None:
    """Texts just within and just past each rule's length limit (cached by limit, not by length)."""
    text = (line * (size // max(len(line), 1) + 1))[:size]
    for rules in RULESETS:
        assert rules.candidates(text) == _naive_candidates(rules, text)


@pytest.mark.parametrize("rules", RULESETS)
def test_selective_required_tokens_are_sound(rules: RuleSet) -> None:
    for r in rules.rules:
        for line in LINES:
            # a gated rule (``requires``) hits only on lines holding a gate word: its tokens are the gate's
            hit = r.match(line) is not None if r.requires else r.pattern.search(line) is not None
            if r.required is not None and hit:
                assert any(t in line for t in r.required), (r.qualified_id, line)


def test_related_selector_names_the_related_rules() -> None:
    assert {r.qualified_id for r in RULESETS[0].rules_where(_related)} == set(_RELATED_RULES)


@pytest.mark.parametrize("rules", RULESETS)
def test_rule_matches_read_with_findall_as_with_finditer(rules: RuleSet) -> None:
    for r in rules.rules:
        for line in LINES:
            assert r._matched(line) == [m.group() for m in r.pattern.finditer(line)]


def test_matched_reads_empty_matches_like_finditer() -> None:
    r = Rule("f", "r", "footer", regex.compile("a*"), "footer")
    assert r._matched("baab") == [m.group() for m in r.pattern.finditer("baab")]


@given(st.text(alphabet="版权 \t\u3000\xa0\x1c\x1d\x1e\x1f\x85\u2028\n\r\u200bab", max_size=20))
def test_nonspace_counts_like_regex_whitespace(text: str) -> None:
    assert _nonspace(text) == len(regex.sub(r"\s+", "", text))


def test_nonspace_class_is_regex_whitespace_on_every_code_point() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert _REGEX_SPACE.findall(every) == regex.findall(r"\s", every)


def _plain_match(rule: Rule, text: str) -> RuleHit | None:
    """:meth:`Rule.match` as first written: one ``regex`` length per match
    (and the ``requires`` gate, part of a rule's definition since)."""
    if len(text) > rule.max_chars or (rule.requires and not any(w in text for w in rule.requires)):
        return None
    found: list[str] = []
    covered = 0
    for m in rule.pattern.finditer(text):
        g = m.group()
        if not g:
            continue
        covered += len(regex.sub(r"\s+", "", g))
        if g not in found:
            found.append(g)
    if len(found) < rule.min_hits:
        return None
    coverage = round(min(1.0, covered / (len(regex.sub(r"\s+", "", text)) or 1)), 4)
    if coverage < rule.min_coverage:
        return None
    return RuleHit(rule, len(found), coverage, found[0])


@pytest.mark.parametrize("rules", RULESETS)
def test_rule_match_as_plain_definition_on_corpus_lines(rules: RuleSet) -> None:
    for r in rules.rules:
        for line in LINES:
            assert r.match(line) == _plain_match(r, line), (r.qualified_id, line)


@given(st.text(alphabet="版权所有 \t\u3000\x1c\x85ab", max_size=30),
       st.sampled_from(["版权", "(?:版权)*", "a|b|", "\\s*所有\\s*", "b{0,2}"]), st.integers(1, 3),
       st.sampled_from([0.0, 0.3, 0.9]))
def test_rule_match_as_plain_definition_on_random_text(text: str, pattern: str, hits: int, cover: float) -> None:
    r = Rule("f", "r", "footer", regex.compile(pattern), "footer", min_hits=hits, min_coverage=cover)
    assert r.match(text) == _plain_match(r, text)


# -- deferred prose rules ----------------------------------------------------------


_EAGER: dict[int, tuple[RuleSet, RuleSet]] = {}


def _eager(rules: RuleSet) -> RuleSet:
    """The same rules with a (never reached) time limit: prose rules then run eagerly. Made once
    per rule set: remaking a rule parses its pattern again for its gate, which for every shipped
    rule, per document and per generated example, made this the slowest test of the suite."""
    made = _EAGER.get(id(rules))
    if made is None or made[0] is not rules:
        made = (rules, RuleSet(tuple(replace(r, timeout=1e9) for r in rules.rules), rules.versions, rules.disabled))
        _EAGER[id(rules)] = made
    return made[1]


def _same(texts: list[str], rules: RuleSet, config: ClassifyConfig, ind: list[bool] | None = None) -> None:
    fast = classify(texts, rules, config, indented=ind)
    slow = classify(texts, _eager(rules), config, indented=ind)
    assert fast.labels == slow.labels
    assert fast.metadata == slow.metadata
    assert fast.zones == slow.zones
    assert fast.title_index == slow.title_index
    assert fast.timeouts == slow.timeouts == []


def test_deferred_prose_rules_classify_corpus_documents_alike() -> None:
    assert not _eager(RULESETS[0]).untimed and RULESETS[0].untimed
    for doc in DOCUMENTS:
        _, _, texts, ind = lines(doc)
        _same(texts, RULESETS[0], ClassifyConfig(), ind)
        _same(texts, RULESETS[1], ClassifyConfig(traditional=True), ind)


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=40))
def test_deferred_prose_rules_classify_line_mixes_alike(texts: list[str]) -> None:
    _same(texts, RULESETS[0], ClassifyConfig(), [indented(t) for t in texts])


# -- shapes ------------------------------------------------------------------------


def test_sure_script_sets_agree_with_regex_han() -> None:
    han = regex.compile(r"\p{Han}")
    sure = regex.compile(f"[{shape._SURE_HAN}]")
    sure_not = regex.compile(f"[{shape._SURE_NOT_HAN}]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if sure.match(ch):
            assert han.match(ch), hex(code)
        elif sure_not.match(ch):
            assert not han.match(ch), hex(code)


_SHAPE_TEXT = st.text(alphabet="中文字〇々〡⺀豈𠀀。，；！？,;!? 　\n>/／abc123·、：", max_size=24)


@given(_SHAPE_TEXT)
def test_han_fast_paths_agree_with_regex(text: str) -> None:
    assert shape.han_count(text) == len(shape._HAN.findall(text))
    assert shape._has_han(text) == (shape._HAN.search(text) is not None)
    assert shape._all_han(text) == (shape._HAN_ONLY.match(text) is not None)
    assert shape.has_han8(text) == (shape._HAN8.search(text) is not None)
    assert shape._sentence_punct(text) == shape._SENTENCE_PUNCT.findall(text)


def test_shape_fast_paths_on_corpus_lines() -> None:
    for line in LINES:
        assert shape.han_count(line) == len(shape._HAN.findall(line))
        assert shape.has_han8(line) == (shape._HAN8.search(line) is not None)
        assert shape._sentence_punct(line) == shape._SENTENCE_PUNCT.findall(line)
        assert shape.prose_shaped(line, shape.is_sentence(line)) == shape.is_prose(line)


@given(_SHAPE_TEXT)
def test_link_chain_needs_a_separator_mark(text: str) -> None:
    if shape.CHAIN_SEPARATOR.search(text) is not None:
        assert shape._SEPARATOR_MARK.search(text) is not None


# -- metadata ----------------------------------------------------------------------


def _coverage_per_character(line: str, explained: list[tuple[int, int]], nonspace: int) -> float:
    """The former coverage: piece by piece, character by character."""
    covered = [False] * len(line)
    for a, b in explained:
        for i in range(a, b):
            covered[i] = True
    unexplained = 0
    for m in metadata._PIECE.finditer(line):
        if metadata._PUNCT_ONLY.fullmatch(m.group()):
            continue
        for i in range(m.start(), m.end()):
            if not covered[i] and line[i] not in metadata._PUNCT_CHARS and not line[i].isspace():
                unexplained += 1
    return round(1.0 - unexplained / nonspace, 4)


@given(st.text(alphabet="发布时间来源:：| 　\t\x1c【】()（）-—,，ab1", min_size=1, max_size=30), st.data())
def test_coverage_agrees_with_the_per_character_count(line: str, data: st.DataObject) -> None:
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(line)), st.integers(0, len(line))), max_size=4))
    explained = [(min(a, b), max(a, b)) for a, b in spans]
    assert metadata._coverage(line, explained, 7) == _coverage_per_character(line, explained, 7)


# -- segmentation ------------------------------------------------------------------


@given(st.text(alphabet="ab 　\t\n\xa0\u200b\ufeff。", max_size=30))
def test_lines_agree_with_segment(text: str) -> None:
    starts, raw, stripped, indents = lines(text)
    blocks = segment(text)
    assert starts == [b.start for b in blocks]
    assert raw == [b.text for b in blocks]
    assert stripped == [b.stripped for b in blocks]
    assert indents == [b.indented for b in blocks]


# -- patterns moved from regex to re -----------------------------------------------


@given(st.text(alphabet="。；;：:，,、—－-（(）) \t\u3000–_|｜·\n文字ab", max_size=20))
def test_literal_patterns_read_the_same_with_re(text: str) -> None:
    module = importlib.import_module("govtext.blocks.classify")  # the module (the package exports a function)
    for name in ("_TITLE_BAD_END", "_SUBTITLE", "_TAGLINE_SPLIT"):
        fast = getattr(module, name)
        slow = regex.compile(fast.pattern)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], name
        assert fast.split(text, maxsplit=1) == slow.split(text, maxsplit=1), name


def test_sentence_and_prose_flags_agree_with_the_single_tests() -> None:
    sentence, prose = shape.sentence_and_prose(LINES)
    assert sentence == [shape.is_sentence(t) for t in LINES]
    assert prose == [shape.is_prose(t) for t in LINES]


@given(st.lists(_SHAPE_TEXT, max_size=5))
def test_sentence_and_prose_flags_on_random_text(texts: list[str]) -> None:
    assert shape.sentence_and_prose(texts) == ([shape.is_sentence(t) for t in texts], [shape.is_prose(t) for t in texts])


@pytest.mark.parametrize(("text", "iso"), [
    ("2023年11月15日 下午3:05", "2023-11-15T15:05"),
    ("2023-11-15 中午12:30", "2023-11-15T12:30"),
    ("二〇二三年十一月三十日 晚上9时5分", "2023-11-30T21:05"),
    ("２０２３年１１月１５日 10时54分", "2023-11-15T10:54"),
    ("2023/1/5 23:59", "2023-01-05T23:59"),
    ("2023-1-5 24:00", None),
    ("2023.02.29", None),
    ("1899-01-01", None),
])
def test_dates_read_with_one_group_call(text: str, iso: str | None) -> None:
    assert metadata.normalize_date(text) == iso
