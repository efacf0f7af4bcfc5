"""Variants of rule text: Traditional script, and Taiwan / Hong Kong wording.

The shipped rules and spam vocabulary are written in Simplified script and
Mainland wording (the default pipeline converts documents to Simplified
script before the block step). Two kinds of variant widen them:

- script (:func:`traditional`): when conversion is switched off, patterns
  are widened with their Traditional form;
- wording (:func:`regional_words`): a page from a Taiwan, Hong Kong or
  Macau site, or a Mainland page served through a Taiwan-wording mirror
  (OpenCC ``s2twp``), says 列印 for 打印, 资讯 for 信息, 登入 for 登录,
  连结 for 链接, 预设 for 默认 ... and converting its script to Simplified
  keeps those words. Every rule pattern is widened, word by word, with the
  Taiwan wording of its literal runs, so a rule written as ``打印本页`` also
  catches ``列印本页``. Only detection learns the words: the text itself
  is never rewritten into Mainland wording.

>>> traditional("当前位置") in ("當前位置", "当前位置")
True
>>> regional_words("打印本页|关闭窗口")
'(?:打印本页|列印本页)|(?:关闭窗口|关闭视窗)'
>>> regional_words("[打印]")  # characters of a class are no word
'[打印]'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["bar_variants", "regional_word_list", "regional_words", "traditional"]


@lru_cache(maxsize=4)
def _opencc(config: str) -> Callable[[str], str] | None:
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return None
    cc = opencc.OpenCC(config)

    def convert(text: str) -> str:
        return str(cc.convert(text))

    return convert


def traditional(text: str) -> str:
    """``text`` in Traditional script (unchanged if OpenCC is unavailable)."""
    convert = _opencc("s2t")
    return text if convert is None else convert(text)


EXTRA_WORDS: dict[str, tuple[str, ...]] = {
    "视频": ("视讯", "影音", "视像"),
    "分辨率": ("解像度",),
    "顶部": ("页首", "页顶"),
    "电子邮件": ("电邮",),
    "邮箱": ("信箱",),
    "短信": ("短讯",),
    "关注": ("追踪",),
    "点赞": ("按赞",),
    "高级搜索": ("进阶搜寻", "进阶搜索"),
    "关键词": ("关键字",),
    "二维码": ("QR Code", "QRCode", "QR code", "QR码", "行动条码"),
}
"""Taiwan / Hong Kong / Macau words (in Simplified script) for Mainland
words of the rules that OpenCC's ``s2twp`` does not give: what those
sites write themselves (``QR Code``, 回到页首, 返回页顶, 电邮本页, 解像度,
追踪 a site's account, 按赞)."""

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(
    r"\\(?:[pPN]\{[^}]*\}|.)"  # an escape (its letter and any {...} belong to it)
    r"|\[\^?\]?(?:\\.|[^\]\\])*\]"  # a character class ([]...] and [^]...] included)
    r"|\{\d*,?\d*\}"  # a counted quantifier
    rf"|[{_HAN}]+"  # a run of Han characters: maybe words
    r"|.",
    re.DOTALL,
)
_QUANTIFIER = frozenset("?*+{")


def _variants_of(runs: list[str]) -> list[list[str]]:
    """The other wordings of each run of Han characters, in Simplified
    script: the Taiwan phrasing OpenCC gives (``s2twp``; a run whose only
    change is its script gets none) and the :data:`EXTRA_WORDS`. The runs
    are converted together, one line each (no phrase spans a line break)."""
    to_tw, to_s = _opencc("s2twp"), _opencc("t2s")
    worded = plain = runs
    if to_tw is not None and to_s is not None and runs:
        joined = "\n".join(runs)
        worded = to_s(to_tw(joined)).split("\n")
        plain = to_s(joined).split("\n")
        if len(worded) != len(runs) or len(plain) != len(runs):  # pragma: no cover - a line break converted
            worded = plain = runs
    out = []
    for run, tw, simple in zip(runs, worded, plain, strict=True):
        found = [tw] if tw != simple else []
        for word, others in EXTRA_WORDS.items():
            if word in run:
                found.extend(run.replace(word, other) for other in others)
        out.append([v for v in dict.fromkeys(found) if v != run])
    return out


def regional_words(pattern: str) -> str:
    """``pattern`` with each literal run of two or more Han characters that
    has other regional wordings (see :func:`_variants_of`) replaced by a
    group of the run and its variants. Runs inside character classes are
    left alone; a run followed by a quantifier keeps its last character
    outside the group (the quantifier applies to that character alone)."""
    tokens = _TOKEN.findall(pattern)
    parts: list[tuple[str, str] | str] = []  # a run to widen and the character kept after it, or a token
    for i, tok in enumerate(tokens):
        if len(tok) < 2 or not _plain(tok[0]):
            parts.append(tok)
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt[:1] in _QUANTIFIER:
            tok, tail = tok[:-1], tok[-1]
        else:
            tail = ""
        parts.append((tok, tail) if len(tok) >= 2 else tok + tail)
    runs = [p[0] for p in parts if isinstance(p, tuple)]
    if not runs:
        return pattern
    found = iter(_variants_of(runs))
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        run, tail = part
        variants = next(found)
        if variants:
            out.append("(?:" + "|".join(v if _plain(v) else re.escape(v) for v in [run, *variants]) + ")" + tail)
        else:
            out.append(run + tail)
    return "".join(out)


_FULL_BAR, _GUN_BAR = "\uff5c", "\u4e28"


def bar_variants(pattern: str) -> str:
    """``pattern`` with 丨 (U+4E28, a radical that pages set between links as
    a bar: ``打印　丨　关闭``, ``视频丨航拍``) in every character class that holds
    the full-width bar ｜, so a rule written with ``[|｜]`` takes it too.

    >>> bar_variants("^打印 {0,3}[|｜] {0,3}关闭$")
    '^打印 {0,3}[|｜丨] {0,3}关闭$'
    >>> bar_variants("[^。｜-]"), bar_variants("[|｜丨]"), bar_variants("[|]")
    ('[^。｜丨-]', '[|｜丨]', '[|]')
    """
    if _FULL_BAR not in pattern:
        return pattern
    out = []
    for tok in _TOKEN.findall(pattern):
        if tok[:1] == "[" and len(tok) > 2 and _FULL_BAR in tok and _GUN_BAR not in tok:
            body = tok[:-1]
            tok = (body[:-1] + _GUN_BAR + "-]") if body.endswith("-") and not body.endswith("\\-") else body + _GUN_BAR + "]"
        out.append(tok)
    return "".join(out)


def regional_word_list(words: list[str]) -> list[str]:
    """``words`` and, after them, the other regional wordings of each (see
    :func:`_variants_of`), for rules written as a list of words (which may
    be letter-spaced, so their pattern has no runs to widen).

    >>> regional_word_list(["发布日期", "索引号"])
    ['发布日期', '索引号', '释出日期']
    """
    found = [v for variants in _variants_of(list(words)) for v in variants]
    return list(dict.fromkeys([*words, *found]))


def _plain(text: str) -> bool:
    """Han characters only: nothing to escape."""
    return re.fullmatch(f"[{_HAN}]+", text) is not None
