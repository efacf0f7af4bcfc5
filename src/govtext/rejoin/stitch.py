"""Stitching the pages of one edition into whole articles."""

from __future__ import annotations

from collections.abc import Sequence

from govtext.document import Document

__all__ = ["stitch"]


def stitch(documents: Sequence[Document]) -> list[Document]:
    """Join documents whose continuation markers match (being built)."""
    raise NotImplementedError("stitching is being implemented")
