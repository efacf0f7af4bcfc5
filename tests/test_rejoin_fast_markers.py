""":func:`govtext.rejoin.markers.find_markers` (each pattern searched only in
the lines around the pre-scan's hits of its kind, closing brackets tested
for a digit or space before them, page characters for what stands before
them) against every pattern searched over the whole text, on random text
and the seeds."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govtext.rejoin import markers
from govtext.rejoin.text import parse_number
from tests.corpus import CORPUS, corpus_available


def _reference_markers(text: str) -> list[markers.Marker]:
    """The markers with every pattern run over the whole text."""
    found: list[markers.Marker] = []
    taken: list[tuple[int, int]] = []
    for pattern in (markers._BRACKETED, markers._LETTERED, markers._BARE, markers._BARE_SHORT, markers._RELATIVE,
                    markers._SECTION_ONLY):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            page = parse_number(groups["num"]) if "num" in groups else None
            if "num" in groups and (page is None or page <= 0):
                continue
            start, end = m.start(), m.end()
            if any(a < end and start < b for a, b in taken):
                continue
            kind = "continued-from" if groups.get("from") or groups.get("from2") else "continued-to"
            core_start, core_end = m.end("lead"), m.start("trail")
            taken.append((start, end))
            section = unicodedata.normalize("NFKC", groups.get("section") or "").upper()
            found.append(markers.Marker(core_start, core_end, start, end, kind, page, section, text[core_start:core_end]))
    found.sort(key=lambda mk: mk.start)
    return found


def _reference_page_ends(text: str) -> list[int]:
    out = []
    for page in "版页頁面":
        for at, c in enumerate(text):
            if c != page:
                continue
            before = at - 1
            while before >= 0 and text[before].isspace():
                before -= 1
            if before >= 0 and text[before] in markers._BEFORE_PAGE:
                out.append(at)
    return out


_CHARS = "上下接续續转轉至到承第前后後页頁版叠面一二十三0３Ａa A \n\u3000\t(（)）【】<>〉正文。，"


@settings(max_examples=1500)
@given(st.text(st.sampled_from(_CHARS), max_size=40))
@example("(上接第三版)一是深化改革。\n\n二是强化创新。（下转第十二版）")
@example("正文。（下转A2）\n（上接A1）正文")
@example("正文。（下转Ａ３）\n（上接A1 ）正文\n（下转B2\u3000）")
@example("正文（转下页）\n接上页\n正文。转第二版")
@example("▲上接第一版 正文")
def test_markers_are_the_whole_text_scans(text: str) -> None:
    assert markers.find_markers(text) == _reference_markers(text)


@given(st.text(st.sampled_from(_CHARS), max_size=30))
def test_page_ends_are_the_plain_ones(text: str) -> None:
    assert markers._page_ends(text) == _reference_page_ends(text)


def test_markers_on_seeds() -> None:
    if not corpus_available():
        return
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spiced = text.replace("。", "。（下转第二版）", 3).replace("，", "（接上页）", 2).replace("\n", "\n上接第3版", 2)
        for sample in (text, spiced):
            assert markers.find_markers(sample) == _reference_markers(sample)
