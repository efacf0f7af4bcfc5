"""The govtext command line: inputs, outputs, exit codes, errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from govtext.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("　　第一篇正文。\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_bytes("　　第二篇正文。\n".encode("gb18030"))
    (tmp_path / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    return tmp_path


def test_version_names_opencc_backend(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == EXIT_OK
    assert out.startswith("govtext ") and "opencc:" in out


def test_clean_file_to_stdout(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["clean", str(docs / "a.txt")], capsys)
    assert (code, out, err) == (EXIT_OK, "　　第一篇正文。\n", "")


def test_directory_is_recursive_and_skips_hidden(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["clean", "--format", "jsonl", str(docs)], capsys)
    assert code == EXIT_OK
    records = [json.loads(line) for line in out.splitlines()]
    assert [Path(r["id"]).name for r in records] == ["a.txt", "b.txt"]
    assert records[1]["metadata"]["encoding"] == "gb18030"


def test_glob(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["clean", "--format", "jsonl", str(docs / "**" / "*.txt")], capsys)
    assert code == EXIT_OK
    assert len(out.splitlines()) == 2


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO("　　标准输入。  \n".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    code, out, _ = run(["clean", "-"], capsys)
    assert (code, out) == (EXIT_OK, "　　标准输入。\n")


def test_bad_inputs_are_reported_and_the_rest_still_cleaned(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (docs / "empty.txt").write_bytes(b"")
    (docs / "nothing").mkdir()
    argv = ["clean", str(docs / "missing.txt"), str(docs / "empty.txt"), str(docs / "nothing"),
            str(docs / "none-*.txt"), str(docs / "a.txt")]
    code, out, err = run(argv, capsys)
    assert code == EXIT_FAILED
    assert out == "　　第一篇正文。\n"
    lines = err.strip().splitlines()
    assert len(lines) == 4
    assert all(line.startswith("govtext: error: ") for line in lines)
    assert "Traceback" not in err


def test_binary_junk_is_a_failed_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "image.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    code, _out, err = run(["clean", str(junk)], capsys)
    assert code == EXIT_FAILED
    assert err.count("\n") == 1 and "image.png" in err


def test_valid_utf8_with_replacement_characters_is_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: U+FFFD stored in valid UTF-8 (a page an earlier lossy
    decoding garbled) counted as undecodable bytes, and a file with one
    garbled paragraph was refused as binary, its clean text lost."""
    garbled = "　　各地要对辖区内水库开展排查，落实领导带班和值班制度，确保安全度汛。".encode().decode("gbk", "replace")
    page = tmp_path / "page.txt"
    page.write_text("关于做好防汛工作的通知\n" + garbled + "\n　　各地要落实防汛责任。\n", encoding="utf-8")
    code, out, err = run(["clean", str(page)], capsys)
    assert code == 0 and err == ""
    assert "各地要落实防汛责任。" in out


def test_usage_errors_exit_2(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["clean", "--format", "xml", str(docs / "a.txt")], capsys)[0] == EXIT_USAGE
    code, _out, err = run(["clean", "--encoding", "no-such-codec", str(docs / "a.txt")], capsys)
    assert code == EXIT_USAGE and "unknown encoding" in err
    assert run([], capsys)[0] == EXIT_USAGE


def test_output_never_overwrites_an_input(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (docs / "a.txt").read_bytes()
    code, _out, err = run(["clean", str(docs / "a.txt"), "-o", str(docs / "a.txt")], capsys)
    assert code == EXIT_USAGE and "overwrite" in err
    assert (docs / "a.txt").read_bytes() == before


def test_output_directory_gets_one_file_per_input(docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = run(["clean", str(docs), "--format", "jsonl", "-o", str(out_dir) + os.sep], capsys)
    assert code == EXIT_OK and out == ""
    names = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*") if p.is_file())
    assert names == ["a.jsonl", os.path.join("sub", "b.jsonl")]


def test_output_file_is_written_atomically(docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "result.txt"
    target.write_text("old content", encoding="utf-8")
    import govtext.cli as cli

    def boom(*_args: Any, **_kw: Any) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_render", boom)
    code = main(["clean", str(docs / "a.txt"), "-o", str(target)])
    assert code == 130
    assert target.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_no_output_file_when_no_input_was_cleaned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression: an empty output file was left behind when every input failed."""
    (tmp_path / "empty.txt").write_bytes(b"")
    fresh, kept = tmp_path / "fresh.txt", tmp_path / "kept.txt"
    kept.write_text("old content", encoding="utf-8")
    for target in (fresh, kept):
        code, _out, err = run(["clean", str(tmp_path / "empty.txt"), "-o", str(target)], capsys)
        assert code == EXIT_FAILED and "empty input" in err
    assert not fresh.exists()
    assert kept.read_text(encoding="utf-8") == "old content"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_explain_is_plain_when_piped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.txt"
    f.write_text("正文。   \n\n\n\n第二段。", encoding="utf-8")
    code, out, _ = run(["clean", "--explain", str(f)], capsys)
    assert code == EXIT_OK
    assert "\033[" not in out
    assert "line 1" in out and "whitespace/trailing" in out and "removed" in out
    code, out, _ = run(["clean", "--explain", "--color", "always", str(f)], capsys)
    assert "\033[" in out


def test_python_dash_m_works(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("正文。", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "govtext", "clean", str(f)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout == "正文。\n"


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/ not present")
def test_shipped_examples_clean_without_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["clean", "--format", "jsonl", str(EXAMPLES)], capsys)
    assert code == EXIT_OK, err
    assert len(out.splitlines()) == len([p for p in EXAMPLES.iterdir() if p.is_file() and not p.name.startswith(".")])
