"""Rejoining paragraphs that a page break, a line break or a hard wrap split.

Two kinds of evidence join two lines (each join deletes the line break(s)
between them with rule ``paragraph-join`` and a reason naming the evidence):

- **sentence continuity** (across a line break or a blank line): the first
  line stops mid-sentence (it ends with ``，、“（`` ... or it is running prose,
  a sentence ending inside it, that ends without sentence-final
  punctuation), or the second line starts with punctuation no paragraph
  starts with (``，。）”``); or the break falls inside something: an amount
  and its unit (``1200`` / ``万元。``), a ratio or a time after its colon
  (``4.4：`` / ``38.5：57.1。``), brackets the first line left open
  (``《…`` / ``…》``) or a note that closes the clause (``（含…）。``);
- **hard wrap** (consecutive lines, no blank line): a block of lines of
  (nearly) the same display width, as PDF extraction leaves them, is
  reflowed: a full-width line continues on the next one.

Nothing is joined to a line that starts a numbered item (``(一)``, ``一是``,
``1.``, ``第一条``) or an indented paragraph (``　　``), and nothing is joined
after a line that ends a sentence, ends with a colon, or looks like a
heading or a title (short, no sentence inside it): the rejoiner only joins
with positive evidence.

>>> from govtext import Document
>>> doc = Document.from_text("一是打造生态宜居环境。强化废气治理与“公转铁”扩面，提\\n\\n升空气质量优良率。\\n\\n聚焦科技创新\\n\\n厚植内生动能")
>>> ParagraphRejoiner()(doc)
>>> doc.text
'一是打造生态宜居环境。强化废气治理与“公转铁”扩面，提升空气质量优良率。\\n\\n聚焦科技创新\\n\\n厚植内生动能'
>>> doc.removed[0].rule
'paragraph-join'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from operator import sub

from govtext.blocks.metadata import is_person_name
from govtext.document import Document
from govtext.edits import Edit
from govtext.rejoin.text import (
    BRACKET_PAIRS,
    FINAL_PUNCT,
    MID_CLAUSE,
    NO_PARAGRAPH_START,
    NOTE_THEN_CLAUSE,
    QUOTE_PAIRS,
    RATIO_MARKS,
    YEAR_MONTH,
    after_number,
    bracket_goes_on,
    display_width,
    ends_mid_clause,
    ends_sentence,
    has_internal_sentence_end,
    is_heading_like,
    quote_goes_on,
    splits_date,
    splits_number,
    splits_ratio,
    starts_entry,
    starts_numbered,
    starts_with_closing_punct,
)
from govtext.rejoin.titles import ends_with_document_kind, title_lines

__all__ = ["ParagraphRejoiner", "RejoinConfig", "continuation_reason", "separation_reason"]

_INDENT = "\u3000"
_SPACES = " \t\u3000\xa0"
_CLAUSE_PUNCT = frozenset("，,、。；;：:！？!?“”")
_SENTENCE_DATE = "(?!月[0-9]{1,2}日(?:[上中下]午|晚上?|凌晨|早上|[，,]))"
"""Not the rest of a whole date that opens a sentence (``2024年4月15日上午，…``, ``…15日，…``)."""
_FIELD_OR_DATED = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,6}[ \u3000]{0,2}[：:]|" + YEAR_MONTH + _SENTENCE_DATE)
"""A form field's label (``来信时间：``) or a year and month (``1995.07``, a résumé's or a chronicle's entry) opening a line;
not a whole date that opens a sentence of minutes or news (``2024年4月15日上午，…``)."""
_ENTRY_VALUE_END = re.compile(
    "(?:[：:][ \u3000]?|[ \u3000]+)(?:([\u3400-\u9fff·][\u3400-\u9fff·、]{1,20})|\\+?[0-9０-９][0-9０-９()（）\\-－—/ ]{5,}[0-9０-９])$"
    "|[（(][A-Za-z][A-Za-z ,.&'\\-]{2,80}[)）]$")
"""The end of a line that is a whole entry of a directory: a person's name or a telephone
number after a colon or a gap (``办事处主任:蓝晓燕``, ``副局长：陈建宏、林淑芬``, ``管委会主任　 许文斌``,
``党建工作办公室 电话:0755-28901012``), or an office's English name in brackets
(``经济发展局（Economic Development Bureau）``)."""


def _directory_entry_line(line: str) -> bool:
    """Whether ``line`` ends as a whole entry of a leaders' or an offices' directory does
    (see :data:`_ENTRY_VALUE_END`; the Han after a colon must be a person's name): such
    lines, however many share a width, are no hard-wrapped prose.

    >>> _directory_entry_line("党工委副书记、办事处主任:蓝晓燕"), _directory_entry_line("党建工作办公室 电话:0755-28901012")
    (True, True)
    >>> _directory_entry_line("党工委书记、管委会主任　 许文斌"), _directory_entry_line("經濟發展局（Economic Development Bureau）")
    (True, True)
    >>> _directory_entry_line("会议强调，要坚持以人民为中心的发展思想"), _directory_entry_line("全年共接待游客120万人次，同比增长")
    (False, False)
    >>> _directory_entry_line("会议要求各单位：认真落实"), _directory_entry_line("咨询电话：0571-")
    (False, False)
    """
    m = _ENTRY_VALUE_END.search(line.rstrip(_SPACES))
    return m is not None and (m.group(1) is None or all(is_person_name(name) for name in m.group(1).split("、")))


_SPACED_FIELD_LABEL = re.compile(r"(?:^|[ \u3000\t]+)[\u3400-\u4dbf\u4e00-\u9fff]{2,6}[ \u3000]{0,2}[：:]")
"""A field's label opening a line or set off by a space: two in a line make it a record of fields (a
service point's ``某某服务站　地址：…　电话：…``), not a line of wrapped prose."""
_KEEP = 200
_MAX_COLUMN_WIDTHS = 4
"""Column widths told apart in one block (an e-paper's columns, the furniture between them gone)."""
_UNWRAPPED_FACTOR = 2
"""How many times the wrap width a line of a hard-wrapped text is not: a block with
half as many such lines as full ones keeps its paragraphs on one line each."""


@dataclass(frozen=True)
class RejoinConfig:
    """Options of :class:`ParagraphRejoiner`.

    - ``long_prose_chars`` (100): a line this long with no sentence end
      inside it still counts as running prose (a heading is never this long).
    - ``hard_wrap`` (True): reflow hard-wrapped blocks.
    - ``min_wrap_lines`` (3): fewest lines of a block to call it hard-wrapped.
    - ``min_wrap_width`` / ``max_wrap_width`` (24 / 160 columns): the line
      width of a hard wrap (a CJK character is two columns).
    - ``wrap_tolerance`` (2 columns): how much shorter than the widest line a
      line may be and still count as full.
    - ``min_narrow_wrap_width`` (16 columns): a wrap narrower than
      ``min_wrap_width`` but this wide (a newspaper's narrow column of 8 to 11
      characters) is reflowed only when its full lines are plainly prose
      (see :func:`_narrow_column_prose`).
    """

    long_prose_chars: int = 100
    hard_wrap: bool = True
    min_wrap_lines: int = 3
    min_wrap_width: int = 24
    max_wrap_width: int = 160
    wrap_tolerance: int = 2
    min_narrow_wrap_width: int = 16


def _is_prose(line: str, config: RejoinConfig) -> bool:
    return has_internal_sentence_end(line) or (len(line) >= config.long_prose_chars and line.count("，") + line.count(",") >= 3) \
        or _speaker_turn(line)


_SPEAKER = re.compile(r"[\u4e00-\u9fff]{0,12}(?:议员|議員|委员|委員|主席|议长|議長|局长|局長|司长|司長|部长|部長|署长|署長"
                      r"|院长|院長|县长|縣長|市长|市長|处长|處長|代表|秘书长|秘書長)[\u4e00-\u9fff]{0,3}(?:[（(]译文[)）]|[（(]譯文[)）])?[ \u3000]{0,2}[：:]")
"""The speaker of a turn in a legislature's or a council's record (``郑家恩议员：``, ``苏委员怡君：``,
``运输工务司司长:``, ``社会处长:``)."""
_SPEAKER_TURN_MIN = 30
"""Fewest characters of a speaker's turn that counts as running prose without a sentence end inside it."""


def _speaker_turn(line: str) -> bool:
    """Whether ``line`` is a speaker's turn in a record, a speech of clauses after
    the speaker's name and colon (``苏委员怡君：部长，东部干线去年…，交通部的``): running
    prose, never a heading, however few sentences it ends.

    >>> _speaker_turn("苏委员怡君：部长，东部干线去年发生三次号志故障，旅客在车上受困超过两小时，交通部的")
    True
    >>> _speaker_turn("主席：现在开会"), _speaker_turn("联系地址：临江市人民路1号，邮编：100000，电话：12345678")
    (False, False)
    """
    if len(line) < _SPEAKER_TURN_MIN or ("：" not in line[:18] and ":" not in line[:18]):
        return False  # literal checks first: most lines hold no colon near their start
    m = _SPEAKER.match(line)
    return m is not None and ("，" in line[m.end():] or "," in line[m.end():])


_CLAUSE_COMMA = re.compile("，|,(?![0-9])")
"""A comma between clauses (``，``, or ``,`` not grouping the digits of a number, ``1,200``)."""
_CLAUSE_LINE_CHARS = 20
_CLAUSE_AFTER_COLON = 20
"""A clause this long after a colon (``第十三条：中小学教师资格由县级以上…``) is prose, no label's value."""
_AMOUNT_UNIT = ("(?:人次|%|％|[个名人户家项类种处条株棵头只座所栋间套台辆件册篇批次场天岁米亩吨元倍点例起剂份]|"
                "小时|分钟|公里|千米|公顷|平方米|立方米|千克|公斤|美元|个百分点)")
_AMOUNT_OPENING = re.compile("[0-9０-９]{1,8}(?:[.．][0-9０-９]{1,4})?[万亿千百]{0,2}" + _AMOUNT_UNIT)
"""An amount and its unit opening a line (``3260万元``, ``12类``, ``70%``, ``2.5公里``, a health bulletin's
``1862例``, ``2起``, ``1.6万剂``, ``3200人次``): the object of
a clause a line of prose broke off (``累计投入资金`` / ``3260万元，…``); no year, month or day (``2025年``,
``3月12日，…`` open paragraphs)."""
_AMOUNT_CLOSING = re.compile("[，,、。；;）)！!？?]|$")
_AMOUNT_AT_END = re.compile("[0-9０-９][^0-9０-９]{0,2}$")
_QUOTE_CLOSERS = "”」』"
_QUOTE_OPENERS = "“「『"
"""A run of quoted names cut between two of them (``推出“荷塘夜游”`` / ``“竹编体验”等…``)."""
_WORD_TAIL_OPENING = re.compile("(?![是对好嗯哦唉喂啊呀哎嘿])[\u4e00-\u9fff][，,、；;]")
"""A line opening with one Han character and a clause mark (``置，指导…``): the end of a word
the line above was cut in (``…统筹规划卫生健康资源配``); no paragraph opens so, save with an
interjection (``是，``, ``好，``)."""
_CUT_OPENERS = "为对在经据请各现但如因若自从由按将把凡要该此其另同"
_OPENER_CUT = re.compile(f"[，,].{{4,}}[。！？!?；;][{_CUT_OPENERS}]$")
"""A clause's sentence end with one opening word of the next sentence after it (``…形势总体偏紧。为`` /
``确保…``): a line of prose cut one character into its next sentence; :func:`has_internal_sentence_end`
wants two characters after the end, so the one-character cut of a line shorter than the wrap is told
by the word (a preposition, a pronoun or a sentence adverb that opens a notice's sentence, :data:`_CUT_OPENERS`:
the last character is looked at first)."""
_ORDINAL_OPENING = frozenset("一二三四五六七八九十百〇零两0123456789０１２３４５６７８９")
"""What opens the rest of an ordinal cut after its 第 (``…规章》第`` / ``十五条的规定``)."""
_DANGLING = ("等", "约", "至", "及", "以及", "共计", "合计", "其中", "达到", "包括", "分别为", "于", "依法", "应当")
"""Words a clause cannot stop at (``推出莲子、藕粉、竹编工艺品等``, ``其中约``, ``上午9点至``, a preposition or an
adverb before its verb: ``…设施，并于``, ``…许可条件，依法``, ``…用水户，应当``)."""


_AS_FOLLOWS = ("如下：", "如下:", "如下")
_ANNOUNCING = ("现将", "現將", "现就", "現就", "特将", "特將", "兹将", "茲將")
_DANGLING_LAST = frozenset(w[-1] for w in _DANGLING)
_AS_FOLLOWS_LAST = frozenset(w[-1] for w in _AS_FOLLOWS)


_FORMULA_REST = re.compile("[^。，,；;：:]{0,12}?(?:公示|公布|公告|通报|告知|印发给你们|转发给你们|下达给你们|印發給你們|轉發給你們|通報)[。，,；;]")
"""The rest of a notice's formula at the start of a line, its verb and the mark after it, when
the formula (``现将…有关情况予`` / ``以公示。``, ``现将…予以`` / ``公布，…``) was cut before its verb."""


def _announces(line: str) -> bool:
    """Whether ``line`` opens a notice's formula in its last sentence
    (``…，现将有关事项``) that a line ending with ``如下：`` closes
    (``告知如下：``): one sentence cut in two, not a heading below a
    paragraph.

    >>> _announces("为方便群众缴费，现将有关事项"), _announces("现将有关事项通知如下。请遵照执行")
    (True, False)
    """
    tail = line[max(line.rfind("。"), line.rfind("；")) + 1 :]
    return any(w in tail for w in _ANNOUNCING) and "如下" not in tail


def _wrapped_clause(line: str) -> bool:
    """Whether unindented ``line``, below an indented paragraph that breaks
    off, is its wrapped part and not a heading of its own: it holds a clause
    comma and is 20 characters or more (a Word document pasted with hard
    wraps of varying width: ``基本生活出现严重困难的家庭等农村低收入群体，其住房经鉴定为C级或D级危``).

    >>> _wrapped_clause("基本生活出现严重困难的家庭等农村低收入群体，其住房经鉴定为C级或D级危"), _wrapped_clause("坚持创新驱动，推动发展")
    (True, False)
    """
    return len(line) >= _CLAUSE_LINE_CHARS and _CLAUSE_COMMA.search(line) is not None and not starts_numbered(line)


_DE_WORDS = "士确確哥卢盧"
"""Characters after 的 that make a word a sentence may open with (``的士``, ``的确``, ``的哥``)."""
_DENG_WORDS = "级級待到同候"
"""Characters after 等 that make a word a line may open with (``等级``, ``等待``, ``等到``, ``等同``)."""
_QUOTED_PHRASE_CHARS = 24
"""At most this many characters in a quoted phrase that a web page's markup put on a line of its own."""


def _quoted_phrase_after_word(first: str, second: str) -> bool:
    """Whether ``second`` is a quoted phrase alone on its line (a link or a
    bold span the scraper set apart) after a line that stops on a word without
    punctuation: the sentence goes on through it (``…各地各部门要坚持`` /
    ``“先民生、后提升”`` / ``的原则，…``).

    >>> _quoted_phrase_after_word("　　会议指出，各地各部门要坚持", "“先民生、后提升”")
    True
    >>> _quoted_phrase_after_word("　　会议指出，各地各部门要坚持。", "“先民生、后提升”"), _quoted_phrase_after_word("要坚持", "“先民生。后提升”")
    (False, False)
    """
    q = second.strip(_SPACES)
    return (first[-1:] >= "\u4e00" and len(q) <= _QUOTED_PHRASE_CHARS and q[:1] in _QUOTE_OPENERS
            and q[-1:] in _QUOTE_CLOSERS and not has_internal_sentence_end(q[1:-1]) and not ends_sentence(q[1:-1]))


_SAME_WRAP_TOLERANCE = 2
"""Columns two lines of one hard wrap may differ by (a digit or a half-width mark is one column)."""


def _same_wrap(first: str, second: str, config: RejoinConfig) -> bool:
    """Whether ``first``, a line that stops on a character without punctuation,
    and ``second`` are as wide as each other and as a hard wrap's lines are:
    two full lines of one wrapped paragraph, so that ``second`` is no heading
    of its own, one comma and all (a report's PDF text:
    ``…。建议各级医疗机构加强`` / ``发热门诊力量配置，学校和托幼机构严格落实…``).

    >>> _same_wrap("预计未来一周我市流感活动水平将继续上升。建议各级医疗机构加强", "发热门诊力量配置，学校和托幼机构严格落实晨午检和因病缺勤追踪", RejoinConfig())
    True
    >>> _same_wrap("预计未来一周我市流感活动水平将继续上升。建议各级医疗机构加强。", "发热门诊力量配置，学校和托幼机构严格落实晨午检和因病缺勤追踪", RejoinConfig())
    False
    >>> _same_wrap("建议各级医疗机构加强", "发热门诊力量配置，学校和托幼机构严格落实晨午检和因病缺勤追踪", RejoinConfig())
    False
    """
    if not ("\u4e00" <= first[-1:] <= "\u9fff"):
        return False
    width = display_width(first)
    return width >= config.min_wrap_width and abs(width - display_width(second.strip(_SPACES))) <= _SAME_WRAP_TOLERANCE


def _cut_clause(first: str, second: str) -> str | None:
    """Evidence that line ``first``, a line of clauses (a comma at least, 20
    characters or more, no colon: no form's fields, not ending with an
    amount: a clause of its own, ``新建口袋公园20个``) that stops without
    punctuation, was cut mid-clause, as a ``<br>`` in a web page cuts a
    paragraph, or None. ``strong`` evidence holds even before a line shaped
    like a heading: ``second`` opens with the amount that closes the clause,
    its unit followed by punctuation or the line's end (``3260万元，``,
    ``2.5公里``). Weaker evidence, which a heading after a paragraph of
    clauses without its final punctuation must not meet: two commas and
    ``second`` opening with an amount (``12类特色产品，…``), or ``first``
    stopping at a word no clause ends with (``…竹编工艺品等``, ``其中约``).

    >>> _cut_clause("今年以来，全县组织各乡镇开展造林绿化，累计投入资金", "3260万元，栽植苗木共计")
    'strong'
    >>> _cut_clause("第48周（11月24日至11月30日），全市共报告法定传染病", "1862例，较上周上升9.2%")
    'strong'
    >>> _cut_clause("镇里引导村集体合作，发展民宿和研学基地，推出莲子、藕粉、竹编工艺品等", "12类特色产品。")
    'weak'
    >>> _cut_clause("（一）拟订全市卫生健康政策，统筹规划卫生健康资源配", "置，指导区域卫生健康规划的编制和实施。")
    'strong'
    >>> _cut_clause("坚持生态优先发展，统筹推进系统治理，形成更多可复制可推广的经验", "聚焦打造一流营商环境。") is None
    True
    >>> _cut_clause("记者问，这项政策什么时候开始实施，会不会影响老用户", "是，新政策从下月起实施。") is None
    True
    >>> _cut_clause("改造老旧小区46个，惠及居民1.2万户，新建口袋公园20个", "3所学校建成投用，") is None
    True
    """
    if len(first) < _CLAUSE_LINE_CHARS or _CLAUSE_COMMA.search(first) is None or "：" in first or ":" in first \
            or (_AMOUNT_AT_END.search(first) is not None and not first.endswith(_DANGLING)):
        return None
    m = _AMOUNT_OPENING.match(second)
    if (m is not None and _AMOUNT_CLOSING.match(second, m.end()) is not None) \
            or (first[-1:] >= "\u4e00" and _WORD_TAIL_OPENING.match(second) is not None):
        return "strong"
    if (m is not None and len(_CLAUSE_COMMA.findall(first)) >= 2) or first.endswith(_DANGLING) \
            or (first[-1:] in _QUOTE_CLOSERS and second[:1] in _QUOTE_OPENERS):
        return "weak"
    return None


_COMMA_ENDS = ("，", ",", "、")
"""A line ending with one of these stops inside a sentence even when the next line is indented."""


_DATELINES = ("本报讯", "本報訊", "本网讯", "本網訊", "本台讯", "本台訊", "本刊讯", "新华社", "新華社", "中新社", "中新网")
"""How a news article opens (its dateline): no sentence of the line before goes on in it."""
_OWN_DATELINES = _DATELINES[:7]
"""The datelines a paper gives its own articles (``本报讯``, ``本網訊``): no wrapped line
opens with one (a wrap may fall before an agency's name, ``据`` / ``新华社报道``)."""
_CAPTION_OPENERS = ("图为", "圖為", "图片为", "圖片為")
"""How a photo's caption opens (``图为新建成的口袋公园。``)."""


def _caption_after_sentence(first: str, second: str) -> bool:
    """Whether ``second`` is a photo's caption after a line that ends a
    sentence: a hard-wrapped line that ends at the margin with ``。`` does not
    go on in it (after a line cut mid-word, ``力`` / ``图为企业减负``, it may).

    >>> _caption_after_sentence("经济运行总体平稳、稳中有进。", "图为新建成的城东口袋公园。")
    True
    >>> _caption_after_sentence("坚持问题导向，力", "图为企业纾困解难。")
    False
    """
    return second.lstrip(_SPACES).startswith(_CAPTION_OPENERS) and ends_sentence(first.rstrip(_SPACES))


def _indent_goes_on(f: str, second: str) -> bool:
    """Whether the indent opening ``second`` is the scraper's and not a new
    paragraph's: the line before is indented too and stops at a comma, which
    no paragraph ends with, and ``second`` opens no numbered item.

    >>> _indent_goes_on("　　支持企业开展智能化改造和数字化转型，", "　　力争到2025年覆盖率达到90%。")
    True
    >>> _indent_goes_on("　　主要任务包括：", "　　（一）推动传统产业改造提升。")
    False
    """
    return (f.startswith(_INDENT) and f.endswith(_COMMA_ENDS) and second.startswith(_INDENT)
            and not starts_numbered(second.lstrip(_SPACES)))


_NUMBERED_NEXT = "the next line starts a numbered item"
"""The separation a hard wrap overrides inside a wrapped paragraph: a full line
cut mid-sentence goes on in the next full line that opens like an item, or in
the paragraph's last line that opens with a reference (``第十二条的规定``)."""
_ARTICLE_NUMBER = "第[一二三四五六七八九十百零〇0-9０-９]{1,5}"
"""``第十二``, ``第3``: the number of an article, a clause, an item (up to 第一百二十三)."""
_REFERENCE = re.compile(_ARTICLE_NUMBER + "[条款项章节](?:[的之、和及或至到第（(]|规定)")
"""An article, a clause or an item referred to (``第十二条的规定``, ``第三条第二款``), not opening one."""


def separation_reason(first: str, second: str) -> str | None:
    """Why line ``second`` cannot continue line ``first`` (a sentence ends, a
    colon, a numbered item or an indent starts), or None.

    >>> separation_reason("推进改革。", "深化创新")
    'the line ends a sentence'
    """
    f = first.rstrip(_SPACES)
    if not f or not second.strip(_SPACES):
        return "empty line"
    if second.startswith((_INDENT, " ", "\t")) and not _indent_goes_on(f, second):
        return "the next line is indented: a new paragraph"
    if starts_numbered(second):
        return _NUMBERED_NEXT
    if starts_entry(second):
        return "the next line starts an entry of a list (a person, a period)"
    if f.endswith((":", "：")):
        return "the line ends with a colon"
    if ends_sentence(f):
        return "the line ends a sentence"
    if f.endswith(",") and _SALUTATION.match(f):
        return "the line is a letter's salutation"
    return None


_SALUTATION = re.compile(r"^[ \t\u3000]{0,4}(?:Dear|My dear|Hello|Hi|Greetings)\b[^,.;:!?]{0,60},$")
"""The salutation of a letter or a notice in English on a line of its own
(``Dear international students,``), which ends with a comma and starts no sentence that goes on."""


def _separated(f: str, second: str) -> bool:
    """``separation_reason(first, second) is not None`` for ``f = first.rstrip(_SPACES)``,
    the cheapest tests first (an indented ``second`` after a comma: see :func:`_indent_goes_on`)."""
    return (
        not f
        or (second.startswith((_INDENT, " ", "\t")) and not _indent_goes_on(f, second))
        or f.endswith((":", "："))
        or ends_sentence(f)
        or (f.endswith(",") and _SALUTATION.match(f) is not None)
        or not second.strip(_SPACES)
        or starts_numbered(second)
        or starts_entry(second)
    )


def _bar_cells(line: str) -> bool:
    """Whether ``line`` is a row of cells set between bars, two bars at least, each with a space
    on one side (``(2025)渝0119民初1123号 | 房屋租赁合同纠纷 | 第五法庭``): a table rendered from
    HTML or a row of links, whose cells never wrap onto the next line. The bar of a headline
    (``以案释法丨…``, ``守护…｜南溪检察…``) stands once.

    >>> _bar_cells("(2025)渝0119刑初88号 | 盗窃罪 | 2025-04-16 09:00 | 第一法庭"), _bar_cells("序号｜姓名｜金额")
    (True, True)
    >>> _bar_cells("守护“舌尖上的安全”｜南溪检察对校园周边食品安全提起公益诉讼"), _bar_cells("a|b|c 的管道命令")
    (False, False)
    """
    if "|" not in line and "｜" not in line:
        return False
    return len(_BAR_GAP.findall(line)) >= 2


_BAR_GAP = re.compile("[ \u3000]\\|[ \u3000]?|[ \u3000]?\\|[ \u3000]|｜")
"""A bar between two cells: a full-width bar, or a half-width one with a space beside it
(not the bar of a shell pipe or a formula, ``a|b``)."""


def continuation_reason(
    first: str, second: str, config: RejoinConfig | None = None, *, indented: bool = False
) -> str | None:
    """Why line ``second`` continues the paragraph of line ``first``, or None.

    ``indented`` says the document starts its paragraphs with ``　　``, so an
    unindented line after an indented one that stops mid-sentence goes on.

    >>> continuation_reason("当好中央、省、", "市和区委决策部署的执行者。")
    "the line ends with '、', inside a sentence, and the next line continues it"
    >>> continuation_reason("聚焦科技创新", "厚植内生动能") is None
    True
    >>> continuation_reason("各位代表：", "现在，我代表市人民政府报告工作。") is None
    True
    >>> continuation_reason("“先民生、后提升”", "的原则，优先解决群众反映强烈的问题。")[:30]
    'the next line opens with 的, wh'
    >>> continuation_reason("“先民生、后提升”", "的士司机须遵守规定。"), continuation_reason("推进改革。", "的原则")
    (None, None)
    >>> continuation_reason("根据《取水许可和水资源费征收管理条例》《取水许可管理办法》", "等规定，现将有关情况公告如下：")[:30]
    'the next line opens with 等, wh'
    >>> continuation_reason("附件：《取水许可管理办法》", "等级评定结果见附表。") is None
    True
    >>> continuation_reason("将达到5200万千瓦，电力供需形势总体偏紧。为", "确保电力安全可靠供应，现通知如下。")[:29]
    'paragraph broken mid-sentence'
    >>> continuation_reason("将达到5200万千瓦，电力供需形势总体偏紧。", "为确保电力安全可靠供应，现通知如下。") is None
    True
    """
    config = config or RejoinConfig()
    f = first.rstrip(_SPACES)
    s = second.lstrip(" ")
    if _bar_cells(f) or _bar_cells(s):
        return None  # a table's row with its cells between bars (案号 | 案由 | 当事人) runs into no other line
    if f and s and starts_with_closing_punct(s) and not s.startswith((":", "：")):
        return f"the next line starts with {s[0]!r}, which cannot start a paragraph"
    if s[:1] == "的" and s[1:2] not in _DE_WORDS and f and not second.startswith((_INDENT, " ", "\t")) \
            and not ends_sentence(f) and not f.endswith((":", "：")):
        return "the next line opens with 的, which opens no sentence nor heading: a link or a bold phrase was cut out before it"
    if s[:1] == "等" and s[1:2] not in _DENG_WORDS and f[-1:] in "》”」" and not second.startswith((_INDENT, " ", "\t")):
        return "the next line opens with 等, which closes the list of titles or quoted names the line ends with (…《…办法》 / 等规定)"
    body = f.lstrip(_SPACES)
    if f[-1:].isdigit() and splits_number(body, s) and not second.startswith((_INDENT, " ", "\t")):
        return f"the line ends with an amount ({f[-6:]!r}) and the next line opens with its unit"
    if f.endswith("第") and s[:1] in _ORDINAL_OPENING and not second.startswith((_INDENT, " ", "\t")):
        return "the line ends with 第 and the next line opens with its ordinal (第 / 十五条)"
    if f[-1:].isdigit() and splits_date(body, s) and not second.startswith((_INDENT, " ", "\t")):
        return f"the line ends with a year, a month or a day ({f[-6:]!r}) and the next line opens with its {s[0]}"
    if bracket_goes_on(body, s) and not second.startswith((_INDENT, " ", "\t")) and f[-1:] not in _CLOSING_LAST \
            and not ends_sentence(f):
        return "a line break inside brackets: the next line closes what this line left open"
    if quote_goes_on(body, s) and not second.startswith((_INDENT, " ", "\t")):
        return "a line break inside a quote: the next line closes what this line left open"
    if f[-1:] in RATIO_MARKS and splits_ratio(body, s) and not second.startswith((_INDENT, " ", "\t")):
        return f"the line ends inside a ratio or a time ({f[-6:]!r}) and the next line opens with its rest"
    if body[:1] in "[［" and s[:1] not in "[［" and not second.startswith((_INDENT, " ", "\t")) \
            and (entry := _reference_entry_goes_on(body, s)) is not None:
        return entry
    if f[-1:] in "：:" and _label_value_goes_on(body, second):
        return "a contact field's label ends a clause of the sentence (…，电子邮箱：) and the next line opens with its value"
    mid_clause = ends_mid_clause(f)
    cut = _cut_clause(body, s) if not mid_clause and (s[:1].isdigit() or f.endswith(_DANGLING) or (
        f[-1:] in _QUOTE_CLOSERS and s[:1] in _QUOTE_OPENERS) or s[1:2] in "，,、；;") and not starts_numbered(s) else None
    # a comma says the line is prose; the 、 of a heading's number (一、工业生产平稳增长) does not
    indent_goes_on = indented and first.startswith(_INDENT) and (
        len(body) > 60 or any(c in body for c in "，,") or "、" in (after_number(body) if "、" in body[:5] else body)
        or len(body.rpartition("：")[2]) >= _CLAUSE_AFTER_COLON)
    formula = (((s[-1:] in _AS_FOLLOWS_LAST or s[-1:] in _SPACES) and s.rstrip(_SPACES).endswith(_AS_FOLLOWS))
               or _FORMULA_REST.match(s) is not None) and _announces(f)
    if not (mid_clause or cut or formula or indent_goes_on or _is_prose(body, config) or (body[-1:] in _CUT_OPENERS and _OPENER_CUT.search(body))):
        return None  # a heading, a title or a short line: no evidence it goes on (the cheapest answer first)
    if _separated(f, second):
        return None
    if not mid_clause and _field_pair(body, s):
        return None  # two fields of a record (镇街级河长：…；…赵丽娟 / 河长职责：…), each a label and its value
    if starts_numbered(body) and not has_internal_sentence_end(body) and len(body) <= 8:
        return None  # a bare item number: leave it to the numbering
    if s.startswith(_DATELINES):
        return None  # the next line opens a news article
    if mid_clause:
        return f"the line ends with {f[-1]!r}, inside a sentence, and the next line continues it"
    if cut == "strong":
        if _WORD_TAIL_OPENING.match(s) is not None:
            return f"a word cut off: {f[-6:]!r} and the next line opens with its last character and a clause mark"
        return f"a clause cut off: {f[-6:]!r} and the next line opens with the amount that closes it"
    if formula:
        return "a notice's formula cut in two: the next line ends what 现将… began (…如下：, …予以公示。)"
    if is_heading_like(s) and not ((indent_goes_on or _same_wrap(body, s, config))
                                   and (_wrapped_clause(s) or _quoted_phrase_after_word(f, s))):
        return None  # the next line is a heading or a title of its own
    if indent_goes_on:
        return "paragraph broken mid-sentence: an indented paragraph goes on in the next, unindented line"
    if cut:
        return f"a clause cut off: {f[-6:]!r} stops where no clause ends and the next line goes on"
    tail = f[-6:]  # running prose, as found above
    return f"paragraph broken mid-sentence: {tail!r} ends running prose without sentence-final punctuation"


_CLAUSE_LABEL_END = re.compile(r"[，,；;][\u3400-\u4dbf\u4e00-\u9fff]{2,10}[：:]$")
"""A contact field's label closing a clause of a sentence (``…，专门电子邮箱：``), not a line of its own."""
_LABEL_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,40}@[A-Za-z0-9\-]{1,30}\.|https?://|www\.|[(（]?0\d{2,3}[)）]?[-－]?\d{7,8}(?!\d)|1[3-9]\d{9}(?!\d)"
                          r"|[2-9]\d{6,7}(?![\d年月日号])")
"""The value such a label announces: an e-mail address, a web address, a telephone number (also a county's
local number without its area code: ``6623018``)."""


def _label_value_goes_on(body: str, second: str) -> bool:
    """Whether a hard-wrapped sentence breaks between a contact field's label
    and its value: ``body`` is running prose (a clause before the label) ending
    with the label and its colon, and ``second``, not indented, opens with the
    e-mail address, web address or telephone number.

    >>> _label_value_goes_on("县委第二巡察组设立专门值班电话：0599-6231880，专门电子邮箱：", "pxxcez@163.com。另设意见箱。")
    True
    >>> _label_value_goes_on("联系方式如下，电子邮箱：", "　　pxxcez@163.com"), _label_value_goes_on("电子邮箱：", "pxxcez@163.com")
    (False, False)
    >>> _label_value_goes_on("县委第二巡察组设立专门值班电话，具体事项如下：", "一、受理范围")
    False
    >>> _label_value_goes_on("25日前将总结材料报送县人防办，联系人：刘晓峰，电话：", "6623018。")
    True

    A label that opens a sentence of its own (``…违法犯罪线索。举报电话：``) goes on only
    when the sentence goes on after the value (``0476-6688110。对提供重要线索的，…``):
    a value alone on its line is a contact line of its own.

    >>> _label_value_goes_on("五、鼓励广大群众积极举报违法犯罪线索。举报电话：", "0476-6688110。对提供重要线索的给予奖励。")
    True
    >>> _label_value_goes_on("五、鼓励广大群众积极举报违法犯罪线索。举报电话：", "0476-6688110")
    False

    The contact person's label (``联系人：``) announces a name: the line goes on
    when the next one opens with a name and the telephone's or mailbox's label
    after it (``赵琳，电话：0870-3126377。``), the same sentence's next field.

    >>> _label_value_goes_on("（三）专项行动结束后，请于9月5日前报送工作总结。联系人：", "赵琳，电话：0870-3126377。")
    True
    >>> _label_value_goes_on("（三）专项行动结束后，请于9月5日前报送工作总结。联系人：", "赵琳")
    False
    """
    if len(body) < 20 or second.startswith((_INDENT, " ", "\t")):
        return False
    if body.endswith(("联系人：", "联系人:")) and (_CLAUSE_LABEL_END.search(body) or _SENTENCE_LABEL_END.search(body)) \
            and _CONTACT_PERSON_VALUE.match(second) is not None:
        return True
    if _CLAUSE_LABEL_END.search(body) is not None:
        return _LABEL_VALUE.match(second) is not None
    return _SENTENCE_LABEL_END.search(body) is not None and (value := _LABEL_VALUE.match(second)) is not None \
        and _SENTENCE_GOES_ON.match(second, value.end()) is not None


_CONTACT_PERSON_VALUE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:同志|老师|女士|先生)?[，,、；;\s\u3000]{1,2}(?:联系|办公|咨询)?"
                                   r"(?:电话|手机|座机|传真|邮箱|电子邮箱)")
"""A contact person's name and the next field's label (``赵琳，电话：``, ``王晓明　联系电话：``)."""


_SENTENCE_LABEL_END = re.compile(r"[。；;][\u3400-\u4dbf\u4e00-\u9fff]{2,10}[：:]$")
"""A contact field's label opening a sentence of its own at the end of a line (``…线索。举报电话：``)."""
_SENTENCE_GOES_ON = re.compile(r"[。，,；;]\s?[\u3400-\u4dbf\u4e00-\u9fff]")
"""The sentence going on after the value (``0476-6688110。对提供…``)."""


_REFERENCE_ENTRY = re.compile(r"[\[［][0-9]{1,3}[\]］][ \u3000]?\S")
"""The number opening an entry of a references list (``[1] 张勋, …``)."""
_REFERENCE_TYPE_END = re.compile(r"[\[［](?:[A-Z]{1,2}|EB/OL|DB/OL|[A-Z]/OL)[\]］][.．]?\Z")
"""A GB/T 7714 document type code ending a line (``…包容性增长[J].``): the journal, publisher or
address follows it, so the entry goes on."""


def _reference_entry_goes_on(body: str, second: str) -> str | None:
    """Why the references entry ``body`` goes on in line ``second`` (wrapped
    PDF text: ``[1] 张勋, …包容性增长[J].`` / ``经济研究, 2019, 54(8): 71-86.``), else
    None: its line ends with a document type code, or stops without a full
    stop while the next line, no label and no entry of its own, ends with one."""
    if _REFERENCE_ENTRY.match(body) is None:
        return None
    if _REFERENCE_TYPE_END.search(body) is not None:
        return f"a references entry cut after its document type ({body[-5:]!r}): the next line gives its source"
    if body[-1:] in ".。．" or second.rstrip(_SPACES)[-1:] not in ".．" or "：" in second[:10] or ":" in second[:6]:
        return None
    return f"a references entry cut mid-way ({body[-6:]!r}): the next line ends it"


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    lead: int = 0
    """Columns a continuation marker took at the line's start before it went
    (``【上接1版】站项目全部并网，``): the line was laid out with it."""


_SPAN = re.Match.span
_NON_BLANK_BODY = rf"[{_SPACES}]*+[^{_SPACES}\n][^\n]*+"
_NON_BLANK = (re.compile(_NON_BLANK_BODY), re.compile("\n" + _NON_BLANK_BODY))
"""A line holding something besides ``_SPACES``: the first line, and any
other after its line break (which ``re`` finds by a fast search)."""


def _non_blank_spans(text: str) -> list[tuple[int, int]]:
    """``(start - 1, end)`` of every line ``text[start:end]`` that is not blank:
    ``start - 1`` is where its line break is (-1 for the first line).

    >>> _non_blank_spans("标题\\n \\n\\u3000正文\\n\\n结尾")
    [(-1, 2), (4, 8), (9, 12)]
    """
    first, rest = _NON_BLANK
    out = list(map(_SPAN, rest.finditer(text)))
    m = first.match(text)
    if m is not None:
        out.insert(0, (-1, m.end()))
    return out


_SENTENCE_MARK = re.compile("[。！？!?；;]")
"""What :func:`~govtext.rejoin.text.has_internal_sentence_end` needs in a line."""


def _shows_no_continuation(text: str, start: int, end: int, long_prose: int) -> bool:
    """Whether line ``text[start:end]`` (not blank) shows none of the evidence
    :func:`continuation_reason` looks for in a first line that is a paragraph
    of its own: it does not end with a clause mark (``，、“（``...), a digit
    (an amount cut from its unit) or whitespace (before which one may
    stand), does not open with an indent, is shorter than ``long_prose``
    and holds no sentence end (so it is no running prose), nor is a speaker's
    turn (:func:`_speaker_turn`) or stops at an ordinal's 第. Then, unless the
    next line opens with closing punctuation, no reason joins them: a
    heading, a title, a name. Cheap tests on the line's ends first.

    >>> t = "聚焦科技创新\\n\\n厚植内生动能，"
    >>> _shows_no_continuation(t, 0, 6, 100), _shows_no_continuation(t, 8, 15, 100)
    (True, False)
    """
    last = text[end - 1]
    return (
        last not in MID_CLAUSE
        and not last.isdigit()
        and not last.isspace()
        and text[start] != _INDENT
        and end - start < long_prose
        and _no_sentence_mark_nor_open_bracket(text, start, end)
        and not (last == "第" or _speaker_turn(text[start:end]))
    )


def _may_cut_clause(text: str, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Whether line ``text[start:end]`` may be a clause :func:`_cut_clause`
    finds cut off, before the line ``text[next_start:next_end]`` (it holds a
    comma, and that line opens with an amount or with a word's last character and a
    clause mark, or this one stops at a word no clause ends with or between quoted names), or a notice's formula that
    line ends (``如下：``, or opens with its verb: ``以公示。``, see :func:`_announces`): tests of single
    characters at the lines' ends first, before :func:`continuation_reason`."""
    last, after = text[end - 1], text[next_end - 1]
    if (after in _AS_FOLLOWS_LAST and text.endswith(_AS_FOLLOWS, next_start, next_end)) or (
            after in _SPACES and text[next_start:next_end].rstrip(_SPACES).endswith(_AS_FOLLOWS)) \
            or _FORMULA_REST.match(text, next_start, next_end) is not None:
        return True
    ends = ((text[next_start].isdigit() and _AMOUNT_OPENING.match(text, next_start, next_end) is not None)
            or (last in _DANGLING_LAST and text.endswith(_DANGLING, start, end))
            or (last in _QUOTE_CLOSERS and text[next_start] in _QUOTE_OPENERS)
            or (next_start + 1 < next_end and text[next_start + 1] in "，,、；;"
                and _WORD_TAIL_OPENING.match(text, next_start) is not None))
    return ends and (text.find("，", start, end) >= 0 or text.find(",", start, end) >= 0)


def _no_sentence_mark_nor_open_bracket(text: str, start: int, end: int) -> bool:
    """Whether line ``text[start:end]`` holds no sentence end and leaves no
    bracket open (see :func:`_bracket_left_open`): one search finds the first
    sentence mark or opening bracket, which most such lines (headings, names) lack."""
    m = _SENTENCE_MARK_OR_OPENER.search(text, start, end)
    if m is None:
        return True
    if m.group() not in _SENTENCE_OPENERS or _SENTENCE_MARK.search(text, m.end(), end) is not None:
        return False
    return not _bracket_left_open(text, m.start(), end)


_OPEN_CLOSE = BRACKET_PAIRS + QUOTE_PAIRS
_SENTENCE_OPENERS = "".join(opener for opener, _closer in _OPEN_CLOSE)
_SENTENCE_MARK_OR_OPENER = re.compile("[。！？!?；;" + re.escape(_SENTENCE_OPENERS) + "]")


def _bracket_left_open(text: str, start: int, end: int) -> bool:
    """Whether line ``text[start:end]`` leaves a title mark, a parenthesis or
    a quote open (see :func:`~govtext.rejoin.text.bracket_goes_on` and
    :func:`~govtext.rejoin.text.quote_goes_on`)."""
    find = text.rfind
    return any(find(opener, start, end) > find(closer, start, end) for opener, closer in _OPEN_CLOSE)


def _indent_convention(text: str) -> bool:
    """Whether the document starts its paragraphs with the ``　　`` indent."""
    if not text.startswith(_INDENT) and "\n" + _INDENT not in text:
        return False
    long_lines = [ln for ln in text.split("\n") if len(ln) >= 20]
    n_indented = sum(t.startswith(_INDENT) for t in long_lines)
    return (n_indented >= 2 and n_indented * 2 >= len(long_lines)) or _wrapped_paragraphs_open_indented(text)


_PARAGRAPH_OPENING = re.compile(
    "[。！？!?…：][”’」』）)》〉】］\\]]*[ \\t\\xa0\\u3000]*(?:\\n[ \\t\\xa0\\u3000]*)*\\n(?=[^\\n]{20})(\\u3000?)"
)
"""A sentence end (or a salutation's colon: ``各位委员：``, ``张明代表：``) closing its line, and the
next non-blank line when it is 20 characters long or more (a paragraph's opening, not a signature or
a date): its first character when that is the ``　`` indent. A semicolon closes a clause, not a
paragraph: a hard-wrapped line that ends on one (``…占59.1%；``) goes on unindented, which says
nothing of the convention."""


def _wrapped_paragraphs_open_indented(text: str) -> bool:
    """Whether the lines that open a paragraph (after a line ending a
    sentence) are indented, two at least and most of them: in hard-wrapped
    text most long lines are a paragraph's unindented continuation lines,
    which say nothing of the convention.

    >>> text = ("　　甲市持续推进营商环境改革，现将有关事项通知如下\\n请各单位结合实际认真组织实施，确保各项措施落地。\\n"
    ...         "　　乙县加快发展特色产业，制定以下具体措施，并抓\\n好落实，推动产业规模和效益同步提升，取得实效。\\n"
    ...         "　　丙区深化科技创新，推动产业升级，加快培育新质\\n生产力，着力构建现代化产业体系，推动高质量发展\\n"
    ...         "取得新的更大成效，为全市发展大局作出更大贡献。")
    >>> _wrapped_paragraphs_open_indented(text), _wrapped_paragraphs_open_indented(text.replace("\\n　　", "\\n"))
    (True, False)
    """
    found = _PARAGRAPH_OPENING.findall(text)  # (a search in C: the text may be long)
    end = text.find("\n")
    first = text[: len(text) if end < 0 else end]  # the first line opens a paragraph too
    opening = len(found) + (len(first.strip(_SPACES)) >= 20)
    indented = found.count(_INDENT) + (first.startswith(_INDENT) and len(first) >= 20)
    return indented >= 2 and indented * 2 > opening


_SPACED_SHARE = 0.8
"""Share of the gaps between lines that must be one blank line for a text to be double-spaced."""


def _one_blank_line(text: str, end: int, line_break: int) -> bool:
    """Whether exactly one blank line (maybe holding spaces) lies between a
    line ending at ``end`` and the next line's break at ``line_break``."""
    return text.count("\n", end, line_break + 1) == 2


def _double_spaced(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text puts one blank line after (nearly) every line, as many
    scrapers write pages: then a blank line says nothing of where a
    paragraph ends, and hard-wrapped lines are read across it.

    >>> t = "第一行文字\\n\\n第二行文字\\n\\n第三行文字\\n\\n第四行"
    >>> u = t.replace("\\n\\n", "\\n")
    >>> _double_spaced(t, _non_blank_spans(t)), _double_spaced(u, _non_blank_spans(u))
    (True, False)
    """
    gaps = len(spans) - 1
    if gaps < 3 or "\n\n" not in text:
        return False
    one = sum(_one_blank_line(text, a[1], b[0]) for a, b in pairwise(spans))
    return one >= _SPACED_SHARE * gaps


def _kept(paragraph: str) -> str:
    """What the rejoiner keeps of a paragraph: decisions need its opening and
    its end, and a long paragraph is cut in the middle to stay linear."""
    return paragraph[:_KEEP] + paragraph[-_KEEP:] if len(paragraph) > 4 * _KEEP else paragraph


_CLOSING_LAST = FINAL_PUNCT | {":", "："}
"""A line ending with one of these ends a sentence or with a colon."""
_OPENING_FIRST = NO_PARAGRAPH_START | {" "}
"""A line starting with none of these does not start with closing punctuation."""


def _broken_titles(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """Start -> reason of each line that goes on an official title broken
    over consecutive lines (see :func:`govtext.rejoin.titles.title_lines`).

    >>> t = "临湖市人民政府关于印发临湖市\\n2024年重点民生实事项目的通知\\n各区县人民政府："
    >>> list(_broken_titles(t, _non_blank_spans(t)))
    [15]
    """
    out: dict[int, str] = {}
    ends = [e for _b, e in spans]
    pos = text.find("关于")
    while pos >= 0:
        i = bisect_left(ends, pos)  # the line that holds this 关于 (the first that ends after it)
        run = [spans[i]]  # the line and up to two more that follow it with no blank line between
        while len(run) < 3 and i + len(run) < len(spans) and spans[i + len(run)][0] == run[-1][1]:
            run.append(spans[i + len(run)])
        n = title_lines([text[x + 1 : y] for x, y in run]) if len(run) > 1 else None
        if n is not None:
            last = text[run[n - 1][0] + 1 : run[n - 1][1]].strip(_SPACES)
            for x, _y in run[1:n]:
                out[x + 1] = f"an official title broken over {n} lines: it goes on to its kind ({last[-6:]!r})"
        pos = text.find("关于", run[n - 1 if n is not None else 0][1])  # from the end of the line, or the title
    return out


def _lines_around(keep: set[int], full: list[bool], window: bool) -> int:
    """How many lines of ``keep`` the full lines are weighed against: all of
    them, or in a ``window`` (three full lines or more, or two lines of prose
    in one run), those from the first full line to the line after the last
    one (the closing line of its paragraph). A title, a heading, a
    salutation above the wrapped text and a signature, a date, a 抄送 line
    below it are no evidence against the wrap.

    >>> _lines_around({0, 1, 2, 3, 4, 5, 6}, [False, True, True, True, False, False, False], True)
    4
    >>> _lines_around({0, 1, 2, 3, 4, 5, 6}, [False, True, True, False, False, False, False], False)
    7
    """
    if not window:
        return len(keep)
    first = full.index(True)
    last = len(full) - 1 - full[::-1].index(True)
    return sum(first <= i <= last + 1 for i in keep)


def _prose_pair(block: list[_Line], full: list[bool], runs: list[list[int]]) -> bool:
    """Whether the two full lines (but the last line) of ``block`` are lines of
    one paragraph's prose: in one run of lines no wider than the wrap
    (``runs``), each holding a comma (not only a label's colon) and breaking
    off mid-sentence.

    >>> b = [_Line(0, 0, "　　四、下步打算"), _Line(0, 0, "　　围绕年度目标任务，全面落实"), _Line(0, 0, "领域隐患排查整治，坚决遏制"),
    ...      _Line(0, 0, "稳定。"), _Line(0, 0, "报：区委。")]
    >>> _prose_pair(b, [False, True, True, False, False], [[0, 1, 2, 3, 4]])
    True
    >>> _prose_pair(b, [False, True, True, False, False], [[0, 1], [2, 3, 4]])
    False
    """
    lines = [i for i, f in enumerate(full[:-1]) if f]
    return any(lines[0] in run and lines[-1] in run for run in runs) and all(
        any(c in "，,、；;" for c in block[i].text) and not ends_sentence(block[i].text.rstrip(_SPACES))
        and not block[i].text.rstrip(_SPACES).endswith((":", "："))
        for i in lines)


_ARTICLE = re.compile(_ARTICLE_NUMBER + "条")
_INDENT_COLUMNS = 4
"""The columns of a paragraph's ``　　`` indent, which PDF extraction often drops."""


def _lost_indent(block: list[_Line], full: list[bool], widths: list[int], wrap: tuple[int, int], i: int) -> bool:
    """Whether line ``i`` of ``block`` is the first line of a wrapped paragraph
    whose indent the extraction dropped: it opens the block or follows a
    sentence end, is prose (a clause mark in it, no sentence end at its end,
    no indent, no item number but an article's ``第三条``), is an indent's
    width shorter than the full lines (``wrap``: their width and its
    tolerance), and the next line is full.

    >>> b = [_Line(0, 0, "第三条　违反本办法规定，擅自在城市公共供水管道及其附属设"), _Line(0, 0, "施的安全保护范围")]
    >>> _lost_indent(b, [False, True], [56, 60], (60, 2), 0)
    True
    >>> b[0] = _Line(0, 0, "（一）聚焦产业升级，加快建设现代化产业体系推进")
    >>> _lost_indent(b, [False, True], [56, 60], (60, 2), 0)
    False
    """
    text = block[i].text.rstrip(_SPACES)
    width, tol = wrap
    return (
        i + 1 < len(full) and full[i + 1]
        and width - _INDENT_COLUMNS - tol <= widths[i] <= width - _INDENT_COLUMNS
        and (i == 0 or block[i - 1].text.rstrip(_SPACES)[-1:] in _CLOSING_LAST or ends_sentence(block[i - 1].text))
        and not text.startswith((_INDENT, " ", "\t"))
        and any(c in "，,、；;" for c in text) and not ends_sentence(text)
        and (not starts_numbered(text) or _ARTICLE.match(text) is not None)
    )


_FOLDED_PUNCT = re.compile(r"[,;:?!()](?:(?<=[^\x00-\x7f].)|(?=[^\x00-\x7f]))")
"""Half-width punctuation beside a Chinese character: a full-width mark that
NFKC normalisation folded (``，`` as ``,``), which the layout set two columns wide."""


def _layout_width(line: str) -> int:
    """:func:`~govtext.rejoin.text.display_width` of ``line`` as it was laid
    out: punctuation folded to half width beside Chinese text
    (:data:`_FOLDED_PUNCT`) counts two columns.

    >>> _layout_width("全市上下，牢固树立"), _layout_width("全市上下,牢固树立"), _layout_width("达到1,200人")
    (18, 18, 11)
    """
    return display_width(line) + _folded_marks(line)


def _folded_marks(line: str) -> int:
    """How many marks of :data:`_FOLDED_PUNCT` ``line`` holds: the columns
    :func:`_layout_width` adds to :func:`~govtext.rejoin.text.display_width`.

    >>> _folded_marks("全市上下,牢固树立(试行)"), _folded_marks("达到1,200人")
    (3, 0)
    """
    if line.isascii() or not ("," in line or ":" in line or ";" in line or "(" in line or ")" in line
                              or "?" in line or "!" in line):
        return 0
    return len(_FOLDED_PUNCT.findall(line))


_LATIN_LETTERS = re.compile("[A-Za-z]")
_LATIN_SLACK_LETTERS = 8
"""Fewest Latin letters that make a line look shorter than the wrap (a word or two: ``AI``, ``title`` do not)."""
_LATIN_SLACK_MAX = 6
"""The most columns a justified line's Latin letters can make it look short (see :func:`_latin_slack`)."""


def _latin_slack(line: str) -> int:
    """How many columns short of the wrap a full line holding Latin letters may
    look: a justified column sets a letter wider than the half a CJK character
    :func:`~govtext.rejoin.text.display_width` counts it (capitals, ``m``,
    ``w``), one column in four letters when there are eight at least, up to :data:`_LATIN_SLACK_MAX`, in a
    line of Chinese prose (:func:`_mostly_han`; English lines wrap at spaces).

    >>> _latin_slack("ional Data Corporation（IDC）等机构合作，对全市数据资源开展全面评估"), _latin_slack("全面评估")
    (5, 0)
    """
    letters = len(_LATIN_LETTERS.findall(line))
    return min(letters // 4, _LATIN_SLACK_MAX) if letters >= _LATIN_SLACK_LETTERS and _mostly_han(line) else 0


_HANGING_CLAUSE = frozenset("，、；：,;:")
_HANGING_CLOSERS = frozenset("”’」』）)》")


def _hanging_mark_wrap(line: str) -> bool:
    """Whether ``line`` ends with a mark that the layout hung past the column
    (a Chinese line never opens with ``，`` or a closing quote, so a full line
    takes one more character: ``缓解居民“充电难”``) inside a sentence: a
    clause mark, or a closing quote or bracket not after a sentence end. Such a
    line is one character wider than the wrap and still full; a hung ``。``
    may end the paragraph, so it does not count.

    >>> _hanging_mark_wrap("周边新建充电站20处，缓解居民“充电难”"), _hanging_mark_wrap("县内重点企业纷纷上云用数，")
    (True, True)
    >>> _hanging_mark_wrap("他说：“明年还要扩大规模。”"), _hanging_mark_wrap("实现乡镇以上区域连续覆盖。")
    (False, False)
    """
    t = line.rstrip(_SPACES)
    last = t[-1:]
    return last in _HANGING_CLAUSE or (last in _HANGING_CLOSERS and not ends_sentence(t[:-1]))


_SQUEEZABLE = frozenset("。，、；：？！”’」』）》")
"""Full-width marks whose half-empty em a Chinese layout squeezes when one
follows another (``。”``, ``”，``, ``）。``): such a pair takes three columns, not four."""
_SQUEEZED_OPENERS = frozenset("“‘「『（《")


def _squeezed_line(line: str) -> bool:
    """Whether ``line`` holds two marks side by side whose blank halves the
    layout squeezed (``…自动报警。”工务段段长马永胜说，过``), so it takes a
    character more than the column's other lines, and ends inside a word (a
    Han character, a letter or a digit, no mark): a full line one character
    over the wrap, cut mid-sentence. A paragraph's last line ends with a mark.

    >>> _squeezed_line("发现病害自动报警。”工务段段长马永胜说，过"), _squeezed_line("他们说，“明年还要干。”")
    (True, False)
    >>> _squeezed_line("发现病害自动报警后工务段段长马永胜说的过")
    False
    """
    t = line.rstrip(_SPACES)
    if not t or not t[-1].isalnum():
        return False
    return any(a in _SQUEEZABLE and (b in _SQUEEZABLE or b in _SQUEEZED_OPENERS) for a, b in pairwise(t))


def _hanging_stop(line: str) -> bool:
    """Whether ``line`` ends with a sentence end the layout may have hung past
    the column (``稳中有进。``, ``他说。”``): where paragraphs open with an
    indent, such a full line goes on when the next line has none.

    >>> _hanging_stop("经济运行总体平稳、稳中有进。"), _hanging_stop("县内重点企业纷纷上云用数，")
    (True, False)
    """
    t = line.rstrip(_SPACES)
    return t[-1:] in _HANGING_STOPS or (t[-1:] in _HANGING_CLOSERS and t[-2:-1] in _HANGING_STOPS)


_HANGING_STOPS = frozenset("。！？!?；;")
_HANGABLE = _HANGING_CLAUSE | _HANGING_STOPS | _HANGING_CLOSERS
def _hangable_end(line: str) -> bool:
    """Whether ``line`` ends with a mark a Chinese layout may hang past the
    column: a full-width one, or one NFKC folded to half width after a
    Chinese character (not an English line's comma).

    >>> _hangable_end("全县上下，"), _hangable_end("全县上下,"), _hangable_end("the vocabulary a,")
    (True, True, False)
    """
    t = line.rstrip(_SPACES)
    last = t[-1:]
    return last in _HANGABLE and (not last.isascii() or not t[-2:-1].isascii())


_LIST_ITEM_LAST = frozenset("，,、；;：:")
"""How an item of a list, or the line that opens it, may end (``1.全面推行“一网通办”，``,
``可选择以下任一渠道缴费：``) before the next item's number."""
"""Marks a Chinese layout may hang past the column at a line's end."""


def _short_numbered_heading(line: str, width: int) -> bool:
    """Whether ``line`` is a numbered heading (``（二）持续改善民生福祉``: an
    item's number, no punctuation after it) narrower than the wrap ``width``:
    the tolerance that counts a line a character short as full lets such a
    heading pass for a wrapped line in a narrow column.

    An article (``第二条　本办法适用于…``) opens prose, never a heading.

    >>> _short_numbered_heading("（二）持续改善民生福祉", 24), _short_numbered_heading("（二）持续改善民生福祉，全年", 24)
    (True, False)
    >>> _short_numbered_heading("　　第二条　本办法适用于本市行政区域内户籍居民和持有居住证满", 60)
    False
    """
    t = line.strip(_SPACES)
    return (t[:1] in _ITEM_NUMBER_FIRST and _ARTICLE_OPENING.match(t) is None and starts_numbered(t) and _layout_width(t) < width
            and not any(c in _CLAUSE_PUNCT or (c.isascii() and c.isalpha()) for c in t[3:]))


_ARTICLE_OPENING = re.compile(_ARTICLE_NUMBER + "[条條](?:之[一二三四五六七八九十]{1,3})?[ 　]")
"""An article's number with the gap after it (``第二条　``, ``第十二條 ``, ``第5条之一　``): its line is prose."""


_NARROW_MIN_FULL = 4
"""Fewest full lines of a narrow column (8 to 11 characters) to call it a hard wrap."""


def _mostly_han(line: str) -> bool:
    """Whether Chinese characters take a third of ``line``'s columns at least
    (spaces aside), as in Chinese prose with a few Latin words or numbers
    (not code, data or an English line).

    >>> _mostly_han("100个，优先面向双职工家"), _mostly_han("国际企业合作，引进Siemens Healthineers和")
    (True, True)
    >>> _mostly_han('  "date": "2024-06-28",'), _mostly_han("# non-blank line; `metadata` lists fields")
    (False, False)
    """
    t = "".join(line.split())
    return 6 * sum("\u3400" <= c <= "\u9fff" for c in t) >= display_width(t)


def _narrow_column_prose(block: list[_Line], full: list[bool]) -> list[bool]:
    """The full lines of a block narrower than the usual wrap (a newspaper's
    column of 8 to 11 characters) when they are one column's prose, else none:
    four at least, half the lines of the block at least (a brief's heading
    and its last line are not full), and not two opening a numbered item
    (a list's headings, ``二、医疗服务提升工程``, are as short as such a column
    and hold a ``、``). A line opening with a number or a bullet is never a
    full line of such a column (``◆ 老街夜市下周开张`` heads a brief), nor one
    that is not mostly Chinese (code, data: ``"date": "2024-06-28"``); and
    not when parallel phrases (slogans: ``节约用水，人人有责``) are half of
    them (three at least) or they are a list's entries (:func:`_aligned_entries`). Short lines of their own (a poem, a list of projects) are of many widths.

    >>> lines = [_Line(0, 0, t) for t in ("■ 车站暖心服务", "　　志愿者小周一边帮", "老人提行李，一边和他",
    ...                                    "们拉家常。她说，今年", "车站在进站口增设了“", "爱心通道”。")]
    >>> _narrow_column_prose(lines, [True, True, True, True, True, False])
    [False, True, True, True, True, False]
    >>> items = [_Line(0, 0, t) for t in ("一、教育提质扩容工程", "新建中小学幼儿园8所", "二、医疗服务提升工程",
    ...                                   "建成区域医疗中心1个", "新增家庭医生签约服务团队50个")]
    >>> _narrow_column_prose(items, [True, True, True, True, False])
    [False, False, False, False, False]
    """
    numbered = [f and starts_numbered(ln.text.strip(_SPACES)) for ln, f in zip(block, full, strict=True)]
    kept = [f and not n and _mostly_han(ln.text) for ln, f, n in zip(block, full, numbered, strict=True)]
    n_kept = sum(kept)
    if n_kept < _NARROW_MIN_FULL or n_kept * 2 < len(block) or sum(numbered) >= 2:
        return [False] * len(full)
    shown = [ln.text.strip(_SPACES) for ln, k in zip(block, kept, strict=True) if k]
    parallel = sum(map(_parallel_phrases, shown))
    if (parallel >= 3 and parallel * 2 >= n_kept) or _aligned_entries(shown):
        return [False] * len(full)  # slogans (节约用水，人人有责) or a list's entries of one width, not prose
    return kept


_ENTRY_MARKS = re.compile("[，,、：:；;（(]")


def _aligned_entries(lines: list[str]) -> bool:
    """Whether ``lines`` (the full lines of a narrow block) are entries of a
    list rather than a column's prose: three at least, half of them or more,
    end with the same character (``…公司，5万元``) or put their first mark at
    the same place (``青禾建设集团，`` / ``东岭食品公司，``); prose cut at a
    column's width ends and breaks its clauses anywhere.

    >>> _aligned_entries(["青禾建设集团，5万元", "东岭食品公司，3万元", "南溪物流公司，2万元", "西山电子公司，2万元"])
    True
    >>> _aligned_entries(["　　志愿者小周一边帮", "老人提行李，一边和他", "们拉家常。她说，今年", "车站在进站口增设了“"])
    False
    """
    need = max(3, (len(lines) + 1) // 2)
    ends = Counter(t[-1] for t in lines if t and t[-1] not in _HANGABLE)
    if ends and ends.most_common(1)[0][1] >= need:
        return True
    marks = Counter(m.start() for t in lines if (m := _ENTRY_MARKS.search(t)) is not None)
    return bool(marks) and marks.most_common(1)[0][1] >= need


_PHRASE_SPLIT = re.compile("[，,、；; \u3000]+")


def _parallel_phrases(line: str) -> bool:
    """Whether ``line`` is two to four Han phrases of one length, three
    to nine characters each, between commas or spaces: a slogan's or a
    couplet's shape, which a narrow column's slogans share and its prose
    lines, cut anywhere, seldom do.

    >>> _parallel_phrases("节约用水，人人有责"), _parallel_phrases("约两千元，明年还将在")
    (True, False)
    """
    parts = [p for p in _PHRASE_SPLIT.split(line.strip(_SPACES)) if p]
    if not 2 <= len(parts) <= 4 or not all(_HAN_ONLY.fullmatch(p) for p in parts):
        return False
    lens = [len(p) for p in parts]
    return min(lens) >= 3 and max(lens) <= 9 and max(lens) == min(lens)


_HAN_ONLY = re.compile("[\u3400-\u9fff]+")


_ITEM_NUMBER_FIRST = frozenset("(（〔【［[一二三四五六七八九十第0123456789０１２３４５６７８９")
"""How an item's number opens (not a bullet's ``-``, which opens a list of prose lines too)."""


_COLUMN_GAP = re.compile("\\S(?:[ \u3000]{2,}|\t)(?=\\S)")


def _table_row(line: str) -> bool:
    """Whether ``line`` is a row of a table set in columns: two gaps of two
    spaces or more (or tabs) between its cells (``陈晓燕　女　　1982.11　大学　　…``);
    a wrapped sentence has at most one, after an item's number (``第一条  为了…``).

    >>> _table_row("陈晓燕　女　　1982.11　大学　　青溪镇党委副书记　　　县文广旅体局局长"), _table_row("第一条  为了促进城市绿化事业的发展，改善生态")
    (True, False)
    """
    cells = line.strip(_SPACES)
    return len(_COLUMN_GAP.findall(cells)) >= 2 or _single_gap_row(cells) or _pipe_row(cells)


def _pipe_row(cells: str) -> bool:
    """Whether ``cells`` is a row of a Markdown table (``| 项目 | 金额 |``): it opens
    and ends with a bar and has one between its cells at least.

    >>> _pipe_row("| 一类区域 | 每次3元 |"), _pipe_row("|首页|"), _pipe_row("收入|支出")
    (True, False, False)
    """
    return len(cells) > 2 and cells[0] in "|｜" and cells[-1] in "|｜" and cells.count("|") + cells.count("｜") >= 3


_CELL_GAP = re.compile("(?<=[^\\sA-Za-z])[ \u3000]+(?=[^\\sA-Za-z])")
"""A gap between two cells of a row whose columns a PDF or Word extraction set one space apart
(not the space between two Latin words)."""


def _single_gap_row(cells: str) -> bool:
    """Whether ``cells`` (a line, its edges stripped) is a table's row dumped with one space
    between its cells: four cells at least, more than half of them two characters long or more
    (a letter-spaced line, ``为 深 入 推 进``, has cells of one character; a heading spaced out,
    ``第一章　总　　则``, fewer cells).

    >>> _single_gap_row("3　皂市镇集中供水工程　新建水厂1座　1260　皂市镇人民政府")
    True
    >>> _single_gap_row("21305 巩固脱贫攻坚成果衔接乡村振兴 474.36 0.00 474.36")
    True
    >>> _single_gap_row("第一章　总　　则"), _single_gap_row("为 深 入 推 进 乡 村 振 兴")
    (False, False)
    >>> _single_gap_row("在 Apple Vision Pro 发布会上，该公司介绍了新的操作系统")
    False

    A ledger's row of three cells is one too: a receipt number or serial, a name and an
    amount (``A114090001　林美惠　1,000``, ``12　善心人士　500.00``), which a list of like rows
    sets at one width, as a hard wrap would; a PDF's wrapped sentence spaced around its
    figures (``2025 年全市完成投资 1,000``) has a unit after its first figure.

    >>> _single_gap_row("A114090001　林美惠　1,000"), _single_gap_row("NO.202510002 善心人士 500")
    (True, True)
    >>> _single_gap_row("2025 年全市完成固定资产投资 1,000"), _single_gap_row("3 年来累计投入 500")
    (False, False)
    """
    if " " not in cells and "\u3000" not in cells:
        return False
    parts = _CELL_GAP.split(cells)
    if len(parts) == 3:
        return _ledger_row(parts)
    return len(parts) >= 4 and sum(len(p) >= 2 for p in parts) * 2 > len(parts)


_CODE_CELL = re.compile(r"(?:[A-Za-z]{1,4}[.\-]?)?\d[\dA-Za-z.\-/]*")
"""A row's first cell: a serial (``12``), a receipt or voucher number (``A114090001``, ``NO.202510002``)."""
_AMOUNT_CELL = re.compile(r"[¥￥$]?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?:元|万元)?|[¥￥$]?\d{1,12}(?:\.\d{1,2})?(?:元|万元)?")
"""A row's last cell: an amount (``1,000``, ``500.00``, ``3000元``)."""
_UNIT_AFTER_FIGURE = frozenset("年月日号个项家户人名元万亿次期批届岁条款章节倍%％")
"""Characters that follow a figure in a sentence (``2025 年``, ``3 项``): a cell that opens with one is no name."""


def _ledger_row(parts: list[str]) -> bool:
    """Whether the three cells ``parts`` are a ledger's row: a number, a name and an amount.

    >>> _ledger_row(["1141003", "善心人士", "3,000"]), _ledger_row(["3", "年来累计投入", "500"])
    (True, False)
    """
    code, name, amount = parts
    return _CODE_CELL.fullmatch(code) is not None and _AMOUNT_CELL.fullmatch(amount) is not None \
        and 1 <= len(name) <= 16 and name[0] not in _UNIT_AFTER_FIGURE \
        and _PROSE_MARKS.search(name) is None and not any(c.isdigit() for c in name)


_WIDE_GAP = re.compile("[ \u3000]{2,}|\t")
_ROW_NOTE = re.compile("[（(][^（）()]{1,10}[)）]")
"""A note in brackets after a cell (``（女，蒙古族）``), its commas no prose."""
_PROSE_MARKS = re.compile("[，。；：、,.;:!?！？]")
_OFFICE_ENDS = frozenset("局委办院室厅会府部处所站队社司校馆心行")
"""Last characters of an office's name (市教育局, 县人民政府, 市政务服务中心)."""


def _row_cell(cell: str) -> bool:
    """Whether ``cell`` is a person's name, maybe letter-spaced (``张　斌``),
    or any name with a note about the person in brackets (``萨仁高娃（女，蒙古族）``),
    or an office's name."""
    core = "".join(_ROW_NOTE.sub("", cell).split())
    if not 2 <= len(core) <= 16 or _PROSE_MARKS.search(core):
        return False
    noted = core != "".join(cell.split()) and len(core) <= 8
    return noted or is_person_name(core) or (len(core) >= 3 and core[-1] in _OFFICE_ENDS)


def _two_cell_row(line: str) -> bool:
    """Whether ``line`` is two cells set apart by a wide gap, each a person's
    or an office's name, a row of a list laid out in columns (two names,
    ``高俊杰　　萨仁高娃（女）``, two offices signing one notice,
    ``市教育局　　　　市公安局``): not a hard-wrapped line of a paragraph.

    >>> _two_cell_row("鹤山市教育局　　　　鹤山市卫生健康局"), _two_cell_row("高俊杰　　萨仁高娃（女，蒙古族）")
    (True, True)
    >>> _two_cell_row("第一条  为了促进城市绿化事业"), _two_cell_row("认真落实  切实抓好安全生产工作")
    (False, False)
    """
    if "  " not in line and "\u3000\u3000" not in line and "\t" not in line and " \u3000" not in line \
            and "\u3000 " not in line:
        return False
    cells = _WIDE_GAP.split(line.strip(_SPACES))
    return len(cells) == 2 and _row_cell(cells[0]) and (_row_cell(cells[1]) or _post_cell(cells[0], cells[1]))


def _post_cell(name: str, cell: str) -> bool:
    """Whether ``cell``, after the person's ``name`` in a row, is that person's
    post or unit (``王建平　　郭道镇党委副书记``, ``赵志明  县农业技术推广中心高级农艺师``):
    a phrase of up to 20 characters with no clause mark, as a name list's row sets it.

    >>> _post_cell("王建平", "郭道镇党委副书记"), _post_cell("王建平", "主持会议，并讲话")
    (True, False)
    """
    core = "".join(cell.split())
    return is_person_name("".join(name.split())) and 2 <= len(core) <= 20 and _PROSE_MARKS.search(core) is None


_FIELD_OPENING = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff（）()]{2,16}[：:]\S")
"""A record's field: a label of Han characters (brackets allowed: ``罚款金额（万元）``) and a colon with its value."""


def _field_pair(prev: str, line: str) -> bool:
    """Whether ``prev`` and ``line`` are two fields of a record, each a label and
    its value (``行政相对人名称：…`` / ``行政相对人类别：个体工商户``): rows of
    the record, however wide, not the lines of a wrapped paragraph.

    >>> _field_pair("行政相对人名称：宁城县永兴建材经营部", "行政相对人类别：个体工商户")
    True
    >>> _field_pair("经查，当事人于2024年10月从上游供货商处购进上述挂面，进货", "价每袋5.2元，销售价每袋6.8元。")
    False
    """
    return _FIELD_OPENING.match(prev) is not None and _FIELD_OPENING.match(line) is not None


def _bracketed_note(line: str) -> bool:
    """Whether ``line`` is one note in brackets and nothing else (``（共31人）``,
    ``（以姓氏笔画为序）``): a unit of its own, however wide, not a wrapped line.

    >>> _bracketed_note("（共31人，名单中其余委员略）"), _bracketed_note("（一）加强组织领导）"), _bracketed_note("（一）加强组织领导，")
    (True, False, False)
    """
    t = line.strip(_SPACES)
    if len(t) < 3 or t[0] not in "（(" or t[-1] not in "）)":
        return False
    inner = t[1:-1]
    return not any(c in "（()）" for c in inner)


_BARE_ADDRESS = re.compile("(?:https?://|www\\.)[!-~]{4,300}")


_VERSE_MARKS = frozenset("，。；！？、,;!?")
"""The marks that close a line of classical verse."""
_VERSE_RUN = 4
"""Fewest short lines closed by a mark, one after another, that make a poem rather than wrapped prose."""


def _verse_line(line: str) -> bool:
    """True when ``line`` is one line of classical verse: three to nine Han
    characters closed by a comma or a full stop (``灵山江畔起新楼，``, ``丹崖如削；``).

    >>> _verse_line("　灵山江畔起新楼，"), _verse_line("万古雄奇。"), _verse_line("全年增长12%，"), _verse_line("为此，")
    (True, True, False, False)
    """
    body = line.strip(_SPACES)
    return 4 <= len(body) <= 10 and body[-1] in _VERSE_MARKS \
        and all("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in body[:-1])


def _verse_pair(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """True when non-blank lines ``k`` and ``k + 1`` lie in a run of at least
    :data:`_VERSE_RUN` lines of verse (:func:`_verse_line`): each line of a poem
    stands alone, though it ends with a comma. Wrapped prose does not end line
    after short line at a mark; a narrow column breaks wherever its width ends.

    >>> poem = "七绝·茶园\\n晓雾轻笼万亩茶，\\n采茶姑娘笑声哗。\\n一篮春色肩头挑，\\n换得新车进万家。\\n"
    >>> spans = _non_blank_spans(poem)
    >>> _verse_pair(poem, spans, 1), _verse_pair(poem, spans, 0)
    (True, False)
    """
    def verse(i: int) -> bool:
        return 0 <= i < len(spans) and _verse_line(text[spans[i][0] + 1 : spans[i][1]])

    if not (verse(k) and verse(k + 1)):
        return False
    lo, hi = k, k + 1
    while hi - lo + 1 < _VERSE_RUN and verse(lo - 1):
        lo -= 1
    while hi - lo + 1 < _VERSE_RUN and verse(hi + 1):
        hi += 1
    return hi - lo + 1 >= _VERSE_RUN


def _bare_address(line: str) -> bool:
    """Whether ``line`` is a web address alone (a PDF's download address stamped on each page).

    >>> _bare_address("http://yjj.example.gov.cn/uploadfiles/202505/20250509164521.pdf"), _bare_address("网址：www.example.gov.cn")
    (True, False)
    """
    text = line.strip(_SPACES)
    return text[:1] in "hHwW" and _BARE_ADDRESS.fullmatch(text) is not None


def _fields_record_row(line: str) -> bool:
    """Whether ``line`` holds two field labels or more, each opening it or set off by a space: one
    record of a list (a service point's name, ``地址：…``, ``电话：…``), whatever its width.

    >>> _fields_record_row("市社保卡服务中心 地址:牡溪市西安路14号 电话:0453-7653301")
    True
    >>> _fields_record_row("联系人:周敏,电话:0796-8201234,请于本月底前报送")
    False
    """
    return len(_SPACED_FIELD_LABEL.findall(line.strip(_SPACES))) >= 2


def _open_jumps(doc: Document) -> list[int]:
    """Original positions of the removed "continued on page N" markers
    (``（下转A10版）``, ``(续见第A6页)``) that no later "continued from" marker of
    the same file answers (``（上承1版）``): where the text left for a page the file does not hold."""
    records = doc.annotations.get("continuation_markers")
    if not isinstance(records, list):
        return []
    froms = [int(r["original_start"]) for r in records if r.get("kind") == "continued-from" and "original_start" in r]
    tos = [int(r["original_start"]) for r in records if r.get("kind") == "continued-to" and "original_start" in r]
    return sorted(start for start in tos if not any(f > start for f in froms))


def _jump_between(doc: Document, jumps: list[int], end: int, start: int) -> bool:
    """Whether one of ``jumps`` (see :func:`_open_jumps`) stood between the line
    ending at ``end`` and the line starting at ``start`` (current text positions)."""
    before = doc.original_range(end - 1, end)[1]
    after = doc.original_range(start, start + 1)[0]
    k = bisect_left(jumps, before)
    return k < len(jumps) and jumps[k] < after


def _page_break(doc: Document, end: int, start: int) -> bool:
    """Whether a page break lies between the line ending at ``end`` and the
    line starting at ``start`` (current text positions): the pages the
    furniture or the markers filter found say the two lines are on different pages."""
    if not doc.pages:
        return False
    before = doc.page_of_original(doc.original_range(end - 1, end)[0])
    return before is not None and doc.page_of_original(doc.original_range(start, start + 1)[0]) != before


def _marker_leads(doc: Document, text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """Line break before a line -> display columns of the "continued from"
    marker that opened the line on the page (``【上接1版】站项目全部并网，新增``),
    which :class:`~govtext.rejoin.ContinuationMarkers` removed: the line was
    laid out, and wrapped, with it, so it is as wide as the column's other
    full lines. Only a marker followed on its line by the line's text counts
    (one on a line of its own leaves no line behind; one closing a line
    ends the text there). Empty unless markers were removed."""
    records = doc.annotations.get("continuation_markers")
    if not records:
        return {}
    starts = sorted(r["original_end"] for r in records if r.get("kind") == "continued-from")
    if not starts:
        return {}
    original = doc.original_text
    out: dict[int, int] = {}
    for b, e in spans:
        if b + 1 >= e:
            continue
        line_start = doc.original_range(b + 1, b + 2)[0]
        i = bisect_left(starts, line_start + 1) - 1
        if i < 0:
            continue
        gap = original[starts[i] : line_start]
        if gap.strip(_SPACES) or "\n" in gap:
            continue  # (the line does not open right after the marker)
        rec = next(r for r in records if r.get("original_end") == starts[i])
        opened = original[rec["original_start"] : line_start]
        if "\n" not in opened:
            out[b] = display_width(opened)
    return out


class ParagraphRejoiner:
    """Joins broken paragraphs and reflows hard wraps (see module doc)."""

    name = "rejoin"

    def __init__(self, config: RejoinConfig | None = None) -> None:
        self.config = config or RejoinConfig()

    def __call__(self, doc: Document) -> None:
        """Decides every pair of consecutive non-blank lines in order.

        A pair is provably left alone, and skipped, when the paragraph so far
        is the first line alone, the second line does not open with closing
        punctuation nor with the particle 的, and the first line either ends a sentence or with a
        colon (:func:`continuation_reason` then finds it separated) and is not
        a hard-wrapped line, or shows no evidence that it goes on (see
        :func:`_shows_no_continuation`), is not a hard-wrapped line followed
        by the next without a blank line, and the next line does not go on an
        official title. The other pairs are decided in full. The indent
        convention is only worked out for a paragraph that opens with one
        (the only one it matters to).
        """
        text = doc.text
        if "\n" not in text:
            return
        spans = _non_blank_spans(text)
        spaced = _double_spaced(text, spans)
        wrapped = self._hard_wrapped(text, spans, spaced, _marker_leads(doc, text, spans)) \
            if self.config.hard_wrap else {}
        titles = _broken_titles(text, spans) if "关于" in text else {}
        edits: list[Edit] = []
        indented: bool | None = None
        paragraph: str | None = None  # the paragraph so far, when a join made it more than its last line
        openers: set[str] = set()  # the first lines of the paragraphs joins made
        long_prose = self.config.long_prose_chars
        headline = doc.metadata.get("title")
        headline = headline.strip(_SPACES) if isinstance(headline, str) and headline else None
        jumps = _open_jumps(doc)
        for k, ((pb, pe), (cb, ce)) in enumerate(pairwise(spans)):
            if jumps and _jump_between(doc, jumps, pe, cb + 1):
                paragraph = None
                continue  # the text went on on another page (…，（续见第A6页）): what follows here is no part of it
            # a blank line a page break left after a hard-wrapped line is no paragraph break
            # and neither is the one blank line a double-spaced text puts after every line
            blank = cb > pe and not (pb + 1 in wrapped and (_page_break(doc, pe, cb + 1)
                                                            or (spaced and _one_blank_line(text, pe, cb))))
            # a references entry wrapped after its type code (…[J]. / 经济研究, 2019…) goes on, whatever its end
            entry = text[pb + 1] in "[［" and text[cb + 1] not in "[［" and paragraph is None \
                and _reference_entry_goes_on(text[pb + 1 : pe].strip(_SPACES), text[cb + 1 : ce]) is not None
            if paragraph is None and text[cb + 1] not in _OPENING_FIRST and not entry \
                    and not (text[cb + 1] == "的" and text[cb + 2 : cb + 3] not in _DE_WORDS):
                if text[pe - 1] in _CLOSING_LAST:
                    if pb + 1 not in wrapped and not (text[pe - 1] in RATIO_MARKS and text[pe - 2].isdigit()):
                        continue  # (what is kept of a long line ends as the line does)
                elif ((blank or pb + 1 not in wrapped) and cb + 1 not in titles
                      and _shows_no_continuation(text, pb + 1, pe, long_prose)
                      and not _may_cut_clause(text, pb + 1, pe, cb + 1, ce)
                      and (text[cb + 1] not in "（(" or NOTE_THEN_CLAUSE.match(text, cb + 1) is None)):
                    continue  # (unless a bracketed note that closes a clause follows: see bracket_goes_on)
            if paragraph is None and headline is not None and pb + 1 not in wrapped and cb + 1 not in wrapped \
                    and text[cb + 1] not in _OPENING_FIRST \
                    and text[pb + 1 : pe].strip(_SPACES) == headline:
                continue  # the headline of a page not hard-wrapped is a line of its own, however it reads (警惕…骗局！前两单…)
            if paragraph is None and headline is not None and text[cb + 1] not in _OPENING_FIRST \
                    and ends_with_document_kind(headline) and text[pb + 1 : pe].strip(_SPACES) == headline:
                continue  # an official title whole on its line (…关于印发…的通知) ends there, as wide as the PDF's lines be
            prev, ln = _Line(pb + 1, pe, text[pb + 1 : pe]), _Line(cb + 1, ce, text[cb + 1 : ce])
            if paragraph is None:
                paragraph = _kept(prev.text)
            if indented is None and paragraph.startswith(_INDENT):
                indented = _indent_convention(text)
            reason = titles.get(ln.start) or self._reason(paragraph, prev, ln, blank, wrapped, bool(indented))
            if reason is not None and _verse_pair(text, spans, k):
                reason = None  # lines of a classical poem (灵山江畔起新楼， / 百艺千工汇一舟。) each stand alone
            if reason is None:
                paragraph = None
                continue
            if paragraph == prev.text and ln.start not in titles:
                openers.add(prev.text.strip(_SPACES))
            edits.append(self._join(text, prev, ln, reason))
            # decisions see the paragraph a second run would: the lines joined
            paragraph = _kept(paragraph.rstrip(_SPACES) + ln.text)
        if edits:
            doc.apply(edits, filter=self.name)
            title = doc.metadata.get("title")
            if isinstance(title, str) and title.strip(_SPACES) in openers:
                # the line taken for the headline opens a paragraph it runs on in (a jump page's first
                # wrapped line, 站项目全部并网，新增装机容量 / 36万千瓦…): no headline, not a title
                doc.metadata["title"] = None

    def _reason(self, paragraph: str, prev: _Line, ln: _Line, gap_blank: bool,
                wrapped: dict[int, tuple[int, bool]], indented: bool) -> str | None:
        """Why ``ln`` continues ``paragraph`` (which ends with line ``prev``), or None."""
        if (_bare_address(ln.text) and not prev.text.rstrip(_SPACES).endswith((":", "："))) or _bare_address(prev.text):
            return None  # a download site's address stamped between the lines of a PDF's text is no part of them
        reason = continuation_reason(paragraph, ln.text, self.config, indented=indented)
        if reason is not None or gap_blank or prev.start not in wrapped or starts_entry(ln.text) \
                or _table_row(prev.text) or _table_row(ln.text) or _caption_after_sentence(prev.text, ln.text) \
                or _two_cell_row(prev.text) or _two_cell_row(ln.text) or _bracketed_note(prev.text) \
                or ln.text.startswith(_OWN_DATELINES) or _field_pair(prev.text, ln.text):
            return reason
        width, indents = wrapped[prev.start]
        if starts_numbered(ln.text) and (prev.text.rstrip(_SPACES)[-1:] in _LIST_ITEM_LAST
                                         or starts_numbered(prev.text.lstrip(_SPACES))
                                         or _row_cell(prev.text.strip(_SPACES))):
            # the next item of a list (after a colon, an item ending with ， or ；, an item, or the last
            # name of a list above it: 沁南县农业技术推广中心 / 二、拟表彰先进个人), however wide
            return None
        # where paragraphs open with an indent, only an indent opens one
        if indents:
            # a sentence that ends at the margin goes on unless a title or an item follows; a line
            # shaped like a title goes on unless an item follows (关于…的通知 above 一、总体要求)
            closed = ends_sentence(prev.text) or prev.text.endswith((":", "："))
            item = starts_numbered(ln.text) and ln.start not in wrapped
            opens = item or (is_heading_like(ln.text) and ln.start not in wrapped)
            goes_on = not ln.text.startswith((_INDENT, " ")) and not (closed and opens) \
                and not (item and is_heading_like(prev.text))
        else:
            separation = separation_reason(prev.text, ln.text)
            goes_on = separation is None or (separation == _NUMBERED_NEXT and not ends_sentence(prev.text) and (
                ln.start in wrapped or (len(paragraph) > len(prev.text) and _REFERENCE.match(ln.text) is not None)))
            # a numbered heading a character short of a narrow column (（二）持续改善民生福祉) is no wrapped line
            goes_on = goes_on and not _short_numbered_heading(prev.text, width)
        return f"hard-wrapped line ({width} columns wide) continues on the next line" if goes_on else None

    @staticmethod
    def _join(text: str, first: _Line, second: _Line, reason: str) -> Edit:
        start = len(first.text.rstrip(_SPACES)) + first.start
        end = second.start
        if _indent_goes_on(first.text.rstrip(_SPACES), second.text):
            end += len(second.text) - len(second.text.lstrip(_SPACES))  # the scraper's indent goes too
        a, b = text[start - 1], text[end]
        if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
            return Edit.replace(start, end, " ", rule="paragraph-join", reason=reason + " (a space between words)")
        return Edit.delete(start, end, rule="paragraph-join", reason=reason)

    def _hard_wrapped(self, text: str, spans: list[tuple[int, int]],
                      spaced: bool = False, leads: dict[int, int] | None = None) -> dict[int, tuple[int, bool]]:
        """Lines of hard-wrapped blocks that are full: start -> (width, indent convention).

        A block is a run of consecutive non-blank lines (``spans``, see
        :func:`_non_blank_spans`): a line whose line break ends the one before,
        or in a double-spaced text (``spaced``, see :func:`_double_spaced`)
        the one blank line after it. ``leads``: line break before a line ->
        columns a continuation marker took at its start (see :func:`_marker_leads`)."""
        out: dict[int, tuple[int, bool]] = {}
        if len(spans) < max(1, self.config.min_wrap_lines):
            return out
        if spaced:
            breaks = [i for i, (a, b) in enumerate(pairwise(spans), start=1)
                      if b[0] != a[1] and not _one_blank_line(text, a[1], b[0])]
        else:
            line_breaks, line_ends = zip(*spans, strict=True)
            if len(set(line_breaks).intersection(line_ends)) < self.config.min_wrap_lines - 1:
                return out  # too few lines follow the one before without a blank line: no block is long enough
            breaks = [i for i, (a, b) in enumerate(pairwise(spans), start=1) if b[0] != a[1]]
        for first, end in pairwise([0, *breaks, len(spans)]):
            if end - first >= self.config.min_wrap_lines:
                get = (leads or {}).get
                out.update(self._wrapped_block([_Line(b + 1, e, text[b + 1 : e], get(b, 0))
                                                for b, e in spans[first:end]]))
        return out

    @staticmethod
    def _ends_paragraph(block: list[_Line], full: list[bool], widths: list[int]) -> bool:
        """Whether the line after the last full line of ``block`` is shorter than
        the full lines and ends a sentence, as the last line of a wrapped paragraph does."""
        last = max(i for i, f in enumerate(full) if f)
        if last + 1 >= len(block):
            return False
        return widths[last + 1] < widths[last] and ends_sentence(block[last + 1].text.rstrip(_SPACES))

    def _wrapped_block(self, block: list[_Line], columns_left: int = _MAX_COLUMN_WIDTHS - 1) -> dict[int, tuple[int, bool]]:
        """:meth:`_one_width_block`, and where its full lines leave a column
        of another width before or after them (an e-paper's next column, set
        narrower or wider, once the furniture between them went: ``第A2版：要闻``),
        that column's full lines too, found on its own lines alone: three at
        least, their wrap more than the tolerance off the first one's; at most
        :data:`_MAX_COLUMN_WIDTHS` widths in one block (each is looked for in
        what the others leave, so the work stays linear in the block).

        >>> narrow = ["　　据介绍，此次改造坚持“一", "巷一策”，由街道、社区组织居", "民议事会，先后收集意见建议14",
        ...           "00余条，最终确定了管网、路面"]
        >>> wide = ["明等6大类改造内容。为了不影响居民出", "行，施工单位采用分段围挡、错时作业的", "方式，最大程度减少扰民。",
        ...         "　　改造中，各社区还充分挖掘老街巷的", "历史文化资源，在巷口设置了介绍街巷由", "来的铭牌。"]
        >>> block = [_Line(i, i, t) for i, t in enumerate(narrow + wide)]
        >>> sorted({w for w, _ in ParagraphRejoiner()._wrapped_block(block).values()})
        [28, 36]
        """
        out = self._one_width_block(block)
        if not out:
            return out
        least = max(3, self.config.min_wrap_lines)
        width = next(iter(out.values()))[0]
        full = [i for i, ln in enumerate(block) if ln.start in out]
        lo, hi = full[0], full[-1] + 1
        columns: list[dict[int, tuple[int, bool]]] = []
        for before, part in ((True, block[:lo]), (False, block[hi:])):
            other = self._wrapped_block(part, columns_left - 1) if len(part) >= least and columns_left > 0 else {}
            if other and abs(next(iter(other.values()))[0] - width) > self.config.wrap_tolerance + 1:
                columns.append(other)
            elif before:
                lo = 0
            else:
                hi = len(block)
        if not columns:
            return out
        # the column's own lines alone decide its indent convention (the other column's short lines do not)
        out = self._one_width_block(block[lo:hi]) or out
        for other in columns:
            out.update(other)
        return out

    def _one_width_block(self, block: list[_Line]) -> dict[int, tuple[int, bool]]:
        """:meth:`_full_lines` of a block, measured as displayed or, for text
        normalised after it was laid out (its punctuation folded to half width
        took two columns there, :func:`_layout_width`), as laid out, whichever
        finds more of the block full."""
        texts = [ln.text.rstrip(_SPACES) for ln in block]
        shown = [display_width(t) for t in texts]
        if any(ln.lead for ln in block):
            # a line laid out after a marker is as wide as it was with it, but never wider than the other lines
            widest = max((w for w, ln in zip(shown, block, strict=True) if not ln.lead), default=0)
            shown = [w + ln.lead if w + ln.lead <= widest + self.config.wrap_tolerance else w
                     for w, ln in zip(shown, block, strict=True)]
        # a line ending with a mark the layout may hang past the column counts a character narrower
        # when the wrap width is found (inline, as _hangable_end: this runs on every line of every block)
        hung = [2 if t[-1:] in _HANGABLE and (t[-1] > "\x7f" or t[-2:-1] > "\x7f") else 0 for t in texts]
        full = self._full_lines(block, shown, hung)
        folded = [_folded_marks(t) for t in texts]
        if any(folded):
            laid_out = self._full_lines(block, [w + f for w, f in zip(shown, folded, strict=True)], hung)
            if len(laid_out) > len(full):
                return laid_out
        return full

    def _full_lines(self, block: list[_Line], widths: list[int], hung: list[int]) -> dict[int, tuple[int, bool]]:
        """Lines of ``block`` that are full, given the ``widths`` of its lines
        (trailing spaces not counted): start -> (wrap width, indent convention).
        ``hung``: the columns each line's last mark may hang past the column
        (2 or 0), left out when the wrap width is found."""
        cfg = self.config
        tol = cfg.wrap_tolerance
        # the wrap width: the width most lines (but the last) reach, within the tolerance; on a tie
        # the width most lines have (not that of one line a hanging 。 makes wider)
        measured = list(map(sub, widths, hung)) if any(hung) else widths
        but_last = Counter(measured[:-1])
        get = but_last.get
        reach = dict(but_last)  # width -> lines (but the last) at most the tolerance narrower
        for narrower in range(1, tol + 1):
            reach = {w: n + get(w - narrower, 0) for w, n in reach.items()}
        most = max(reach.values())
        tied = [w for w, n in reach.items() if n == most]
        last = measured[-1]
        width = tied[0] if len(tied) == 1 else max(tied, key=lambda w: (but_last[w] + (w == last), w))
        if not min(cfg.min_wrap_width, cfg.min_narrow_wrap_width) <= width <= cfg.max_wrap_width:
            return {}
        # a line wider than the wrap width cannot be part of the wrap: split there
        runs: list[list[int]] = [[]]
        for i, w in enumerate(widths):
            if w > width + tol + w % 2:  # (an odd width: half-width digits beside a hung mark)
                runs.append([])
            else:
                runs[-1].append(i)
        keep = {i for run in runs if len(run) >= cfg.min_wrap_lines for i in run}
        # a row of a table (cells between tabs) is never a line of wrapped prose; a line of odd width (an
        # odd number of half-width digits or letters) sets a column off the width of the others: one
        # short when justified, one over when the others fall short of an odd wrap width by a hanzi
        # a line one character over the wrap hung its last mark past the column: full inside a sentence;
        # after a sentence end (。) only where paragraphs open with an indent (decided below)
        over = [i for i, w in enumerate(widths) if width < w <= width + 2 + w % 2]
        hung_stops = {i for i in over if _hanging_stop(block[i].text)} \
            if over and any(ln.text.startswith(_INDENT) for ln in block) else set()
        full = [(width - tol - (odd := w % 2) <= w <= width + odd
                 or (width < w <= width + 2 + odd and (_hanging_mark_wrap(block[i].text) or _squeezed_line(block[i].text)))
                 or i in hung_stops
                 or (width - tol - odd - _LATIN_SLACK_MAX <= w < width - tol - odd
                     and w >= width - tol - odd - _latin_slack(block[i].text)))
                and i in keep and "\t" not in block[i].text.strip(_SPACES) for i, w in enumerate(widths)]
        if width < cfg.min_wrap_width:
            full = _narrow_column_prose(block, full)
        n_full = sum(full[:-1])
        if n_full < 2 or sum(w > _UNWRAPPED_FACTOR * width for w in widths) * 2 >= n_full:
            # half as many lines of the block more than twice as wide as the wrap as full ones: paragraphs
            # kept on one line each, a few short lines of which (a headline, a salutation, an attachment
            # line, the signing office) happen to share a width
            return {}
        window = n_full >= 3 or (n_full == 2 and _prose_pair(block, full, runs))
        if n_full * 2 < _lines_around(keep, full, window) - 1:
            # too few full lines, unless with three or more the last line of each wrapped paragraph (after a
            # full line, shorter, ending its sentence) counts with them: they are the wrap's too
            closing = 0 if n_full < 3 else sum(
                not g and f and i + 1 in keep and ends_sentence(ln.text.rstrip(_SPACES))
                for i, (ln, f, g) in enumerate(zip(block[1:], full, full[1:], strict=False)))
            if (n_full + closing) * 2 < _lines_around(keep, full, window) - 1:
                return {}
        # two full lines that say the same word for word (a salutation twice, a repeated link): no wrap; the
        # block's last line goes on into nothing, so it may say again what a wrapped line said
        full_texts = [ln.text.strip(_SPACES) for ln, f in zip(block[:-1], full[:-1], strict=True) if f]
        if len(set(full_texts)) < len(full_texts):
            return {}
        punctuated = sum(f and any(c in _CLAUSE_PUNCT for c in ln.text) for ln, f in zip(block, full, strict=True))
        if punctuated * 2 < sum(full) and not (punctuated * 4 >= sum(full) and self._ends_paragraph(block, full, widths)):
            # headings, names or table cells of one width, not wrapped prose (a narrow wrap of
            # prose may hold one clause mark in four lines: then a short line ends its sentence)
            return {}
        fields = sum(f and (_FIELD_OR_DATED.match(ln.text.lstrip(_SPACES)) is not None or starts_entry(ln.text)
                            or _directory_entry_line(ln.text) or _fields_record_row(ln.text))
                     for ln, f in zip(block, full, strict=True))
        if fields * 2 >= sum(full):
            # the fields of a form (来信时间：…, 回复单位：…) or the entries of a list of people or
            # of a résumé (王立新，男，…; 1995.07—2001.03 …) of one width, not wrapped prose
            return {}
        indented = any(ln.text.startswith(_INDENT) for ln in block) and all(
            nxt.text.startswith(_INDENT) or starts_numbered(nxt.text) or is_heading_like(nxt.text)
            or nxt.text.startswith(_CAPTION_OPENERS) or not g
            for nxt, f, g in zip(block[1:], full, full[1:], strict=False) if not f
        )  # paragraphs open with an indent, consistently: after every short line (a caption aside) that a full
        # line follows (a short line after a short one, a salutation under a title, opens no wrapped paragraph)
        if not indented and hung_stops:
            full = [f and i not in hung_stops for i, f in enumerate(full)]  # a hung 。 may end a paragraph
        open_ended = sum(f and not ends_sentence(ln.text) and not ln.text.endswith((":", "："))
                         for ln, f in zip(block, full, strict=True))
        if open_ended == 0 or (not indented and open_ended * 2 < sum(full)):
            return {}  # full lines that end sentences: whole paragraphs of similar length
        if n_full < 3 and (punctuated if indented else open_ended) < sum(full):
            # two lines of one width are weak evidence: both must break off mid-sentence, or where
            # paragraphs open with an indent, both must be prose (not a heading above a salutation)
            return {}
        if not indented:
            full = [f or _lost_indent(block, full, widths, (width, tol), i) for i, f in enumerate(full)]
        return {ln.start: (width, indented) for ln, is_full in zip(block, full, strict=True) if is_full}
