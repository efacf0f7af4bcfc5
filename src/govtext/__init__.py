"""govtext: turn messy, scraped Chinese government documents into clean,
traceable text.

>>> import govtext
>>> doc = govtext.clean("　　正文。  \\n")
>>> doc.text, doc.source_spans(0, 2)
('　　正文。', [(0, 6)])
"""

from govtext._version import __version__
from govtext.api import clean
from govtext.decoding import Decoder, DecoderConfig, decode_bytes
from govtext.document import METADATA_FIELDS, Document, Fragment, Source
from govtext.edits import Change, DocWarning, Edit, OverlappingEditsError, Removal
from govtext.explain import explain
from govtext.filters import WhitespaceConfig, WhitespaceNormalizer
from govtext.pipeline import Filter, FilterStats, Pipeline, PipelineStats, RuleStats
from govtext.presets import PRESETS, CleanOptions, default_pipeline
from govtext.record import to_json_line, to_record
from govtext.rejoin import stitch

__all__ = [
    "METADATA_FIELDS",
    "PRESETS",
    "Change",
    "CleanOptions",
    "Decoder",
    "DecoderConfig",
    "DocWarning",
    "Document",
    "Edit",
    "Filter",
    "FilterStats",
    "Fragment",
    "OverlappingEditsError",
    "Pipeline",
    "PipelineStats",
    "Removal",
    "RuleStats",
    "Source",
    "WhitespaceConfig",
    "WhitespaceNormalizer",
    "__version__",
    "clean",
    "decode_bytes",
    "default_pipeline",
    "explain",
    "stitch",
    "to_json_line",
    "to_record",
]
