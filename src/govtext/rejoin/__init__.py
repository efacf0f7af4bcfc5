"""Page-continuation markers, page furniture, stitching of pages and broken paragraphs.

- :class:`PageFurniture` removes page numbers and running headers and
  records which page each part of the text is on;
- :class:`ContinuationMarkers` removes ``(上接第三版)`` / ``(下转第2版)`` and
  records them in the metadata;
- :class:`ParagraphRejoiner` joins paragraphs split mid-sentence and
  reflows hard-wrapped lines;
- :func:`stitch` joins the halves of articles continued across pages.
"""

from govtext.rejoin.furniture import PageFurniture, PageNumber, find_page_numbers
from govtext.rejoin.markers import ContinuationMarkers, Marker, find_markers
from govtext.rejoin.paragraphs import ParagraphRejoiner, RejoinConfig, continuation_reason
from govtext.rejoin.stitch import stitch

__all__ = [
    "ContinuationMarkers",
    "Marker",
    "PageFurniture",
    "PageNumber",
    "ParagraphRejoiner",
    "RejoinConfig",
    "continuation_reason",
    "find_markers",
    "find_page_numbers",
    "stitch",
]
