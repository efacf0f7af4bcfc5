"""The shape of a block of text: sentence or not, link chains, link lists.

Boilerplate is recognised by its shape as much as by its words: a
breadcrumb is a chain of short items joined by ``>``; a navigation bar is a
row of short labels; a slogan is two or three parallel phrases of equal
length; body text is made of sentences. All patterns here have bounded
repetition, so they run in time linear in the block's length.

>>> is_sentence("坚持创新发展强市，深入实施一号发展工程。")
True
>>> link_chain("首页 > 综合范文 > 勇当中国式现代化先行者 >")
['首页', '综合范文', '勇当中国式现代化先行者']
>>> link_chain("2024/01/05") is None
True
>>> is_couplet("汇聚你我力量 共护健康成长"), is_couplet("聚焦科技创新")
(True, False)
>>> doubled("微信客服微信客服")
'微信客服'
"""

from __future__ import annotations

import re

import regex

__all__ = [
    "CHAIN_SEPARATOR",
    "PIPE",
    "clause_marks",
    "doubled",
    "han_count",
    "has_han8",
    "is_bullet",
    "is_couplet",
    "is_prose",
    "is_sentence",
    "latin_sentence",
    "link_chain",
    "nav_items",
    "nonspace_len",
    "prose_shaped",
    "sentence_and_prose",
]

CHAIN_SEPARATOR = re.compile(r"[ \t\u3000]{0,3}(?:->|=>|>>|>|»|＞|›|→|/|／|\\|＼)[ \t\u3000]{0,3}")
"""Separators between the items of a breadcrumb trail."""
_SEPARATOR_MARK = re.compile(r"[>»＞›→/／\\＼]")
"""A character every :data:`CHAIN_SEPARATOR` holds (a cheap first test)."""

_HAN = regex.compile(r"\p{Han}")
# ``re`` calls cost a fraction of ``regex`` calls: where a text holds only characters whose script is
# sure (the original CJK block is all Han; ASCII, general punctuation, CJK punctuation other than
# 々〇〡-〩〸-〻, and full-width forms are no Han; tests check both against \p{Han}), the answer is
# found with ``re``, and ``regex`` reads only the rest
_SURE_HAN = "\u4e00-\u9fa5"
_SURE_NOT_HAN = "\x00-\x09\x0b-\u2e7f\u3000-\u3004\u3008-\u3020\uff00-\uffef"
_BASIC_HAN = re.compile(f"[{_SURE_HAN}]+")
_UNSURE = re.compile(f"[^{_SURE_HAN}{_SURE_NOT_HAN}]")
_PLAIN_PUNCT = re.compile("[。，；！？]")
_ASCII_PUNCT = re.compile("[,;!?]")
_HAN8 = regex.compile(r"\p{Han}(?:\P{Han}*+\p{Han}){7}")
_BASIC_HAN8 = re.compile("[\u4e00-\u9fa5](?:[^\u4e00-\u9fa5]*+[\u4e00-\u9fa5]){7}")
"""Eight hanzi of the original CJK block (all \\p{Han}): a cheaper test that
settles :data:`_HAN8` for most text (``re`` calls cost less than ``regex`` calls)."""
_SENTENCE_END = re.compile(r"(?:[。！？!?；;…]|(?<=[\u4e00-\u9fa5])[.])[”’」』）)\]】]{0,2}$")
"""How a sentence ends, also with a half-width full stop after a hanzi (``…予以公示.``, as a page typed
with a Latin keyboard writes it; a file name's or a number's point is no end: ``名单.xls``, ``3.5``)."""
_CLAUSE = re.compile(r"[，,；;。！？!?：:、]")
_SENTENCE_PUNCT = regex.compile(r"[。，；！？]|[,;!?](?=\p{Han})")
_BULLET = re.compile(r"^[•·●▪◆■◇○□►▶➢✓\-*+][ \t\u3000]{0,3}")
_NAV_SPLIT = re.compile(r"[ \t\u3000]*[|｜丨¦∣▏│┃][ \t\u3000]*|[ \t\u3000]{2,}|\u3000")
_WORDS = re.compile(r"[ \t\u3000·•，,]+")
_NAV_MARK = re.compile(r"[\s|｜丨¦∣▏│┃]")
"""A character every navigation row holds: a space (which :data:`_NAV_SPLIT`
and :meth:`str.split` split at; ``re``'s ``\\s`` is :meth:`str.isspace`) or a bar."""
_HAN_ONLY = regex.compile(r"^\p{Han}+$")
PIPE = re.compile(r"[|｜丨¦∣▏│┃]")
"""The bars that separate the labels of a navigation row (also ``∣``, U+2223, which some CMSs print)."""


def nonspace_len(text: str) -> int:
    """Characters that are not whitespace."""
    return len("".join(text.split()))


def han_count(text: str) -> int:
    """Han characters (``\\p{Han}``).

    >>> han_count("第286号令〇々"), han_count("Produced By 大汉网络")
    (5, 4)
    """
    if _UNSURE.search(text) is None:
        return len(text) - len(_BASIC_HAN.sub("", text))
    return len(_HAN.findall(text))


def _has_han(text: str) -> bool:
    if _BASIC_HAN.search(text) is not None:
        return True
    return _UNSURE.search(text) is not None and _HAN.search(text) is not None


def _all_han(text: str) -> bool:
    """``_HAN_ONLY.match(text)``: Han characters only (before an optional final newline)."""
    if _BASIC_HAN.fullmatch(text) is not None:
        return True
    return _UNSURE.search(text) is not None and _HAN_ONLY.match(text) is not None


def _sentence_punct(text: str) -> list[str]:
    """``_SENTENCE_PUNCT.findall(text)``: with ``re`` when the text has no
    half-width marks (those count only before a Han character)."""
    if _ASCII_PUNCT.search(text) is None:
        return _PLAIN_PUNCT.findall(text)
    found: list[str] = _SENTENCE_PUNCT.findall(text)
    return found


def clause_marks(text: str) -> int:
    """Commas, full stops, colons and the like (half- or full-width)."""
    return len(_CLAUSE.findall(text))


def is_sentence(text: str) -> bool:
    """Reads like a sentence: a full stop inside, or it ends like a sentence."""
    # the end pattern spans at most three characters before ``$`` (which may
    # stand before a final newline): look at the tail only
    return "。" in text or _SENTENCE_END.search(text, max(len(text) - 4, 0)) is not None \
        or (text.endswith(_LATIN_STOP_ENDS) and latin_sentence(text))


_LATIN_STOP = re.compile(r"[A-Za-z0-9\u00c0-\u024f%)][.][”’\"')\]]{0,2}$")
"""A full stop after a word or a number at the end of a line (``…the opening.``, ``…in 2019.”``)."""
_LATIN_STOP_ENDS = (".", '."', ".”", ".'", ".’", ".)", ".]", '.")', ".”)")
"""How a line that :data:`_LATIN_STOP` finds ends (tested first, with no regex call)."""
_LATIN_WORD = re.compile(r"(?<![A-Za-z\u00c0-\u024f])[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’\-]*")
_LATIN_SENTENCE_WORDS = 6
"""Fewest Latin words of an English sentence (a shorter line ending with a full stop may be an initial or an abbreviation)."""


def latin_sentence(text: str) -> bool:
    """Reads like an English (or other Latin-script) sentence: it ends with a
    full stop after a word or a number, has six or more Latin words, and at
    least half of them start in lower case (a copyright line or a name in
    title case is no sentence).

    >>> latin_sentence("Print media from 12 countries covered the opening.")
    True
    >>> latin_sentence("Copyright © 2025 Lingang Special Area Administration. All rights reserved.")
    False
    >>> latin_sentence("Wang Q., Li H.")
    False
    """
    if not text.endswith(_LATIN_STOP_ENDS) or _LATIN_STOP.search(text, max(len(text) - 4, 0)) is None:
        return False  # the cheap test first: most lines end with 。 or no stop at all
    words = _LATIN_WORD.findall(text)
    return len(words) >= _LATIN_SENTENCE_WORDS and 2 * sum(1 for w in words if w[0].islower()) >= len(words)


def is_prose(text: str, min_chars: int = 0) -> bool:
    """Body-like: at least ``min_chars`` characters, mostly Han, and either a
    sentence or two or more clause marks."""
    if min_chars > 0 and nonspace_len(text) < min_chars:
        return False
    return prose_shaped(text, is_sentence(text))


def prose_shaped(text: str, sentence: bool) -> bool:
    """:func:`is_prose` without a length limit, for a text whose
    :func:`is_sentence` is known: mostly Han and a sentence or clauses."""
    if not (sentence or len(_sentence_punct(text)) >= 2):
        return False
    return has_han8(text)


def sentence_and_prose(texts: list[str]) -> tuple[list[bool], list[bool]]:
    """:func:`is_sentence` and :func:`is_prose` of every text, in two list
    passes (the same tests, without two or three calls per text).

    >>> sentence_and_prose(["坚持创新发展强市，深入实施一号发展工程。", "第一章 总则"])
    ([True, False], [True, False])
    """
    full_stop, end, han8 = "。", _SENTENCE_END.search, _BASIC_HAN8.search
    ends = _LATIN_STOP_ENDS
    sentence = [full_stop in t or end(t, max(len(t) - 4, 0)) is not None or (t.endswith(ends) and latin_sentence(t))
                for t in texts]
    prose = [(s or len(_sentence_punct(t)) >= 2) and (han8(t) is not None or has_han8(t))
             for t, s in zip(texts, sentence, strict=True)]
    return sentence, prose


def has_han8(text: str) -> bool:
    """Eight or more Han characters.

    >>> has_han8("第一章 总则"), has_han8("各乡镇人民政府，市级各部门"), has_han8("〇〇〇〇々々々々")
    (False, True, True)
    """
    return _BASIC_HAN8.search(text) is not None or (len(text) >= 8 and _HAN8.search(text) is not None)


def link_chain(text: str) -> list[str] | None:
    """The items of a breadcrumb-like chain (two or more separators, short
    items, mostly Han, no sentence punctuation, no separator inside
    brackets), or None.

    >>> link_chain("首页 > 政务公开 > 通知公告")
    ['首页', '政务公开', '通知公告']
    >>> link_chain("对象类别　原标准（元/年）　新标准（元/年）") is None
    True
    """
    if len(text) > 300 or _SEPARATOR_MARK.search(text) is None or _sentence_punct(text):
        return None
    seps = CHAIN_SEPARATOR.findall(text)
    leading = CHAIN_SEPARATOR.match(text) is not None
    if len(seps) < 2 and not (leading and len(seps) == 1):
        return None
    items = [p.strip(" \t\u3000") for p in CHAIN_SEPARATOR.split(text)]
    items = [p for p in items if p]
    if not items or (len(items) < 2 and not leading):
        return None
    if any(len(p) > 30 for p in items):
        return None
    if sum(1 for p in items if _has_han(p)) * 2 < len(items) + 1:
        return None
    if any(p.count("(") + p.count("（") != p.count(")") + p.count("）") for p in items):
        return None  # 原标准（元/年）　新标准（元/年）: a unit's slash inside brackets, a table's header
    return items


_SHORT_TRAIL = regex.compile(r"^(\p{Han}{2,12})[ \t\u3000]{0,3}(?:->|>>|>|»|＞|›|→)[ \t\u3000]{0,3}(\p{Han}{2,12})$")


def short_trail(text: str) -> list[str] | None:
    """The two items of a trail of two short Han links joined by an arrow
    (``临湖日报 > 要闻``), or None: one separator is too little for
    :func:`link_chain`, so the classifier trusts it only above the headline.

    >>> short_trail("临湖日报 > 要闻"), short_trail("收入 > 支出")
    (['临湖日报', '要闻'], ['收入', '支出'])
    >>> short_trail("2023 > 2022") is None, short_trail("临湖日报 / 要闻") is None
    (True, True)
    """
    m = _SHORT_TRAIL.match(text)
    return None if m is None else [m.group(1), m.group(2)]


def nav_items(text: str) -> list[str] | None:
    """The labels of a navigation row ("首页 | 政务公开 | 互动交流", four or
    more short labels separated by wide spaces, or three that open with a
    front page: "凤凰网首页 手机凤凰网 新闻客户端"), or None."""
    if len(text) > 200 or _NAV_MARK.search(text) is None:
        return None  # one item, one word: no row
    if is_sentence(text) or _sentence_punct(text):
        return None
    if (menu := _MENU_LABEL.match(text)) is not None and len(text) > menu.end():
        return nav_items(text[menu.end():])  # 就业创业频道: 招聘信息 · 求职登记 · …: the menu's name before its links
    if text[1:2] in (" ", "\u3000") and _SPACED_FIRST_LABEL.match(text) is not None:
        text = text[0] + text[2:]  # 首　页　　交易公告　　…: the front page's label letter-spaced, one label
    piped = PIPE.search(text) is not None
    items = [p for p in _NAV_SPLIT.split(text) if p]
    if piped and len(items) >= 3 and all(_label_len(p) <= 12 or len(_LINK_ABBREVIATION.sub("", p)) <= 12
                                         or len(_LINK_HOTLINE_NUMBER.sub("", p)) <= 12 for p in items):
        return items  # a link may carry its English abbreviation (入職考試 (CRE/JRE)) or open with its number (12366纳税缴费服务热线)
    if piped and len(items) >= 3 and sum(_all_han(p) and len(p) <= 8 for p in items) >= 2 \
            and all(_label_len(p) <= 12 or _ENGLISH_LINK.fullmatch(p) for p in items):
        return items  # a bilingual site's row may end with its English link: 展商登录 | 观众预登记 | Exhibitor Login
    if len(items) >= 4 and all(_label_len(p) <= 8 for p in items):
        return items
    if len(items) >= 5 and _LATIN_BRAND.fullmatch(items[0]) and all(_label_len(p) <= 4 for p in items[1:]):
        return items  # the portal's Latin name opens its menu: PChome Online 新聞　首頁　政治　社會　…
    if len(items) >= 3 and _FRONT_PAGE.fullmatch(items[0]) and all(_label_len(p) <= 12 for p in items):
        return items  # ᠨᠢᠭᠤᠷ ᠨᠢᠭᠤᠷ　ᠰᠣᠨᠢᠨ ᠮᠡᠳᠡᠭᠡ　…: a menu in the region's script, opening with its front page
    words = text.split()
    if len(words) >= 4 and ("/" in text or "／" in text):
        plain = [_SLASHED_LABEL.sub(r"\1\2", w) for w in words]  # 投诉/举报 is one link: two Han words and a slash
    else:
        plain = words
    if len(words) >= 4 and all(2 <= len(w) <= 6 and w.isalnum() and not w.isdigit() for w in plain) \
            and sum(not _all_han(w) for w in plain) <= 1 and all(_all_han(w) or (_LATIN.search(w) and _HAN.search(w)) for w in plain):
        return words  # one label may mix in Latin letters (沪深公告 港股公告 IPO招股书 问询回复, NFKC's spaces)
    if len(words) >= 6 and all(2 <= len(w) <= 10 and _all_han(w) for w in words) \
            and sum(len(w) > 6 for w in words) == 1:
        return words  # one long section among short ones: 关于本局 最新消息 专利 商标 积体电路电路布局 检索服务
    labels = [w for w in words if w not in _LONE_SEPARATORS]
    if 4 <= len(labels) < len(words) and all(2 <= len(w) <= 6 and _all_han(w) for w in labels):
        return labels  # between lone separators: 首页 ◇ 新区概况 ◇ 新闻动态 ◇ 信息公开
    if len(words) >= 4 and all(_bracketed_label(w) for w in words):
        return words  # [网站首页] [企业库] [产品库] [行情中心]: each link in its own brackets
    if len(words) >= 4 and _nav_row_with_language_links(words):
        return words  # 今日新闻 新闻公报 新闻稿存档 English: ideographic spaces after NFKC
    if len(words) >= 3 and words[0].endswith("首页") and all(2 <= len(w) <= 8 and w.isalnum() for w in words):
        return words  # a portal's links, opening with its front page: 凤凰网首页 手机凤凰网 新闻客户端
    return None


_MENU_LABEL = regex.compile(
    r"^\p{Han}{0,8}(?:频道|頻道|导航|導航|栏目|欄目|专区|專區|服务|服務|菜单|菜單|选单|選單|入口|发布|發布|释出|釋出|新闻|新聞|资讯|資訊|动态|動態"
    r"|中心|专栏|專欄|专题|專題)\s{0,2}[:：]\s{0,3}")
"""The name of a menu or a section before its links, with a colon (``就业创业频道:``, ``人社服务：``, ``办事入口：``,
``新闻发布：``, ``栏目导航：``)."""

_SPACED_FIRST_LABEL = regex.compile(r"^\p{Han}[ \u3000]\p{Han}(?:[ \t\u3000]{2,}|[ \t\u3000]*[|｜丨¦∣▏│┃])")
"""A row's first label of two Han characters letter-spaced (``首　页``), wider spaces or a bar after it."""

_LINK_HOTLINE_NUMBER = regex.compile(r"^\d{5}(?=\p{Han})")
"""A hotline's number opening a menu link (``12366纳税缴费服务热线``, ``12345政务服务便民热线``)."""

_SLASHED_LABEL = regex.compile(r"^(\p{Han}{2,3})[/／](\p{Han}{2,3})$")
"""A menu link of two short Han words joined by a slash (``投诉/举报``, ``政策/解读``): counted as one label."""

_LINK_ABBREVIATION = re.compile(r"\s{0,2}[(（][A-Za-z0-9/&.\- ]{1,16}[)）]$")
"""An English abbreviation in brackets closing a menu link (``入職考試 (CRE/JRE)``, ``投资者关系（IR）``)."""

_ENGLISH_LINK = re.compile(r"(?=.{5,24}$)[A-Z][A-Za-z'’&.\-]{1,14}(?: (?:[A-Z][A-Za-z'’&.\-]{0,14}|of|in|and|for|the|to)){1,3}")
"""A menu link in English words, capitalised, two to four (``Exhibitor Login``, ``Invest in Lingang``): one label of a
Chinese site's piped row, longer in letters than its Han labels."""

_ALPHABET_LABEL = regex.compile(r"[\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Cyrillic}\p{Devanagari}\p{Gurmukhi}\p{Thai}]")
"""A letter of an alphabet that writes a menu label in words, not characters."""
_LATIN_BRAND = regex.compile(r"[A-Za-z][A-Za-z0-9.&!]{1,15}(?: [A-Za-z][A-Za-z0-9.&!]{1,15}){0,2} ?\p{Han}{0,4}")
"""A portal's name in Latin letters, maybe with its Han word (``PChome Online 新聞``, ``Yahoo奇摩``, ``LINE TODAY``)."""
_FRONT_PAGE = regex.compile(r"باش\sبەت|Нүүр\sхуудас|Нүүр|མདུན་ངོས།?|ᠨᠢᠭᠤᠷ\s{0,2}ᠨᠢᠭᠤᠷ")
"""The front page of a menu in Uyghur, Mongolian (Cyrillic or traditional) or Tibetan, as 首页 opens a Chinese one."""
_LABEL_WORD_BREAK = regex.compile("[ \t\u3000\xa0\u0f0b\u0f0d-\u0f12]+")
"""What parts the words (Tibetan: syllables) of such a label: spaces, the tsheg and shad; not
Mongolian's narrow no-break space, which joins a suffix to its word."""


def _label_len(label: str) -> int:
    """The length of a menu label in Han characters: its length, or for a
    label in Tibetan, Uyghur, Mongolian, Russian, Hindi or Thai letters and
    no hanzi, twice its words (``མདུན་ངོས།`` 4, ``باش بەت`` 4, ``Нүүр хуудас`` 4).

    >>> _label_len("政务公开"), _label_len("ھۆكۈمەت ئىشلىرى ئاشكارىلىقى"), _label_len("ལྷ་སའི་ངོ་སྤྲོད།")
    (4, 6, 8)
    """
    if label.isascii() or _ALPHABET_LABEL.search(label) is None or regex.search(r"\p{Han}", label):
        return len(label)
    return 2 * len([w for w in _LABEL_WORD_BREAK.split(label) if w])


_LATIN = re.compile("[A-Za-z]")
"""A Latin letter: the one label of a menu row that is not all Han holds one and a Han character
(``IPO招股书``; ``第4节`` of a timetable's row and ``iPhone`` of a sentence are no such labels)."""

_LONE_SEPARATORS = frozenset({"◇", "◆", "◈", "┊", "┆", "·", "•", "・", "|", "｜", "丨"})
"""Symbols a menu sets between its links, each alone between spaces (``首页 ◇ 新区概况``, and a pipe
among links set apart by spaces, ``文档信息 举报 收藏 | 下载本文档``, as NFKC writes its wide spaces)."""

_LABEL_BRACKETS = frozenset({"[]", "［］", "【】", "〔〕", "〖〗"})


def _bracketed_label(word: str) -> bool:
    """Whether ``word`` is a link label of 2-6 Han characters in a pair of
    square brackets (``[企业库]``, ``【行情中心】``).

    >>> _bracketed_label("[企业库]"), _bracketed_label("【行情中心】"), _bracketed_label("[1]"), _bracketed_label("(附件)")
    (True, True, False, False)
    """
    return word[:1] + word[-1:] in _LABEL_BRACKETS and 2 <= len(word) - 2 <= 6 and _all_han(word[1:-1])


_NAV_LANGUAGE_LINKS = frozenset({"English", "ENGLISH", "EN", "Português", "PORTUGUÊS", "Portugues", "RSS"})
"""Latin words a navigation row holds beside its Han labels (the other
languages of a Hong Kong, Macau or Taiwan site, its feed)."""


def _nav_row_with_language_links(words: list[str]) -> bool:
    """Whether ``words`` are Han labels of 2-6 characters, at least three,
    and links to the site in other languages (:data:`_NAV_LANGUAGE_LINKS`):
    a row that NFKC turned from ideographic spaces into single ones.

    >>> _nav_row_with_language_links("今日新闻 新闻公报 新闻稿存档 English".split())
    True
    >>> _nav_row_with_language_links("苹果 发布 新款 iPhone".split())
    False
    """
    han = sum(2 <= len(w) <= 6 and _all_han(w) for w in words)
    return han >= 3 and all((2 <= len(w) <= 6 and _all_han(w)) or w in _NAV_LANGUAGE_LINKS for w in words)


def is_couplet(text: str) -> bool:
    """Two to four parallel Han phrases of (nearly) equal length, 4 to 9
    characters each, separated by spaces or commas: a slogan's shape."""
    parts = [p for p in _WORDS.split(text) if p]
    if not 2 <= len(parts) <= 4 or not all(_all_han(p) for p in parts):
        return False
    lens = [len(p) for p in parts]
    return min(lens) >= 4 and max(lens) <= 9 and max(lens) - min(lens) <= 1


def doubled(text: str) -> str | None:
    """The label of a widget whose text is a short label said twice
    (icon alt text + link text: ``微信客服微信客服``), or None."""
    t = _BULLET.sub("", text).strip()
    n = len(t)
    if n % 2 or not 4 <= n <= 30:
        return None
    half = t[: n // 2]
    return half if half == t[n // 2 :] else None


def is_bullet(text: str) -> bool:
    """Starts with a bullet sign."""
    return _BULLET.match(text) is not None
