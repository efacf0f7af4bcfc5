"""Markdown left in scraped text: reader-mode and LLM page-reader output.

Modern scrapers (reader-mode tools, trafilatura's markdown output, page
readers that feed language models) write a page as Markdown: ``# 标题``
headings, ``**加粗**``, links ``[首页](http://…)`` and ``<http://…>``,
images ``![](…jpg)``, ``*   `` list bullets, ``> `` quotes, table rules
``| --- | --- |``, and a header of ``Title:`` / ``URL Source:`` /
``Markdown Content:`` lines. :func:`markdown_edits` finds that markup and
:class:`MarkdownStripper` (the ``markdown`` step of the default pipeline,
right after ``markup``) removes it, so that the text is what the page
showed and the block classifier sees a nav link as the word ``首页``:

- ``reader-header``: the header lines a page reader writes above the page
  (``Title:``, ``URL Source:``, ``Published Time:``, ``Markdown Content:``,
  ``Warning:``, ``Description:``), only at the top of a text that has a
  ``URL Source:`` or ``Markdown Content:`` line. Whole lines go.
- ``markdown-rule``: a horizontal rule (``* * *``, ``___``).
- ``markdown-table-rule``: a table's rule row (``|---|:---:|``); the rows
  with text stay as they are.
- ``markdown-image``: an image (``![alt](src)``, also inside a link,
  ``[![logo](src)](href)``): its alt text is an attribute, not shown text.
- ``markdown-link``: a link keeps its text (``[首页](/)`` gives ``首页``),
  one with no text goes whole (``[](javascript:;)``); an autolink
  ``<https://…>`` keeps its address; a reference link (``[综合科][1]``)
  keeps its text and its definition line (``[1]: https://…``) goes.
- ``markdown-menu``: a line of nothing but links to other pages with short
  texts (a menu item, a crumb trail, a row of tools) goes whole: what the
  page linked there is no text of its own (:func:`_menu_line`).
- ``markdown-heading``, ``markdown-bullet``, ``markdown-quote``,
  ``markdown-emphasis``: the ``#`` of a heading, a list bullet, a quote's
  ``>`` and the ``**`` around bold text go, the text stays.

All but the header and table rules are taken only in a text that is Markdown: one with a link or an image in Markdown syntax, a
reader header, a table rule or two headings. So a ``#`` or ``*`` of prose
stays, and so does an address a notice writes between angle brackets, and so do the stars of a masked name (``王**、李**``) or number
(``3201**********1234``): bold opens after a space, a mark or the start
of the line, never after a character of a word. A bracketed footnote
``[1]`` is no link.

>>> [(e.rule, e.replacement) for e in markdown_edits("## 一、总体要求\\n见[通知](http://a.cn/1.html)。")]
[('markdown-heading', ''), ('markdown-link', ''), ('markdown-link', '')]
"""

from __future__ import annotations

import re

from govtext.document import Document
from govtext.edits import Edit

__all__ = ["MarkdownStripper", "markdown_edits"]

_URL = r"(?:[^()\s]|\([^()\s]*\))+"
"""A link's address, with balanced parentheses (``javascript:void(0)``, ``javascript:doZoom(16)``);
never empty (``“[ ]( )”`` quoted in a notice on formats is no link)."""
_TARGET = r"\(\s*" + _URL + r"""(?:\s+["'][^"'\n]{0,200}["'])?\s*\)"""
"""A link's target: the address and an optional title in quotes."""
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]" + _TARGET)
_LINKED_IMAGE = re.compile(r"\[!\[[^\[\]\n]{0,300}\]" + _TARGET + r"\]" + _TARGET)
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{0,300})\](?P<target>" + _TARGET + ")")
_AUTOLINK = re.compile(r"<(?:(?:https?|ftp)://[^<>\s]{1,500}|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,10})>")
"""An autolink: an address or an e-mail address between angle brackets."""
_BOLD = re.compile(r"(?<![^\s\u3000，。、；：？！“”‘’（）《》【】「」(),.;:?!\"'|>\[\]])(?P<mark>\*\*|__)"
                   r"(?=[^\s*_])(?P<inner>[^\n]{1,300}?)(?<=[^\s*_])(?P=mark)(?![*_])")
"""Bold: ``**`` or ``__`` after the start of the line, a space or a mark (never
after a character of a word: ``王**`` is a masked name) around text that
neither starts nor ends with a space or another star."""
_HEADING = re.compile(r"(?P<mark>#{1,6})[ \t\u3000]+(?=\S)")
_CLOSING_HASHES = re.compile(r"[ \t]+#{1,6}[ \t]*$")
_BULLET = re.compile(r"[ \t]{0,3}[*+-][ \t]+(?=\S)")
_MENU_BULLET = re.compile(r"[ \t]{0,3}(?:[*+-]|\d{1,3}[.)])[ \t]+")
"""A menu item's bullet, or its number in an ordered list (``1. [政务公开](/zwgk/)``)."""
_THEMATIC_BREAK = re.compile(r"[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})")
"""A horizontal rule (``* * *``, ``___``, ``- - -``)."""
_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[(?P<ref>[^\[\]\n]{1,40})\]:[ \t]+<?(?P<url>[^\s<>]*[/.][^\s<>]*)>?"
                         r"""(?:[ \t]+["'(][^\n]{0,200}["')])?[ \t]*$""")
"""A reference link's definition on a line of its own (``[1]: https://…``), as html2text writes them."""
_REFERENCE_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{1,300})\]\[(?P<ref>[^\[\]\n]{0,40})\]")
_QUOTE = re.compile(r"(?:>[ \t]?)+(?=\S)")
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*")
_READER_HEADER = re.compile(r"(?:Title|URL Source|Published Time|Markdown Content|Warning|Description|Number of Pages):")
_READER_SIGN = ("URL Source:", "Markdown Content:")
_TABLE_RULE_LINE = re.compile(r"(?m)^[|:-][ \t|:-]*---[ \t|:-]*$")
"""A line that may be a table's rule row (:data:`_TABLE_RULE` decides), found in one scan: one makes a text Markdown."""
_HEADING_LINE = re.compile(r"(?m)^#{1,6}[ \t\u3000]+\S")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """The span that deletes the line ``start:end`` with its line break."""
    return (start, end + 1) if end < len(text) else (start, end)


def _is_markdown(text: str) -> bool:
    """Whether ``text`` is written in Markdown (see the module docstring).

    >>> _is_markdown("见[通知](/a.html)"), _is_markdown("#话题# 正文\\n# 一"), _is_markdown("# 一\\n## 二")
    (True, False, True)
    """
    if ("](" in text and (_LINK.search(text) or _IMAGE.search(text))) or any(s in text for s in _READER_SIGN):
        return True
    if "---" in text and any(_TABLE_RULE.fullmatch(m.group()) for m in _TABLE_RULE_LINE.finditer(text)):
        return True
    if "]:" in text and _DEFINITION.search(text):
        return True
    if "#" not in text:
        return False
    headings = _HEADING_LINE.finditer(text)
    return next(headings, None) is not None and next(headings, None) is not None


_MENU_GAP = re.compile(r"[\s|｜·•/／>＞»›,，、-]*")
"""What may stand between the links of a menu line: spaces and separators."""
_MENU_TEXT_MAX = 8
"""The longest link text of a menu line: a menu item or a crumb is a few words, a document's title longer."""


def _menu_line(text: str, a: int, b: int) -> bool:
    """Whether the line ``a:b`` holds nothing but links to other pages with
    short texts (and images, bullets, separators): a site's menu, a crumb
    trail, a tool row (``*   [首页](/)``, ``[首页](/) > [通知公告](/tzgg/)``).
    A link to a place on the page (``[第一章 总则](#c1)``, a table of
    contents), to an attachment (``[附件1](…)``) or with a long text (a
    document's title in a list) is no menu.

    >>> [_menu_line(t, 0, len(t)) for t in ("*   [首页](/)", "[首页](/) > [通知](/tz/)", "[第一章](#c1)", "见[通知](/a)")]
    [True, True, False, False]
    """
    bullet = _MENU_BULLET.match(text, a, b)
    pos = a if bullet is None else bullet.end()
    links = 0
    while pos < b:
        m = _MENU_GAP.match(text, pos, b)
        pos = m.end() if m is not None else pos
        if pos >= b:
            break
        m = _LINKED_IMAGE.match(text, pos, b) or _IMAGE.match(text, pos, b)
        if m is not None:
            pos = m.end()
            continue
        m = _LINK.match(text, pos, b)
        if m is None:
            return False
        label = m.group("text").strip()
        address = m.group("target")[1:-1].strip()
        if len(label) > _MENU_TEXT_MAX or label.startswith("附件") or address.startswith("#"):
            return False
        links += bool(label)
        pos = m.end()
    return links > 0


def _header_edits(text: str, lines: list[tuple[int, int]]) -> list[Edit]:
    """Deletions of the reader header lines at the top of ``text``."""
    if not any(s in text[:3000] for s in _READER_SIGN):
        return []
    edits = []
    for a, b in lines[:12]:
        line = text[a:b].strip()
        if not line:
            continue
        if _READER_HEADER.match(line) is None:
            break
        s, e = _whole_line(text, a, b)
        edits.append(Edit.delete(s, e, rule="reader-header",
                                 reason=f"a page reader's header line ({line[:30]}), not the page's text"))
    return edits


def _inline_edits(text: str, a: int, b: int, refs: set[str]) -> list[Edit]:
    """The edits of images, links, autolinks and bold in the line ``a:b``
    (``refs``: the names of the reference links the text defines)."""
    edits: list[Edit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(x < e and s < y for x, y in taken)

    if "](" in text[a:b]:
        for pattern in (_LINKED_IMAGE, _IMAGE):
            for m in pattern.finditer(text, a, b):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    edits.append(Edit.delete(m.start(), m.end(), rule="markdown-image",
                                             reason=f"Markdown image ({m.group()[:40]}): not shown text"))
        for m in _LINK.finditer(text, a, b):
            if not free(m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            if not m.group("text").strip():
                edits.append(Edit.delete(m.start(), m.end(), rule="markdown-link",
                                         reason=f"Markdown link without text ({m.group()[:40]})"))
                continue
            reason = f"Markdown link syntax around its text ({m.group('target')[:40]})"
            edits.append(Edit.delete(m.start(), m.start() + 1, rule="markdown-link", reason=reason))
            edits.append(Edit.delete(m.start("target") - 1, m.end(), rule="markdown-link", reason=reason))
    if refs and "][" in text[a:b]:
        for m in _REFERENCE_LINK.finditer(text, a, b):
            if (m.group("ref") or m.group("text")).lower() in refs and free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                reason = f"Markdown reference link syntax around its text ([{m.group('ref')}])"
                edits.append(Edit.delete(m.start(), m.start() + 1, rule="markdown-link", reason=reason))
                edits.append(Edit.delete(m.end("text"), m.end(), rule="markdown-link", reason=reason))
    if "<" in text[a:b]:
        for m in _AUTOLINK.finditer(text, a, b):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                reason = "the angle brackets of a Markdown autolink"
                edits.append(Edit.delete(m.start(), m.start() + 1, rule="markdown-link", reason=reason))
                edits.append(Edit.delete(m.end() - 1, m.end(), rule="markdown-link", reason=reason))
    if "**" in text[a:b] or "__" in text[a:b]:
        for m in _BOLD.finditer(text, a, b):
            open_, close = (m.start(), m.start("inner")), (m.end("inner"), m.end())
            if free(*open_) and free(*close):
                taken += [open_, close]
                for s, e in (open_, close):
                    edits.append(Edit.delete(s, e, rule="markdown-emphasis", reason="Markdown bold marks"))
    return edits


def _line_edits(text: str, a: int, b: int) -> list[Edit]:
    """The edits of a heading's ``#``, a bullet and a quote mark opening the line ``a:b``."""
    edits = []
    start = a
    m = _QUOTE.match(text, a, b) if text.startswith(">", a) else None
    if m is not None:
        edits.append(Edit.delete(a, m.end(), rule="markdown-quote", reason="Markdown quote mark"))
        start = m.end()
    c = text[start:start + 1]
    if c in " \t":
        c = "*"  # maybe an indented bullet (``  * 第一项``): _BULLET takes up to three spaces before it
    if c == "#" and (m := _HEADING.match(text, start, b)) is not None:
        edits.append(Edit.delete(start, m.end(), rule="markdown-heading",
                                 reason=f"Markdown heading mark ({m.group('mark')})"))
        if (close := _CLOSING_HASHES.search(text, m.end(), b)) is not None and close.start() > m.end():
            edits.append(Edit.delete(close.start(), close.end(), rule="markdown-heading",
                                     reason="Markdown heading's closing marks"))
    elif c in "*+-" and (m := _BULLET.match(text, start, b)) is not None:
        edits.append(Edit.delete(start, m.end(), rule="markdown-bullet", reason="Markdown list bullet"))
    return edits


def markdown_edits(text: str) -> list[Edit]:
    """The edits that take the Markdown out of ``text``, in order (see the module docstring).

    >>> [e.rule for e in markdown_edits("Title: 通知\\nURL Source: http://a.cn/\\nMarkdown Content:\\n正文")]
    ['reader-header', 'reader-header', 'reader-header']
    >>> markdown_edits("王**、李**等3人\\n身份证号3201**********1234\\n见注[1]。")
    []
    """
    if not _is_markdown(text):
        return []
    lines = _lines(text)
    edits = _header_edits(text, lines)
    skip = {e.start for e in edits}
    refs = {m.group("ref").lower() for m in _DEFINITION.finditer(text)} if "]:" in text else set()
    for a, b in lines:
        if a in skip or a == b:
            continue
        if refs and _DEFINITION.fullmatch(text, a, b):
            s, e = _whole_line(text, a, b)
            edits.append(Edit.delete(s, e, rule="markdown-link", reason="a Markdown reference link's address"))
            continue
        if text[a] in " \t*_-" and _THEMATIC_BREAK.fullmatch(text, a, b):
            s, e = _whole_line(text, a, b)
            edits.append(Edit.delete(s, e, rule="markdown-rule", reason="a Markdown horizontal rule"))
            continue
        if text[a] in "|:-" and "---" in text[a:b] and _TABLE_RULE.fullmatch(text, a, b):
            s, e = _whole_line(text, a, b)
            edits.append(Edit.delete(s, e, rule="markdown-table-rule", reason="a Markdown table's rule row"))
            continue
        if "](" in text[a:b] and _menu_line(text, a, b):
            s, e = _whole_line(text, a, b)
            edits.append(Edit.delete(s, e, rule="markdown-menu",
                                     reason="a line of links to other pages only (a menu, a crumb trail, a tool row)"))
            continue
        edits += _line_edits(text, a, b)
        inline = _inline_edits(text, a, b, refs)
        if edits and inline and edits[-1].end > inline[0].start:
            inline = [e for e in inline if e.start >= edits[-1].end]
        edits += inline
    edits.sort(key=lambda e: e.start)
    return edits


class MarkdownStripper:
    """Filter: takes out the Markdown a reader-mode or page-reader scrape
    left in the text (:func:`markdown_edits`), keeping the text it marks up.

    >>> from govtext import Document
    >>> doc = Document.from_text("# 标题\\n*   [首页](/)\\n**第一条** 见[通知](/a.html)")
    >>> doc.apply(MarkdownStripper()(doc), filter="markdown"); doc.text
    '标题\\n第一条 见通知'
    """

    name = "markdown"

    def __call__(self, doc: Document) -> list[Edit]:
        return markdown_edits(doc.text)
