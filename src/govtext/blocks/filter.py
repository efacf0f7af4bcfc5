"""The block filter: classify lines, remove boilerplate and spam, fill metadata.

Body, headings, captions and the title line stay (the title is also copied
to ``doc.metadata["title"]``); every other block is removed with one
:class:`~govtext.Edit` per block whose rule is the family/rule that labelled
it and whose reason says why. Metadata lines, bylines, counters and label
tables are removed after their values are moved into ``doc.metadata``:
``title``, ``date`` (``YYYY-MM-DD``; ``datetime`` keeps the time when one is
given), ``source``, ``author``, ``author_role``, ``views``, ``doc_number``,
``agency`` (None when unknown), and ``editor``, ``index_number`` ... when
found. Values already set by an earlier filter are not overwritten. The
labels of all blocks are kept in ``doc.annotations["blocks"]`` (character
spans in the text the filter saw; ``doc.line_of`` gives input lines).

>>> from govtext import Document
>>> doc = Document.from_text("当前位置：首页 > 通知公告\\n关于做好防汛工作的通知\\n"
...     "各乡镇人民政府，市级各部门：为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。\\n"
...     "Produced By 大汉网络 大汉版通发布系统")
>>> BlockFilter()(doc)
>>> print(doc.text)
关于做好防汛工作的通知
各乡镇人民政府，市级各部门：为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。
<BLANKLINE>
>>> doc.metadata["title"], [r.rule for r in doc.removed]
('关于做好防汛工作的通知', ['breadcrumb/location-label', 'footer/cms-signature'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from govtext.blocks.classify import KEPT_LABELS, Classification, ClassifyConfig, classify
from govtext.blocks.rules import DEFAULT_TIMEOUT, RuleSet, load_rules
from govtext.blocks.segment import lines
from govtext.document import Document
from govtext.edits import Edit

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


READ_MAX_CHARS = 100
"""Longest line read in other spellings (:func:`_as_read`): chrome, meta rows and headlines are
short, and a paragraph's digits decide nothing; the long lines of a report are not scanned."""


def _read_short_lines(texts: list[str]) -> list[str]:
    """``texts`` with each line of :data:`READ_MAX_CHARS` or fewer as :func:`_as_read` reads it
    (the same list when none has anything to read otherwise).

    >>> read = _read_short_lines(["浏览次数：１２３", "　　正文２０２５年。" + "其余正文。" * 20])
    >>> read[0], read[1][2:10]
    ('浏览次数：123', '正文２０２５年。')
    """
    short = [i for i, t in enumerate(texts) if len(t) <= READ_MAX_CHARS]
    probe = "\n".join([texts[i] for i in short])
    if all(p.search(probe) is None for p in (_FULL_WIDTH_ALNUM, _FULL_WIDTH_DIGIT_MARK, _SPACED_DOT)):
        return texts
    read = list(texts)
    for i in short:
        read[i] = _as_read(texts[i])
    return read


def _as_read(line: str) -> str:
    """``line`` as the classifier reads it: full-width digits and letters as
    ASCII, the marks of :data:`_FULL_WIDTH_DIGIT_MARK` between digits, and
    the :data:`_SPACED_DOT` of a row as ``|``; one character for one.

    >>> _as_read("发布时间：２０２５－０３－０６　１０：２３　冀ＩＣＰ备")
    '发布时间：2025-03-06　10:23　冀ICP备'
    >>> _as_read("回首页 • 网站导航 • English　编辑：阿卜杜拉·买买提")
    '回首页 | 网站导航 | English　编辑：阿卜杜拉·买买提'
    >>> _as_read("青年之声 · 有事找团")
    '青年之声 · 有事找团'
    """
    line = line.translate(_ASCII_ALNUM)
    if len(_SPACED_DOT.findall(line)) >= 2:
        line = _SPACED_DOT.sub("|", line)
    return _FULL_WIDTH_DIGIT_MARK.sub(lambda m: _ASCII_MARK[m.group()], line)

__all__ = ["EXTRA_METADATA", "BlockFilter", "BlocksConfig"]

EXTRA_METADATA: tuple[str, ...] = ("author_role", "views", "doc_number", "agency")
"""Metadata keys the block filter adds to every document (None when unknown)."""


_CORRUPT_CREDIT_KEYS = frozenset({"source", "author"})
"""Metadata fields not taken when their value holds U+FFFD (characters lost on the way)."""


@dataclass(frozen=True)
class BlocksConfig:
    """Options of :class:`BlockFilter`.

    - ``rules`` (()): extra rule files (TOML) on top of the shipped ones.
    - ``builtin_rules`` (True): load the shipped rule families.
    - ``rule_timeout`` (0.25): seconds a user rule may spend on one block.
    - ``remove`` (True): remove boilerplate; False only labels and fills metadata.
    - ``traditional`` (False): also match Traditional-script forms of the
      rules and spam vocabulary (for documents whose script is not converted).
    - ``classify`` (defaults): thresholds of the classifier.
    """

    rules: tuple[str, ...] = ()
    builtin_rules: bool = True
    rule_timeout: float = DEFAULT_TIMEOUT
    remove: bool = True
    traditional: bool = False
    classify: ClassifyConfig = field(default_factory=ClassifyConfig)


class BlockFilter:
    """Classifies blocks, removes boilerplate and spam, extracts metadata."""

    name = "blocks"

    def __init__(self, config: BlocksConfig | None = None, rules: RuleSet | None = None) -> None:
        self.config = config or BlocksConfig()
        if rules is None:
            paths: Sequence[str | Path] = self.config.rules
            rules = load_rules(paths, builtin=self.config.builtin_rules, timeout=self.config.rule_timeout,
                               traditional=self.config.traditional)
        self.rules = rules
        self.classify_config = replace(self.config.classify, traditional=self.config.traditional) \
            if self.config.traditional else self.config.classify

    def __call__(self, doc: Document) -> None:
        starts, raw, texts, indents = lines(doc.text)
        written, texts = texts, _read_short_lines(texts)  # ＩＣＰ备 as ICP备, 10：23 as 10:23
        result = classify(texts, self.rules, self.classify_config, indented=indents)
        if texts is not written:
            _title_as_written(result, written, texts)
        ends = [start + len(t) for start, t in zip(starts, raw, strict=True)]
        for i, rule_id in result.timeouts:
            doc.warn("rule-timeout", starts[i], ends[i],
                     f"rule {rule_id} ran out of time ({self.config.rule_timeout}s) and was skipped for this document",
                     filter=self.name, rule=rule_id)
        self._metadata(doc, result)
        doc.annotations["blocks"] = [
            {"start": start, "end": end, "label": lab.label,
             "rule": lab.rule, "reason": lab.reason, "kept": lab.label in KEPT_LABELS}
            for start, end, lab in zip(starts, ends, result.labels, strict=True)
        ]
        if not self.config.remove:
            return
        n = len(doc.text)
        edits = [Edit.delete(start, min(end + 1, n), rule=lab.rule, reason=lab.reason)
                 for start, end, lab in zip(starts, ends, result.labels, strict=True)
                 if lab.label not in KEPT_LABELS]
        if edits:
            doc.apply(edits, filter=self.name)

    @staticmethod
    def _metadata(doc: Document, result: Classification) -> None:
        for key in EXTRA_METADATA:
            doc.metadata.setdefault(key, None)
        for key, value in result.metadata.items():
            if key in _CORRUPT_CREDIT_KEYS and isinstance(value, str) and "\ufffd" in value:
                continue  # a credit garbled by a broken pipeline (转载自：鍏抽敭鏍�) names no one
            if doc.metadata.get(key) is None:
                doc.metadata[key] = value


def _title_as_written(result: Classification, written: Sequence[str], read: Sequence[str]) -> None:
    """``metadata["title"]`` with the full-width digits and letters its lines
    were written with (the classifier read them as ASCII), when the title is
    found in them as read: the reading is one character for one.

    >>> r = Classification([], {"title": "2025年工作要点"}, title_index=0)
    >>> _title_as_written(r, ["２０２５年工作要点"], ["2025年工作要点"])
    >>> r.metadata["title"]
    '２０２５年工作要点'
    """
    title = result.metadata.get("title")
    if not isinstance(title, str) or result.title_index is None:
        return
    lines = slice(result.title_index, result.title_index + 3)  # a headline broken over lines
    joined_read, joined_written = "".join(read[lines]), "".join(written[lines])
    at = joined_read.find(title)
    if at >= 0:
        result.metadata["title"] = joined_written[at:at + len(title)]

