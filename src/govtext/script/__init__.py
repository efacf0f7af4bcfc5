"""Script conversion (Traditional/Simplified), pinyin/zhuyin annotations and
CJK punctuation.

>>> convert_script("國務院辦公廳關於印發通知")
'国务院办公厅关于印发通知'
"""

from govtext.script.annotations import AnnotationConfig, AnnotationStripper, strip_annotations
from govtext.script.backend import (
    OpenCCBackend,
    OpenCCUnavailableError,
    ReimplementedBackendWarning,
    describe_backend,
    detect_backend,
    get_converter,
)
from govtext.script.convert import ScriptConfig, ScriptConverter, ScriptDetector, convert_script
from govtext.script.detect import detect_script
from govtext.script.phrases import PhraseDictionary, PhraseFileError, PhraseOverride, load_phrases
from govtext.script.punctuation import PunctuationConfig, PunctuationRestorer, restore_punctuation

__all__ = [
    "AnnotationConfig",
    "AnnotationStripper",
    "OpenCCBackend",
    "OpenCCUnavailableError",
    "PhraseDictionary",
    "PhraseFileError",
    "PhraseOverride",
    "PunctuationConfig",
    "PunctuationRestorer",
    "ReimplementedBackendWarning",
    "ScriptConfig",
    "ScriptConverter",
    "ScriptDetector",
    "convert_script",
    "describe_backend",
    "detect_backend",
    "detect_script",
    "get_converter",
    "load_phrases",
    "restore_punctuation",
    "strip_annotations",
]
