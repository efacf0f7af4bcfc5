"""Regression tests for fixes to the foundation (document, pipeline, CLI, ...)."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_cli_reports_an_invalid_rules_file_as_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --rules file that parses but is invalid exited with a traceback (cli.run_clean)."""
    from govtext.cli import main

    rules = tmp_path / "bad.toml"
    rules.write_text("version = 99\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("正文。\n", encoding="utf-8")
    assert main(["clean", "--rules", str(rules), str(page)]) == 2
    err = capsys.readouterr().err
    assert "unsupported rule format version 99" in err and "Traceback" not in err


def test_document_copy_is_independent_and_keeps_provenance() -> None:
    """Document.copy (added for govtext.stitch, which must not change its inputs)."""
    from govtext import Document, Edit

    doc = Document.from_text("（上接第1版）正文。")
    doc.apply([Edit.delete(0, 7, rule="continued-from", reason="marker", filter="markers")])
    doc.set_page(0, 2)
    doc.annotations["markers"] = [{"page": 1}]
    twin = doc.copy()
    twin.apply([Edit.delete(0, 1, rule="x", reason="y", filter="z")])
    twin.warn("w", 0, 1, "m")
    twin.metadata["title"] = "标题"
    twin.annotations["markers"][0]["page"] = 9
    twin.set_page(3, 4)
    assert (doc.text, len(doc.removed), doc.warnings, doc.metadata["title"]) == ("正文。", 1, [], None)
    assert doc.annotations == {"markers": [{"page": 1}]} and doc.pages == [(0, 2)]
    assert twin.text == "文。" and twin.source_spans(0, 1) == doc.source_spans(1, 2)
    assert [f.page for f in doc.copy().fragments()] == [2]
