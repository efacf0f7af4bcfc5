"""Page-continuation markers, stitching of pages and broken paragraphs."""

from govtext.rejoin.stitch import stitch

__all__ = ["stitch"]
