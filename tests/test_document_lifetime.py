"""Documents are freed by reference counting: no reference cycle holds them.

A cycle (a document's locator pointing back at the document) left every
cleaned document, with its records and alignments, for the cyclic garbage
collector, whose passes then walked all of them."""

from __future__ import annotations

import gc
import weakref

import govtext
from govtext import Document, Edit


def _freed_without_gc(make: object) -> bool:
    paused = gc.isenabled()
    gc.disable()
    try:
        doc = make() if callable(make) else make
        ref = weakref.ref(doc)
        del doc
        return ref() is None
    finally:
        if paused:
            gc.enable()


def test_document_with_records_is_freed_without_the_collector() -> None:
    def make() -> Document:
        doc = Document.from_text("当前位置：首页\n正文。\n")
        doc.apply([Edit.delete(0, 8, rule="crumb", reason="breadcrumb", filter="demo")])
        doc.apply([Edit.replace(0, 1, "政", rule="r", reason="x", filter="demo")])
        assert doc.removed[0].source_span == (0, 22)  # records made and located
        return doc

    assert _freed_without_gc(make)


def test_pipeline_output_is_freed_without_the_collector() -> None:
    pipe = govtext.default_pipeline(govtext.CleanOptions())
    text = "当前位置：首页 > 新闻\r\n\r\n\r\n  關於做好工作的通知  \n\n　　各有關單位：現將有關事項通知如下。\n\n\n"
    assert _freed_without_gc(lambda: pipe(text.encode("gbk", "replace")))


def test_records_outlive_their_document() -> None:
    doc = Document.from_text("当前位置：首页\n正文。")
    doc.apply([Edit.delete(0, 8, rule="crumb", reason="breadcrumb", filter="demo")])
    removed = doc.removed
    del doc
    gc.collect()
    assert removed[0].source_span == (0, 22)
    assert removed[0].line == 1
