"""Pinyin and zhuyin annotations injected after Han characters: ``世紀(jì)``.

An annotation is removed only when it directly follows a Han character, is
in half- or full-width brackets, and everything in the brackets is valid
pinyin (syllables from the inventory below, each with a tone mark or tone
number, at most as many syllables as Han characters before it) or valid
zhuyin (bopomofo syllables). Real parentheses stay: ``低(零)碳``, ``(一)``,
``(全文)``, ``(2023)``, ``(PM2.5)``, ``(GDP)``, ``(Apple)``. In a document that
already has several toned annotations, toneless syllables (``(de)``) after a
Han character are taken as annotations too, and so are syllables in
capitals with tone numbers (``(JI4)``; with tone marks, ``(JÌ)``, they are
annotations anywhere, but toneless capitals, ``(AI)``, never are) and toned
syllables put after the punctuation mark that follows their character
(``紅黃牌”(pái)``, ``預警，(jǐng)``, after two marks ``小吃，」(chī)``; the
toneless neutral-tone syllables too, ``「卡脖子」(zi)``).

>>> strip_annotations("世紀(jì)新能源網(wǎng)建設一批低(零)碳園區(全文)")
'世紀新能源網建設一批低(零)碳園區(全文)'
>>> strip_annotations("資金(JĪN)、網(wǎng)行(háng)業，(yè)人工智能(AI)")
'資金、網行業，人工智能(AI)'
>>> is_pinyin("zhuàng"), is_pinyin("zhuang4"), is_pinyin("Apple"), is_pinyin("gdp")
(True, True, False, False)
>>> is_zhuyin("ㄓㄨㄥ"), is_zhuyin("ㄅㄧˋ"), is_zhuyin("ㄧㄅ")
(True, True, False)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from typing import cast

import regex

from govtext.document import Document
from govtext.edits import Deletions, Edit
from govtext.script.triggers import may_have_astral

__all__ = [
    "PINYIN_SYLLABLES",
    "AnnotationConfig",
    "AnnotationStripper",
    "is_pinyin",
    "is_zhuyin",
    "split_pinyin",
    "strip_annotations",
]

# Every syllable of Standard Mandarin, by initial (ü written as "v").
_SYLLABLE_TABLE = """
a o e ai ei ao ou an en ang eng er
yi ya yo ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun
ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
fa fo fei fou fan fen fang feng fu
da de dai dei dao dou dan den dang deng dong di dia die diao diu dian ding du duo dui duan dun
ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo nuan nv nve
la le lo lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo luan lun lv lve
ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang
cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang
sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang
re ri rao rou ran ren rang reng rong ru rua ruo rui ruan run
za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
sa se si sai sao sou san sen sang seng song su suo sui suan sun
"""

PINYIN_SYLLABLES: frozenset[str] = frozenset(_SYLLABLE_TABLE.split())
"""The toneless pinyin syllables (ü written ``v``)."""

_TONED = {
    "ā": "a1", "á": "a2", "ǎ": "a3", "à": "a4", "ē": "e1", "é": "e2", "ě": "e3", "è": "e4",
    "ī": "i1", "í": "i2", "ǐ": "i3", "ì": "i4", "ō": "o1", "ó": "o2", "ǒ": "o3", "ò": "o4",
    "ū": "u1", "ú": "u2", "ǔ": "u3", "ù": "u4", "ǖ": "v1", "ǘ": "v2", "ǚ": "v3", "ǜ": "v4",
    "ü": "v0", "ê": "e0",
}
_MAX_SYLLABLE = max(len(s) for s in PINYIN_SYLLABLES)

_INITIALS = frozenset(chr(c) for c in range(0x3105, 0x311A))  # ㄅ..ㄙ
_MEDIALS = frozenset("ㄧㄨㄩ")
_FINALS = frozenset(chr(c) for c in range(0x311A, 0x3127))  # ㄚ..ㄦ
_ZHUYIN_TONES = frozenset("ˉˊˇˋ˙")  # ˉ: the first tone, which most write unmarked
_BOPOMOFO = re.compile("[\u3105-\u3129]")  # is_zhuyin needs a letter from ㄅ..ㄩ


def _syllable(token: str) -> tuple[str, bool] | None:
    """``(toneless syllable, has tone)`` for one written syllable, or None."""
    letters: list[str] = []
    tones = 0
    for ch in token:
        mapped = _TONED.get(ch)
        if mapped is not None:
            letters.append(mapped[0])
            tones += mapped[1] != "0"
        elif "a" <= ch <= "z":
            letters.append(ch)
        else:
            return None
    base = "".join(letters)
    if tones > 1 or base not in PINYIN_SYLLABLES:
        return None
    return base, tones == 1


@functools.lru_cache(maxsize=4096)
def split_pinyin(text: str) -> tuple[tuple[str, bool], ...] | None:
    """Syllables ``(toneless, has tone)`` of a pinyin string, or None if it is not pinyin.

    Syllables may be run together, separated by spaces or apostrophes, and
    carry tone marks or tone numbers (1-5).

    >>> split_pinyin("zhèngfǔ")
    (('zheng', True), ('fu', True))
    >>> split_pinyin("xi'an1") is None, split_pinyin("ipad")
    (False, None)
    """
    text = unicodedata.normalize("NFC", text)
    if not text or text != text.strip() or text.lower() != text:
        return None
    out: list[tuple[str, bool]] = []
    for chunk in regex.split(r"[ '’]", text):
        if not chunk:
            return None
        for piece in regex.findall(r"[^0-9]+[1-5]?|[0-9]+", chunk):
            digit = piece[-1] if piece[-1].isdigit() else ""
            word = piece[:-1] if digit else piece
            if not word or (digit and any(c in _TONED and _TONED[c][1] != "0" for c in word)):
                return None
            found = _segment(word)
            if not found:
                return None
            syllables = list(found)
            if digit:
                syllables[-1] = (syllables[-1][0], True)
            out.extend(syllables)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _segment(word: str) -> tuple[tuple[str, bool], ...] | None:
    """Split run-together pinyin into syllables (longest first, with backtracking)."""
    if not word:
        return ()
    for size in range(min(_MAX_SYLLABLE, len(word)), 0, -1):
        head = _syllable(word[:size])
        if head is None:
            continue
        rest = _segment(word[size:])
        if rest is not None:
            return (head, *rest)
    return None


def is_pinyin(text: str, *, toneless: bool = False) -> bool:
    """Whether ``text`` is pinyin: every syllable toned, unless ``toneless``."""
    syllables = split_pinyin(text)
    if not syllables:
        return False
    return toneless or all(t for _s, t in syllables)


def is_zhuyin(text: str) -> bool:
    """Whether ``text`` is bopomofo syllables separated by spaces (tone marks allowed)."""
    words = text.split(" ")
    return bool(text) and all(_zhuyin_syllable(w) for w in words)


_SIBILANTS = frozenset("ㄓㄔㄕㄖㄗㄘㄙ")


def _zhuyin_syllable(word: str) -> bool:
    """One bopomofo syllable: [˙] [initial] [medial] [final] [tone]."""
    i = 1 if word.startswith("˙") else 0
    initial = medial = final = ""
    if i < len(word) and word[i] in _INITIALS:
        initial, i = word[i], i + 1
    if i < len(word) and word[i] in _MEDIALS:
        medial, i = word[i], i + 1
    if i < len(word) and word[i] in _FINALS:
        final, i = word[i], i + 1
    if i < len(word) and word[i] in _ZHUYIN_TONES - {"˙"} and not word.startswith("˙"):
        i += 1
    if i != len(word) or not (initial or medial or final):
        return False
    return bool(medial or final) or initial in _SIBILANTS


@dataclass(frozen=True)
class AnnotationConfig:
    """Options of :class:`AnnotationStripper`.

    - ``pinyin`` (True) / ``zhuyin`` (True): which annotations to remove.
    - ``toneless_after`` (3): once a document has this many toned
      annotations, toneless pinyin after a Han character (and capitals
      with tone numbers, a capitalised toned syllable such as ``(Wǎng)``,
      and toned pinyin after a punctuation mark) counts
      as an annotation too; None never removes these.
    """

    pinyin: bool = True
    zhuyin: bool = True
    toneless_after: int | None = 3


class AnnotationStripper:
    """Filter: removes pinyin/zhuyin annotations (see the module doc)."""

    name = "annotations"

    def __init__(self, config: AnnotationConfig | None = None) -> None:
        self.config = config or AnnotationConfig()

    def _kind(self, content: str, han_run: int, toneless: bool) -> str | None:
        kind, count = _classify(content, self.config.pinyin, self.config.zhuyin)
        if kind is None or count > han_run:
            return None
        if kind == "pinyin-toneless" and not toneless:
            return None
        return kind

    def __call__(self, doc: Document) -> Deletions | list[Edit]:
        text = doc.text
        wide = "（" in text
        if not wide and "(" not in text:
            return []
        parts = _candidates(wide).split(text)
        if len(parts) == 1:
            return []
        # parts: text before the first candidate, the candidate (brackets
        # included), text up to the next one, ...; each begins at an offset
        found = parts[1::2]
        befores = parts[0:-1:2]
        labels, complete, distinct = self._labels(found, befores, may_have_astral(text))
        if labels is None:
            return []
        offsets = list(accumulate(map(len, parts), initial=0))
        taught = _pronunciation_taught_lines(text)
        if taught:
            labels, complete = _pronunciation_unlabelled(labels, offsets[1:-1:2], taught)
            if not any(labels):
                return []
        starts, ends = offsets[1:-1:2], offsets[2::2]
        kept = cast(list[str], labels)
        if not complete:
            starts, ends = list(compress(starts, labels)), list(compress(ends, labels))
            kept = list(compress(kept, labels))
        rules = [_RULES[distinct[0]]] * len(kept) if len(distinct) == 1 else list(map(_RULES.__getitem__, kept))
        displaced = self._displaced(text, _DISPLACED if wide else _DISPLACED[:1], found, labels)
        if taught and displaced:
            displaced = [d for d in displaced if not _pronunciation_in_lines(d[0], taught)]
        if displaced:
            return _merged(starts, ends, rules, _reasons(kept, found, befores, labels), displaced)
        # each candidate holds its brackets, so no span is empty; when all go, the text
        # left is the split's other parts
        return Deletions.unchecked(starts, ends, rules,
                                   functools.partial(_reasons, kept, found, befores, labels),
                                   kept=parts[0::2] if complete else None)

    def _displaced(self, text: str, patterns: tuple[re.Pattern[str], ...], found: list[str],
                   labels: list[str | None]) -> list[tuple[int, int, str]]:
        """``(start, end, reason)`` of the toned one-syllable annotations put
        after the punctuation mark that follows their Han character
        (``預警，(jǐng)``), in a document with enough annotations in their place
        (``toneless_after``); none otherwise."""
        limit = self.config.toneless_after
        if limit is None or not self.config.pinyin:
            return []
        out = [(m.start(), m.end(), f"pinyin annotation {m[0]} after {text[m.start() - 2:m.start()]}")
               for pattern in patterns for m in pattern.finditer(text)
               if _after_han(text, m.start()) and _displaced_syllable(m[0][1:-1])]
        if not out:
            return out
        kinds = (_classify(b[1:-1], self.config.pinyin, self.config.zhuyin)[0] for b in compress(found, labels))
        return out if sum(kind != "pinyin-toneless" for kind in kinds) >= limit else []

    def _labels(self, found: list[str], befores: list[str],
                astral: bool) -> tuple[list[str | None] | None, bool, list[str]]:
        """Per candidate (bracketed text after a Han character), ``pinyin`` or
        ``zhuyin`` if it is an annotation to remove, else None (None instead
        of the list when none is); whether every candidate is one; and the
        labels that may occur (one, when all removals have the same rule).
        Each distinct candidate is classified once. ``astral``: the text may
        hold characters beyond U+FFFF (then the character before each
        candidate is checked again: the split pattern lets every astral one
        through)."""
        kinds = {b: _classify(b[1:-1], self.config.pinyin, self.config.zhuyin) for b in set(found)}
        label_of = {b: _LABELS.get(kind) for b, (kind, _n) in kinds.items()}
        distinct = sorted({label for label in label_of.values() if label is not None})
        complete = None not in label_of.values()
        if not distinct:
            return None, False, distinct
        labels = list(map(label_of.__getitem__, found))
        if astral:
            lasts = list(map(str.__getitem__, befores, repeat(_LAST)))
            for k in _positions(lasts, {c for c in set(lasts) if _HAN.fullmatch(c) is None}):
                labels[k] = None
                complete = False
        # an annotation has at most as many syllables as Han characters before it
        longer = {b: n for b, (kind, n) in kinds.items() if kind is not None and n > 1}
        for k in _positions(found, longer):
            if not _han_tail(befores[k], longer[found[k]]):
                labels[k] = None
                complete = False
        toneless = [k for k in _positions(found, {b for b, (kind, _n) in kinds.items() if kind == "pinyin-toneless"})
                    if labels[k]]
        limit = self.config.toneless_after
        if toneless and not (limit is not None and len(labels) - labels.count(None) - len(toneless) >= limit):
            for k in toneless:
                labels[k] = None
            complete = False
        return (labels, complete, distinct) if complete or any(labels) else (None, False, distinct)


@functools.lru_cache(maxsize=2)
def _candidates(wide: bool) -> re.Pattern[str]:
    """A bracketed text of 1-40 characters right after a Han character, as a
    split pattern (one group: the brackets and what is inside). The content
    holds no bracket, so candidates never overlap. The character before is
    checked by a lookbehind after the bracket (so the scan still looks for
    a bracket first) against the Han characters of the Basic Multilingual
    Plane and every astral character (those are checked afterwards: a class
    of astral ranges is slow to build).

    Without ``wide``, for a text with no full-width opening bracket: the
    pattern begins with ``(``, which ``re`` looks for faster than a class."""
    han = f"[{_bmp_han_ranges()}\U00010000-\U0010ffff]"
    opening = "[(（]" if wide else r"\("
    return re.compile(rf"({opening}(?<={han}{opening})[^()（）\n]{{1,40}}[)）])")


def _bmp_han_ranges() -> str:
    """The inside of a class matching the Han characters (``regex``'s
    ``\\p{Han}``) of the Basic Multilingual Plane, a range per run."""
    bmp = "".join(map(chr, range(0x10000)))
    return "".join(f"{re.escape(m.group()[0])}-{re.escape(m.group()[-1])}" for m in _HAN.finditer(bmp))


_HAN = regex.compile(r"\p{Han}+")
_PUNCTUATION = "，。、；：！？”’」』》,;:!?"
"""Marks after which an injector may have put the annotation of the character before them."""
_DISPLACED = (re.compile(f"\\((?<=[{_PUNCTUATION}]\\()[^()（）\n]{{1,40}}[)）]"),
              re.compile(f"（(?<=[{_PUNCTUATION}]（)[^()（）\n]{{1,40}}[)）]"))
"""A bracketed text right after one of :data:`_PUNCTUATION`, with a half- or
full-width opening bracket: one pattern each, so that ``re`` looks for a
literal first (three times faster than for a class)."""
_NEUTRAL = frozenset({"de", "le", "zi", "men", "me", "ma", "ne", "ba", "zhe", "tou", "guo"})
"""Syllables an injector writes without a tone mark because they carry the
neutral tone (的 de, 了 le, 子 zi, 們 men, 頭 tou, 過 guo, ...): the toneless
annotations taken after a punctuation mark (``「卡脖子」(zi)``)."""


def _after_han(text: str, at: int) -> bool:
    """Whether the bracket at ``at`` follows a Han character and one or two
    of :data:`_PUNCTUATION` (``預警，(jǐng)``, ``小吃，」(chī)``): where an
    injector that skips punctuation puts the annotation of the character
    before them."""
    if at >= 2 and _HAN.fullmatch(text[at - 2]) is not None:
        return True
    return at >= 3 and text[at - 2] in _PUNCTUATION and _HAN.fullmatch(text[at - 3]) is not None


def _displaced_syllable(content: str) -> bool:
    """Whether ``content`` is one toned pinyin syllable, or one of the toneless
    neutral-tone syllables (:data:`_NEUTRAL`) in lower case."""
    return _classify(content, True, False) == ("pinyin", 1) or content in _NEUTRAL


_LAST = slice(-1, None)
_LABELS: dict[str | None, str] = {"pinyin": "pinyin", "pinyin-toneless": "pinyin", "zhuyin": "zhuyin"}
_RULES = {"pinyin": "pinyin-annotation", "zhuyin": "zhuyin-annotation"}


_PRONUNCIATION_AFTER_READ = re.compile("(?:[作为為成]\\s?)?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]|第[一二三四轻輕]|音")
"""What follows 读 on a line that teaches pronunciation (``读作jǐ``, ``读jué``,
``读第一声``, ``读音``); ``不读`` and ``误读`` teach too. Pinyin in brackets on such
a line was written by its author (``“氛围（fēnwéi）”的“氛”读第一声``), not injected
after the characters. ``读作``, ``读成`` count only before a syllable:
``解读作用``, ``解讀成(chéng)果`` are no cue."""
_PRONUNCIATION_BEFORE_READ = frozenset("不误誤")


def _pronunciation_taught_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines that teach pronunciation (see
    :data:`_PRONUNCIATION_AFTER_READ`); their annotations stay. Made only
    for a text holding annotations, by ``str.find`` of 读 and 讀 (a pattern
    scanning a 20,000-character page costs milliseconds: it has no literal
    to look for).

    >>> _pronunciation_taught_lines("世紀(jì)\\n“角色（juésè）”的“角”读jué")
    [(7, 26)]
    """
    spans: list[tuple[int, int]] = []
    for read in ("读", "讀"):
        p = text.find(read)
        while p >= 0:
            if text[p - 1:p] in _PRONUNCIATION_BEFORE_READ or _PRONUNCIATION_AFTER_READ.match(text, p + 1):
                start = text.rfind("\n", 0, p) + 1
                end = text.find("\n", p)
                spans.append((start, len(text) if end < 0 else end))
                p = text.find(read, spans[-1][1])
            else:
                p = text.find(read, p + 1)
    return spans


def _pronunciation_in_lines(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``offset`` falls in one of ``spans`` (few: a linear look suffices)."""
    return any(a <= offset < b for a, b in spans)


def _pronunciation_unlabelled(labels: list[str | None], starts: list[int],
                              spans: list[tuple[int, int]]) -> tuple[list[str | None], bool]:
    """``labels`` without the annotations that start on a line teaching
    pronunciation, and whether every candidate is still one to remove."""
    out = [None if label and _pronunciation_in_lines(at, spans) else label for label, at in zip(labels, starts, strict=True)]
    return out, None not in out


def _reasons(kept: list[str], found: list[str], befores: list[str], labels: list[str | None]) -> list[str]:
    """The reason of each removed annotation: ``pinyin annotation (jì) after 紀``."""
    lasts = map(str.__getitem__, compress(befores, labels), repeat(_LAST))
    return list(map("".join, zip(kept, repeat(" annotation "), compress(found, labels), repeat(" after "), lasts)))


def _merged(starts: list[int], ends: list[int], rules: list[str], reasons: list[str],
            displaced: list[tuple[int, int, str]]) -> Deletions:
    """The removals in their places and the ``displaced`` ones, in text order."""
    rows = sorted([*zip(starts, ends, rules, reasons, strict=True),
                   *((a, b, _RULES["pinyin"], why) for a, b, why in displaced)])
    return Deletions.unchecked([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                               [r[3] for r in rows])


def _positions(items: list[str], wanted: Container[str]) -> Iterator[int]:
    """Indexes of the items that are in ``wanted``."""
    if not wanted:
        return iter(())
    return compress(count(), map(wanted.__contains__, items))


def _han_tail(text: str, n: int) -> bool:
    """Whether ``text`` ends with at least ``n`` Han characters."""
    return len(text) >= n and _HAN.fullmatch(text, len(text) - n) is not None


@functools.lru_cache(maxsize=8192)
def _classify(content: str, pinyin: bool, zhuyin: bool) -> tuple[str | None, int]:
    """``(kind, syllables)`` of bracketed text: kind is ``zhuyin``, ``pinyin``,
    ``pinyin-toneless`` or None (not an annotation of an enabled kind).
    Capitals count only with tones, and with tone numbers only as
    ``pinyin-toneless`` (taken in an annotated document only: ``(A4)``)."""
    if zhuyin and _BOPOMOFO.search(content) is not None and is_zhuyin(content):
        return "zhuyin", len(content.split(" "))
    if not pinyin:
        return None, 0
    capitals = content.isupper()
    titled = not capitals and _annotation_title_case(content)
    syllables = split_pinyin(content.lower() if capitals or titled else content)
    if not syllables or ((capitals or titled) and not all(t for _s, t in syllables)):
        return None, 0
    if all(t for _s, t in syllables) and not (capitals and content.isascii()) and not titled:
        return "pinyin", len(syllables)
    return "pinyin-toneless", len(syllables)


def _annotation_title_case(content: str) -> bool:
    """Whether ``content`` opens with a capital and goes on in lower case
    (``Wǎng``, ``Běijīng``): toned, an injector's capitalised syllable, taken
    like toneless ones only in an annotated document (alone, ``李(Lǐ)``,
    it is the name's spelling)."""
    return content[:1].isupper() and content[1:] == content[1:].lower()


def strip_annotations(text: str, config: AnnotationConfig | None = None) -> str:
    """``text`` without pinyin/zhuyin annotations."""
    doc = Document.from_text(text)
    doc.apply(AnnotationStripper(config)(doc))
    return doc.text
