"""Block classification: spam, boilerplate and metadata lines of plain text.

:class:`BlockFilter` labels every line of a document (body, heading, title,
metadata, byline, breadcrumb, navigation, related links, footer, spam,
paywall, slogan, page code, caption), removes boilerplate with a reason per line and
moves the facts it finds into ``doc.metadata``. The boilerplate rule
families are TOML data (:func:`load_rules`); spam is scored per block
(:func:`score_spam`).
"""

from govtext.blocks.classify import BlockLabel, Classification, ClassifyConfig, classify
from govtext.blocks.filter import BlockFilter, BlocksConfig
from govtext.blocks.rules import Rule, RuleFileError, RuleSet, load_rules
from govtext.blocks.segment import Block, segment
from govtext.blocks.spam import SpamScore, score_spam

__all__ = [
    "Block",
    "BlockFilter",
    "BlockLabel",
    "BlocksConfig",
    "Classification",
    "ClassifyConfig",
    "Rule",
    "RuleFileError",
    "RuleSet",
    "SpamScore",
    "classify",
    "load_rules",
    "score_spam",
    "segment",
]
