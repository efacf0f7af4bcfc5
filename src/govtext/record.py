"""The JSONL record: govtext's public output contract (see docs/format.md).

>>> import govtext, json
>>> rec = to_record(govtext.clean("标题\\n\\n正文。"))
>>> sorted(rec)
['fragments', 'id', 'metadata', 'removed', 'text', 'warnings']
>>> rec["fragments"][0]["source_spans"]
[[0, 6]]
"""

from __future__ import annotations

import gc
import json
from typing import Any

from govtext.document import METADATA_FIELDS, Document

__all__ = ["RECORD_VERSION", "to_json_line", "to_record"]

RECORD_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def to_record(doc: Document, *, changes: bool = False) -> dict[str, Any]:
    """The JSON-ready record of a cleaned document.

    ``changes=True`` adds a ``changes`` list (every rewrite and insertion)."""
    metadata = {key: doc.metadata.get(key) for key in METADATA_FIELDS}
    for key in sorted(doc.metadata):
        if key not in metadata:
            metadata[key] = _plain(doc.metadata[key])
    record: dict[str, Any] = {
        "id": doc.id,
        "text": doc.text,
        "metadata": metadata,
        "fragments": [f.to_json() for f in doc.fragments()],
        "removed": [r.to_json() for r in doc.removed],
        "warnings": [w.to_json() for w in doc.warnings],
    }
    if changes:
        record["changes"] = [c.to_json() for c in doc.changes]
    return record


def to_json_line(doc: Document, *, changes: bool = False) -> str:
    """One JSONL line (no trailing newline), keys in a fixed order.

    The cyclic garbage collector is paused while the record is built: a large
    document makes hundreds of thousands of small dicts and lists that hold no
    cycles, and collections triggered by them cost up to half the time."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return json.dumps(to_record(doc, changes=changes), ensure_ascii=False)
    finally:
        if paused:
            gc.enable()
