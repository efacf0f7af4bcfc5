"""Tell fast whether a text holds any of many literal terms.

``re`` scans an alternation of literals by trying every alternative at each
position whose character starts one of them; when first characters are
frequent (一, 中, 在, 发 ...) that is a large share of all positions. The
finder built here keys every term on its *least frequent* character instead
and checks the characters before the key with a lookbehind and those after
it literally, so the scan stops only at rare characters. It matches exactly
where one of the terms occurs (the match starts at the term's key, not at
its start): use it to tell presence, not to extract terms.

>>> finder = literal_finder(["精品国产", "久久", "色综合"])
>>> finder.search("深入推进精品工程建设") is None, finder.search("国产精品国产") is not None
(True, True)
>>> key_index("一区二区") in (1, 3)  # 区 is rarer than 一 and 二
True

Even so ``re`` pays at each stop for every alternative of the pattern (the
one that begins with the character fails, and so do all others). A
:class:`PairFinder` stops with a cheap two-character test instead (a key
and a character that follows a key in some term) and runs the full pattern
only where that test passes.

>>> pairs = PairFinder(["精品国产", "久久", "色综合"])
>>> pairs.search("深入推进精品工程建设"), pairs.search("国产精品国产") == finder.search("国产精品国产").start()
(-1, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from govtext._charclass import char_class
from govtext.decoding.plausibility import FREQUENT_HAN

__all__ = ["COMMON_HAN", "PairFinder", "is_frequent", "key_index", "key_rarity", "literal_finder", "rarity"]

COMMON_HAN = FREQUENT_HAN + (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道"
    "行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意"
    "无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什"
    "二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义"
    "各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金"
    "指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求"
    "据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林"
    "服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整"
    "府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广"
    "显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维"
    "革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故"
    "按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状"
    "率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习"
    "置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积"
    "余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控"
    "税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏"
    "讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班"
    "智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额"
    "含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园"
    "谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌"
    "店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸"
    "毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞"
    "圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵尺纷抢"
)
"""Hanzi in rough order of frequency (government text first, then general
text); a character not listed counts as rarer than every listed one."""

_RANK = {ch: i for i, ch in enumerate(dict.fromkeys(COMMON_HAN))}
_FREQUENT_OTHER = frozenset("0123456789０１２３４５６７８９ \t\u3000，。、；：？！“”‘’《》（）—…·,.;:?!()-/")


def rarity(ch: str) -> int:
    """Higher for characters that turn up less often in government text:
    below ``len(_RANK)`` for frequent ones (see :func:`is_frequent`)."""
    if ch in _FREQUENT_OTHER or ch.isspace():
        return -1
    rank = _RANK.get(ch)
    if rank is not None:
        return rank
    return 2 * len(_RANK) if ch.isascii() else 4 * len(_RANK)


def is_frequent(ch: str) -> bool:
    """A digit, common punctuation or one of the listed hanzi.

    >>> is_frequent("的"), is_frequent("："), is_frequent("©"), is_frequent("A")
    (True, True, False, False)
    """
    return rarity(ch) < len(_RANK)


_LOWERCASE_BY_FREQUENCY = "nhgiueaotscwyjxmpldfzrbvqk"
"""Lowercase ASCII letters, most frequent first, in scraped Chinese pages:
links and file names (``http``, ``www``, ``gov``, ``html``) and pinyin
annotations (``(jì)``) make them about as frequent as the commonest hanzi."""
_KEY_RANK = {ch: 20 * i for i, ch in enumerate(_LOWERCASE_BY_FREQUENCY)}
"""Where each lowercase letter stands among :data:`COMMON_HAN` (by rank) when a key is chosen."""


def key_rarity(ch: str) -> int:
    """:func:`rarity` as a term's key is chosen by: a lowercase ASCII letter
    counts as frequent as the hanzi of its rank in :data:`_KEY_RANK` (a
    capital, rarer in Chinese text, stays as rare as :func:`rarity` says),
    so a term with a rarer hanzi is keyed on it, and a term of lowercase
    letters (``kaiyun``) on its rarest letter, which few positions hold.

    >>> key_rarity("k") > key_rarity("n"), key_rarity("区") > key_rarity("n"), key_rarity("B") == rarity("B")
    (True, True, True)
    """
    rank = _KEY_RANK.get(ch)
    return rarity(ch) if rank is None else rank


def key_index(term: str) -> int:
    """The position of the least frequent character of ``term`` (the last of
    equals; see :func:`key_rarity`).

    >>> key_index("kaiyun"), key_index("365bet"), key_index("APP下载")
    (0, 3, 2)
    """
    return max(range(len(term)), key=lambda i: (key_rarity(term[i]), i))


def _keyed(terms: Iterable[str], key_of: Callable[[str], int]) -> re.Pattern[str]:
    """A pattern that matches where any of ``terms`` occurs, beginning at
    the character ``key_of`` picks in each (see the module docs)."""
    by_key: dict[str, list[str]] = {}
    for term in sorted(set(terms)):
        k = key_of(term)
        behind = f"(?<={re.escape(term[: k + 1])})" if k else ""
        by_key.setdefault(term[k], []).append(behind + re.escape(term[k + 1 :]))
    if not by_key:
        return re.compile("(?!)")
    return re.compile("|".join(f"{re.escape(key)}(?:{'|'.join(alts)})" for key, alts in sorted(by_key.items())))


def literal_finder(terms: Iterable[str]) -> re.Pattern[str]:
    """A pattern that matches where any of ``terms`` (non-empty literals)
    occurs, scanning only at each term's rarest character (see the module docs)."""
    return _keyed(terms, key_index)


def _scan_pattern(ahead: dict[str, set[str]], behind: dict[str, set[str]]) -> str:
    """The scan of a :class:`PairFinder`: one class of all keys first, so
    that ``re`` scans for it fast, then the neighbour test. Keys that are no
    ASCII letters share one test with the neighbours of all of them (which key
    takes which neighbour is not told apart: a looser test, never a stricter
    one); an ASCII letter's key is tested with its own neighbours only (English
    text holds every letter and most pairs of them: the shared test would stop
    at ``Ho``, ``Ne``, ``ve`` for the ``HG``, ``NEW``, ``vwin`` of other terms).
    A neighbour that is an ASCII letter is looked for after the other keys
    only, so that the common stop (a hanzi key) costs the tests it did."""
    def latin(key: str) -> bool:
        return key.isascii() and key.isalpha()

    wide_keys = [k for k in (*ahead, *behind) if not latin(k)]
    latin_keys = sorted({k for k in (*ahead, *behind) if latin(k)})
    after = set().union(*(v for k, v in ahead.items() if not latin(k)))
    before = set().union(*(v for k, v in behind.items() if not latin(k)))
    tests = []
    if after - _LETTERS:
        tests.append(char_class(after - _LETTERS))
    if before - _LETTERS:
        tests.append(f"(?<={char_class(before - _LETTERS)}.)")
    lettered = []
    if after & _LETTERS:
        lettered.append(char_class(after & _LETTERS))
    if before & _LETTERS:
        lettered.append(f"(?<={char_class(before & _LETTERS)}.)")
    if lettered and wide_keys:
        tests.append(f"(?<={char_class(wide_keys)})(?:{'|'.join(lettered)})")
    own_tests = []
    for key in latin_keys:
        own = []
        if key in ahead:
            own.append(char_class(ahead[key]))
        if key in behind:
            own.append(f"(?<={char_class(behind[key])}.)")
        own_tests.append(f"(?<={re.escape(key)})(?:{'|'.join(own)})")
    if own_tests:  # tried only after a Latin key (one look back), each key with its own neighbours
        tests.append(f"(?<={char_class(latin_keys)})(?:{'|'.join(own_tests)})")
    return f"{char_class([*ahead, *behind])}(?:{'|'.join(tests)})"


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


class AnyOf:
    """Tells whether a text holds any of some literal words, in one scan.

    ``any(w in text for w in words)`` scans the whole text once per word
    (about 8 us per word on a 14,000-character page: 78 words cost 0.6 ms,
    a tenth of cleaning that page); this scans it once, stopping only at
    each word's rarest character (:func:`literal_finder`). For a handful of
    words the plain test is as fast: use this from about six words on.

    >>> has = AnyOf(["回复时间", "答复单位", "办结日期"])
    >>> has("　　市政府办公室 答复单位：市住建局"), has("各区县人民政府：现将有关事项通知如下。")
    (True, False)
    """

    __slots__ = ("_search", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        if not self.words or not all(self.words):
            raise ValueError("AnyOf needs one word or more, none empty")
        self._search = literal_finder(self.words).search

    def __call__(self, text: str) -> bool:
        return self._search(text) is not None


class PairFinder:
    """Finds where any of many literal terms of two or more characters
    occurs. :attr:`scan` stops at each term's key (its rarest character,
    :func:`key_index`) and passes when the character after it (or, for a
    key that ends its term, before it) may be the one that follows (or
    precedes) a key in some term: a cheap two-character test. Where it
    passes, :attr:`check` (:func:`literal_finder`) tells whether a term
    occurs (see the module docs)."""

    __slots__ = ("ahead", "behind", "check", "scan")

    def __init__(self, terms: Iterable[str]) -> None:
        terms = sorted(set(terms))
        if any(len(t) < 2 for t in terms):
            raise ValueError("a PairFinder needs terms of two characters or more")
        ahead: dict[str, set[str]] = {}  # key -> the characters after it in the terms checked ahead
        behind: dict[str, set[str]] = {}  # key -> the characters before it in the others
        for t in terms:
            k = key_index(t)
            # the rarer neighbour makes the stricter test
            if k + 1 < len(t) and (k == 0 or key_rarity(t[k + 1]) >= key_rarity(t[k - 1])):
                ahead.setdefault(t[k], set()).add(t[k + 1])
            else:
                behind.setdefault(t[k], set()).add(t[k - 1])
        self.scan = re.compile(_scan_pattern(ahead, behind) if terms else "(?!)", re.DOTALL)
        self.check = literal_finder(terms)
        """Matches at a key where a term occurs (it may look behind the key)."""
        self.ahead = {k: frozenset(v) for k, v in ahead.items()}
        """Key -> the characters that follow it in the terms it is checked ahead in."""
        self.behind = {k: frozenset(v) for k, v in behind.items()}
        """Key -> the characters that precede it in the other terms."""

    def search(self, text: str, pos: int = 0) -> int:
        """Where the first term at or after ``pos`` has its key (where
        :attr:`check` matches first), or -1 when none does."""
        scan, check = self.scan.search, self.check.match
        ahead, behind, nothing = self.ahead.get, self.behind.get, frozenset[str]()
        while (m := scan(text, pos)) is not None:
            pos = m.start()
            # the scan's test pairs any key with any neighbour; this one pairs each key with its own
            key = text[pos]
            if (text[pos + 1 : pos + 2] in ahead(key, nothing) or text[pos - 1 : pos] in behind(key, nothing)) \
                    and check(text, pos) is not None:
                return pos
            pos += 1
        return -1
