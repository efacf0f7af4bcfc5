"""The default pipeline and its presets.

>>> [name for name in PRESETS]
['default', 'publish', 'minimal']
>>> default_pipeline(PRESETS["minimal"])
Pipeline([decode, whitespace])
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govtext.decoding import Decoder, DecoderConfig
from govtext.filters import WhitespaceNormalizer
from govtext.pipeline import Filter, Pipeline

__all__ = ["PRESETS", "CleanOptions", "default_pipeline"]


@dataclass(frozen=True)
class CleanOptions:
    """What the default pipeline does; every field has a documented default.

    - ``encoding`` (None): force the input encoding instead of detecting it.
    - ``repair`` (True): repair mojibake and flag corrupt spans.
    - ``script`` ("t2s"): OpenCC config for script conversion; None keeps the script.
    - ``strip_annotations`` (True): remove pinyin/zhuyin annotations such as ``(jì)``.
    - ``phrases`` (()): phrase override files (or ``builtin:<name>`` sets) that win over OpenCC.
    - ``punctuation`` (None): ``"cjk"`` restores full-width punctuation between Chinese characters.
    - ``boilerplate`` (True): classify blocks, remove spam and boilerplate, extract metadata.
    - ``rules`` (()): extra boilerplate rule files (TOML) to load.
    - ``drop_repeated`` (False): remove paragraphs repeated inside a document (they are tagged either way).
    - ``rejoin`` (True): remove page-continuation markers and rejoin broken paragraphs.
    """

    encoding: str | None = None
    repair: bool = True
    script: str | None = "t2s"
    strip_annotations: bool = True
    phrases: tuple[str, ...] = ()
    punctuation: str | None = None
    boilerplate: bool = True
    rules: tuple[str, ...] = field(default_factory=tuple)
    drop_repeated: bool = False
    rejoin: bool = True
    minimal: bool = False


PRESETS: dict[str, CleanOptions] = {
    "default": CleanOptions(),
    "publish": CleanOptions(punctuation="cjk", drop_repeated=True),
    "minimal": CleanOptions(minimal=True),
}
"""Named option sets for ``govtext clean --preset``: ``default``; ``publish``
(also restores CJK punctuation and drops repeated paragraphs); ``minimal``
(decoding and whitespace only)."""


def _repair_steps(options: CleanOptions) -> list[Filter]:
    """Mojibake repair and corruption flagging (decoding issue)."""
    from govtext.decoding import CorruptionFlagger, MojibakeRepairer

    return [MojibakeRepairer(), CorruptionFlagger()]


def _markup_steps(options: CleanOptions) -> list[Filter]:
    """HTML entities and stray tags, decoded before the repair steps look at the
    text, then the Markdown of a reader-mode scrape."""
    from govtext.filters.markdown import MarkdownStripper
    from govtext.filters.markup import MarkupDecoder

    return [MarkupDecoder(), MarkdownStripper()]


def _character_steps(options: CleanOptions) -> list[Filter]:
    """Character normalisation (NFC, zero-width and control characters); the
    HTML left in the text was decoded by :func:`_markup_steps` already."""
    from govtext.filters.characters import CharacterConfig, CharacterNormalizer

    return [CharacterNormalizer(CharacterConfig(unescape_html=False))]


def _script_steps(options: CleanOptions) -> list[Filter]:
    """Annotation stripping, script conversion, punctuation restoration."""
    from govtext.script.annotations import AnnotationStripper
    from govtext.script.convert import ScriptConfig, ScriptConverter, ScriptDetector
    from govtext.script.punctuation import PunctuationRestorer

    steps: list[Filter] = []
    if options.strip_annotations:
        steps.append(AnnotationStripper())
    if options.script:
        steps.append(ScriptConverter(ScriptConfig(config=options.script, phrases=options.phrases)))
    else:
        steps.append(ScriptDetector())
    if options.punctuation == "cjk":
        steps.append(PunctuationRestorer())
    elif options.punctuation is not None:
        raise ValueError(f"unknown punctuation mode {options.punctuation!r} (use 'cjk' or None)")
    return steps


def _marker_steps(options: CleanOptions) -> list[Filter]:
    """Page furniture (page numbers, running headers), then continuation markers."""
    from govtext.rejoin import ContinuationMarkers, PageFurniture

    return [PageFurniture(), ContinuationMarkers()]


def _block_steps(options: CleanOptions) -> list[Filter]:
    """Block classification, spam and boilerplate removal, metadata, repeats."""
    from govtext.blocks.filter import BlockFilter, BlocksConfig
    from govtext.blocks.repeats import RepeatedParagraphs, RepeatsConfig

    return [
        BlockFilter(BlocksConfig(rules=tuple(options.rules), traditional=options.script is None)),
        RepeatedParagraphs(RepeatsConfig(remove=options.drop_repeated)),
    ]


def _rejoin_steps(options: CleanOptions) -> list[Filter]:
    """Rejoining broken paragraphs and reflowing hard-wrapped lines."""
    from govtext.rejoin import ParagraphRejoiner

    return [ParagraphRejoiner()]


def default_pipeline(options: CleanOptions | None = None) -> Pipeline:
    """The pipeline ``govtext clean`` runs, built from ``options``."""
    options = options or CleanOptions()
    steps: list[Filter] = [Decoder(DecoderConfig(encoding=options.encoding))]
    if options.minimal:
        return Pipeline([*steps, WhitespaceNormalizer()])
    steps += _markup_steps(options)
    if options.repair:
        steps += _repair_steps(options)
    steps += _character_steps(options)
    steps.append(WhitespaceNormalizer())
    steps += _script_steps(options)
    if options.rejoin:
        steps += _marker_steps(options)
    if options.boilerplate:
        steps += _block_steps(options)
    if options.rejoin:
        steps += _rejoin_steps(options)
    steps.append(WhitespaceNormalizer())
    return Pipeline(steps)
