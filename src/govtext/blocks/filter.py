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

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from govtext.blocks._reading import read_short_lines, title_as_written
from govtext.blocks.classify import KEPT_LABELS, Classification, ClassifyConfig, classify
from govtext.blocks.rules import DEFAULT_TIMEOUT, RuleSet, load_rules
from govtext.blocks.segment import lines
from govtext.document import Document
from govtext.edits import Edit

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
        written, texts = texts, read_short_lines(texts)  # ＩＣＰ备 as ICP备, 10：23 as 10:23
        result = classify(texts, self.rules, self.classify_config, indented=indents)
        if texts is not written:
            title_as_written(result, written, texts)
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

