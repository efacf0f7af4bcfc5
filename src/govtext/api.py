"""Top-level convenience functions.

>>> clean("　　正文。  \\n\\n\\n").text
'　　正文。'
"""

from __future__ import annotations

import os

from govtext.document import Document
from govtext.pipeline import Pipeline
from govtext.presets import CleanOptions, default_pipeline

__all__ = ["clean"]


def clean(
    data: bytes | str | os.PathLike[str] | Document,
    *,
    options: CleanOptions | None = None,
    pipeline: Pipeline | None = None,
    id: str | None = None,
) -> Document:
    """Clean one document with the default pipeline (or ``pipeline``).

    ``data`` is raw ``bytes`` (the encoding is detected), a ``str`` of text,
    or a path (``pathlib.Path``); a plain ``str`` is always text, never a path.
    """
    pipe = pipeline or default_pipeline(options)
    return pipe(data, id=id)
