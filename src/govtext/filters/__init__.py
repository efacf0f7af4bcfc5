"""Small general-purpose filters."""

from govtext.filters.whitespace import WhitespaceConfig, WhitespaceNormalizer

__all__ = ["WhitespaceConfig", "WhitespaceNormalizer"]
