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
