"""Small general-purpose filters."""

from govtext.filters.markdown import MarkdownStripper
from govtext.filters.markup import MarkupDecoder
from govtext.filters.whitespace import WhitespaceConfig, WhitespaceNormalizer

__all__ = ["MarkdownStripper", "MarkupDecoder", "WhitespaceConfig", "WhitespaceNormalizer"]
