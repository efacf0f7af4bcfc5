"""HTML left in scraped text: character entities and stray tags.

A scraper that copies a page's source instead of its rendered text leaves
``&ldquo;清朗&rdquo;``, ``&nbsp;&nbsp;`` indents, ``&#12290;`` and tags such
as ``<br>`` or ``<span style="...">`` in the text. :func:`markup_edits`
finds them; :class:`MarkupDecoder` (the ``markup`` step of the default
pipeline, before ``mojibake`` and ``corruption``) and
:class:`~govtext.filters.characters.CharacterNormalizer` (with
``unescape_html``) apply them (rules ``html-entity`` and ``html-tag``).

- An entity ends with ``;`` (``&copy=2`` in an address is left alone); a
  doubly escaped one (``&amp;ldquo;``) is decoded in one step, so cleaning
  the output again changes nothing. ``&nbsp;``, ``&ensp;`` and
  ``&thinsp;`` become an ASCII space, ``&emsp;`` the ideographic space
  U+3000 (``&emsp;&emsp;`` is the Chinese paragraph indent). An entity
  that stands for a control character or a surrogate is left alone.
- A tag is one of the elements a page's text is written with (``p``,
  ``br``, ``div``, ``span``, ``font``, ``strong``, ``a``, ``img``, table
  cells, list items, headings) or a comment, escaped or not
  (``&lt;br&gt;``), the elements Microsoft Word adds (``<st1:chsdate …>``,
  ``<v:shape …>``) and ``<?xml:namespace … />``. A tag that breaks a line
  (``<br>``, ``</p>``, ``<div>``, ``<dd>``, ...) becomes a line break, a
  table cell's opening tag (``<td>``) a space; the others are removed. An
  upper-case ``<P>`` of an old page is a tag even without its ``</P>``.
- On a line that talks about markup (转义, 字符实体, HTML, 占位符: a technical
  notice quoting ``“&lt;”`` as an example), entities and tags in quotation
  marks or brackets are text and stay.
- Two or more JavaScript/JSON escapes of hanzi in a row standing in Chinese
  prose (``推进\\u7535\\u5b50证照``) are decoded (rule ``json-escape``);
  quoted or bracketed ones, and those of a line that talks about escapes or
  encodings (a technical notice's example), are text and stay.

>>> [(e.rule, e.replacement) for e in markup_edits("&ldquo;清朗&rdquo;行动&#12290;<br/>正文")]
[('html-entity', '“'), ('html-entity', '”'), ('html-entity', '。'), ('html-tag', '\\n')]
"""

from __future__ import annotations

import functools
import html.entities
import re

from govtext._charclass import char_positions
from govtext.document import Document
from govtext.edits import Edit

__all__ = ["MarkupDecoder", "markup_edits"]

_AMP = r"(?:amp|#0*38|#[xX]0*26);"
"""An escaped ampersand: what a doubly escaped entity starts with after its ``&``."""
_ENTITY = re.compile(r"&(?:" + _AMP + r")*(?P<body>[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_MARKUP_BARE_ENTITY = re.compile(r"&(?:" + "(?:amp|#0*38|#[xX]0*26);" + r")*(?P<body>nbsp|ensp|emsp|thinsp|#[0-9]{2,7}"
                                 r"|#[xX][0-9A-Fa-f]{2,6})(?![A-Za-z0-9;=])")
"""An entity of sloppy HTML without its ``;`` (``&nbsp&nbsp来源``,
``&#x957F巡``), which browsers decode all the same: only the space
entities and numeric ones, and only before a character that cannot go on
the name or number (``&copy=2`` and ``&nbspx`` are left alone)."""
_SPACE_ENTITIES = {"nbsp": " ", "ensp": " ", "thinsp": " ", "emsp": "\u3000", "#160": " ", "#xa0": " ", "#12288": "\u3000"}
_BREAKING = ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "blockquote",
             "section", "article", "ul", "ol", "center", "pre", "dl", "dt", "dd", "figure", "figcaption", "header",
             "footer", "nav", "main", "aside", "address", "form", "fieldset", "legend", "caption", "iframe", "video",
             "audio", "object", "select", "option", "textarea")
_CELLS = ("td", "th")
"""Table cells: an old portal lays a line out in cells (发布时间：…</td><td>来源：…), so a cell's opening tag is a space."""
_INLINE = (*_CELLS, "span", "font", "strong", "b", "i", "em", "u", "a", "img", "tbody", "thead", "sup", "sub",
           "small", "big", "label", "code", "o:p", "strike", "del", "ins", "s", "abbr", "cite", "q", "mark", "wbr",
           "nobr", "tt", "acronym", "dfn", "time", "input", "button", "source", "track", "embed", "param", "col",
           "colgroup", "meta", "link", "area", "map", "picture", "bdo", "bdi", "ruby", "rt", "rp")
_OFFICE = r"(?:st1|st2|o|v|w|x|m):[A-Za-z][A-Za-z0-9]{0,30}"
"""An element of the markup Microsoft Word adds (<st1:chsdate …>2008年5月12日</st1:chsdate>, <v:shape …>)."""
_OPEN = r"(?:<|&(?:" + _AMP + r")*lt;)"
_CLOSE = r"(?:>|&(?:" + _AMP + r")*gt;)"
_TAG_SPACE = r"(?:\s|&(?:" + _AMP + r")*(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0);)"
"""A space in a tag, maybe written as an entity (``<br&nbsp;/>``)."""
_TAG = re.compile(
    _OPEN + r"(?:(?P<slash>/?)(?P<name>" + "|".join(re.escape(n) for n in sorted(_BREAKING + _INLINE, key=len,
                                                                                  reverse=True))
    + "|" + _OFFICE + r")(?![A-Za-z0-9])(?:" + _TAG_SPACE + r"[^<>\n]{0,300}?)?" + _TAG_SPACE
    + r"{0,3}/?|!--[^<>\n]{0,300}?--|\?xml[^<>\n]{0,300}?)"
    + _CLOSE,
    re.IGNORECASE,
)
"""A tag of the elements above (with attributes up to 300 characters, on one line), a comment or an
XML processing instruction (<?xml:namespace … />)."""


@functools.cache
def _named() -> dict[str, str]:
    """HTML5 named entities that end with ``;``, by name without it."""
    return {name[:-1]: value for name, value in html.entities.html5.items() if name.endswith(";")}


def _entity_value(body: str) -> str | None:
    """What the entity ``&body;`` stands for, or None (unknown, a control character or a surrogate).

    >>> _entity_value("rdquo"), _entity_value("#x3002"), _entity_value("emsp"), _entity_value("#0")
    ('”', '。', '\\u3000', None)
    """
    key = body.lower() if body[0] == "#" else body
    if key in _SPACE_ENTITIES:
        return _SPACE_ENTITIES[key]
    if body[0] != "#":
        return _named().get(body)
    code = int(body[2:], 16) if body[1] in "xX" else int(body[1:])
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (code < 0x20 and code not in (9, 10)) or 0x7F <= code < 0xA0:
        return None
    return chr(code)


def _literal_brackets(m: re.Match[str], text: str) -> bool:
    """Whether the tag ``m`` of ``text`` is a capital letter between angle
    brackets, escaped or not, with no partner on its line (``A<B>C类企业``,
    a grade): text, not a bold tag. ``<B>重要</B>`` is a tag either way, so
    the text that decoding ``A&lt;B&gt;C`` gives is left as it is by a
    second pass.

    >>> [_literal_brackets(_TAG.match(t), t) for t in ("&lt;B&gt;C类", "<B>C类", "<B>重要</B>", "&lt;b&gt;重要", "<P>正文")]
    [True, True, False, False, False]
    """
    name = m.group("name") or ""
    if len(name) != 1 or not name.isupper() or name.lower() not in _PARTNER:
        return False  # <P> of an old page's upper-case markup breaks a line, partner or not
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    if m.group("slash"):
        return _PARTNER[name.lower()][0].search(text, start, m.start()) is None
    return _PARTNER[name.lower()][1].search(text, m.end(), end) is None


_PARTNER = {n: tuple(re.compile(_OPEN + slash + n + _CLOSE, re.IGNORECASE) for slash in ("", "/"))
            for n in (t for t in _INLINE if len(t) == 1)}
"""For each one-letter element, its opening tag and its closing tag (escaped or not)."""


def _tag_break(m: re.Match[str], gap: str) -> Edit:
    """The edit that writes tag ``m`` as ``gap``: a line break, or a space between table cells."""
    what = "a line break" if gap == "\n" else "a space between table cells"
    return Edit.replace(m.start(), m.end(), gap, rule="html-tag",
                        reason=f"HTML tag left in the text ({m.group()[:40]}): {what}")


_JSON_ESCAPES = re.compile(r"(?:\\u[0-9A-Fa-f]{4}){2,}")
"""Two or more JavaScript/JSON escapes in a row (``\\u7535\\u5b50``): text a
scraper took from a script or an API answer without decoding it."""
_JSON_ESCAPE_TALK = re.compile(r"转义|轉義|编码|編碼|[Uu]nicode|UNICODE|JSON|[Jj]son|码点|碼點|字符集|代码|代碼")
"""Words of a line that talks about escapes (a technical notice showing
``\\u4e2d\\u6587`` as an example): its escapes are text, not damage."""
_JSON_NOT_NEXT = frozenset("\"'`“”‘’「」『』《》〈〉（）()[]【】{}<>/\\=:")
"""Marks next to which an escape is quoted or code, not prose."""


def _json_escape_edits(text: str) -> list[Edit]:
    r"""Edits decoding runs of ``\uXXXX`` escapes of hanzi and CJK marks that
    stand in Chinese prose: a hanzi or CJK mark next to the run on one side,
    no quote, bracket or code character on either, and no word about
    escapes or encodings on the line (:data:`_JSON_ESCAPE_TALK`).

    >>> [e.replacement for e in _json_escape_edits("将推进\\u7535\\u5b50\\u8bc1\\u7167在政务服务中应用")]
    ['电子证照']
    >>> _json_escape_edits("不得以\\u4e2d\\u6587这类转义形式返回"), _json_escape_edits("写作“\\u4e2d\\u6587”")
    ([], [])
    >>> _json_escape_edits('{"name":"\\u4e2d\\u6587"}'), _json_escape_edits("路径C:\\user\\u0041\\u0042")
    ([], [])
    """
    edits: list[Edit] = []
    for m in _JSON_ESCAPES.finditer(text):
        value = "".join(chr(int(h, 16)) for h in m.group().split("\\u")[1:])
        if not all(_cjk_prose_char(c) for c in value):
            continue
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if before in _JSON_NOT_NEXT or after in _JSON_NOT_NEXT or _ascii_word(before) or _ascii_word(after):
            continue
        if not (_cjk_prose_char(before) or _cjk_prose_char(after)):
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if _JSON_ESCAPE_TALK.search(text, start, len(text) if end < 0 else end) is not None:
            continue
        edits.append(Edit.replace(m.start(), m.end(), value, rule="json-escape",
                                  reason=f"JavaScript/JSON escapes {m.group()[:30]} decoded"))
    return edits


def _ascii_word(c: str) -> bool:
    """An ASCII letter or digit (an escape run on from one is code or an identifier)."""
    return c.isascii() and c.isalnum()


def _cjk_prose_char(c: str) -> bool:
    """A hanzi or a CJK punctuation mark (what escapes in Chinese prose stand for)."""
    return bool(c) and ("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or c in "，。、；：？！“”《》（）")


_MARKUP_TALK = re.compile("转义|轉義|字符实体|字符實體|数字实体|數字實體|实体字符|實體字符|实体编码|實體編碼|占位符|佔位符|HTML|html")
"""Words of a line that talks about markup (a technical notice quoting ``&lt;``
or ``&#20013;`` as examples): its entities and tags are text."""


def _markup_talk(text: str, pos: int) -> tuple[int, int, bool]:
    """The line around ``pos`` (start, end) and whether it talks about markup (:data:`_MARKUP_TALK`).

    >>> _markup_talk("仅限“&lt;”等HTML保留字符\\n&lt;br&gt;", 3)[2], _markup_talk("a\\n&ldquo;清朗&rdquo;", 2)[2]
    (True, False)
    """
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return start, end, _MARKUP_TALK.search(text, start, end) is not None


_MARKUP_QUOTES = frozenset("“\"'「『‘（(【`")


def _quoted(text: str, pos: int, line_start: int) -> bool:
    """Whether the entity or tag at ``pos``, with the entities right before it
    (``&#20013;&#25991;``), opens after a quotation mark or bracket.

    >>> _quoted("写成“&#20013;&#25991;”", 11, 0), _quoted("&amp;ldquo;双重", 0, 0)
    (True, False)
    """
    p = pos
    while p > line_start and text[p - 1] == ";":
        q = text.rfind("&", line_start, p - 1)
        if q < 0 or _ENTITY.fullmatch(text, q, p) is None:
            break
        p = q
    return p > line_start and text[p - 1] in _MARKUP_QUOTES


def markup_edits(text: str) -> list[Edit]:
    """The edits that decode the entities and remove the tags of ``text``, in order.

    A tag is tried first where one may start, so an entity inside a tag
    (``&lt;br&gt;``, ``<br&nbsp;/>``) goes with the tag.

    >>> [e.replacement for e in markup_edits("&lt;p&gt;各乡镇：&lt;/p&gt;")]
    ['\\n', '\\n']
    >>> markup_edits("a=1&copy=2 x<5 and y>3")
    []
    """
    edits: list[Edit] = []
    end = 0
    talk: tuple[int, int, bool] = (-1, -1, False)  # the line last looked at, and whether it talks about markup
    for pos in char_positions(text, "<&"):
        if pos < end:
            continue  # inside the tag or entity just taken
        if not talk[0] <= pos < talk[1]:
            talk = _markup_talk(text, pos)
        if talk[2] and _quoted(text, pos, talk[0]):
            continue
        m = _TAG.match(text, pos)
        if m is not None and not _literal_brackets(m, text):
            name = (m.group("name") or "").lower()
            if name in _BREAKING or (name in _CELLS and not m.group("slash")):
                edits.append(_tag_break(m, "\n" if name in _BREAKING else " "))
            else:
                edits.append(Edit.delete(pos, m.end(), rule="html-tag",
                                         reason=f"HTML tag left in the text ({m.group()[:40]})"))
            end = m.end()
            continue
        m = _MARKUP_BARE_ENTITY.match(text, pos) or _ENTITY.match(text, pos)
        if m is not None and (value := _entity_value(m.group("body"))) is not None:
            edits.append(Edit.replace(pos, m.end(), value, rule="html-entity",
                                      reason=f"HTML character entity {m.group()} decoded"))
            end = m.end()
    if "\\u" in text:
        taken = [(e.start, e.end) for e in edits]
        edits.extend(e for e in _json_escape_edits(text) if not any(a < e.end and e.start < b for a, b in taken))
        edits.sort(key=lambda e: e.start)
    return edits


class MarkupDecoder:
    """Filter: decodes the HTML character entities and removes the stray tags
    a scraper left in the text (:func:`markup_edits`).

    The default pipeline runs it right after decoding, so that the repair
    steps see what an entity stands for: mojibake written as numeric
    entities (``&#37510;&#20631;`` for ``銆傗``) is repaired, and
    ``&#65533;`` is flagged as a lost character with the entity's bytes as
    its source. What an entity decodes to is left for ``characters`` to
    normalise (``&#8203;`` gives U+200B, which it removes): a soft hyphen
    decoded here may still be a byte of a Latin-1 garble.

    >>> from govtext import Document
    >>> [e.replacement for e in MarkupDecoder()(Document.from_text("&#37510;&#20631;<br>&#65533;&#8203;"))] == [
    ...     "銆", "傗", "\\n", "\\ufffd", "\\u200b"]
    True
    """

    name = "markup"

    def __call__(self, doc: Document) -> list[Edit]:
        return markup_edits(doc.text)
