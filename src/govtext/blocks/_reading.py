"""Other spellings of the same chrome, read as the rules are written.

The block classifier reads a short line (chrome, meta rows, headlines) with
full-width digits and letters as ASCII (``滇ＩＣＰ备`` as ``滇ICP备``), a
full-width colon, slash, hyphen or full stop between digits as its ASCII form
(``10：23``), the spaced dots or bullets of a row as ``|``, and a run of
three or more spaces beside a row's bar as two (``首页    |    关注作者``: the
rules allow two there). Lines are classified as a whole,
so a reading may change a line's length; the text keeps what it had, and the
title taken from what was read gets its written characters back
(:func:`title_as_written`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govtext.blocks.classify import Classification

__all__ = ["READ_MAX_CHARS", "read_short_lines", "title_as_written"]

_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_ASCII_ALNUM = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
"""Full-width digits and Latin letters as the classifier reads them (``０５７１`` as ``0571``,
``ＩＣＰ备`` as ``ICP备``): one character for one, so every offset holds. The text keeps them."""
_FULL_WIDTH_DIGIT_MARK = re.compile("[：／－．](?<=[0-9\uff10-\uff19][：／－．])(?=[0-9\uff10-\uff19])")
"""A full-width colon, slash, hyphen or full stop between digits (``10：23``, ``2025－03－06``,
``2025．3．6``, ``3／5``), read as its ASCII form: times, dates and counts written so."""
_ASCII_MARK = {"：": ":", "／": "/", "－": "-", "．": "."}
_SPACED_DOT = re.compile("[·•・∙●▪](?<=[ \u3000][·•・∙●▪])(?=[ \u3000])")
"""A dot or bullet set apart by spaces between the items of a row (``回首页 • 网站导航 • English``),
read as the bar ``|`` the rules take when a line has two or more (three items or more): one dot
between a name and its tagline (``青年之声 · 有事找团``) is read as written, as are a dot inside a
name (``阿卜杜拉·买买提``) and one opening an item of a list (no space before them)."""
_SPACE_RUN = re.compile("([ \u3000]{2})[ \u3000]+(?=[|｜])|(?<=[|｜])([ \u3000]{2})[ \u3000]+")
"""Three or more spaces (ASCII or ideographic) beside a bar between the items of a row, read as
their first two: a menu or tool row typed with wide gaps (``首页    |    关注作者``) reads as the
rules are written (they allow two spaces around a bar). Wide gaps with no bar are read as written:
rules take them as the separators of space-set rows (``[ \t]{3,}``)."""
_BAR_SPACE_RUN = re.compile("[|｜](?:(?<=[ \u3000]{3}[|｜])|(?=[ \u3000]{3}))")
"""What :data:`_SPACE_RUN` finds, looked for from the rarer bar (the probe of :func:`read_short_lines`)."""


READ_MAX_CHARS = 100
"""Longest line read in other spellings (:func:`_as_read`): chrome, meta rows and headlines are
short, and a paragraph's digits decide nothing; the long lines of a report are not scanned."""


def read_short_lines(texts: list[str]) -> list[str]:
    """``texts`` with each line of :data:`READ_MAX_CHARS` or fewer as :func:`_as_read` reads it
    (the same list when none has anything to read otherwise).

    >>> read = read_short_lines(["浏览次数：１２３", "　　正文２０２５年。" + "其余正文。" * 20])
    >>> read[0], read[1][2:10]
    ('浏览次数：123', '正文２０２５年。')
    """
    short = [i for i, t in enumerate(texts) if len(t) <= READ_MAX_CHARS]
    probe = "\n".join([texts[i] for i in short])
    if all(p.search(probe) is None for p in (_FULL_WIDTH_ALNUM, _FULL_WIDTH_DIGIT_MARK, _SPACED_DOT, _BAR_SPACE_RUN)):
        return texts
    read = list(texts)
    for i in short:
        read[i] = _as_read(texts[i])
    return read


def _as_read(line: str) -> str:
    """``line`` as the classifier reads it: full-width digits and letters as
    ASCII, the marks of :data:`_FULL_WIDTH_DIGIT_MARK` between digits, the
    :data:`_SPACED_DOT` of a row as ``|`` (one character for one), and a
    :data:`_SPACE_RUN` as two spaces.

    >>> _as_read("发布时间：２０２５－０３－０６　１０：２３　冀ＩＣＰ备")
    '发布时间：2025-03-06　10:23　冀ICP备'
    >>> _as_read("回首页 • 网站导航 • English　编辑：阿卜杜拉·买买提")
    '回首页 | 网站导航 | English　编辑：阿卜杜拉·买买提'
    >>> _as_read("青年之声 · 有事找团")
    '青年之声 · 有事找团'
    >>> _as_read("首页    |    关注作者"), _as_read("首页    •    English    •    Search")
    ('首页  |  关注作者', '首页  |  English  |  Search')
    """
    line = line.translate(_ASCII_ALNUM)
    barred, dots = _SPACED_DOT.subn("|", line)
    if dots >= 2:
        line = barred
    line = _SPACE_RUN.sub(_first_two, line)
    return _FULL_WIDTH_DIGIT_MARK.sub(lambda m: _ASCII_MARK[m.group()], line)


def _first_two(run: re.Match[str]) -> str:
    """The first two spaces of a :data:`_SPACE_RUN`."""
    return run.group()[:2]


def title_as_written(result: Classification, written: Sequence[str], read: Sequence[str]) -> None:
    """``metadata["title"]`` with the full-width digits and letters its lines
    were written with (the classifier read them as ASCII), when the title is
    found in them as read and the reading kept their length (one character
    for one: no run of spaces was read shorter).

    >>> r = Classification([], {"title": "2025年工作要点"}, title_index=0)
    >>> title_as_written(r, ["２０２５年工作要点"], ["2025年工作要点"])
    >>> r.metadata["title"]
    '２０２５年工作要点'
    """
    title = result.metadata.get("title")
    if not isinstance(title, str) or result.title_index is None:
        return
    headline = slice(result.title_index, result.title_index + 3)  # a headline broken over lines
    joined_read, joined_written = "".join(read[headline]), "".join(written[headline])
    at = joined_read.find(title)
    if at >= 0 and len(joined_read) == len(joined_written):
        result.metadata["title"] = joined_written[at:at + len(title)]

