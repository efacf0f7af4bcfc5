"""Decoding bytes into text with provenance (the first pipeline step)."""

from govtext.decoding.decoder import Decoder, DecoderConfig, DecodeResult, decode_bytes

__all__ = ["DecodeResult", "Decoder", "DecoderConfig", "decode_bytes"]
