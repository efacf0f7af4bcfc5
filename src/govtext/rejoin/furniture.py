"""PDF page furniture: page numbers, page breaks and running headers.

Text extracted from a PDF or a printed gazette carries the furniture of
every page: a page number line (``第2页 共5页``, ``- 3 -``, ``3/5``,
``Page 3 of 5``, an edition header ``第3版`` or a dated masthead
``临湖日报 2024年3月5日 星期二 第2版``), a form feed between pages,
and a running header or footer repeated on every page. :class:`PageFurniture`
removes them (each an :class:`~govtext.Edit` with a rule and a reason) and
keeps the page structure as provenance with :meth:`Document.set_page`, so
each fragment of the text knows its page:

- page numbers found: footers (``第2页 共5页`` after the page's text) or
  headers (``第3版`` before it), whichever the layout shows; a dated
  masthead that opens the text stays (its date and paper are metadata);
- only form feeds: pages are numbered 1, 2, ... in input order;
- neither, but an e-paper masthead near the top names the page
  (``第 02 版``): the whole text is on that page (the line itself stays);
- a running header or footer is only recognised next to a page boundary
  (page number or form feed) and on at least two pages; its occurrence at
  the top of the first page stays (it may be the document's title) unless
  it carries numbers (a date, an issue), as a masthead does.

>>> from govtext import Document
>>> doc = Document.from_text("一是深化改革。\\n第1页 共2页\\n二是强化创新。\\n第2页 共2页")
>>> PageFurniture()(doc)
>>> doc.text
'一是深化改革。\\n二是强化创新。'
>>> [(f.page, doc.text[f.start:f.end]) for f in doc.fragments()]
[(1, '一是深化改革。'), (2, '二是强化创新。')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

import regex

from govtext.document import Document
from govtext.edits import Edit
from govtext.rejoin.text import NUMERAL, ends_sentence, parse_number, starts_numbered
from govtext.rejoin.titles import ends_with_document_kind

__all__ = ["PageFurniture", "PageNumber", "find_page_numbers", "masthead_page"]

_N = rf"(?P<n>{NUMERAL})"
_T = rf"(?P<t>{NUMERAL})"
_DASH_CHARS = "-—–－―~～·•・‧∙⋅"
_DASH = rf"[{_DASH_CHARS}]{{1,2}}"
_PAPER_DATE = (r"(?:[《〈]?\s*\p{Han}{2,12}\s*[》〉]?\s*)?[（(]?\s*"
               r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
               r"\s*(?:[，,]?\s*(?:星期|礼拜|周)[一二三四五六日天])?\s*[，,]?\s*")
_DATED_MASTHEAD = regex.compile(_PAPER_DATE + rf"第\s*[A-Za-z]?\s*{_N}\s*版\s*[）)]?(?:\s*[:：]?\s*[^\s。，,！？!?]{{1,8}})?")
"""An e-paper masthead that dates its page: ``临湖日报 2024年3月5日 星期二 第2版``,
``《人民日报》（2024年03月05日 第 02 版）``."""
_SECTION = (r"\p{Han}{0,4}(?:要闻|要聞|新闻|新聞|综合|綜合|头版|頭版|城建|城事|民生|副刊|经济|經濟|社会|社會|文化|体育|體育|理论|理論"
            r"|评论|評論|观察|觀察|视窗|視窗|视点|視點|专版|專版|专题|專題|时政|時政|法治|乡村|鄉村|乡镇|鄉鎮|县域|縣域|教育|健康"
            r"|科技|财经|財經|国际|國際|国内|國內|港闻|港聞|澳闻|澳聞|地方|广告|廣告|文体|文體|生活|天下|周刊|週刊)(?:[·・]\p{Han}{2,4})?")
"""An e-paper page's section name (要闻, 综合新闻, 城建, 副刊·青禾园, 乡镇视窗)."""
_PAGE_LINE = [
    ("footer", regex.compile(rf"第\s*{_N}\s*[页頁]\s*[，,/／|｜]?\s*共\s*{_T}\s*[页頁]")),
    ("footer", regex.compile(rf"共\s*{_T}\s*[页頁]\s*[，,/／|｜]?\s*第\s*{_N}\s*[页頁]")),
    ("footer", regex.compile(rf"{_DASH}\s*(?:[A-Za-z]\s*)?{_N}\s*{_DASH}")),
    ("footer", regex.compile(rf"第\s*{_N}\s*[页頁]")),
    ("footer", regex.compile(rf"[页頁]\s*{_N}")),
    ("footer", regex.compile(rf"第\s*{_N}\s*版\s*[，,/／|｜]?\s*共\s*{_T}\s*版")),
    ("weak", regex.compile(rf"{_N}\s*[/／]\s*{_T}")),
    ("footer", regex.compile(rf"(?i)page\s*{_N}(?:\s*(?:of|/)\s*{_T})?")),
    ("header", regex.compile(rf"第\s*[A-Za-z]?\s*{_N}\s*版(?:\s*[:：]?\s*[^\s。，,！？!?]{{1,8}})?"
                             r"(?:\s{1,4}(?:上一版|下一版)){0,2}")),
    ("header", _DATED_MASTHEAD),
    # an e-paper page's header that dates it after its lettered page (A03版：要闻　　2025年4月9日)
    ("header", regex.compile(rf"[A-Za-z]\s*{_N}\s*版(?:\s*[:：]\s*[^\s。，,！？!?]{{1,8}})?\s+" + _PAPER_DATE)),
    # a page and its section without 第 or a letter, after a colon or a bar (3版　|　城建, 4版：综合新闻):
    # a section's name, not a clause (4版：修订后印发)
    ("header", regex.compile(rf"{_N}\s*版\s*[:：|｜]\s*" + _SECTION)),
]
_PAGE_WORD = re.compile("[页頁版/／pP]")
"""What every ``_PAGE_LINE`` pattern but the dashed one (``- 3 -``, a dash at
each end) needs in a line: 页, 版, a slash or the p of "page"."""
_DASH_SET = frozenset(_DASH_CHARS)
_NUMERALS = "0-9０-９零〇一二两三四五六七八九十百"
"""Every page number line holds one of these (cheaper to test than the patterns)."""
_PAGE_LINE_MARK = re.compile("[" + re.escape("页頁版/／pP" + _DASH_CHARS) + "]")
"""Every line a ``_PAGE_LINE`` pattern matches holds one of these: 页, 版, a
dash, a slash or the p of "page"."""
_SPACES = " \t\u3000\xa0"
_PAGE_LINE_MAX = 40
"""A page number line is at most this long without the spaces around it (a dated masthead is the longest)."""
_DIGITS = regex.compile(r"[0-9０-９]+")


@dataclass(frozen=True)
class PageNumber:
    """A line of its own holding a page number: ``text[start:end]`` (newline excluded)."""

    start: int
    end: int
    page: int
    total: int | None
    position: str
    """``"footer"`` or ``"header"``: where that kind of line usually stands
    (``"weak"`` only while :func:`find_page_numbers` checks a ``2/5`` line)."""


def find_page_numbers(text: str) -> list[PageNumber]:
    """Lines of ``text`` that are nothing but a page number.

    >>> [(p.page, p.total) for p in find_page_numbers("正文\\n- 3 -\\n第2页 共5页\\n2024年3月")]
    [(3, None), (2, 5)]
    >>> [p.page for p in find_page_numbers("正文\\n— A4 —\\n正文")]
    [4]
    >>> [(p.page, p.total) for p in find_page_numbers("正文\\n1/2\\n正文\\n2/2")]
    [(1, 2), (2, 2)]
    >>> find_page_numbers("比例\\n1/2\\n正文")
    []
    """
    short = _numeral_lines(text)
    if not short:
        return []  # every page number line is one of these
    marked = [(pos, line) for pos, line in short if _PAGE_LINE_MARK.search(line)]
    out = [p for p in (_page_number_line(pos, line) for pos, line in marked) if p is not None]
    out += _page_numbers_with_running_text(marked, {p.start for p in out})
    out = sorted(out + _folios_beside_titles(short, {p.start for p in out}), key=lambda p: p.start)
    weak = [p for p in out if p.position == "weak"]
    if weak:
        # "2/5" alone on a line may be a table cell: only a run of pages of one total counts
        pages = [p.page for p in weak]
        counts = len(weak) >= 2 and len({p.total for p in weak}) == 1 and pages == sorted(set(pages))
        pages_found = [p.page for p in out if p.position != "weak"]
        out = [p if p.position != "weak" else PageNumber(p.start, p.end, p.page, p.total, "footer")
               for p in out if p.position != "weak" or counts
               or (pages_found and p.total is not None and max(pages_found) <= p.total and p.page <= p.total
                   and _counter_cuts_a_sentence(text, p))]
    return out or _bare_page_numbers(text, short)


def _counter_cuts_a_sentence(text: str, p: PageNumber) -> bool:
    """Whether the lone ``2 / 8`` line ``p`` (a reader's page counter on a page
    whose other page numbers were found) stands between the halves of a
    sentence: a line of prose above that ends no sentence, one below that
    opens no paragraph (no indent, no number), as a page break cuts them.
    A table's ``1/2`` cell stands between its row's other cells.

    >>> t = "　　对祭祀用火、农事用火实行审批报备\\n2 / 8\\n制度。"
    >>> _counter_cuts_a_sentence(t, PageNumber(19, 24, 2, 8, "weak"))
    True
    >>> _counter_cuts_a_sentence("比例\\n1/2\\n合计", PageNumber(3, 6, 1, 2, "weak"))
    False
    """
    above, below = _line_above(text, p.start), _line_below(text, p.end)
    if above is None or below is None:
        return False
    prose = text[above[0] : above[1]].strip(_SPACES)
    nxt = text[below[0] : below[1]]
    return len(prose) >= _PROSE_MIN and not ends_sentence(prose) and _CLAUSE_MARK.search(prose) is not None \
        and _CELL_MARK.search(prose) is None and _CELL_MARK.search(nxt) is None \
        and not nxt.startswith(tuple(_SPACES)) and not starts_numbered(nxt.strip(_SPACES))


_GAP = regex.compile(r"[ \t\xa0]{2,}|\u3000+")
"""The gap between the parts of a page's edge line (a running title, a page number, an issue)."""


def _page_numbers_with_running_text(lines: list[tuple[int, str]], found: set[int]) -> list[PageNumber]:
    """Page numbers that share their line with running text across a gap
    (``临湖市人民政府公报　　　　- 1 -``, ``· 2 ·　　公报　　2024年第3期``): the number opens
    or closes the line, the other parts are short and end no sentence, and
    they repeat on another such line, so no line of the body goes.

    >>> lines = [(0, "市政府公报　　　　- 1 -"), (40, "- 2 -　　　　市政府公报"), (80, "说明　　　- 3 -")]
    >>> [(p.page, p.start) for p in _page_numbers_with_running_text(lines, set())]
    [(1, 0), (2, 40)]
    """
    by_text: dict[frozenset[str], list[PageNumber]] = defaultdict(list)
    for pos, line in lines:
        stripped = line.strip(_SPACES)
        parts = _GAP.split(stripped)
        if pos in found or len(parts) < 2:
            continue
        for number, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
            p = _page_number_line(0, number)
            if p is None or p.position != "footer" or any(len(r) > 20 or ends_sentence(r) for r in rest):
                continue
            lead = len(line) - len(line.lstrip(_SPACES))
            by_text[frozenset(rest)].append(PageNumber(pos + lead, pos + lead + len(stripped), p.page, p.total, "footer"))
            break
    return [p for same in by_text.values() if len(same) >= 2 for p in same]


_PUBLICATION = (r"(?:\p{Han}{1,12}?[县市区镇乡村州府省旗盟]志|\p{Han}{2,12}?年[鉴鑑])(?:\s{0,2}[（(][\d—\-－–~～ ]{4,11}[）)])?"
                r"(?:[ \t\u3000·・]{0,4}(?:\d{4}(?:年[卷版])?|第[一二三四五六七八九十百\d]{1,4}[卷编篇册辑]|卷[一二三四五六七八九十百\d]{1,4}"
                r"|[上中下]册)){0,3}(?:[ \t\u3000·・]{1,4}\p{Han}{2,8})?"
                r"|\p{Han}{2,16}?(?:公报|公報|汇编|彙編|选编|選編|丛刊|叢刊|史料|文集|资料|資料)[ \t\u3000·・]{0,4}"
                r"(?:[（(]\s{0,2}第[一二三四五六七八九十\d]{1,3}\s{0,2}[辑輯卷册冊期]\s{0,2}[）)]"
                r"|[\d〇零一二三四五六七八九O○]{4}\s{0,2}年\s{0,2}第\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}[期号號]"
                r"|第\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}[辑輯卷册冊期])")
_RUNNING_TITLE = regex.compile(rf"(?:\d{{4}}[ \t\u3000·・]{{0,4}})?(?:{_PUBLICATION})")
"""The running head of a scanned book's or gazette's page: the book's name (a
place's chronicle, ``石门镇志``, or a yearbook, ``锦川年鉴``), with its year,
volume or part and the part's name (``青峪县志·第十一编　农业``, ``2024 锦川年鉴``,
``溪埔乡志　卷三　政事篇``), or a gazette's or compilation's name with its issue
(``江澜省人民委员会公报　一九五五年第十二期``, ``…党史资料汇编(第二辑)``)."""
_RUNNING_TITLE_MAX = 36
_FOLIO_BESIDE = regex.compile(r"(?P<a>\d{1,4})(?:[ \t\u3000]*[·・|｜][ \t\u3000]*|[ \t\xa0]{2,}|\u3000+)(?P<rest>.+)"
                              r"|(?P<rest2>.+?)(?:[ \t\u3000]*[·・|｜][ \t\u3000]*|[ \t\xa0]{2,}|\u3000+)(?P<b>\d{1,4})")
"""A bare folio beside its page's running title across a dot, a bar or a gap (``36 · 石门镇志``, ``113　　溪埔乡志``)."""
_DOTTED_FOLIO_BESIDE = regex.compile(r"(?P<rest>[^。！？!?；;]{2,24}?)[ \t\u3000]*(?P<d>[·•・—\-－])\s*(?P<n>\d{1,4})\s*(?P=d)"
                                     r"|(?P<d2>[·•・—\-－])\s*(?P<n2>\d{1,4})\s*(?P=d2)[ \t\u3000]*(?P<rest2>[^。！？!?；;]{2,24})")
"""A folio between two dots or dashes beside a short running text (``第二章　建置沿革 · 37 ·``,
``· 12 ·　农业``): no line of prose ends or opens so."""


_BESIDE_MARK = re.compile("[·・|｜•—\\-－\u3000]|[ \t\xa0]{2}")
"""What every line :func:`_folios_beside_titles` takes holds (a dot, a bar, a dash or a gap): cheaper than its patterns."""


_FOLIO_EDGE = frozenset("0123456789·•・—-－")
"""What a line that shares a folio with its running title opens or closes with: the folio's digit or its dot or dash."""


def running_title(line: str) -> bool:
    """Whether ``line`` is a scanned page's running head naming its book (see ``_RUNNING_TITLE``).

    >>> [running_title(t) for t in ("青峪县志·第十一编　农业", "2024 锦川年鉴", "柏溪年鉴·2023", "水利志", "县志编纂工作会议")]
    [True, True, True, False, False]
    """
    s = line.strip(_SPACES)
    return len(s) <= _RUNNING_TITLE_MAX and _RUNNING_TITLE.fullmatch(s) is not None


def _folios_beside_titles(lines: list[tuple[int, str]], found: set[int]) -> list[PageNumber]:
    """Page numbers that share their line with the page's running title: a bare
    number beside a book's name (``36 · 石门镇志``, ``113　　溪埔乡志``), or a
    dotted or dashed folio beside any short text that ends no sentence
    (``第二章　建置沿革 · 37 ·``). Unlike :func:`_page_numbers_with_running_text`
    the line need not repeat: a scanned book's heads alternate and a page
    gives two or three of them.

    >>> [(p.page, p.start) for p in _folios_beside_titles([(0, "36 · 石门镇志"), (20, "第二章　建置沿革 · 37 ·"), (40, "12 · 3")], set())]
    [(36, 0), (37, 20)]
    """
    out: list[PageNumber] = []
    for pos, line in lines:
        stripped = line.strip(_SPACES)
        if pos in found or len(stripped) > _PAGE_LINE_MAX or not (stripped[:1] in _FOLIO_EDGE or stripped[-1:] in _FOLIO_EDGE) \
                or _BESIDE_MARK.search(stripped) is None or regex.search(r"\p{Han}", stripped) is None:
            continue
        page = None
        m = _FOLIO_BESIDE.fullmatch(stripped)
        if m is not None and running_title(m.group("rest") or m.group("rest2")):
            page = int(m.group("a") or m.group("b"))
        else:
            m = _DOTTED_FOLIO_BESIDE.fullmatch(stripped)
            if m is not None:
                rest = (m.group("rest") or m.group("rest2")).strip(_SPACES)
                if regex.search(r"\p{Han}.*\p{Han}", rest) and not ends_sentence(rest):
                    page = int(m.group("n") or m.group("n2"))
        if page:
            lead = len(line) - len(line.lstrip(_SPACES))
            out.append(PageNumber(pos + lead, pos + lead + len(stripped), page, None, "footer"))
    return out


_NUMERAL_LINE_BODY = (rf"(?=[{_SPACES}]*+[^\n]{{1,{_PAGE_LINE_MAX}}}+[{_SPACES}]*+(?:\n|\Z))"
                      rf"(?=[^\n]*?[{_NUMERALS}])[^\n]*")
_NUMERAL_LINE = (re.compile(_NUMERAL_LINE_BODY), re.compile("\n" + _NUMERAL_LINE_BODY))
"""A line that is 1 to ``_PAGE_LINE_MAX`` characters long once stripped of
``_SPACES`` and holds a numeral. The first look-ahead takes the leading
spaces whole, then at most that many characters, then nothing but spaces
may be left, so a longer line fails at once; the second pattern starts at
the line break before the line, which ``re`` finds by a fast search."""


def _numeral_lines(text: str) -> list[tuple[int, str]]:
    """``(start, line)`` of every line of ``text`` that holds a numeral and
    is at most ``_PAGE_LINE_MAX`` characters long without the spaces around
    it: the only lines that may be page numbers.

    >>> _numeral_lines("正文很长很长的一行，超过了四十个字符，不是页码，第3页，不是，这一行仍然很长很长很长很长。\\n  - 3 -\\n\\n3\\n目录")
    [(46, '  - 3 -'), (55, '3')]
    """
    first, rest = _NUMERAL_LINE
    out = [(m.start() + 1, m.group()[1:]) for m in rest.finditer(text)]
    m = first.match(text)
    if m is not None:
        out.insert(0, (0, m.group()))
    return out


def _page_number_line(pos: int, line: str) -> PageNumber | None:
    """The page number ``line`` (starting at ``pos``) holds, if it is one."""
    stripped = line.strip(_SPACES)
    if (stripped[:1] not in _DASH_SET or stripped[-1:] not in _DASH_SET) and _PAGE_WORD.search(stripped) is None:
        return None  # no pattern can match (a date with dashes, a time): spared the eight patterns
    for position, pattern in _PAGE_LINE:
        m = pattern.fullmatch(stripped)
        if m is None:
            continue
        page = parse_number(m.group("n"))
        total = parse_number(m.group("t")) if "t" in m.groupdict() and m.group("t") else None
        if page is None or page <= 0 or (total is not None and (total <= 0 or page > total)):
            continue
        lead = len(line) - len(line.lstrip(_SPACES))
        return PageNumber(pos + lead, pos + lead + len(stripped), page, total, position)
    return None


_BARE_NUMBER = re.compile(r"[ \t\u3000]*([0-9]{1,3})[ \t\u3000]*")
"""A line holding only a number (a short line, so looked for among them)."""


def _bare_page_numbers(text: str, short: list[tuple[int, str]] | None = None,
                       min_gap: int = 200) -> list[PageNumber]:
    """Lines holding only a number, when they count pages: consecutive values
    (n, n+1, ...) with at least ``min_gap`` characters of text between them,
    so a table's cells or a list's numbers never qualify. ``short`` holds
    the lines of ``text`` that may be such lines (see :func:`_numeral_lines`):
    all of them if not given.

    >>> body = "正文。" * 80
    >>> [p.page for p in _bare_page_numbers(f"{body}\\n2\\n{body}\\n3\\n{body}\\n12")]
    [2, 3]
    """
    found: list[tuple[int, int, int]] = []
    for pos, line in _numeral_lines(text) if short is None else short:
        m = _BARE_NUMBER.fullmatch(line)
        if m is not None:
            found.append((pos + m.start(1), pos + m.end(1), int(m.group(1))))
    if len(found) > 300:
        return []  # a table of numbers, not page numbers
    best: list[tuple[int, int, int]] = []
    for i, first in enumerate(found):
        chain = [first]
        for nxt in found[i + 1 :]:
            last = chain[-1]
            if nxt[2] == last[2] + 1 and len(text[last[1] : nxt[0]].strip()) >= min_gap:
                chain.append(nxt)
        if len(chain) > len(best):
            best = chain
    if len(best) < 2 or best[0][2] == 0:
        return []
    return [PageNumber(a, b, n, None, "footer") for a, b, n in best]


def _form_feeds(doc: Document) -> list[int]:
    """Current-text positions of characters that were form feeds in the input."""
    orig = doc.original_text
    if "\x0c" not in orig:
        return []
    feeds = [m.start() for m in regex.finditer("\x0c", orig)]
    out: list[int] = []
    for start, ln, kind, ostart, olen, _tag in doc.alignment.runs():
        if kind != 0:
            continue
        i = bisect_left(feeds, ostart)
        while i < len(feeds) and feeds[i] < ostart + olen:
            cur = start + feeds[i] - ostart
            if cur < start + ln and doc.text[cur] == "\n":
                out.append(cur)
            i += 1
    return out


def _line_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _delete_line(text: str, start: int, end: int) -> tuple[int, int]:
    """Span deleting the line ``[start, end)`` and one line break."""
    ls, le = _line_span(text, start)
    if le < len(text):
        return ls, le + 1
    return (ls - 1 if ls > 0 else ls), le


def _break_deleted_once(edits: list[Edit]) -> list[Edit]:
    """The deletions in text order, none taking what the one before takes:
    the text's last line takes the line break before it (:func:`_delete_line`),
    which the line above, when it goes too, has already taken.

    >>> text = "— 12 —\\n— 13 —"
    >>> edits = [Edit.delete(*_delete_line(text, p, p), rule="r", reason="") for p in (0, 7)]
    >>> [(e.start, e.end) for e in edits], [(e.start, e.end) for e in _break_deleted_once(edits)]
    ([(0, 7), (6, 13)], [(0, 7), (7, 13)])
    """
    out: list[Edit] = []
    for e in sorted(edits):
        if out and e.start < out[-1].end:
            if e.end <= out[-1].end:
                continue
            e = e._replace(start=out[-1].end)
        out.append(e)
    return out


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str


def _segments(text: str, cuts: list[tuple[int, int]]) -> list[list[_Line]]:
    """Non-blank lines of each page, pages separated by the ``cuts`` spans."""
    pages: list[list[_Line]] = [[]]
    ci = 0
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        while ci < len(cuts) and cuts[ci][1] <= pos:
            ci += 1
            pages.append([])
        inside_cut = ci < len(cuts) and cuts[ci][0] <= pos < cuts[ci][1]
        if line.strip(_SPACES) and not inside_cut:
            pages[-1].append(_Line(pos, end, line))
        pos = end + 1
    while ci < len(cuts):
        ci += 1
        pages.append([])
    return pages


def _running_key(line: str) -> str | None:
    s = line.strip(_SPACES)
    if not s or len(s) > 50 or ends_sentence(s) or starts_numbered(s):
        return None
    return _DIGITS.sub("#", regex.sub(r"\s+", " ", s))


def _pages_of_its_parity(n_pages: int, found: list[int]) -> int:
    """How many of ``n_pages`` pages a line found on pages ``found`` may
    repeat on: all of them, or where it stands on odd or even pages only
    (facing pages alternate a gazette's name and its issue), those.

    >>> _pages_of_its_parity(5, [1, 3]), _pages_of_its_parity(5, [0, 2, 4]), _pages_of_its_parity(5, [1, 2])
    (2, 3, 5)
    """
    parities = {pi % 2 for pi in found}
    if len(parities) > 1:
        return n_pages
    return (n_pages + 1 - parities.pop()) // 2


def _running_lines(pages: list[list[_Line]]) -> list[_Line]:
    """Lines repeated at the top or bottom of at least two pages (and half of them, or of the odd or the even pages)."""
    pages = [lines for lines in pages if lines]  # a page number next to a form feed cuts twice
    if len(pages) < 2:
        return []
    where: dict[str, list[tuple[int, _Line, bool]]] = defaultdict(list)
    for pi, lines in enumerate(pages):
        seen: set[str] = set()
        edge = [(ln, True) for ln in lines[:2]] + [(ln, False) for ln in lines[-2:] if ln not in lines[:2]]
        for ln, top in edge:
            key = _running_key(ln.text)
            if key is None or key in seen:
                continue
            seen.add(key)
            where[key].append((pi, ln, top))
    out: list[_Line] = []
    for key, occ in where.items():
        for at_top in (True, False):  # a header repeats at the tops of pages, a footer at the bottoms
            at_edge = [(pi, ln) for pi, ln, top in occ if top is at_top]
            if len(at_edge) < 2 or len(at_edge) * 2 < _pages_of_its_parity(len(pages), [pi for pi, _ln in at_edge]):
                continue
            for pi, ln in at_edge:
                if pi == 0 and at_top and ("#" not in key or ends_with_document_kind(ln.text)):
                    continue  # the first page's header may be the title: keep it unless it is dated
                out.append(ln)
    return out


def _footer_layout(numbers: list[PageNumber], before: int, after: int, total: int) -> bool:
    """Whether the page numbers close their pages (footers) rather than open them.

    A footer closes every page, the last one too, so nothing follows the
    last number; a header opens every page (perhaps not the first), so
    nothing precedes the first, or only a little (the paper's name above
    its first edition header). When text stands on both sides, a tail
    much shorter than a page is the leftover of a footer layout.

    >>> n = [PageNumber(0, 1, 1, None, "footer")]
    >>> _footer_layout(n, 500, 0, 600), _footer_layout(n, 0, 500, 600)
    (True, False)
    """
    if after == 0:
        return True
    if before == 0:
        return False
    headers = sum(p.position == "header" for p in numbers) * 2 > len(numbers)
    page_length = total / (len(numbers) + 1)
    if headers and before < page_length / 2:
        return False  # edition headers after a little of the site (the paper's name) open their pages
    if numbers[0].page == 1:
        return True  # text before page number 1 is on page 1: a footer
    if headers:
        return False
    return after < page_length / 2


def _leading_lines(text: str, count: int, pieces: int = 21) -> list[str]:
    """The first ``count`` non-blank pieces of ``text.split("\\n", pieces - 1)``
    (the last piece is the rest of the text), without splitting all of it.

    >>> _leading_lines("\\n标题\\n \\n正文\\n结尾\\n", 2)
    ['标题', '正文']
    >>> _leading_lines("一\\n\\n二\\n三", 3, pieces=2)
    ['一', '\\n二\\n三']
    """
    out: list[str] = []
    start = 0
    for _ in range(pieces - 1):
        end = text.find("\n", start)
        if end < 0:
            break
        line = text[start:end]
        if line.strip():
            out.append(line)
            if len(out) == count:
                return out
        start = end + 1
    if text[start:].strip():
        out.append(text[start:])
    return out[:count]


_MASTHEAD_PAGE = regex.compile(rf"(?<![接转])第\s*[A-Za-z]?\s*{_N}\s*版")
"""A masthead's page (第 02 版, and 第A03版 with the section's letter)."""


def masthead_page(text: str, lines: int = 3) -> int | None:
    """The page an e-paper article is on, from its masthead line near the top
    (``《人民日报》（2024年03月05日 第 02 版）``), or None.

    The line is left alone (it is metadata, for the block filters); only the
    page is taken.

    >>> masthead_page("《 人民日报 》（ 2024年03月05日 第 02 版）\\n正文。")
    2
    >>> masthead_page("（上接第一版）正文。") is None
    True
    >>> masthead_page("第A03版：要闻  上一版  下一版\\n正文。")
    3
    """
    from govtext.rejoin.markers import find_markers

    if "版" not in text:
        return None  # (the test below, for the whole text at once)
    for line in _leading_lines(text, lines):
        if "版" not in line or len(line) > 60:
            continue  # "版" ends every masthead page: a cheap first test
        m = _MASTHEAD_PAGE.search(line)
        if m is not None and not find_markers(line):
            return parse_number(m.group("n"))
    return None


_MASTHEAD_ABOVE = 3
"""How many short lines (the paper's name, the site's menu) may stand above a dated masthead that opens the text."""


def _masthead_opening(text: str, numbers: list[PageNumber]) -> int:
    """Where the first page number line starts when it opens the text: only
    short lines that end no sentence (the paper's name, a menu, at most
    ``_MASTHEAD_ABOVE``) stand above it; else where the text's first line starts.

    >>> t = "青溪报\\n2024年5月20日 星期一 第 1 版 要闻\\n标题"
    >>> _masthead_opening(t, find_page_numbers(t))
    4
    """
    opening = len(text) - len(text.lstrip())
    if not numbers or numbers[0].start == opening:
        return opening
    above = text[opening : numbers[0].start].split("\n")[:-1]
    lines = [ln.strip(_SPACES) for ln in above if ln.strip(_SPACES)]
    if len(lines) <= _MASTHEAD_ABOVE and all(len(ln) <= 40 and not ends_sentence(ln) for ln in lines):
        return numbers[0].start
    return opening


_EDITION_DATE = regex.compile(
    r"[ \t\u3000]*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
    r"(?:[ \t\u3000]*[，,]?[ \t\u3000]*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天])?[ \t\u3000]*")
"""A date alone on a line (``2025年6月3日``, ``2025-06-03 星期二``)."""


def _edition_dates(text: str, header: PageNumber) -> list[tuple[int, int]]:
    """The span deleting the date line right below an edition header inside
    the text (``第A2版：要闻`` / ``2025年6月3日``, an e-paper's dated masthead
    that a column break set over two lines): the page's furniture. Only a
    line holding nothing but a date goes, and not one above the header (the
    date of a notice that closes the page before).

    >>> t = "第一段文字很长，\\n第A2版：要闻\\n2025年6月3日\\n第二段文字。"
    >>> [t[s:e] for s, e in _edition_dates(t, find_page_numbers(t)[0])]
    ['2025年6月3日\\n']
    >>> t = "特此通知。\\n2025年6月2日\\n第2版\\n2025年6月3日上午，会议召开。"
    >>> _edition_dates(t, find_page_numbers(t)[0])
    []
    """
    if header.end >= len(text):
        return []
    after = text.find("\n", header.end + 1)
    below = (header.end + 1, len(text) if after < 0 else after)
    if below[0] < below[1] and _EDITION_DATE.fullmatch(text, *below):
        return [_delete_line(text, *below)]
    return []


def _line_above(text: str, start: int) -> tuple[int, int] | None:
    """Span (without its line break) of the nearest line above position ``start`` that is not blank."""
    end = start
    while (end := text.rfind("\n", 0, end)) > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return begin, end
        end = begin
    return None


def _line_below(text: str, end: int) -> tuple[int, int] | None:
    """Span (without its line break) of the nearest line below position ``end`` that is not blank."""
    pos = end
    while (pos := text.find("\n", pos)) >= 0:
        stop = text.find("\n", pos + 1)
        stop = len(text) if stop < 0 else stop
        if text[pos + 1 : stop].strip():
            return pos + 1, stop
        pos = stop
    return None


_SECTION_HEAD = regex.compile(r"\p{Han}{2,10}")
"""A yearbook's or chronicle's running section name (``经济管理``): a few Han characters, nothing else."""
_PROSE_MIN = 12
_CLAUSE_MARK = re.compile("[，,、；;]")
"""A line of prose has a clause in it (a comma, a 顿号): a table's row or a list's item has none."""
_CELL_MARK = re.compile("[|｜\t]")
"""Characters a line needs to be read as a line of prose whose sentence a page break cuts."""


def _cuts_a_sentence(text: str, head: tuple[int, int], before: tuple[int, int] | None,
                     after: tuple[int, int] | None) -> bool:
    """Whether the short line ``head`` (a section's name: ``经济管理``) stands,
    with the page number, between the halves of a sentence: the line of prose
    ``before`` them ends no sentence and the line ``after`` them goes on
    (no indent, no number). A heading opens a paragraph after one that ended;
    a running head is set wherever the page breaks."""
    if before is None or after is None or _SECTION_HEAD.fullmatch(text[head[0] : head[1]].strip(_SPACES)) is None:
        return False
    prose = text[before[0] : before[1]].strip(_SPACES)
    nxt = text[after[0] : after[1]]
    if len(prose) < _PROSE_MIN or ends_sentence(prose) or _CLAUSE_MARK.search(prose) is None \
            or _CELL_MARK.search(prose) or _CELL_MARK.search(nxt):
        return False  # no cut sentence of prose (a table's rows go on across a page break with their cells)
    return not nxt.startswith(tuple(_SPACES)) and not starts_numbered(nxt.strip(_SPACES)) \
        and _SECTION_HEAD.fullmatch(nxt.strip(_SPACES)) is None


_TITLE_NOTE = regex.compile(r"\s{0,2}[（(](?:征求意见稿|送审稿|草案|试行|暂行|修订稿|修订|讨论稿|代拟稿|公示稿)[）)]$")
"""The note a draft's title carries on its first page and not in its running head (``（征求意见稿）``)."""
_REPEATED_TITLE_MIN = 8


def _repeats_title(text: str, line: tuple[int, int], first_number: int) -> bool:
    """Whether ``line``, just below a page number, repeats the document's
    title as a PDF's running head does: a line above the first page number
    whole, or without the note of a draft (``…规划（征求意见稿）`` above,
    ``…规划`` atop each page after). The title itself, above, stays.

    >>> t = "远山市文化设施建设规划（征求意见稿）\\n正文，未完\\n· 1 ·\\n远山市文化设施建设规划\\n正文。"
    >>> _repeats_title(t, (t.index("远山市文化设施建设规划\\n"), t.index("\\n正文。")), t.index("·"))
    True
    >>> _repeats_title(t, (t.index("正文，"), t.index("\\n·")), t.index("·"))
    False
    """
    s = text[line[0] : line[1]].strip(_SPACES)
    if len(s) < _REPEATED_TITLE_MIN or ends_sentence(s) or line[0] < first_number or s not in text[:first_number]:
        return False
    for ln in text[:first_number].split("\n"):
        head = ln.strip(_SPACES)
        if head == s or _TITLE_NOTE.sub("", head) == s:
            return True
    return False


def _running_titles_beside(text: str, numbers: list[PageNumber], opening: int) -> list[tuple[int, int]]:
    """Spans to delete (line and its break) of the lines just above or below a
    page number line (blank lines aside) that name the page's book
    (:func:`running_title`), or that name a section and stand with the page
    number between the halves of a sentence (:func:`_cuts_a_sentence`): a
    scanned book's heads alternate between its name and its part's, so one
    page shows each once and :func:`_running_lines` cannot see them repeat.
    The text's first line stays (it may be the title).

    >>> t = "正文一。\\n青峪县志·第十一编　农业\\n· 413 ·\\n正文二。"
    >>> [t[s:e] for s, e in _running_titles_beside(t, find_page_numbers(t), 0)]
    ['青峪县志·第十一编　农业\\n']
    >>> t = "全市清查法人单位2.13万个、产业\\n经济管理\\n· 157 ·\\n活动单位0.42万个。\\n农业\\n· 158 ·\\n　　正文。"
    >>> [t[s:e] for s, e in _running_titles_beside(t, find_page_numbers(t), 0)]
    ['经济管理\\n']
    """
    out: list[tuple[int, int]] = []
    first = len(text) - len(text.lstrip())
    for p in numbers:
        above = _line_above(text, p.start)
        below = _line_below(text, p.end)
        if above is not None and above[0] > first and above[0] != opening \
                and (running_title(text[above[0] : above[1]])
                     or _cuts_a_sentence(text, above, _line_above(text, above[0]), below)):
            out.append(_delete_line(text, *above))
        if below is not None and (running_title(text[below[0] : below[1]])
                                  or _cuts_a_sentence(text, below, above, _line_below(text, below[1]))
                                  or _repeats_title(text, below, numbers[0].start)):
            out.append(_delete_line(text, *below))
    return out


_WIDE_GAP = re.compile("\u3000{2,}|[ \t\xa0]{3,}")
"""The gap between the halves of a running head set to both margins (``…疫情周报　　　　　2025年第48周``)."""


def _first_page_copies(text: str, heads: list[tuple[int, int]], first_number: int) -> list[tuple[int, int]]:
    """Spans to delete of the first page's copies of running heads found
    further down (``heads``: spans of deleted lines): a line above the first
    page number that repeats one of them exactly, two halves set apart by a
    wide gap (a report's name at one margin, its issue at the other). The
    first page's head stands above its text, below the web page's headline,
    where no page number marks it. The text's first line stays (it may be
    the title), and so does a heading without such a gap.

    >>> t = "疫情周报（第48周）\\n疫情周报　　　　2025年第48周\\n正文一。\\n— 1 —\\n疫情周报　　　　2025年第48周\\n正文二。"
    >>> s = t.rindex("疫情周报　")
    >>> [t[a:b] for a, b in _first_page_copies(t, [(s, t.index("\\n", s) + 1)], t.index("— 1"))]
    ['疫情周报　　　　2025年第48周\\n']
    """
    wanted = {t for s, e in heads if _WIDE_GAP.search(t := text[s:e].strip()) is not None}
    if not wanted:
        return []
    out: list[tuple[int, int]] = []
    first = len(text) - len(text.lstrip())
    pos = 0
    while pos < first_number:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos > first and text[pos:end].strip() in wanted:
            out.append(_delete_line(text, pos, end))
        pos = end + 1
    return out


class PageFurniture:
    """Removes page numbers, page breaks' running headers and footers (see module doc)."""

    name = "furniture"

    def __call__(self, doc: Document) -> None:
        text = doc.text
        numbers = find_page_numbers(text)
        feeds = _form_feeds(doc)
        if not numbers and not feeds:
            page = masthead_page(text)
            if page is not None and not doc.pages:
                doc.set_page(0, page)
            return
        edits: list[Edit] = []
        cuts: list[tuple[int, int]] = []
        opening = _masthead_opening(text, numbers)
        for p in numbers:
            if p.start == opening and _DATED_MASTHEAD.fullmatch(text, p.start, p.end):
                continue  # a dated masthead opening the text stays: its date and paper are metadata
            s, e = _delete_line(text, p.start, p.end)
            total = f" of {p.total}" if p.total else ""
            edits.append(Edit.delete(s, e, rule="page-number",
                                     reason=f"page furniture: page number line (page {p.page}{total})"))
            cuts.append((s, e))
            if p.position == "header" and p.start > opening:
                for ds, de in _edition_dates(text, p):
                    edits.append(Edit.delete(ds, de, rule="page-date", reason="page furniture: the date of an "
                                             "edition header set on a line of its own beside it"))
                    cuts.append((ds, de))
        for f in feeds:
            if not any(s <= f < e for s, e in cuts):
                cuts.append((f, f + 1))
        cuts.sort()
        pages = _segments(text, cuts)
        for ln in _running_lines(pages):
            s, e = _delete_line(text, ln.start, ln.end)
            if any(a < e and s < b for a, b in cuts):
                s, e = ln.start, ln.end  # its line break is already going with a page number
                if any(a < e and s < b for a, b in cuts):
                    continue
            edits.append(Edit.delete(s, e, rule="running-header",
                                     reason="page furniture: line repeated at the edge of every page"))
            cuts.append((s, e))
        for s, e in _running_titles_beside(text, numbers, opening):
            if not any(a < e and s < b for a, b in cuts):
                edits.append(Edit.delete(s, e, rule="running-title", reason="page furniture: a scanned page's running "
                                         "head naming its book (a chronicle, a yearbook, a gazette's issue) beside "
                                         "the page number"))
                cuts.append((s, e))
        heads = [(e.start, e.end) for e in edits if e.rule in ("running-title", "running-header")]
        if heads and numbers:
            for s, e in _first_page_copies(text, heads, numbers[0].start):
                if not any(a < e and s < b for a, b in cuts):
                    edits.append(Edit.delete(s, e, rule="running-header", reason="page furniture: the first "
                                             "page's copy of a running head found beside a later page number"))
                    cuts.append((s, e))
        self._set_pages(doc, text, numbers, feeds)
        doc.apply(_break_deleted_once(edits), filter=self.name)

    @staticmethod
    def _set_pages(doc: Document, text: str, numbers: list[PageNumber], feeds: list[int]) -> None:
        if numbers:
            values = [p.page for p in numbers]
            if any(b <= a for a, b in pairwise(values)):
                return  # not a page sequence: remove the lines, claim no pages
            before = text[: numbers[0].start].strip()
            after = text[numbers[-1].end :].strip()
            footer = _footer_layout(numbers, len(before), len(after), len(text))
            if footer:
                doc.set_page(0, numbers[0].page)
                for p, nxt in pairwise(numbers):
                    doc.set_page(doc.original_range(p.start, p.end)[1], nxt.page)
                last = numbers[-1]
                if after and (last.total is None or last.page < last.total):
                    doc.set_page(doc.original_range(last.start, last.end)[1], last.page + 1)
            else:
                if before:  # the page before the first header's, or page 1 itself above its header (the paper's name)
                    doc.set_page(0, max(numbers[0].page - 1, 1))
                for p in numbers:
                    doc.set_page(doc.original_range(p.start, p.end)[0], p.page)
            return
        doc.set_page(0, 1)
        for i, f in enumerate(feeds, start=2):
            doc.set_page(doc.original_range(f, f + 1)[1], i)
