"""Per-block spam and SEO-injection scoring.

A block's score adds up the vocabulary it uses (porn-site words; gambling
words only in an advertising context), syllables repeated like a chant
(``撸一撸一撸一``), the shape of an SEO keyword list (short phrases joined by
commas, no sentence) and injected link text (URLs), and subtracts the
vocabulary of government text about the same subjects (打击, 查处, 彩票管理
...). Scores are per block: a document is never dropped as a whole.

>>> s = score_spam("午夜久久精品,青青草视频在线观看,亚洲色综合网")
>>> s.is_spam, s.signals[0]
(True, 'porn vocabulary (久久, 青青草, 色综合)')
>>> score_spam("严厉打击网络赌博和六合彩等违法犯罪活动，依法查处涉赌案件。").is_spam
False
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any

from govtext.blocks import _toml
from govtext.blocks._literals import PairFinder, literal_finder

__all__ = ["SpamLexicon", "SpamScore", "TermGroup", "load_lexicon", "may_be_spam", "may_score", "score_spam", "scoring_blocks"]

REPEAT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4})\1{2,}")
"""A unit of 2-4 Han characters said three times or more in a row."""
URL = re.compile(r"(?i)(?:https?://|www\.)[a-z0-9][a-z0-9.-]{0,80}|(?<![a-z0-9-])[a-z0-9-]{2,40}\.(?:com|net|cc|top|vip|xyz|app)\b")
CONTACT = re.compile(
    r"(?<!\d)1[3-9]\d{9}(?!\d)|(?:(?i:qq)|扣扣|企鹅)\s{0,2}[:：]?\s{0,2}\d{5,11}"
    r"|(?:微信|威信|薇信|V信|(?<![A-Za-z])(?i:vx|wx|v))\s{0,2}[:：]\s{0,2}[A-Za-z0-9_-]{5,20}"
    r"|(?:飞机|飛機|纸飞机|紙飛機|电报|電報|联系|聯繫|(?<![A-Za-z])(?i:tg|telegram))\s{0,2}[:：]?\s{0,2}@[A-Za-z0-9_]{4,32}"
)
"""A mobile number, QQ or WeChat id (``v：fp8866a``, ``扣扣 2839471``) or a
Telegram handle (``飞机@pf8899``, ``TG：@bcdl66``, ``联系@kf_777``): how
injected ads ask to be contacted."""
_PARTS = re.compile(r"[,，|｜丨_;；\s]+")
"""What joins the phrases of a keyword list: commas, bars, spaces, and the underscores of a page title."""
_SENTENCE_END = re.compile(r"[。！？!?][”’」』)）]?$")


@dataclass(frozen=True)
class TermGroup:
    """A weighted vocabulary (one ``[[group]]`` of the lexicon file)."""

    name: str
    weight: float
    terms: tuple[str, ...]
    pattern: re.Pattern[str]
    needs_context: bool = False
    cap: float | None = None
    """Most a group may add to a score (so weak words alone never make spam)."""
    needs: str | None = None
    """The name of a group that must also have a hit in the block for this
    one to count (a place, ``澳门``, with a tip word, ``资料``)."""
    scan: bool = True
    """Whether the group's terms are scanned for in the first pass
    (:attr:`SpamLexicon.trigger`); False only for a group that
    :attr:`needs` a scanned one, which finds the block for it."""
    after: int | None = None
    """When set, a hit counts only if it begins at most this many characters
    after the end of a hit of the :attr:`needs` group (``官网`` right after
    a brand, ``九游会官网``, ``开云体育(中国)官方网站``; not the site name
    at the other end of a title, ``…在威尼斯人举行 - 政府入口网站``)."""
    latin_words: bool = False
    """Whether the group's terms are brand names in Latin letters
    (``kaiyun``, ``ayx``): written in ASCII or full-width letters, and
    counted only as words (``leyu`` not inside ``huanleyuan``); see
    :func:`_latin_brand_forms` and :func:`_is_latin_word_at`."""


@dataclass(frozen=True)
class SpamLexicon:
    """Term groups and the score at which a block is spam."""

    groups: tuple[TermGroup, ...]
    threshold: float
    version: int
    trigger: re.Pattern[str]
    """Any positive term (a literal alternation, which ``re`` scans fastest):
    a block without one scores 0."""
    finder: re.Pattern[str] | None = None
    """Matches exactly where :attr:`trigger` would (None: use the trigger),
    scanning only at each term's rarest character: several times faster
    (see :func:`govtext.blocks._literals.literal_finder`)."""
    pairs: PairFinder | None = None
    """Finds the blocks holding a positive term faster still, stopping with
    a two-character test (see :class:`govtext.blocks._literals.PairFinder`);
    None: use :attr:`finder`."""

    def find(self, text: str, pos: int = 0) -> int:
        """Where a positive term occurs at or after ``pos`` (-1: nowhere); for
        presence and the block a term is in, not for the term's start."""
        if self.pairs is not None:
            return self.pairs.search(text, pos)
        m = (self.trigger if self.finder is None else self.finder).search(text, pos)
        return -1 if m is None else m.start()


@dataclass(frozen=True)
class SpamScore:
    """The score of one block and the signals that made it up."""

    score: float
    threshold: float
    signals: tuple[str, ...]

    @property
    def is_spam(self) -> bool:
        return self.score >= self.threshold

    @property
    def reason(self) -> str:
        return "spam: " + "; ".join(self.signals) + f" (score {self.score:.2f})"


_FULL_WIDTH_SHIFT = 0xFEE0
"""From an ASCII letter to its full-width form (``a`` to ``ａ``)."""


def _latin_brand_forms(term: str) -> list[str]:
    """``term`` and its form in full-width letters (``ＡＹＸ爱游戏``), which
    hacked pages use to slip past filters that look for ASCII. Each case a
    brand is written in is listed in the lexicon itself: a form in another
    case would key the scan on a frequent letter (``Boyu`` on ``B``, as in
    ``Body``) for few injections.

    >>> _latin_brand_forms("ayx"), _latin_brand_forms("AYX体育")
    (['ayx', 'ａｙｘ'], ['AYX体育', 'ＡＹＸ体育'])
    """
    wide = "".join(chr(ord(c) + _FULL_WIDTH_SHIFT) if c.isascii() and c.isalnum() else c for c in term)
    return list(dict.fromkeys([term, wide]))


def _is_latin_word_at(text: str, start: int, end: int) -> bool:
    """Whether the term found at ``text[start:end]`` is a word where its
    edges are Latin letters: no letter of the same case right before or
    after them (``leyu`` in ``leyu.com`` or ``leyu乐鱼``, not in
    ``huanleyuan``; ``LEYU`` not in ``LEYUAN``); digits, hanzi and
    punctuation may touch it. Told after a plain alternation has found the
    term, which ``re`` scans many times faster than one with lookarounds
    on every term.

    >>> _is_latin_word_at("huanleyuan", 4, 8), _is_latin_word_at("leyu.com", 0, 4), _is_latin_word_at("ayx爱游戏", 0, 3)
    (False, True, True)
    """
    return not (_same_case_letters(text[start - 1: start], text[start])
                or _same_case_letters(text[end - 1], text[end: end + 1]))


def _same_case_letters(a: str, b: str) -> bool:
    """Two ASCII letters of the same case (False when either is missing)."""
    return len(a) == len(b) == 1 and a.isascii() and b.isascii() and a.isalpha() and b.isalpha() \
        and a.isupper() == b.isupper()


def _group(data: Mapping[str, Any], traditional: bool) -> TermGroup:
    terms = tuple(str(t) for t in data["terms"])
    latin = bool(data.get("latin_words", False))
    if latin:
        terms = tuple(dict.fromkeys(f for t in terms for f in _latin_brand_forms(t)))
    if traditional:
        from govtext.blocks._variants import traditional as to_trad

        terms = tuple(dict.fromkeys([*terms, *(to_trad(t) for t in terms)]))
    alts = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return TermGroup(
        name=str(data["name"]),
        weight=float(data["weight"]),
        terms=terms,
        pattern=re.compile(alts),
        needs_context=bool(data.get("needs_context", False)),
        cap=float(data["cap"]) if "cap" in data else None,
        needs=str(data["needs"]) if "needs" in data else None,
        scan=bool(data.get("scan", True)),
        after=int(data["after"]) if "after" in data else None,
        latin_words=latin,
    )


def _check_needs(groups: tuple[TermGroup, ...]) -> None:
    """Raise ValueError unless every group a group needs exists and every
    unscanned group needs a scanned one (else a block holding only its terms
    would be skipped although it may score)."""
    by_name = {g.name: g for g in groups}
    for g in groups:
        need = by_name.get(g.needs) if g.needs is not None else None
        if g.needs is not None and need is None:
            raise ValueError(f"spam group {g.name!r} needs unknown group {g.needs!r}")
        if not g.scan and (need is None or not need.scan):
            raise ValueError(f"unscanned spam group {g.name!r} must need a scanned group")
        if g.after is not None and need is None:
            raise ValueError(f"spam group {g.name!r} counts after another group's hits but needs none")


@lru_cache(maxsize=2)
def load_lexicon(traditional: bool = False) -> SpamLexicon:
    """The shipped spam lexicon (``govtext/data/spam/lexicon.toml``), compiled
    once; ``traditional=True`` adds the Traditional form of every term."""
    text = (resources.files("govtext") / "data" / "spam" / "lexicon.toml").read_text(encoding="utf-8")
    data = _toml.loads(text)
    groups = tuple(_group(g, traditional) for g in data["group"])
    _check_needs(groups)
    positive = sorted({t for g in groups if g.weight > 0 and g.scan for t in g.terms}, key=len, reverse=True)
    trigger = re.compile("|".join(re.escape(t) for t in positive))
    pairs = PairFinder(positive) if all(len(t) >= 2 for t in positive) else None
    return SpamLexicon(groups, float(data["threshold"]), int(data["version"]), trigger, literal_finder(positive), pairs)


def may_score(text: str, lexicon: SpamLexicon) -> bool:
    """False when ``text`` holds no positive term (it then scores 0); a cheap
    necessary test before :func:`score_spam`.

    >>> lex = load_lexicon()
    >>> may_score("各乡镇人民政府：现将有关事项通知如下。", lex), may_score("青青草视频", lex)
    (False, True)
    >>> may_score("开 云 体 育 官 网", lex)  # letter-spaced, see _despaced
    True
    """
    if lexicon.find(text) >= 0:
        return True
    spaced = _despaced(text)
    return spaced is not text and lexicon.find(spaced) >= 0


_SPACED_CHAR = r"[\u3400-\u9fffA-Za-z]"
_SPACED_GAP = "[ \u3000.·・\u2600-\u27bf\U0001f300-\U0001faff]"
_SPACED_RUN = re.compile(rf"(?<!{_SPACED_CHAR})(?:{_SPACED_CHAR}{_SPACED_GAP}){{3,}}{_SPACED_CHAR}(?!{_SPACED_CHAR})")
"""Four or more single hanzi or letters, one space, dot or emoji after each but
the last (``开 云 体 育``, ``l e y u``, ``开.云.体.育``, ``开🔥云🔥体🔥育``): how an injection
spells its words to slip past word filters. Names padded to a width in a
list (``张　勇　　刘晓丽``) put two spaces between names, so they are no run."""
_SPACED_SCAN = re.compile(rf"{_SPACED_GAP}(?<={_SPACED_CHAR}{_SPACED_GAP})(?={_SPACED_CHAR}{_SPACED_GAP}{_SPACED_CHAR}{_SPACED_GAP}{_SPACED_CHAR})")
"""Where a :data:`_SPACED_RUN` may begin, found by a scan that stops only at
spaces, dots and emoji (it begins with their class): cheap over a whole document."""


_EVASIVE_GAP = re.compile("[.·・\u2600-\u27bf\U0001f300-\U0001faff]")
"""A gap no typesetting puts between letters: a dot or an emoji."""
_EVASIVE_GAIN = 0.3
"""What letters spelled apart with dots or emoji (``威.尼.斯.人``, ``开🔥云🔥体🔥育``) add to a
score with vocabulary: a way to slip past word filters, never a heading's letter spacing."""


def _evasive(text: str) -> bool:
    """Whether a letter-spaced run of ``text`` (see :data:`_SPACED_RUN`) puts a dot
    or an emoji between its letters, not spaces (``开 云 体 育`` may be a spaced heading).

    >>> _evasive("威.尼.斯.人.官.网"), _evasive("开🔥云🔥体🔥育"), _evasive("通 知 公 告"), _evasive("米乐·M6")
    (True, True, False, False)
    """
    return any(_EVASIVE_GAP.search(m.group()) is not None for m in _SPACED_RUN.finditer(text))


def _despaced(text: str) -> str:
    """``text`` with its letter-spaced runs (:data:`_SPACED_RUN`) closed up,
    or ``text`` itself (the same object) when it has none.

    >>> _despaced("l e y u 乐 鱼 体 育 官 网"), _despaced("发 布 机 构：青溪镇人民政府")
    ('leyu乐鱼体育官网', '发布机构：青溪镇人民政府')
    >>> _despaced("王海涛　李春梅　张　勇　刘晓丽") == "王海涛　李春梅　张　勇　刘晓丽"
    True
    """
    if _SPACED_SCAN.search(text) is None:
        return text
    return _SPACED_RUN.sub(lambda m: m.group()[::2], text)


def _spaced_out_blocks(texts: Sequence[str], lexicon: SpamLexicon, joined: str) -> set[int]:
    """The blocks holding a positive term only once their letter-spaced runs
    are closed up (see :func:`_despaced`); one scan of ``joined`` finds the
    blocks with such runs, and few pages have any."""
    found: set[int] = set()
    starts: list[int] = []
    pos = 0
    while (m := _SPACED_SCAN.search(joined, pos)) is not None:
        if not starts:
            starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        i = bisect_right(starts, m.start()) - 1
        if may_score(texts[i], lexicon):
            found.add(i)
        if i + 1 >= len(starts):
            break
        pos = starts[i + 1]  # each block is tested once
    return found


def scoring_blocks(texts: Sequence[str], lexicon: SpamLexicon, joined: str | None = None) -> Iterator[int]:
    """Indices (ascending) of the blocks that may score above 0: a superset
    of those holding a positive term, found with one scan of all the blocks
    joined instead of one scan per block (``joined``: ``"\\n".join(texts)``
    when the caller has it). Every other block scores 0.

    >>> list(scoring_blocks(["各乡镇人民政府：", "青青草视频", "现将有关事项通知如下。", "久久"], load_lexicon()))
    [1, 3]
    >>> list(scoring_blocks(["开 云 体 育 官 网", "现将有关事项通知如下。", "久久"], load_lexicon()))
    [0, 2]
    """
    if joined is None:
        joined = "\n".join(texts)
    spaced = _spaced_out_blocks(texts, lexicon, joined)
    if spaced:
        yield from sorted(spaced.union(_term_blocks(texts, lexicon, joined)))
    else:
        yield from _term_blocks(texts, lexicon, joined)


def _term_blocks(texts: Sequence[str], lexicon: SpamLexicon, joined: str) -> Iterator[int]:
    """Indices (ascending) of the blocks holding a positive term as written
    (see :func:`scoring_blocks`)."""
    find = lexicon.find
    starts: list[int] = []  # where each block begins in ``joined``, worked out at the first find
    pos = 0
    while (found := find(joined, pos)) >= 0:
        if not starts:
            starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        i = bisect_right(starts, found) - 1
        yield i
        if i + 1 >= len(starts):
            break
        pos = starts[i + 1]


def _is_keyword_list(text: str) -> bool:
    """Three or more short phrases joined by commas or spaces, not a sentence."""
    if "。" in text:
        return False
    parts = [p for p in _PARTS.split(text) if p]
    return len(parts) >= 3 and all(len(p) <= 16 for p in parts)


_ROW_STEM = 2
"""Characters a brand's link row repeats in front of each link (see :func:`_brand_row`)."""
_ROW_MIN = 3
"""Links of a row that must share the stem."""
_ROW_GAIN = 0.4
"""What a brand's link row adds to a score that has vocabulary."""
_ROW_WORDS = ("官网", "官方", "平台", "登录", "登陆", "入口", "注册", "下载", "app", "APP", "App", "网址", "地址", "代理",
              "娱乐", "体育", "手机版", "网页版", "客户端", "开户", "招商",
              "官網", "平臺", "登錄", "登陸", "註冊", "注冊", "下載", "網址", "娛樂", "體育", "手機版", "網頁版", "客戶端", "開戶")
"""What the links of a betting site's row add to its name (官网, 平台, 登录入口, app下载), in
both scripts: a Traditional page is scored before it is converted, when it is."""


def _brand_row(text: str) -> str | None:
    """The name a keyword list repeats in front of :data:`_ROW_WORDS` in
    :data:`_ROW_MIN` or more of its phrases (``天游平台注册|天游娱乐登录|天游代理招商``,
    ``w88官网 w88登录入口 w88 app下载``): the link row an injection writes for a
    betting site whatever its brand, which no lexicon lists in full. A portal's
    own menu repeats its words too (``政务公开|政务服务|政务新媒体``) but not
    with these, and the row counts only in a block whose vocabulary already scores.

    >>> _brand_row("bt博天堂官网|bt博天堂平台|bt博天堂登录入口|bt博天堂app下载")
    'bt'
    >>> _brand_row("政务公开|政务服务|政务新媒体|互动交流") is None, _brand_row("天游官网|乐游平台|美游登录") is None
    (True, True)
    """
    parts = set(_PARTS.split(text))
    if len(parts) < _ROW_MIN:
        return None
    stems: dict[str, int] = {}
    for p in parts:
        if len(p) > _ROW_STEM and any(w in p[_ROW_STEM:] for w in _ROW_WORDS):
            stems[p[:_ROW_STEM]] = stems.get(p[:_ROW_STEM], 0) + 1
    best = max(stems, key=lambda k: (stems[k], k), default=None)
    return best if best is not None and stems[best] >= _ROW_MIN else None


_NAME_LINE_MAX = 40
"""Longest block read as a name line (see :func:`_is_name_line`)."""
_CLAUSE = re.compile(r"[，。；！？、：:;!?]")
_OUTLINE = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.](?!\d)")
"""The number of a document's part in front of its heading (``（四）``,
``三、``, ``2.``; not ``1.76``, a version in a game server's name)."""


def _is_name_line(text: str) -> bool:
    """A short line that names something and says nothing: no clause or
    sentence punctuation and at most :data:`_NAME_LINE_MAX` characters (the
    callers ask first whether it is a keyword list). The title an injected page gives itself
    (``kaiyun·开云(中国)官方网站``) has this shape; so do headings, which is
    why the shape only adds to vocabulary a line already holds, and a
    heading numbered as a part of a document (``（四）办证刻章类诈骗``) is
    not a name line.

    >>> _is_name_line("半岛·体育(BD)官方网站"), _is_name_line("请登录官方网站办理。")
    (True, False)
    >>> _is_name_line("（四）办证刻章类诈骗"), _is_name_line("1.76复古传奇")
    (False, True)
    """
    t = text.strip()
    return 0 < len(t) <= _NAME_LINE_MAX and _CLAUSE.search(t) is None and _OUTLINE.match(t) is None


_QUOTED = re.compile(r"“[^“”\n]{1,24}”|「[^「」\n]{1,24}」|『[^『』\n]{1,24}』|‘[^‘’\n]{1,24}’")
"""A short phrase in Chinese quotation marks: a term named, not used (a
notice that bans “百家乐” and “注册送彩金” ads quotes them)."""


def _unquoted(text: str) -> str:
    """``text`` without its quoted phrases (each becomes a space).

    >>> _unquoted("查处以“百家乐”“注册送彩金”为名的网站")
    '查处以  为名的网站'
    """
    if "“" not in text and "「" not in text and "『" not in text and "‘" not in text:
        return text
    return _QUOTED.sub(" ", text)


def _found_terms(text: str, lex: SpamLexicon) -> dict[str, list[str]]:
    """The distinct terms of each group found in ``text``, by group name,
    quoted phrases left out (see :data:`_QUOTED`), without the groups whose
    needed group (:attr:`TermGroup.needs`) found nothing."""
    text = _unquoted(text)
    found: dict[str, list[str]] = {}
    for g in lex.groups:
        if g.latin_words:
            hits = list(dict.fromkeys(m.group() for m in g.pattern.finditer(text)
                                      if _is_latin_word_at(text, m.start(), m.end())))
        else:
            hits = list(dict.fromkeys(g.pattern.findall(text)))
        if hits and g.after is not None:
            hits = _hits_after(text, g, lex)
        if hits:
            found[g.name] = hits
    needs = {g.name: g.needs for g in lex.groups if g.needs is not None}
    return {n: h for n, h in found.items() if needs.get(n, n) in found}


def _hits_after(text: str, g: TermGroup, lex: SpamLexicon) -> list[str]:
    """The distinct hits of ``g`` that begin at most :attr:`TermGroup.after`
    characters after the end of a hit of the group ``g`` needs (run only
    for a block where ``g`` has hits: few)."""
    need = next(n for n in lex.groups if n.name == g.needs)
    ends = [m.end() for m in need.pattern.finditer(text)]  # ascending
    gap = g.after or 0
    return list(dict.fromkeys(m.group() for m in g.pattern.finditer(text)
                              if _ends_within(ends, m.start(), gap)))


def _ends_within(ends: list[int], start: int, gap: int) -> bool:
    """Whether one of ``ends`` (ascending) lies at most ``gap`` characters
    before ``start`` (a bisection: a line of many brands stays linear).

    >>> _ends_within([3, 10], 12, 2), _ends_within([3, 10], 14, 2), _ends_within([], 1, 6)
    (True, False, False)
    """
    i = bisect_right(ends, start) - 1
    return i >= 0 and start - ends[i] <= gap


def _group_score(g: TermGroup, hits: list[str]) -> float:
    """What a group's distinct hits add to the score (negative for context words)."""
    if g.weight < 0:
        return max(g.weight * len(hits), -1.0)
    gain = g.weight * len(hits)
    return gain if g.cap is None else min(gain, g.cap)


_TITLE_SEPARATOR = re.compile(r"\s*[_|｜\-－–—]+\s*")
"""What a page title puts between its parts (``品牌官方网站_真标题_网站名``)."""
_TITLE_WARNING = ("赌博", "涉赌", "诈骗", "违法", "犯罪", "警惕", "谨防", "打击", "查处", "举报", "提醒", "切勿")
"""Words of a warning about the brands a line names: such a line is read whole."""


def _title_parts(text: str) -> list[str]:
    """The parts of a line read as a page title (two or more, split at
    ``_ - | —``), or none: a hijacked ``<title>`` puts a betting site's name
    in front of (or behind) the real title and the site's name
    (``开云体育(中国)官方网站 - 县人民政府关于…的公告``), and the real title's
    length and government words keep the whole line under the threshold.
    A sentence, or a line that warns about what it names, is not split.

    >>> _title_parts("kaiyun开云官方网站_市人社局召开全市人社系统工作会议_青阳市人社局")
    ['kaiyun开云官方网站', '市人社局召开全市人社系统工作会议', '青阳市人社局']
    >>> _title_parts("开云体育(中国)官方网站——境外赌博网站"), _title_parts("一句话。_二")
    ([], [])
    """
    if "。" in text or any(w in text for w in _TITLE_WARNING):
        return []
    parts = [p for p in _TITLE_SEPARATOR.split(text) if p]
    return parts if len(parts) >= 2 else []


def _title_part_may_be_spam(text: str, lex: SpamLexicon, share: float) -> bool:
    """Whether a part of ``text`` read as a title may be spam (see :func:`_title_parts`)."""
    return any(may_be_spam(p, lex, share) for p in _title_parts(text))


def _title_part_score(text: str, lex: SpamLexicon, whole: SpamScore) -> SpamScore:
    """``whole`` (the score of ``text``), or the score of a part of it read
    as a title when that part is spam alone: the line is a hijacked title."""
    for part in _title_parts(text):
        s = score_spam(part, lex)
        if s.is_spam:
            return SpamScore(s.score, s.threshold, (f"a hijacked title's part “{part}”", *s.signals))
    return whole


_BOUND_MARGIN = 1e-3
"""Slack for the rounding of scores in :func:`may_be_spam`."""


def may_be_spam(text: str, lexicon: SpamLexicon | None = None, share: float = 1.0) -> bool:
    """False when the score of ``score_spam(text, lexicon)`` is sure to stay
    under ``share`` of the threshold (by default: when it is sure not to be spam),
    told without the costliest tests: a chanted repetition and a link or
    contact are assumed present (the most they can add), and so is the
    context a link gives; the small deduction for a sentence is left out.

    >>> may_be_spam("重点打造4个精品示范村，整治农村人居环境。"), may_be_spam("午夜久久精品,青青草视频在线观看,亚洲色综合网")
    (False, True)
    """
    lex = lexicon or load_lexicon()
    if not may_score(text, lex):
        return False
    spaced, text = text, _despaced(text)
    found = _found_terms(text, lex)
    weights = {g.name: g for g in lex.groups}
    shape = _is_keyword_list(text) or _is_name_line(text)
    context = shape or any(weights[n].weight > 0 and not weights[n].needs_context for n in found)
    bound = 0.6  # a chanted repetition
    for name, hits in found.items():
        g = weights[name]
        part = _group_score(g, hits)
        if part > 0 or context or not g.needs_context:  # a link may give a positive group its context
            bound += part
    if any(weights[n].weight > 0 for n in found):
        bound += 0.3 + (0.3 if shape else 0.0)  # a link or contact, and the list shape
        if shape and _brand_row(text) is not None:
            bound += _ROW_GAIN
        if text is not spaced:
            bound += _EVASIVE_GAIN
    return bound >= share * lex.threshold - _BOUND_MARGIN or _title_part_may_be_spam(text, lex, share)


def score_spam(text: str, lexicon: SpamLexicon | None = None) -> SpamScore:
    """Score one block of text (see the module docs)."""
    lex = lexicon or load_lexicon()
    if not may_score(text, lex):  # a chant or a list alone is not spam
        return SpamScore(0.0, lex.threshold, ())
    spaced, text = text, _despaced(text)
    found = _found_terms(text, lex)
    rep = REPEAT.search(text)
    url = URL.search(text) or CONTACT.search(text)
    listed = _is_keyword_list(text)
    named = not listed and _is_name_line(text)
    shape = listed or named
    weights = {g.name: g for g in lex.groups}
    promotion = any(weights[n].weight > 0 and not weights[n].needs_context for n in found)
    context = promotion or shape or url is not None
    score = 0.0
    signals: list[str] = []
    for name, hits in found.items():
        g = weights[name]
        if g.needs_context and not context:
            continue
        score += _group_score(g, hits)
        if g.weight < 0:
            signals.append(f"{name} context (−{min(-g.weight * len(hits), 1.0):.2f}: {', '.join(hits[:3])})")
        else:
            signals.append(f"{name} vocabulary ({', '.join(hits[:3])})")
    positive = any(weights[n].weight > 0 for n in found)
    if rep is not None:
        score += 0.6
        signals.append(f"chanted repetition {rep.group()}")
    if positive and shape:
        score += 0.3
        signals.append("a list of short phrases joined by commas" if listed else "a short name line, not a sentence")
    if positive and listed and (stem := _brand_row(text)) is not None:
        score += _ROW_GAIN
        signals.append(f"a brand's link row ({stem}…)")
    if positive and url is not None:
        score += 0.3
        signals.append(f"injected link or contact {url.group()}")
    if _SENTENCE_END.search(text) and score > 0:
        score -= 0.2
    if positive and text is not spaced and _evasive(spaced):
        score += _EVASIVE_GAIN
        signals.append("letters spelled apart with dots or emoji")
    if text is not spaced and score > 0:
        signals.append(f"letters spaced out ({text})")
    whole = SpamScore(round(score, 4), lex.threshold, tuple(signals))
    return whole if whole.is_spam else _title_part_score(text, lex, whole)
