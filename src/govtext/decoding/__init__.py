"""Decoding bytes into text with provenance, mojibake repair, corruption flags.

- :class:`Decoder` (first pipeline step): BOM, strict UTF-8 fast path, mixed
  UTF-8/legacy input, detection among GB18030, Big5 and UTF-16/32.
- :class:`MojibakeRepairer`: undoes wrong codec pairs (``utf8-as-gbk``, ...).
- :class:`CorruptionFlagger`: warns about corruption it cannot repair.
"""

from govtext.decoding.corruption import CorruptionConfig, CorruptionFlagger
from govtext.decoding.decoder import Decoder, DecoderConfig, DecodeResult, decode_bytes
from govtext.decoding.detect import Detection, detect
from govtext.decoding.mojibake import MojibakeConfig, MojibakeRepairer, repair_text

__all__ = [
    "CorruptionConfig",
    "CorruptionFlagger",
    "DecodeResult",
    "Decoder",
    "DecoderConfig",
    "Detection",
    "MojibakeConfig",
    "MojibakeRepairer",
    "decode_bytes",
    "detect",
    "repair_text",
]
