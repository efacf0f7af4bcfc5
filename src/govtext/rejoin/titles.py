"""Titles of official documents broken over two or three lines.

An official document's title names its issuer, says ``关于`` what it is and
ends with the kind of document (``…关于印发…的通知``, ``…实施意见``,
``…管理办法（试行）``). Text extracted from a PDF, or a page that breaks its
headline with ``<br>``, splits a long title over lines::

    临湖市人民政府关于印发临湖市
    2024年重点民生实事项目的通知

:func:`title_lines` finds such a title: a line with ``关于`` that ends
neither with punctuation nor with a document's kind, then at most one more
line like it, then a line that ends with a document's kind. Each line is
short and holds no sentence. The blocks filter takes the whole title for
``metadata["title"]``; the rejoiner joins its lines.

>>> title_lines(["临湖市人民政府关于印发临湖市", "2024年重点民生实事项目的通知", "各区县人民政府："])
2
>>> title_lines(["关于开展安全生产大检查的通知", "关于做好防汛工作的通知"]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govtext.rejoin.text import FINAL_PUNCT, starts_numbered

__all__ = ["MAX_TITLE_LINE", "ends_with_document_kind", "title_lines"]

MAX_TITLE_LINE = 50
"""Characters a line of a broken title may have (a line longer is prose); a
title that names a document in 《》 (关于印发《…三年行动计划（2025—2027年）》的通知) runs long."""

_KIND = (
    "通知|通告|公告|公报|意见|办法|决定|方案|规定|报告|批复|复函|函|细则|要点|规划|纲要|条例|通报|决议|请示|"
    "纪要|公示|计划|措施|规则|答复|指引|指南|清单|章程|说明|命令|令|指示"
)
_KIND_END = re.compile(r"(?:" + _KIND + r")(?:[（(][^（()）]{1,12}[）)])?$")
"""A document's kind at the end of a line, with an optional note (``（试行）``, ``（2024年修订）``)."""
_BAD_END = re.compile(r"[。！？!?；;：:，,、．.…“”\"'）)】\]]$")
"""Punctuation no line of a broken title ends with (a closing bracket would end a note, not a title line;
the 》 closing the name of the document a title is about may: ``关于印发《…》`` above ``的通知``)."""
_SPACES = " \t\u3000\xa0"


def ends_with_document_kind(line: str) -> bool:
    """Whether ``line`` ends with the kind of an official document.

    >>> ends_with_document_kind("关于印发实施方案的通知"), ends_with_document_kind("管理办法（试行）")
    (True, True)
    >>> ends_with_document_kind("关于印发临湖市")
    False
    """
    return _KIND_END.search(line.rstrip(_SPACES)) is not None


def _part(line: str) -> str | None:
    """``line`` stripped, when it may be one line of a broken title: short, no sentence, no item number."""
    text = line.strip(_SPACES)
    if not 2 <= len(text) <= MAX_TITLE_LINE or not FINAL_PUNCT.isdisjoint(text) or starts_numbered(text):
        return None
    return text


def title_lines(lines: Sequence[str]) -> int | None:
    """How many of the first ``lines`` make one broken title (2 or 3), or None.

    The first line holds ``关于`` and ends neither with punctuation nor with a
    document's kind; a middle line (at most one) holds no ``关于`` and ends
    likewise; the last line holds no ``关于`` and ends with a document's kind.

    >>> title_lines(["江北省人民政府办公厅关于进一步", "加强城乡社区治理工作的", "实施意见"])
    3
    >>> title_lines(["关于印发", "二、工作要求"]) is None
    True
    >>> title_lines(["临江市人民政府关于印发《临江市推进数字经济高质量发展三年行动计划（2025—2027年）》", "的通知"])
    2
    """
    first = _part(lines[0]) if lines else None
    if first is None or "关于" not in first or _BAD_END.search(first) or ends_with_document_kind(first):
        return None
    for n in (2, 3):
        if len(lines) < n:
            return None
        text = _part(lines[n - 1])
        if text is None or "关于" in text:
            return None
        if ends_with_document_kind(text):
            return n
        if _BAD_END.search(text):
            return None
    return None
