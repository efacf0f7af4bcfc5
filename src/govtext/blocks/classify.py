"""Label the blocks of a document: body, heading, title, boilerplate, spam.

The classifier first finds the *solid* body: blocks that read like prose
(sentences, clause punctuation, 40+ characters) and that no spam score or
prose-aware rule claims. Blocks before the first solid block are the
**head** (breadcrumbs, site slogans, widgets, the title, metadata lines,
bylines), blocks after the last one the **tail** (counters, related links,
footers, paywalls, slogans); the rest is the **core**, where only spam and
rules marked ``where = "any"`` can remove a block. A rule never removes a
block that reads like a sentence unless it says ``prose_ok``. Shapes count
as much as words: a chain of short items joined by ``>`` is a breadcrumb,
a row of short labels a navigation bar, a label said twice a widget,
parallel phrases at the end a slogan, and short non-sentence lines after a
related-links header a link list. Rows with number or one-character cells
(``1  王晓明  男  市财政局``) are table rows, never navigation, and after the
body a row of names counts as navigation only next to other page furniture.
An editor credit (``责任编辑：张三``) is metadata even between paragraphs.
Each block only runs the rules whose required tokens it holds
(:meth:`RuleSet.candidates <govtext.blocks.rules.RuleSet.candidates>`).

>>> lines = ["当前位置：首页 > 政务公开 > 通知公告", "湖州市推进数字政府建设", "发布时间：2024-01-05 来源：市府办",
...          "为加快数字政府建设，提升政务服务水平，现就有关事项通知如下，请结合实际认真贯彻执行。",
...          "版权所有：湖州市人民政府办公室 浙ICP备05021311号"]
>>> result = classify(lines)
>>> [x.label for x in result.labels]
['breadcrumb', 'title', 'metadata', 'body', 'footer']
>>> result.metadata["title"], result.metadata["date"], result.metadata["source"]
('湖州市推进数字政府建设', '2024-01-05', '市府办')
>>> print(result.labels[0].reason)
breadcrumb: starts with a 'you are here' label such as 当前位置; matched “当前位置”
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import compress, pairwise, repeat

import regex

from govtext.blocks import shape
from govtext.blocks._literals import AnyOf
from govtext.blocks._variants import regional_words
from govtext.blocks.metadata import (
    DATE_OPENERS,
    MetaLine,
    closing_source,
    credit_line_reporters,
    dateline_outlet,
    dateline_reporters,
    day_first_date,
    fits_trailing_label,
    has_label_mark,
    is_person_name,
    journal_author_names,
    label_kind,
    name_list,
    normalize_date,
    parse_byline,
    parse_label_pair,
    parse_label_table,
    parse_meta_line,
    repost_joint_byline,
    repost_name_with_office,
    repost_names_only,
    repost_trailing_author,
    search_date,
    trail_date,
)
from govtext.blocks.rules import Rule, RuleHit, RuleSet, load_rules, prose_aware
from govtext.blocks.spam import SpamScore, load_lexicon, may_be_spam, score_spam, scoring_blocks
from govtext.rejoin.titles import ends_with_document_kind, title_lines

__all__ = ["KEPT_LABELS", "BlockLabel", "Classification", "ClassifyConfig", "classify"]

KEPT_LABELS: frozenset[str] = frozenset({"body", "heading", "title", "caption"})
"""Labels whose blocks stay in the text; every other label removes the block."""

_FILE_NAME_END = regex.compile(r"(?i)\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)\W{0,3}"
                                r"(?:[(（\[［]\s{0,2}(?:[a-z]{2,4}\s{0,2}[,，、/|｜]\s{0,2})?\d{1,6}(?:\.\d{1,2})?\s{0,2}[KMG]B?"
                                r"\s{0,2}[)）\]］]\W{0,3})?$")
"""The extension that ends an attachment's link (``2.申报表.docx``), perhaps with the file's
format and size after it (``1.监测指标表.xlsx (28 KB)``, ``指南.pdf　[PDF/1.2MB]``)."""
_ATTACHMENT_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s?[、.．]\s{0,2}(?:附\s{0,2}件|附\s{0,2}件\s{0,2}[清目]单)\s{0,2}[:：]?$")
"""A notice's own numbered section of attachments (``九、附件``, ``十、附件：``, ``8.附件清单``): the
files listed under it are part of the notice, not a download list of the page (``附件下载：``, ``相关附件：``)."""
_ATTACHMENT_SECTION_ITEMS = 12
"""Most file lines read upwards from a file to its numbered attachment section."""


def _attachment_section_item(st: _State, i: int) -> bool:
    """Whether block ``i`` names a file (``1.成交通知书.pdf``) listed, alone or with the
    files above it, right under the notice's numbered attachment section (``九、附件``)."""
    if _FILE_NAME_END.search(st.texts[i]) is None:
        return False
    for j in range(i - 1, max(-1, i - 1 - _ATTACHMENT_SECTION_ITEMS), -1):
        t = st.texts[j]
        if _FILE_NAME_END.search(t) is None:
            return st.label(j) is None and _ATTACHMENT_SECTION.match(t) is not None
    return False


_ENUMERATION = regex.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)](?!\s{0,2}\d{3,4}[-－]\d{4}|\s{0,2}\d{7,8}(?!\d))|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}(?:[、．)]|\.(?!\d{1,4}\s{0,2}[万亿%]))"
                              r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分])")
"""A numbered heading's or item's number (一、, （二）, 3., 第四条); not a decimal count (2.1万, 3.5%), nor
a telephone's area code before its number (``(02)2322-8000``, a footer's line cut from its 总机： label)."""
# patterns of literal characters only read the same with ``re``, whose calls cost less
_TITLE_BAD_END = re.compile(r"[。；;：:，,、]$|\s(?:19|20)\d\d\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日$")
"""How no headline ends: with clause punctuation, or with a date set apart by a
space (a bulletin's issue line, ``…办公室编　　2024年4月12日``)."""
_LATIN_HEADLINE = re.compile(
    r"[A-Z0-9\"“‘'][A-Za-z0-9\u00c0-\u024f'’\"“”,:%$&-]*(?: [A-Za-z0-9\u00c0-\u024f'’\"“”‘,:%$&()-]+){2,30}")
"""A headline in English (or another Latin-script language): three or more words apart by single
spaces, opening with a capital or a number, with no full stop, bar or bracket of a trail in it
(``Lingang Opens Cross-Border Data Service Center``); taken only right above the date or source line."""
_LATIN_HEADLINE_MAX = 160
"""Most non-space characters of an English headline (its words are longer than a Chinese one's characters)."""
_SUBTITLE = re.compile(r"^(?:[—－-]{1,2}|[（(]|[问答問][:：])")
"""A subtitle, a bracketed note, or a question or answer of a Q&A (``问：…``): never the headline."""
_SUBTITLE_DASH = re.compile(r"^\s{0,4}(?:——|--|－－|—)")
"""A headline's subtitle set below it (``——工业和信息化部介绍…``)."""
_RELATED_RULES = ("related/list-header", "related/ranking-header", "related/more-link", "related/more-of-list",
                  "related/prev-next")
_LABEL_END = regex.compile(r"[:：]\s*$")
_TITLE_SEPARATOR = r"(?:[ \t\u3000]{0,2}[_|｜\-–—]{1,2}[ \t\u3000]{0,2}|[ \t\u3000]{2,4})"
_AFTER_HEADLINE = regex.compile(_TITLE_SEPARATOR + r"\S")
_BEFORE_HEADLINE = regex.compile(r"\S" + _TITLE_SEPARATOR + r"$")
_ISSUE_NUMBER = regex.compile(r"^第\s{0,2}(?:[\d〇零一二三四五六七八九十百]{1,6}|\d{1,5}(?:/[A-Z\d]{1,8}){1,5})\s{0,2}号(?:文件)?$")
"""An order's number under its issuing header (``第286号``), or a Macau office's file number under its name
(``第672/E441/VII/GPAL/2025号文件`` under ``行政长官办公室``)."""
_ISSUE_OF_SERIES = regex.compile(r"^[（(]?(?:总\s{0,2})?第\s{0,2}[\d〇零一二三四五六七八九十百]{1,6}\s{0,2}期[）)]?$")
"""The issue of a bulletin or journal (``第12期``, ``（总第236期）``): never the headline."""
_TAGLINE_SPLIT = re.compile(r"[ \t\u3000]{0,3}(?:[-–—_|｜]{1,2}|·)[ \t\u3000]{0,3}")


@dataclass(frozen=True)
class ClassifyConfig:
    """Options of :func:`classify`.

    - ``solid_chars`` (40): shortest prose block that anchors the body.
    - ``meta_coverage`` (0.6): share of a line metadata must explain for the
      line to count as a metadata line.
    - ``spam`` (True): score blocks for spam and SEO injections.
    - ``title_chars`` ((4, 80)): length range of a headline.
    - ``traditional`` (False): also score Traditional-script spam vocabulary.
    """

    solid_chars: int = 40
    meta_coverage: float = 0.6
    spam: bool = True
    title_chars: tuple[int, int] = (4, 80)
    traditional: bool = False


@dataclass(frozen=True)
class BlockLabel:
    """The label of one block, the rule that gave it and why."""

    label: str
    rule: str
    reason: str
    fields: dict[str, str | int] = field(default_factory=dict)

    @property
    def kept(self) -> bool:
        return self.label in KEPT_LABELS


@dataclass
class Classification:
    """Labels (one per block, in order), metadata found, and rule timeouts."""

    labels: list[BlockLabel]
    metadata: dict[str, str | int]
    title_index: int | None = None
    zones: list[str] = field(default_factory=list)
    timeouts: list[tuple[int, str]] = field(default_factory=list)
    """``(block index, rule id)`` of user rules that ran out of time."""


_BODY = BlockLabel("body", "body", "reads like body text")


_CAPTION = BlockLabel("caption", "caption", "a short line between the headline and the body (kept)")
_KEPT_LINE = {
    "core": BlockLabel("heading", "heading", "a short line inside the body (kept)"),
    **{zone: BlockLabel("heading", "unsure/edge-line",
                        f"kept: a short line in the page {zone} that matches no boilerplate rule or shape")
       for zone in ("head", "tail", "edge")},
}
"""The label of a short unlabelled line, by zone (shared instances, like :data:`_BODY`)."""


_CORE, _HEAD = "core", "head"

_UNPARSED = MetaLine({}, 0.0)
"""Stands for a line not parsed yet (parsing gives None or another object)."""


def _may_defer_prose_rules(rules: RuleSet) -> bool:
    """Whether prose-aware rules may wait until a block's label is read.

    A prose-aware label on a block of the core is always dropped once zones
    are known when no prose-aware rule applies there, so for such a block
    the rules need to run only if zoning reads its label. Running fewer
    rules, or in another order, changes nothing as long as no rule can run
    out of time (a rule that does is skipped for the rest of the document)."""
    return rules.untimed and not rules.rules_where(_RULES_IN_ZONE["core", True])


class _State:
    """Per-document working state of :func:`classify`."""

    def __init__(self, texts: Sequence[str], rules: RuleSet, config: ClassifyConfig) -> None:
        self.texts = list(texts)
        self.joined = "\n".join(self.texts)
        """The blocks on lines of their own: one scan of it tells whether any block holds a word."""
        self.rules = rules
        self.config = config
        self.n = len(texts)
        self.labels: list[BlockLabel | None] = [None] * self.n
        self.sentence, self.prose = shape.sentence_and_prose(self.texts)
        self.size = _Sizes(self.texts)
        self.meta: list[MetaLine | None] = [_UNPARSED] * self.n
        self.timeouts: list[tuple[int, str]] = []
        self.dead: set[str] = set()
        self.hits: dict[tuple[int, str], RuleHit | None] = {}
        self._cands: dict[Callable[[Rule], bool],
                          tuple[Callable[[str], tuple[Rule, ...]], list[tuple[Rule, ...] | None]]] = {}
        self.lazy = _may_defer_prose_rules(rules)
        """Prose-aware rules run on a block only when its label is read (see
        :func:`_prose_rules_first`)."""
        self.pending = [self.lazy] * self.n
        """Blocks whose prose-aware rules have not run yet."""
        self.thread = False
        """Whether a forum post's header opens the page's body (see :func:`_reply_cut`)."""
        self.form: int | None = None
        """Where a feedback or message form under the text begins (see :func:`_form_cut`)."""
        self.comments: int | None = None
        """Where the readers' comment section under the text begins (see :func:`_comment_cut`)."""

    def label(self, i: int) -> BlockLabel | None:
        """The label of block ``i``, running the prose-aware rules on it first
        if they have not run yet."""
        if self.pending[i]:
            self.pending[i] = False
            _prose_rules_on(self, i)
        return self.labels[i]

    def cands(self, i: int, select: Callable[[Rule], bool]) -> tuple[Rule, ...]:
        """The rules that ``select`` accepts and that may match block ``i``
        (the others cannot), in evaluation order, worked out when first
        asked: each pass needs only the few rules it may apply."""
        entry = self._cands.get(select)
        if entry is None:
            entry = self._cands[select] = (self.rules.finder_where(select), [None] * self.n)
        find, cache = entry
        found = cache[i]
        if found is None:
            found = cache[i] = find(self.texts[i])
        return found

    def rule_out(self, indices: list[int], select: Callable[[Rule], bool]) -> None:
        """Record that the blocks at ``indices`` have no candidate among the
        rules ``select`` accepts, when one scan of them all shows it."""
        if len(indices) > 1 and self.rules.none_may_match([self.texts[i] for i in indices], select):
            entry = self._cands.get(select)
            if entry is None:
                entry = self._cands[select] = (self.rules.finder_where(select), [None] * self.n)
            for i in indices:
                entry[1][i] = ()

    def hit(self, i: int, rule: Rule) -> RuleHit | None:
        qid = rule.qualified_id
        if qid in self.dead:
            return None
        key = (i, qid)
        if key in self.hits:
            return self.hits[key]
        try:
            h = rule.match(self.texts[i])
        except TimeoutError:
            self.dead.add(qid)
            self.timeouts.append((i, qid))
            return None
        self.hits[key] = h
        return h

    def meta_line(self, i: int) -> MetaLine | None:
        t = self.texts[i]
        if len(t) > 200:
            return None
        m = self.meta[i]
        if m is _UNPARSED:
            m = self.meta[i] = parse_meta_line(t)
        return m

    def is_meta(self, i: int) -> bool:
        if "。" in self.texts[i]:
            return False  # metadata lines are not sentences
        m = self.meta_line(i)
        return m is not None and bool(m.fields) and m.coverage >= self.config.meta_coverage


class _Sizes:
    """Non-space lengths of the blocks (:func:`shape.nonspace_len`), each
    worked out when first asked: most body blocks never need theirs."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.sizes: list[int | None] = [None] * len(texts)

    def __getitem__(self, i: int) -> int:
        size = self.sizes[i]
        if size is None:
            size = self.sizes[i] = shape.nonspace_len(self.texts[i])
        return size


def _plain(rule: Rule) -> bool:
    return not rule.prose_ok


def _related(rule: Rule) -> bool:
    return rule.qualified_id in _RELATED_RULES


def _rules_in(zone: str, prose_ok: bool) -> Callable[[Rule], bool]:
    def select(rule: Rule) -> bool:
        return rule.prose_ok == prose_ok and _applies(rule, zone)

    return select


_RULES_IN_ZONE = {(zone, prose_ok): _rules_in(zone, prose_ok)
                  for zone in ("head", "core", "tail", "edge") for prose_ok in (False, True)}
"""Per zone, prose-aware or not: the rules that may label a block there."""


def _zones(st: _State) -> list[str]:
    """'head', 'core' or 'tail' for every block.

    The core runs from the first solid block (prose of ``solid_chars`` or
    more, or with a full stop) to the last sentence; without sentences every
    block is 'edge'."""
    related = _related_cut(st)
    cut = _comment_cut(st, related)
    if cut < related:  # the readers' comments are sentences: the related lists above them end the body
        st.comments = cut
        cut = _related_cut(st, cut)
    cut = _prevnext_cut(st, _form_cut(st, cut))
    ends = _body_ends(st, cut)
    if ends is not None and (reply := _reply_cut(st, ends[0], cut)) < cut:
        cut = reply
        ends = _body_ends(st, cut)
    if ends is None:
        return _edge_zones(st)
    first, last = ends
    # a short closing sentence (统筹发展和安全。 特此通知。), a numbered heading (三、联系方式; not a numbered
    # attachment link, 2.申报表.docx) or the signature's date line (2024年4月1日) still belongs to the body,
    # and so does all above it
    for i in range(cut - 1, last, -1):
        t = st.texts[i]
        if st.label(i) is None and (
            ("。" in t and shape.han_count(t) >= 2 and not st.is_meta(i))
            or (st.size[i] <= 30 and _ENUMERATION.match(t) is not None and not st.sentence[i]
                and _FILE_NAME_END.search(t) is None)
            or _CLOSING_DATE.match(t) is not None
            or _attachment_section_item(st, i)
        ):
            last = i
            break
    last = _epaper_wrapped_tail_end(st, last, cut)
    return ["head"] * first + ["core"] * (last + 1 - first) + ["tail"] * (st.n - 1 - last)


def _edge_zones(st: _State) -> list[str]:
    """The zones of a page with no prose (an image explainer's short lines, a
    list, a table): every block is at an edge, except the blocks above its
    first metadata row (its date or source line), which are its head: a rule
    meant for the links and footers under a text never reads the headline.

    >>> st = _State(["首页 | 政策解读", "图解｜防汛避险要点", "发布时间：2025-06-03", "汛期时间", "5月至9月"],
    ...             load_rules(), ClassifyConfig())
    >>> _edge_zones(st)
    ['head', 'head', 'edge', 'edge', 'edge']
    >>> _edge_zones(_State(["汛期时间", "5月至9月"], load_rules(), ClassifyConfig()))
    ['edge', 'edge']
    """
    top, seen = 0, 0
    for i in range(st.n):
        if st.size[i] <= _EDGE_HEAD_SKIP_CHARS:
            continue  # a separator or a lone mark a scraper put on a line of its own (``>``, ``|``)
        if st.is_meta(i):
            top = i
            break
        seen += 1
        if seen == _EDGE_HEAD_MAX:
            break
    return ["head"] * top + ["edge"] * (st.n - top)


_EDGE_HEAD_MAX = 12
"""How far down a page with no prose its metadata row is looked for: the lines above it, not counting
lines of :data:`_EDGE_HEAD_SKIP_CHARS` or fewer characters."""
_EDGE_HEAD_SKIP_CHARS = 3


_EPAPER_WRAP_CLAUSE = frozenset("，、；,;")
_EPAPER_SENTENCE_LAST = frozenset("。！？!?…”’」』）)")
_EPAPER_WRAP_MIN = 10
"""Fewest characters on a line of a narrow newspaper column (12 to 20 a line,
the indented first line of a paragraph two fewer)."""


def _epaper_wrap_line(st: _State, i: int) -> bool:
    """Block ``i`` reads as a hard-wrapped line of a narrow newspaper column:
    unlabelled, mostly Han, no label mark (``地址：``, ``电话：`` of a footer),
    cut off without a sentence end."""
    t = st.texts[i]
    return (t[-1] not in _EPAPER_SENTENCE_LAST and "：" not in t and ":" not in t
            and shape.han_count(t) * 5 >= st.size[i] * 3 and st.label(i) is None)


def _epaper_body_width(st: _State, last: int, width: int) -> bool:
    """Two lines up to the last sentence (among the 40 there) have ``width``
    (within 1), are mostly Han and are cut off mid-sentence: the body is
    hard-wrapped at that width. The lines above the first solid block count
    too: a narrow column's lines are rarely solid, so the body's first may be
    far down."""
    seen = 0
    for j in range(last, max(0, last - 40) - 1, -1):
        t = st.texts[j]
        if (abs(st.size[j] - width) <= 1 and t[-1] not in _EPAPER_SENTENCE_LAST
                and shape.han_count(t) * 5 >= st.size[j] * 3):
            seen += 1
            if seen == 2:
                return True
    return False


def _epaper_wrapped_tail_end(st: _State, last: int, cut: int) -> int:
    """The last block of the body once the lines of a narrow column hard-wrapped
    below the last sentence are counted in: an article continued on another
    page (its ``（下转第6版）`` already gone) or a paragraph whose wrap left
    only ``理。`` on its last line ends without a sentence, so its lines of 15
    to 20 characters with at most one comma (not prose, not solid) would fall
    in the tail, where tail shapes (a slogan's two parallel phrases:
    ``为依法从严查处，切实维护群众健``) remove them. Two lines in a row of the
    width the body above is wrapped at (within 2 of each other), both cut off
    mid-sentence and one with a comma, are such a wrap (related links and
    table rows have no comma, footers a label mark, a paywall's teasers not
    the body's width); the body then runs to the second, and to the short
    line after it that ends the paragraph."""
    for i in range(cut - 1, last + 1, -1):
        if not (st.size[i - 1] >= _EPAPER_WRAP_MIN and _epaper_wrap_line(st, i) and _epaper_wrap_line(st, i - 1)
                and abs(st.size[i] - st.size[i - 1]) <= 2
                and any(c in _EPAPER_WRAP_CLAUSE for c in st.texts[i - 1] + st.texts[i])
                and _epaper_body_width(st, last, st.size[i - 1])):
            continue
        nxt = i + 1
        if (nxt < cut and st.size[nxt] <= st.size[i] and "：" not in st.texts[nxt] and ":" not in st.texts[nxt]
                and shape.han_count(st.texts[nxt][:1]) == 1 and st.label(nxt) is None):
            return nxt
        return i
    return last


def _solid(st: _State, i: int) -> bool:
    """Block ``i`` reads like body text: unlabelled prose, a sentence or long,
    no metadata line and no boilerplate."""
    return ((st.prose[i] or (st.size[i] >= st.config.solid_chars and _lead_in_line(st, i)))
            and st.label(i) is None and (st.sentence[i] or st.size[i] >= st.config.solid_chars)
            and not st.is_meta(i) and (st.sentence[i] or not _boilerplate_like(st, i)))


def _lead_in_line(st: _State, i: int) -> bool:
    """Block ``i`` is a clause that ends with a colon to introduce the list
    or fields under it (``根据《…》有关要求，现将…决定公示如下：``): the
    body's opening words, though one comma makes no prose of it.

    >>> st = _State(["根据有关要求，现将我局作出的行政许可决定公示如下：", "许可类别：普通"], load_rules(), ClassifyConfig())
    >>> _lead_in_line(st, 0), _lead_in_line(st, 1)
    (True, False)
    """
    t = st.texts[i].rstrip()
    return t.endswith(("：", ":")) and ("，" in t or "," in t) and shape.han_count(t) * 2 >= st.size[i]


def _opening(st: _State, i: int) -> bool:
    return st.size[i] >= st.config.solid_chars or "。" in st.texts[i]


def _body_ends(st: _State, cut: int) -> tuple[int, int] | None:
    """The first and the last block of the body among the solid blocks above
    ``cut``: the first that opens it (long, or with a full stop), else the
    first; and the last. None without solid blocks.

    Lazily (:attr:`_State.lazy`), only the blocks up to the first opening one
    and from the last one down are looked at; else all of them, in order."""
    if not st.lazy:
        solid = [i for i in range(cut) if _solid(st, i)]
        if not solid:
            return None
        opening = next((i for i in solid if _opening(st, i)), solid[0])
        return _below_header(st, opening, cut), solid[-1]
    first = None
    for i in range(cut):
        if _solid(st, i):
            if first is None:
                first = i
            if _opening(st, i):
                first = i
                break
    if first is None:
        return None
    first = _below_header(st, first, cut)
    last = next(i for i in range(cut - 1, first - 1, -1) if i == first or _solid(st, i))
    return first, last


_HEADER_META_REACH = 6
"""How many blocks below a long line without a sentence a metadata line may be
for the line to be taken as above the article (see :func:`_below_header`)."""


def _below_header(st: _State, first: int, cut: int) -> int:
    """The block that opens the body, given the ``first`` one found: when that
    is a long line with no sentence in it (an injected advertisement at the
    top of the page, a long headline) and a metadata line (发布时间：…
    来源：…) follows within :data:`_HEADER_META_REACH` blocks with a
    sentence below it, the body opens at the first solid block below the
    metadata line; the lines above are the page's head, judged as such. A
    long line that ends with a colon (``…现将有关许可决定公示如下：``) opens
    the list under it, whose labelled fields (``许可决定书文号：…``) are the
    body's, not a page's metadata line."""
    if st.sentence[first] or "。" in st.texts[first] or st.texts[first].rstrip().endswith(("：", ":")):
        return first
    for j in range(first + 1, min(cut, first + 1 + _HEADER_META_REACH)):
        if st.sentence[j]:
            return first
        if st.is_meta(j):
            below = next((k for k in range(j + 1, cut) if _solid(st, k)), None)
            return first if below is None or not st.sentence[below] else below
    return first


def _boilerplate_like(st: _State, i: int) -> bool:
    """A long non-sentence block that some rule would label wherever it stood
    (a footer written with commas): it does not anchor the body."""
    return any(st.hit(i, r) is not None for r in st.cands(i, _plain))


def _related_cut(st: _State, end: int | None = None) -> int:
    """Index of a related-links header after which no block (above ``end``,
    by default the last) reads like a sentence; a short question
    (``冬季如何预防一氧化碳中毒？``) is a link's title as often as a sentence."""
    cut = st.n if end is None else end
    for i in range(cut - 1, -1, -1):
        if st.sentence[i] and st.label(i) is None and not _short_question(st.texts[i], _LISTED_QUESTION_CHARS) \
                and not _short_exclamation(st.texts[i]):
            if any(st.hit(i, r) for r in st.cands(i, _related_prose)):
                cut = i  # a link to more of the list that ends like a sentence (点击查看更多专项规划……)
                continue
            break
        if any(st.hit(i, r) for r in st.cands(i, _related)):
            cut = i
    return cut


def _related_prose(rule: Rule) -> bool:
    return rule.prose_ok and rule.qualified_id in _RELATED_RULES


_SHORT_QUESTION_CHARS = 24
_LISTED_QUESTION_CHARS = 40
"""How long a one-clause question listed under a related-links header may be: a service site's
related questions (``按季申报的小规模纳税人季中转为一般纳税人如何处理？``) are longer than a headline's."""


def _short_question(text: str, limit: int = _SHORT_QUESTION_CHARS) -> bool:
    """A short one-clause question: ``这些误区你中招了吗？``, or a headline that
    asks and answers with an exclamation (``播种时间怎么定？看地温！``); ``limit``
    characters at most (:data:`_LISTED_QUESTION_CHARS` for a question listed as a link).

    >>> _short_question("冬季如何预防一氧化碳中毒？"), _short_question("请问：申请人需要提交哪些材料，在哪里办理，需要多久？")
    (True, False)
    >>> _short_question("春季玉米播种时间怎么定？看地温！"), _short_question("大家一定要注意安全！")
    (True, False)
    """
    return len(text) <= limit and "。" not in text and text.count("，") + text.count(",") <= 1 \
        and (text.endswith(("？", "?")) or (text.endswith(("！", "!")) and ("？" in text or "?" in text)))


def _short_exclamation(text: str) -> bool:
    """A short one-clause headline that ends with an exclamation, as a link's
    title under a related-links header often does (``@应征青年，2026年征兵报名开始啦！``,
    ``秋季开学安全提示请收好!``): no full stop, one comma at most,
    :data:`_SHORT_QUESTION_CHARS` characters at most. Read only while walking up
    to a related-links header, so a body's closing exclamation stays unless such a
    header and nothing but links stand above it.

    >>> _short_exclamation("@应征青年，2026年征兵报名开始啦！"), _short_exclamation("防汛知识要记牢!")
    (True, True)
    >>> _short_exclamation("天气转凉，大家注意保暖，谨防感冒！"), _short_exclamation("通知如下。请注意！")
    (False, False)
    """
    return len(text) <= _SHORT_QUESTION_CHARS and text.endswith(("！", "!")) and "。" not in text \
        and text.count("，") + text.count(",") <= 1


_PREVNEXT_KEYS = ("上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上一则", "下一则", "上一則", "下一則",
                  "前一篇", "后一篇", "後一篇", "上一章", "下一章")
"""Literals one of which a page with links to the previous and next article holds (not 下一步)."""
_HAS_PREVNEXT_KEY = AnyOf(_PREVNEXT_KEYS)
_PREVNEXT_LINK = regex.compile(r"^\W{0,3}(?:(?:上一|下一)(?:篇|条|條|则|則|章)|前一篇|后一篇|後一篇)(?:文章|新闻|新聞|信息|资讯|資訊)?"
                               r"\s{0,2}[:：]\s{0,2}\S")
"""A link to the previous or next article (or chapter of a long document) with its title
(上一篇：…, 下一篇文章：…, 前一篇：…, 上一章：…)."""
_PREVNEXT_BODY_SHARE = 2
"""How many times the sentences below a previous/next link the sentences above it must weigh."""


def _prevnext_cut(st: _State, cut: int) -> int:
    """Index of the first link to the previous or next article (上一篇：…)
    above ``cut`` with the body's sentences above it, else ``cut``: the CMS
    puts these links under the article, so a sentence below them is chrome
    (a comment box's notice, 温馨提示：本站资料仅供学习交流。, 以上内容由…整理发布), and
    taking it for the body's last sentence kept the links, the tags and the
    disclaimer above it. The sentences above must weigh
    :data:`_PREVNEXT_BODY_SHARE` times those below, so links printed above
    the article (under a welcome line) cut nothing."""
    joined = st.joined
    if not _HAS_PREVNEXT_KEY(joined):
        return cut
    texts, sentence = st.texts, st.sentence
    for i in range(1, cut):
        if "一" in texts[i][:6] and _PREVNEXT_LINK.match(texts[i]) is not None and any(sentence[:i]):
            above = sum(st.size[j] for j in range(i) if sentence[j])
            below = sum(st.size[j] for j in range(i + 1, cut) if sentence[j])
            return i if above >= _PREVNEXT_BODY_SHARE * below else cut
    return cut


_COMMENT_FURNITURE = regex.compile(
    r"^\W{0,3}(?:(?:回复|回覆|举报|舉報|点赞|赞|讚)\s{0,2}[(（]?\s{0,2}\d{0,7}\s{0,2}[)）]?(?:\s{1,3}(?:回复|回覆|举报|舉報|点赞|赞|讚)"
    r"\s{0,2}[(（]?\s{0,2}\d{0,7}\s{0,2}[)）]?){0,3}|\d{1,3}\s{0,2}(?:秒|分钟|分鐘|小时|小時|天)前|刚刚|剛剛"
    r"|IP\s{0,2}属地\s{0,2}[:：]?\s{0,2}\p{Han}{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{1,2}\d{1,2}:\d{2}(?::\d{2})?)\W{0,3}$"
    r"|^\W{0,3}(?:\d{1,5}\s{0,2}[楼樓#]\s{1,3})?[\p{Han}A-Za-z0-9_\-]{1,16}(?:\s{1,3}(?:来自|來自)\s{0,2}\p{Han}{2,8})?\s{1,3}"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{1,2}\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s{0,2}(?:秒|分钟|分鐘|小时|小時|天)前)\W{0,3}$"
    r"|^\W{0,3}(?:(?:回复|回覆|举报|舉報|检举|檢舉|点赞|赞|讚)\s{0,2}\d{0,7}\s{1,3}){1,3}(?:回复|回覆|举报|舉報|检举|檢舉)\W{0,3}$"
    r"|^\s{0,3}(?:\d{1,6}|作者|作者回复|作者赞过)\s{0,3}$")
"""A comment's furniture: its reply and like buttons (赞 24　回复　检举), when it was posted and by whom
(小花妈妈　2小时前, 2楼　网友 来自河南 2025-03-04 10:22), where from, a WeChat message's like count
alone and the account's 作者 tag above its reply."""


_FORM_FIELD = regex.compile(r"^\W{0,3}\*?\s{0,2}\p{Han}{2,8}\s{0,2}[:：]\s{0,2}\*?(?:\s{1,12}\*?\s{0,2}\p{Han}{2,8}\s{0,2}[:：]\s{0,2}\*?){0,3}$"
                             r"|^\W{0,3}\p{Han}{2,8}\s{0,2}[:：]?\s{0,2}[(（]\s{0,2}"
                             r"(?:必填|选填|限\s{0,2}\d{1,5}\s{0,2}字(?:以内)?)\s{0,2}[)）]\s{0,2}[:：]?$")
"""A form's empty field: its label alone (``姓名：``, ``*联系电话：``), two to four of them on one line
(``反馈人：　　手机号码：``, each counts) or one with a note (``意见内容（必填）``, ``反馈意见（限500字）：``)."""
_FORM_CONTROL = regex.compile(r"^\W{0,3}(?:验证码|驗證碼|看不清|[(（]?\s{0,2}限\s{0,2}\d{1,5}\s{0,2}字)|换一张\W{0,3}$|換一張\W{0,3}$"
                              r"|^\W{0,3}(?:提\s{0,2}交(?:反馈|意见|留言|建议)?|重\s{0,2}置|重\s{0,2}填|取\s{0,2}消|清\s{0,2}空)(?:[\s|｜/]{1,4}"
                              r"(?:提交|重置|重填|取消|清空|返回))*\W{0,3}$")
"""A form's control: its captcha, its buttons alone on a line (提交　重置, 提交反馈), the length allowed
(``(限500字以内)``); not a reply slip's 提交方式：… line."""
_FORM_HEADER = regex.compile(r"^\W{0,3}(?:我要留言|我要评论|我要提意见|我要反馈|我要建议|我要建言|我要咨询|网上留言|发表意见|提交意见|意见反馈|留言板|发表留言|我要評論|意見反饋|意见征集|在线征集|网上征集|意見徵集|線上徵集)\W{0,3}$")
"""The header of a feedback or message form (我要留言, 发表意见, 意见反馈, a consultation's 意见征集)."""
_FORM_STATUS = regex.compile(r"^\W{0,3}(?:\p{Han}{0,4}(?:状态|狀態|截止时间|截止日期|截止時間|起止时间|征集时间|徵集時間)\s{0,2}[:：]\s{0,2}"
                             r"[^。；;]{1,30}?\s{0,4}){1,3}$")
"""A consultation form's status or deadline row between its header and its fields
(``征集状态：进行中　截止时间：2025-09-03 17:30``)."""
_FORM_WINDOW = 12
"""Blocks from a form's first field in which its other fields and a control must lie."""
_FORM_FIELDS_MIN = 3
"""Empty fields that make a run of lines a form (a notice's own 联系人： above its value is one)."""


def _form_fields(text: str) -> int:
    """How many empty fields of a form line ``text`` holds (one label per colon), 0 for another line.

    >>> _form_fields("反馈人：　　　　手机号码："), _form_fields("姓名：张三")
    (2, 0)
    """
    if _FORM_FIELD.match(text) is None:
        return 0
    return max(1, text.count("：") + text.count(":"))


def _form_cut(st: _State, cut: int) -> int:
    """Index of a feedback or message form under the text (its header, 我要留言,
    or else its first empty field), else ``cut``: three empty fields (姓名：
    联系电话： 电子邮箱：) and a control (验证码, 提交 重置) within a few blocks,
    with at least as many sentences above it as below it. The public's comments
    below such a form are sentences, but not the text's (recorded in
    :attr:`_State.form`)."""
    joined = st.joined if cut == st.n else "\n".join(st.texts[:cut])
    if not any(w in joined for w in ("验证码", "驗證碼", "提交", "重置", "字以内")):
        return cut
    sentence, texts = st.sentence, st.texts
    for i in range(1, cut):
        if _FORM_FIELD.match(texts[i]) is None or not any(sentence[:i]):
            continue
        window = range(i, min(cut, i + _FORM_WINDOW))
        if sum(_form_fields(texts[j]) for j in window) < _FORM_FIELDS_MIN \
                or not any(_FORM_CONTROL.match(texts[j]) for j in window):
            continue
        start = i - 1 if _FORM_HEADER.match(texts[i - 1]) else i
        if start == i and i >= 2 and _FORM_HEADER.match(texts[i - 2]) and _FORM_STATUS.match(texts[i - 1]):
            start = i - 2  # 意见征集 / 征集状态：进行中　截止时间：… / 姓名：
        above = sum(st.size[j] for j in range(start) if sentence[j])
        below = sum(st.size[j] for j in range(start + 1, cut) if sentence[j])
        if above < below:
            return cut
        st.form = start
        return start
    return cut


def _comment_cut(st: _State, cut: int) -> int:
    """Index of the last comment section's header (网友评论) above ``cut`` that a
    comment's furniture (回复, 3小时前, 赞(12)) follows within a few blocks, else
    ``cut``: readers' comments below it are sentences, but not the article's."""
    joined = st.joined if cut == st.n else "\n".join(st.texts[:cut])
    if not _HAS_COMMENT_WORD(joined):
        return cut
    for i in range(cut - 1, -1, -1):
        if (_COMMENT_HEADER.match(st.texts[i]) and (any(
                _COMMENT_FURNITURE.match(st.texts[j]) for j in range(i + 1, min(cut, i + 8)))
                or _below_reaction_counters(st, i))) \
                or _COUNTED_COMMENT_HEADER.match(st.texts[i]):
            return i
    return cut


def _reaction_counter_rule(rule: Rule) -> bool:
    return rule.qualified_id == "counters/reactions"


def _below_reaction_counters(st: _State, i: int) -> bool:
    """The comment section's header ``i`` sits right under the article's
    reaction counters (赞 128　评论 9　转发): an app page's comments follow,
    even when their names carry no reply button or time."""
    return i > 0 and any(st.hit(i - 1, r) for r in st.cands(i - 1, _reaction_counter_rule))


_POST_HEADER = regex.compile(
    r"^\W{0,3}(?:楼主|沙发|板凳|地板|地下室)\W{0,3}$"
    r"|^\W{0,3}(?:(?:楼主|沙发|板凳|地板|\d{1,5}\s{0,2}[楼#]|#\d{1,5})\s{0,3}[|｜]?\s{0,3})?"
    r"(?:[\p{Han}A-Za-z0-9_\-]{1,16}\s{1,3})?(?:发表于|發表於|回复于|回復於)\s{0,2}[:：]?\s{0,2}"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,3}\s{0,2}(?:分钟|小时|天)前|[昨前]天\s{0,2}\d{1,2}:\d{2})")
"""A forum post's floor (楼主, 沙发; not 2楼, which a guide to a service hall may list) or its header
(小鱼儿 发表于 2008-11-20 11:37, 沙发 | 发表于 2024-3-5 10:33:02 | 只看该作者)."""
_THREAD_WORDS = ("发表于", "楼主", "發表於")
"""Words of a forum post's header or floor, one of which opens a thread's first post."""


def _reply_cut(st: _State, first: int, cut: int) -> int:
    """Index of the first reply of a forum thread, else ``cut``: a post's
    header or floor (… 发表于 2008-11-20 10:02, 沙发) below the body's first
    block ``first``, when a header or floor above it opened the first post
    (… 发表于 2008-11-20 09:15, 楼主). The replies below a reposted document
    are sentences, but not its text. Records in :attr:`_State.thread`
    whether a post was opened."""
    st.thread = any(w in t and _POST_HEADER.match(t) is not None for t in st.texts[:first] for w in _THREAD_WORDS)
    if st.thread:
        for i in range(first + 1, cut):
            if _POST_HEADER.match(st.texts[i]) is not None:
                return i
    return cut


def _labelled(labels: list[BlockLabel | None]) -> list[int]:
    """The indices of the blocks that have a label (a label is always truthy),
    picked out in C: most blocks have none."""
    return list(compress(range(len(labels)), labels))


def _is(label: BlockLabel | None, name: str) -> bool:
    return label is not None and label.label == name


def _applies(rule: Rule, zone: str) -> bool:
    if rule.where == "any" or zone == "edge":
        return True
    if rule.where == "edge":
        return zone in ("head", "tail")
    return rule.where == zone


def _apply_rules(st: _State, zones: list[str], outside: list[int], prose_ok: bool) -> None:
    """Label each unlabelled block with the first rule (prose-aware ones, or
    the others) that applies in its zone and matches it (``outside``: the
    blocks outside the core, all there is to visit when no rule applies in it)."""
    live = {zone: bool(st.rules.rules_where(_RULES_IN_ZONE[zone, prose_ok])) for zone in set(zones)}
    todo = [i for i in (range(st.n) if live.get("core") else outside)
            if st.labels[i] is None and not (st.sentence[i] and not prose_ok) and live[zones[i]]]
    for zone in live:
        st.rule_out([i for i in todo if zones[i] == zone], _RULES_IN_ZONE[zone, prose_ok])
    for i in todo:
        for rule in st.cands(i, _RULES_IN_ZONE[zones[i], prose_ok]):
            h = st.hit(i, rule)
            if h is not None and not (prose_ok and _reported(st, i, h)):
                st.labels[i] = _rule_label(h)
                break
    if not prose_ok and "   " in st.joined:
        _apply_rules_gaps_narrowed(st, zones, [i for i in todo if st.labels[i] is None])


_WIDE_SPACES = re.compile(r"(?<=\S) {3,}(?=\S)")
"""Three or more spaces between two items of a line."""
_WIDE_GAP_CHARS = 60
"""The longest line read again with its wide gaps narrowed (a row of tools or links, not a table of text)."""


def _apply_rules_gaps_narrowed(st: _State, zones: list[str], todo: list[int]) -> None:
    """Read the short lines no rule took again with each run of three or
    more spaces between items as two (``A-  A+    收听本文``, ``打开APP    免费阅读全文``):
    the rules allow two spaces where a site typed four. Rules that take wide
    gaps themselves (a ticker's ``[ \\t]{3,}``) had their turn on the line as written."""
    for i in todo:
        t = st.texts[i]
        if st.size[i] > _WIDE_GAP_CHARS or "   " not in t:
            continue
        narrowed = _WIDE_SPACES.sub("  ", t)
        if narrowed == t:
            continue
        h = _first_hit(st, narrowed, _RULES_IN_ZONE[zones[i], True]) \
            or _first_hit(st, narrowed, _RULES_IN_ZONE[zones[i], False])
        if h is not None:
            lab = _rule_label(h)
            st.labels[i] = BlockLabel(lab.label, lab.rule, lab.reason + " (read with its wide gaps as two spaces)")


def _first_hit(st: _State, text: str, select: Callable[[Rule], bool], opening: bool = False) -> RuleHit | None:
    """The first hit on ``text`` (a block read otherwise than written) of the rules ``select`` accepts,
    none that ran out of time on this page; a prose-aware rule's hit on reported words does not count.
    With ``opening``, only a hit whose first match opens ``text`` (past one mark) counts, and each
    pattern is first tried there alone: one step of its engine where a whole search reads the text through."""
    for rule in st.rules.candidates_where(text, select):
        if rule.qualified_id in st.dead:
            continue
        try:
            if opening and rule.pattern.match(text, timeout=rule.timeout) is None and (
                    text[0].isalnum() or rule.pattern.match(text, 1, timeout=rule.timeout) is None):
                continue
            h = rule.match(text)
        except TimeoutError:
            continue
        if h is not None and not (rule.prose_ok and _REPORTING.search(text) is not None) \
                and not (opening and text.find(h.first.strip()) > 1):
            return h
    return None


_LOADING_WORDS = ("加载", "加載", "载入", "載入")
_PLACEHOLDER_RULES = ("tools/media-placeholder", "tools/player-fallback")
"""Rules of what a chart, a map or a player shows while it loads (``图表加载中，请稍候……``)."""
_PLACEHOLDER_CHARS = 24


def _loading_placeholders(st: _State) -> None:
    """What a chart, a map or a player shows while it loads, left as a line
    of its own inside the body (``图表加载中，请稍候……``): it reads like a
    sentence, so the rules that take it at the page's edges never try it
    there. A short line that one of :data:`_PLACEHOLDER_RULES` takes whole
    goes wherever it stands; a sentence of the text about loading
    (``系统正在加载中，请稍候再试。``, a notice's) does not match them."""
    if "载" not in st.joined and "載" not in st.joined:
        return  # every word of _LOADING_WORDS holds one of them
    rules = [r for r in (_rule(st.rules, qid) for qid in _PLACEHOLDER_RULES) if r is not None]
    for i in range(st.n):
        t = st.texts[i]
        if st.labels[i] is not None or not any(w in t for w in _LOADING_WORDS) or st.size[i] > _PLACEHOLDER_CHARS:
            continue
        for rule in rules:
            h = st.hit(i, rule)
            if h is not None:
                st.labels[i] = _rule_label(h)
                break


_REPORTING = regex.compile(r"提醒|表示|指出|介绍|据了解|据悉|经查|强调|透露|认为|发现|查处|案件|记者|负责人")
"""Words of a news report (``市版权局提醒，…``, ``经查，涉案网站标注“…”``):
a footer's words after them are reported, not the page's own notice."""


def _reported(st: _State, i: int, h: RuleHit) -> bool:
    """Whether block ``i`` is a sentence in which the words prose-aware rule hit ``h`` matched are
    reported or quoted (see :func:`_reported_in`)."""
    return st.sentence[i] and _reported_in(st.texts[i], h.first)


def _reported_in(text: str, matched: str) -> bool:
    """Whether the words ``matched`` in ``text`` come after words of a report or inside an open quotation mark.

    >>> _reported_in("市版权局提醒，转载新闻作品应当注明出处，未经授权不得转载。", "未经授权不得转载")
    True
    >>> _reported_in("本网所有内容，未经授权不得转载。", "未经授权不得转载")
    False
    """
    at = text.find(matched.strip())
    if at <= 0:
        return False
    quoted = text.count("“", 0, at) > text.count("”", 0, at)
    return quoted or _REPORTING.search(text, 0, at) is not None


def _rule_label(h: RuleHit) -> BlockLabel:
    r = h.rule
    more = f" and {h.hits - 1} more" if h.hits > 1 else ""
    return BlockLabel(r.label, r.qualified_id, f"{r.reason}; matched “{h.first.strip()}”{more}")


_NEIGHBOUR_SHARE = 0.5
"""Share of the spam threshold a block must reach to be spam next to a spam block."""


def _spam(st: _State) -> None:
    """Label spam blocks, then the blocks next to them that score at least
    half the threshold and end no sentence: injections come in runs, and a
    weaker line of a run (``2024年天天开好彩大全`` under a line of porn
    links) is read with the company it keeps. A line right above the page's
    date or source line is its headline (``澳门今晚举行…晚会`` under an
    injection), not spam by company."""
    lexicon = load_lexicon(st.config.traditional)
    near: dict[int, SpamScore] = {}
    for i in scoring_blocks(st.texts, lexicon, st.joined):
        if not may_be_spam(st.texts[i], lexicon, 1.0 if st.sentence[i] else _NEIGHBOUR_SHARE):
            continue
        s = score_spam(st.texts[i], lexicon)
        if s.is_spam:
            st.labels[i] = BlockLabel("spam", "spam/score", s.reason)
        elif s.score >= _NEIGHBOUR_SHARE * s.threshold and not st.sentence[i] and not _above_meta_line(st, i):
            near[i] = s
    while near:
        grown = [i for i in near if _is_spam_label(st, i - 1) or _is_spam_label(st, i + 1)]
        if not grown:
            break
        for i in grown:
            s = near.pop(i)
            st.labels[i] = BlockLabel("spam", "spam/neighbour", f"{s.reason}; next to a spam block")


def _above_meta_line(st: _State, i: int) -> bool:
    """Whether block ``i`` stands right above a metadata line (a date or
    source line): where a page puts its headline."""
    return i + 1 < st.n and st.is_meta(i + 1)


def _is_spam_label(st: _State, i: int) -> bool:
    lab = st.labels[i] if 0 <= i < st.n else None
    return lab is not None and lab.label == "spam"


def _is_code(rule: Rule) -> bool:
    return rule.label == "code"


def _page_code(st: _State) -> None:
    """Label the lines of page code (rules labelling ``code``: inline
    JavaScript and CSS) before zoning, wherever they stand: a script's ``;``
    makes a line read like a sentence, but it anchors no body. One scan of
    the document rules out most documents."""
    if not st.rules.rules_where(_is_code) or st.rules.none_may_match([st.joined], _is_code):  # the blocks joined
        return
    for i in range(st.n):
        if st.labels[i] is None:
            for rule in st.cands(i, _is_code):
                if (h := st.hit(i, rule)) is not None:
                    st.labels[i] = _rule_label(h)
                    break


_QUIZ_OPTIONS = regex.compile(r"^\W{0,2}(?:[A-DＡ-Ｄ]\s{0,1}[.．、:：)）]\s{0,2}[^\s。；;]{1,20}\s{0,4}){1,5}$")
"""A quiz widget's lettered options, one to five on a line (``A. 点击链接填写信息　B. 通过官方渠道核实``)."""
_QUIZ_QUESTION_MAX = 60
"""Most characters of a quiz widget's question (one sentence ending with its question mark)."""
_QUIZ_CONTROL = regex.compile(r"^\W{0,3}(?:提交答案|提交|确认答案|确定|下一题|上一题|查看答案|查看解析|交卷)\W{0,3}(?:\s|$)")
"""A quiz widget's button opening its line (``【提交答案】　已有3,582人参与　｜　排行榜``, ``下一题 >``)."""
_QUIZ_COUNT = regex.compile(r"第\s{0,2}\d{1,3}\s{0,2}[/／]\s{0,2}\d{1,3}\s{0,2}题|[（(【\[［]\s{0,2}(?:第\s{0,2})?\d{1,3}\s{0,2}[/／]"
                            r"\s{0,2}\d{1,3}\s{0,2}题?\s{0,2}[）)】\]］]\s{0,2}$|第\s{0,2}\d{1,3}\s{0,2}题\s{0,2}[/／]\s{0,2}共")
"""A quiz widget's header's count of the question it is on (``第3/10题``, ``（2/5）``, ``第 4 题 / 共 10 题``)."""
_QUIZ_WIDGET = BlockLabel("navigation", "navigation/quiz-widget",
                          "widget: a quiz widget scraped one element per line (its question, lettered options and button, "
                          "or its header with the question count)")


def _quiz_widgets(st: _State) -> None:
    """A quiz widget scraped one element per line, before zoning: its question
    (a short line ending with a question mark), its lettered options (one or
    more lines of ``A. … B. …``) and, right under them, its button
    (``【提交答案】``) or, right above the question, its header with the count
    of the question it is on (``网络安全知识竞答　第3/10题``). The question
    reads like a sentence but anchors no body; a quiz printed as the text
    has neither the button nor the count and stays.

    >>> st = _State(["　　宣传周期间将开展主题日活动20项，市民可参与互动答题。", "网络安全知识竞答　第3/10题",
    ...              "收到陌生链接的短信，你应该？", "A. 点击链接　B. 官方核实", "【提交答案】　已有3,582人参与"],
    ...             load_rules(), ClassifyConfig())
    >>> _quiz_widgets(st)
    >>> [lab.rule if lab else None for lab in st.labels]
    [None, 'navigation/quiz-widget', 'navigation/quiz-widget', 'navigation/quiz-widget', 'navigation/quiz-widget']
    >>> st = _State(["1. 收到陌生链接的短信，你应该？", "A. 点击链接　B. 官方核实", "答案：B"], load_rules(), ClassifyConfig())
    >>> _quiz_widgets(st)
    >>> st.labels
    [None, None, None]
    """
    joined = st.joined
    if ("？" not in joined and "?" not in joined) or ("A" not in joined and "Ａ" not in joined):
        return
    texts = st.texts
    for q in range(st.n - 1):
        t = texts[q]
        if not t.endswith(("？", "?")) or st.size[q] > _QUIZ_QUESTION_MAX or st.labels[q] is not None \
                or _QUIZ_OPTIONS.match(texts[q + 1]) is None:
            continue
        end = q + 1
        while end < st.n and st.labels[end] is None and _QUIZ_OPTIONS.match(texts[end]) is not None:
            end += 1
        if end - q < 2:
            continue
        button = end < st.n and st.labels[end] is None and _QUIZ_CONTROL.match(texts[end]) is not None
        header = q > 0 and st.labels[q - 1] is None and st.size[q - 1] <= 40 and "。" not in texts[q - 1] \
            and _QUIZ_COUNT.search(texts[q - 1]) is not None
        if not (button or header):
            continue
        for k in range(q - 1 if header else q, end + 1 if button else end):
            st.labels[k] = _QUIZ_WIDGET


def _prose_rules_first(st: _State) -> None:
    """Prose-aware rules (paywalls, taglines) before zoning, wherever they
    could apply; their position is checked again once zones are known.

    When they may wait (:attr:`_State.lazy`), this runs them on nothing:
    zoning runs them on the blocks whose labels it reads, and
    :func:`_settle_prose_rules` on the others outside the core."""
    if st.lazy:
        return
    for i in range(st.n):
        _prose_rules_on(st, i)


def _prose_rules_on(st: _State, i: int) -> None:
    """Label block ``i`` with the first prose-aware rule that matches it, if
    it has no label yet."""
    if st.labels[i] is not None:
        return
    for rule in st.cands(i, prose_aware):
        h = st.hit(i, rule)
        if h is not None and not _reported(st, i, h):
            st.labels[i] = _rule_label(h)
            return


def _settle_prose_rules(st: _State, zones: list[str]) -> None:
    """Run the deferred prose-aware rules on the blocks outside the core
    (in the core their labels would be dropped again)."""
    if not st.lazy:
        return
    for i in compress(range(st.n), st.pending):
        st.pending[i] = False
        if zones[i] != "core":
            _prose_rules_on(st, i)


def _recheck_prose_rules(st: _State, zones: list[str]) -> None:
    """Drop the labels of rules that do not apply in their block's zone."""
    labels = st.labels
    for i in _labelled(labels):
        lab = labels[i]
        if lab is None or lab.label == "spam":
            continue
        rule = _rule(st.rules, lab.rule)
        if rule is not None and not _applies(rule, zones[i]):
            st.labels[i] = None


_ABOVE_HEADLINE_LOOK = 3
"""Unlabelled blocks after a line in which a title-shaped one must come for it to be above the headline."""
_ABOVE_HEADLINE_SKIP = 12
"""Labelled blocks (a label table's rows) skipped over on the way to them."""


def _above_headline(st: _State, i: int) -> bool:
    """Some unlabelled title-shaped line (no sentence, not longer than a
    headline) follows block ``i`` before the body: among the next three
    unlabelled blocks, past a label table's labelled rows (a dozen at most)."""
    lo, hi = st.config.title_chars
    seen = skipped = 0
    for j in range(i + 1, st.n):
        if st.labels[j] is not None:
            skipped += 1
            if skipped > _ABOVE_HEADLINE_SKIP:
                return False
            continue
        if not st.sentence[j] and lo <= st.size[j] <= hi:
            return True
        seen += 1
        if seen == _ABOVE_HEADLINE_LOOK:
            return False
    return False


def _rule(rules: RuleSet, qid: str) -> Rule | None:
    try:
        return rules.get(qid)
    except KeyError:
        return None


def _meta_slash_dated(st: _State, i: int) -> bool:
    """Whether block ``i``, which :func:`shape.link_chain` reads as a trail
    joined by slashes, is a line of metadata whose slashes are a date's
    (``发布时间：2024/11/20　来源：东岭晚报``, ``发稿时间：1/7/2025　撰稿：刘青``):
    as a trail it would lose its source and author."""
    t = st.texts[i]
    if "/" not in t and "／" not in t:
        return False
    m = st.meta_line(i)
    return m is not None and "date" in m.fields and st.is_meta(i)


_CREDIT_SLASH_OPENING = re.compile(r"^\W{0,2}(?:文字|文|撰文|图片|图|圖片|圖|摄影|攝影|摄|攝)\s{0,2}[/／]")
"""A credit written with a slash at the start of a line (``文/记者 林晓东``, ``圖/陳偉``)."""


def _credit_slash_line(st: _State, i: int) -> bool:
    """Whether block ``i``, which :func:`shape.link_chain` reads as a trail
    joined by slashes, is a byline whose slashes are its credits' (``文/记者
    林晓东 图/记者 陈伟``, ``文/林晓东 图/陈伟``): as a trail it would lose its author."""
    if _CREDIT_SLASH_OPENING.match(st.texts[i]) is None:
        return False
    m = st.meta_line(i)
    return m is not None and "author" in m.fields


_FIGURE_FIELD = re.compile(r"[ \u3000]{0,4}[^：:\d]{1,12}[：:][ \u3000]{0,2}\d")
"""A labelled field whose value opens with a figure (``生产日期/批号：2024-12-20/20241220``,
``规格/型号:10000mAh/XY-P10K``): the slashes are its label's and its values', no trail."""


_SLASH_DATE = re.compile(r"\d{1,4}[/／]\d{1,2}(?:[/／]\d{1,4})?")
"""A date or a day written with slashes (``2024/12/03``, ``12/03``, ``03/12/2024``)."""


def _slash_dated_row(st: _State, i: int) -> bool:
    """Whether block ``i`` is a table's row whose only slashes are its dates'
    (``1	芒果干	2024/12/03	二氧化硫`` among rows of a sampling result):
    a row beside a row, no trail."""
    t = st.texts[i]
    if not _table_row(t):
        return False
    rest = _SLASH_DATE.sub("", t)
    if "/" in rest or "／" in rest:
        return False
    return any(0 <= j < st.n and _table_row(st.texts[j]) for j in (i - 1, i + 1))


def _structure(st: _State, zones: list[str], outside: list[int]) -> None:
    """Shape-based labels in the head and tail (``outside``: the blocks
    outside the core, in order)."""
    for i in outside:
        if st.labels[i] is not None or st.sentence[i]:
            continue
        t = st.texts[i]
        chain = shape.link_chain(t)
        if chain is not None and _meta_slash_dated(st, i):
            chain = None  # 发布时间：2024/11/20　来源：东岭晚报: a date's slashes, no trail (the metadata pass takes it)
        if chain is not None and _credit_slash_line(st, i):
            chain = None  # 文/记者 林晓东 图/记者 陈伟: a byline's credits, no trail
        if chain is not None and (_FIGURE_FIELD.match(t) or _slash_dated_row(st, i)):
            chain = None  # 生产日期/批号：2024-12-20/20241220, 1	芒果干	2024/12/03: figures, no trail
        if chain is not None:
            sep = shape.CHAIN_SEPARATOR.search(t)
            mark = sep.group().strip() if sep else ">"
            st.labels[i] = BlockLabel("breadcrumb", "breadcrumb/link-chain",
                                      f"breadcrumb: a chain of {len(chain)} short links joined by {mark}")
        elif zones[i] == "head" and _above_headline(st, i) and shape.short_trail(t) is not None:
            st.labels[i] = BlockLabel("breadcrumb", "breadcrumb/short-trail",
                                      "breadcrumb: two short links joined by an arrow, above the headline")
        elif i > 0 and _is(st.labels[i - 1], "breadcrumb") and shape.CHAIN_SEPARATOR.match(t) and len(t) <= 200:
            st.labels[i] = BlockLabel("breadcrumb", "breadcrumb/continued",
                                      "breadcrumb: continues the trail on the line above, starting with a separator")
        elif (half := shape.doubled(t)) is not None:
            st.labels[i] = BlockLabel("navigation", "widget/doubled-label",
                                      f"widget: the link label {half!r} twice (icon text and link text)")
        elif shape.is_bullet(t) and len(t) <= 24 and not _names_author(st, i) and not _bullet_heads_core(st, zones, i) \
                and not _under_guide_heading(st, i):
            m = st.meta_line(i) if st.is_meta(i) else None
            st.labels[i] = BlockLabel("navigation", "widget/bullet-link", "widget: a short bulleted link outside the body") \
                if m is None else BlockLabel("metadata", "meta/bulleted-metadata-line",
                                             "metadata: a line of metadata set as an item of a list (· 2024-04-11　江岸日报)",
                                             dict(m.fields))
        elif (items := shape.nav_items(t)) is not None and _nav_row_ok(st, zones, i, items):
            st.labels[i] = BlockLabel("navigation", "navigation/link-row",
                                      f"navigation: a row of {len(items)} short link labels")
        elif zones[i] in ("head", "edge") and _tagline(t):
            st.labels[i] = BlockLabel("slogan", "slogan/name-and-motto",
                                      "site slogan: a site or agency name followed by a motto of parallel phrases")
        elif zones[i] == "tail" and shape.is_couplet(t):
            st.labels[i] = BlockLabel("slogan", "slogan/parallel-phrases",
                                      "site slogan: parallel phrases of equal length after the body")


_GLOSS = regex.compile(r"(?<=[\p{Han}】\]）)])[ \u3000\xa0]{0,2}[A-Z][A-Za-z]*(?:[ '&-][A-Za-z]+){0,3}"
                       r"(?=$|[\s|｜丨/／:：【】\[\]（）()·,，、>＞»])")
"""The English a bilingual site sets after each Chinese label (``首页 Home``, ``【打印 Print】``, ``分享 Share：``)."""
_GLOSS_SCAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff】\\]）)][ \u3000\xa0]{0,2}[A-Z]")
_SCRIPT_LETTER = regex.compile(r"[\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Cyrillic}\p{Yi}\p{Devanagari}]")
_SCRIPT_GLOSS = regex.compile(
    r"[\s|｜丨/／·]{1,4}(?=[^\p{Han}]*[\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Cyrillic}\p{Yi}\p{Devanagari}])[^\p{Han}]+$"
    r"|^(?=[^\p{Han}]*[\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Cyrillic}\p{Yi}\p{Devanagari}])[^\p{Han}]+?[\s|｜丨/／·]{1,4}(?=\p{Han})")
"""The half of a line in the region's own script (Tibetan, Uyghur, Mongolian, Yi, Russian, Hindi)
that a bilingual site sets after or before the Chinese label, past a bar or a wide space
(``点击上方蓝字关注我们 | རྗེས་འདེད་གནང་རོགས།``, ``ᠬᠡᠪᠯᠡᠬᠦ | 打印``)."""
_SCRIPT_WORDS = regex.compile(
    r"[\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Cyrillic}\p{Yi}\p{Devanagari}]"
    r"[\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Cyrillic}\p{Yi}\p{Devanagari}\p{Cf}\p{Mn}\s\-]*")
"""A run of words in the region's script with the spaces after it: the gloss a bilingual menu sets
before or after each of its Chinese labels, inside the row (``باش بەت 首页 ｜ خىزمەت ھەرىكەتلىرى 工作动态``)."""
_GLOSSED_CHARS = 120
"""Longest line read without its English glosses: chrome, not a bilingual paragraph."""


def _glossed_chrome(st: _State, zones: list[str], outside: list[int]) -> None:
    """Chrome of a bilingual site, where an English word follows each Chinese
    label (``首页 Home | 新闻中心 News``, ``【打印 Print】【关闭 Close】``,
    ``分享 Share：微信 WeChat``), or the line's other half is in the
    region's script (:data:`_SCRIPT_GLOSS`): the unlabelled blocks outside
    the body are read again without the English or that half, by the rules
    of their zone and as a navigation row. A line with no Chinese left is not read."""
    for i in outside:
        if st.labels[i] is not None or st.sentence[i] or len(st.texts[i]) > _GLOSSED_CHARS:
            continue
        t = st.texts[i]
        latin = _GLOSS_SCAN.search(t) is not None
        if not latin and _SCRIPT_LETTER.search(t) is None:
            continue
        bare = _GLOSS.sub("", t) if latin else t
        bare = _SCRIPT_GLOSS.sub("", bare)
        if not latin and _SCRIPT_LETTER.search(bare) is not None:
            bare = _SCRIPT_WORDS.sub("", bare).strip()  # a gloss beside each label of a row
        if bare == t or len(regex.findall(r"\p{Han}", bare)) < 2:
            continue
        h = _first_hit(st, bare, _RULES_IN_ZONE[zones[i], False])
        if h is not None:
            lab = _rule_label(h)
            st.labels[i] = BlockLabel(lab.label, lab.rule, lab.reason + " (read without its English glosses)")
        else:
            items = _link_row(bare)
            if items is not None:
                st.labels[i] = BlockLabel("navigation", "navigation/link-row",
                                          f"navigation: a row of {len(items)} short link labels, each with its English")


def _link_row(text: str) -> list[str] | None:
    """The items of ``text`` read as a row of links (:func:`shape.nav_items`) none of which is a table's cell, or None."""
    items = shape.nav_items(text)
    return None if items is None or any(_TABLE_CELL.match(item) for item in items) else items


_GLUED_CHARS = 120
"""The longest line read as two pieces of chrome glued together (two rows of links at most)."""
_GLUED_PIECE = 2
"""The fewest characters each of the two glued pieces has (one more where Han characters meet at the seam)."""
_GLUED_SHORT = 12
"""The longest line read as glued pieces whatever it holds (``一审：李春华二审：王德胜``)."""
_GLUED_ITEM = 8
"""The longest item of a row of links: a longer one between two gaps of a glued line may hold the seam."""
_SEAM_SEPARATORS = "|｜丨/／\\>＞»›→·•-—"
_NO_SEAM_AFTER = frozenset("（(【[［「『《〈“‘<:：#＃@" + _SEAM_SEPARATORS)
"""What no seam follows: an opening bracket or a label's colon, a separator (it is inside a piece)."""
_NO_SEAM_BEFORE = frozenset("（(）)】]］」』》〉”’,，。、；;：:!！?？%％.…" + _SEAM_SEPARATORS)
"""What no seam comes before: a bracket, a mark that ends a piece, a separator."""
_GLUE_MARK = re.compile(r"(?:[\u3000\t|｜丨/／>＞»›→•┊∣]| {2,})+| (?=\S+ )")
"""A gap, a bar or an arrow between two items, or a single space before a word a space follows: a line
of glued chrome longer than :data:`_GLUED_SHORT` holds two (a row of three items or more in one of its
pieces); a headline's two clauses have one (``全国居民消费价格温和上涨　核心CPI保持稳定``)."""
_SHAPE_MARK = re.compile(r"[\s|｜丨¦∣▏│┃>＞»›→]")
"""A character every row of links (a gap, a bar) or trail (an arrow) holds: a piece without is no shape's."""
_TRAIL_ARROW = re.compile("[>＞»›→]")
"""What joins a trail's links that no unit or name holds (a slash does: ``元/年``, ``陈旭/罗一凡``)."""
_CREDIT_WORD = re.compile("记者|記者|通讯员|通訊員|编辑|編輯|作者|摄影|攝影|撰稿|撰文|实习生|實習生")
"""A credit's word: a row holding one is names (``首席记者 方雨桐 见习记者 邵子涵``), not links."""


def _seams(text: str) -> Iterator[int]:
    """Where ``text`` may be two pieces written without a break between them:
    between two characters that are not spaces, never inside a number or a
    Latin word, beside a separator (a row's bar or a trail's arrow is inside a
    piece), after an opening bracket, or before a bracket or a mark that ends
    a piece (``（元/年`` | ``）`` is one cell, ``薪资`` | ``(元/月)`` one label).
    Each piece has two characters at least, three where Han characters meet
    at the seam (``举报`` | ``电话:110``: two characters cut from a word are no piece).

    >>> ["桐川县网站首页"[:k] for k in _seams("桐川县网站首页")]
    ['桐川县', '桐川县网']
    >>> [k for k in _seams("ab 2025")], [k for k in _seams("打印|分享")]
    ([], [])
    """
    n = len(text)
    for k in range(_GLUED_PIECE, n - _GLUED_PIECE + 1):
        a, b = text[k - 1], text[k]
        if a.isspace() or b.isspace() or a in _NO_SEAM_AFTER or b in _NO_SEAM_BEFORE \
                or (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()) or (a.isdigit() and b.isdigit()):
            continue
        if (k <= _GLUED_PIECE or n - k <= _GLUED_PIECE) and "\u3400" <= a <= "\u9fff" and "\u3400" <= b <= "\u9fff":
            continue
        yield k


def _glued_chrome(st: _State, zones: list[str], outside: list[int]) -> None:
    """Read the short lines outside the text nothing took as two pieces of
    chrome a scraper glued together, the break between two elements lost
    (``桐川县自然资源局网站`` + ``首页 - 机构设置 - 信息公开``, ``打印 | 关闭``
    + ``推荐阅读``, a menu + ``您的位置：首页 > 新闻``): a line goes when some
    seam (:func:`_seams`) cuts it into two pieces that are each chrome on
    their own, one of them at least taken whole by a rule of the line's zone
    (:func:`_rule_piece`), the other by a rule too or a row or a trail of
    links (:func:`_shape_piece`). A piece that is not keeps the line: a
    headline glued to a list's header is not known to be the list's, and a
    row cut in two is two rows, a table's header as much as a menu."""
    for i in outside:
        if st.labels[i] is not None or st.sentence[i] or not 2 * _GLUED_PIECE <= st.size[i] <= _GLUED_CHARS:
            continue
        if not _beside_chrome(st, i):
            continue
        t = st.texts[i]
        marks = [m.span() for m in _GLUE_MARK.finditer(t)] if st.size[i] > _GLUED_SHORT else []
        if st.size[i] > _GLUED_SHORT and len(marks) < 2:
            continue  # a headline's shape
        select = _RULES_IN_ZONE[zones[i], False]
        if st.rules.none_may_match((t,), select) or st.is_meta(i) or parse_byline(t) is not None:
            continue  # no rule's words anywhere in it (no piece a rule takes), metadata, a byline
        seams = _seams(t)
        if marks:  # a row glued at one of its ends, or to another row: the seam is in its first item, its last or a long one
            items = [(0, marks[0][0]), *((a[1], b[0]) for a, b in pairwise(marks) if b[0] - a[1] > _GLUED_ITEM), (marks[-1][1], len(t))]
            seams = (k for k in seams if any(a < k < b for a, b in items))
        found: tuple[_Piece, _Piece, str] | None = None
        for k in seams:
            cut = _glued_pieces(st, t, k, select)
            if cut is None and found is not None:
                break  # the last of a run of seams that cut well: 澄江县人民政府网站 | 首页, not 澄江县人民政府网 | 站首页
            found = cut or found
        if found is not None:
            (label, rule, reason), second, tail = found
            fields = dict(m.fields) if label == "metadata" and (m := st.meta_line(i)) is not None else {}
            st.labels[i] = BlockLabel(label, rule, f"{reason}, glued to “{tail}” ({second[1]})", fields)


_Piece = tuple[str, str, str]
"""The label, rule id and reason a piece of a glued line would get as a line of its own."""


def _beside_chrome(st: _State, i: int) -> bool:
    """Whether block ``i`` opens or closes the page, or the line above or below
    it is chrome already: glued chrome stands among chrome."""
    return i == 0 or i == st.n - 1 or _noise_above(st, i) or _noise_below(st, i)


def _glued_pieces(st: _State, t: str, k: int, select: Callable[[Rule], bool]) -> tuple[_Piece, _Piece, str] | None:
    """The two pieces of chrome ``t`` is when cut at seam ``k`` (and the second's text), or None."""
    head, tail = t[:k], t[k:]  # no space on either side of a seam
    first = _rule_piece(st, head, select)
    if first is None and _SHAPE_MARK.search(head) is None:
        return None  # no rule takes it, and without a gap, a bar or an arrow it is no row nor trail
    second = _rule_piece(st, tail, select)
    if second is None and (first is None or _SHAPE_MARK.search(tail) is None):
        return None
    first = first or _shape_piece(head)
    second = second or _shape_piece(tail)
    return None if first is None or second is None else (first, second, tail)


def _rule_piece(st: _State, text: str, select: Callable[[Rule], bool]) -> _Piece | None:
    """What ``text`` would get as a line of its own outside the text from a
    rule ``select`` accepts that takes it whole: the rule's first match opens
    the piece (past one mark: ``（责任编辑：…``). A rule that takes a line for
    a word inside it (``标准（元/年）``), code and a bare count are no piece's."""
    if text.isdigit():
        return None
    h = _first_hit(st, text, select, opening=True)
    if h is None or h.rule.label == "code":
        return None
    lab = _rule_label(h)
    return lab.label, lab.rule, lab.reason


def _shape_piece(text: str) -> _Piece | None:
    """What ``text`` would get as a line of its own outside the text by its
    shape: a row of three or more short links (no table's cells, no credits:
    ``首席记者 方雨桐 见习记者 邵子涵`` are names) or a trail of links joined
    by arrows (not by slashes: units and names hold those)."""
    items = _link_row(text)
    if items is not None and len(items) >= 3 and _CREDIT_WORD.search(text) is None:
        return "navigation", "navigation/link-row", f"navigation: a row of {len(items)} short link labels"
    chain = shape.link_chain(text) if _TRAIL_ARROW.search(text) is not None else None
    if chain is not None:
        return "breadcrumb", "breadcrumb/link-chain", f"breadcrumb: a chain of {len(chain)} short links"
    return None


_NAV_WORD = regex.compile(r"^\p{Han}{2,6}(?:\s?[(（]\d{1,7}[)）])?$")
"""A menu item on a line of its own (政务公开, 新闻中心), or a facet filter with the
count of records under it (经济建设(312)): a data portal's or a blog's category column."""


def _nav_columns(st: _State, zones: list[str]) -> None:
    """A menu scraped one item per line above the headline: three or more
    unlabelled lines of two to six Han characters in a row in the head
    (navigation lines may stand between). The last of them stays unless
    the line after the run is furniture or a title-shaped line (it may be
    a short headline: 政府工作报告). Below a headline, a run that leads
    straight into the body is a list of the text (names of people), not a menu."""
    i = 0
    headline_above = False
    while i < st.n and zones[i] == "head":
        if st.labels[i] is None and _titled(st, zones, i):
            headline_above = True
        j, words = i, []
        while j < st.n and zones[j] == "head" and (
                (st.labels[j] is None and _NAV_WORD.match(st.texts[j]) is not None) or _label_of(st, j) == "navigation"):
            if st.labels[j] is None:
                words.append(j)
            j += 1
        if len(words) >= 3:
            after = _label_of(st, j) if j < st.n else ""
            titled = j < st.n and st.labels[j] is None and _titled(st, zones, j)
            if headline_above and not (titled or after in _REMOVED_NEIGHBOURS):
                i = j
                continue
            if not (titled or after in _REMOVED_NEIGHBOURS):
                words.pop()
            for k in words:
                st.labels[k] = BlockLabel("navigation", "navigation/link-column",
                                          f"navigation: one of {len(words)} short menu items on lines of their own "
                                          "above the headline")
        i = max(j, i + 1)


_TRAIL_SEPARATOR = re.compile(r"^(?:[>»›→＞/|｜]|-{1,2}>|－>|=>){1,3}$")
"""A breadcrumb's separator alone on its line (``>``, ``>>``, ``»``, ``->``, ``/``): what a scraper
that puts every element on a line of its own leaves between the trail's links."""
_TRAIL_ZONES = ("head", "edge")
"""Where a trail is looked for: above the headline, or anywhere on a page with no prose (every block at an edge)."""
_TRAIL_ITEM_CHARS = 12
"""The longest link of a trail scraped one per line (``政务公开``, ``乡镇动态``, ``政府信息公开目录``)."""
_TRAIL_LAST_ITEM_CHARS = 8
"""The longest last link of such a trail when no separator follows it (a column's name, not the headline)."""


def _split_trails(st: _State, zones: list[str]) -> None:
    """A breadcrumb scraped one element per line above the headline
    (``当前位置：`` / ``首页`` / ``>`` / ``政务公开`` / ``>`` / ``通知公告``):
    from a line labelled breadcrumb, or one labelled navigation with a
    separator under it (``首页`` / ``›``, ``登录`` / ``|`` / ``注册``), the separators alone on their lines and
    the short links each one stands between are the trail. A link after
    the last separator is taken only when it is short and a longer
    title-shaped line follows it (the column's name above the headline);
    the headline itself never follows a separator as a short line does."""
    if not any(len(t) <= 6 and _TRAIL_SEPARATOR.match(t) for t in st.texts):
        return  # no separator alone on its line
    i = 0
    while i < st.n and zones[i] in _TRAIL_ZONES:
        lab = st.labels[i]
        if not (_is(lab, "breadcrumb") or (_is(lab, "navigation") and _trail_separator(st, i + 1))):
            i += 1
            continue
        taken: list[int] = []
        j, after_separator, separators = i + 1, True, 0
        while j < st.n and zones[j] in _TRAIL_ZONES:
            lab = st.labels[j]
            if _trail_separator(st, j):
                taken.append(j)
                separators += 1
                after_separator = True
            elif lab is not None and lab.label == "related-links" and after_separator \
                    and st.size[j] <= _TRAIL_ITEM_CHARS and _trail_link(st, zones, j):
                taken.append(j)  # a link a rule took for a list's header (a bare 政策解读): the trail's, heading no list
                after_separator = False
            elif lab is not None and not lab.kept and lab.label in ("navigation", "breadcrumb"):
                after_separator = False  # a link the rules took already (首页, the column's name)
            elif after_separator and lab is None and st.size[j] <= _TRAIL_ITEM_CHARS and not st.sentence[j] \
                    and shape.clause_marks(st.texts[j]) == 0 and _trail_link(st, zones, j):
                taken.append(j)
                after_separator = False
            else:
                break
            j += 1
        if separators:
            for k in taken:
                st.labels[k] = BlockLabel("breadcrumb", "breadcrumb/split-trail",
                                          "breadcrumb: a link or separator of a trail scraped one element per line "
                                          "above the headline")
        i = max(j, i + 1)


_FONT_SIZE_PIECES = frozenset({"【", "】", "[", "]", "［", "］", "(", ")", "（", "）", "|", "｜", "大", "中", "小", "默认",
                               "标准", "较大", "超大", "特大", "A", "A+", "A-", "A＋", "A－", "T", "+", "-", "字号", "字体",
                               "字号：", "字体：", "字号:", "字体:", "字級", "字級：", "放大", "缩小", "縮小", "大字", "中字", "小字"})
"""What a font-size switch is made of, each on a line of its own when a scraper puts every element there
(``【`` / ``大`` / ``中`` / ``小`` / ``】``, ``字号：`` / ``A+`` / ``A`` / ``A-``)."""
_FONT_SIZE_SMALL = frozenset({"小", "A-", "A－", "缩小", "縮小"})
"""The small size of a switch (one of each pair of :data:`_FONT_SIZE_PAIRS`)."""
_FONT_SIZE_PAIRS = (("大", "小"), ("A+", "A-"), ("A＋", "A－"), ("放大", "缩小"), ("放大", "縮小"))
"""Two sizes a switch always offers, both of which a run must hold."""


_FONT_SIZE_FRAME = frozenset({"【", "】", "[", "]", "［", "］", "字号", "字体", "字号：", "字体：", "字号:", "字体:", "字級", "字級："})
"""The pieces of a font-size switch that frame it (its brackets, its label): words of a text are not framed so."""


def _split_font_sizes(st: _State, zones: list[str]) -> None:
    """A font-size switch scraped one element per line (``【`` / ``大`` /
    ``中`` / ``小`` / ``】``): three or more lines in a row, each one of
    :data:`_FONT_SIZE_PIECES`, holding both sizes of one of
    :data:`_FONT_SIZE_PAIRS`, are the page's tools: outside the body, or
    framed by brackets or a label inside it, and never right under a line
    that introduces a list (``书写字为以下三个：`` / ``大`` / ``中`` / ``小``)."""
    if not any(len(t) <= 2 and t in _FONT_SIZE_SMALL for t in st.texts):
        return
    i = 0
    while i < st.n:
        j = i
        while j < st.n and st.texts[j] in _FONT_SIZE_PIECES:
            j += 1
        run = set(st.texts[i:j])
        if j - i >= 3 and any(a in run and b in run for a, b in _FONT_SIZE_PAIRS) \
                and (zones[i] != "core" or run & _FONT_SIZE_FRAME) \
                and not (i > 0 and st.texts[i - 1].endswith(_INTRO_END)):
            for k in range(i, j):
                if st.labels[k] is None:
                    st.labels[k] = BlockLabel("navigation", "tools/font-size-split",
                                              "article tools: a font-size switch scraped one element per line")
        i = max(j, i + 1)


def _trail_separator(st: _State, j: int) -> bool:
    """Whether block ``j`` is an unlabelled :data:`_TRAIL_SEPARATOR` alone on its line."""
    return j < st.n and st.labels[j] is None and len(st.texts[j]) <= 6 and _TRAIL_SEPARATOR.match(st.texts[j]) is not None


def _trail_link(st: _State, zones: list[str], j: int) -> bool:
    """Whether the short line ``j`` of a split trail is one of its links:
    a separator follows it; or it is short and either a portal's standard
    column (``通知公告``), one of the site's menu links, or a longer
    title-shaped line (the headline) follows it."""
    k = j + 1
    if k >= st.n or zones[k] not in _TRAIL_ZONES:
        return False
    if _trail_separator(st, k):
        return True
    if st.size[j] > _TRAIL_LAST_ITEM_CHARS:
        return False
    if _PORTAL_COLUMN.match(st.texts[j]) is not None or _in_menu(st, j):
        return True  # a portal's standard column, or one the site's menu names: never the headline
    lab = st.labels[k]
    return (lab is None or lab.label == "related-links") \
        and st.size[k] > max(6, st.size[j]) and "。" not in st.texts[k] and not st.sentence[k] and not st.is_meta(k)


def _in_menu(st: _State, j: int) -> bool:
    """Whether the text of block ``j`` is a link of the site's menu found elsewhere on the page (a line
    labelled navigation that is it, or a row of links that holds it as one of its items)."""
    text = st.texts[j]
    for k in range(st.n):
        if k != j and _is(st.labels[k], "navigation") and text in st.texts[k]:
            items = shape.nav_items(st.texts[k])
            if st.texts[k] == text or (items is not None and text in items):
                return True
    return False


def _titled(st: _State, zones: list[str], i: int) -> bool:
    """Whether block ``i`` in the head is shaped like a headline (longer than a menu item, no sentence)."""
    return zones[i] == "head" and st.size[i] > 6 and "。" not in st.texts[i] and not st.sentence[i]


_GUIDE_LIST_HEADING = regex.compile(
    r"^\W{0,3}(?:[一二三四五六七八九十\d]{1,2}\s{0,2}[、.．]\s{0,2})?"
    r"(?:(?:所需|需要|需提交|需提供|应提交|应提供|提交|提供|申请|申报|申办|办理|受理|必备|准备)(?:的)?(?:材料|资料|要件|证件|证明材料)"
    r"(?:清单|目录|明细|及要求)?|(?:所需|申请|提交)文件|(?:申请|申办|办理|受理|准入|许可)条件|办理(?:流程|程序|步骤)|材料清单)"
    r"\s{0,2}[:：]?\s{0,2}(?:[(（]\s{0,2}\d{1,3}\s{0,2}[)）])?$")
"""A service guide's heading of a list (所需材料, 申请材料：, 申办条件, 办理流程): the
bulleted items below it are the guide's own list, not links."""


def _under_guide_heading(st: _State, i: int) -> bool:
    """Whether bulleted block ``i`` belongs to a run of bulleted lines right
    below a service guide's list heading (``所需材料`` then ``· 《出生医学证明》原件``):
    a guide's list of materials or conditions, which is body however short
    its items are (a list of links under 相关服务 is not one)."""
    j = i - 1
    while j >= 0 and j > i - 30 and shape.is_bullet(st.texts[j]):
        j -= 1
    return j >= 0 and j < i and _GUIDE_LIST_HEADING.match(st.texts[j]) is not None


_LIST_HEADLINE = regex.compile(
    r"[\p{Han}\d][\p{Han}\d（）()“”《》、]{2,40}?(?:成员单位|组成单位|组成部门|成员名单|人员名单|单位名单|名单|名录|一览表?|"
    r"内设机构|直属单位|下属单位|所属单位|责任单位|牵头单位|联系单位|成員單位|組成單位|組成部門|成員名單|名單|名錄|一覽表?|"
    r"內設機構|直屬單位|下屬單位|所屬單位|責任單位)(?:[（(][^）)]{1,12}[)）])?[:：]?$")
"""A headline that announces a list (``市优化营商环境工作领导小组成员单位``,
``2026年度市级文明单位名单``, ``區議會成員名單（第七屆）``): at least four characters
before the list's word, so a sidebar's bare header (``直属单位``, ``名录``) is not one."""


_LIST_ROWS = 30
"""Rows of a list looked through, above a row, for the headline that announces it."""


def _under_list_headline(st: _State, i: int) -> bool:
    """Whether block ``i``, a row of short labels, belongs to a run of rows (no sentence,
    nothing removed) right below a headline that announces a list (:data:`_LIST_HEADLINE`): the member offices of a
    leading group (``市财政局 | 市自然资源和规划局 | 市住房和城乡建设局`` under
    ``…领导小组成员单位``) are the page's text on a page that has no prose, not a menu."""
    for j in range(i - 1, max(-1, i - _LIST_ROWS), -1):
        if _label_of(st, j) not in ("", "title") or st.sentence[j] or st.prose[j]:
            return False
        if _LIST_HEADLINE.fullmatch(st.texts[j].strip()) is not None:
            return True
    return False


def _bullet_heads_core(st: _State, zones: list[str], i: int) -> bool:
    """Whether bulleted block ``i`` (``■ 市民公园新增夜跑步道``) is the heading of
    the text right below it, not a bulleted link: it stands in the head
    alone (no bulleted line just above or below it, as a list of links has)
    and the next block opens the core, or the brief's text (see
    :data:`_BRIEF_OPENINGS`; a page of narrow lines may have no core at
    all: every block is 'edge'). An e-paper's column of briefs heads each
    brief so; the core starts at the first one's text."""
    nxt = i + 1
    if zones[i] not in (_HEAD, "edge") or nxt >= st.n or (i > 0 and shape.is_bullet(st.texts[i - 1])) \
            or _HEADLINE_BULLET.match(st.texts[i]) is None:
        return False  # (a follow button, +关注, or a dash item is no brief's headline)
    text = st.texts[nxt]
    return not shape.is_bullet(text) and (
        zones[nxt] == _CORE or (st.labels[nxt] is None and text.startswith(_BRIEF_OPENINGS)))


_BRIEF_OPENINGS = ("\u3000", "本报讯", "本報訊", "本网讯", "本網訊", "本刊讯", "本台讯")
"""How the first line of a brief opens when the core starts further down (a
narrow column's first line holds no sentence yet): an indent or its dateline."""


def _names_author(st: _State, i: int) -> bool:
    """Whether block ``i`` is a byline behind a bullet (``■ 本报记者 王浩``), not a bulleted link."""
    m = st.meta_line(i)
    return m is not None and "author" in m.fields and m.coverage >= st.config.meta_coverage


_CLOSING_DATE = regex.compile(r"^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s{0,2}年\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}月"
                              r"\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}日$")
_LIST_TITLE = regex.compile(r"^\p{Han}{2,8}$")
_LIST_ITEM_RULES = frozenset({"widget/bullet-link", "related/link-list", "related/dated-links", "related/labelled-link"})
_QUERY_BOX_RULES = frozenset({"tools/record-query-box", "tools/search-box"})
_QUERY_BOX_TITLE = regex.compile(r"^\p{Han}{2,12}(?:查询|查詢|检索|檢索|搜索)(?:入口|系统|系統|平台)?\s{0,2}[:：]?$")
"""A query box's title on its own line above the box's input line (``项目备案信息查询``, ``企业信用信息查询：``):
a bare name ending with the box's verb, outside the body."""
_BANNER_BOX_TITLE = regex.compile(r"^\p{Han}{2,10}(?:直通车|直通車|专区|專區|通道|入口|服务台|服務台)$")
"""A service box's name on its own line above its button (``企业诉求直通车`` over ``企业诉求在线提交 >>``):
a name ending like a channel, never a signature's office."""
_TABLE_CELL = regex.compile(r"^(?:[\d０-９.．%％,，:：/\-－]+|\p{Han})$")
_EVENT_FIELD = regex.compile(r"^(?:(?:会议|會議)?(?:地点|出席|列席|主持人?|参加人员|参会人员|与会人员|参加|缺席|请假|记录人?|议题"
                             r"|地點|參加人員|參會人員|與會人員|參加|請假|記錄人?|議題"
                             r"|[地][ \u3000]{1,4}[点點]|主[ \u3000]{1,4}席)"
                             r"|(?:采访|採訪|访谈|訪談|口述)(?:时间|時間|地点|地點|对象|對象|人|者)|受访[人者]|受訪[人者]|讲述人|講述人"
                             r")[ \u3000]{0,2}[:：]")
"""A field of a meeting's record (``地点：``, ``出席：``, or a printed record's letter-spaced
``地　　点：``, ``主　　席：``) or of an interview's (an oral history's ``受访人：``, ``采访时间：``,
``采访地点：``): its ``时间：`` is when the meeting was, and its lists of names are text; never a headline."""
_PERSON_FIELD = regex.compile(r"^(?:姓名|性别|职务|分工|简历|出生年月|籍贯|民族|学历|联系电话|电话|地址|邮编|邮箱"
                              r"|职称|技术职称|擅长|专长|专业特长|医疗专长|所在科室|科室|出诊时间|门诊时间|出诊地点|门诊地点"
                              r"|社会任职|学术任职|个人简介|医生简介|专家简介"
                              r"|性別|職務|簡歷|籍貫|學歷|聯繫電話|電話|郵編|郵箱"
                              r"|職稱|技術職稱|擅長|專長|專業特長|醫療專長|所在科室|出診時間|門診時間|出診地點|門診地點"
                              r"|社會任職|學術任職|個人簡介|醫師簡介|醫生簡介|專家簡介)[ \u3000]{0,2}[:：]")
"""A field of a form or a profile (``职务：``; a doctor's: ``职称：主任医师``, ``擅长：…``,
``出诊时间：周二上午``), never a headline."""
_POST_THEN_NAMES = regex.compile(r"^[\p{Han}、]{1,23}[长長记記任员員书書师師官监監事理][ \u3000]{0,2}[:：][ \u3000]{0,2}"
                                 r"(\p{Han}[\p{Han}·、，,]{1,30})$")
"""A post (ending as 局长, 书记, 主任, 委员, 秘书, 总工程师, 监事, 理事 do) and the people who hold it
(``党委书记、局长：周立新``, ``副局長：陳建宏、林淑芬``); see :func:`_post_and_names`."""
_NAMES_SPLIT = re.compile("[、，,]")
_NAME_THEN_POST = regex.compile(r"^(\p{Han}{2,4}|\p{Han}{1,6}·\p{Han}{1,8})[ \u3000]{1,4}"
                                r"[\p{Han}、]{0,23}(?:[长長]|书记|書記|主任|委员|委員|巡视员|巡視員|调研员|調研員|专员|專員|工程师|工程師"
                                r"|经济师|經濟師|会计师|會計師|主席|常委|督学|督學|参事|參事|监事|監事|理事)"
                                r"(?:[（(]\p{Han}{2,6}[)）])?$")
"""A leaders' list line, a name and the post after it (``谭振华　市委副书记、市长``,
``程佳　副市长（挂职）``); see :func:`_post_and_names`."""
_PHOTO_PLACEHOLDER = regex.compile(r"^[\[【［(（]\s{0,2}(?:图片|圖片|照片|相片|头像|頭像|配图|配圖|图|圖)\s{0,2}[:：]"
                                   r"[^\]】］)）]{1,30}[\]】］)）]$")
"""A photo's placeholder with its alt text (``[照片：黄建国]``, ``【图片：会议现场】``): never a headline."""


def _post_and_names(text: str) -> bool:
    """Whether ``text`` is a leaders' directory line, a post and its holders' names after
    a colon (``党委书记、局长：周立新``, ``副局长：陈建宏、林淑芬``): never a headline.

    >>> _post_and_names("党委书记、局长：周立新"), _post_and_names("副局长：陈建宏、林淑芬")
    (True, True)
    >>> _post_and_names("市长：全力以赴做好防汛工作"), _post_and_names("单位性质：公益一类事业单位")
    (False, False)
    >>> _post_and_names("广西桂林：银杏黄了游客来了"), _post_and_names("主任：钱多多多多")
    (False, False)

    The name may come first, a wide space before its post (``谭振华　市委副书记、市长``):

    >>> _post_and_names("谭振华　市委副书记、市长"), _post_and_names("程佳　副市长（挂职）")
    (True, True)
    >>> _post_and_names("全市　召开防汛工作会议"), _post_and_names("王明 走访慰问困难党员")
    (False, False)
    """
    m = _POST_THEN_NAMES.match(text.strip())
    if m is None:
        named = _NAME_THEN_POST.match(text.strip())
        return named is not None and is_person_name(named.group(1))
    return all(is_person_name(name) for name in _NAMES_SPLIT.split(m.group(1)))


_GENERIC_DATE_LABEL = regex.compile(r"^(?:时[ \u3000]{0,4}间|日[ \u3000]{0,4}期|時[ \u3000]{0,4}間)[ \u3000]{0,2}[:：]")
"""A generic date label, maybe letter-spaced as a printed record sets it (``时　　间：``, ``日　　期　：``)."""
_FORM_ROW = regex.compile(r"^\p{Han}{2,6}[ \u3000]{0,2}[:：][^:：]{1,40}?[ \u3000]\p{Han}{2,6}[ \u3000]{0,2}[:：]")
"""A row of two or more fields of a form, each label after a space
(``诉求编号: 2024110300178    诉求类型: 投诉``, ``信件编号：QC001　　办理状态：已办结``):
never a headline, even when its labels are not metadata's."""


def _meeting_time(st: _State, i: int) -> bool:
    """Whether block ``i`` is the ``时间：`` field of a meeting's record: a
    generic date label beside ``地点：`` or ``出席：`` (see :data:`_EVENT_FIELD`)."""
    return _GENERIC_DATE_LABEL.match(st.texts[i]) is not None and any(
        _EVENT_FIELD.match(st.texts[j]) for j in range(max(0, i - 2), min(st.n, i + 3)))


def _meeting_date(st: _State) -> str | None:
    """The date of the first meeting's ``时间：`` field (:func:`_meeting_time`),
    for a meeting's record that states no date of its own."""
    if "时间" not in st.joined and "日期" not in st.joined and "時間" not in st.joined \
            and "\u3000期" not in st.joined and "\u3000间" not in st.joined and "\u3000間" not in st.joined \
            and "  期" not in st.joined and "  间" not in st.joined and "  間" not in st.joined:
        return None  # no line opens with a generic date label, plain or letter-spaced (scans of the document)
    for i in range(st.n):
        if _meeting_time(st, i) and (m := st.meta_line(i)) is not None and isinstance(date := m.fields.get("date"), str):
            return date.split("T", 1)[0]
    return None


_NOT_THE_PAGE = KEPT_LABELS | {"related-links"}
"""Labels of lines whose addresses are not the page's own (the body's, other articles')."""


def _trail_date(st: _State, zones: list[str]) -> str | None:
    """The date the site's trail or the page's address gives, for a page that
    states no date of its own: an e-paper's breadcrumb above the body holds
    its issue (``数字报 > 2024-06-18 > 第04版``), a removed link line its path
    (``…/html/2024-06/18/content_12.htm``); see :func:`trail_date`."""
    for i in range(st.n):
        if zones[i] == "core":
            break
        if _is(st.labels[i], "breadcrumb") and (date := trail_date(st.texts[i])) is not None:
            return date
    for word in ("http", "www."):
        if word in st.joined:  # one scan of the document, then only the lines that hold the word
            for i in compress(range(st.n), map(str.__contains__, st.texts, repeat(word))):
                lab = st.labels[i]
                if lab is not None and lab.label not in _NOT_THE_PAGE and (date := trail_date(st.texts[i])) is not None:
                    return date
    return None


_REMOVED_NEIGHBOURS = frozenset({"footer", "navigation", "related-links", "breadcrumb", "slogan"})


_HEADER_CELLS = frozenset({"序号", "编号", "排名", "名次", "序號", "編號"})
"""Column names that open only a table's header row, never a menu."""
_UNIT_CELLS = frozenset({"单位", "计量单位", "單位", "計量單位"})
"""Column names a table's header has anywhere in its row (the unit column of a statistical table), never a menu's link."""
_UNIT_HEADING = regex.compile(r"[(（](?:%|％|‰|[万亿千百]?(?:元|人|户|戶|吨|噸|亩|畝|公顷|公頃|平方米|平方公里|千米|公里|个|個|辆|輛"
                              r"|头|頭|台|件|项|項|次|家|所|张|張|套|千瓦时|千瓦時|千瓦|立方米|美元))[)）]$")
"""A column name with its unit in brackets (``比上年增长(%)``, ``面积（公顷）``, ``金额(万元)``): a table's header cell."""


def _table_cells(items: list[str]) -> bool:
    """Whether the short labels ``items`` are a table's header cells: one is the
    unit column (``单位``, letter-spaced as OCR gives it: ``单 位``) or a
    column name with its unit in brackets (``比上年增长(%)``).

    >>> _table_cells(["指 标", "单 位", "2022年", "比上年增长(%)"]), _table_cells(["首页", "新闻", "公开", "互动"])
    (True, False)
    """
    return any("".join(item.split()) in _UNIT_CELLS or _UNIT_HEADING.search(item) is not None for item in items)
_ROW_NUMBER = regex.compile(r"^[\d０-９]{1,3}[.．、]?$")


def _table_header(st: _State, i: int, items: list[str]) -> bool:
    """Row ``i`` of short labels heads a table: it opens with a column name
    such as 序号, or the row below opens with a row number and has as many
    cells (``序号　村组　地类　面积（公顷）`` over ``1　马庄村一组　耕地　2.3516``)."""
    if "".join(items[0].split()) in _HEADER_CELLS or _table_cells(items):
        return True
    if i + 1 >= st.n or _label_of(st, i + 1) in _REMOVED_NEIGHBOURS:
        return False  # the line below is page furniture (a warning ticker's 07-12 08:30 发布), no table row
    below = st.texts[i + 1]
    cells = below.split()
    if len(cells) >= 2 and abs(len(cells) - len(items)) <= 1 and _ROW_NUMBER.match(cells[0]) is not None:
        return True
    if _point_table_header_row(st.texts[i], below):
        return True
    # a table's header over a row of figures in as many cells (指标名称 | 绝对值 | 增长 over
    # 地区生产总值 | 1268.4 | 5.6; 指标　2024年　2023年　增减% over 生产总值（亿元）　312.5　298.1　4.8)
    if "|" in below or "｜" in below:
        cells = [c for c in _BAR_SPLIT.split(below.strip().strip("|｜")) if c]
    if len(cells) < 2 or abs(len(cells) - len(items)) > 1:
        return False
    figures = [c for c in cells if _TABLE_CELL.match(c) is not None and any(ch.isdigit() for ch in c)
               and _YEAR_CELL.match(c) is None]
    return len(figures) >= 2 or any("." in c or "%" in c or "％" in c for c in figures) \
        or (len(cells) == len(items) and ("|" in below or "｜" in below) and _person_directory_cells(cells))


_DIRECTORY_VALUE = re.compile("[0-9０-９]{3,4}[-－—][0-9０-９]{7,8}|[0-9０-９]{7,}|[，,、；;。]")
"""A telephone number's digits or a clause mark: a leaders' table's contact or duties cell, no menu label."""


def _person_directory_cells(cells: list[str]) -> bool:
    """Whether ``cells`` (a row cut at its bars) are a row of a table of people: one
    cell a person's name, another a telephone number or a phrase with a clause mark
    (``杨卫东 | 镇党委书记 | 主持全面工作，分管财政 | 0736-5321001``); a menu's labels
    are neither.

    >>> _person_directory_cells(["杨卫东", "镇党委书记", "主持镇党委全面工作", "0736-5321001"])
    True
    >>> _person_directory_cells(["首页", "镇情概况", "信息公开", "联系我们"]), _person_directory_cells(["王建国", "刘海燕"])
    (False, False)
    >>> _person_directory_cells(["新闻", "公告", "2024"])
    False
    """
    named = [k for k, c in enumerate(cells) if is_person_name(c.strip())]
    return bool(named) and any(k != named[0] and _DIRECTORY_VALUE.search(c) is not None for k, c in enumerate(cells))


def _point_table_header_row(header: str, below: str) -> bool:
    """Whether ``header``, cells between tabs, heads a table whose first row
    ``below`` has as many tab-separated cells (three at least), one with a
    figure: a list of service points (``诊所名称⇥地址⇥电话⇥诊症时间`` over
    ``西营盘诊所⇥医院道36号⇥2858 0521⇥每日 07:00-22:00``), not a menu over a
    line of the page; or cells between spaces, one a list's column name
    (``网点名称 地址 电话 办公时间`` over ``登记中心 府前路9号 85170001 工作日``)."""
    if "\t" in header and "\t" in below:
        heads = [c for c in header.strip().split("\t") if c.strip()]
        cells = [c for c in below.strip().split("\t") if c.strip()]
    else:  # cells between spaces: the header must name a list's columns (名称, 地址, 电话 ...)
        heads, cells = header.split(), below.split()
        if not any(h.endswith(_POINT_COLUMN_NAMES) for h in heads):
            return False
    return len(heads) >= 3 and len(cells) == len(heads) and any(ch.isdigit() for ch in below)


_POINT_COLUMN_NAMES = ("名称", "名稱", "地址", "地点", "地點", "电话", "電話", "时间", "時間", "联系方式", "聯繫方式", "泊位", "人数", "人數")
"""Column names of a list of service points (网点名称, 地址, 联系电话, 办公时间): a header row of them is no menu."""


_BAR_SPLIT = re.compile(r"\s*[|｜]\s*")
"""The bars between a table's cells, with their spaces."""
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")
"""A year alone, as an archive's menu gives them (``2024 | 2023 | 2022``): no figure of a table."""


def _pipe_row(text: str) -> bool:
    """Whether ``text`` is a row of a Markdown table: a bar at each end and one between cells at least.

    >>> _pipe_row("| 一类 | 每次3元 |"), _pipe_row("首页 | 新闻 | 政务")
    (True, False)
    """
    t = text.strip()
    return len(t) > 2 and t[0] in "|｜" and t[-1] in "|｜" and t.count("|") + t.count("｜") >= 3


def _table_row_by_like(st: _State, i: int) -> bool:
    """Whether block ``i`` is a row of three cells or more between bars over or under a row
    of as many (``姓名 | 职务 | 分工`` over ``杨卫东 | 镇党委书记 | 主持全面工作``):
    a table's header or row, no headline (a page's title with its site's name after
    a bar, ``关于…的通知 | 青溪县人民政府``, has no such row under it)."""
    here = st.texts[i]
    cells = here.count("|") + here.count("｜")
    if cells < 2 or _pipe_row(here):
        return False
    return any(0 <= j < st.n and not _pipe_row(st.texts[j]) and st.texts[j].count("|") + st.texts[j].count("｜") == cells
               for j in (i - 1, i + 1))


def _pipe_table_row(st: _State, i: int) -> bool:
    """Whether block ``i`` is a row of a Markdown table of two rows at least
    (``| 类别 | 白天 | 夜间 |`` over ``| 一类 | 3元 | 2元 |``): cells, not a menu
    written between bars on a line of its own."""
    return _pipe_row(st.texts[i]) and any(0 <= j < st.n and _pipe_row(st.texts[j]) for j in (i - 1, i + 1))


_NAME_NOTE = re.compile("[（(][^（）()]{1,8}[)）]$")
"""A note after a name in a list of people (``（女）``, ``（女，回族）``, ``(蒙古族)``)."""


_GROUP_HEAD = regex.compile(r"\p{Han}{0,6}(?:第[一二三四五六七八九十百\d]+)?(?:选区|選區|小组|小組|组|組|队|隊|班|代表团|代表團)[:：]?")
"""The group a row of names opens with (``第三选区``, ``第一组``, ``东城区代表团``): not a menu's label."""


_PLACE_ENDS = frozenset("区區街路镇鎮村县縣市省乡鄉局委办辦院站所馆館井港湾灣厅廳处處部")
"""Last characters of a place's or an office's name (高新区, 金融街, 王府井), which a menu lists: not of a person's."""


def name_row(items: Sequence[str]) -> bool:
    """Whether the items of a row are all people's names (each with a
    common surname, or transcribed with a middle dot), maybe each with a
    note in brackets: a list of deputies, members or winners printed as a
    row, not a menu of short labels.

    >>> name_row(["王建国", "刘海燕", "孙立平", "李春生"]), name_row(["包·巴特尔（蒙古族）", "王丽（女）", "江山", "许文华"])
    (True, True)
    >>> name_row(["刘 畅", "刘建军", "白 雪(女)", "冯 涛"]), name_row(["第三选区", "王大同", "吴秀英", "蔡明德"])
    (True, True)
    >>> name_row(["首页", "机构", "政务", "服务", "互动"]), name_row(["网站首页", "新闻中心", "政务公开", "办事服务"])
    (False, False)
    """
    cores = ["".join(_NAME_NOTE.sub("", item).split()) for item in items]  # 刘 畅: a name letter-spaced
    if len(cores) >= 4 and _GROUP_HEAD.fullmatch(cores[0]) is not None:
        cores = cores[1:]  # 第三选区 王大同 吴秀英 蔡明德: the group the names of the row belong to
    return len(cores) >= 2 and all(cores) and not any(c[-1] in _PLACE_ENDS for c in cores) \
        and name_list(" ".join(cores)) is not None


def _nav_row_ok(st: _State, zones: list[str], i: int, items: list[str]) -> bool:
    """A row of short labels is a navigation bar unless it is a byline or looks like a table
    row (numbers or one-character cells: ``1  王晓明  男  市财政局``, a Markdown table's row
    between bars over or under another) or, after
    the body, like a list of names: there a row without bars is navigation
    only next to other page furniture."""
    if any(_TABLE_CELL.match(item) for item in items) or _names_author(st, i) or _EVENT_FIELD.match(st.texts[i]) \
            or _table_header(st, i, items) or _pipe_table_row(st, i):
        return False  # a table row or header, a byline (澎湃新闻记者 陈思远 实习生 刘佳), or who attended (出席：…)
    if not shape.PIPE.search(st.texts[i]) and name_row(items):
        return False  # people's names (王建国 刘海燕 孙立平 李春生): a list of the text, not a menu
    if _under_list_headline(st, i):
        return False  # 市财政局 | 市水利局 under …领导小组成员单位: the list the headline announces
    if zones[i] != "tail" or shape.PIPE.search(st.texts[i]):
        return True
    return any(0 <= j < st.n and _label_of(st, j) in _REMOVED_NEIGHBOURS for j in (i - 1, i + 1))


def _label_of(st: _State, i: int) -> str:
    lab = st.labels[i]
    return "" if lab is None else lab.label


def _rule_of(st: _State, i: int) -> str:
    lab = st.labels[i]
    return "" if lab is None else lab.rule


_NEWS_APP_KICKERS = frozenset({
    "视频", "直播", "图集", "组图", "快讯", "独家", "现场", "聚焦", "关注", "深度", "评论", "速看", "热点", "图解",
    "海报", "重磅", "微视频", "短视频", "视界", "观察", "解读", "追踪", "探访", "直击",
    "視頻", "視界", "圖集", "組圖", "快訊", "獨家", "現場", "關注", "評論", "熱點", "圖解", "觀察", "解讀", "追蹤",
})
"""A news app's kicker before a bar and the headline (``视频｜航拍秋日三峡 层林尽染美如画``): the
story's kind, not a site's or agency's name before its motto."""


def _tagline(text: str) -> bool:
    """``临海市人民检察院 - 公正司法　执法为民``: a name, a dash or bar, and a motto
    (not a news app's kicker and headline: ``视频｜航拍秋日三峡 层林尽染美如画``)."""
    parts = _TAGLINE_SPLIT.split(text, maxsplit=1)
    return len(parts) == 2 and 2 <= shape.han_count(parts[0]) <= 24 and parts[0].strip() not in _NEWS_APP_KICKERS \
        and shape.is_couplet(parts[1])


def _epaper_core_byline(st: _State, i: int) -> bool:
    """Block ``i`` is nothing but an unbracketed byline (``本报记者　胡晓岚　通讯员
    田野``) standing between a headline and its first paragraph: the second
    article of an e-paper page puts its byline in the page's core. The line
    above must be no prose (a headline, a subtitle), so a line of names
    closing an article stays where it is."""
    if i == 0 or i + 1 >= st.n or st.prose[i - 1] or st.sentence[i - 1]:
        return False
    m = st.meta_line(i)
    return m is not None and set(m.fields) == {"author"} and m.coverage >= 0.99


_CAPTION_OPENING = regex.compile(r"^[ \u3000]*(?:[（(【\[]\s{0,2})?(?:图为|圖為|上图|上圖|下图|下圖|左图|左圖|右图|右圖)")
"""A photo's caption under the text (``图为…``, ``（上图）…``): the page's picture, not its text."""


def _credit_above_captions(st: _State, zones: list[str], i: int) -> bool:
    """Whether block ``i`` is a reporter's labelled credit (``记者:梁家豪　图:资料图片``,
    ``記者：陳明　攝影：李華``) that closes the text, only photo captions (``图为…。``)
    below it in the body: the captions' full stops kept it inside the body."""
    m = st.meta_line(i)
    if m is None or not m.fields or not set(m.fields) <= {"author", "author_role"} or m.coverage < 0.99 \
            or not has_label_mark(st.texts[i]):
        return False
    below = [j for j in range(i + 1, st.n) if zones[j] == "core"]
    return bool(below) and all(_CAPTION_OPENING.match(st.texts[j]) is not None for j in below)


def _core_credits(st: _State, zones: list[str]) -> None:
    """An editor line (责任编辑：张三) is metadata wherever it stands, also between
    body paragraphs: a labelled name explains the whole line, it is no heading;
    so is a line that is nothing but a bracketed reporter's credit, indented as
    a paragraph (``　　（本报记者 赵子涵 通讯员 孔令辉）``)."""
    for word in ("记者", "記者"):
        if word in st.joined:  # one scan of the document, then only the lines that hold the word
            for i in compress(range(st.n), map(str.__contains__, st.texts, repeat(word))):
                if st.labels[i] is None and zones[i] == "core" and st.size[i] <= 40 \
                        and (reporters := credit_line_reporters(st.texts[i])) is not None:
                    st.labels[i] = BlockLabel("byline", "meta/reporter-credit",
                                              "byline: a line that is nothing but a reporter's credit", {"author": reporters})
                elif st.labels[i] is None and zones[i] == "core" and st.size[i] <= 40 and not st.sentence[i] \
                        and _credit_above_captions(st, zones, i):
                    m = st.meta_line(i)
                    st.labels[i] = BlockLabel("byline", "meta/byline-line",
                                              "byline: a reporter's labelled credit under the text, above its photo's caption",
                                              dict(m.fields) if m is not None else {})
                elif st.labels[i] is None and zones[i] == "core" and st.size[i] <= 40 and not st.sentence[i] \
                        and _epaper_core_byline(st, i):
                    # no author: the page's author is its first article's (a dateline's 本报讯（记者 周立）)
                    st.labels[i] = BlockLabel("byline", "meta/reporter-byline",
                                              "byline: a line of reporters' credits under a headline inside the page")
    if "编" not in st.joined and "編" not in st.joined:
        return  # no line can name an editor (one scan of the document)
    for i in range(st.n):
        if st.labels[i] is not None or zones[i] != "core" or st.sentence[i]:
            continue
        t = st.texts[i]
        if ("编" not in t and "編" not in t) or st.size[i] > 40:
            continue
        m = st.meta_line(i)
        if m is not None and "editor" in m.fields and m.coverage >= 0.9:
            st.labels[i] = BlockLabel("metadata", "meta/editor-line",
                                      f"metadata: an editor credit inside the page (covers {m.coverage:.0%} of it)",
                                      dict(m.fields))


_DATELINE_MARK = re.compile("日[电讯電訊]")
"""How every dateline ends (``…3月5日电``): a page without it has none (one scan of the document)."""


def _from_first_paragraphs(st: _State, zones: list[str], read: Callable[[str], str | None]) -> str | None:
    """What ``read`` finds at the start of one of the first three body paragraphs."""
    seen = 0
    for i in range(st.n):
        if zones[i] != "core":
            continue
        found = read(st.texts[i])
        if found is not None:
            return found
        seen += 1
        if seen >= 3:
            break
    return None


def _reporter(st: _State, zones: list[str]) -> str | None:
    """The reporter named at the start of the first body paragraphs: ``（记者 吴晓丽　通讯员 潘浩）``."""
    return _from_first_paragraphs(st, zones, dateline_reporters)


def _label_lists(st: _State, blocks: list[int], is_header: Callable[[BlockLabel, str], bool],
                 takes: Callable[[int], bool], label: BlockLabel, ends: frozenset[str] = frozenset({"footer"})) -> None:
    """Give ``label`` to the unlabelled ``blocks`` that ``takes`` after a
    header (a labelled block ``is_header`` accepts), up to the site footer
    (or a block of another label in ``ends``)."""
    under = False
    for i in blocks:
        lab = st.labels[i]
        if lab is None:
            if under and takes(i):
                st.labels[i] = label
        elif lab.label in ends:
            under = False
        elif is_header(lab, st.texts[i]):
            under = True


_LINK_LIST = BlockLabel("related-links", "related/link-list", "related links: a link title listed under a related-links header")
_EDGE_LIST_HEADER_CHARS = 16
"""The longest related-links line that heads a list on a page with no prose (相关链接, 延伸阅读：, 往期回顾)."""
_EDGE_LIST_LINKS = frozenset({"related/column-link", "related/link-list", "related/dated-links"})
"""Rules of a link title (not a list's header)."""
_LIST_ENDS = frozenset({"footer"})
"""What ends a related list: the site footer."""
_EDGE_LIST_ENDS = frozenset({"footer", "breadcrumb"})
"""What ends a related list on a page with no prose: the site footer, or the trail above the article (a sidebar's
list of the site's columns stops there; the headline and the record under the trail are the page's)."""


def _edge_list_header(label: BlockLabel, text: str) -> bool:
    """Whether a line labelled related links heads a list on a page with no
    prose: a link to the previous or next article, or a short line or one
    ending with a colon that is not itself a list's link."""
    if label.rule.startswith("related/prev-next"):
        return True  # the links to the previous and next articles close the text: what is under them is the page's
    return label.rule not in _EDGE_LIST_LINKS and (len(text) <= _EDGE_LIST_HEADER_CHARS or text.endswith(_INTRO_END))


_LINK_MARKS = ("查看", "详情", "詳情", "更多", ">>", "》》", "›")
"""What a listing's link row carries that a table's row does not (``渤海花园　剩余房源：12套　查看>>``)."""
_COLUMN_NAME_CHARS = 8
_WIDE_GAP = regex.compile(r"\t|[|｜]|\u3000| {2,}")
"""A gap between a row's cells when the row has Latin words, whose single spaces part no cells."""


def _row_cells(text: str) -> list[str]:
    """The cells of row ``text``: apart by any space, or by tabs, bars and wide
    gaps only when Latin words are on it (``Hangzhou Hosts Forum`` is one cell)."""
    if regex.search(r"[A-Za-z]", text) is None and "|" not in text and "｜" not in text:
        return text.split()
    return [c.strip() for c in _WIDE_GAP.split(text) if c.strip()]


def _figures_row(cells: list[str]) -> bool:
    """Three cells or more, a figure among them (``渤海花园　12　45平方米``)."""
    return len(cells) >= 3 and any(_TABLE_CELL.match(c) is not None and any(ch.isdigit() for ch in c) for c in cells)


def _heads_table(st: _State, i: int) -> bool:
    """Whether the related-list header ``i`` heads a table rather than a list of
    links: the row right under it has three cells or more with a figure among
    them, or is a row of three column names or more over such a row, and
    carries no link mark (``查看>>``).

    >>> st = _State(["在租房源", "项目名称　套数　面积", "渤海花园　12　45平方米"], load_rules(), ClassifyConfig())
    >>> _heads_table(st, 0)
    True
    >>> _heads_table(_State(["在租房源", "渤海花园　剩余房源：12套　查看>>"], load_rules(), ClassifyConfig()), 0)
    False
    >>> _heads_table(_State(["Related News:", "CCPIT Issues 2,300 RCEP Certificates in October"],
    ...                     load_rules(), ClassifyConfig()), 0)
    False
    """
    j = i + 1
    if j >= st.n or st.labels[j] is not None or any(mark in st.texts[j] for mark in _LINK_MARKS):
        return False
    names = _row_cells(st.texts[j])
    if _figures_row(names):
        return True
    return (len(names) >= 3 and all(len(c) <= _COLUMN_NAME_CHARS and not any(ch.isdigit() for ch in c) for c in names)
            and j + 1 < st.n and _figures_row(below := _row_cells(st.texts[j + 1])) and abs(len(below) - len(names)) <= 1)


def _related_lists(st: _State, zones: list[str], outside: list[int]) -> None:
    """Short non-sentence blocks after a related-links header in the tail are
    links (a short question or exclamation too: ``@应征青年，征兵报名开始啦！``), up to the site footer: a line between footer items (联系电话：…) is
    no link title, and a labelled fact (资料来源：地政局) is metadata, not a link.
    On a page with no prose (every block at an edge) a header over a table
    (``在租房源`` over ``项目名称　套数　面积``) is the table's caption: it is
    left to the body and opens no list; only a header shaped as one opens
    a list there (:func:`_edge_list_header`), not a link title a rule took
    (the headline of an image explainer read as a column's link would take
    all the short lines under it); and a list there ends at the trail above
    the article (:data:`_EDGE_LIST_ENDS`)."""
    for i in outside:
        if zones[i] == "edge" and _is(st.labels[i], "related-links") and _heads_table(st, i):
            st.labels[i] = None
    edge_page = "core" not in zones and "tail" not in zones
    _label_lists(st, [i for i in outside if zones[i] != "head"],
                 lambda lab, t: lab.label == "related-links" and (not edge_page or _edge_list_header(lab, t)),
                 lambda i: (not st.sentence[i] or _short_question(st.texts[i], _LISTED_QUESTION_CHARS)
                            or _short_exclamation(st.texts[i]))
                 and len(st.texts[i]) <= 120
                 and not _labelled_fact(st, i), _LINK_LIST,
                 _EDGE_LIST_ENDS if edge_page else _LIST_ENDS)


_ROW_BAR = re.compile(r"^[|｜丨¦]{1,2}$")
"""A bar alone on its line: what a scraper that puts every element on a line of its own leaves between
the links of a row (``网站首页`` / ``|`` / ``机构职能`` / ``|`` / ``政策法规``)."""
_SPLIT_ROW_ITEM_CHARS = 10
_SPLIT_ROW_BARS_MIN = 2
_SPLIT_ROW = BlockLabel("navigation", "navigation/split-row",
                        "navigation: a link or bar of a row of links scraped one element per line")


def _split_rows(st: _State, zones: list[str]) -> None:
    """A row of links scraped one element per line, a bar alone on every
    other line (``网站首页`` / ``|`` / ``机构职能`` / ``|`` / ``政策解读``):
    two bars or more, each between two short links (no sentence, no clause
    mark), outside the body, make the row navigation, its links too. A link
    a rule took for a list's header (a bare ``政策解读``) is the row's, and
    heads no list."""
    if not any(len(t) <= 2 and _ROW_BAR.match(t) for t in st.texts):
        return
    i = 1
    while i < st.n - 1:
        if not _row_bar(st, zones, i):
            i += 1
            continue
        start, j = i - 1, i
        while j + 1 < st.n and _row_bar(st, zones, j):
            j += 2  # the bar at j sits between the links at j - 1 and j + 1
        bars = (j - i) // 2
        if bars >= _SPLIT_ROW_BARS_MIN:
            for k in range(start, j):
                lab = st.labels[k]
                if (lab is None and not st.is_meta(k)) or (lab is not None and lab.label in ("related-links", "navigation")):
                    st.labels[k] = _SPLIT_ROW
        i = max(j, i + 1)


_LONE_BULLETS = ("·", "•")
_LONE_MARK_LABEL = BlockLabel("navigation", "navigation/lone-mark",
                              "navigation: a separator alone on its line between two lines of the page's chrome")


def _lone_mark(text: str) -> bool:
    """Whether ``text`` is a separator alone on its line: a trail's (:data:`_TRAIL_SEPARATOR`,
    ``>``, ``»``), a row's bar (:data:`_ROW_BAR`) or a bullet (``·``)."""
    return len(text) <= 6 and (text in _LONE_BULLETS or _ROW_BAR.match(text) is not None
                               or _TRAIL_SEPARATOR.match(text) is not None)


def _lone_marks(st: _State) -> None:
    """A separator alone on its line (``|``, ``>``) with chrome found above
    and below it (or the page's edge) is the chrome's: what is left of a row
    scraped one element per line once its items are read."""
    if not any(_lone_mark(t) for t in st.texts):
        return
    for i in range(st.n):
        if st.labels[i] is None and _lone_mark(st.texts[i]) \
                and (i == 0 or _noise_above(st, i)) and (i + 1 == st.n or _noise_below(st, i)):
            st.labels[i] = _LONE_MARK_LABEL


def _row_bar(st: _State, zones: list[str], i: int) -> bool:
    """Whether block ``i`` is a bar alone on its line between two items of a row, outside the body:
    short links (no sentence, no clause mark but a label's colon at the end: ``作者:``) or lines
    found to be noise already (the row's date, its view count)."""
    if i < 1 or i + 1 >= st.n or zones[i] == "core" or len(st.texts[i]) > 2 or _ROW_BAR.match(st.texts[i]) is None:
        return False
    return all(_row_item(st, k) for k in (i - 1, i + 1))


def _row_item(st: _State, k: int) -> bool:
    """Whether block ``k`` may be an item beside a row's bar (see :func:`_row_bar`)."""
    lab = st.labels[k]
    if lab is not None:
        return not lab.kept
    t = st.texts[k]
    if st.size[k] > _SPLIT_ROW_ITEM_CHARS:
        return st.is_meta(k)  # the row's date or source line, which the metadata pass takes later
    return not st.sentence[k] and _ROW_BAR.match(t) is None \
        and shape.clause_marks(t) == (1 if t.endswith(_INTRO_END) else 0)


_COLUMN_NAME_HEADER = BlockLabel("related-links", "related/column-name-header",
                                 "related links: the name of the site's column (the breadcrumb's last item) again "
                                 "after the text, over the column's other titles")
_COLUMN_NAME_HEADER_CHARS = 12


def _column_name_headers(st: _State, zones: list[str]) -> None:
    """A short line after the body that repeats the last item of the breadcrumb
    above the headline (``当前位置：首页 > 展览展示 > 出国展览`` … ``出国展览``),
    with an unlabelled line right under it, heads the box of the column's other
    titles (the related lists take them): the column's name is no sentence of
    the text. Only in the tail: a page with no prose, every line at an edge,
    keeps it."""
    tail = next((i for i in range(st.n) if zones[i] == "tail"), None)
    if tail is None:
        return
    column = _kicker(st, tail)
    if not column or len(column) > _COLUMN_NAME_HEADER_CHARS:
        return
    for i in range(tail, st.n - 1):
        if zones[i] == "tail" and st.labels[i] is None and st.texts[i] == column and st.labels[i + 1] is None \
                and zones[i + 1] == "tail" and not st.sentence[i]:
            st.labels[i] = _COLUMN_NAME_HEADER


_SIDEBAR_HEADERS = frozenset({"related/ranking-header", "related/list-header"})
_SIDEBAR_ITEM = regex.compile(r"^\W{0,2}?(?:\d{1,2}\s{0,2}[.、．]|[·•▪◆■●○◇□▶►])\s{0,2}\S")
"""A numbered or bulleted link title of a sidebar's list (``1.桐溪镇…``, ``· 关于…的公告``)."""
_SIDEBAR_ITEM_CHARS = 40
_SIDEBAR_ITEMS_MIN = 2
_HEAD_SIDEBAR = BlockLabel("related-links", "related/head-sidebar",
                           "related links: a sidebar's ranking list dumped between the page's metadata row and the text")


def _head_sidebar_lists(st: _State, zones: list[str]) -> None:
    """A sidebar the scraper dumped between the article's metadata row and its
    first paragraph: a ranking or related-list header (``热点排行``, ``相关阅读``)
    followed by two or more numbered or bulleted link titles, up to the body.
    The header rules read the tail only (a head line named 热点 may be a
    column's name); here the metadata row above, the numbered items below and
    the body right after them make it the sidebar."""
    seen_meta = False
    for i in range(st.n):
        if zones[i] != _HEAD:
            return
        lab = st.labels[i]
        if _is(lab, "metadata"):
            seen_meta = True
            continue
        if not seen_meta or lab is not None or not _sidebar_header(st, i):
            continue
        k = i + 1
        while (k < st.n and zones[k] == _HEAD and st.labels[k] is None and not st.sentence[k]
               and len(st.texts[k]) <= _SIDEBAR_ITEM_CHARS and _SIDEBAR_ITEM.match(st.texts[k]) is not None):
            k += 1
        if k - i - 1 >= _SIDEBAR_ITEMS_MIN and k < st.n and zones[k] != _HEAD:
            for j in range(i, k):
                st.labels[j] = _HEAD_SIDEBAR
            return


_HEAD_BOX_RULES = frozenset({"tools/disclosure-catalogue", "tools/village-profile-sidebar"})
"""Rules of a box dumped above the headline whose bare header (公开目录, 村情简介) may also be a page's headline."""
_BOX_ITEM_MARK = regex.compile(r"[0-9０-９┌┍┏├└┝┕┣┗│┃▼▽▾]")
"""What makes a line of such a box an item rather than its header: a count, a number, a tree glyph
or an open node's mark (``▼ 政府信息公开``)."""
_CATALOGUE_NODE = regex.compile(r"^[+\-▸▶►▼▾·•]?\s{0,2}\p{Han}{2,10}\s{0,2}[（(]\s{0,2}\d{1,5}\s{0,2}[)）]$")
"""A node of a disclosure catalogue with the count of items under it (``发展党员（35）``, ``▸ 财务公开(12)``)."""
_CATALOGUE_NODE_LABEL = BlockLabel("navigation", "tools/disclosure-catalogue-node",
                                   "navigation: a node of a disclosure catalogue, with its item count, under its header")


def _head_box_headers(st: _State, zones: list[str]) -> None:
    """A bare header of a disclosure catalogue or a village profile box above
    the headline (``公开目录``, ``村情简介``) is chrome only with an item of its
    box right under it (``├ 党务公开``, ``户籍人口：1563人``); alone it is the
    page's own headline (a profile page titled 村情简介) and is left to the title.
    The nodes with their item counts right under a catalogue's header
    (``公开目录（128）`` / ``发展党员（35）``) go with it."""
    for i in range(st.n):
        if zones[i] != _HEAD:
            return
        lab = st.labels[i]
        if lab is None or lab.rule not in _HEAD_BOX_RULES:
            continue
        k = i + 1
        if lab.rule == "tools/disclosure-catalogue":
            while k < st.n and zones[k] == _HEAD and st.labels[k] is None \
                    and _CATALOGUE_NODE.match(st.texts[k].strip()) is not None:
                st.labels[k] = _CATALOGUE_NODE_LABEL
                k += 1
        if k > i + 1 or _BOX_ITEM_MARK.search(st.texts[i]) is not None:
            continue
        below = st.labels[i + 1] if i + 1 < st.n else None
        if below is None or below.rule != lab.rule:
            st.labels[i] = None

_CORE_SIDEBAR = BlockLabel("related-links", "related/core-sidebar",
                           "related links: a sidebar's list (图片新闻, 热门排行) dumped between two paragraphs of the text")
_BODY_HEADING = regex.compile(r"^\W{0,2}(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[条章节])")
"""A heading of the text's own (``一、``, ``（二）``, ``第三条``): no sidebar's link title."""
_COLONS = (":", "：")
_LINK_TITLE_HAN = 8
"""Fewest Chinese characters of a sidebar's link title without a number or bullet (a column's name,
``政务动态``, is shorter)."""
_DUTY_WORDS = AnyOf(("应当", "应该", "必须", "不得", "严禁", "务必", "需要"))
"""Words of a requirement (``稿件应当写明…``): a line of the text's own, not a link title."""


def _core_sidebar_lists(st: _State, zones: list[str]) -> None:
    """A sidebar the scraper dumped between two paragraphs of the text: one or more
    ranking or related-list headers (``图片新闻``, ``热门排行``), each followed by two
    or more short link titles (numbered or not), with a paragraph (a sentence)
    right above the first header and right below the last title. The header rules
    read the tail only; the paragraphs around the run make it the sidebar, and
    a line that is a sentence, ends with a colon or opens with the text's own
    heading number ends the run unlabelled; a paragraph that ends with a colon
    introduces a list of its own (首页设置以下栏目： / 图片新闻 / …), and a link
    title without a number is a headline's length (eight characters or more) and
    states no requirement (应当, 不得: the text's own lines under its heading)."""
    i = 1
    while i < st.n - 1:
        if zones[i] != _CORE or st.labels[i] is not None or st.sentence[i] or not st.sentence[i - 1] \
                or st.labels[i - 1] is not None or st.texts[i - 1].rstrip().endswith(_COLONS) \
                or not _sidebar_header(st, i):
            i += 1
            continue
        k, groups = i, 0
        while k < st.n and zones[k] == _CORE and st.labels[k] is None and _sidebar_header(st, k):
            m = k + 1
            while (m < st.n and zones[m] == _CORE and st.labels[m] is None and not st.sentence[m]
                   and len(st.texts[m]) <= _SIDEBAR_ITEM_CHARS and not st.texts[m].rstrip().endswith(_COLONS)
                   and (_SIDEBAR_ITEM.match(st.texts[m]) is not None
                        or (shape.han_count(st.texts[m]) >= _LINK_TITLE_HAN and not _DUTY_WORDS(st.texts[m])))
                   and _BODY_HEADING.match(st.texts[m]) is None and not _sidebar_header(st, m)):
                m += 1
            if m - k - 1 < _SIDEBAR_ITEMS_MIN:
                break
            k, groups = m, groups + 1
        if groups and k < st.n and zones[k] == _CORE and st.sentence[k] and st.labels[k] is None \
                and all(st.labels[j] is None for j in range(i, k)):
            for j in range(i, k):
                st.labels[j] = _CORE_SIDEBAR
        i = max(k, i + 1)


def _sidebar_header(st: _State, i: int) -> bool:
    """Whether block ``i`` is a ranking or related-list header (a rule of the related family)."""
    return not st.sentence[i] and any(r.qualified_id in _SIDEBAR_HEADERS and st.hit(i, r) for r in st.cands(i, _related))


_DOWNLOAD_LIST = BlockLabel("navigation", "tools/download-list",
                           "widget: a file listed under the page's download list (附件下载：) after the body")


_DOWNLOAD_HEADER_CHARS = 12
"""Longest header of a download box (``附件下载：``, ``相关附件``, ``本公告附件``)."""
_DOWNLOAD_HEADER_LABEL = BlockLabel("navigation", "tools/download-header",
                                    "widget: the header of the page's download list (附件下载：) over the files, "
                                    "set above the sign-off")


def _download_lists(st: _State, zones: list[str], outside: list[int]) -> None:
    """Files (a name ending with its extension, ``📎 附件1：…目录.doc``) listed after
    the body under the page's own download header (``附件下载：``, ``相关附件``): the
    CMS's links to them, whatever their prefix; a notice's own attachment section
    (``附件：1．…``) stands in the body, above that header. The same header set
    in the text above the sign-off, right over a file, goes too; the files under it stay."""
    _label_lists(st, [i for i in outside if zones[i] == "tail"],
                 lambda lab, t: lab.rule == "tools/download-link" and _FILE_NAME_END.search(t) is None,
                 lambda i: len(st.texts[i]) <= 120 and _FILE_NAME_END.search(st.texts[i]) is not None, _DOWNLOAD_LIST)
    if "附件" not in st.joined or (rule := st.rules.get("tools/download-link")) is None:
        return
    for i in range(st.n - 1):  # the CMS's download box set above the sign-off: its header (the rule's), over files
        t = st.texts[i]
        if zones[i] == _CORE and st.labels[i] is None and "附件" in t and st.size[i] <= _DOWNLOAD_HEADER_CHARS \
                and _FILE_NAME_END.search(st.texts[i + 1]) is not None and _FILE_NAME_END.search(t) is None \
                and "." not in t and rule.may_match(t) and rule.match(t) is not None:
            st.labels[i] = _DOWNLOAD_HEADER_LABEL


_ENTRY_HEADING_TAIL = regex.compile(r"\s{0,2}(?:[\[［【]\s{0,2}编辑(?:\s{0,2}[|｜]\s{0,2}编辑(?:原始码|源代码))?\s{0,2}[\]］】]|播报\s{0,2}编辑|编辑)$")
"""A wiki's edit link after a section heading (``沿革[编辑]``, ``背景[编辑 | 编辑原始码]``, ``发展历程播报编辑``)."""
_ITEM_NUMBER = regex.compile(r"^(?:[▪•·◦■□●○◆◇\-–—*]|\d{1,2}(?:\.\d{1,2}){0,3}[.、．]?|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s{0,3}")
"""The number or bullet of a heading or a contents item (``1 ``, ``2.1``, ``▪ ``, ``一、``, ``（三）``)."""
_CONTENTS_HEADER = regex.compile(r"^\W{0,3}(?:词条|条目|本文)?目\s{0,2}录\s{0,2}(?:[\[［(（]\s{0,2}(?:隐藏|显示|收起|展开)\s{0,2}[\]］)）]|[▼▲∨∧])?\W{0,3}$")
_APPENDIX_HEADING = regex.compile(r"^\W{0,3}(?:参考资料|参考文献|参考来源|资料来源|注释|脚注|延伸阅读|扩展阅读|外部链接|外部连结|参见|相关词条|相关条目|看到这个词条的人还看了)\W{0,3}$")
"""A wiki entry's appendix heading: the notes, references, further reading and links under the article."""
_ENTRY_PAGE_WORDS = AnyOf(("词条", "条目", "百科", "维基", "[编辑", "播报编辑"))
_ENTRY_NAV = BlockLabel("navigation", "encyclopedia/contents-list",
                        "encyclopedia: the entry's contents list, whose items are its section headings below")
_ENTRY_APPENDIX = BlockLabel("related-links", "encyclopedia/appendix",
                             "encyclopedia: the entry's references, further reading and links under its appendix heading")


def _heading_key(text: str) -> str:
    """A section heading or contents item without its number, bullet and edit link (``1. 历史沿革`` /
    ``历史沿革[编辑]`` / ``▪ 历史沿革`` all give ``历史沿革``)."""
    return _ENTRY_HEADING_TAIL.sub("", _ITEM_NUMBER.sub("", text.strip())).strip()


def _contents_items(text: str) -> list[str]:
    """The items of a contents line: one per line (``2 行政区划``) or several on one line
    (``1. 历史沿革　2. 主要职责``, ``一、推行过程 二、组织体系``); numbers alone are dropped."""
    return [k for k in (_heading_key(t) for t in text.split()) if k and _ITEM_NUMBER.fullmatch(k) is None]


def _encyclopedia_entry(st: _State) -> bool:
    """Whether the page is an encyclopedia or wiki entry: a rule of that family labelled a block
    (its buttons, statistics, banners, license footer) or a section heading carries an edit link."""
    if not _ENTRY_PAGE_WORDS(st.joined):
        return False
    return any(lab is not None and lab.rule.startswith("encyclopedia/") for lab in st.labels) \
        or any(st.size[i] <= 30 and _ENTRY_HEADING_TAIL.search(t) is not None and "[" in t for i, t in enumerate(st.texts))


_ENTRY_SENSES = BlockLabel("navigation", "encyclopedia/senses",
                           "encyclopedia: the other senses of an ambiguous entry's name, listed under its disambiguation note")


def _entry_senses(st: _State) -> None:
    """The senses listed between a disambiguation note (本词条是多义词，共5个义项) and its
    更多义项 link: short lines that are no sentence (西江省临溪市望川县下辖镇); without the
    closing link nothing tells where the list ends, and the lines stay."""
    notes = [i for i in range(st.n) if (lab := st.labels[i]) is not None and lab.rule == "encyclopedia/polysemy-note"]
    for a, b in pairwise(notes):
        run = range(a + 1, b)
        if 0 < len(run) <= 8 and all(st.labels[k] is None and st.size[k] <= 30 and not st.sentence[k] for k in run):
            for k in run:
                st.labels[k] = _ENTRY_SENSES


def _entry_furniture(st: _State) -> None:
    """On an encyclopedia or wiki entry, the contents list under its 目录 header (lines whose items
    are the entry's section headings further down) and the appendix under the last article paragraph
    (参考资料, 延伸阅读, 外部链接, 参见 and everything under them that is no paragraph: references,
    links, tags, navigation boxes) are the site's, not the article's. A government document's own
    contents list (no entry furniture on the page) stays."""
    if "目" not in st.joined and _APPENDIX_HEADING.search(st.joined) is None and "\n参" not in st.joined:
        return
    if not _encyclopedia_entry(st):
        return
    _entry_senses(st)
    for i in range(st.n):
        if st.labels[i] is not None or _CONTENTS_HEADER.match(st.texts[i]) is None:
            continue
        last = {_heading_key(t): k for k, t in enumerate(st.texts) if k > i and len(t) <= 40}
        j = i + 1
        while j < st.n and len(st.texts[j]) <= 80 and not st.sentence[j]:
            items = _contents_items(st.texts[j])
            if not items or any(len(k) > 16 for k in items) or not any(last.get(k, -1) > j for k in items):
                break  # an item must name a heading further down: the first heading itself ends the list
            j += 1
        if j > i + 1:
            for k in range(i, j):
                if st.labels[k] is None:
                    st.labels[k] = _ENTRY_NAV
    for i in range(st.n):
        lab = st.labels[i]
        if lab is not None and lab.label != "related-links" and lab.rule != "encyclopedia/entry-tools":
            continue  # a contents item (5 参考资料) or other chrome names no appendix here
        if _APPENDIX_HEADING.match(_heading_key(st.texts[i])) is None:
            continue
        run = range(i, st.n)
        if any(st.size[k] > 80 and st.labels[k] is None and st.prose[k] for k in run):
            continue  # a paragraph below: the heading is the article's
        for k in run:
            lab = st.labels[k]
            if lab is not None and lab.label == "footer":
                break
            if lab is None:
                st.labels[k] = _ENTRY_APPENDIX
        break


def _labelled_fact(st: _State, i: int) -> bool:
    """Whether block ``i`` is a labelled metadata line (``資料來源：地政局``)."""
    return has_label_mark(st.texts[i]) and st.is_meta(i)


_COMMENT_HEADER = regex.compile(r"^\W{0,3}(?:已有\s{0,2}\d{1,7}\s{0,2}(?:人参与|条评论|人參與|條評論)[\s|｜/·]{1,6})?"
                                r"(?:网友评论|全部评论|最新评论|热门评论|精彩评论|评论区|網友評論|全部評論|最新評論|熱門評論"
                                r"|精选留言|精選留言|热门跟帖|最新跟帖|全部跟帖|网友跟帖|热门跟贴|熱門跟帖|读者回应|网友回应|全部回应|讀者回應)"
                                r"\s{0,2}[(（]?\s{0,2}\d{0,7}\s{0,2}[)）]?\W{0,3}$")
"""A comment section's header (网友评论, 精选留言, 热门跟帖; after the count of those taking part: 已有 37 人参与　热门跟帖)."""
_COUNTED_COMMENT_HEADER = regex.compile(
    r"^\W{0,3}(?:读者|网友|用户|全部|最新|热门|精彩|讀者|網友|用戶|熱門)?(?:评论|留言|跟帖|跟贴|跟评|回应|評論|跟貼|跟評|回應)"
    r"\s{0,2}[(（]\s{0,2}\d{1,7}\s{0,2}(?:条|则|條|則)?\s{0,2}[)）]"
    r"(?:\s{0,4}[\[【［]?\s{0,2}(?:发表评论|我要评论|写评论|我要留言|發表評論|我要評論|寫評論)\s{0,2}[\]】］]?)?\W{0,3}$"
    r"|^\W{0,3}(?:全部|最新|热门|精彩|網友|网友|熱門)(?:评论|留言|評論)\s{1,2}\d{1,7}\s{0,2}(?:条|則|则|條)?\W{0,3}$")
"""A comment section's header with its count (读者留言（12则）, 评论（5）, 网友评论(3), 读者回应（8）, a share page's
全部评论 1736; with its button: 网友评论（3）　[发表评论]): the readers' comments under it need no furniture (回复, 赞, a time) to be told from the article."""
_COMMENT_WORDS = ("评论", "評論", "留言", "跟帖", "跟贴", "跟貼", "跟评", "跟評", "读者回应", "网友回应", "全部回应", "回应（", "回应(",
                  "讀者回應", "回應（", "回應(")
"""Words one of which a comment section's header holds (a cheap check before the scan)."""
_HAS_COMMENT_WORD = AnyOf(_COMMENT_WORDS)
_COMMENT = BlockLabel("navigation", "widget/comment-thread",
                      "widget: a reader's name, comment or reply button under the comment section's header")


_COMMENT_HEADER_RULES = frozenset({"tools/comments", "related/list-header", "tools/comment-box-empty-or-counted"})
"""Rules that may label a comment section's header (热门跟帖 reads as a ranking's header too; a count with its
button, 网友评论（3）　[发表评论], is the comment box's)."""


def _comment_threads(st: _State, zones: list[str], outside: list[int]) -> None:
    """After a comment section's header (网友评论) or a forum post's header
    or floor (… 发表于 …, 沙发; a numbered floor, 2楼, in a thread) in the tail, the readers' names, comments and
    reply buttons are the comment widget, up to the site footer: no
    reader's comment is the article's text."""
    _label_lists(st, [i for i in outside if zones[i] == "tail"],
                 lambda lab, t: (lab.rule in _COMMENT_HEADER_RULES
                                 and (_COMMENT_HEADER.match(t) is not None or _COUNTED_COMMENT_HEADER.match(t) is not None))
                 or lab.rule in _REPLY_RULES or (st.thread and lab.rule == _FLOOR_NUMBER),
                 lambda i: st.size[i] <= 200, _COMMENT)


_MICROBLOG_WORDS = AnyOf(("来自", "來自", "发布于", "發佈於", "發布於"))
"""A word a microblog post's stamp line holds (a cheap check before the scan)."""
_MICROBLOG_ARTICLE_STAMP = regex.compile(r"^\W{0,3}(?:发布于|發佈於|發布於)\s{0,2}[:：]?\s{0,2}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s{1,3}\d{1,2}:\d{2})?\W{0,3}$")
"""A microblog article's stamp (``发布于 2023-10-16 09:00``), under its account's badged name (``健康日照 V``)."""
_MICROBLOG_BADGED = regex.compile(r"^[\p{Han}A-Za-z0-9_\-·]{2,20}?\s{0,2}(?:V|Ⓥ|蓝V|藍V|黄V|黃V)$")
"""An account's name with its verification badge (``健康日照 V``)."""
_MICROBLOG_STAMP = regex.compile(
    r"^\W{0,3}(?:(?:\d{2}|\d{4})[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}|\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日"
    r"|\d{1,3}\s{0,2}(?:秒|分钟|分鐘|小时|小時)前|刚刚|剛剛|今天|昨天)"
    r"(?:\s{0,3}\d{1,2}:\d{2})?\s{0,3}(?:来自|來自)\s{0,2}(?!.{0,16}(?:回复|回覆|赞\s{0,2}\d|讚\s{0,2}\d))[^\s，。,；;].{0,40}$")
"""A microblog post's stamp: when it was posted and from which client (``2024-3-5 10:23 来自 iPhone 15 Pro``,
``4月8日 09:41 来自 微博网页版``, ``3小时前 来自 HUAWEI Mate 60``); a comment's stamp says where its reader is
(``3-5 来自江西　回复　赞 36``) with a reply button, and opens no post."""
_MICROBLOG_COUNTS = regex.compile(
    r"^\W{0,3}(?:原微博\W{0,3})?(?:(?:转发|评论|赞|点赞|收藏|分享|轉發|評論|讚|點讚)\s{0,2}[(（]?\s{0,2}"
    r"(?:\d[\d,.]{0,9}\s{0,2}[万萬wW]?\+?)?\s{0,2}[)）]?[\s|｜·/]{0,6}){3,5}$")
"""A post's row of counts, with or without numbers (``转发 236　评论 48　赞 1021``, ``转发 评论 赞``,
``原微博　转发 1583 | 评论 204 | 赞 977``): the post ends above it; readers' comments follow."""
_MICROBLOG_HEADER = regex.compile(r"^\W{0,2}【([^【】]{4,60})】")
"""The post's title in black brackets at the head of its text (``【暴雨橙色预警】湖南省气象台…``)."""
_MICROBLOG_ACCOUNT = regex.compile(r"^([\p{Han}A-Za-z0-9_\-·]{2,20}?)(?:\s{0,2}(?:V|Ⓥ|蓝V|藍V|黄V|黃V))?$")
"""An account's name alone on its line, with its verification badge after it (``湖南气象 V``): the name in group 1."""
_MICROBLOG_CARD_WORDS = AnyOf(("关注", "私信", "粉丝", "认证", "微博", "返回", "···", "V", "關注", "粉絲", "認證"))
"""Words of the account's card above a post's stamp (its buttons, badge and counts): a short line above the
stamp without one of them (a headline) is left to the other passes."""
_MICROBLOG_POST_CHROME = BlockLabel("navigation", "widget/microblog-post",
                                    "widget: a microblog page's account card, badge, buttons or repost chain around "
                                    "the post, or a reader's comment under its counts")
_MICROBLOG_COMMENT = BlockLabel("navigation", "widget/comment-thread",
                                "widget: a reader's name, comment or reply button under a microblog post's counts")


@dataclass(frozen=True)
class _MicroblogPost:
    """What a microblog page says of its post: the account's name and the post's title (``【…】``)."""

    account: str | None
    header: str | None


def _microblog_post(st: _State) -> _MicroblogPost | None:
    """A microblog post (政务微博, a media account's post): its stamp line (when and from which
    client) is metadata, the account's name above it the source, the short lines around the
    post's head (badge, 关注 / 私信, fan counts, a repost chain ``//@…:``) chrome, and under the
    post's counts row (转发 评论 赞) the readers' comments, whose stamps and replies are no text
    of the post. An old layout puts the text above the stamp and the counts right under it:
    the account is then the name above the text. A second post under the counts (a timeline:
    a stamp next to a long paragraph) stops the comments."""
    if not _MICROBLOG_WORDS(st.joined):
        return None
    stamp = next((i for i in range(min(st.n, 20)) if len(st.texts[i]) <= 60
                  and (_MICROBLOG_STAMP.match(st.texts[i]) is not None
                       or (i > 0 and _MICROBLOG_ARTICLE_STAMP.match(st.texts[i]) is not None
                           and _MICROBLOG_BADGED.match(st.texts[i - 1]) is not None))), None)
    if stamp is None:
        return None
    article = _MICROBLOG_STAMP.match(st.texts[stamp]) is None  # a headline article: its title stands above
    counts = next((i for i in range(stamp + 1, st.n) if len(st.texts[i]) <= 60
                   and _MICROBLOG_COUNTS.match(st.texts[i]) is not None), None)
    if counts is None:
        return None
    top = stamp  # where the post's text begins when it stands above the stamp
    if not any(st.prose[stamp + 1:counts]):
        if article or counts > stamp + 2 or stamp == 0 or not st.prose[stamp - 1]:
            return None
        while top > 0 and st.prose[top - 1]:
            top -= 1
    m = st.meta_line(stamp)
    fields: dict[str, str | int] = {"date": m.fields["date"]} if m is not None and "date" in m.fields else {}
    st.labels[stamp] = BlockLabel("metadata", "metadata/microblog-stamp",
                                  "metadata: when the post was posted and from which client", fields)
    account = None
    for i in range(top - 1, max(-1, top - (2 if article or top < stamp else 8)), -1):
        t = st.texts[i]
        if st.prose[i] or t.startswith(("【", "[")) or len(t) > 40:
            continue
        name = _MICROBLOG_ACCOUNT.match(t) if account is None else None
        named = name is not None and not name.group(1).isdigit()
        if name is not None and named:
            account = name.group(1)
        lab = st.labels[i]
        if (lab is None or lab.kept) and (named or _MICROBLOG_CARD_WORDS(t)):
            st.labels[i] = _MICROBLOG_POST_CHROME
    first = next((i for i in range(stamp + 1, counts) if st.prose[i] and "//@" not in st.texts[i]), counts)
    for i in range(stamp + 1, first):
        t = st.texts[i]
        lab = st.labels[i]
        if (lab is not None and not lab.kept) or t.startswith(("【", "[")):
            continue
        if st.is_meta(i) and "date" in (dated := st.meta_line(i) or _UNPARSED).fields:  # 发布于 2024-07-02 11:18
            st.labels[i] = BlockLabel("metadata", "metadata/microblog-stamp", "metadata: when the post was posted",
                                      {"date": dated.fields["date"]})
        elif "//@" in t or (not st.sentence[i] and len(t) <= 40 and (t.startswith(("@", "+")) or _MICROBLOG_CARD_WORDS(t))):
            st.labels[i] = _MICROBLOG_POST_CHROME  # a repost chain, the original poster (@…), a follow button
    header = next((h.group(1) for i in [*range(top, stamp), *range(stamp + 1, first + 1)]
                   if (h := _MICROBLOG_HEADER.match(st.texts[i])) is not None), None)
    for i in range(counts, st.n):
        t = st.texts[i]
        if i > counts and ((_MICROBLOG_STAMP.match(t) is not None and any(
                st.prose[j] and st.size[j] >= 60 for j in range(i + 1, min(st.n, i + 3))))
                or (st.prose[i] and st.size[i] >= 60 and any(
                    _MICROBLOG_STAMP.match(st.texts[j]) is not None for j in range(i + 1, min(st.n, i + 3))))):
            break  # another post of a timeline, its text under or above its stamp
        lab = st.labels[i]
        if (lab is None or lab.kept) and st.size[i] <= 200:
            st.labels[i] = _MICROBLOG_COMMENT
    return _MicroblogPost(account, header)


_FORM = BlockLabel("navigation", "widget/feedback-form",
                   "widget: a feedback or message form under the text (我要留言, 姓名：, 验证码, 提交 重置) and the "
                   "public's messages below it")


def _feedback_form(st: _State) -> None:
    """From a feedback or message form under the text (see :func:`_form_cut`)
    to the site footer, every block is the form or the public's messages
    left with it (网友 … 留言：…, 办理状态：已采纳): none is the text's."""
    if st.form is None:
        return
    for i in range(st.form, st.n):
        lab = st.labels[i]
        if lab is not None and lab.label == "footer":
            return
        if lab is None and st.size[i] <= 200:
            st.labels[i] = _FORM


_VALUELESS = ("forum/", "label-table/consultation-status", "label-table/doc-share-file-info",
              "label-table/data-as-of-stamp", "tools/search-box")
"""Families (and rules) whose lines give metadata no values: a forum poster's 注册时间 is no date of
the document, nor is the end of a consultation's period (征集时间：… 至 2024-06-19), nor a document-sharing
site's upload date on its file card (上传时间：… 页数：6页): the document's own date is its signature's;
nor is a chart's data-as-of stamp and the source of its figures (数据截至：… 资料来源：…) the page's,
nor a search box's scopes (年鉴检索 [全文] [标题] [关键词] 搜索: no title)."""
_TODAY_WIDGET = "slogan/today"
"""The rule of the date-of-today widget (``2024年12月20日 星期五 农历冬月二十``): the day the page was
viewed on a portal, the issue's day on an e-paper; the page's date only when nothing else dates it."""
_WELCOME = "slogan/welcome"
"""The rule of the welcome line (``欢迎访问…官方网站　今天是2025年3月21日 星期五``): the date it may carry
is the day's, as :data:`_TODAY_WIDGET`'s, and the name it welcomes to is the site's, no source."""
_TODAY_WIDGETS = frozenset({_TODAY_WIDGET, _WELCOME})
_REPLY_RULES = frozenset({"forum/post-header", "forum/floor", "forum/reply-stamp"})
"""Rules whose block, after the body, opens a forum thread's replies."""
_FLOOR_NUMBER = "forum/floor-number"
"""A numbered floor (2楼 柠檬不萌, #3, B1F): after the body of a thread whose first post a header or floor
opened, it opens the replies; on another page a guide to a service hall may list its floors (1楼 办证大厅)."""


_DATED_LINK = regex.compile(r"\p{Han}.{5,80}?[\s(（\[]{0,3}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[)）\]]?$|\p{Han}.{5,80}?(?:[(（\[]\d{1,2}[-/.]\d{1,2}[)）\]]|[ \t\u3000]\d{1,2}[-/.]\d{1,2})$")


_LABELLED_DATE = regex.compile(r"^\W{0,3}\p{Han}{2,12}\s{0,2}[:：]\s{0,2}\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s{0,2}$")
"""A record's date field (``处罚决定日期：2025/03/05``, ``有效期至：2030-03-11``): a label and its date, no link's title."""


_REGISTER_CODE_CELL = regex.compile(r"(?:^|\s)[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?=\s|$)")
"""A unified social credit code (18 characters: ``91450400MACK3R7T2E``) as a cell of its own: a
register's row naming a party (…有限公司　9145…　审批替代型　…　2026-08-03), whose date is the
record's, never a link's title (a title names a code inside its words, ``（统一社会信用代码：…）``).

>>> bool(_REGISTER_CODE_CELL.search("梧桐市佳禾超市　92450400MA5QJH8N3F　证明事项型　2026-08-12"))
True
>>> bool(_REGISTER_CODE_CELL.search("关于某公司（统一社会信用代码：92450400MA5QJH8N3F）的处罚决定 2026-08-12"))
False
"""


_NUMBER_CELL = regex.compile(r"^[-+−－]?[\d０-９][\d０-９.．,，%％ ]*$|^[—–\-－…]{1,2}$")
"""A table cell holding a figure (``38.6``, ``-2.1``, ``4l 263`` read as OCR gives it is not one) or a dash for none."""


def _figures_table_row(text: str) -> bool:
    """Whether ``text`` is a table row scraped with bars (or tabs) between its
    cells, two or more of them figures (``粮食总产量 | 万吨 | 15.2 | 1.3``, a
    numbered row of listed companies with their stock codes and listing days):
    its last figure or date is no link's date.

    >>> _figures_table_row("粮食总产量 | 万吨 | 15.2 | 1.3"), _figures_table_row("市政府召开常务会议 | 05-12")
    (True, False)
    >>> _figures_table_row("1\\t某某股份有限公司\\t上交所主板\\t603289\\t2025年6月27日")
    True
    """
    if shape.PIPE.search(text) is not None:
        cells = [c.strip() for c in shape.PIPE.split(text)]
    elif "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
    else:
        return False
    return len(cells) >= 3 and sum(_NUMBER_CELL.match(c) is not None for c in cells if c) >= 2


def _tail_runs(st: _State, zones: list[str], outside: list[int]) -> None:
    """Below a footer everything short is footer; runs of dated link titles are
    link lists, a bare title above a list of links is its header, and a bare
    title ending with 查询 right above a query box's input line is the box's
    (``项目备案信息查询`` over ``请输入项目代码或项目名称 查询``), and so is a
    service box's name above its button (``企业诉求直通车`` over ``企业诉求在线提交 >>``)."""
    tail = [i for i in outside if zones[i] == "tail"]
    _payment_hotline(st, tail)
    footer = False
    for i in tail:
        lab = st.labels[i]
        if _is(lab, "footer"):
            footer = True
        elif footer and lab is None and not st.sentence[i] and st.size[i] <= 120 and not _labelled_date_line(st, i):
            st.labels[i] = BlockLabel("footer", "footer/below-footer", "footer: a short line below the site footer")
    dated = [i for i in tail if st.labels[i] is None and not st.sentence[i]
             and st.size[i] <= 120 and _DATED_LINK.search(st.texts[i]) is not None and not _figures_table_row(st.texts[i])
             and _LABELLED_DATE.match(st.texts[i]) is None and _REGISTER_CODE_CELL.search(st.texts[i]) is None]
    for i in dated:
        if i - 1 in dated or i + 1 in dated:
            st.labels[i] = BlockLabel("related-links", "related/dated-links",
                                      "related links: one of several link titles ending with a date after the body")
    for i in outside:  # a bare title (通知公告, 往年公报) above a list of links outside the body is its header
        if i < st.n - 2 and st.labels[i] is None and _LIST_TITLE.match(st.texts[i]) \
                and all(_rule_of(st, j) in _LIST_ITEM_RULES for j in (i + 1, i + 2)):
            st.labels[i] = BlockLabel("related-links", "related/list-title",
                                      "related links: the title of a list of links outside the body")
        elif i < st.n - 1 and st.labels[i] is None and _rule_of(st, i + 1) in _QUERY_BOX_RULES \
                and _QUERY_BOX_TITLE.match(st.texts[i]) is not None:
            st.labels[i] = BlockLabel("navigation", "tools/query-box-title",
                                      "site tools: the title of a query box right above its input line")
        elif i < st.n - 1 and st.labels[i] is None and _rule_of(st, i + 1) == "tools/banner-call-to-action" \
                and _BANNER_BOX_TITLE.match(st.texts[i]) is not None:
            st.labels[i] = BlockLabel("navigation", "tools/banner-box-title",
                                      "site tools: the name of a service box right above its button line")
    _tail_menu(st, tail)
    _news_app_press_groups(st, tail)
    _tail_contacts(st, tail)
    _tail_site_address_run(st, tail)


_PAYMENT_FIELD = regex.compile(r"(?:账号|帐号|账户|帐户|户名|开户行|开户银行|收款单位|戶名|帳號|帳戶|戶口號碼|戶口名稱)\s{0,2}[:：]")
"""A field of the account a notice asks readers to pay or give to (``户名：…``, ``账号：…``, ``捐款帐户：…``)."""


def _labelled_date_line(st: _State, i: int) -> bool:
    """Whether block ``i`` is a labelled date and nothing else (``本網頁最近更新日期：12-11-2026``):
    below the footer it goes as metadata, which keeps its date for a page that states no other."""
    if "日期" not in st.texts[i] and "时间" not in st.texts[i]:
        return False  # the cheap test first
    m = st.meta_line(i)
    return m is not None and set(m.fields) <= {"date"} and bool(m.fields) and has_label_mark(st.texts[i]) \
        and m.coverage >= st.config.meta_coverage


def _payment_hotline(st: _State, tail: list[int]) -> None:
    """A hotline alone under the lines of the account a donation or fee notice
    names (``捐款帳戶：…　帳號：…`` then ``捐款專線：…``) is the notice's own, not
    the site's banner: it stays with them (``footer/service-hotline-banner``).
    So is an enquiry line right under a notice's last sentence with the page's
    tools or links, not its footer, under it (``…重開。`` / ``查詢熱線：2414 5555`` /
    ``列印　｜　加入書籤``): the notice's last line."""
    for i in tail:
        lab = st.labels[i]
        if lab is not None and lab.rule == "footer/service-hotline-banner" and i > 0 and st.labels[i - 1] is None \
                and (_PAYMENT_FIELD.search(st.texts[i - 1]) is not None or _notice_last_line(st, i)):
            st.labels[i] = None


def _notice_last_line(st: _State, i: int) -> bool:
    """Whether block ``i`` comes right under a notice's last sentence (``…。``), with
    the page's tools or links (not its footer) right under it."""
    after = st.labels[i + 1] if i + 1 < st.n else None
    return st.texts[i - 1].rstrip()[-1:] == "。" and st.prose[i - 1] \
        and after is not None and after.label in ("navigation", "related-links")


_ADDRESS_FIELD_OPEN = r"^\W{0,3}(?:本站|本局|本府|机关|機關|通讯|通訊|办公|辦公|联系|聯繫)?(?:地\s{0,2}址|住址)\s{0,2}[:：]"
"""An address field opening a line (``地址：…``, ``联系地址：…``, ``本站地址：…``, letter-spaced ``地 址：``)."""
_ADDRESS_FIELD = regex.compile(_ADDRESS_FIELD_OPEN)
_SITE_ADDRESS_FIELD = regex.compile(_ADDRESS_FIELD_OPEN + r"|^\W{0,3}(?:服务|服務|办公|辦公|上班|受理|接待)(?:时间|時間)\s{0,2}[:：]")
"""A site footer's address or office-hours field opening a line (``地址：…``, ``服务时间：…``)."""
_SITE_ADDRESS_RUN_MAX = 3


def _tail_site_address_run(st: _State, tail: list[int]) -> None:
    """A run of one to three lines after the body, each the site's address or its
    office hours (``地址：70801台南市…``, ``服务时间：周一至周五 08:00-12:00``), with
    furniture the filter removes right above and right below it (the page's date
    line or share line, the copyright line), is the site's footer; a notice's or a
    directory's own address line stands by its text."""
    run: list[int] = []
    for i in (*tail, -1):
        if i >= 0 and (not run or i == run[-1] + 1) and _site_address_line(st, i):
            run.append(i)
            continue
        if run and len(run) <= _SITE_ADDRESS_RUN_MAX and run[0] > 0 and run[-1] + 1 < st.n \
                and all(((lab := st.labels[j]) is not None and not lab.kept) or (j < run[0] and st.is_meta(j))
                        for j in (run[0] - 1, run[-1] + 1)):
            for j in run:
                st.labels[j] = BlockLabel("footer", "footer/site-address-run",
                                          "footer: the site's address or office hours between the page's furniture "
                                          "and the site's footer")
        run = [i] if i >= 0 and _site_address_line(st, i) else []


def _site_address_line(st: _State, i: int) -> bool:
    """Whether unlabelled block ``i`` is a short line opening with an address or
    office-hours field (:data:`_SITE_ADDRESS_FIELD`; literal words first)."""
    t = st.texts[i]
    return st.labels[i] is None and not st.sentence[i] and st.size[i] <= 80 \
        and ("址" in t[:8] or "时间" in t[:6] or "時間" in t[:6]) and _SITE_ADDRESS_FIELD.match(t) is not None


_CONTACT_FIELD = regex.compile(r"(?:联系|联络|咨询|服务|办公|值班|新闻|投稿|聯繫|聯絡|諮詢|服務|辦公)?(?:电话|電話|传真|傳真|电子邮箱|電子郵箱|电子信箱|電子信箱|邮箱|郵箱|"
                                r"E-?mail|e-?mail|EMAIL|电邮|電郵|邮编|郵編|邮政编码|郵政編碼)\s{0,2}[:：]\s{0,2}[0-9A-Za-z@._\-—()（）+ ]{3,40}?"
                                r"(?:\s{0,2}(?:分机|分機|转|轉)\s{0,2}[0-9]{1,6})?(?=[\s　]{1,8}|$)")
"""One field of a contact line: a telephone, fax, e-mail or post code with its value (``电话：028-85123456``,
``联络电话:(07)731-5200 分机 2301``)."""


_PRESS_CONTACT = "credits/press-contact"
"""The rule of a press release's contact for the press (``新闻联络人：…``), whose telephone may follow on a line of its own."""


def _tail_contacts(st: _State, tail: list[int]) -> None:
    """A line of contact fields alone (``电话：…　电子邮箱：…``, two or more, no
    contact person; one under a press release's ``新闻联络人：…``, after the
    office and the person too under a bare ``传媒查询：``) in the tail,
    between two lines that go (a page's credits and the site's footer), is the
    page's or the site's contact, not the notice's: a notice's own contact line
    sits by its text or its signature."""
    for i in tail:
        t = st.texts[i]
        if st.labels[i] is not None or i == 0 or i + 1 >= st.n or "联系人" in t or "聯繫人" in t:
            continue
        fields = list(_CONTACT_FIELD.finditer(t))
        above = st.labels[i - 1]
        press = above is not None and above.rule == _PRESS_CONTACT  # 新闻联络人：… / 联络电话：…
        # under the press contact's label (传媒查询：) its line may name the office and the person first
        spare = 24 if press else 0
        if len(fields) < (1 if press else 2) or sum(m.end() - m.start() for m in fields) + 8 * len(fields) + spare < len(t):
            continue
        if all((lab := st.labels[j]) is not None and not lab.kept for j in (i - 1, i + 1)):
            st.labels[i] = BlockLabel("footer", "footer/contact-between-furniture",
                                      "footer: a line of contact fields (电话：… 电子邮箱：…) between the page's credits "
                                      "or tools and the site's footer")


"""An address field opening a line of the site's contact block (``地址：…　邮编：…``)."""


def _edge_footer_contact_runs(st: _State, zones: list[str]) -> None:
    """On a page with no body of prose (a list of service points: every line
    is at an edge), lines of contact fields alone (``地址：…　邮编：…``,
    ``电话：…　传真：…``) in a run between two lines of the site's footer
    (``联系我们`` above, ``网站标识码…ICP备…`` below) are the footer's too: the
    rule for lines below a footer reads the tail only, and a list's own
    address lines are not boxed in by footer lines."""
    for f in _labelled(st.labels):  # (the footer's lines only: few on any page)
        i = f + 1
        if i >= st.n - 1 or zones[i] != "edge" or st.labels[i] is not None or not _is(st.labels[f], "footer"):
            continue
        k = i
        while k < st.n and st.labels[k] is None and _contact_fields_only(st.texts[k]):
            k += 1
        if k > i and k < st.n and _is(st.labels[k], "footer"):
            for j in range(i, k):
                st.labels[j] = BlockLabel("footer", "footer/contact-between-furniture",
                                          "footer: a line of contact fields (地址：… 邮编：…, 电话：… 传真：…) between "
                                          "lines of the site's footer")


def _contact_fields_only(text: str) -> bool:
    """Whether ``text`` is two contact fields or more and nothing else much (an
    address field counts when it opens the line: ``地址：…　邮编：…``)."""
    fields = list(_CONTACT_FIELD.finditer(text))
    if not fields:
        return False
    address = _ADDRESS_FIELD.match(text) is not None
    if len(fields) + address < 2:
        return False
    if address:
        return len(text) <= 80
    return sum(m.end() - m.start() for m in fields) + 8 * len(fields) >= len(text)


_NEWS_APP_PRESS_GROUP = regex.compile(r"^\p{Han}{2,10}(?:报业传媒集团|报刊传媒集团|报业集团|传媒集团|日报社|晚报社|报社"
                                      r"|報業傳媒集團|報業集團|傳媒集團|日報社|晚報社|報社)$")
"""A newspaper's publisher named alone (``长江日报报业集团``, ``深圳报业集团``, ``新京报社``)."""
_NEWS_APP_PRESS_GROUP_ENDS = ("集团", "集團", "报社", "報社")


def _noise_below(st: _State, i: int) -> bool:
    """Whether the block below block ``i`` is found to be noise (a label the filter removes)."""
    lab = st.labels[i + 1] if i + 1 < st.n else None
    return lab is not None and not lab.kept


def _news_app_press_groups(st: _State, tail: list[int]) -> None:
    """A news app's publisher named alone on a line of the page's end, right
    under or above other furniture (an app teaser, credits, a copyright
    line), is the app's footer. Under the text, or above a date (``临湖日报社`` /
    ``2024年5月6日``: a notice the paper signed), it stays."""
    for i in tail:
        t = st.texts[i]
        if st.labels[i] is not None or not t.endswith(_NEWS_APP_PRESS_GROUP_ENDS) \
                or not (_noise_above(st, i) or _noise_below(st, i)):
            continue  # (the cheap tests first: most lines end otherwise)
        if _NEWS_APP_PRESS_GROUP.match("".join(t.split())) is None:
            continue
        if i + 1 < st.n and (_CLOSING_DATE.match(st.texts[i + 1]) is not None or st.is_meta(i + 1)):
            continue
        st.labels[i] = BlockLabel("footer", "footer/news-app-press-group",
                                  "footer: the newspaper group that publishes the app, named alone under the "
                                  "page's furniture")


def _tail_menu(st: _State, tail: list[int]) -> None:
    """A side column's menu scraped one item per line after the body (``政策文件``
    / ``政策解读`` / ``通知公告``): three or more unlabelled lines of two to six
    Han characters in a row between other furniture (download links, page
    tools) and the site footer, most of them of four or more (not a list of
    names), are navigation; right after the body, such lines are its list
    (the units a notice names)."""
    run: list[int] = []
    for i in tail:
        if st.labels[i] is None and _NAV_WORD.match(st.texts[i]) is not None:
            run = [*run, i] if run and run[-1] == i - 1 else [i]
            continue
        if len(run) >= 3 and run[-1] == i - 1 and _is(st.labels[i], "footer") and _noise_above(st, run[0]) \
                and sum(st.size[k] >= 4 for k in run) * 2 > len(run):
            for k in run:
                st.labels[k] = BlockLabel("navigation", "navigation/link-column",
                                          f"navigation: one of {len(run)} short menu items on lines of their own "
                                          "right above the site footer")
        run = []


_PORTAL_COLUMN = regex.compile(regional_words(
    r"^(?:机构(?:职能|设置|概况)|领导(?:信息|之窗|简介|分工)|通知公告|公示公告|(?:工作|政务|部门|乡镇|镇务|村务|基层)动态"
    r"|乡镇街道|政策(?:文件|解读|法规)|(?:政府)?信息公开|政务公开|新闻中心|图片新闻|办事(?:服务|指南)|互动交流"
    r"|政民互动|专题专栏|人事信息|规划计划|财政(?:资金|预决算)|\p{Han}{2,4}概况)$"))
"""A portal's column name (the standard columns of a government site: 机构职能, 领导信息, 通知公告, 工作动态),
also in Taiwan wording (领导资讯, 政府资讯公开: a mirror that converts with OpenCC ``s2twp``)."""


def _core_menu(st: _State, zones: list[str]) -> None:
    """A side column's menu the scraper dumped between two paragraphs of the
    body, one item per line (``机构职能`` / ``领导信息`` / ``通知公告`` /
    ``工作动态``): three or more unlabelled lines in a row, each a portal's
    column name, with prose right above (not a line that introduces a list,
    ending in a colon) and right below, are navigation. Units, people or
    headings a text lists are not column names, and a list the text
    introduces (设置以下栏目：) stays."""
    i = 0
    while i < st.n:
        if zones[i] != "core" or st.labels[i] is not None or st.size[i] > 6 or _PORTAL_COLUMN.match(st.texts[i]) is None:
            i += 1
            continue
        j = i
        while j < st.n and zones[j] == "core" and st.labels[j] is None and st.size[j] <= 6 \
                and _PORTAL_COLUMN.match(st.texts[j]) is not None:
            j += 1
        if j - i >= 3 and i > 0 and j < st.n and st.prose[i - 1] and st.prose[j] \
                and not st.texts[i - 1].endswith(_INTRO_END):
            for k in range(i, j):
                st.labels[k] = BlockLabel("navigation", "navigation/link-column",
                                          f"navigation: one of {j - i} column names of the site's side menu "
                                          "on lines of their own between two paragraphs of the body")
        i = j


def _noise_above(st: _State, i: int) -> bool:
    """Whether the block above block ``i`` is found to be noise (a label the filter removes)."""
    lab = st.labels[i - 1] if i > 0 else None
    return lab is not None and not lab.kept


_SHAPED_ITEM_RULES = frozenset({"widget/bullet-link", "breadcrumb/link-chain", "related/dated-links",
                                "navigation/link-column", "navigation/link-row", "slogan/responsible-lottery-slogan"})
"""Rules that label a line by its shape alone (a bullet, a chain of ``>`` or
``→``, a trailing date, a short menu item), or by words a notice may list (a
lottery centre's slogans, which a notice publishes for its outlets to post:
…宣传标语公布如下： / 理性购彩　快乐参与): the items of a list in the text too."""
_INTRO_END = ("：", ":")


def _introduced_lists(st: _State) -> None:
    """Items right after a sentence that announces them (``共涉及3个方面：``,
    ``具体安排如下：``) are a list of the text, whatever their shape: the run
    of shape-labelled lines after such a line (kept, with a comma or 12+
    characters: not a list's header such as ``相关阅读：``) stays."""
    for i in compress(range(st.n - 1), map(str.endswith, st.texts, repeat(_INTRO_END))):
        t = st.texts[i]
        if not t.endswith(_INTRO_END) or st.labels[i] is not None or ("，" not in t and st.size[i] < 12):
            continue
        j = i + 1
        while j < st.n and _rule_of(st, j) in _SHAPED_ITEM_RULES:
            st.labels[j] = None
            j += 1


_SECTION_HEADING = regex.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．])\s{0,2}\p{Han}{2,12}$")
"""A short numbered heading of a notice's section (``二、组织单位``, ``（三）联系方式``)."""
_ORGANISER_RULES = frozenset({"footer/site-footer", "footer/sponsor"})


def _section_organisers(st: _State) -> None:
    """Labelled lines right under a numbered section heading of the text
    (``二、组织单位`` / ``主办单位：临湖市文化广电旅游局`` / ``承办单位：…``)
    are that section's, an event's organisers, not the site's footer, which
    the footer rules took them for."""
    if not any(lab is not None and lab.rule in _ORGANISER_RULES for lab in st.labels):
        return  # (most pages: no line to give back, no heading to look for)
    for i in range(st.n - 1):
        if st.labels[i] is not None or st.size[i] > 16 or _SECTION_HEADING.match(st.texts[i]) is None:
            continue
        j = i + 1
        while j < st.n and _rule_of(st, j) in _ORGANISER_RULES and ("：" in st.texts[j] or ":" in st.texts[j]):
            st.labels[j] = None
            j += 1


_POINT_ADDRESS_RULE = "footer/site-address"
_SITE_FOOTER_WORDS = ("邮编", "邮政编码", "郵編", "郵政編碼", "ICP", "备案", "備案", "版权", "版權", "主办", "主辦", "承办", "承辦",
                      "网站", "網站", "本站", "本府", "本局", "本部", "校区", "院区", "校區", "院區")
"""Words of a site's own footer address (its postcode, its registration, the office that runs it, its campuses):
a line holding one is the footer's even among service points."""
_BELOW_FOOTER_RULE = "footer/below-footer"
_POINT_LIST_MIN = 3
"""Address-and-telephone lines a page holds that make them a list of service points rather than a footer
(a footer gives one address, or one a campus; fewer when the text announces them just above)."""


def _service_point_address_lists(st: _State) -> None:
    """Lines the footer rule took for the site's address and telephone
    (``…中心　地址：…　电话：…``) that are points of a list which ends the
    text (service offices, clinics, polling stations): three such lines or
    more, or fewer right under a sentence that announces them (``…公布如下：``,
    point names alone on their lines between), are given back to the text, but
    those with the footer's own words (邮编, ICP, 主办, 本站…)."""
    found = [i for i in _labelled(st.labels) if _rule_of(st, i) == _POINT_ADDRESS_RULE]
    points = [i for i in found if not any(w in st.texts[i] for w in _SITE_FOOTER_WORDS)]
    if not points:
        return  # (most pages: no footer address, or the footer's own)
    if len(points) < _POINT_LIST_MIN:
        j = points[0] - 1
        while j >= 0 and st.labels[j] is None and st.size[j] <= 20 and shape.clause_marks(st.texts[j]) == 0:
            j -= 1  # a point's name alone on its line above its address
        if j < 0 or st.labels[j] is not None or not st.texts[j].endswith(_INTRO_END) \
                or ("，" not in st.texts[j] and st.size[j] < 12):
            return  # not announced by a sentence (``…公布如下：``; ``联系方式：`` heads a footer)
    for i in points:
        st.labels[i] = None
    # the short lines the first of them, taken for the footer, took with it (a point's name, the notice's
    # signature), down to the site's own footer
    j = points[0] + 1
    while j < st.n and (st.labels[j] is None or _rule_of(st, j) == _BELOW_FOOTER_RULE):
        st.labels[j] = None
        j += 1


_WEAK_FIELDS = frozenset({"title", "topic"})
"""Fields whose labels (名称, 标题, 主题, 分类) are also a form's fields in a
body (a tender's ``名称：`` of its agency or of the goods it bought): outside
the body, a line of them alone is metadata only beside another metadata line."""


_UTILITY_SIGNING_COMPANY = regex.compile(
    r"^\p{Han}{2,30}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|集团|供电所|供电局|营业厅|营业所)$")
"""A company that signs its own notice (``国网青川县供电公司``, ``沅州水务集团有限公司``): a utility's outage
notice is signed by the company, not an office of government."""


def _signing_office_or_utility(text: str) -> bool:
    """``text`` is the name of an issuing office or of a company signing its notice.

    >>> _signing_office_or_utility("国网青川县供电公司"), _signing_office_or_utility("宁州市民政局")
    (True, True)
    >>> _signing_office_or_utility("停电原因：线路改造"), _signing_office_or_utility("供电公司将于3月6日停电")
    (False, False)
    """
    name = "".join(text.split())
    return _OFFICE.match(name) is not None or _UTILITY_SIGNING_COMPANY.match(name) is not None


def _signed_date(st: _State, i: int, *, closed: bool = False) -> bool:
    """Block ``i`` is a bare date under the office(s) that signed the text
    above them (``特此公告。`` / ``邵东县人民法院`` / ``二〇二四年七月二十九日``):
    the notice's own date, also on a page of short lines with no sentence
    to tell its body by. With ``closed``, the block above the office(s) must
    end a sentence (``…请认真贯彻执行。``): a text that ends there, not a
    headline with its source and date lines under it.

    >>> st = _State(["案由：民间借贷纠纷", "邵东县人民法院", "二〇二四年七月二十九日"], load_rules(), ClassifyConfig())
    >>> _signed_date(st, 2), _signed_date(st, 1), _signed_date(st, 2, closed=True)
    (True, False, False)
    >>> st = _State(["停电原因：线路改造", "国网青川县供电公司", "2026年10月12日"], load_rules(), ClassifyConfig())
    >>> _signed_date(st, 2)
    True
    """
    if _CLOSING_DATE.match(st.texts[i]) is None:
        return False
    j = i - 1
    while j >= 0 and i - j <= 3 and st.labels[j] is None and _signing_office_or_utility(st.texts[j]):
        j -= 1
    return (j < i - 1 and j >= 0 and st.labels[j] is None and not st.is_meta(j)
            and (not closed or _ends_text(st, j + 1)))


_TEXT_END = frozenset("。！？!?")


def _ends_text(st: _State, i: int) -> bool:
    """The block above block ``i`` is unlabelled and ends a sentence
    (``…现印发给你们，请认真贯彻执行。``, ``特此通知。``): block ``i``, an
    office's name, signs the text above it. A page's source and date lines
    stand under its headline, which ends in no full stop.

    >>> st = _State(["请认真贯彻执行。", "青溪县人民政府办公室", "关于加强管理的通知", "青溪县人民政府"], load_rules(), ClassifyConfig())
    >>> _ends_text(st, 1), _ends_text(st, 3), _ends_text(st, 0)
    (True, False, False)
    """
    if i < 1 or st.labels[i - 1] is not None:
        return False
    above = st.texts[i - 1].rstrip()
    return above[-1:] in _TEXT_END


_NUMBER_OPENS = frozenset("（([【")
_NUMBER_CLOSES = frozenset("）)]】")


def _bracketed_number_headline(text: str, fields: dict[str, str | int]) -> bool:
    """A line whose only fact is a document number, in brackets after a
    headline of four or more characters (``行政处罚决定书（洪市监处罚〔2025〕37号）``,
    ``訴願決定書（府授法訴字第1140047281號）``): the headline, not a metadata line.

    >>> f = {"doc_number": "青县政复决字〔2025〕6号"}
    >>> _bracketed_number_headline("行政复议决定书（青县政复决字〔2025〕6号）", f)
    True
    >>> _bracketed_number_headline("（青县政复决字〔2025〕6号）", f), _bracketed_number_headline("文号：（青县政复决字〔2025〕6号）", f)
    (False, False)
    """
    if fields.keys() != {"doc_number"} or "：" in text or ":" in text:
        return False
    number = fields["doc_number"]
    flat = "".join(text.split())
    k = flat.find(str(number))
    if k < 5 or flat[k - 1] not in _NUMBER_OPENS or flat[-1] not in _NUMBER_CLOSES:
        return False
    return sum(1 for ch in flat[:k - 1] if "\u4e00" <= ch <= "\u9fff") >= 4


def _number_opens_headline(text: str, fields: dict[str, str | int]) -> bool:
    """A line whose only fact is a notice's own number opening a headline of six or
    more Chinese characters (a maritime office's navigation notice: ``北航通（2026）0088号 铁山港航道浮标调整``):
    the headline, not a metadata line; a bare number, or one after its label, is metadata.

    >>> f = {"doc_number": "北航通（2026）0088号"}
    >>> _number_opens_headline("北航通（2026）0088号 铁山港航道浮标调整", f), _number_opens_headline("北航通（2026）0088号", f)
    (True, False)
    """
    return fields.keys() == {"doc_number"} and "：" not in text and ":" not in text \
        and _numbered_notice_span_chars(text) > 0


def _number_under_document_kind(st: _State, i: int, fields: dict[str, str | int]) -> bool:
    """Block ``i`` is a bare document number under an unlabelled line that names
    the kind of document, a legal instrument's (…书) or another (…通知)
    (``不起诉决定书`` / ``南屿检刑不诉〔2025〕Z47号``,
    ``行政处罚决定书`` / ``…〔2025〕12号``): the document's own header, printed
    in its text, not the page's metadata line.

    >>> st = _State(["南屿区人民检察院", "不起诉决定书", "南屿检刑不诉〔2025〕Z47号"], load_rules(), ClassifyConfig())
    >>> _number_under_document_kind(st, 2, {"doc_number": "南屿检刑不诉〔2025〕Z47号"}), _number_under_document_kind(st, 1, {})
    (True, False)
    """
    if fields.keys() != {"doc_number"} or i < 1 or st.labels[i - 1] is not None:
        return False
    above = "".join(st.texts[i - 1].split())
    if 2 <= len(above) <= 24 and above.endswith(_COURT_INSTRUMENTS):
        return True  # a court's name with the instrument's kind (…地方法院刑事简易判决, …人民法院民事裁定)
    return 2 <= len(above) <= 12 and (above.endswith(("书", "書")) or ends_with_document_kind(above))


_COURT_INSTRUMENTS = ("判决书", "裁定书", "调解书", "决定书", "判決書", "裁定書", "調解書", "決定書", "判决", "判決", "裁定")
"""How the header of a judgment or ruling ends above its case number, with or without 书."""


def _number_in_prose(text: str, fields: dict[str, str | int]) -> bool:
    """A line whose only fact is an unlabelled document number read inside a
    sentence: a hard-wrapped line of a judgment or a notice that goes on after
    the number (``偵字第1234號），本院判決如下：``), not a metadata line.

    >>> _number_in_prose("侦字第1234号），本院判决如下：", {"doc_number": "侦字第1234号"})
    True
    >>> _number_in_prose("文号：青政发〔2024〕5号", {"doc_number": "青政发〔2024〕5号"})
    False
    """
    if fields.keys() != {"doc_number"}:
        return False
    flat = "".join(text.split())
    number = str(fields["doc_number"])
    k = flat.find(number)
    if k < 0:
        return False
    rest = flat[:k] + flat[k + len(number):]
    return any(mark in rest for mark in "，。；,;") or rest.endswith(("如下：", "如下:"))


_CLAUSE_GOES_ON = frozenset("，,、；;")
"""Marks a line of prose ends with when its sentence goes on in the next line."""
_CLAUSE_LINE_MIN = 20
"""Fewest characters of a line read as prose broken off at its clause mark."""


def _metadata_lines(st: _State, zones: list[str], outside: list[int]) -> None:
    weak: list[int] = []
    issued: list[int] = []
    for i in outside:
        if st.labels[i] is not None:
            continue
        m = st.meta_line(i)
        if m is None or not m.fields or m.coverage < st.config.meta_coverage:
            continue
        if (zones[i] == "tail" and not has_label_mark(st.texts[i])) or (zones[i] == "edge" and _signed_date(st, i)) \
                or (zones[i] == "head" and _signed_date(st, i, closed=True)):
            continue  # a signature and date closing a notice are body; labelled facts are not
        if i > 0 and st.labels[i - 1] is None and st.size[i - 1] >= _CLAUSE_LINE_MIN \
                and st.texts[i - 1].rstrip()[-1:] in _CLAUSE_GOES_ON:
            continue  # the rest of a sentence the line above broke off (…公众游乐场地, / 由2024年4月1日起生效。)
        if zones[i] == "head" and _bulletin_compiled_line(st.texts[i]):
            continue  # a bulletin's issue line (…办公室编　2024年6月3日) stays in its text; :func:`_bulletin_issue_facts` reads it
        if "doc_number" in m.fields and (_bracketed_number_headline(st.texts[i], m.fields)
                                         or _number_opens_headline(st.texts[i], m.fields)
                                         or _number_under_document_kind(st, i, m.fields)
                                         or _number_in_prose(st.texts[i], m.fields)):
            continue
        if m.fields.keys() <= _WEAK_FIELDS:
            weak.append(i)
        if zones[i] == "head" and _issued_date_line(st, i):
            issued.append(i)
        if _meeting_time(st, i) or _listed_person(st, i) or _table_data_source(st, i, m.fields) \
                or _numbered_table_row(st, i) or _field_table_row(st, i):
            continue  # 时间： among 地点：, 出席：: when a meeting was, not when the page was published
        kind = "byline" if set(m.fields) <= {"author", "author_role"} else "metadata"
        names = ", ".join(sorted(m.fields))
        st.labels[i] = BlockLabel(kind, f"meta/{kind}-line",
                                  f"{kind}: a line of {names} (metadata covers {m.coverage:.0%} of it)", dict(m.fields))
    for i in weak:
        if not any(0 <= j < st.n and j not in weak and _is_metadata(st.labels[j]) for j in (i - 1, i + 1)):
            st.labels[i] = None
    for i in issued:  # the document's own header stays when another line dates the page
        if any(j != i and lab is not None and "date" in lab.fields for j, lab in enumerate(st.labels)):
            st.labels[i] = None


_BULLETIN_COMPILED_LINE = re.compile(
    r"^(?:[（(]?总?第[0-9〇零一二三四五六七八九十百]{1,6}期[）)]?[ \t\u3000]{1,12})?"
    r"[^\s：:，,。]{2,30}?[ \t\u3000]{0,4}(?:编印|編印|编发|編發|编|編)[ \t\u3000]{1,12}(?:19|20)\d\d[ \t\u3000]?年")
"""A bulletin's issue line: the office that compiles it and its credit, then the issue's date
(``临江市农业农村局编　　　　2024年6月3日``, ``…办公室编印　2025年3月5日``, ``…办公室　编　…``),
maybe after the issue's number (``第6期　　…办公室编　　…``)."""


def _bulletin_compiled_line(text: str) -> bool:
    """Whether ``text`` is a bulletin's issue line, its compiling office and date
    (see :data:`_BULLETIN_COMPILED_LINE`): part of the issue's masthead, kept in
    the text, though it dates the issue and names its source.

    >>> _bulletin_compiled_line("临江市农业农村局编　　　　2024年6月3日"), _bulletin_compiled_line("市委编办　2024年6月3日")
    (True, False)
    >>> _bulletin_compiled_line("第6期　　临江县人民政府办公室　编　　2025年9月2日")
    True
    """
    return ("编" in text or "編" in text) and _BULLETIN_COMPILED_LINE.match(text) is not None


def _bulletin_issue_facts(st: _State, zones: list[str], meta: dict[str, str | int]) -> None:
    """The date and source of a bulletin's issue line (``…办公室编　2024年6月3日``,
    kept in the text) for a page that no metadata line dates or sources: the
    issue's day and the office that compiles it."""
    for i in range(st.n):
        if zones[i] != "head":
            return
        if st.labels[i] is None and _bulletin_compiled_line(st.texts[i]) and (m := st.meta_line(i)) is not None:
            for key in ("date", "source"):
                if key in m.fields:
                    meta.setdefault(key, m.fields[key])
            return


_ISSUED_DATE = regex.compile(r"^[（(]\s{0,2}(?:\d{4}|[〇零○一二三四五六七八九]{4})\s{0,2}年\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}月"
                             r"(?:\s{0,2}[\d一二三四五六七八九十]{1,3}\s{0,2}日)?\s{0,2}[)）]$")
"""A document's own date in brackets, written out in 年 and 月 (``（2025年3月28日）``)."""
_ISSUERS_ABOVE = 3
"""Most lines of issuing offices read upwards from a document's bracketed date."""


def _header_issuer(st: _State, zones: list[str], title: int | None) -> str | None:
    """The first office named in a document's own header under the headline, above
    its bracketed date (``柘原县统计局`` / ``（2025年3月28日）``, see
    :func:`_issued_date_line`), or None."""
    if title is None:
        return None
    for i in range(title + 1, st.n):
        if zones[i] != "head":
            return None
        if st.labels[i] is None and _issued_date_line(st, i):
            j = i - 1
            while j - 1 > title and i - (j - 1) <= _ISSUERS_ABOVE and st.labels[j - 1] is None \
                    and _OFFICE.match("".join(st.texts[j - 1].split())) is not None:
                j -= 1
            return "".join(st.texts[j].split())
    return None


def _issued_date_line(st: _State, i: int) -> bool:
    """Block ``i`` is a document's own bracketed date (``（2025年3月28日）``) right
    under the unlabelled names of the offices that issue it (``柘原县统计局`` /
    ``国家统计局柘原调查队``): the header a statistical communique, a white paper or a
    report prints under its title, part of the document; a page's metadata line
    gives its date in figures or after a label, not so.

    >>> st = _State(["2024年统计公报", "青溪县统计局", "（2025年3月28日）", "全年地区生产总值增长5.6%。"],
    ...             load_rules(), ClassifyConfig())
    >>> _issued_date_line(st, 2), _issued_date_line(st, 1)
    (True, False)
    """
    if _ISSUED_DATE.match(st.texts[i]) is None:
        return False
    j = i - 1
    while j >= 0 and i - j <= _ISSUERS_ABOVE and st.labels[j] is None \
            and _OFFICE.match("".join(st.texts[j].split())) is not None:
        j -= 1
    return j < i - 1


_TABLE_SOURCE = regex.compile(r"^\W{0,3}(?:资料来源|資料來源|数据来源|數據來源)\s{0,2}[:：]")


def _table_data_source(st: _State, i: int, fields: Mapping[str, object]) -> bool:
    """Whether block ``i`` names where a table's figures come from
    (``资料来源：国家统计局临湖调查队`` under a statistics table's last row):
    part of the table, not the page's source."""
    if fields.keys() != {"source"} or i == 0 or _TABLE_SOURCE.match(st.texts[i]) is None:
        return False
    above = i - 1
    if above > 0 and st.texts[above].lstrip().startswith(("注", "註", "说明", "說明")):
        above -= 1  # 注：增幅按可比价计算。 between the last row and the note of the source
    return _table_row(st.texts[above])


_SERIAL_CELL = re.compile(r"[ \u3000]{0,4}\d{1,4}[.、]?[ \t\u3000]")
"""A row's first cell when it is the row's serial number (``1 韭菜 …``, ``12\t岚城市…``)."""


def _numbered_table_row(st: _State, i: int) -> bool:
    """Whether block ``i`` is a row of a table among its rows (a sampling
    result's ``1 韭菜 2025-03-01 腐霉利`` under ``序号 样品名称 生产日期 不合格项目``,
    ``香肠	2025/02/11	亚硝酸盐`` under ``样品名称	生产日期	不合格项目``): its first
    cell is a serial number and the line above or below is a row too, or it has
    no label and as many cells, three or more, set apart alike, as an unlabelled
    row beside it. The production
    or purchase date in it is the sample's, not the page's."""
    t = st.texts[i]
    if not _table_row(t):
        return False
    if _SERIAL_CELL.match(t) is not None:
        return any(0 <= j < st.n and _table_row(st.texts[j]) for j in (i - 1, i + 1))
    cells = _cells(t)
    return cells[1] >= 3 and not has_label_mark(t) and any(
        0 <= j < st.n and st.labels[j] is None and _table_row(st.texts[j]) and _cells(st.texts[j]) == cells
        for j in (i - 1, i + 1))


_FIELD_ROWS_MIN = 3
"""Fewest rows of two cells, one under another, that make a record set out as a table."""
_FIELD_RUN_REACH = 8
"""How many rows above and below a row :func:`_field_run` looks at (a long table is read in a window)."""


def _field_run(st: _State, i: int) -> range | None:
    """The rows of a record set out as a table of two cells, a field's name and
    its value (``| 许可决定日期 | 2025-03-20 |``, ``处罚决定日期\t2025-04-02``),
    around block ``i``: :data:`_FIELD_ROWS_MIN` or more such rows one under
    another, ``i`` among them, its name no label that dates or sources a page
    (``| 发布时间 | … |``, ``| 来源 | … |``); None when ``i`` is no such row."""
    t = st.texts[i]
    if not _table_row(t) or has_label_mark(t) or _cells(t)[1] != 2:
        return None
    name = next(c for c in re.split("[|｜\t]", t) if c.strip())
    if label_kind(name) not in (None, "other_date"):
        return None
    sep = _cells(t)[0]
    return _rows_around(st, i, lambda j: _field_row_like(st.texts[j], sep))


def _rows_around(st: _State, i: int, like: Callable[[int], bool]) -> range | None:
    """The blocks around block ``i`` that ``like`` accepts one under another (within
    :data:`_FIELD_RUN_REACH` of it), when there are :data:`_FIELD_ROWS_MIN` or more."""
    lo = hi = i
    while lo > 0 and i - lo < _FIELD_RUN_REACH and like(lo - 1):
        lo -= 1
    while hi < st.n - 1 and hi - i < _FIELD_RUN_REACH and like(hi + 1):
        hi += 1
    return range(lo, hi + 1) if hi - lo + 1 >= _FIELD_ROWS_MIN else None


def _field_row_like(text: str, sep: str) -> bool:
    """Whether ``text`` is another row of a record set out as a table of two cells,
    its cells apart by ``sep``: two cells, or three where a merged cell names a
    group of fields (``被处罚当事人姓名或名称 ⇥ 单位 ⇥ …`` above ``法定代表人姓名 ⇥ 李某某``, ⇥ a tab,
    as a penalty disclosure table's rowspan scrapes).

    >>> _field_row_like("被处罚当事人姓名或名称\\t单位\\t汉江村镇银行", "tab"), _field_row_like("a | b | c | d", "bar")
    (True, False)
    """
    if not _table_row(text):
        return False
    sep_, n = _cells(text)
    return sep_ == sep and 2 <= n <= 3


def _field_table_row(st: _State, i: int) -> bool:
    """Whether block ``i`` is a row of a record set out as a table of two cells
    (:func:`_field_run`): the record's own field, as ``许可决定日期：2025-03-20``
    is, whose date or number is the decision's, not the page's metadata.

    >>> st = _State(["| 许可类别 | 核准 |", "| 许可决定日期 | 2025-03-20 |", "| 有效期至 | 2026-03-19 |"],
    ...             load_rules(), ClassifyConfig())
    >>> _field_table_row(st, 1), _field_table_row(_State(["发布日期\t2025-03-20"], load_rules(), ClassifyConfig()), 0)
    (True, False)
    """
    return _field_run(st, i) is not None


_BUSINESS_NUMBER = regex.compile(r"^\W{0,3}(?:营利事业|營利事業)?(?:统一编号|統一編號)\s{0,2}[:：]\s{0,2}\d{8}\s{0,3}$")
"""A Taiwan business's unified number as a field of a record naming it (``統一編號：24681357``, eight
digits): the party's, not a disclosure table's number of the document (``统一编号：HNYJ-2024-00002``)."""


def _record_fields(st: _State) -> None:
    """Fields of a record that a label table's rule took for the page's labels
    go back to the record: a validity date among the rows of a record set out
    as a table of two cells (``| 有效期至 | 2026-03-19 |`` under ``| 许可决定日期
    | … |``) is the licence's, a field like its neighbours, when most rows of
    the run are no label table's (a regulation library's table of 发布部门 /
    施行日期 / 效力级别 rows stays the label table it is); a business's
    unified number (``統一編號：24681357``) is the party's. So is a validity
    date on a line of its own among a record's fields set one a line
    (``有效期至：2031-03-15`` under ``许可编号：…``, :func:`_colon_field_run`)."""
    for i in _labelled(st.labels):
        lab = st.labels[i]
        if lab is None or not lab.rule.startswith("label-table/"):
            continue
        if _BUSINESS_NUMBER.match(st.texts[i]) is not None:
            st.labels[i] = None
            continue
        run = _field_run(st, i)
        if run is None and _LABELLED_DATE.match(st.texts[i]) is not None \
                and label_kind(re.split("[:：]", st.texts[i], maxsplit=1)[0]) == "other_date":
            run = _colon_field_run(st, i)
            if run is not None and sum(1 for j in run if (o := st.labels[j]) is not None
                                        and o.rule.startswith("label-table/")) * 2 < len(run):
                st.labels[i] = None  # 有效期至：2031-03-15 among a licence's 许可编号：… rows
            continue
        if run is None or label_kind(next(c for c in re.split("[|｜\t]", st.texts[i]) if c.strip())) != "other_date":
            continue
        tabled = sum(1 for j in run if (other := st.labels[j]) is not None and other.rule.startswith("label-table/"))
        if tabled * 2 < len(run):
            st.labels[i] = None


_COLON_FIELD = regex.compile(r"^\W{0,3}\p{Han}[\p{Han}（）()_/、\d]{1,30}\s{0,2}[:：]\s{0,2}\S")
"""A record's field on a line of its own: its name, a colon and its value (``许可类别：普通``)."""


def _colon_field_run(st: _State, i: int) -> range | None:
    """The lines of a record set out as one field a line (``许可编号：JY1430…``,
    ``有效期至：2031-03-15``, ``许可机关：…``) around block ``i``:
    :data:`_FIELD_ROWS_MIN` or more such lines one under another, none a
    sentence; None when ``i`` is not among them.

    >>> st = _State(["许可编号：JY14305020061873", "有效期至：2031-03-15", "许可机关：澜江市市场监督管理局"],
    ...             load_rules(), ClassifyConfig())
    >>> _colon_field_run(st, 1), _colon_field_run(_State(["有效期至：2031-03-15"], load_rules(), ClassifyConfig()), 0)
    (range(0, 3), None)
    """
    def field(j: int) -> bool:
        return not st.sentence[j] and st.size[j] <= 120 and _COLON_FIELD.match(st.texts[j]) is not None

    return _rows_around(st, i, field) if field(i) else None


def _cells(text: str) -> tuple[str, int]:
    """How a row's cells are set apart (tabs when it has any, else bars, else
    spaces) and how many it has."""
    if "\t" in text:
        return "tab", len([c for c in text.split("\t") if c.strip()])
    if "|" in text or "｜" in text:
        return "bar", len([c for c in re.split("[|｜]", text) if c.strip()])
    return "space", len(text.split())


def _table_row(text: str) -> bool:
    """Whether ``text`` reads as a table's row: cells apart by tabs or bars, or three
    cells or more apart by spaces with a figure among them (``食品　1.2　-0.3``).

    >>> _table_row("食品　1.2　-0.3"), _table_row("指标 | 1-10月"), _table_row("本期 价格 上涨")
    (True, True, False)
    """
    if "\t" in text or "|" in text or "｜" in text:
        return True
    cells = text.split()
    return len(cells) >= 3 and any(_TABLE_CELL.match(c) is not None and any(ch.isdigit() for ch in c) for c in cells)


def _role_and_name(st: _State, i: int) -> bool:
    """Whether block ``i`` is a person's office and name and nothing else (``市公安局副局长　林志刚``)."""
    m = st.meta_line(i)
    return m is not None and "author_role" in m.fields and m.fields.keys() <= {"author", "author_role"}


def _listed_person(st: _State, i: int) -> bool:
    """Whether block ``i`` is one of a list of people (a press conference's
    speakers, a meeting's attendees) rather than the page's byline: an office
    and a name under a line that ends with a colon (``发布人：``) or beside
    another office and name. A date line whose last label is empty
    (``来源：今日浙江　点击数：``) introduces no list: its byline follows.
    So is the speaker of a report or a speech under its occasion
    (``——2024年8月27日在…常务委员会第二十次会议上`` / ``市审计局局长　韦立恒``):
    the document's own heading, text as ``县长　沈立群`` there is."""
    if not _role_and_name(st, i):
        return False
    return (i > 0 and st.texts[i - 1].endswith(_INTRO_END) and fits_trailing_label(st.texts[i - 1], st.texts[i])) or any(
        _role_and_name(st, j) for j in (i - 1, i + 1) if 0 <= j < st.n) or (i > 0 and _speech_occasion(st.texts[i - 1]))


_OCCASION_ENDS = tuple(f"上{tail}" for tail in ("", "的讲话", "的講話", "的报告", "的報告", "的发言", "的發言",
                                               "的说明", "的說明", "的致辞", "的致辭"))


def _speech_occasion(text: str) -> bool:
    """Whether ``text`` is a report's or a speech's occasion line: where and
    when it was given, after a dash or in brackets, or dated.

    >>> _speech_occasion("——2024年8月27日在澜沧市第十六届人民代表大会常务委员会第二十次会议上")
    True
    >>> _speech_occasion("（2025年1月9日在全區審計工作會議上的講話）"), _speech_occasion("——在希望的田野上")
    (True, True)
    >>> _speech_occasion("现将有关情况报告如下"), _speech_occasion("在全县大会上")
    (False, False)
    """
    t = text.strip()
    if len(t) > 90 or "在" not in t or not (t.startswith(("—", "―", "－", "-", "（", "(")) or "年" in t):
        return False
    return t.lstrip("—―－-（( \u3000").rstrip("）) \u3000").endswith(_OCCASION_ENDS)


def _is_metadata(label: BlockLabel | None) -> bool:
    return label is not None and label.label == "metadata"


def _bylines(st: _State, zones: list[str], outside: list[int]) -> None:
    for i in outside:
        if st.labels[i] is not None or zones[i] == "tail" or st.sentence[i] or _listed_person(st, i):
            continue
        b = parse_byline(st.texts[i])
        if b is not None:
            st.labels[i] = BlockLabel("byline", "meta/byline", f"byline: {b[1]} {b[0]}",
                                      {"author": b[0], "author_role": b[1]})


_REPOST_AUTHOR_REACH = 4
"""How many lines under the headline a repost's author line may stand (the date line, the author, a caption)."""
_REPOST_AUTHOR_CHARS = 40


def _repost_author_lines(st: _State, zones: list[str], title: int | None) -> None:
    """A reposted article's author on a line of its own just under the
    headline: the value of the empty ``作者：`` that ends the date line above
    it (``…来源:《今日浙江》杂志 作者:`` / ``中共丽阳市委书记 胡海峰``); a
    name and nothing else (``胡海峰``, ``胡海峰　李明``) or a name and its
    office in brackets (``胡海峰（中共丽阳市委书记）``) beside the date line;
    the office on one line and the name on the next (``中共丽阳市委书记`` /
    ``胡海峰``); two writers' offices and names (``中共丽阳市委书记 胡海峰
    丽阳市市长 吴晓东``). Names only: a caption, a heading or a section name
    never goes. But for the empty ``作者：``, only on a page whose source is
    a publication, not an office (a list of leaders or of people commended
    under an office's date line is text)."""
    if title is None:
        return
    reposted: bool | None = None  # whether the source is a publication: looked up once, when needed
    literature: bool | None = None  # whether the page publishes literary works: the same
    paper: bool | None = None  # whether the page is a journal article (摘要, 关键词, 参考文献): the same
    for i in range(title + 1, min(st.n, title + 1 + _REPOST_AUTHOR_REACH)):
        if zones[i] != "head":
            if zones[i] != "edge":
                break
            if literature is None:
                literature = _HAS_LITERATURE_WORD(st.joined)
            if not literature:
                break  # a short page's lines are all at its edge: only a poem's page names its poet there
        if st.labels[i] is not None or st.sentence[i] or st.size[i] > _REPOST_AUTHOR_CHARS:
            continue
        if i == _under_headline(st, title) and (unit_name := repost_name_with_office(st.texts[i])) is not None:
            st.labels[i] = replace(_JOURNAL_AUTHOR_LABEL, fields={"author": unit_name})
            continue  # a writer's name and unit right under the title or its —— subtitle (王晓岚 (湘楚市档案馆))
        if i == title + 1 and (names := journal_author_names(st.texts[i])) is not None:
            if paper is None:
                paper = _journal_paper_page(st)
            if paper:  # a journal article's authors right under its title (黄一鸣1　苏婉清2), no label needed
                st.labels[i] = replace(_JOURNAL_AUTHOR_LABEL, fields={"author": names})
                continue
        if _is_metadata(st.labels[i - 1]) and (m := repost_trailing_author(st.texts[i - 1], st.texts[i])) is not None:
            st.labels[i] = replace(_REPOST_AUTHOR_LABEL, fields=dict(m.fields))
            continue
        if reposted is None:
            reposted = _repost_source_is_publication(st, title)
        if not reposted:
            # an office's own page: only an empty 作者： names the writer, but on a page of literary
            # works a name alone is the poet's, as in a magazine (the page is read only for a name line)
            if literature is False or _repost_author_fields(st, i) is None:
                continue
            if literature is None:
                literature = _HAS_LITERATURE_WORD(st.joined)
            if not literature:
                continue
        fields = _repost_author_fields(st, i)
        if fields is None and i + 1 < st.n and st.labels[i + 1] is None and zones[i + 1] == "head" \
                and repost_names_only(st.texts[i + 1]) is not None \
                and (split := parse_byline(st.texts[i] + " " + st.texts[i + 1])) is not None \
                and split[1] == st.texts[i].strip():
            fields = {"author": split[0], "author_role": split[1]}  # 中共丽阳市委书记 / 胡海峰
            st.labels[i + 1] = _REPOST_AUTHOR_LABEL
        if fields is not None:
            st.labels[i] = replace(_REPOST_AUTHOR_LABEL, fields=fields)


_REPOST_AUTHOR_LABEL = BlockLabel("byline", "meta/repost-author-line",
                                  "byline: the author's name on a line of its own beside the date/source line")
_JOURNAL_AUTHOR_LABEL = BlockLabel("byline", "meta/journal-author-line",
                                   "byline: a journal article's authors on a line of their own under its title")
_PAPER_ABSTRACT = AnyOf(("摘要", "摘　要", "摘 要", "内容提要", "內容提要", "Abstract", "ABSTRACT"))
_PAPER_APPARATUS = AnyOf(("关键词", "关键字", "關鍵詞", "關鍵字", "参考文献", "參考文獻", "Key words", "Keywords",
                          "中图分类号", "中圖分類號"))


def _journal_paper_page(st: _State) -> bool:
    """Whether the page is a journal article or a paper: it has an abstract
    (摘要, 内容提要, Abstract) and keywords, references or a classification number."""
    return _PAPER_ABSTRACT(st.joined) and _PAPER_APPARATUS(st.joined)


_LITERATURE_WORDS = (
    "诗歌", "诗词", "新诗", "散文", "楹联", "对联", "歌词", "作词", "书法作品", "征文", "文学奖", "获奖作品", "作品名称",
    "作家协会", "文学艺术界联合会", "省文联", "市文联", "县文联", "区文联", "原创作品", "会员新作", "作者简介", "组诗",
    "七律", "七绝", "五律", "词牌",
    "詩歌", "詩詞", "新詩", "楹聯", "對聯", "歌詞", "作詞", "書法作品", "徵文", "文學獎", "獲獎作品", "作品名稱",
    "作家協會", "文學藝術界聯合會", "作者簡介", "組詩",
)
"""Words of a page that publishes a literary work (a poem, an essay, couplets, lyrics, calligraphy): whole
words, none a piece of an everyday one (not 作协, which 合作协议 holds, nor a bare 文联, as in 本文联系人)."""
_HAS_LITERATURE_WORD = AnyOf(_LITERATURE_WORDS)
_LITERATURE_AUTHOR = BlockLabel("body", "meta/literature-author",
                                "body: the author's line of a poem, an essay or a work shown on a literature page")


def _literature_author_lines(st: _State) -> list[str]:
    """On a page that publishes literary works (:data:`_LITERATURE_WORDS`), an
    author's line that names the writer and nothing else (``作者：林雨澄``,
    ``文/柯若溪``, ``□ 杜秋原``) belongs to the work it signs, as the poem's
    title does: it stays, and still gives the page its author. A reporter's
    or an editor's credit (a role: ``记者 王磊``) goes as on any page.
    Returns the authors of the lines kept, in order."""
    found = [i for i, lab in enumerate(st.labels)
             if lab is not None and lab.label == "byline" and lab.fields.keys() == {"author"}
             and lab.rule != _JOURNAL_AUTHOR_LABEL.rule]  # a paper's 作者简介 is no literature page's
    if not found or not _HAS_LITERATURE_WORD(st.joined):
        return []
    authors: list[str] = []
    for i in found:
        lab = st.labels[i]
        if lab is not None and isinstance(author := lab.fields["author"], str):
            authors.append(author)
            st.labels[i] = _LITERATURE_AUTHOR
    return authors


_OFFICE_ENDS = ("政府", "委员会", "委員會", "办公室", "辦公室", "委", "局", "办", "辦", "厅", "廳", "部", "院", "中心", "所", "站",
                "处", "處", "队", "隊", "街道", "镇", "鎮", "乡", "鄉", "村", "区", "區", "县", "縣", "市", "省", "法院", "检察院")
"""Last words of an office's name: a page whose source is an office is its own, not a repost."""


def _repost_source_is_publication(st: _State, title: int) -> bool:
    """Whether the date/source lines around the headline name a source that is
    no office (``《今日浙江》杂志``, ``浙江日报``, ``新华网``, ``今日浙江``): the
    page reposts an article, whose writer a name line under the headline names."""
    for j in range(max(0, title - 2), min(st.n, title + 2 + _REPOST_AUTHOR_REACH)):
        if not _is_metadata(st.labels[j]):
            continue
        m = st.meta_line(j)
        source = m.fields.get("source") if m is not None else None
        if isinstance(source, str) and source:
            return "《" in source or not source.endswith(_OFFICE_ENDS)
    return False


def _under_headline(st: _State, title: int) -> int:
    """The block right under the headline ``title`` and under its subtitle (``——以…为例``) if one follows."""
    below = title + _title_span(st, title)
    if below < st.n and st.labels[below] is None and _SUBTITLE_DASH.match(st.texts[below]):
        below += 1
    return below


def _repost_author_fields(st: _State, i: int) -> dict[str, str | int] | None:
    """The author's fields of block ``i`` read as one of the name lines of :func:`_repost_author_lines`, else None."""
    t = st.texts[i]
    if (joint := repost_joint_byline(t)) is not None:
        return {"author": joint}
    if not any(_is_metadata(st.labels[j]) for j in (i - 1, i + 1) if j < st.n):
        return None
    names = repost_names_only(t) or repost_name_with_office(t)
    return {"author": names} if names is not None else None


def _kicker(st: _State, upto: int) -> str | None:
    """The last item of the last breadcrumb above block ``upto``."""
    for i in range(upto - 1, -1, -1):
        lab = st.labels[i]
        if lab is not None and lab.label == "breadcrumb":
            items = shape.link_chain(st.texts[i]) or [p for p in shape.CHAIN_SEPARATOR.split(st.texts[i]) if p.strip()]
            return items[-1].strip() if items else None
    return None


def _label_value(st: _State, i: int) -> bool:
    """Whether block ``i`` is the value of a table label that ends the line above
    (``发布机构：``), but for a title's label (``标题：``): a title so labelled
    is the headline, and so is a line no value of that label can be (a headline
    under a row whose last cell is empty: ``文号：　有效性：``)."""
    if i == 0:
        return False
    lab = st.labels[i - 1]
    return lab is not None and lab.rule.startswith("label-table/") and _LABEL_END.search(st.texts[i - 1]) is not None \
        and not _under_title_label(st, i) and fits_trailing_label(st.texts[i - 1], st.texts[i])


def _under_title_label(st: _State, i: int) -> bool:
    """Whether block ``i`` is the value of a title's label on a line of its own
    above it (``标题：`` / ``临湖市人民政府关于…的通知``)."""
    if i == 0 or st.size[i - 1] > _PAIRED_LABEL_CHARS:
        return False
    pair = parse_label_pair(st.texts[i - 1], st.texts[i])
    return pair is not None and "title" in pair.fields


def _latin_headline(st: _State, i: int, cands: list[int]) -> bool:
    """Whether block ``i`` is an English page's headline: a line of Latin words
    (:data:`_LATIN_HEADLINE`) right above the date, source or author line, and
    not the translation under a Chinese headline (the line above it). An
    organisation's name in it (``Maritime Museum Welcomes …``, ``… Service
    Center for …``) does not make it the site's English name there."""
    label = st.labels[i]
    if label is not None and label.rule != "slogan/english-name":
        return False
    if i + 1 >= st.n or not (_is(st.labels[i + 1], "metadata") or _is(st.labels[i + 1], "byline")):
        return False
    return st.size[i] <= _LATIN_HEADLINE_MAX and not (cands and cands[-1] == i - 1) \
        and _LATIN_HEADLINE.fullmatch(st.texts[i]) is not None


_CHAPTER = regex.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章节篇编卷][ \u3000]{0,2}\p{Han}")


def _chapter_page_title(st: _State, i: int) -> bool:
    """Whether the numbered line ``i`` (``第三章　水利建设``) is the title of a
    page that gives one chapter of a book (a chronicle's, a yearbook's): the
    page's metadata (the book's catalogue record, a date line) stands right
    under it, as under a headline; in a document's text a chapter's heading
    is followed by its text."""
    return _CHAPTER.match(st.texts[i]) is not None and i + 1 < st.n and _is(st.labels[i + 1], "metadata")


_SCHOOL_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s?[-－—–~～至]\s?(?:19|20)?\d\d(?=\s?(?:学年|學年|年度|年|学期|學期|届|屆))")
"""A span of school or plan years (``2025-2026`` of ``2025-2026年度校历表``, ``2024—2025学年``)."""


def _school_year_span_chars(t: str) -> int:
    """Characters of ``t`` beyond two in its spans of school years (``2025-2026年度``):
    such a span weighs like a word of two characters in a headline's share of
    Chinese, so ``2025-2026年度校历表（上学期）`` reads as a headline."""
    if "-" not in t and "—" not in t and "－" not in t and "–" not in t and "~" not in t \
            and "～" not in t and "至" not in t:
        return 0
    return sum(len(m.group()) - 2 for m in _SCHOOL_YEAR_SPAN.finditer(t))


_NUMBERED_NOTICE_HEAD = re.compile(r"^\s{0,4}\w{1,6}?[（(〔\[［](?:19|20)\d\d[）)〕\]］]\s?\d{1,5}\s?号(?=\s{0,3}[【\[（(]?\w)")
"""A notice's own number opening its headline (``宁航通（2026）0147号`` of ``宁航通（2026）0147号 宁港主航道K12—K15段疏浚作业``,
a maritime office's navigation notice or warning)."""


def _numbered_notice_span_chars(t: str) -> int:
    """Characters beyond two of the number that opens a numbered notice's
    headline, when six or more Chinese characters follow it: the number weighs
    like a word of two characters in the headline's share of Chinese, as a span of
    school years does; a document number alone on its line has no such text."""
    if "号" not in t or (m := _NUMBERED_NOTICE_HEAD.match(t)) is None \
            or shape.han_count(t[m.end():]) < 6:
        return 0
    return len(m.group()) - 2


_SHORT_NAME = regex.compile(r"^\p{Han}{2,3}$")
"""A page's name too short for a headline's length: a department's (``肾内科``), a person's (``葛文澜``)."""


def _short_name_headline(st: _State, i: int) -> bool:
    """Whether block ``i``, a name of two or three characters right under the
    site's trail, is the page's headline: a department's or column's page
    (``首页 > 科室导航 > 肾内科`` / ``肾内科`` / ``时间：… 作者：…``) when the
    trail's last item is that name and the date or source line stands right
    below it, or a profile's (a doctor's, an official's) when two fields of
    the profile follow it (``葛文澜`` / ``职称：主任中医师`` / ``科室：针灸推拿科``) or its text opens
    with the name (``黄建国`` / ``[照片：黄建国]`` / ``黄建国，男，汉族，…``, :func:`_person_page_title`)."""
    t = st.texts[i].strip()
    if i == 0 or i + 2 >= st.n or _SHORT_NAME.match(t) is None or not _is_trail(st.labels[i - 1]):
        return False
    if _is(st.labels[i + 1], "metadata"):
        return _kicker(st, i) == t
    return (st.labels[i + 1] is None and st.labels[i + 2] is None
            and _PERSON_FIELD.match(st.texts[i + 1]) is not None and _PERSON_FIELD.match(st.texts[i + 2]) is not None) \
        or _person_page_title(st, i)


_ENTRY_HEAD_RULES = frozenset({"encyclopedia/entry-buttons", "encyclopedia/polysemy-note", "encyclopedia/entry-certified",
                               "encyclopedia/maintenance-banner", "encyclopedia/site-name"})


def _entry_name_headline(st: _State, i: int) -> bool:
    """Whether block ``i``, a name of two or three characters, is an encyclopedia entry's name:
    the entry's buttons, its disambiguation note or the wiki's banner stand right under it, or under
    its one-line description (``望川县`` / ``西江省临溪市下辖县`` / ``编辑　讨论　上传视频``)."""
    if _SHORT_NAME.match(st.texts[i].strip()) is None:
        return False
    return any(j < st.n and (lab := st.labels[j]) is not None and lab.rule in _ENTRY_HEAD_RULES for j in (i + 1, i + 2))


_NUMBERED_ACT = regex.compile(r"^[ \u3000]{0,4}第[ \u3000]{0,2}\d{1,4}[ \u3000]{0,2}/[ \u3000]{0,2}\d{4}[ \u3000]{0,2}[号號]\p{Han}{2,16}[ \u3000]{0,4}$")
"""The title of an act numbered in its series and year, as Macau's gazette prints them
(``第42/2024号行政长官批示``, ``第3/2024号行政法规``): a letterhead above it (the letter-spaced
``澳 门 特 别 行 政 区``) is the issuing authority's heading, not the headline."""


def _letterhead_next_to_title(st: _State, upper: int, lower: int) -> bool:
    """Block ``upper`` stands right above block ``lower`` but for chrome
    already labelled between them (a utility's name, a follow-our-account
    prompt, then ``关于…计划停电的公告``): a letterhead over the title.

    >>> st = _State(["国网青川县供电公司", "温馨提示：关注“国网青川供电”微信公众号，可及时获取停电信息",
    ...              "关于10月20日计划停电的公告"], load_rules(), ClassifyConfig())
    >>> st.labels[1] = BlockLabel("navigation", "tools/x", "x")
    >>> _letterhead_next_to_title(st, 0, 2), _letterhead_next_to_title(st, 0, 1)
    (True, True)
    >>> st.labels[1] = None
    >>> _letterhead_next_to_title(st, 0, 2)
    False
    """
    return lower > upper and all(st.labels[j] is not None for j in range(upper + 1, lower))


def _title(st: _State, zones: list[str]) -> int | None:
    lo, hi = st.config.title_chars
    cands: list[int] = []
    jumped = -1
    for i in range(st.n):
        if zones[i] not in ("head", "edge") and i != jumped:
            if not cands and _jump_tail_above_headline(st, zones, i):
                jumped = i + 1  # an e-paper page opens with the end of an article jumped from another page:
                continue  # the page's own headline under it
            break
        if i == jumped and (m := _JUMP_PAGE_BYLINE.match(st.texts[i + 1])) is not None \
                and ((lab := st.labels[i + 1]) is None or not lab.fields):
            st.labels[i + 1] = BlockLabel("byline", "meta/byline", "byline: under the headline of a page that opens with "
                                          "the end of a jumped article", {"author": m.group("name")})
        t = st.texts[i]
        if _latin_headline(st, i, cands):
            st.labels[i] = None  # the site's English name it looked like (english-name) it is not
            cands.append(i)
            continue
        if st.labels[i] is not None or "。" in t or t.count("，") + t.count(",") >= 2 or _TITLE_BAD_END.search(t) \
                or (_ENUMERATION.match(t) and not _chapter_page_title(st, i)) \
                or _ISSUE_OF_SERIES.match(t) \
                or _SUBTITLE.match(t) or _label_value(st, i) or _EVENT_FIELD.match(t) or _PERSON_FIELD.match(t) \
                or _post_and_names(t) or _table_row_by_like(st, i) \
                or _FORM_ROW.match(t) or _PHOTO_PLACEHOLDER.match(t) \
                or (t.endswith(("）", ")")) and repost_name_with_office(t) is not None):  # 钟晓岚（临湖市数据资源管理局局长）: a byline
            continue
        if cands and cands[-1] == i - 1 and st.size[i - 1] < lo and _entry_name_headline(st, i - 1):
            continue  # an entry's one-line description under its name (望川县 / 西江省临溪市下辖县)
        size = st.size[i]
        if (lo <= size <= hi and shape.han_count(t) * 2 >= size - _school_year_span_chars(t) - _numbered_notice_span_chars(t)
                and not _labelled_field(st, i)) \
                or (size < lo and (_short_name_headline(st, i) or _entry_name_headline(st, i))):
            cands.append(i)
    if not cands:
        return None
    title_shaped = frozenset(cands)
    if (labelled := _labelled_title_line(st, zones)) is not None \
            and (all(_short_label(st, c) for c in cands) or _trail_between(st, cands[-1], labelled)
                 or (cands[-1] < labelled and not any(_headline_above_facts(st, c) for c in cands)
                     and zones[cands[-1] + 1] != "core")):
        # 互动交流 / 县长信箱 above 标题：…: the page names its title with a label (names above a trail are the site's,
        # 桐溪市12345政务服务便民热线 / 首页 | 诉求提交 | … / 标题：…; and so are lines above the label's that neither
        # stand above a date line nor open the text: a message board's buttons and its column's name)
        _drop_above_trail(st, sorted([*cands, labelled]))
        return None
    cands = _drop_page_titles(st, cands)
    cands = _drop_joint_letterhead(st, cands)
    cands = _drop_letterheads(st, cands)
    # an issuing header above its number (江北省人民政府令 / 第286号, 南平县发展和改革局 / 南发改〔2024〕42号)
    # is not the headline
    cands = [c for c in cands if not (c + 1 < st.n and c != cands[-1] and _issue_number_below(st, c))]
    cands = _drop_above_trail(st, cands)
    cands = _drop_trail_repeats(st, cands)
    if len(cands) > 1 and cands[1] == cands[0] + 1 and _LAW_KICKER.match(st.texts[cands[0]]) is not None \
            and st.texts[cands[1]].lstrip()[:1] not in "《（(—":
        cands.pop(0)  # the law a notice is made under, above its headline: a kicker, kept in the text
    if len(cands) > 1:
        kicker = _kicker(st, cands[0])
        head, nxt = st.texts[cands[0]], st.texts[cands[1]]
        if kicker and head == kicker and nxt.startswith(kicker) and len(nxt) > len(kicker):
            st.labels[cands[0]] = BlockLabel("breadcrumb", "breadcrumb/kicker-repeat",
                                             "breadcrumb: repeats the trail's last item (the kicker) above the headline")
            cands.pop(0)
    # a short section label (新闻公报, 通知公告) right above a longer line that opens the body is no headline
    # (several stacked: 青溪县人民政府 / 信息公开 / 关于…的通知)
    headline = next((c for c in cands[1:] if not _short_label(st, c)), None)
    if headline is not None and _section_label(st, zones, cands[0], headline) and not _issuer_half(st, cands[0]):
        if _named_again(st, cands[0], headline):
            st.labels[cands[0]] = _account_name(st.texts[cands[0]].strip())
        cands = [c for c in cands if c >= headline]
    # a letterhead (临湖市交通运输局) right above an official title (关于…的答复) is no headline; under a
    # red head (…文件, a document number) the agency's name is the first half of the title (_title_span)
    if len(cands) > 1 and _letterhead_next_to_title(st, cands[0], cands[1]) and st.size[cands[0]] <= 24 \
            and not ends_with_document_kind(st.texts[cands[0]]) and not _issuer_half(st, cands[0]) \
            and (("关于" in st.texts[cands[1]] and ends_with_document_kind(st.texts[cands[1]]))
                 or _NUMBERED_ACT.match(st.texts[cands[1]]) is not None):
        cands.pop(0)
    # a line directly above the date/source line or byline is the headline, and shorter lines above it
    # (channel names, kickers) are not; a longer line above it is the headline and it a subtitle
    cands = _drop_repeated_names(st, cands)
    cands = _drop_thread_title(st, cands)
    if not cands:
        return None
    first, why = cands[0], "the first title-shaped line above the body"
    for c in cands:
        below = c + _title_span(st, c)
        if below + 1 < st.n and st.labels[below] is None and _SUBTITLE_DASH.match(st.texts[below]):
            below += 1  # the headline's subtitle (——…) between it and the date line
        if below < st.n and (_is(st.labels[below], "metadata") or _is(st.labels[below], "byline")
                             or _names_above_header(st, below)):
            if all(st.size[e] < st.size[c] for e in cands[: cands.index(c)]):
                first, why = c, "the title-shaped line right above the date/source line or byline"
                if cands.index(c) == 1 and cands[0] == c - 1 and st.labels[c - 1] is None \
                        and _deck_under_headline(st.texts[c - 1], st.texts[c]):
                    first, why = c - 1, "the headline over its deck (a longer line with a clause) above the byline"
                    break
                first = _below_account_name(st, cands, first, below)
                _label_account_above(st, first, below)
            elif _stacked_headline(st, cands, c):
                first, why = c - 1, "the middle of three title-shaped lines stacked above the date/source line " \
                    "(kicker, headline, deck)"
            break
    confirmed = why.startswith("the title-shaped line right above")
    span = _title_span(st, first)
    if span == 1 and (upper := next((u for u in (first - 1, first) if u in title_shaped and u + 1 in title_shaped
                                     and st.labels[u] is None and st.labels[u + 1] is None
                                     and (two_line_title_named_above(st, u) or _DASH_BROKEN.search(st.texts[u]))),
                                None)) is not None:
        first, span = upper, 2
        why += ", broken over two lines (the page's title or trail names both, or a dash ends the first)"
    elif span == 1 and not confirmed and _headline_above_dateline(st, title_shaped, first):
        span = 2
        why += ", broken over two lines right above the report's 本报讯"
    if span > 1 and not why.endswith("names both)"):  # an official title's lines
        why += f", an official title broken over {span} lines"
    label = BlockLabel("title", "title/headline", f"the headline: {why} (kept in the text)")
    for i in range(first, first + span):
        st.labels[i] = label  # one label object: :func:`_collect` finds the lines of the title by it
    if confirmed and first > 0 and st.labels[first - 1] is None and _COLUMN_NAME.match(st.texts[first - 1]):
        st.labels[first - 1] = _COLUMN_NAME_LABEL
    return first


_LAW_KICKER = regex.compile(r"^[ \t\u3000]{0,4}《[^《》]{2,40}(?:条例|法|办法|规定|细则|规则|决定|规范|标准|公约|指引|守则)》"
                           r"[ \t\u3000]{0,2}(?:[（(][ \t\u3000]{0,2}(?:第[ \t\u3000]{0,2}\d{1,4}[A-Z]?[ \t\u3000]{0,2}章"
                           r"|Cap\.?[ \t\u3000]{0,2}\d{1,4}[A-Z]?|[^（）()]{0,16}令[ \t\u3000]{0,2}第[ \t\u3000]{0,2}\d{1,4}"
                           r"[ \t\u3000]{0,2}号)[ \t\u3000]{0,2}[)）])?[ \t\u3000]{0,2}$")
"""A law's name alone on a line (``《环境影响评估条例》（第499章）``, ``《环境影响评价公众参与办法》（生态环境部令第4号）``):
right above a notice's headline, the law the notice is made under (its kicker), not the headline; a page whose headline
is the law's name has no other headline line right under it."""


def _jump_tail_above_headline(st: _State, zones: list[str], i: int) -> bool:
    """Whether block ``i``, the first of the body, is the end of an article
    continued from another page (its ``（上接1版）`` already gone) standing
    above the page's own headline: one paragraph of prose in the head, then a
    short line without a full stop over a byline or a date line."""
    if i == 0 or zones[i - 1] == "core" or st.labels[i] is not None or not st.prose[i] or i + 2 >= st.n:
        return False
    head = st.texts[i + 1]
    lo, hi = st.config.title_chars
    return zones[i + 1] == "core" and st.labels[i + 1] is None and lo <= st.size[i + 1] <= hi \
        and "。" not in head and not st.sentence[i + 1] \
        and (parse_byline(st.texts[i + 2]) is not None or _JUMP_PAGE_BYLINE.match(st.texts[i + 2]) is not None)


_JUMP_PAGE_BYLINE = regex.compile(r"^[ \t\u3000]{0,4}(?:(?:本报|本報)?(?:记者|記者|见习记者|見習記者|通讯员|通訊員)[ \t\u3000]{0,2}(?P<name>\p{Han}{2,4})"
                                  r"(?:[ \t\u3000]{1,4}\p{Han}{2,5}[ \t\u3000]{0,2}\p{Han}{2,4})*|(?P<name>\p{Han}{2,4}))[ \t\u3000]{0,4}$")
"""A byline under a headline in its plainest forms: a reporter's credit (``记者　万思齐　通讯员　鲁晓峰``)
or the writer's name alone (``郑书航``)."""


def _deck_under_headline(headline: str, deck: str) -> bool:
    """Whether ``deck``, the longer line between ``headline`` and a news
    report's byline, is the headline's deck (副题): a clause split by a comma
    (``改造后的老菜场保留骑楼、引入小吃，成为打卡地``) under a headline without
    one (``老菜场变身“城市会客厅”``); a kicker over the headline has its comma
    above, not below.

    >>> _deck_under_headline("老菜场变身“城市会客厅”", "改造后的菜场保留老骑楼、引入非遗小吃，成为市民游客打卡地")
    True
    >>> _deck_under_headline("聚焦高质量发展，", "我市新签约项目47个")
    False
    """
    return ("，" in deck or "," in deck) and not any(c in headline for c in "，,：:") \
        and not deck.rstrip().endswith(("，", ",")) and len(deck) > len(headline)

def _stacked_headline(st: _State, cands: list[int], c: int) -> bool:
    """Whether the line above ``c`` is the headline of a three-tier title (引题 / 主题 /
    副题: ``抢抓春季黄金期　奋力冲刺“开门红”`` / ``我市一季度重大项目集中开工`` /
    ``总投资达126.5亿元``) when ``c``, right above the date/source line, is shorter
    than a line above it: the three lines stand one under the other, each a title of
    one line, and the middle one is longer than the deck under it."""
    k = cands.index(c)
    return k >= 2 and cands[k - 1] == c - 1 and cands[k - 2] == c - 2 and st.size[c - 1] > st.size[c] \
        and all(st.labels[j] is None and _title_span(st, j) == 1 for j in (c - 2, c - 1)) \
        and not any(_table_row(st.texts[j]) for j in (c - 2, c - 1, c))  # a record's rows (| 字段 | 值 |) stack too


_FORUM_FAMILY = "forum/"
"""The rules of forum and Q&A furniture (``data/rules/forum.toml``)."""
_REPOST_TAG = regex.compile(r"^\W{0,2}[\[【［]\s{0,2}(?:转帖|转贴|转载|转发|轉貼|轉帖|轉載|轉發)\s{0,2}[\]】］]")
"""A forum thread's repost tag before its title (``[转帖]``, ``【转载】``, ``[轉貼]``)."""


def _drop_thread_title(st: _State, cands: list[int]) -> list[int]:
    """The headline candidates without a forum thread's title (``[转帖] 区人社局：…申领公告``, a
    title in a thread whose first post a header or floor opened, or under the board's or Q&A site's
    furniture: 只看楼主　收藏　回复, 关注问题　写回答) when the reposted document's own title
    (``关于…的公告``) stands below it: the document's title is the headline."""
    if len(cands) < 2:
        return cands
    own = next((c for c in cands[1:] if ends_with_document_kind(st.texts[c])), None)
    if own is None or not (st.thread or _REPOST_TAG.match(st.texts[cands[0]]) is not None
                           or any(lab is not None and lab.rule.startswith(_FORUM_FAMILY) for lab in st.labels[:own])):
        return cands
    return [c for c in cands if c >= own]


_NEWS_OPENING = regex.compile(r"^[ \u3000]*(?:[【\[［]\s{0,2})?(?:本报讯|本报消息|本刊讯|本台讯|本报[（(]?记者|本报通讯员)")
"""The opening of a newspaper report (``本报讯``, ``本报记者 …``): the line above it closes the headline."""


def _headline_above_dateline(st: _State, title_shaped: frozenset[int], first: int) -> bool:
    """Whether the headline ``first`` goes on in the next line, which stands
    right above the report's opening (``城关镇手工业合作社`` / ``提前完成第一季度生产计划`` /
    ``　　本报讯　…``): a paper's headline set on two lines, as a scanned or
    e-paper page gives it; a section's name above it is no half (a short label)."""
    nxt = first + 1
    return nxt + 1 < st.n and nxt in title_shaped and st.labels[first] is None and st.labels[nxt] is None \
        and not _short_label(st, first) and _NEWS_OPENING.match(st.texts[nxt + 1]) is not None \
        and not _deck_below_headline(st.texts[first], st.texts[nxt])


_HEADLINE_HALVES_MAX = 24
"""Most characters of a paper's headline set on two lines, both halves together (``城关镇手工业合作社`` /
``提前完成第一季度生产计划``, 21): two longer lines are a headline and its deck."""
_DECK_INNER_MARK = regex.compile(r"\S[ \u3000，,；;]\S")
"""A mark between two phrases inside a line (``总投资586亿元　涉及…``, ``…按楼层分摊,财政…``): a deck, not a headline's half."""


def _deck_below_headline(upper: str, lower: str) -> bool:
    """Whether ``lower`` is the deck under the headline ``upper`` (a subtitle of
    its own) rather than the headline's second half: the two run longer than a
    headline does, or the lower one joins two phrases with a space or comma.

    >>> _deck_below_headline("城关镇手工业合作社", "提前完成第一季度生产计划")
    False
    >>> _deck_below_headline("政府推出长者医疗券大湾区先导计划", "合资格长者可于九间指定医院使用")
    True
    >>> _deck_below_headline("全市项目集中开工", "总投资586亿元　涉及先进制造等领域")
    True
    """
    a, b = upper.strip(), lower.strip()
    return len(a) + len(b) > _HEADLINE_HALVES_MAX or _DECK_INNER_MARK.search(b) is not None


_DASH_BROKEN = regex.compile(r"\p{Han}[ \u3000]{0,2}(?:——|—|--|－－)[ \u3000]{0,2}$")
"""A headline's first line that ends with the dash before its second part (``守护绿水青山——`` / ``…侧记``)."""


def two_line_title_named_above(st: _State, upper: int) -> bool:
    """Whether the headline is broken over block ``upper`` and the one below
    it (``坚持系统观念`` / ``推进长江岸线生态修复``) rather than a kicker
    above the headline: a line above them, the page's title or its trail
    (``坚持系统观念 推进长江岸线生态修复_皖江市政协网``, ``首页 > 媒体聚焦 >
    坚持系统观念推进…``), names both halves as one, spaces aside."""
    joined = "".join((st.texts[upper] + st.texts[upper + 1]).split())
    return any(joined in "".join(st.texts[j].split()) for j in range(upper) if st.labels[j] is not None)


_NEWS_APP_SITE_NAME = regex.compile(r"^[\p{Han}A-Za-z0-9+]{2,8}(?:[·・•][\p{Han}A-Za-z0-9+]{2,8})?$")
"""A short name standing alone (``齐鲁壹点``, ``读特``), or a paper's and its app's joined by a dot (``羊城晚报·羊城派``)."""


_PRINTED_TITLE_PART_MAX = 24
"""The longest section or site name a page's ``<title>`` adds after its headline."""


def _page_title_below(st: _State, title: int) -> None:
    """The page's ``<title>`` on a line of its own below the headline: the
    headline joined by ``_``, ``|`` or a dash to the section and site names,
    the last a site's (``关于…的通知_临川市人民政府``, ``…的通知-北坪市政府``). A
    browser prints it over every page of a page printed to PDF, so it falls
    between the lines of a paragraph; it goes wherever it stands, and the
    paragraph runs on across it. A line that goes on from the headline in
    words (``…的通知》的解读``) or names no site stays."""
    head = st.texts[title].strip()
    if len(head) < _PRINTED_TITLE_MIN:
        return
    for i in range(title + 1, st.n):
        t = st.texts[i]
        if not t.startswith(head) or st.labels[i] is not None:
            continue
        sep = _AFTER_HEADLINE.match(t, len(head))
        if sep is None:
            continue
        parts = [part.strip() for part in _PAGE_TITLE_PARTS.split(t[sep.end() - 1 :].strip())]
        if parts and all(0 < len(part) <= _PRINTED_TITLE_PART_MAX and _CLAUSE_END.isdisjoint(part) for part in parts) \
                and _SITE_NAME_END.search(parts[-1]) is not None:
            st.labels[i] = BlockLabel("slogan", "slogan/page-title-below",
                                      "site slogan: the page's title (headline, section and site names) below the "
                                      "headline, as a browser prints it over each printed page")


_PRINTED_TITLE_MIN = 6
"""The shortest headline whose page title is looked for below it (a shorter one may open a body line)."""
_CLAUSE_END = frozenset("。！？!?；;，,：:")
"""Marks no part of a page's title holds (a line that holds one goes on in words)."""
_PAGE_TITLE_PARTS = regex.compile(r"[ \t\u3000]{0,2}[_|｜\-–—]{1,2}[ \t\u3000]{0,2}")
"""What joins the section and site names after a page title's headline."""


def _news_app_site_name_again(st: _State, title: int) -> None:
    """A short name alone on a line above the headline that the page names
    again in a news app's furniture below the headline (its byline
    ``齐鲁晚报·齐鲁壹点 记者 …``, its app teaser ``打开齐鲁壹点，查看更多``)
    is the app's own name, not a kicker of the story; so is a paper's name
    joined by a dot to its app's (``羊城晚报·羊城派``) when the teaser names
    either. A site's name said
    again only in its footer (``南岭区文化馆`` / ``南岭区文化馆主办``) stays:
    a government page's heading is kept when unsure."""
    for i in range(title):
        name = st.texts[i].strip()
        if st.labels[i] is not None or _NEWS_APP_SITE_NAME.match(name) is None:
            continue
        parts = [part for part in regex.split(r"[·・•]", name) if st.joined.count(part) >= 2]
        if any(part in st.texts[j] and _news_app_furniture(st.labels[j]) for j in range(title + 1, st.n) for part in parts):
            st.labels[i] = BlockLabel("slogan", "slogan/news-app-site-name-again",
                                      "site slogan: the site's or app's name above the headline, named again in "
                                      "the furniture below it")


_NEWS_APP_ACCOUNT = regex.compile(r"^[\p{Han}A-Za-z0-9+·]{2,10}(?:融媒体中心|融媒|发布|释出|日报|晚报|新闻|客户端|网|频道|电视台)$")
"""A media account's or outlet's name (``临平融媒``, ``青溪发布``, ``临湖新闻``)."""


_NEWS_APP_POSTED = "label-table/news-app-posted-time"
"""The rule that takes a news app's posting time without a year (``昨天 10:22 · …官方账号``)."""


def _news_app_account_under_headline(st: _State, title: int) -> None:
    """A media account's name alone between the headline and a line that
    dates the page with no source of its own (``临平区优化便民生活圈`` /
    ``临平融媒`` / ``2024-11-09``), or tells when the account posted it
    without a year (``昨天 10:22 · …官方账号``), is who posted it: the
    page's source (even when a rule took it for the app's name alone,
    ``slogan/media-app-name``)."""
    below = title + _title_span(st, title)
    if below + 1 >= st.n:
        return
    named = st.labels[below]
    if (named is not None and named.rule != "slogan/media-app-name") or _NEWS_APP_ACCOUNT.match(st.texts[below].strip()) is None:
        return
    dated = st.labels[below + 1]
    if dated is None or dated.label != "metadata" or "source" in dated.fields \
            or ("date" not in dated.fields and dated.rule != _NEWS_APP_POSTED):
        return
    st.labels[below] = _account_name(st.texts[below].strip())


_NEWS_APP_FURNITURE_RULES = ("tools/app-teaser", "tools/back-to-portal")


def _news_app_furniture(lab: BlockLabel | None) -> bool:
    """Whether ``lab`` removes a news app's furniture that names the app: a
    teaser to open it, or a reporter's byline."""
    return lab is not None and (lab.rule in _NEWS_APP_FURNITURE_RULES or
                                (lab.label in ("metadata", "byline") and "author" in lab.fields))


_COLUMN_NAME = regex.compile(r"^\p{Han}{2,4}(?:动态|新闻|消息|要闻|快讯|资讯|聚焦|公告|公报|时光|動態|新聞|要聞|快訊|資訊|公報|時光)$")
"""A site's column named in a few characters (``最新消息``, ``本地新闻``, ``政务动态``, ``新聞公報``)."""
_COLUMN_NAME_LABEL = BlockLabel("navigation", "navigation/column-name",
                                "navigation: the name of the site's column right above a headline that its date "
                                "line confirms (最新消息, 本地新闻)")


def _dated_letterheads(st: _State) -> None:
    """A bulletin's or document's name right above the page's date line
    (``全县防汛工作快报`` / ``发布时间：2024-06-01``) is the page's headline, not
    a letterhead: the rule's label (``slogan/letterhead``) is taken back. A
    letterhead stands above an issue line, a document number or the title."""
    for i in range(st.n - 1):
        lab = st.labels[i]
        if lab is not None and lab.rule == "slogan/letterhead":
            below = st.labels[i + 1]
            if below is not None and below.label == "metadata" and "date" in below.fields:
                st.labels[i] = None


_LETTERHEAD = regex.compile(r"^\p{Han}{2,30}?(?:文件|简报|專報|专报|快报|快報|簡報)$")
"""An official document's letterhead (``青山县人民政府办公室文件``) or a bulletin's
name (``工　作　简　报``, letter spacing removed)."""


def _drop_joint_letterhead(st: _State, cands: list[int]) -> list[int]:
    """The title candidates without a jointly issued document's red head: two
    or three agencies' bare names on lines of their own, one under the other
    (``吴兴市发展和改革委员会`` / ``吴兴市市场监督管理局``, the last maybe with
    ``文件``), right above the title that opens with 关于 (``关于公布…的通知``).
    One agency's name above 关于 is the title's first half (:func:`_issuer_half`).

    >>> st = _State(["吴兴市发展和改革委员会", "吴兴市市场监督管理局", "关于公布城区幼儿园收费标准的通知",
    ...              "各县区发展改革局："], load_rules(), ClassifyConfig())
    >>> _drop_joint_letterhead(st, [0, 1, 2]), _drop_joint_letterhead(st, [1, 2])
    ([2], [1, 2])
    >>> st.labels[1] = BlockLabel("slogan", "slogan/letterhead", "x")
    >>> _drop_joint_letterhead(st, [0, 2])
    [2]
    """
    if len(cands) < 2:
        return cands
    j = cands[0]  # the red head's lines: unlabelled names, or the last one taken as a letterhead (…局文件)
    while j < min(st.n, cands[0] + 3) and _BARE_AGENCY.match("".join(st.texts[j].split())) is not None \
            and _rule_of(st, j) in ("", "slogan/letterhead"):
        j += 1
    if j - cands[0] < 2 or j not in cands or not st.texts[j].lstrip().startswith("关于"):
        return cands
    return [c for c in cands if c >= j]


def _drop_letterheads(st: _State, cands: list[int]) -> list[int]:
    """The title candidates without the letterheads above a later one: the
    red-headed ``…人民政府文件`` or a bulletin's ``工　作　简　报`` names the
    series, not the document (it stays in the text)."""
    return [c for n, c in enumerate(cands)
            if n + 1 == len(cands) or _LETTERHEAD.match("".join(st.texts[c].split())) is None]


_TRAIL_ROWS = frozenset({"navigation/link-row", "tools/disclosure-section-links"})
"""Rules of a row of the site's own links that stands as its trail."""


def _is_trail(label: BlockLabel | None) -> bool:
    """Whether ``label`` marks the site's trail: a breadcrumb or a row of navigation links
    (a disclosure portal's row of its sections, ``信息公开指南 | 依申请公开``, is one)."""
    return _is(label, "breadcrumb") or (label is not None and label.rule in _TRAIL_ROWS)


def _menu_row(st: _State, i: int) -> bool:
    """Whether block ``i`` is a site's menu that the footer rule took for its
    links, having two of them (``集团首页　关于我们　新闻资讯 … 联系我们``): a
    row of navigation labels, the site's trail when it sits above the headline."""
    lab = st.labels[i]
    return lab is not None and lab.rule == "footer/site-footer-dense" and shape.nav_items(st.texts[i]) is not None


def _channel_row(st: _State, i: int) -> bool:
    """Whether block ``i`` is a row of the site's channels that ends with a
    more-link, taken as such (``推荐　国内　国际　财经　更多»``): the site's
    navigation, a trail like a row of links."""
    lab = st.labels[i]
    return lab is not None and lab.rule == "related/more-link" and shape.nav_items(st.texts[i]) is not None


_SITE_SWITCH = regex.compile(r"(?:^|[\s|｜/·])(?:English|EN|繁體?|繁体|简体?|簡體?|无障碍|無障礙|长者|長者|关怀|關懷|登录|登入|注册|註冊)")
"""A switch of the whole site (language, script, accessibility, login), not of the article."""


def _site_switches(st: _State, i: int) -> bool:
    """Whether block ``i`` is a row of site tools with a switch of the whole
    site (``English | 繁 | 简``, ``无障碍 | 登录``): the site's header, which
    sits above the headline like a trail (a row of article tools may sit
    under it)."""
    lab = st.labels[i]
    return lab is not None and lab.rule.startswith("tools/page-actions") and _SITE_SWITCH.search(st.texts[i]) is not None


_CHANNEL_NAME_CHARS = 8
"""The longest line between a site's name and its trail read as a channel's name (``政策文件``, ``政府信息公开``)."""


def _drop_above_trail(st: _State, cands: list[int]) -> list[int]:
    """The candidates below the site's trail: the headline comes after it, and
    names above a breadcrumb or navigation row (the site's, its section's:
    ``中共临湖市纪律检查委员会`` / ``清风临湖`` / ``首页 要闻 …``) are no
    title; short ones, with only noise (or a table label's value, or a metadata row: a mailbox's
    ``案件编号：…　陈情日期：…`` above its subject) or other such
    names down to the next candidate, are labelled slogans. A trail beyond the
    second candidate counts only above the first metadata line (a row of links
    under the date line is no trail)."""
    if len(cands) < 2:
        return cands
    meta = next((i for i in range(cands[0], cands[-1]) if _is(st.labels[i], "metadata")), cands[-1])
    last = next((i for i in range(max(cands[1], meta) - 1, cands[0], -1)
                 if _is_trail(st.labels[i]) or _site_switches(st, i) or _channel_row(st, i)
                 or _menu_row(st, i)), None)
    if last is None:
        return cands
    sites = [c for c in cands if c < last]
    rest = [c for c in cands if c > last]
    # a short name that is no headline candidate between the site's name and its trail (宁远区人民政府 / 政策文件 /
    # 首页 >> 政策文件 >> …): the channel's, as the site's name above it is
    short = [j for j in range(cands[0] + 1, last) if st.labels[j] is None and j not in sites
             and st.size[j] <= _CHANNEL_NAME_CHARS and not st.sentence[j]]
    # the site's host line under its name (主办：…　承办：…), and a banner between its navigation row and its
    # breadcrumb (首页 | 反诈动态 | … / 接到96110来电请务必接听! / 当前位置：…), whose lines are the header's
    hosts = [j for j in range(cands[0] + 1, last) if st.labels[j] is None and j not in short and _host_line(st, j)]
    banners = _banners_between_trails(st, cands[0], last) if rest else []
    named = False
    for site in sites:
        if st.size[site] <= 24 and all(st.labels[j] is not None or j in sites or j in short or j in hosts
                                       or j in banners or _label_value(st, j) or st.is_meta(j)
                                       for j in range(site + 1, rest[0])):
            st.labels[site] = BlockLabel("slogan", "slogan/site-name-above-trail",
                                         "site slogan: a name above the site's navigation or breadcrumb, not the headline")
            named = True
    for j in short if named else ():
        st.labels[j] = BlockLabel("slogan", "slogan/site-name-above-trail",
                                  "site slogan: a channel's short name between the site's name and its trail")
    # a short name with its Latin spelling at the very top, above the site's name (守网者 CyberDefender /
    # 香港警务处…科 / 主页 > …): no headline candidate, the site's as the name under it is
    for j in range(cands[0]) if named else ():
        if st.labels[j] is None and st.size[j] <= 24 and not st.sentence[j] and "。" not in st.texts[j]:
            st.labels[j] = BlockLabel("slogan", "slogan/site-name-above-trail",
                                      "site slogan: a name above the site's name and its trail, not the headline")
    for j in hosts if named else ():
        st.labels[j] = BlockLabel("slogan", "slogan/site-name-above-trail",
                                  "site slogan: the site's host and operator line under its name, above its trail")
    for j in banners:
        st.labels[j] = BlockLabel("slogan", "slogan/banner-between-trails",
                                  "site slogan: a banner between the site's navigation row and its breadcrumb, above the headline")
    return rest


def _host_line(st: _State, i: int) -> bool:
    """Whether block ``i`` names who hosts and runs the site (``主办：…　承办：…``),
    as its footer does: the site's header when it stands above the trail."""
    if st.sentence[i]:
        return False
    rule = _rule(st.rules, "footer/site-footer")  # None when a user's rules switched it off
    return rule is not None and st.hit(i, rule) is not None


_BANNER_MAX_CHARS = 40
"""The longest banner read between a site's navigation row and its breadcrumb."""


def _banners_between_trails(st: _State, first: int, last: int) -> list[int]:
    """The unlabelled blocks between the site's first trail row (its navigation) and
    its last (its breadcrumb) above the headline: a campaign's banner or hotline
    (``接到96110来电请务必接听！``, ``珍爱生命　远离毒品　|　禁毒举报电话：…``), short and with no full stop."""
    top = next((i for i in range(first, last) if _is_trail(st.labels[i]) or _menu_row(st, i)), None)
    if top is None:
        return []
    return [j for j in range(top + 1, last) if st.labels[j] is None and st.size[j] <= _BANNER_MAX_CHARS
            and "。" not in st.texts[j] and not _label_value(st, j)]


_TRAIL_SPLIT = regex.compile(r"[\s|｜丨¦>»＞›→/／:：·•]+")
_TRAIL_REPEAT_MAX = 16


_FILING_FIELDS = frozenset({"index_number", "agency", "doc_number", "topic", "valid"})
"""Fields of a disclosure page's filing table (索引号, 发布机构, 文号), which may stand above the headline."""


def _above_meta(st: _State, i: int) -> bool:
    """Block ``i`` sits right above the page's date line (not a filing
    table's): it is the headline, even when it names the trail's column
    again (``开庭公告``)."""
    below = st.labels[i + 1] if i + 1 < st.n else None
    return _is(below, "metadata") and below is not None and "date" in below.fields \
        and not below.fields.keys() & _FILING_FIELDS


def _column_page_title(st: _State, i: int, cands: list[int], last_item: str) -> bool:
    """Whether candidate ``i``, which names the breadcrumb's last item again, is the
    title of a column's own page (``领导之窗``, ``下属单位``, ``组织架构`` under
    ``首页 > 机构设置 > 下属单位``): the body opens right under it (the next line
    not found to be noise is no headline candidate), where an article's headline
    would follow a column's name."""
    if not last_item or st.texts[i].strip() != last_item:
        return False
    nxt = next((j for j in range(i + 1, st.n) if st.labels[j] is None), None)
    return nxt is not None and nxt not in cands


def _person_page_title(st: _State, i: int) -> bool:
    """Whether block ``i``, a name the site's menu of leaders holds too (``局领导：黄建国 | 许丽萍``),
    is the headline of that person's own page: one of the next three blocks not found to be
    noise opens the text with the name (``黄建国，男，汉族，…``)."""
    name = st.texts[i].strip()
    if not is_person_name(name):
        return False
    below = [j for j in range(i + 1, st.n) if st.labels[j] is None][:3]
    return any(st.texts[j].lstrip().startswith((name + "，", name + ",", name + "（", name + "(")) for j in below)


def _drop_trail_repeats(st: _State, cands: list[int]) -> list[int]:
    """The candidates but the short lines above the last one that name a
    column of the site's trail again (``通知公告`` under ``首页 > 政务公开 >
    通知公告``, ``政务公开 | 政策文件`` under a row holding 政务公开), which
    are labelled navigation; not the line right above the date line, which is
    the headline (a hearing notice titled ``开庭公告`` under ``司法公开 > 开庭公告``)."""
    words: set[str] = set()
    last_item = ""
    for i in range(cands[-1]):
        if _is_trail(st.labels[i]):
            items = [w for w in _TRAIL_SPLIT.split(st.texts[i]) if w]
            words.update(items)
            last_item = items[-1] if items and _is(st.labels[i], "breadcrumb") else ""
        elif words and st.labels[i] is None and st.size[i] <= _TRAIL_REPEAT_MAX and not _above_meta(st, i) \
                and not _column_page_title(st, i, cands, last_item) and not _person_page_title(st, i):
            items = [w for w in _TRAIL_SPLIT.split(st.texts[i]) if w]
            if items and all(len(w) <= 8 for w in items) and any(w in words for w in items):
                st.labels[i] = BlockLabel("navigation", "navigation/trail-repeat",
                                          "navigation: a column name above the headline that the site's navigation "
                                          "or breadcrumb names")
    return [c for c in cands if st.labels[c] is None]


_ACCOUNT_NAME_RULE = "meta/account-name"


def _account_name(name: str) -> BlockLabel:
    return BlockLabel("metadata", _ACCOUNT_NAME_RULE,
                      "metadata: the name of the account that posted the page, repeated on the date line below it",
                      {"source": name})


_REPEATED_NAME_CHARS = 16
"""The longest name a WeChat page repeats on two lines (its author and its account)."""


def _repeated_name(st: _State, c: int) -> bool:
    """Whether block ``c`` is a short name the line above says already: a
    WeChat page names its author and its account, often the same
    (``青溪发布`` / ``青溪发布``), above the date line."""
    return 0 < c and st.size[c] <= _REPEATED_NAME_CHARS and st.texts[c - 1].strip() == st.texts[c].strip()


def _drop_repeated_names(st: _State, cands: list[int]) -> list[int]:
    """The candidates without the first of two like names (see
    :func:`_repeated_name`) standing right above the date line, which is
    labelled the account's name. Two like lines with no date line below them
    are a headline said twice (a page title above the article's), not an
    account."""
    repeated = [c - 1 for c in cands if c - 1 in cands and _repeated_name(st, c) and _above_dated_line(st, c)]
    if not repeated or len(repeated) == len(cands):
        return cands
    for c in repeated:
        st.labels[c] = _account_name(st.texts[c].strip())
    return [c for c in cands if c not in repeated]


def _above_dated_line(st: _State, c: int) -> bool:
    """Whether block ``c`` stands right above a metadata line or byline; not
    an official's byline (``青田县县长 林海峰``), which signs a speech whose
    headline a document site says twice, not an account."""
    below = st.labels[c + 1] if c + 1 < st.n else None
    return _is(below, "metadata") or (_is(below, "byline") and not _news_app_signed_by_official(below))


def _news_app_signed_by_official(label: BlockLabel | None) -> bool:
    """Whether byline ``label`` names its author with an office (``author_role``:
    县长, 区委书记), not a press role (本报记者, 通讯员)."""
    role = label.fields.get("author_role") if label is not None else None
    return isinstance(role, str) and not any(word in role for word in ("记者", "記者", "通讯员", "通訊員", "编辑", "編輯"))


def _below_account_name(st: _State, cands: list[int], c: int, below: int) -> int:
    """The headline when candidate ``c`` above the date line ``below`` is the
    account that posted the page, named again on that line
    (``青溪县融媒体中心`` / ``2024-05-03 08:12·青溪县融媒体中心``), on the
    line above it (:func:`_repeated_name`) or on the WeChat header line right
    under the next candidate (``青溪教育发布`` / ``2025年07月15日 18:30 山东`` /
    headline / ``原创 青溪教育发布``): the next candidate, right below the date
    line; else ``c``."""
    after = [d for d in cands if d > below]
    if not after or not (_named_again(st, c, below + 1) or _repeated_name(st, c)
                         or _named_on_wechat_header(st, c, after[0])) \
            or any(lab is None for lab in st.labels[below + 1 : after[0]]):
        return c
    st.labels[c] = _account_name(st.texts[c].strip())
    return after[0]


def _named_on_wechat_header(st: _State, c: int, headline: int) -> bool:
    """Whether the short line ``c`` is named again on the WeChat header line
    right under candidate ``headline`` (``原创 青溪教育发布 青溪教育发布``)."""
    j = headline + _title_span(st, headline)
    return st.size[c] <= _REPEATED_NAME_CHARS and j < st.n and (lab := st.labels[j]) is not None \
        and lab.rule == _WECHAT_HEADER and st.texts[c].strip() in st.texts[j]


def _label_account_above(st: _State, headline: int, dateline: int) -> None:
    """Label the line right above ``headline`` the account's name when it is
    a short line that the WeChat header line below the headline names again
    (``桑溪市场监管`` / headline / ``原创 桑溪市场监管 …``); a site's name above a
    news site's date line (``湾区财讯`` / headline / ``湾区财讯　2026-08-14``) stays
    a heading; so is the name set above the date line over the headline
    (``青溪教育发布`` / ``2025年06月28日 20:15 浙江`` / headline / ``原创 青溪教育发布``)."""
    e = headline - 1
    if e < 0 or (lab := st.labels[dateline]) is None or lab.rule != _WECHAT_HEADER:
        return
    if e > 0 and (up := st.labels[e]) is not None and up.label == "metadata" and "date" in up.fields:
        e -= 1
    if st.labels[e] is None and st.size[e] <= _REPEATED_NAME_CHARS and _named_again(st, e, dateline + 1):
        st.labels[e] = _account_name(st.texts[e].strip())


def _named_again(st: _State, c: int, upto: int) -> bool:
    """Whether the text of block ``c`` is named again on a metadata line
    between it and block ``upto`` (an account's name beside the date), not as
    the category a disclosure table files the page under (``信息分类：统计公报``)."""
    name = st.texts[c].strip()
    return any(name in st.texts[j] and _is(lab := st.labels[j], "metadata") and lab is not None
               and lab.fields.get("topic") != name for j in range(c + 1, upto))


def _issue_number_below(st: _State, i: int) -> bool:
    """Block ``i`` is an issuing header above its number: an order's (``第286号``),
    or an agency's bare name above a line that gives the document's number
    and nothing else (``南发改投〔2024〕42号``)."""
    if _ISSUE_NUMBER.match(st.texts[i + 1]):
        return True
    lab = st.labels[i + 1]
    return lab is not None and lab.fields.keys() == {"doc_number"} and _BARE_AGENCY.match(st.texts[i]) is not None


_AGENCY_OR_ASSOCIATION = regex.compile(
    r"^\p{Han}{2,24}?(?:人民政府|委员会|办公室|办公厅|政府|局|厅|协会|学会|商会|联合会|总会)$")
"""An agency's or an association's bare name (``江北市优化营商环境工作领导小组办公室``, ``江州市建筑业协会``)."""


def _signed_letterhead(st: _State, title: int | None) -> None:
    """The page's first line, an agency's bare name right above a line that gives
    the document's number and nothing else, and signed again word for word under
    the text (``永宁区司法局`` / ``永司〔2025〕3号`` / ``关于…的报告`` … ``永宁区司法局``):
    the red head of a notice taken from its PDF, not a line of the text. The
    signature keeps the name; without it, or with the name set again under the
    number as the title's first half (``…局`` / ``关于…的批复``), the line stays.

    >>> st = _State(["永宁区司法局", "永司〔2025〕3号", "关于2024年度法治政府建设情况的报告", "区人民政府：",
    ...              "　　现将我局2024年度法治政府建设情况报告如下。", "永宁区司法局", "2025年1月20日"],
    ...             load_rules(), ClassifyConfig())
    >>> st.labels[1] = BlockLabel("metadata", "meta/metadata-line", "x", {"doc_number": "永司〔2025〕3号"})
    >>> _signed_letterhead(st, 2)
    >>> st.labels[0].rule
    'slogan/signed-letterhead'
    >>> st.labels[0] = None
    >>> st.texts[5] = "永宁区人民政府"
    >>> _signed_letterhead(st, 2)
    >>> st.labels[0] is None
    True
    """
    if st.n < 4 or st.labels[0] is not None or title == 0:
        return
    name = "".join(st.texts[0].split())
    lab = st.labels[1]
    if lab is None or lab.fields.keys() != {"doc_number"} or _AGENCY_OR_ASSOCIATION.match(name) is None \
            or "".join(st.texts[2].split()) == name:
        return  # the name set again under the number opens the title (…局 / 关于…的批复): that layout keeps it
    if any(st.labels[j] is None and "".join(st.texts[j].split()) == name for j in range(3, st.n)):
        st.labels[0] = BlockLabel("slogan", "slogan/signed-letterhead",
                                  "site slogan: an agency's name above its document's number, signed again under the "
                                  "text (the red head of a notice taken from its PDF)")


def _issuer_half(st: _State, i: int) -> bool:
    """Block ``i`` is an agency's bare name (``青山县人民政府办公室``) set on
    its own line above the rest of an official title (``关于印发…的通知``),
    under the document's red head (its letterhead ``…文件`` or its number
    ``青政办〔2024〕15号`` above), or above a gazette's title that has its
    number on the line below it: the title's first half, not a letterhead."""
    if i + 1 >= st.n or not st.texts[i + 1].lstrip().startswith("关于") or st.labels[i + 1] is not None \
            or _BARE_AGENCY.match(st.texts[i]) is None or st.texts[i].strip().endswith("文件"):
        return False  # the cheap tests first
    after = i + 1 + (title_lines(st.texts[i + 1 : i + 4]) or 1)
    if after < st.n and (lab := st.labels[after]) is not None and lab.fields.keys() == {"doc_number"}:
        return True
    return any(_LETTERHEAD.match("".join(st.texts[j].split())) is not None
               or (lab is not None and "doc_number" in lab.fields) for j, lab in enumerate(st.labels[:i]))


_LETTER_SPACED = regex.compile(r"(?:\p{Han}[ \u3000]){3,}\p{Han}[ \u3000\p{Han}]*")
"""A line read letter by letter, a space after each character (``江 澜 省 人 民 委 员 会 关 于``), as OCR gives a scan's title."""


def _unspaced(line: str) -> str:
    """``line`` without the spaces between its characters when it is read
    letter by letter (see ``_LETTER_SPACED``), else as it is.

    >>> _unspaced("关 于 做 好 农 田 水 利 工 作 的 指 示"), _unspaced("第一节　农田水利")
    ('关于做好农田水利工作的指示', '第一节　农田水利')
    """
    text = line.strip()
    return "".join(text.split()) if _LETTER_SPACED.fullmatch(text) else line


_MINUTES_KIND = regex.compile(r"^[ \u3000]{0,4}(?:会议|會議)?(?:纪要|紀要|纪录|紀錄|记录|記錄)[ \u3000]{0,4}$")
"""A line naming only the kind of a meeting's record (``会议纪要``, ``纪录``), under the name of
the body that met: the second half of the record's title."""
_MINUTES_BODY_CHARS = 24
"""The longest name of a body that met, over the kind of its record."""


def _title_span(st: _State, i: int) -> int:
    """How many blocks the headline that starts at block ``i`` takes: an
    official title broken over lines (``…关于印发…`` / ``…的通知``, see
    :func:`govtext.rejoin.titles.title_lines`) takes two or three, when no rule
    labelled its other lines; the agency's name above one (:func:`_issuer_half`)
    one more; any other, one."""
    if "关于" not in st.texts[i]:
        if "关 于" in st.texts[i] and _LETTER_SPACED.fullmatch(st.texts[i].strip()):
            n = title_lines([_unspaced(t) for t in st.texts[i : i + 3]])  # a scan's title read letter by letter
            return 1 if n is None or any(lab is not None for lab in st.labels[i + 1 : i + n]) else n
        if i + 1 < st.n and ((below := st.labels[i + 1]) is None or below.rule == "navigation/trail-repeat") \
                and st.size[i] <= _MINUTES_BODY_CHARS \
                and _MINUTES_KIND.match(st.texts[i + 1]) is not None:
            return 2  # a committee's name over the kind of its record (环境事务委员会 / 会议纪要), even when the
            # site's menu names that kind too
        return 1 + _title_span(st, i + 1) if _issuer_half(st, i) else 1
    n = title_lines(st.texts[i : i + 3])
    if n is None or any(lab is not None for lab in st.labels[i + 1 : i + n]):
        return 1
    return n


_DATE_START = regex.compile(r"^[\d〇○零一二]{2}")
_BARE_AGENCY = regex.compile(r"^\p{Han}{2,16}?(?:人民政府|委员会|办公室|办公厅|政府|局|厅)(?:文件)?$")


def _section_label(st: _State, zones: list[str], label: int, headline: int) -> bool:
    """Candidate ``label`` is a section label or a bare agency name above the
    headline (新闻公报, 临湖市人民政府): six characters at most or an agency,
    above candidate ``headline`` (with only lines found to be noise or other
    such labels between), which is longer than each, is no dated subtitle
    (``2024年1月10日在…会议上``) and stands right above the body."""
    between = range(label + 1, headline)
    return (_short_label(st, label)
            and all(st.labels[i] is not None or _short_label(st, i) for i in between)
            and all(st.size[headline] > st.size[i] + 2 for i in (label, *between) if st.labels[i] is None)
            and _DATE_START.match(st.texts[headline]) is None
            and _opens_body(st, zones, headline + _title_span(st, headline)))


def _closing_source_line(st: _State, zones: list[str]) -> None:
    """The line right after the body that is only a bracketed publisher's name
    or a unit's bracketed ``供稿`` credit (``（临湖日报）``, ``（青溪镇人民政府　供稿）``,
    see :func:`closing_source`) names the page's source and goes, as a
    ``（来源：…）`` line there does; a labelled source in the header outranks it."""
    last = next((i for i in range(st.n - 1, -1, -1) if zones[i] == "core" and st.prose[i]), None)
    if last is None or last + 1 >= st.n or st.labels[last + 1] is not None or zones[last + 1] == "head":
        return
    text = st.texts[last + 1]
    if text.strip()[:1] not in "（(" or (org := closing_source(text)) is None:
        return
    st.labels[last + 1] = BlockLabel("metadata", "meta/closing-source", "metadata: the publisher named alone in "
                                     "brackets right after the body, or the unit credited with 供稿", {"source": org})


def _issuer_lines(st: _State, zones: list[str], title: int | None) -> None:
    """Below the headline, an agency's bare name right beside the date line
    (``2024-09-01`` / ``青溪县医疗保障局``) is the page's source when no line
    names one; so is an account's name that the date line names again
    (``湖畔观察`` / ``2024-06-03 08:15发布于浙江湖畔观察官方帐号``, also one that gives
    it as the source: ``2025-06-18 21:07:33　来源: 临沙应急管理``), that another line gives
    as the source (``来源：临安发布`` after the body), or that stands over the account's
    follow button or card (``青崖发布`` / ``粉丝数 4.8万　文章数 3126`` or ``＋关注``) or
    beside a date line that names the platform's account mark (``来源：澎湃新闻·澎湃号·政务``)."""
    if title is None:
        return
    sources = {lab.fields["source"] for lab in st.labels if lab is not None and "source" in lab.fields}
    for i in range(title + 1, st.n):
        if zones[i] != "head":
            break
        if st.labels[i] is not None:
            continue
        dated = [j for j in (i - 1, i + 1) if 0 <= j < st.n and _dated_without_source(st.labels[j])]
        if dated and _BARE_AGENCY.match(st.texts[i]):
            if any(_issued_date_line(st, k) for k in range(i + 1, min(st.n, i + 1 + _ISSUERS_ABOVE))):
                return  # it issues the document whose own date is bracketed below it (a communique's header)
            if _ends_text(st, i):
                return  # it signs the text above it (a gazette's notice over the rules it issues), no source line
            st.labels[i] = BlockLabel("metadata", "meta/issuer-line", "metadata: the agency that issued the page, "
                                      "named alone beside its date line", {"source": st.texts[i].strip()})
            return
        near = [j for j in (i - 1, i + 1) if 0 <= j < st.n and _is_metadata(lab_j := st.labels[j])
                and lab_j is not None and "date" in lab_j.fields]
        if near and (st.texts[i].strip() in sources or any(_names_account(st, i, j) for j in near)
                     or (_ACCOUNT.match(st.texts[i]) is not None and st.size[i] <= _NAME_LINE_CHARS
                         and (_follow_box(st, i + 1) or any(_PLATFORM_MARK.search(st.texts[j]) for j in near)))):
            if not dated and any(_issued_date_line(st, k) for k in range(i + 1, min(st.n, i + 1 + _ISSUERS_ABOVE))):
                return  # it issues the communique dated in brackets below it (发布者：… above it gives the same name)
            st.labels[i] = _account_name(st.texts[i].strip())
            return


_FOLLOW_WORDS = ("关注", "订阅", "粉丝", "關注", "訂閱", "粉絲")
"""Words of an account's follow button or card (``＋关注``, ``粉丝数 4.8万``)."""
_PLATFORM_MARK = regex.compile(r"(?:网易|搜狐|百家|澎湃|头条|企鹅|大鱼|一点|大风|凤凰|腾讯|新浪|頭條|企鵝|大風|鳳凰|騰訊)[号號]|官方[账帐帳][号號]")
"""A platform's mark for the accounts it hosts, on a date line (``澎湃号·政务``, ``…官方账号``)."""
_FOLLOW_BOX_CHARS = 30


def _follow_box(st: _State, j: int) -> bool:
    """Whether block ``j`` is an account's follow button or card that a rule took (``＋关注``, ``粉丝数 4.8万``)."""
    lab = st.labels[j] if j < st.n else None
    return lab is not None and lab.label not in KEPT_LABELS and st.size[j] <= _FOLLOW_BOX_CHARS \
        and any(w in st.texts[j] for w in _FOLLOW_WORDS)


def _names_account(st: _State, i: int, j: int) -> bool:
    """Block ``i`` is a short bare name (no punctuation) that the date line
    ``j`` names again beside the date (an account and its 官方账号 note)."""
    name = st.texts[i].strip()
    return 2 <= st.size[i] <= 16 and name.isalnum() and not name[0].isdigit() and name in st.texts[j]


def _dated_without_source(label: BlockLabel | None) -> bool:
    return _is_metadata(label) and label is not None and "date" in label.fields and "source" not in label.fields


def _labelled_field(st: _State, i: int) -> bool:
    """Whether block ``i`` is a labelled field, metadata's (``标题：…``) or a form's (``来信内容：``): no headline."""
    m = st.meta_line(i)
    if m is not None and bool(m.fields) and m.coverage >= st.config.meta_coverage:
        return not ("doc_number" in m.fields and (_bracketed_number_headline(st.texts[i], m.fields)
                                                  or _number_opens_headline(st.texts[i], m.fields)))
    return _FIELD_LABEL.match(st.texts[i]) is not None


_FIELD_LABEL = regex.compile(r"^\p{Han}{2,6}[:：]$")
"""A form field's label with its value on the next line (``来信内容：``)."""


def _labelled_title_line(st: _State, zones: list[str]) -> int | None:
    """The line above the body that gives the title with a label (``标题：…``), if any (not a
    search box's scope, ``[标题]``: its rule gives no values, :data:`_VALUELESS`)."""
    for i in range(st.n):
        if zones[i] not in ("head", "edge"):
            break
        if (lab := st.labels[i]) is not None and lab.rule.startswith(_VALUELESS):
            continue
        m = st.meta_line(i)
        if m is not None and isinstance(m.fields.get("title"), str) and m.coverage >= st.config.meta_coverage:
            return i
    return None


def _headline_above_facts(st: _State, c: int) -> bool:
    """Whether the title-shaped line ``c`` stands right above a date/source line or byline (a headline),
    also one a page's tools end and the tools rule took whole (``信息时间：… 阅读次数：97　【我要打印】【关闭】``)."""
    below = c + 1
    if below >= st.n:
        return False
    lab = st.labels[below]
    if _is(lab, "metadata") or _is(lab, "byline"):
        return True
    if lab is None or not lab.rule.startswith("tools/"):
        return False
    m = st.meta_line(below)
    return m is not None and "date" in m.fields


def _trail_between(st: _State, last: int, labelled: int) -> bool:
    """Whether the site's trail (a breadcrumb, a navigation row, a row of site
    switches) stands between the last title-shaped line ``last`` and the line
    ``labelled`` that gives the title with a label: every such line is the
    site's name above its trail, not the headline."""
    return any(_is_trail(st.labels[j]) or _site_switches(st, j) for j in range(last + 1, labelled))


def _labelled_title(st: _State, zones: list[str]) -> str | None:
    """The title a line above the body gives with a label (``标题：…``), if any."""
    i = _labelled_title_line(st, zones)
    m = None if i is None else st.meta_line(i)
    title = None if m is None else m.fields.get("title")
    return title if isinstance(title, str) else None


def _short_label(st: _State, i: int) -> bool:
    """Block ``i`` is six characters at most (a section label, 信息公开) or a bare agency name (临湖市人民政府)."""
    return st.size[i] <= 6 or _BARE_AGENCY.match(st.texts[i]) is not None


def _opens_body(st: _State, zones: list[str], i: int) -> bool:
    """The first block from ``i`` on that is not found to be noise is body:
    in the core, or a long line that introduces it (``以下是…的书面答复：``)."""
    while i < st.n and st.labels[i] is not None:
        i += 1
    return i < st.n and (zones[i] == "core" or (st.size[i] >= 20 and shape.has_han8(st.texts[i])))


def _drop_page_titles(st: _State, cands: list[int]) -> list[int]:
    """Label and drop the candidates that are the page's ``<title>``: another
    candidate (the headline) joined by ``_``, ``|`` or ``-`` to the section
    and site names (``市政府召开常务会议_政务动态_临湖市人民政府门户网站``), or
    two adjacent candidates, a headline broken over two lines, joined as one
    (``高质量推进“千万工程” 绘就…新画卷 - 青田湾市人民政府``)."""
    page_titles = []
    heads = [st.texts[d] for d in cands] + two_line_headlines(st, cands)
    for c in cands:
        t = st.texts[c]
        for h in heads:
            if len(h) >= len(t) or h not in t:
                continue
            if (t.startswith(h) and _AFTER_HEADLINE.match(t, len(h))) or \
                    (t.endswith(h) and _BEFORE_HEADLINE.search(t, 0, len(t) - len(h))):
                st.labels[c] = BlockLabel("slogan", "slogan/page-title",
                                          "site slogan: the page's title, the headline joined to section and site names")
                page_titles.append(c)
                break
    return [c for c in cands if c not in page_titles] if page_titles else cands


def two_line_headlines(st: _State, cands: list[int]) -> list[str]:
    """Each two adjacent candidates joined as one headline, with nothing, a
    space or a full-width space between them: how a page's ``<title>`` gives
    a headline the page breaks over two lines."""
    return [st.texts[d] + gap + st.texts[d + 1] for d in cands if d + 1 in cands for gap in ("", " ", "\u3000")]


_PAIRED_LABEL_CHARS = 12
"""The longest line read as a label with its value on the next line (``发 布 机 构：``)."""


_RECORD_HEAD_RULES = frozenset({"slogan/legislature-record-running-head", "slogan/official-bulletin-issue-stamp"})
"""Rules that find a printed record's running head or issue stamp between the lines of its text."""
_BARE_FOLIO = re.compile(r"[ \t\u3000]*[-—－–]?[ \u3000]*[0-9]{1,5}[ \u3000]*[-—－–]?[ \t\u3000]*")
"""A page's number alone on its line, maybe between dashes (``4127``, ``- 205 -``)."""


def _record_folios(st: _State) -> None:
    """A bare number on the line beside a printed record's running head or issue
    stamp (``立法会 ─ 2024年3月6日`` / ``4127``): the page's folio, furniture as
    the head is, not a figure of the text; a number with no such head beside it is
    left to the page-number finder (it may be a table's cell or a list's)."""
    heads = [i for i, lab in enumerate(st.labels) if lab is not None and lab.rule in _RECORD_HEAD_RULES]
    for i in heads:
        for j in (i - 1, i + 1):
            if 0 <= j < st.n and st.labels[j] is None and st.size[j] <= 12 and _BARE_FOLIO.fullmatch(st.texts[j]):
                head = st.labels[i]
                assert head is not None
                st.labels[j] = BlockLabel(head.label, "furniture/record-folio",
                                          "page furniture: the folio beside a printed record's running head")


_PAIRED_VALUE_RULES = ("counters/bare-count", "meta/metadata-line")
"""Rules that may have labelled a value before its label above is read: a bare count, a bare date."""


_EMPTY_CREDIT = "credits/news-app-empty-credit"
"""The rule of a credit label with no value on its line (``责任编辑：``): its value may be on the next."""
_EMPTY_CREDIT_VALUE_CHARS = 12
"""The longest value read under such a label (a name or two, not a line of text)."""


def _label_pairs(st: _State, zones: list[str], outside: list[int]) -> None:
    """A label on a line of its own above its value (``索引号`` / ``1133…/2024-00456``,
    ``信息来源`` / ``青溪县应急管理局``, ``浏览次数`` / ``356``, a credit's ``责任编辑：`` /
    ``李华`` that a scraper put on two lines), outside the body: both lines are metadata,
    and the value's line carries the fields (``outside``: the blocks outside the core, in order)."""
    last = st.n - 1
    for i in outside:
        if i >= last:
            break
        lab, value = st.labels[i], st.labels[i + 1]
        credit = lab is not None and lab.rule == _EMPTY_CREDIT
        if zones[i + 1] == "core" or st.size[i] > _PAIRED_LABEL_CHARS or st.sentence[i + 1] \
                or (lab is not None and not lab.rule.startswith("label-table/") and not credit) \
                or (value is not None and value.rule not in _PAIRED_VALUE_RULES) \
                or (credit and (value is not None or st.size[i + 1] > _EMPTY_CREDIT_VALUE_CHARS)):
            continue
        pair = parse_label_pair(st.texts[i], st.texts[i + 1])
        if pair is None:
            continue
        rule = lab.rule if lab is not None else "label-table/label-above-value"
        st.labels[i] = lab or BlockLabel("metadata", rule, "label table: a label whose value is on the next line")
        # a document's title under 名称 stays: it is the headline, unless the headline repeats it below
        if "title" not in pair.fields or _repeated_below(st, i + 1):
            st.labels[i + 1] = BlockLabel("metadata", rule, "label table: the value of the label on the line above",
                                          dict(pair.fields))


_CELL_CHARS = 12
"""The longest line read as one cell of a table set one cell per line."""
_BARE_COUNT = "counters/bare-count"
_REACTION_WORDS = frozenset({"赞", "点赞", "顶", "踩", "评论", "收藏", "分享", "转发", "在看", "喜欢", "举报", "回复", "阅读",
                             "浏览", "关注", "粉丝", "点击", "讚", "評論", "轉發", "舉報", "回覆", "閱讀", "瀏覽", "關注", "點擊"})
"""Names of a widget's counts (``赞`` / ``12`` / ``评论`` / ``3``): a run of cells holding one is no table."""


def _cell_value(st: _State, j: int) -> int:
    """1 when block ``j`` is a number a rule took for a count (``counters/bare-count``),
    2 when a date alone a rule took for a date line (``2025-01-06``), else 0."""
    lab = st.labels[j]
    if lab is None or st.size[j] > _CELL_CHARS:
        return 0
    if lab.rule == _BARE_COUNT:
        return 1
    if lab.rule == "meta/metadata-line":
        m = st.meta_line(j)
        if m is not None and m.coverage >= 1.0 and m.fields.keys() == {"date"}:
            return 2
    return 0


def _cell_line(st: _State, j: int) -> bool:
    """Whether block ``j`` may be one cell of a table set one cell per line: short,
    no sentence, and either unlabelled or a bare number or date."""
    lab = st.labels[j]
    if lab is None:
        return st.size[j] <= _CELL_CHARS and not st.sentence[j]
    return _cell_value(st, j) > 0


def _number_cells(st: _State) -> None:
    """Bare numbers and dates that are a table's cells set one per line, not a
    widget's counts or the page's date: a run of short lines holding two of
    them or more and two cells more that no rule took (``病种`` / ``发病数`` /
    ``肺结核`` / ``18`` / ``0``, a tide table's ``1日`` / ``02:14`` / ``368``, a rate
    table's ``2025-01-06`` / ``7.1876``: with dates, one of those cells holds a
    digit, so that a list of links with their dates is no table), at the
    page's edge as much as in its body, keeps them; a count alone, or beside
    chrome (``点赞`` / ``12``, a label above its value), still goes."""
    n = st.n
    i = 0
    while i < n:
        if _cell_value(st, i) == 0:
            i += 1
            continue
        lo = i
        while lo > 0 and _cell_line(st, lo - 1):
            lo -= 1
        hi = i
        while hi + 1 < n and _cell_line(st, hi + 1):
            hi += 1
        counts = [j for j in range(lo, hi + 1) if st.labels[j] is not None]
        names = [st.texts[j].strip() for j in range(lo, hi + 1) if st.labels[j] is None]
        dated = any(_cell_value(st, j) == 2 for j in counts)
        if len(counts) >= 2 and len(names) >= 2 and not any(name in _REACTION_WORDS for name in names) \
                and (not dated or any(c.isdigit() for name in names for c in name)):
            for j in counts:
                st.labels[j] = None
        i = hi + 1


def _repeated_below(st: _State, i: int) -> bool:
    """Whether the text of block ``i`` comes again as a block of its own further
    down (spaces aside): a table cell's title that the document's headline repeats."""
    text = "".join(st.texts[i].split())
    return any("".join(st.texts[j].split()) == text for j in range(i + 1, st.n))


def _label_tables(st: _State, zones: list[str]) -> dict[str, str]:
    """Values of disclosure label tables (and a label's value on the next line)."""
    lines: list[str] = []
    for i in range(st.n):  # all of them: a value line labelled here is read as a table line too
        lab = st.labels[i]
        if lab is None or not lab.rule.startswith("label-table/") or lab.rule.startswith(_VALUELESS):
            continue  # (a file card's upload date is no date of the document)
        t = st.texts[i]
        value = i + 1 < st.n and zones[i + 1] != "core" and not st.sentence[i + 1] and len(st.texts[i + 1]) <= 80
        if value and _LABEL_END.search(t) and st.labels[i + 1] is None and fits_trailing_label(t, st.texts[i + 1]) \
                and not _under_title_label(st, i + 1):
            st.labels[i + 1] = BlockLabel("metadata", lab.rule, "label table: the value of the label on the line above")
            t = t + st.texts[i + 1]
        elif value and st.size[i] <= _PAIRED_LABEL_CHARS and parse_label_pair(t, st.texts[i + 1]) is not None:
            t = t.strip() + "：" + st.texts[i + 1]  # a bare label (成文日期) above its value: read as one line
        lines.append(t)
    return parse_label_table(lines) if lines else {}


_COLUMN_TAG = regex.compile(r"^[【\[［]\s{0,2}\p{Han}{2,10}\s{0,2}[】\]］]\s{0,2}(?=\S{6})")
_BOXED_HEADLINE = regex.compile(r"^[【\[［]\s{0,2}([^【】\[\]［］]{4,80}?)\s{0,2}[】\]］]$")
"""A headline set whole in brackets (``【一位竹编匠人的六十年】``): the brackets are no part of it."""
_HEADLINE_BULLET = regex.compile(r"^[■□●◆◇▶►▲★☆][ \t\u3000]{0,3}(?=\S{6})")
"""A bullet an e-paper sets before a brief's headline (``■ 市民公园新增夜跑步道``)."""
_MEDIA_TAG = regex.compile(r"\s{0,2}(?:[(（]\s{0,2}(?:图|组图|多图|附图|图文|高清组图|视频|附视频|图表|附图表|图解)\s{0,2}[)）]"
                           r"|[\[［【]\s{0,2}(?:图|组图|多图|图文|视频|图解|复制链接|复制本帖链接)\s{0,2}[\]］】])$")


_SUBJECT_LABEL = regex.compile(r"^\W{0,3}(?:主旨|事由)\s{0,2}[:：]\s{0,2}")
"""The label a letter's subject line takes on a Taiwan mailbox (``主旨：…``), which is no part of its title
(in a Taiwan official letter the 主旨 is a sentence, never taken for the headline)."""
_SUBJECT_MIN = 4
"""Characters the subject must keep once its label is taken off."""


def _headline_text(line: str) -> str:
    """The headline of a title line for ``metadata["title"]``: without a
    column tag in front (``【镇街动态】``), a note of pictures or video at its
    end (``（图）``, ``[视频]``, a forum thread's ``[复制链接]``), the section
    and site names a page's ``<title>`` adds (``…_部门动态_青山县人民政府``)
    or the date a list-style page writes beside it (``…　2024-05-06``); the
    line in the text is unchanged.

    >>> _headline_text("【镇街动态】临湖镇召开安全生产工作会议（图）")
    '临湖镇召开安全生产工作会议'
    >>> _headline_text("【通知】关于")  # too short once untagged: kept whole
    '【通知】关于'
    >>> _headline_text("县林业局开展森林防火宣传月活动_部门动态_青山县人民政府")
    '县林业局开展森林防火宣传月活动'
    >>> _headline_text("县林业局开展森林防火宣传月活动　2024-05-06")
    '县林业局开展森林防火宣传月活动'
    >>> _headline_text("■ 市民公园新增3公里夜跑步道")  # an e-paper brief's bullet
    '市民公园新增3公里夜跑步道'
    >>> _headline_text("主旨：建议增设长青公园夜间照明")  # a Taiwan mailbox's subject label
    '建议增设长青公园夜间照明'
    >>> _headline_text("【一位竹编匠人的六十年】"), _headline_text("[關於調整公車路線的公告]")  # boxed whole
    ('一位竹编匠人的六十年', '關於調整公車路線的公告')
    >>> _headline_text("泊川市开展春季义务植树活动-泊川新闻网"), _headline_text("中国-东盟博览会在南宁开幕")
    ('泊川市开展春季义务植树活动', '中国-东盟博览会在南宁开幕')
    >>> _headline_text("【图片新闻】【溪沅县举行春季招聘会】")
    '溪沅县举行春季招聘会'
    >>> _headline_text("关于开展老旧小区改造项目申报工作的通知.docx"), _headline_text("南投县长照计画.PDF")
    ('关于开展老旧小区改造项目申报工作的通知', '南投县长照计画')
    """
    if line[:1] in "【[［" and (boxed := _BOXED_HEADLINE.match(line.strip())) is not None:
        line = boxed.group(1)
    head = _MEDIA_TAG.sub("", _COLUMN_TAG.sub("", _HEADLINE_BULLET.sub("", line, count=1), count=1), count=1) or line
    if (subject := _SUBJECT_LABEL.match(head)) is not None and len(head) - subject.end() >= _SUBJECT_MIN:
        head = head[subject.end():]
    if head[:1] in "【[［" and (boxed := _BOXED_HEADLINE.match(head.strip())) is not None:
        head = boxed.group(1)  # 【图片新闻】【…】: boxed whole after its column tag
    head = _date_beside_headline(head)[0]
    if "." in head and (ext := _HEADLINE_FILE_EXT.search(head)) is not None and ext.start() >= _SUBJECT_MIN:
        head = head[: ext.start()]  # a document-sharing site's file name: 关于…的通知.doc
    parts = _PAGE_TITLE_SPLIT.split(head)
    if len(parts) >= 2 and _SITE_NAME_END.search(parts[-1]) is not None and len(parts[0]) >= 6:
        return parts[0]
    if "-" in head or "–" in head:
        glued = _GLUED_SITE_NAME.match(head)
        if glued is not None and _SITE_NAME_END.search(glued.group(2)) is not None:
            return glued.group(1)  # …植树活动-泊川新闻网: a <title> whose hyphen no space sets apart
    return head


_HEADLINE_FILE_EXT = regex.compile(r"(?i)\.(?:pdf|docx?|wps|ofd|txt|rtf|xlsx?|pptx?|caj)\s{0,2}$")
"""The extension a document-sharing site's headline keeps from the uploaded file's name (``关于…的通知.doc``):
no part of the document's title."""


_RADICAL_SUPPLEMENT_IDEOGRAPHS = str.maketrans({
    "\u2ea0": "民", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车",
    "\u2ed3": "长", "\u2ed4": "门", "\u2ed8": "青", "\u2ed9": "韦", "\u2eda": "页", "\u2edb": "风",
    "\u2edc": "飞", "\u2edd": "食", "\u2ee2": "马", "\u2ee3": "骨", "\u2ee4": "鬼", "\u2ee5": "鱼",
    "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄", "\u2eec": "齐", "\u2ef0": "龙",
})
"""CJK radicals-supplement forms a PDF font writes for whole ideographs (``⺠`` U+2EA0
CJK RADICAL CIVILIAN for 民, ``⻓`` for 长, ``⻔`` for 门): no Unicode equivalence
gives the ideograph (NFKC keeps them), so the text keeps them as written."""


def _headline_radicals_as_ideographs(head: str) -> str:
    """``metadata["title"]`` with the radicals-supplement forms of a PDF's font
    read as the ideographs they stand for (the title is a fact, written as
    one would type it); the line in the text keeps them. Kangxi radicals
    are already ideographs by then (:mod:`govtext.filters.characters`).

    >>> _headline_radicals_as_ideographs("苍岭县人\u2ea0政府关于加强\u2ed3江岸线管理的通知")
    '苍岭县人民政府关于加强长江岸线管理的通知'
    >>> _headline_radicals_as_ideographs("部首表：\u2e81 \u2eae")  # other radical forms stand for no one ideograph
    '部首表：\u2e81 \u2eae'
    """
    if head.isascii() or not any("\u2e80" <= c <= "\u2eff" for c in head):
        return head
    return head.translate(_RADICAL_SUPPLEMENT_IDEOGRAPHS)


_OUTLET_TAG = regex.compile(r"^[【\[［]\s{0,2}(\p{Han}{2,12}?(?:(?<![简通喜捷快公海预警汇画])报|报社|网|杂志|客户端|电视台))\s{0,2}[】\]］]")
"""A tag in front of a headline naming the paper, site or magazine the story came from (``【光明日报】``, ``【新华网】``)."""
_OUTLET_SOURCE = regex.compile(r"(?:报|報|网|網|社|杂志|雜誌|客户端|台|》|新闻|新聞)$")
"""How a source that names an outlet ends (``浙江日报``, ``《今日浙江》``, ``新华社``), not a department (``党委宣传部``)."""


def tagged_outlet(line: str) -> str | None:
    """The outlet a headline's tag names (``【光明日报】江岳大学：…`` -> ``光明日报``),
    of three characters or more; a column's tag (``【喜报】``, ``【工作简报】``,
    ``【镇街动态】``) is none. Such a page (a university's or hospital's 媒体聚焦)
    often gives as 来源 the office that posted it.

    >>> tagged_outlet("【光明日报】江岳大学：把思政课讲到田间地头"), tagged_outlet("【工作简报】市政府召开常务会议")
    ('光明日报', None)
    """
    m = _OUTLET_TAG.match(line)
    return m.group(1) if m is not None and len(m.group(1)) >= _SHORTEST_TAGGED_OUTLET else None


_SHORTEST_TAGGED_OUTLET = 3


_PAGE_TITLE_SPLIT = regex.compile(r"\s{0,2}[_|｜]\s{0,2}|\s{1,2}[-–—]{1,2}\s{1,2}")
"""What joins a page's ``<title>``: its headline, section and site names."""
_GLUED_SITE_NAME = regex.compile(r"^(.{5,}?\p{Han})[-–](\p{Han}{2,16})$")
"""A headline and the site's name joined by a hyphen with no space (``…活动-泊川新闻网``; the name is checked
with :data:`_SITE_NAME_END`: ``中国-东盟博览会…`` is one headline)."""
_SITE_NAME_END = regex.compile(r"(?:人民政府|政府|门户网站?|网站|政务网|新闻网|网|在线|客户端|日报|晚报|电视台|融媒体中心|政府网站|"
                               r"人民政府網|政府網|網站|新聞網|網)$")
"""How a site's name ends (the last part of a page's ``<title>``)."""
_HEADLINE_DATE = regex.compile(r"(?:[ \t\u3000]{1,4}[(（\[]?|[(（\[])((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)[)）\]]?$")
"""A date beside a headline on the same line (a list-style page)."""


def _date_beside_headline(line: str) -> tuple[str, str | None]:
    """``line`` without a date written beside it after a space, and that date (ISO) if any.
    A day in words glued to the headline in brackets is the headline's own, the day a
    daily report covers, not the page's date (``…空气质量日报(2025年12月8日)``).

    >>> _date_beside_headline("县林业局开展森林防火宣传月活动　2024-05-06")
    ('县林业局开展森林防火宣传月活动', '2024-05-06')
    >>> _date_beside_headline("2024年全市经济运行情况")
    ('2024年全市经济运行情况', None)
    >>> _date_beside_headline("全省设区市环境空气质量日报（2025年12月8日）")
    ('全省设区市环境空气质量日报（2025年12月8日）', None)
    """
    m = _HEADLINE_DATE.search(line)
    if m is None or m.start() < 6 or (date := normalize_date(m.group(1))) is None \
            or (line[m.start()] in "(（[" and "年" in m.group(1) and "日" in m.group(1)):
        return line, None
    return line[: m.start()], date


_NAME_ONLY_SOURCES = frozenset({"meta/account-name", "meta/issuer-line"})
"""Rules that take a source from a name standing alone: a labelled source
(``来源：…``) anywhere on the page outranks them (and a name beside a date
without a label, :attr:`MetaLine.bare_source`)."""


_POST_STAMP = regex.compile(r"^\W{0,2}\d{4}-\d{1,2}-\d{1,2}\s{1,2}\d{1,2}:\d{2}(?::\d{2})?\W{0,2}$")
"""A date and time alone on a line: in a forum thread, the time a post was posted (under the poster's card),
no date of the document it reposts (which its own closing date gives)."""


_SELF_SOURCE = regex.compile(r"^(?:(?:本站|本网站?|本站点|本平台|本刊|本号)(?:原创|原稿|编辑|整理|发布|首发)?|原创|原创稿件|网络|互联网|网络转载|转载)$")
"""A source line's value that names no one (``来源：本站原创``, ``来源：本站``, ``来源：网络``): the
line is metadata and goes, but the page's source is left to what else names it (the office that
signed the notice), or to none."""


def _collect(st: _State, title: int | None, table: dict[str, str]) -> dict[str, str | int]:
    meta: dict[str, str | int] = {}
    beside = None
    if title is not None:
        end = title + 1
        while end < st.n and st.labels[end] is st.labels[title]:  # the lines of a broken title
            end += 1
        meta["title"] = _headline_radicals_as_ideographs(_headline_text("".join(st.texts[title:end])))
        beside = _date_beside_headline(st.texts[end - 1])[1]  # the page's date unless a date line gives it
    written: list[str | int] = []
    updated: list[str | int] = []
    named: list[str | int] = []
    relayed: list[str | int] = []
    header_dates = _header_date_lines(st, title)
    reposted: list[str | int] = []
    official = _official_source_dated(st)
    accounts = {lab.fields["source"] for lab in st.labels if lab is not None and lab.rule == _ACCOUNT_NAME_RULE}
    for i in _labelled(st.labels):
        lab = st.labels[i]
        if lab is None or lab.label in KEPT_LABELS:
            continue
        for key, value in lab.fields.items():
            if key == "date" and (i in header_dates or lab.rule in _TODAY_WIDGETS
                                  or (st.thread and _POST_STAMP.match(st.texts[i]) is not None)):
                continue
            if key == "date" and official and (_bare_source(st, i) or _platform_stamp(st, i, lab.fields)):
                reposted.append(value)  # a reposting portal's own time beside its name: the official line's date wins
                continue
            if key == "source" and (lab.rule == _WELCOME or _SELF_SOURCE.match(str(value)) is not None):
                continue
            if key == "source" and (lab.rule in _NAME_ONLY_SOURCES or _bare_source(st, i) or value in accounts):
                named.append(value)  # (an account's name again on the portal's date line: 来源: 临沙应急管理)
                continue
            if key == "source" and _repost_source_line(st.texts[i]):
                relayed.append(value)
                continue
            # when the page was written or changed: its date only if no line says when it was published
            kind = _date_kind(st, i) if key == "date" else "date"
            if kind == "written":
                written.append(value)
            elif kind == "updated":
                updated.append(value)
            else:
                _put(meta, key, value)
    for value in ([beside] if beside else []) + (written + updated + reposted)[:1]:
        _put(meta, "date", value)
    for value in (relayed + named)[:1]:
        meta.setdefault("source", value)
    for key, value in table.items():
        meta.setdefault(key, value)
    return meta


_REPOST_WORDS = ("转自", "转载自", "轉自", "轉載自")
_SOURCE_WORDS = ("来源", "來源", "稿源", "出处", "出處", "供稿")


def _repost_source_line(text: str) -> bool:
    """Whether the source a line gives is the page it was reposted from
    (``转自：南岭农业微信公众号``), its first source label being one of
    :data:`_REPOST_WORDS`: a ``来源：`` elsewhere on the page, the place the
    text came from, outranks it (see :func:`_collect`).

    >>> _repost_source_line("作者：陈立平　转自：南岭农业"), _repost_source_line("来源：南岭日报　转自：南岭新闻网")
    (True, False)
    """
    if "转" not in text and "轉" not in text:
        return False  # the cheap test first
    reposted = min((k for w in _REPOST_WORDS if (k := text.find(w)) >= 0), default=-1)
    if reposted < 0:
        return False
    sourced = min((k for w in _SOURCE_WORDS if (k := text.find(w)) >= 0), default=len(text))
    return reposted < sourced


def _header_date_lines(st: _State, title: int | None) -> frozenset[int]:
    """The lines above the headline that give a date and nothing else, when
    a line below it gives the date the page was published: the site's
    header showing the day's date and time (``2024年12月20日 10:00 星期五``
    above the trail), not the article's."""
    if title is None:
        return frozenset()
    above = [i for i in _labelled(st.labels) if i < title and (lab := st.labels[i]) is not None
             and lab.label not in KEPT_LABELS and lab.fields.keys() == {"date"}]
    if not above:
        return frozenset()  # the usual case: no date line above the headline
    below = any(i > title and (lab := st.labels[i]) is not None and lab.label not in KEPT_LABELS
                and "date" in lab.fields and _date_kind(st, i) == "date" for i in _labelled(st.labels))
    return frozenset(above) if below else frozenset()


def _official_source_dated(st: _State) -> bool:
    """Whether a metadata line gives a labelled source with a date (``来源：江西省公务员局　发布日期：2024-11-28``):
    on a portal that reposts a notice, the date beside the portal's own name without a label
    (``启程公考网　2024-11-29 09:15``, :attr:`MetaLine.bare_source`) is when it was reposted, and yields to it."""
    for i in _labelled(st.labels):
        lab = st.labels[i]
        if lab is not None and lab.label not in KEPT_LABELS and "source" in lab.fields and "date" in lab.fields \
                and lab.rule not in _NAME_ONLY_SOURCES and not _bare_source(st, i):
            return True
    return False


_POSTED_FROM = ("发布于", "发表于", "来自", "IP属地", "發布於", "發佈於", "發表於", "來自", "IP屬地")
"""Words with which a platform tags its posting time with the region it was posted from (``发布于：贵州省``)."""


def _platform_stamp(st: _State, i: int, fields: Mapping[str, object]) -> bool:
    """Whether block ``i`` is a platform's posting stamp: a date without a source, tagged with the region
    it was posted from (``2025-03-14 09:41　发布于：贵州省``): on a self-media account's repost, the date
    the official line gives with its source (``来源：青崖市人民政府网　2025年3月13日``) outranks it."""
    return "source" not in fields and any(w in st.texts[i] for w in _POSTED_FROM)


def _bare_source(st: _State, i: int) -> bool:
    """Whether the source block ``i`` gives is a name beside its date without a label (``临湖发布　2024-07-01``)."""
    m = st.meta_line(i)
    return m is not None and m.bare_source


def _date_kind(st: _State, i: int) -> str:
    """The kind of the date block ``i`` gives (``date``, ``written``,
    ``updated``): its label's, or that of the bare label on the line above
    when the block is that label's value (``成文日期`` / ``2024-06-03``)."""
    pair = parse_label_pair(st.texts[i - 1], st.texts[i]) if i > 0 and st.size[i - 1] <= _PAIRED_LABEL_CHARS else None
    m = pair if pair is not None else st.meta_line(i)
    return m.date_kind if m is not None else "date"


_NO_NAME = frozenset({"本站", "本网", "本網", "本报", "本報", "佚名", "匿名", "管理员", "管理員", "网站管理员", "系统管理员",
                      "admin", "Admin", "未知", "不详", "不詳"})
"""Values of a credit that name no one (``作者：本站``, ``作者：佚名``, ``编辑：admin``): no author or editor."""


def _put(meta: dict[str, str | int], key: str, value: str | int) -> None:
    """Set ``meta[key]`` unless it is set; a date with a time also gives
    ``datetime``; a credit that names no one (:data:`_NO_NAME`) sets nothing."""
    if (key == "author" or key == "editor") and value in _NO_NAME:
        return
    if key == "date" and isinstance(value, str) and "T" in value:
        if meta.get("date", value[:10]) == value[:10]:
            meta.setdefault("datetime", value)  # (not a later time than the date already taken)
        value = value.split("T", 1)[0]
    meta.setdefault(key, value)


_REPLY_WORDS = tuple(f"{verb}{noun}" for verb in ("回复", "答复", "回覆", "答覆", "办结", "辦結")
                     for noun in ("时间", "日期", "時間")) \
    + tuple(f"{verb}{noun}" for verb in ("回复", "答复", "回覆", "答覆", "办理", "承办", "处理", "處理", "辦理", "承辦")
            for noun in ("单位", "机构", "部门", "机关", "單位", "機構", "部門", "機關"))
"""A reply's labels (回复时间, 答复单位, 承办单位, …), one of which a line must hold (a cheap check before the scan)."""
_REPLY_BREAK = r"(?:^\W{0,3}|[\t|｜]\s{0,3}|[ \u3000]+)"
"""Where a reply's label may stand: at the line's start or after a cell break (a tab, a bar, spaces: one
ideographic space in ``答复机关：…交通局　答复日期：…``, one space in its NFKC form)."""
_REPLY_DATE = regex.compile(
    _REPLY_BREAK + r"(?:回复|答复|回覆|答覆|办结|辦結)\s{0,2}(?:时间|日期|時間)\s{0,2}[:：\t]\s{0,3}"
    r"(?P<date>\d{4}\s{0,2}[-/.年]\s{0,2}\d{1,2}\s{0,2}[-/.月]\s{0,2}\d{1,2}日?(?:\s{1,2}\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:民[国國]\s{0,2})?1\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日)")
"""When a message board, mailbox or hotline answered (``回复时间：2025-03-06 15:12``, ``答复日期: …``,
``办结时间``, a Taiwan mailbox's ``回覆日期：114年2月14日``)."""
_REPLY_LABEL_ALONE = regex.compile(
    r"^\W{0,3}(?:(?:回复|答复|回覆|答覆|办结|辦結)\s{0,2}(?:时间|日期|時間)|(?:回复|答复|回覆|答覆|办理|承办|處理|处理|辦理|承辦)"
    r"\s{0,2}(?:单位|机构|部门|机关|單位|機構|部門|機關))\s{0,2}[:：]?\s{0,2}$")
"""A reply's label alone on its line, a table dumped one cell a line (``回复时间`` over ``2025-04-11``,
``办理单位`` over the office): the line under it is its value."""
_REPLY_UNIT = regex.compile(
    _REPLY_BREAK + r"(?:回复|答复|回覆|答覆|办理|承办|處理|处理|辦理|承辦)\s{0,2}(?:单位|机构|部门|机关|單位|機構|部門|機關)\s{0,2}[:：\t]"
    r"\s{0,3}(?P<unit>[\p{Han}（）()]{2,30}?(?:局|委|办|辦|厅|廳|院|府|公司|中心|支队|支隊|大队|大隊|所|站|处|處|部|会|會|街道|镇|鎮|乡|鄉|署|室|科|馆|館))"
    r"(?=\s|[|｜]|$)")
"""The office that answered (``回复机构：白桦市住房和城乡建设局``, ``承办单位: …``, ``答复部门``,
``处理单位：嘉禾市政府工务局``, a council's ``答复机关：…交通局``), a name ending as an office's does."""
_LETTER_WORDS = ("来信", "留言", "诉求", "问政", "陈情", "信件", "信箱", "提问", "写信", "咨询内容", "咨询标题", "工单",
                 "质询", "來信", "訴求", "問政", "陳情", "諮詢內容", "寫信", "質詢")
"""Words one of which a page holding a letter and its reply has (来信内容, 留言时间, 诉求编号, 陈情人, 信件主题,
a councillor's written question and its reply: 质询议员, 答复机关)."""
_HAS_REPLY_WORD = AnyOf(_REPLY_WORDS)
_HAS_LETTER_WORD = AnyOf(_LETTER_WORDS)
_REPLY_LINE_CHARS = 100
"""Longer lines are prose, not a reply's labelled facts."""


def _reply_facts(st: _State, meta: dict[str, str | int]) -> None:
    """On a message board's, mailbox's or hotline's page (领导留言板, 市长信箱,
    12345), the labelled reply gives the page's date and source: when it was
    answered (``回复时间：…``; the letter's own date, ``来信时间``, is when it
    was written, and it outranks that) and who answered (``回复单位：…``,
    the source unless a line names one); a reply's date without the office
    dates the page only when nothing else does. Only on a page that holds
    a letter (:data:`_LETTER_WORDS`: an event notice's 承办单位 and a work
    plan's 办结时间 are no reply's), and only short labelled lines above the
    readers' comments are read."""
    joined = st.joined
    if not _HAS_REPLY_WORD(joined) or not _HAS_LETTER_WORD(joined):
        return
    date = unit = None
    for i in range(st.n if st.comments is None else st.comments):
        t = st.texts[i]
        if len(t) > _REPLY_LINE_CHARS or not _HAS_REPLY_WORD(t):
            continue
        if i + 1 < st.n and _REPLY_LABEL_ALONE.match(t) is not None:  # one cell a line: 回复时间 over 2025-04-11
            t = f"{t.strip().rstrip(':：')}：{st.texts[i + 1].strip()}"
        if (m := _REPLY_DATE.search(t)) is not None:  # the last reply: a result after its acknowledgement
            date = normalize_date(m.group("date"))
        if unit is None and (u := _REPLY_UNIT.search(t)) is not None:
            unit = u.group("unit")
    if date is not None and unit is not None:  # a reply's date outranks the letter's
        meta.pop("date", None)
        meta.pop("datetime", None)
    if date is not None:  # alone (办结时间：… in a work plan's table), only when nothing else dates the page
        _put(meta, "date", date)
    if unit is not None:
        meta.setdefault("source", unit)


_EPAPER_RULES = frozenset({"tools/epaper-page", "slogan/masthead"})
_EPAPER_WORDS = ("数字报", "电子报", "电子版", "数字版", "數字報", "電子報", "電子版")


def _epaper_page(st: _State) -> bool:
    """Whether the page is an e-paper's: a page header (``第05版：理论周刊``) or a masthead labels a
    line, or a removed line names the e-paper (``东岭日报 数字报纸``)."""
    for i in _labelled(st.labels):
        lab = st.labels[i]
        if lab is not None and (lab.rule in _EPAPER_RULES
                                or (lab.label == "slogan" and any(w in st.texts[i] for w in _EPAPER_WORDS))):
            return True
    return False


def _today_widget_date(st: _State) -> str | None:
    """The date of the first date-of-today widget (:data:`_TODAY_WIDGET`),
    for a page that nothing else dates (an e-paper's masthead gives its issue's day)."""
    for i in _labelled(st.labels):
        lab = st.labels[i]
        if lab is not None and lab.rule in _TODAY_WIDGETS and isinstance(date := lab.fields.get("date"), str):
            return date.split("T", 1)[0]
    return None


def _headline_date(meta: dict[str, str | int]) -> str | None:
    """The date the headline gives, for a page that states no date
    elsewhere: a warning or a bulletin may put its time of issue only there
    (``南岭市气象台2024年12月3日16时发布寒潮预警``).

    >>> _headline_date({"title": "南岭市气象台2024年12月3日16时发布寒潮预警"}), _headline_date({"title": "关于做好冬季防火工作的通知"})
    ('2024-12-03', None)
    """
    headline = meta.get("title")
    if not isinstance(headline, str) or ("年" not in headline and "-" not in headline and "/" not in headline):
        return None  # the cheap test first: most headlines hold no date
    return trail_date(headline)


_WARNING_HEADLINE = ("预警", "警报", "警告", "信号", "特报", "預警", "警報", "信號", "特報")
"""Words of a warning's headline: the page is a warning's own release."""
_WARNING_ISSUER = (r"\p{Han}{1,20}?(?:气象台|气象局|气象中心|气象站|天文台|气象署|水文局|水文站|水文中心|地震局|地震台网中心|"
                   r"突发事件预警信息发布中心|防汛抗旱指挥部办公室)")
_WARNING_DATE = r"(?P<date>\d{4}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日)"
_WARNING_OPENING = regex.compile(
    r"^\W{0,3}" + _WARNING_ISSUER + r"\s{0,2}(?:于\s{0,2})?" + _WARNING_DATE
    + r"\s{0,2}\d{1,2}\s{0,2}[时:：]\s{0,2}(?:\d{1,2}\s{0,2}分?)?\s{0,2}(?:继续|再次)?(?:发布|升级|降级|解除|更新|变更|调整|将)")
"""A warning's release opening with its issuer and the time of issue (``南川市气象台2025年7月3日17时10分发布暴雨黄色预警信号：``)."""
_WARNING_SIGNOFF = regex.compile(
    r"^[（(]?\s{0,2}" + _WARNING_ISSUER + r"[\s\u3000]{1,4}" + _WARNING_DATE
    + r"\s{0,2}(?:\d{1,2}\s{0,2}[时:：]\s{0,2}(?:\d{1,2}\s{0,2}分?)?)?\s{0,2}(?:发布|签发)?\s{0,2}[)）]?$")
"""A warning's sign-off, its issuer and time on one line (``（澄江市气象台　2025年6月19日14时30分）``)."""


def _warning_release_date(st: _State, zones: list[str], title: int | None) -> str | None:
    """The day a warning was issued, for the warning's own release that states
    no date elsewhere: the headline names a warning (``…发布暴雨黄色预警信号``)
    and the first paragraph under it opens with the issuer and the time of
    issue (``…气象台2025年7月3日17时10分发布…``), or a line after it signs with
    them (``（…气象台　2025年8月14日16时30分）``). A report that tells of a
    warning issued earlier (``此前，…气象台…发布…``) is no release: its date
    is its own.

    >>> st = _State(["南川市气象台发布暴雨黄色预警信号", "南川市气象台2025年7月3日17时10分发布暴雨黄色预警信号：预计未来6小时内有强降水。"],
    ...             load_rules(), ClassifyConfig())
    >>> _warning_release_date(st, ["head", "core"], 0)
    '2025-07-03'
    >>> st = _State(["我市启动防汛应急响应", "此前，南川市气象台2025年7月3日17时10分发布暴雨黄色预警信号。"], load_rules(), ClassifyConfig())
    >>> _warning_release_date(st, ["head", "core"], 0) is None
    True
    """
    if title is None or not any(word in st.texts[title] for word in _WARNING_HEADLINE):
        return None
    for i in range(title + 1, st.n):
        if st.labels[i] is None and zones[i] != "head":
            m = _WARNING_OPENING.match(st.texts[i])
            if m is not None:
                return normalize_date(m["date"])
            break
    for i in range(st.n - 1, title, -1):
        if st.labels[i] is None and st.size[i] <= 40 and (m := _WARNING_SIGNOFF.match(st.texts[i].strip())) is not None:
            return normalize_date(m["date"])
    return None


def _signature_date(st: _State, zones: list[str], title: int | None) -> str | None:
    """The date a document was signed, for a page that states no date of its
    own: the first kept line after the headline that is a date and nothing
    else (``2024年2月1日`` under the issuing office, ``二〇二四年二月一日``,
    ``2024年5月20日（星期一）``). In the page head only under the office that
    signed (``苍岭县人民政府`` over ``2026年3月18日``): a short covering notice
    whose paragraphs a PDF broke into short lines has no body zone before
    its signature."""
    start = 0 if title is None else title + 1
    for i in range(start, st.n):
        if st.labels[i] is None and st.texts[i][:1] in DATE_OPENERS and st.size[i] <= 40 \
                and (zones[i] != "head" or _signed_under_office_in_head(st, i, start)):  # the cheap test first
            date = normalize_date(st.texts[i])
            if date is not None:
                return date.split("T", 1)[0]
    return None


def _signed_under_office_in_head(st: _State, i: int, start: int) -> bool:
    """Whether the line above line ``i`` (after the headline) is the name of an
    issuing office, alone and kept: the signature of a notice that ends in
    the page head."""
    return i > start and st.labels[i - 1] is None and _OFFICE.match(st.texts[i - 1].strip()) is not None


_OFFICE = regex.compile(
    r"^(?:中共)?\p{Han}{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|人大常委会|政协|局|厅|委|院|部|署|中心|处|站|所|队|办|会|街道办事处|党委|党组|(?:图书|博物|文化|美术|纪念|档案|科技|艺术)馆)$")
"""The name of an issuing office (``宁州市民政局``, ``青溪县人民政府办公室``) or public cultural venue
(``兰陵市图书馆``, ``泾原市博物馆``) that signs its own notices."""


def _signing_office(st: _State, zones: list[str], title: int | None) -> str | None:
    """The office that signed the document: a kept office name right above
    the kept line holding nothing but a date, after the headline (``宁州市民政局``
    over ``2024年8月19日``), the last such pair of the page; none for offices
    that signed together. In the page head only as :func:`_signature_date`
    takes its date there: a short covering notice (印发…的通知) signed above
    the document it issues.

    >>> _signing_office(_State(["关于做好年报工作的通知", "现将有关事项通知如下：", "宁州市民政局", "2024年8月19日"],
    ...                          load_rules(), ClassifyConfig()), ["head", "core", "core", "core"], 0)
    '宁州市民政局'
    """
    start = 1 if title is None else title + 2
    for i in range(st.n - 1, start - 1, -1):
        if st.labels[i] is None and st.labels[i - 1] is None \
                and st.texts[i][:1] in DATE_OPENERS and st.size[i] <= 40 \
                and (zones[i] != "head" or _signed_under_office_in_head(st, i, start)) \
                and normalize_date(st.texts[i]) is not None:
            parts = st.texts[i - 1].split()
            if len(parts) > 1 and min(map(len, parts)) >= 4:
                return None  # offices that signed together: no one of them is the source
            name = "".join(parts)
            return name if _OFFICE.match(name) is not None else None
    return None


_EPAPER_PAGE_HEADER = "tools/epaper-page"
_PAPER_NAME = regex.compile(r"^\W{0,3}《?(\p{Han}{1,10}?(?:日报|晚报|早报|时报|商报|日報|晚報|早報|時報|商報|报|報))》?"
                            r"(?:(?:数字报刊|数字报纸|数字报|电子报刊|电子报|电子版|数字版|移动版|手机版|數字報刊|數字報|電子報刊|電子報|電子版|"
                            r"數字版|移動版|手機版)(?:平台|阅读|閱讀)?)?(?:\s|\W|$)")
"""A newspaper's name opening its e-paper's masthead line (``临湖日报``, ``南岭晚报数字版``, ``青溪报 电子版``,
``澄川日报数字报刊平台``, ``东屿晚报移动版``)."""
_JOURNAL_MASTHEAD = regex.compile(r"^\W{0,3}(《\p{Han}{2,16}》)\s{0,2}(?:编辑部|編輯部|杂志社|雜誌社|期刊社)"
                                  r"(?:官方网站|官方網站|官网|官網|网站|網站)?\s{0,2}$")
"""A journal's name in title marks heading its own site (``《西部经济管理》编辑部官方网站``, ``《乡村振兴观察》杂志社``):
the page's source when no label names one."""


_PAPER_LINE = regex.compile(r"^\W{0,3}《?\p{Han}{1,8}?(?:日报|晚报|早报|时报|商报|快报|导报|日報|晚報|早報|時報|商報|快報|導報"
                            r"|(?<![通简喜汇周月年公电情警预画簡喜匯週電預畫])[报報])》?"
                            r"(?:[ \t\u3000]{1,4}第[ \t\u3000]{0,2}[0-9０-９]{1,5}[ \t\u3000]{0,2}[期號号])?\W{0,3}$")
"""A line that is a newspaper's name and nothing else (``临湖日报``, ``《青溪报》``) but its issue
(``東區街坊報　第318期``), not a document's kind (通报, 简报)."""
_MASTHEAD = BlockLabel("slogan", "slogan/masthead", "site slogan: the newspaper's name on its e-paper's masthead above the headline")


_MASTHEAD_LINES = 4
"""How many lines a newspaper's name may stand above its date line: the masthead's other lines (its name
in pinyin, its registration) between."""


def _mastheads(st: _State, zones: list[str]) -> None:
    """A newspaper's name alone on a line in the head, right above the date
    line of its e-paper (``临湖日报`` / ``2024年03月05日 星期二``) or opening
    the page above its headline and date line (``东原日报`` / headline /
    ``发布时间：…``), is the masthead, not a headline; so is one above other
    lines of the masthead found to be noise and then the date line
    (``禾川报`` / ``HECHUAN BAO`` / ``国内统一连续出版物号：…`` / ``2025年4月9日``).
    An account's name that the date line names again
    (``…发布于浙江临湖日报官方账号``) is left to the account's rules."""
    top = True  # every block above is labelled noise
    for i in range(st.n - 1):
        if zones[i] != "head":
            break
        if st.labels[i] is None and _PAPER_LINE.match(st.texts[i]) is not None:
            j = i + 1  # the date line, under the masthead's other lines found to be noise
            while j + 1 < st.n and j < i + _MASTHEAD_LINES and (lab := st.labels[j]) is not None \
                    and not lab.fields:
                j += 1
            nxt = st.labels[j]
            name = st.texts[i].strip()
            if (nxt is not None and "date" in nxt.fields and name not in st.texts[j]) \
                    or (top and i + 2 < st.n and nxt is None and _dated_line(st, i + 2, name)):
                st.labels[i] = _MASTHEAD
        top = top and st.labels[i] is not None


def _dated_line(st: _State, i: int, name: str) -> bool:
    """Block ``i`` is a metadata line with a date that does not name ``name`` (an account's)."""
    lab = st.labels[i]
    return lab is not None and "date" in lab.fields and name not in st.texts[i]


def _masthead_paper(st: _State, zones: list[str]) -> str | None:
    """The newspaper whose e-paper the page is, for a page that names no
    source: its name on the masthead or site-name line above the headline
    (``临湖日报``, ``南岭晚报数字版``, ``西川日报 数字报纸``, ``东江晚报数字报``), also
    opening the e-paper's page header (``东江晚报数字报　第A05版：城事``); or
    the journal whose own site the page is (``《西部经济管理》编辑部官方网站``)."""
    for i in range(st.n):
        if zones[i] not in ("head", "edge"):
            break
        if (_is(st.labels[i], "slogan") or _rule_of(st, i) == _EPAPER_PAGE_HEADER) \
                and (m := _PAPER_NAME.match(st.texts[i])) is not None:
            return m.group(1)
        if _is(st.labels[i], "slogan") and "》" in st.texts[i] and (m := _JOURNAL_MASTHEAD.match(st.texts[i])) is not None:
            return m.group(1)  # 《西部经济管理》编辑部官方网站: the journal's own site
    return None


_ACCOUNT = regex.compile(r"^[\p{Han}A-Za-z0-9·]{2,20}$")
_WECHAT_HEADER = "label-table/wechat-header"
_WECHAT_NAME = "label-table/wechat-account"


def _wechat_account(st: _State) -> str | None:
    """The account that published a WeChat article: the name right before the
    date on its header line (``原创 张三 临湖发布 2024年05月20日 08:30 浙江``),
    or on the line above the header when the page put it there."""
    for i in range(st.n):
        lab = st.labels[i]
        if lab is None or lab.rule != _WECHAT_HEADER:
            continue
        names = _header_names(st.texts[i])
        if names and _ACCOUNT.match(names[-1]) is not None:
            return names[-1]
        if i > 0 and _rule_of(st, i - 1) == _WECHAT_NAME:
            return st.texts[i - 1]
    return None


def _wechat_header_author(st: _State) -> str | None:
    """The writer a WeChat header line names before its account (``舒望 青田作家
    2025年05月05日 07:30 浙江``, ``原创 张三 临湖发布 …``): the first of two names
    before the date, when it is a person's name, else None."""
    for i in _labelled(st.labels):
        lab = st.labels[i]
        if lab is None or lab.rule != _WECHAT_HEADER:
            continue
        names = _header_names(st.texts[i])
        if len(names) == 2 and is_person_name(names[0]) and _ACCOUNT.match(names[1]) is not None:
            return names[0]
    return None


_OUTLET_REPORTER = regex.compile(
    r"^(?!本)(\p{Han}{1,16}?(?:客户端|日报|晚报|晨报|早报|时报|商报|报|网|新闻|电视台|通讯社|社|融媒体中心|频道))"
    r"\s{0,2}(?:全媒体|融媒|特约|首席|见习)?记者$")
"""A reporter's role naming the outlet (``人民日报客户端 记者``, ``新华社记者``): the outlet in group 1."""


def _header_names(header: str) -> list[str]:
    """The words before the date on a WeChat header line (``原创 张三 临湖发布
    2024年05月20日 08:30 浙江``: the author's and the account's names)."""
    m = search_date(header, 0, len(header))
    return [w for w in (header[: m.start()] if m else "").split() if w != "原创"]


_NAME_LINE_CHARS = 12
"""The longest line taken for an author's or account's name above a WeChat header line."""


def _name_line(st: _State, j: int) -> bool:
    """Whether unlabelled block ``j`` is short and nothing but a name (an author's or an account's)."""
    return st.labels[j] is None and st.size[j] <= _NAME_LINE_CHARS and _ACCOUNT.match(st.texts[j]) is not None


def _names_above_header(st: _State, i: int) -> bool:
    """Whether blocks ``i``, ``i+1`` (at most) are short names right above a
    WeChat header line, or an account's name right above a date line that names
    it again (``青川融媒`` / ``2024年03月02日 10:05 · 青川融媒官方帐号``): the
    line above them is the headline."""
    for j in range(i, min(i + 3, st.n)):
        if _rule_of(st, j) == _WECHAT_HEADER:
            return j > i
        if j > i and _is(st.labels[j], "metadata") and st.texts[j - 1] in st.texts[j]:
            return True
        if not _name_line(st, j):
            return False
    return False


_POSTER = regex.compile(r"^[\p{Han}A-Za-z0-9·_\-.]{2,16}$")
"""A forum poster's name alone on a line (南湖老张, 临湖网友_8872)."""
_POSTER_ANCHORS = frozenset({"forum/post-header", "forum/poster-stats", "forum/poster-rank"})
_POSTER_NAME = BlockLabel("navigation", "forum/poster-name", "forum: the poster's name right above a post's header or statistics")


def _poster_names(st: _State, zones: list[str], title: int | None) -> None:
    """The poster's name on a line of its own right above a forum post's
    header or statistics (``南湖老张`` / ``帖子 1286 积分 3520``), outside the
    body and not the headline: the board's furniture, not a caption."""
    for i in _labelled(st.labels):  # labels change only above ``i`` here
        lab = st.labels[i]
        j = i - 1
        if lab is not None and lab.rule in _POSTER_ANCHORS and j >= 0 and j != title and zones[j] != "core" \
                and st.labels[j] is None and _POSTER.match(st.texts[j]) is not None:
            st.labels[j] = _POSTER_NAME


_WECHAT_ID = regex.compile(r"^\W{0,3}(?:微信号|微讯号|微信ID|公众号ID|微信公众号ID)\s{0,2}[:：|｜]?\s{0,2}[A-Za-z][-_A-Za-z0-9]{5,19}\W{0,3}$")
"""The account's WeChat ID on its follow card (``微信号：rjgzw2018``; 微讯号 on a Taiwan-wording mirror),
letters first as WeChat IDs are."""


def _wechat_names(st: _State, zones: list[str], title: int | None) -> None:
    """The author's and the account's names on lines of their own right above
    a WeChat header line (the headline, then ``张三``, ``临湖发布``, then
    ``2024-06-01 18:00 发表于浙江``): metadata, not captions; so is the account
    the header line names alone on the line right under it. The same name
    (or one named on the header line itself) alone on a line after the body is
    the page's follow widget, and so is the account's ID alone on a line after
    the body (``微信号：rjgzw2018``) on a page with such a header."""
    names: set[str] = set()
    header = False
    for i in _labelled(st.labels):  # labels change only around ``i`` here, never a header's
        lab = st.labels[i]
        if lab is None or lab.rule != _WECHAT_HEADER:
            continue
        header = True
        # a header on the page's first line (the headline under it) has no names above it, only on it
        for j in range(i - 1, max(i - 3, 0) - 1, -1):
            named = (lab_j := st.labels[j]) is not None and lab_j.rule == _ACCOUNT_NAME_RULE
            if j == title or not (named or _name_line(st, j)):
                break
            if not named:
                st.labels[j] = BlockLabel("metadata", _WECHAT_NAME,
                                          "metadata: an author's or account's name above a WeChat header line")
            names.add(st.texts[j])
        on_header = {w for w in _header_names(st.texts[i]) if _ACCOUNT.match(w) is not None}
        names.update(on_header)
        if title is not None and (under := _name_under_header(st, i, title)) is not None:
            st.labels[under] = BlockLabel("metadata", _WECHAT_NAME,
                                          "metadata: the account's name that the WeChat header line above it "
                                          "names, set again over the headline")
            names.add(st.texts[under])
        elif i + 1 < st.n and i + 1 != title and st.labels[i + 1] is None and st.texts[i + 1].strip() in on_header:
            # the account the header line names, alone again on the line under it (原创 史志办 鹤坪史志 … / 鹤坪史志)
            st.labels[i + 1] = BlockLabel("metadata", _WECHAT_NAME,
                                          "metadata: the account's name under the WeChat header line that names it")
    if not header:
        return
    for k in range(st.n):
        if zones[k] != "tail" or st.labels[k] is not None:
            continue
        if st.texts[k] in names:
            st.labels[k] = BlockLabel("navigation", "widget/wechat-account",
                                      "widget: the WeChat account's name again after the body (its follow card)")
        elif "微信" in st.texts[k] or "微讯" in st.texts[k] or "ID" in st.texts[k]:
            if _WECHAT_ID.match(st.texts[k]) is not None:
                st.labels[k] = BlockLabel("navigation", "widget/wechat-account-id",
                                          "widget: the WeChat account's ID after the body (its follow card)")


def _name_under_header(st: _State, header: int, title: int) -> int | None:
    """The short name line between the WeChat header line ``header`` and the
    headline ``title`` that the header line names (``原创 龙川人社 龙川人社 2025年12月08日`` /
    ``点击上方蓝字…`` / ``龙川人社`` / headline), with only lines found to be
    chrome between, or None."""
    j = header + 1
    while j < title and (lab := st.labels[j]) is not None and lab.label not in KEPT_LABELS:
        j += 1
    if j >= title or not _name_line(st, j) or st.size[j] > _REPEATED_NAME_CHARS \
            or st.texts[j].strip() not in st.texts[header]:
        return None
    return j


def _indented_tail(st: _State, zones: list[str], indented: Sequence[bool]) -> None:
    """Tail blocks indented like the body's paragraphs (``　　主办单位：…`` in an
    event notice) are body: they join the core. Only when the page indents its
    body (most core blocks) and not its furniture (the blocks above the body);
    a reporters' credit indented like a paragraph (``　　南岭日报记者 许波
    通讯员 马强``) stays in the tail, so does a press release's contact for the
    press (``　　新闻联络人：…``), and so does a reader's comment indented
    under the comment section's header (see :func:`_comment_cut`)."""
    if not any(indented):
        return  # no core block is indented: the page does not indent its body
    prose = list(compress(indented, map(_CORE.__eq__, zones)))
    head = list(compress(indented, map(_HEAD.__eq__, zones)))
    if len(prose) < 2 or sum(prose) * 5 < len(prose) * 4 or sum(head) * 5 > len(head):
        return
    for i in range(st.n if st.comments is None else st.comments):
        if zones[i] == "tail" and indented[i] and st.labels[i] is None and (st.sentence[i] or not _names_author(st, i)) \
                and not _press_contact(st, i):
            zones[i] = "core"


def _press_contact(st: _State, i: int) -> bool:
    """Whether block ``i`` is a press release's contact for the press (``新闻联络人：…``), indented or not (its rule's)."""
    rule = st.rules.get("credits/press-contact")
    return rule is not None and rule.may_match(st.texts[i]) and rule.match(st.texts[i]) is not None


def classify(
    texts: Sequence[str], rules: RuleSet | None = None, config: ClassifyConfig | None = None,
    indented: Sequence[bool] | None = None,
) -> Classification:
    """Label every block (the stripped text of each non-blank line, in order).

    ``indented`` (one flag per block) tells which lines began with a
    paragraph indent (``　　``); after the body, lines indented like the
    body's paragraphs are kept as body."""
    config = config or ClassifyConfig()
    st = _State(texts, rules if rules is not None else load_rules(), config)
    if config.spam:
        _spam(st)
    _page_code(st)
    _quiz_widgets(st)
    _prose_rules_first(st)
    zones = _zones(st)
    _settle_prose_rules(st, zones)
    if indented is not None:
        _indented_tail(st, zones, indented)
    outside = [i for i, zone in enumerate(zones) if zone != "core"]
    _recheck_prose_rules(st, zones)
    _apply_rules(st, zones, outside, prose_ok=True)
    _apply_rules(st, zones, outside, prose_ok=False)
    _loading_placeholders(st)
    _record_fields(st)
    for i in _labelled(st.labels):  # metadata found by rules (counters, label tables) carries values
        lab = st.labels[i]
        if lab is not None and lab.label in ("metadata", "byline", "navigation", "slogan", "breadcrumb") \
                and not lab.rule.startswith(_VALUELESS):
            m = st.meta_line(i)
            if m is not None and m.fields:
                st.labels[i] = BlockLabel(lab.label, lab.rule, lab.reason, dict(m.fields))
    _structure(st, zones, outside)
    _glossed_chrome(st, zones, outside)
    _glued_chrome(st, zones, outside)
    _column_name_headers(st, zones)
    _split_rows(st, zones)
    _split_trails(st, zones)
    _related_lists(st, zones, outside)
    _entry_furniture(st)
    _record_folios(st)
    _download_lists(st, zones, outside)
    _comment_threads(st, zones, outside)
    post = _microblog_post(st)
    _feedback_form(st)
    _tail_runs(st, zones, outside)
    _edge_footer_contact_runs(st, zones)
    _metadata_lines(st, zones, outside)
    _label_pairs(st, zones, outside)
    _number_cells(st)
    _core_credits(st, zones)
    _nav_columns(st, zones)
    _split_font_sizes(st, zones)
    _core_menu(st, zones)
    _introduced_lists(st)
    _section_organisers(st)
    _service_point_address_lists(st)
    _mastheads(st, zones)
    _dated_letterheads(st)
    _head_sidebar_lists(st, zones)
    _head_box_headers(st, zones)
    _core_sidebar_lists(st, zones)
    title = _title(st, zones)
    if title is not None:
        _page_title_below(st, title)
        _news_app_site_name_again(st, title)
        _news_app_account_under_headline(st, title)
    _issuer_lines(st, zones, title)
    _signed_letterhead(st, title)
    _wechat_names(st, zones, title)
    if st.thread:
        _poster_names(st, zones, title)
    _bylines(st, zones, outside)
    _repost_author_lines(st, zones, title)
    _closing_source_line(st, zones)
    table = _label_tables(st, zones)
    poets = _literature_author_lines(st)
    _lone_marks(st)
    labels: list[BlockLabel] = []
    for i in range(st.n):
        lab = st.labels[i]
        if lab is None:
            if st.prose[i]:
                lab = _BODY
            elif zones[i] == "head" and title is not None and i > title and shape.clause_marks(st.texts[i]) == 0 \
                    and st.size[i] <= 20:
                lab = _CAPTION
            else:
                lab = _KEPT_LINE[zones[i]]
        labels.append(lab)
    meta = _collect(st, title, table)
    if "date" not in meta or "source" not in meta:
        _bulletin_issue_facts(st, zones, meta)
    if poets:
        meta.setdefault("author", poets[0])
    if post is not None:
        if post.header is not None:
            meta["title"] = post.header  # the post's 【…】, not the account's name above it
        if post.account is not None:
            meta.setdefault("source", post.account)
    _reply_facts(st, meta)
    if title is not None and st.texts[title][:1] in "【[［" and (tagged := tagged_outlet(st.texts[title])) is not None \
            and _OUTLET_SOURCE.search(str(meta.get("source", ""))) is None:
        meta["source"] = tagged  # 【光明日报】… under 来源：党委宣传部: the paper the story came from, not the office that posted it
    if "title" not in meta and (named := _labelled_title(st, zones)) is not None:
        meta["title"] = named
    if "date" not in meta and _epaper_page(st) and (issue := _today_widget_date(st)) is not None:
        meta["date"] = issue  # an e-paper's masthead date is its issue's, before any date the article signs
    if "date" not in meta and (signed := _signature_date(st, zones, title) or _meeting_date(st) or _trail_date(st, zones)) is not None:
        meta["date"] = signed
    if "date" not in meta and (dated := _headline_date(meta) or _warning_release_date(st, zones, title)
                               or _today_widget_date(st)) is not None:
        meta["date"] = dated
    if "source" not in meta and (account := _wechat_account(st) or _masthead_paper(st, zones)) is not None:
        meta["source"] = account
    if "source" not in meta and isinstance(role := meta.get("author_role"), str) \
            and (outlet := _OUTLET_REPORTER.match(role)) is not None:
        meta["source"] = outlet.group(1)  # 人民日报客户端记者 杨娟: the reporter's outlet published the page
    if "source" not in meta and _DATELINE_MARK.search(st.joined) is not None \
            and (agency := _from_first_paragraphs(st, zones, dateline_outlet)) is not None:
        meta["source"] = agency  # 新华社北京3月5日电: the agency that filed the story
    if "author" not in meta and (reporter := _reporter(st, zones)) is not None:
        meta["author"] = reporter
    if "author" not in meta and (writer := _wechat_header_author(st)) is not None:
        meta["author"] = writer
    if "source" not in meta and (issuer := meta.get("agency") or _signing_office(st, zones, title)
                                 or _header_issuer(st, zones, title)) is not None:
        meta["source"] = issuer  # a disclosure page's 发布机构, the office that signed the notice or heads it
    if isinstance(date := meta.get("date"), str) and (day_first := day_first_date(st.joined, date)) is not None:
        meta["date"] = day_first  # 05/11/2026 on a page from Macau or Hong Kong: 5 November
    return Classification(labels, meta, title, zones, st.timeouts)
