"""Character classes and line predicates shared by the rejoin filters.

Chinese prose ends a sentence with ``。！？`` (or ``；`` at the end of a
clause list) and continues it after ``，、``; headings and list items end
without punctuation; numbered items start with ``(一)``, ``一是``, ``1.``,
``第一条``. These predicates are deliberately conservative: they say
"continues" only with positive evidence.

>>> ends_sentence("他说：“好。”")
True
>>> ends_mid_clause("当好中央、省、")
True
>>> starts_numbered("（二）坚持创新驱动") and starts_numbered("一是深化改革") and starts_numbered("1. 总则")
True
>>> starts_numbered("1.5万元")
False
>>> parse_number("二十一"), parse_number("１２"), parse_number("十")
(21, 12, 10)
"""

from __future__ import annotations

import re
import unicodedata

from govtext._charclass import REGEX_WHITE_SPACE

__all__ = [
    "BRACKET_PAIRS",
    "CLOSERS",
    "FINAL_PUNCT",
    "MID_CLAUSE",
    "NOTE_THEN_CLAUSE",
    "NO_PARAGRAPH_START",
    "NUMERAL",
    "QUOTE_PAIRS",
    "RATIO_MARKS",
    "YEAR_MONTH",
    "after_number",
    "bracket_goes_on",
    "display_width",
    "ends_mid_clause",
    "ends_sentence",
    "has_internal_sentence_end",
    "is_heading_like",
    "parse_number",
    "quote_goes_on",
    "splits_date",
    "splits_number",
    "splits_ratio",
    "starts_entry",
    "starts_numbered",
    "starts_with_closing_punct",
]

FINAL_PUNCT = frozenset("。！？!?；;…؟۔।॥།᠃")
"""Characters that end a sentence (or a clause of a list), also in the scripts of a bilingual
page's other version: the Arabic question mark (Uyghur), the Urdu full stop, the danda (Hindi,
Nepali), the Tibetan shad and the Mongolian full stop."""

CLOSERS = frozenset("”’」』）)》〉】］]〕\"'")
"""Closing quotes and brackets that may follow sentence-final punctuation."""

MID_CLAUSE = frozenset("，,、“‘「『（(《〈【［〔—-")
"""Punctuation a line ending with may stop inside a clause (see :func:`ends_mid_clause`)."""
NO_PARAGRAPH_START = frozenset("，,、。．.！!？?；;：:）)》〉】］]〕”’」』…%％")
"""Punctuation no paragraph starts with (a line starting with it continues the one before)."""

NUMERAL = r"(?:[0-9０-９]{1,3}|[零〇一二两三四五六七八九十百]{1,4})"
"""A page or item number: Arabic (half or full width) or Chinese numerals."""

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}

_WHITE_SPACE = REGEX_WHITE_SPACE

_NUMBERED = re.compile(
    r"""^\s*(?:
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
    )""".replace(r"\s", f"[{_WHITE_SPACE}]"),
    re.VERBOSE,
)
"""A numbered item's opening (the standard ``re`` matches it faster than ``regex``)."""


def parse_number(text: str) -> int | None:
    """The value of an Arabic (half- or full-width) or Chinese numeral, or None.

    >>> parse_number("三"), parse_number("十二"), parse_number("一百零五"), parse_number("x")
    (3, 12, 105, None)
    """
    s = unicodedata.normalize("NFKC", text.strip())
    if not s:
        return None
    if s.isdigit():
        return int(s)
    total = 0
    current = 0
    seen = False
    for ch in s:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
            seen = True
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
            seen = True
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
            seen = True
        else:
            return None
    if not seen:
        return None
    if len(s) > 1 and all(ch in _CN_DIGITS for ch in s):
        # 二〇二四 style digit strings
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    return total + current


def _strip_closers(line: str) -> str:
    s = line.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1]
    return s


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence-final punctuation (closers allowed
    after it), or may: a last character lost to U+FFFD may have been ``。``.

    >>> ends_sentence("特此通知。"), ends_sentence("可通过12377举报\ufffd"), ends_sentence("推进改革")
    (True, True, False)

    A short note after the sentence end closes it too (a credit, ``（完）``):

    >>> ends_sentence("活动吸引市民3000余人。（记者 王明）"), ends_sentence("图为村貌。记者 周涛 摄")
    (True, True)
    >>> ends_sentence("由市财政局（牵头")
    False
    """
    s = _strip_closers(line)
    if bool(s) and (s[-1] in FINAL_PUNCT or s[-1] == "\ufffd" or (s[-1] in _HALFWIDTH_STOPS and _halfwidth_full_stop(s))):
        return True
    if s.endswith(".") and _ends_latin_sentence(s):
        return True
    s = line.rstrip()
    return s.endswith(_NOTE_LAST) and _NOTE_AFTER_END.search(s) is not None


_WORD_LETTERS = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0600-\u06ff"
"""Letters of an alphabet that ends its sentences with ``.``: Latin, Greek, Cyrillic (Russian,
Mongolian), Arabic (Uyghur, Kazakh)."""
_LATIN_SENTENCE_END = re.compile(f"(?:^|[^\\w.])([{_WORD_LETTERS}]{{2,}}|[0-9][0-9,]*[0-9])\\.$")
"""A word or a number and the full stop after it at the end of a line (``…the end of the year.``)."""
_LATIN_WORDS = re.compile(f"[{_WORD_LETTERS}]{{2,}}[ ,;،]{{1,3}}[{_WORD_LETTERS}]{{2,}}[ ,;،]{{1,3}}[{_WORD_LETTERS}]{{2,}}")
"""Three words in a row: the line is written in English (or another language of such an alphabet:
``… 1.32 сая орчим тонн экспортолжээ.``)."""
_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Co", "Ltd", "Inc", "Corp", "Jr", "Sr", "vs", "etc", "al",
    "Fig", "fig", "Vol", "vol", "pp", "Dept", "Gov", "Rev", "Eds", "ed", "eds", "approx", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Rd", "Ave", "Blvd", "Gen", "Col", "Capt", "Sen", "Rep",
})
"""Words whose full stop marks an abbreviation (``Dr.``, ``Co., Ltd.``, ``et al.``), which a sentence may go on after."""


def _ends_latin_sentence(s: str) -> bool:
    """Whether ``s`` (closers stripped, ending with ``.``) ends an English sentence:
    a word or a number (not an abbreviation, not a lone initial or item number)
    before the full stop, in a line of Latin words with no CJK near its end.

    >>> _ends_latin_sentence("by the end of the year."), _ends_latin_sentence("Smith et al.")
    (True, False)
    >>> _ends_latin_sentence("please call the Secretariat at 2838 3111."), _ends_latin_sentence("增长到2021.")
    (True, False)
    >>> _ends_latin_sentence("барилгын материал 1.32 сая орчим тонн экспортолжээ.")
    True
    """
    m = _LATIN_SENTENCE_END.search(s[-40:])
    if m is None or m.group(1) in _ABBREVIATIONS:
        return False
    tail = s[-60:]
    return not any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in tail) \
        and _LATIN_WORDS.search(tail) is not None


_HALFWIDTH_STOPS = frozenset(".．")


def _halfwidth_full_stop(s: str) -> bool:
    """Whether ``s`` (closers stripped) ends with a half-width full stop that
    ends a Chinese sentence, as an NFKC-folded or half-width page writes
    ``。``: a ``.`` right after a Han character or a closing bracket or quote
    (``现场鉴定.``, ``直接补传).``) or a per cent sign, after which no decimal
    goes on (``每年发放20%.``), not after a digit (``3.``, ``一.``: an
    item's number) or a Latin letter (``Co.``), and not a line that is only
    an item's number.

    >>> _halfwidth_full_stop("无需再到医疗机构现场鉴定."), _halfwidth_full_stop("可在原记录中补传).")
    (True, True)
    >>> _halfwidth_full_stop("补贴分5年发放,每年发放20%."), _halfwidth_full_stop("增长到2021.")
    (True, False)
    >>> _halfwidth_full_stop("1."), _halfwidth_full_stop("一."), _halfwidth_full_stop("Huawei Co.")
    (False, False, False)
    """
    if s[-1:] not in _HALFWIDTH_STOPS or len(s) < 4:
        return False
    before = s[-2]
    return before in CLOSERS or before in _PERCENT_SIGNS \
        or ("\u3400" <= before <= "\u9fff" and before not in _CN_DIGITS and before != "十")


_PERCENT_SIGNS = frozenset("%％‰")
"""Signs after which a half-width ``.`` is a full stop, never a decimal point (``20%.``)."""


_NOTE_LAST = ("）", ")", "】", "]", "摄", "攝")
_NOTE_AFTER_END = re.compile(
    r"[。！？!?][”’」』]?[ \u3000]*(?:[（(【\[][^（()）【】\[\]\n]{1,30}[)）】\]]|[^。！？!?\n]{1,20}[摄攝])$"
)
"""A sentence end and a short note after it that closes a paragraph: a
credit (``（记者 王明）``, ``【编辑：刘洋】``, ``记者 周涛 摄``), ``（完）``,
a bracketed remark (``（牵头单位：市卫生健康委）``)."""


def ends_mid_clause(line: str) -> bool:
    """True when ``line`` ends with punctuation that never ends a paragraph (``，、“（``).

    >>> ends_mid_clause("各地要加强领导，"), ends_mid_clause("QX-03-05\t公园绿地\t—")
    (True, False)
    """
    s = line.rstrip()
    return bool(s) and s[-1] in MID_CLAUSE and not s.endswith("——") and not _EMPTY_CELL.search(s)


_EMPTY_CELL = re.compile("(?:^|[\t \u3000])[—-]$")
"""A dash standing alone at the end of a line: an empty cell of a table row (``公园绿地`` and a tab
before ``—``), not a dash that opens a clause."""


def has_internal_sentence_end(line: str) -> bool:
    """True when a sentence ends inside ``line`` with more text after it (running prose).

    >>> has_internal_sentence_end("坚持改革。推进国有企业改革深化提")
    True
    >>> has_internal_sentence_end("深入推进实力新湖州建设")
    False
    """
    return _INTERNAL_END.search(_strip_closers(line)) is not None


_INTERNAL_END = re.compile("[。！？!?；;][”’」』）)》 ]*[^”’」』）)》 ].", re.DOTALL)
"""A sentence end with two characters after it, closing quotes and brackets
after the end aside (the first such end has the most text after it, so
looking at the first that has two is looking at the first)."""


def starts_numbered(line: str) -> bool:
    """True when ``line`` starts a numbered or bulleted item (``(一)``, ``一是``, ``1.``, ``第一条``)."""
    return _NUMBERED.match(line) is not None


def after_number(line: str) -> str:
    """``line`` without the number or bullet that opens it (``一、总体要求``: ``总体要求``).

    >>> after_number("一、工业生产平稳增长"), after_number("（二）持续改善"), after_number("全市工业")
    ('工业生产平稳增长', '持续改善', '全市工业')
    """
    m = _NUMBERED.match(line)
    return line if m is None else line[m.end() :]


YEAR_MONTH = "(?:1[89]|20)[0-9]{2}[ \u3000]{0,2}[.．年/\\-][ \u3000]{0,2}[0-9]{1,2}(?![0-9])"
"""A year and a month (``1995.07``, ``2001年3月`` without its 月): how a résumé's or a chronicle's entries open."""
_ENTRY = re.compile(
    "^[\\s\u3000]*(?:[\u3400-\u4dbf\u4e00-\u9fff]{2,4}(?:[，,]\\s?[男女][，,（(]|[（(][男女][，,、])"
    "|" + YEAR_MONTH + "[ \u3000]{0,2}月?[ \u3000]{0,2}(?:[—–－~～至到]|--?)"
    "|[上下][联聯]\\s{0,2}[：:]|横[批额]\\s{0,2}[：:]"
    "|(?:报|送|发|報|發|抄送|抄报|抄報|主送|分送)\\s{0,2}[：:]\\s{0,2}[\u3400-\u4dbf\u4e00-\u9fff])"
)
"""Also a part of a couplet (``上联：…``, ``下联：…``, ``横批：…``; 上聯 in Traditional script):
each is a line of its own on a page of couplets, whatever the line above ends with; and a
line of a bulletin's distribution list (``报：市委、市政府领导`` / ``送：各县区`` / ``发：…``,
``抄送：…``), each the addressees of one kind, however the line above ends."""


def starts_entry(line: str) -> bool:
    """True when ``line`` opens an entry of a list of people or of periods:
    a name and a sex (``王立新，男，``), or a period of a résumé
    (``1995.07—2001.03``). A wrapped line of prose does not open this way.

    >>> starts_entry("王立新，男，临湖市发展和改革委员会综合科科长"), starts_entry("2001.03—2008.09　预算科科长")
    (True, True)
    >>> starts_entry("2024年3月12日召开会议"), starts_entry("上联：龙年好景随春到"), starts_entry("横批：家和业兴")
    (False, True, True)
    >>> starts_entry("送:市委办公室,市纪委监委"), starts_entry("发：各县（市、区）人民政府"), starts_entry("发展改革委：")
    (True, True, False)
    """
    return _ENTRY.match(line) is not None


_NUMBER_AT_END = re.compile("[\u4e00-\u9fff][0-9０-９]{1,6}(?:[.．][0-9０-９]{1,4})?$")
"""An amount at the end of a line, right after a Han character (``达到1200``, ``增长12.5``):
not a telephone, a postcode or a date after a colon or a dash."""
_UNIT = "(?:元|美元|人次|人|户|家|项|个|吨|公里|公顷|公斤|千克|平方米|立方米|米|亩|辆|台|套|件|所|座|名|位|倍|次|场|天|小时|岁|年|月|日|个百分点)"
_UNIT_AT_START = re.compile(f"(?:[万亿千百]{{1,2}}{_UNIT}?|{_UNIT})[余多]?{_UNIT}?[，,。；;、）)！!？?（(]")
"""A unit of measure closing its clause, or followed by a bracketed note, at the start of a line (``万元。``,
``亿元，``, ``万人次，``, ``个百分点；``, ``元（封顶5000元）``): no word of a new paragraph (``万达广场``, ``人社局``)."""


def splits_number(first: str, second: str) -> bool:
    """True when a line break cuts an amount from its unit: running prose
    (a comma in it) ends with a number and the next line opens with the
    unit that closes the clause.

    >>> splits_number("村里发展乡村旅游，旅游收入达到1200", "万元。"), splits_number("经济平稳运行，全年增长12.5", "个百分点，")
    (True, True)
    >>> splits_number("如有疑问，请拨打电话：12345", "万元。"), splits_number("全市共有门店，新开20", "万达广场店")
    (False, False)
    """
    return ("，" in first or "," in first) and _NUMBER_AT_END.search(first) is not None \
        and _UNIT_AT_START.match(second) is not None


_DATE_NUMBER_AT_END = re.compile("[\u4e00-\u9fff][0-9０-９]{1,4}$")
"""A year, a month or a day at the end of a line, right after a Han character (``参加2024``, ``于3``)."""
_DATE_REST_AT_START = re.compile("[年月日](?=[\u4e00-\u9fff0-9０-９])")
"""The 年 / 月 / 日 of that number opening the next line and running on (``年秋季``, ``月15日``, ``日起``)."""
_DATE_PART_AT_END = re.compile("([年月])[0-9０-９]{1,2}$")
"""A year's month or a month's day at the end of a line (``2025年3``, ``1月14``)."""
_NEXT_DATE_UNIT = {"年": "月", "月": "日"}


def splits_date(first: str, second: str) -> bool:
    """True when a line break cuts a year, a month or a day from its 年 / 月 /
    日: running prose (a comma in it) ends with the number, or a date ends
    with its month or day (``1月14``), and the next line opens with the
    character that names it and goes on. A hard-wrapped
    column breaks wherever the line is full, also inside ``2024年``.

    >>> splits_date("下一步将鼓励企业打造自主品牌，参加2024", "年秋季广交会等重点展会"), splits_date("经研究，会议定于3", "月15日召开。")
    (True, True)
    >>> splits_date("本报讯（记者 施雨）1月14", "日是春运首日"), splits_date("本报讯（记者 施雨）1月14", "月底前完成")
    (True, False)
    >>> splits_date("如有疑问，请拨打电话：12345", "年度报告另行发布"), splits_date("全年得分，排名2024", "年。")
    (False, False)
    """
    if _DATE_REST_AT_START.match(second) is None:
        return False
    part = _DATE_PART_AT_END.search(first)
    if part is not None and _NEXT_DATE_UNIT[part.group(1)] == second[0]:
        return True  # 1月14 / 日是…: the rest of a month and day, with or without a comma before
    return ("，" in first or "," in first) and _DATE_NUMBER_AT_END.search(first) is not None


RATIO_MARKS = "：:∶"
"""What separates the terms of a ratio (``4.4：38.5：57.1``) or the hour and minute of a time (``9:30``)."""
_NUMBER_AND_COLON_AT_END = re.compile("[0-9０-９][.．]?[0-9０-９]*[：:∶]$")
_RATIO_REST_AT_START = re.compile(
    "[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[：:∶][0-9０-９]+(?:[.．][0-9０-９]+)?)*[，,。；;、）)]"
)
"""The rest of a ratio or a time that closes its clause: ``38.5：57.1。``, ``30，``."""


def splits_ratio(first: str, second: str) -> bool:
    """True when a line break cuts a ratio or a time after its colon:
    running prose (a comma in it) ends with a number and a colon, and the
    next line opens with the rest of the ratio, which closes the clause (a
    colon that ends a line otherwise opens a list or a form field's value).

    >>> splits_ratio("经研究，会议改在15日上午9:", "30，地点不变。"), splits_ratio("产业结构调整为4.4：", "38.5：57.1。")
    (True, False)
    >>> splits_ratio("其中，三次产业结构调整为4.4：", "38.5：57.1。"), splits_ratio("其中，详见附件1：", "2025年度项目清单")
    (True, False)
    """
    return ("，" in first or "," in first) and _NUMBER_AND_COLON_AT_END.search(first) is not None \
        and _RATIO_REST_AT_START.match(second) is not None


BRACKET_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("〈", "〉"))
"""Brackets no paragraph leaves open: a title mark, a parenthesis (a quote may span paragraphs)."""
NOTE_THEN_CLAUSE = re.compile("[（(][^（()）\n]{1,30}[）)][。，,、；;：:！？!?]")
"""A bracketed note that closes a clause (``（含单栋住宅楼）。``): the tail of a sentence, not a paragraph's start."""


def _left_open(line: str, opener: str, closer: str) -> bool:
    """Whether ``line`` ends inside ``opener`` … ``closer`` (its last opener is not closed)."""
    return line.rfind(opener) > line.rfind(closer)


def _closes_first(line: str, opener: str, closer: str) -> bool:
    """Whether ``line`` closes a bracket it did not open (a closer before any opener)."""
    close = line.find(closer)
    return close >= 0 and not 0 <= line.find(opener) < close


def bracket_goes_on(first: str, second: str) -> bool:
    """True when a line break falls inside brackets: ``first`` leaves a title
    mark or a parenthesis open and ``second`` closes it, or ``second`` opens
    with a note that closes the clause ``first`` broke off (a line of prose
    ending without punctuation). Neither line opens a numbered item.

    >>> bracket_goes_on("现将《青禾县农村公路养护", "管理办法》印发给你们，请认真贯彻")
    True
    >>> bracket_goes_on("是指建成年代较早、配套设施不完善的住宅小区", "（含单栋住宅楼）。")
    True
    >>> bracket_goes_on("二、主要任务", "（一）推进厕所革命。"), bracket_goes_on("聚焦科技创新", "（记者 王明）")
    (False, False)
    """
    for opener, closer in BRACKET_PAIRS:  # (the cheap tests first: most lines open no bracket)
        if opener in first and _left_open(first, opener, closer) and _closes_first(second, opener, closer):
            return not starts_numbered(second)
    return (second[:1] in "（(" and first[-1:].isalnum() and ("，" in first or "、" in first)
            and NOTE_THEN_CLAUSE.match(second) is not None and not starts_numbered(second))


QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"))
"""Quotes a line break may fall inside (``并导入“产地`` / ``直送、当日验收”机制``)."""


def quote_goes_on(first: str, second: str) -> bool:
    """True when a line break falls inside a quote: ``first`` leaves a quote
    open with a word after it and no sentence end (a quote of several
    paragraphs opens each one and closes only the last), and ``second``
    closes it before it opens another; ``second`` opens no numbered item.

    >>> quote_goes_on("市府与农会签订契作，并导入「产地", "直送、当日验收」机制。")
    True
    >>> quote_goes_on("他说：“我们一定把这件事办好。", "明年还要再扩大规模。”"), quote_goes_on("推出“荷塘夜游", "（一）项目")
    (False, False)
    """
    for opener, closer in QUOTE_PAIRS:
        if opener in first and _left_open(first, opener, closer) and _closes_first(second, opener, closer):
            return not first.endswith(opener) and not ends_sentence(first) and not starts_numbered(second)
    return False


def starts_with_closing_punct(line: str) -> bool:
    """True when ``line`` starts with punctuation no paragraph starts with (``，。）”``).

    An ellipsis before a bracket opens a list's note on what it leaves out
    (``……（其余152家略，详见附件）``, in NFKC form ``......(其余…)``), a line of its own under the last item:

    >>> starts_with_closing_punct("……等5项。"), starts_with_closing_punct("……（其余152家略）")
    (True, False)
    >>> starts_with_closing_punct("......(其余152家略)"), starts_with_closing_punct(".(其余)"), starts_with_closing_punct("……")
    (False, True, True)
    """
    s = line.lstrip(" ")
    if not s or s[0] not in NO_PARAGRAPH_START:
        return False
    if s[0] in "….":
        rest = s.lstrip("….")
        return not (rest[:1] != "" and rest[0] in "（(" and (s[0] == "…" or len(s) - len(rest) >= 3))
    return True


def is_heading_like(line: str, max_chars: int = 60) -> bool:
    """A heading or title: short, no sentence ending inside or at its end,
    and not several clauses (two or more ``，``: a wrapped line of prose).

    >>> is_heading_like("聚焦科技创新"), is_heading_like("一是深化改革。坚持以改革破解难题，推进")
    (True, False)
    >>> is_heading_like("持以人民为中心，坚持规划引领、有序推进，注重历史文化保护和传承")
    False
    """
    s = line.strip(" \u3000")
    if not s or len(s) > max_chars or s.count("，") + s.count(",") >= 2:
        return False
    return not (has_internal_sentence_end(s) or ends_mid_clause(s) or ends_sentence(s))


def display_width(line: str) -> int:
    """Columns ``line`` takes in a fixed-width Chinese layout: ASCII counts one,
    every other character two (CJK, full-width forms, and the quotes and
    dashes ``“”—`` that Chinese fonts set full width).

    >>> display_width("“湖州”ab")
    10
    """
    return 2 * len(line) - len(line.encode("ascii", "ignore"))
