"""Fast paths of the furniture, characters and paragraph-rejoining filters give
the same answers as the straightforward definitions they replace.

Each test spells the slow path out (as the code stood before the fast path)
and compares on random text drawn from the characters that matter, and on
the text of the seed corpus when it is available.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext import Document
from govtext.edits import Edit
from govtext.filters import characters
from govtext.filters.characters import CharacterConfig, CharacterNormalizer
from govtext.rejoin import furniture, paragraphs
from govtext.rejoin.furniture import PageNumber
from govtext.rejoin.paragraphs import ParagraphRejoiner, RejoinConfig
from govtext.rejoin.text import (
    ends_mid_clause,
    has_internal_sentence_end,
    is_heading_like,
    parse_number,
    starts_numbered,
    starts_with_closing_punct,
)
from tests.corpus import CORPUS, corpus_available
from tests.rejoin_plain import page_number_line, rejoin_edits


def _seed_texts() -> list[str]:
    if not corpus_available():
        return []
    return [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))]


# -- furniture ----------------------------------------------------------------------

_REFERENCE_BARE = regex.compile(r"^[ \t\u3000]*([0-9]{1,3})[ \t\u3000]*$", regex.MULTILINE)


def _reference_page_numbers(text: str) -> list[PageNumber]:
    """Page number lines found line by line, bare numbers by a multiline scan."""
    out: list[PageNumber] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip(furniture._SPACES)
        if stripped and len(stripped) <= furniture._PAGE_LINE_MAX and regex.search("[0-9０-９零〇一二两三四五六七八九十百]", stripped) \
                and (number := page_number_line(pos, line)) is not None:
            out.append(number)
        pos += len(line) + 1
    weak = [p for p in out if p.position == "weak"]
    if weak:
        pages = [p.page for p in weak]
        counts = len(weak) >= 2 and len({p.total for p in weak}) == 1 and pages == sorted(set(pages))
        out = [p if p.position != "weak" else PageNumber(p.start, p.end, p.page, p.total, "footer")
               for p in out if p.position != "weak" or counts]
    if out:
        return out
    found = [(m.start(1), m.end(1), int(m.group(1))) for m in _REFERENCE_BARE.finditer(text)]
    return furniture._bare_page_numbers(text, [(a, text[a:b]) for a, b, _n in found])


def _reference_masthead(text: str, lines: int = 3) -> int | None:
    from govtext.rejoin.markers import find_markers

    for line in [ln for ln in text.split("\n", 20) if ln.strip()][:lines]:
        if len(line) > 60 or find_markers(line):
            continue
        m = furniture._MASTHEAD_PAGE.search(line)
        if m is not None:
            return parse_number(m.group("n"))
    return None


_PAGE_CHARS = "第共页頁版/／-—~·Pagepof 0123９二十百零\t\u3000\xa0\r\n正文。人民日报（）"
_BODY = "正文内容。" * 45


@st.composite
def _paged_texts(draw: st.DrawFn) -> str:
    """Text with short lines of page-number characters, some between long
    runs of body text (so bare page numbers can count pages)."""
    parts = draw(st.lists(st.one_of(st.text(st.sampled_from(_PAGE_CHARS), max_size=30),
                                    st.sampled_from([_BODY, "\n", " 2 ", "3", "\u30004\t", "- 5 -", "第6页 共9页"])),
                          max_size=14))
    return "\n".join(parts)


@settings(max_examples=600)
@given(_paged_texts())
@example("3")
@example(" \xa012 \n" + _BODY + "\n13\n" + _BODY + "\n14")
@example("1\n" + _BODY + "\n2\n" + _BODY)
@example("正文\n1/2\n正文\n2/2")
@example("正文\n\u3000 第2页" + " " * 18 + "共5页 \t\n正文\n第3页" + " " * 19 + "共5页")  # 24 and 25 long
def test_page_numbers_are_the_line_by_line_ones(text: str) -> None:
    assert furniture.find_page_numbers(text) == _reference_page_numbers(text)


@given(st.text(st.sampled_from(_PAGE_CHARS), max_size=30))
def test_page_line_mark_is_necessary(line: str) -> None:
    stripped = line.strip(furniture._SPACES)
    if any(p.fullmatch(stripped) for _, p in furniture._PAGE_LINE):
        assert furniture._PAGE_LINE_MARK.search(stripped)


@settings(max_examples=400)
@given(_paged_texts(), st.integers(1, 4))
@example("\n\n《人民日报》（2024年03月05日 第 02 版）\n正文", 3)
@example("（上接第一版）\n第3版\n正文", 3)
def test_masthead_page_is_unchanged(text: str, lines: int) -> None:
    assert furniture.masthead_page(text, lines) == _reference_masthead(text, lines)


@given(st.text(st.sampled_from("\n\n 　a版"), max_size=40), st.integers(1, 4), st.integers(1, 25))
def test_leading_lines_are_the_split_ones(text: str, count: int, pieces: int) -> None:
    expected = [ln for ln in text.split("\n", pieces - 1) if ln.strip()][:count]
    assert furniture._leading_lines(text, count, pieces) == expected


def test_furniture_fast_paths_on_seeds() -> None:
    for text in _seed_texts():
        lines = text.split("\n")
        # the seed with page numbers of every kind between its lines
        marks = ["- {} -", "第{}页 共40页", "{}", "  {}  ", "Page {} of 40", "{}/40", "第{}版"]
        paged = "\n".join(f"{line}\n{marks[i % len(marks)].format(i // 3 + 1)}" for i, line in enumerate(lines))
        for sample in (text, paged, "\n".join(lines[::-1])):
            assert furniture.find_page_numbers(sample) == _reference_page_numbers(sample)
            assert furniture.masthead_page(sample) == _reference_masthead(sample)


# -- characters ---------------------------------------------------------------------

_REFERENCE_CANDIDATE = regex.compile("[" + "".join(regex.escape(c) for c in sorted(characters._KIND_OF)) + "]")
_REFERENCE_AFTER_TEXT = regex.compile(r"(?<=\S[ \t\xa0\u2000-\u200a\u202f\u205f\u3000]*)")


def _reference_character_edits(normalizer: CharacterNormalizer, text: str) -> list[Edit]:
    """The edits as found by NFC's own check and a scan for the candidates."""
    edits: list[Edit] = []
    if normalizer.config.nfc and not unicodedata.is_normalized("NFC", text):
        edits.extend(characters._nfc_edits(text))
    covered = {i for e in edits for i in range(e.start, e.end)}
    for m in _REFERENCE_CANDIDATE.finditer(text):
        kind = characters._KIND_OF[m.group()]
        if not normalizer._wanted(kind):
            continue
        if kind == "joiner" and not characters._joiner_removable(text, m.start()):
            continue
        if kind == "space" and not _REFERENCE_AFTER_TEXT.match(text, m.start()):
            continue
        if m.start() in covered:
            continue
        if kind == "space":
            edits.append(Edit.replace(m.start(), m.end(), " ", rule=characters._RULES[kind],
                                      reason=characters._REASONS[kind]))
        else:
            name = unicodedata.name(m.group(), f"U+{ord(m.group()):04X}")
            edits.append(Edit.delete(m.start(), m.end(), rule=characters._RULES[kind],
                                     reason=f"{characters._REASONS[kind]} ({name})"))
    return edits


_CHARACTER_CHARS = ("正文a e\n\t\u3000\xa0\u2000\u2001\u2002\u200a\u202f\u205f\u200b\u200c\u200d\ufeff\ufffe"
                    "\x00\x07\x1c\x1f\x7f\x85\x9f\u0301\u0308\u1100\u1161\u11a8\uac00\uf900\u212b"
                    "\U00020bb7\U0001d15e\U0001d165\U0001f600\ud800")
_NORMALIZERS = [CharacterNormalizer(), CharacterNormalizer(CharacterConfig(nfc=False)),
                CharacterNormalizer(CharacterConfig(remove_invisible=False, normalize_spaces=False))]


@settings(max_examples=800)
@given(st.text(st.sampled_from(_CHARACTER_CHARS), max_size=24), st.sampled_from(_NORMALIZERS))
@example("\u2000正", _NORMALIZERS[0])
@example("正\xa0e\u0301", _NORMALIZERS[0])
@example("正\u3000\u200a\xa0文\U0001d15e", _NORMALIZERS[0])
def test_character_edits_are_unchanged(text: str, normalizer: CharacterNormalizer) -> None:
    assert normalizer(Document.from_text(text)) == _reference_character_edits(normalizer, text)


@settings(max_examples=300)
@given(st.text(max_size=12))
def test_character_edits_on_any_text(text: str) -> None:
    normalizer = _NORMALIZERS[0]
    assert normalizer(Document.from_text(text)) == _reference_character_edits(normalizer, text)


@given(st.text(st.characters(max_codepoint=0xFFFF, blacklist_categories=["Cs"]), max_size=6))
@example("\u1100\u1161\u11a8")
@example("\uac00\u11a8")
def test_text_without_nfc_suspects_is_nfc(text: str) -> None:
    suspects = characters._nfc_suspects()
    if not any(c in suspects for c in text):
        assert unicodedata.is_normalized("NFC", text)


def test_characters_fast_path_on_seeds() -> None:
    normalizer = _NORMALIZERS[0]
    for text in _seed_texts():
        spiced = text.replace("。", "。\xa0\u200b", 5).replace("，", "e\u0301，", 3)
        for sample in (text, spiced, "\ufeff" + text.replace("\n", "\n\u2000", 4)):
            assert normalizer(Document.from_text(sample)) == _reference_character_edits(normalizer, sample)


def test_untouched_run_class_is_exact() -> None:
    touched = characters._nfc_suspects() | characters._KIND_OF.keys()
    pattern = characters._untouched_run()
    for cp in [*range(0x10000), 0x10000, 0x1D15E, 0x20BB7, 0x2F800, 0x10FFFF]:
        char = chr(cp)
        found = pattern.match(char)
        assert (found is not None and found.end() == 1) == (char not in touched and cp <= 0xFFFF), hex(cp)


# -- paragraphs -----------------------------------------------------------------------

def _reference_joins(rejoiner: ParagraphRejoiner, text: str) -> list[Edit]:
    """The joins as found by deciding every pair of non-blank lines in full."""
    if "\n" not in text:
        return []
    lines: list[paragraphs._Line] = []
    pos = 0
    for line in text.split("\n"):
        lines.append(paragraphs._Line(pos, pos + len(line), line))
        pos += len(line) + 1
    long_lines = [ln.text for ln in lines if len(ln.text) >= 20]
    n_indented = sum(t.startswith("\u3000") for t in long_lines)
    indented = n_indented >= 2 and n_indented * 2 >= len(long_lines)
    wrapped: dict[int, tuple[int, bool]] = {}
    block: list[paragraphs._Line] = []
    # a double-spaced text's single blank lines split no block
    spaced = paragraphs._double_spaced(text, paragraphs._non_blank_spans(text))
    ends = [*lines, paragraphs._Line(-1, -1, "")]
    for k, ln in enumerate(ends) if rejoiner.config.hard_wrap else []:
        if ln.text.strip(paragraphs._SPACES):
            block.append(ln)
            continue
        if spaced and ln.start >= 0 and block and 0 < k < len(lines) - 1 and ends[k - 1] is block[-1] \
                and ends[k + 1].text.strip(paragraphs._SPACES):
            continue
        if len(block) >= rejoiner.config.min_wrap_lines:
            wrapped.update(rejoiner._wrapped_block(block))
        block = []
    edits: list[Edit] = []
    prev: paragraphs._Line | None = None
    paragraph = ""
    gap_blank = False
    blanks = 0
    for ln in lines:
        if not ln.text.strip(paragraphs._SPACES):
            gap_blank = gap_blank or prev is not None
            blanks += prev is not None
            continue
        reason = None
        if prev is not None:
            # the one blank line a double-spaced text puts after a wrapped line is no paragraph break
            gap = gap_blank and not (spaced and blanks == 1 and prev.start in wrapped)
            reason = rejoiner._reason(paragraph, prev, ln, gap, wrapped, indented)
            if reason is not None:
                edits.append(rejoiner._join(text, prev, ln, reason))
        paragraph = paragraph.rstrip(paragraphs._SPACES) + ln.text if reason is not None else ln.text
        if len(paragraph) > 800:
            paragraph = paragraph[:200] + paragraph[-200:]
        prev = ln
        gap_blank = False
        blanks = 0
    return edits


_PARAGRAPH_PIECES = ["一是打造生态宜居环境。", "强化废气治理，提", "升空气质量", "聚焦科技创新", "厚植内生动能",
                     "当好中央、省、", "（一）坚持创新", "各位代表：", "。", "，", "”", "word", " ", "\u3000\u3000",
                     "\t", "\xa0", "现在，我代表市人民政府报告工作。", "全面推进乡村振兴加快建设农业强市" * 3]
_REJOINERS = [ParagraphRejoiner(), ParagraphRejoiner(RejoinConfig(hard_wrap=False)),
              ParagraphRejoiner(RejoinConfig(min_wrap_lines=2, min_wrap_width=8, long_prose_chars=20))]


@st.composite
def _paragraph_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.lists(st.sampled_from(_PARAGRAPH_PIECES), max_size=5).map("".join), max_size=14))
    return "\n".join(lines)


@settings(max_examples=600)
@given(_paragraph_texts(), st.sampled_from(_REJOINERS))
@example("一是打造生态宜居环境。强化废气治理，提\n\n升空气质量优良率。\n\n聚焦科技创新\n\n厚植内生动能", _REJOINERS[0])
@example("开头。" + "很长的句子没有结束" * 100 + "。\n”继续", _REJOINERS[0])
# a long paragraph is decided by what is kept of it: its sentence end in the middle is not
@example("丙" * 300 + "，\n甲。乙" + "丁" * 300 + "，\n" + "己" * 300 + "\n" + "庚" * 70, _REJOINERS[0])
# a hard-wrapped line of an indented block ending a sentence at the margin goes on
@example("\u3000\u3000开头。\n\u3000\u3000现代化经济体系，全面提升城市能级和核心竞。\n"
         "持续优化营商环境，激发市场主体活力，推动经济\n结尾。", _REJOINERS[0])
# where paragraphs open with an indent, an indented one goes on in an unindented line
@example("\u3000\u3000一是打造生态宜居环境，强化废气治理与扩面\n现在，我代表市人民政府报告工作。全面推进乡村振兴。"
         "\n\n\u3000\u3000现在，我代表市人民政府报告工作，全面推进乡村振兴。", _REJOINERS[0])
def test_paragraph_joins_are_unchanged(text: str, rejoiner: ParagraphRejoiner) -> None:
    assert rejoin_edits(rejoiner, text) == _reference_joins(rejoiner, text)


def test_paragraph_joins_on_seeds() -> None:
    for text in _seed_texts():
        lines = text.split("\n")
        # the seed hard-wrapped at 30 characters, and with its blank lines gone
        wrapped = "\n".join(line[i : i + 30] for line in lines for i in range(0, max(len(line), 1), 30))
        for sample in (text, wrapped, "\n".join(ln for ln in lines if ln.strip())):
            for rejoiner in _REJOINERS:
                assert rejoin_edits(rejoiner, sample) == _reference_joins(rejoiner, sample)


def _reference_continuation(first: str, second: str, config: RejoinConfig, indented: bool) -> str | None:
    """:func:`continuation_reason` with its tests in their first order."""
    f = first.rstrip(paragraphs._SPACES)
    s = second.lstrip(" ")
    if f and s and starts_with_closing_punct(s) and not s.startswith((":", "：")):
        return f"the next line starts with {s[0]!r}, which cannot start a paragraph"
    if paragraphs.separation_reason(first, second) is not None:
        return None
    body = f.lstrip(paragraphs._SPACES)
    if not ends_mid_clause(f) and paragraphs._field_pair(body, s):
        return None  # two fields of a record, each opening with its label
    if starts_numbered(body) and not has_internal_sentence_end(body) and len(body) <= 8:
        return None
    if ends_mid_clause(f):
        return f"the line ends with {f[-1]!r}, inside a sentence, and the next line continues it"
    if is_heading_like(s) and not (paragraphs._same_wrap(body, s, config)
                                   and (paragraphs._wrapped_clause(s) or paragraphs._quoted_phrase_after_word(f, s))):
        return None  # (a line as wide as a full line above it is that paragraph's wrap, not a heading)
    if indented and first.startswith("\u3000") and (len(body) > 60 or any(c in body for c in "，,、")):
        return "paragraph broken mid-sentence: an indented paragraph goes on in the next, unindented line"
    if not paragraphs._is_prose(body, config):
        return None
    tail = f[-6:]
    return f"paragraph broken mid-sentence: {tail!r} ends running prose without sentence-final punctuation"


_configs = st.sampled_from([RejoinConfig(), RejoinConfig(long_prose_chars=20)])
_line_texts = st.lists(st.sampled_from([*_PARAGRAPH_PIECES, "1.", "（二）", "\u3000\u3000一是"]), max_size=5).map("".join)


@settings(max_examples=800)
@given(_line_texts, _line_texts, _configs, st.booleans())
@example("\u3000\u3000强化治理，提", "升空气质量" * 20, RejoinConfig(), True)
# a full line stopping on a character over a line as wide as it, one clause comma and all (I's hard wrap)
@example("一是打造生态宜居环境。强化废气治理，提升空气质量升空气质量", "强化废气治理，提升空气质量升空气质量升空气质量升空气质量",
         RejoinConfig(), False)
# two lines each opening with a label and its colon are two fields, not a wrapped line (CI, session 25)
@example("各位代表：一是打造生态宜居环境。强化废气治理，提", "各位代表：一是打造生态宜居环境。", RejoinConfig(), False)
def test_continuation_reason_is_unchanged(first: str, second: str, config: RejoinConfig, indented: bool) -> None:
    expected = _reference_continuation(first, second, config, indented)
    assert paragraphs.continuation_reason(first, second, config, indented=indented) == expected


def test_continuation_reason_on_seed_lines() -> None:
    config = RejoinConfig()
    for text in _seed_texts():
        lines = [ln for ln in text.split("\n") if ln.strip()]
        for first, second in pairwise(lines):
            for a, b in ((first, second), (first.rstrip("。"), second), (first + "，", second), (first[:9], second)):
                for indented in (False, True):
                    assert paragraphs.continuation_reason(a, b, config, indented=indented) == \
                        _reference_continuation(a, b, config, indented)
