"""Top-level convenience functions.

>>> clean("　　正文。  \\n\\n\\n").text
'　　正文。'
"""

from __future__ import annotations

import os
from functools import lru_cache

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

    The default pipeline of ``options`` is built once and reused by later
    calls with equal options (building it costs about a tenth of cleaning a
    page), unless the options name rule or phrase files: those are read
    again on every call, so an edited file takes effect at once.
    """
    if pipeline is None:
        options = options or CleanOptions()
        pipeline = _shared_pipeline(options) if _reusable(options) else default_pipeline(options)
    return pipeline(data, id=id)


def _reusable(options: CleanOptions) -> bool:
    """The pipeline of ``options`` reads no file of the user's: it can be shared.

    >>> _reusable(CleanOptions()), _reusable(CleanOptions(rules=("site.toml",)))
    (True, False)
    """
    return not options.rules and all(p.startswith("builtin:") for p in options.phrases)


@lru_cache(maxsize=8)
def _shared_pipeline(options: CleanOptions) -> Pipeline:
    """The default pipeline of ``options``, built once (its filters keep no
    state between documents; its statistics are not read by :func:`clean`)."""
    return default_pipeline(options)
