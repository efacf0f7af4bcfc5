"""Hypothesis properties of the rejoin filters: a paragraph split mid-sentence
(by a line break, a blank line, continuation markers, a page number or a
hard wrap) comes back whole; whole paragraphs and headings are never joined;
markers in every spelling are found with their page."""

from __future__ import annotations

from itertools import pairwise

import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

from govtext.rejoin import find_markers
from govtext.rejoin.text import display_width
from tests.corpus import corpus_available, gold_files, load_gold, seed_lines
from tests.test_rejoin_cases import rejoin_pipeline

OWN_SENTENCES = [
    "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
    "全年新增城镇就业3.2万人，城镇调查失业率控制在5%以内。",
    "深入推进“最多跑一次”改革，政务服务事项网上可办率达到98.6%。",
    "加快建设现代化产业体系，推动传统产业转型升级和新兴产业发展壮大。",
    "统筹发展和安全，守住不发生系统性风险的底线。",
    "实施城市更新行动，完成老旧小区改造56个，惠及居民1.8万户。",
    "持续打好蓝天、碧水、净土保卫战，空气质量优良天数比例达到88.5%。",
    "健全基本养老服务体系，新建社区嵌入式养老服务设施24处。",
    "落实粮食安全党政同责，全年粮食播种面积稳定在40万亩以上。",
    "强化科技创新主体地位，高新技术企业数量较上年增长15%。",
    "各级政府要带头过紧日子，把有限的财力用在发展的紧要处。",
    "推进法治政府建设，认真办理人大代表建议和政协提案。",
]
OWN_HEADINGS = [
    "聚焦科技创新", "厚植内生动能", "一、总体要求", "（二）主要任务", "一是强化组织领导",
    "2.加强资金保障", "第三条　适用范围", "各位代表：", "附件：任务分工表",
    "奋力谱写中国式现代化新篇章", "关于进一步优化营商环境的实施意见",
]
_NUMBERED_START = regex.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[.、．]|第[一二三四五六七八九十\d]+[条章节])")
_FINAL = "。！？；!?;：:"
_CLOSE_OR_OPEN = "”’）)》」』“‘（(《"


def _corpus_paragraphs() -> list[str]:
    """Whole body paragraphs of the corpus (joined gold halves included)."""
    out: list[str] = []
    if not corpus_available():
        return out
    for path in gold_files():
        gold = load_gold(path)
        if gold.get("script") != "simplified":
            continue
        lines = seed_lines(gold)
        halves = {b for _a, b in gold.get("joins", [])}
        firsts = {a: b for a, b in gold.get("joins", [])}
        for n, label in gold["lines"].items():
            num = int(n)
            if label != "body" or num in halves:
                continue
            text = lines[num - 1]
            if num in firsts:
                text += lines[firsts[num] - 1]
            for marker in gold.get("markers", []):
                text = text.replace(marker["text"], "")
            text = text.strip(" \u3000\xa0\t")
            if len(text) >= 40 and text[-1] in "。！？":
                out.append(text)
    return out


CORPUS_PARAGRAPHS = _corpus_paragraphs()

own_paragraphs = st.lists(st.sampled_from(OWN_SENTENCES), min_size=2, max_size=5, unique=True).map("".join)
"""A paragraph of distinct sentences (a real one does not repeat a sentence word for word)."""
paragraphs = (st.one_of(own_paragraphs, st.sampled_from(CORPUS_PARAGRAPHS)) if CORPUS_PARAGRAPHS
              else own_paragraphs)

SEPARATORS = [
    "\n",
    "\n\n",
    "\n（下转第2版）\n\n（上接第1版）",
    "（下转第二版）\n第1页 共3页\n（上接第一版）",
    "\n- 4 -\n",
    "\n\n第3页\n\n",
    "\n\f",
]


def mid_sentence_cuts(p: str) -> list[int]:
    """Cut points inside a sentence, after at least one whole sentence or right
    after a comma: the evidence a reader of the two halves would have too."""
    cuts = []
    for k in range(3, len(p) - 2):
        before, after = p[:k], p[k:]
        if before[-1] in _FINAL or before[-1] in _CLOSE_OR_OPEN or after[0] in _CLOSE_OR_OPEN:
            continue
        if before[-1].isascii() and after[0].isascii():
            continue  # inside a number or a Latin word
        if _NUMBERED_START.match(after):
            continue  # the second half would read as a numbered item
        sentence_before = any(c in "。！？" for c in before[:-2])
        if sentence_before or before[-1] in "，、":
            cuts.append(k)
    return cuts


@given(paragraphs, st.data())
def test_split_paragraph_comes_back_whole(paragraph: str, data: st.DataObject) -> None:
    cuts = mid_sentence_cuts(paragraph)
    assume(cuts)
    k = data.draw(st.sampled_from(cuts), label="cut")
    sep = data.draw(st.sampled_from(SEPARATORS), label="separator")
    doc = rejoin_pipeline()(paragraph[:k] + sep + paragraph[k:])
    assert doc.text == paragraph
    assert all(r.reason for r in doc.removed)


@given(paragraphs, st.integers(min_value=26, max_value=90))
# found by a long run: at 29 columns the lines holding no digit stop at 28, and the line holding
# ``3.2`` (an odd number of half-width characters) at 29 was taken for wider than the wrap
@example("全年新增城镇就业3.2万人，城镇调查失业率控制在5%以内。坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。", 29)
# found by a long run: the paragraph's first sentence, full at 58 columns, is the next paragraph word for word,
# which the guard against a salutation said twice took for no wrap
@example("坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。全年新增城镇就业3.2万人，城镇调查失业率控制在5%以内。"
         "深入推进“最多跑一次”改革，政务服务事项网上可办率达到98.6%。", 58)
def test_hard_wrapped_paragraphs_are_reflowed(paragraph: str, columns: int) -> None:
    text = "\u3000\u3000" + paragraph
    lines, cur = [], ""
    for ch in text:
        if display_width(cur + ch) > columns:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    assume(len(lines) >= 3)
    # a PDF wraps Latin text between words, never inside one
    assume(not any(a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum()
                   for a, b in pairwise(lines)))
    # lines that all end exactly with their sentences are whole paragraphs as far as anyone can tell
    assume(any(line[-1] not in "。！？；：" for line in lines[:-1]))
    # a line that opens with an item number after a sentence ends at the margin reads as a new item
    assume(not any(a[-1] in _FINAL and _NUMBERED_START.match(b) for a, b in pairwise(lines)))
    second = "\u3000\u3000" + OWN_SENTENCES[0]
    doc = rejoin_pipeline()("\n".join([*lines, second]))
    assert doc.text == text + "\n" + second


OWN_LINES = [*OWN_SENTENCES, *OWN_HEADINGS, "各乡镇人民政府，县直各单位：", "特此通知。", "湖州市人民政府办公室",
             "2024年3月5日", "（此件公开发布）", "现将有关事项通知如下："]


@given(st.lists(st.tuples(st.one_of(paragraphs, st.sampled_from(OWN_LINES)), st.booleans()), min_size=2, max_size=10),
       st.sampled_from(["\n", "\n\n"]))
def test_whole_paragraphs_and_headings_are_never_joined(blocks: list[tuple[str, bool]], sep: str) -> None:
    text = sep.join(("\u3000\u3000" if indent else "") + block for block, indent in blocks)
    assert rejoin_pipeline()(text).text == text


def _chinese_numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


@given(
    st.integers(min_value=1, max_value=39),
    st.sampled_from(["arabic", "fullwidth", "chinese"]),
    st.sampled_from([("（", "）"), ("(", ")"), ("【", "】"), ("", "")]),
    st.sampled_from([("上接", "continued-from"), ("下转", "continued-to"), ("转", "continued-to"),
                     ("接", "continued-from")]),
    st.sampled_from(["版", "页", "面"]),
    st.sampled_from(["start", "end", "alone"]),
)
def test_markers_in_every_spelling(page: int, style: str, brackets: tuple[str, str], verb: tuple[str, str],
                                   unit: str, where: str) -> None:
    number = {"arabic": str(page), "fullwidth": str(page).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
              "chinese": _chinese_numeral(page)}[style]
    marker = f"{brackets[0]}{verb[0]}第{number}{unit}{brackets[1]}"
    body = OWN_SENTENCES[1]
    text = {"start": marker + body, "end": body + marker, "alone": f"{body}\n{marker}\n{body}"}[where]
    if not brackets[0] and where == "start" and verb[0] in ("转", "接"):
        # a bare one-character verb only ends a line (after a sentence) or stands alone
        assert find_markers(text) == []
        return
    found = find_markers(text)
    assert [(m.kind, m.page, m.text) for m in found] == [(verb[1], page, marker)]
    doc = rejoin_pipeline()(text)
    assert marker not in doc.text and body in doc.text
    key = "continues_from_page" if verb[1] == "continued-from" else "continues_to_page"
    assert doc.metadata[key] == page


@given(st.lists(own_paragraphs, min_size=2, max_size=5), st.sampled_from(["第{n}页 共{t}页", "- {n} -", "{n}/{t}"]))
def test_page_numbers_give_every_fragment_its_page(pages: list[str], style: str) -> None:
    total = len(pages)
    parts = []
    for n, text in enumerate(pages, start=1):
        parts += [text, style.format(n=n, t=total)]
    doc = rejoin_pipeline()("\n".join(parts))
    assert doc.text == "\n".join(pages)
    frags = doc.fragments()
    assert [(doc.text[f.start : f.end], f.page) for f in frags] == [(t, n) for n, t in enumerate(pages, start=1)]


@given(st.lists(st.one_of(own_paragraphs, st.just("")), min_size=2, max_size=6),
       st.sampled_from(["- {n} -", "第{n}页", "— {n} —"]), st.sampled_from(["", "临湖市人民政府公报"]))
# found by fuzzing: a last page holding nothing but its number gave that line and the one above one line break each
@example(["", ""], "- {n} -", "")
def test_pages_holding_nothing_but_their_edge_lines(pages: list[str], style: str, header: str) -> None:
    parts = []
    for n, text in enumerate(pages, start=1):
        parts += [header, text, style.format(n=n)]
    doc = rejoin_pipeline()("\n".join(p for p in parts if p))
    # page numbers go, every paragraph stays; a header over pages with nothing else on them may stay
    assert [line for line in doc.text.split("\n") if line and line != header] == [p for p in pages if p]


@given(st.lists(st.tuples(st.one_of(paragraphs, st.sampled_from(OWN_HEADINGS)), st.sampled_from(SEPARATORS[:2]),
                          st.booleans(), st.data()), min_size=1, max_size=6))
def test_rejoining_twice_changes_nothing_more(blocks: list[tuple[str, str, bool, st.DataObject]]) -> None:
    parts = []
    for text, sep, split, data in blocks:
        cuts = mid_sentence_cuts(text) if split else []
        if cuts:
            k = data.draw(st.sampled_from(cuts))
            text = text[:k] + data.draw(st.sampled_from(SEPARATORS)) + text[k:]
        parts.append(text + sep)
    once = rejoin_pipeline()("".join(parts)).text
    assert rejoin_pipeline()(once).text == once


@given(st.lists(own_paragraphs, min_size=2, max_size=5), st.sampled_from(["湖州日报　2024年3月5日　星期二",
                                                                          "湖州市人民政府公报　2024年第3期"]),
       st.booleans())
def test_a_dated_running_header_goes_from_every_page(pages: list[str], header: str, form_feeds: bool) -> None:
    total = len(pages)
    parts = []
    for n, text in enumerate(pages, start=1):
        parts += [("\f" if form_feeds and n > 1 else "") + header, text, f"- {n} -" if not form_feeds else ""]
    doc = rejoin_pipeline()("\n".join(p for p in parts if p or not form_feeds))
    assert [line for line in doc.text.split("\n") if line] == pages  # a page break may leave a blank line
    assert [f.page for f in doc.fragments()] == list(range(1, total + 1))
