"""govtext: turn messy, scraped Chinese government documents into clean,
traceable text.

>>> import govtext
>>> doc = govtext.clean("　　正文。  \\n")
>>> doc.text, doc.source_spans(0, 2)
('　　正文。', [(0, 6)])
"""

from govtext._version import __version__
from govtext.api import clean
from govtext.blocks import BlockFilter, BlocksConfig, RuleFileError, load_rules, score_spam
from govtext.blocks.repeats import RepeatedParagraphs, RepeatsConfig
from govtext.decoding import (
    CorruptionFlagger,
    Decoder,
    DecoderConfig,
    MojibakeRepairer,
    decode_bytes,
    repair_text,
)
from govtext.document import METADATA_FIELDS, Document, Fragment, Source
from govtext.edits import Change, Deletions, DocWarning, Edit, EditColumns, OverlappingEditsError, Removal
from govtext.explain import explain
from govtext.filters import WhitespaceConfig, WhitespaceNormalizer
from govtext.filters.characters import CharacterConfig, CharacterNormalizer
from govtext.pipeline import Filter, FilterStats, Pipeline, PipelineStats, RuleStats
from govtext.presets import PRESETS, CleanOptions, default_pipeline
from govtext.record import to_json_line, to_record
from govtext.rejoin import ContinuationMarkers, PageFurniture, ParagraphRejoiner, RejoinConfig, stitch
from govtext.script import (
    AnnotationStripper,
    PhraseDictionary,
    PunctuationRestorer,
    ScriptConfig,
    ScriptConverter,
    convert_script,
    detect_script,
    restore_punctuation,
    strip_annotations,
)

__all__ = [
    "METADATA_FIELDS",
    "PRESETS",
    "AnnotationStripper",
    "BlockFilter",
    "BlocksConfig",
    "Change",
    "CharacterConfig",
    "CharacterNormalizer",
    "CleanOptions",
    "ContinuationMarkers",
    "CorruptionFlagger",
    "Decoder",
    "DecoderConfig",
    "Deletions",
    "DocWarning",
    "Document",
    "Edit",
    "EditColumns",
    "Filter",
    "FilterStats",
    "Fragment",
    "MojibakeRepairer",
    "OverlappingEditsError",
    "PageFurniture",
    "ParagraphRejoiner",
    "PhraseDictionary",
    "Pipeline",
    "PipelineStats",
    "PunctuationRestorer",
    "RejoinConfig",
    "Removal",
    "RepeatedParagraphs",
    "RepeatsConfig",
    "RuleFileError",
    "RuleStats",
    "ScriptConfig",
    "ScriptConverter",
    "Source",
    "WhitespaceConfig",
    "WhitespaceNormalizer",
    "__version__",
    "clean",
    "convert_script",
    "decode_bytes",
    "default_pipeline",
    "detect_script",
    "explain",
    "load_rules",
    "repair_text",
    "restore_punctuation",
    "score_spam",
    "stitch",
    "strip_annotations",
    "to_json_line",
    "to_record",
]
