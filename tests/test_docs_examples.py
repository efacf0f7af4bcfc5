"""Every code example in docs/ runs.

- ```` ```python ```` blocks of a page are executed in order as one
  ``__main__`` script per page (later blocks may use names from earlier
  ones; each code line keeps its line number in the page), in a temporary
  working directory holding a link to ``examples/``.
- ```` ```{.python .no-run} ```` blocks are *not* executed: they need
  libraries govtext does not depend on (pandas, HuggingFace datasets, Spark).
  They are still compiled, so they cannot hold syntax errors, and there may be
  at most ``MAX_NO_RUN`` of them.
- ```` ```console ```` blocks whose commands all call ``govtext`` are run in
  the same directory (a plain ``govtext ...`` through the console script's
  entry point ``govtext.cli.main``, a command with a pipe through bash and
  the installed CLI); the text after a ``$`` line is the
  expected output (stdout then stderr), where a line ``...`` matches any
  number of lines and a line ending in `` ...`` any line starting with the
  text before it. The exit status must be 0 unless the expected output holds
  a ``govtext: error:`` line. Other console blocks (installation, builds) are
  not run.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import runpy
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
MAX_NO_RUN = 6

_FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.M | re.S)


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    info: str
    code: str


def doc_pages() -> list[Path]:
    return [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]


def blocks(page: Path) -> list[Block]:
    """Fenced code blocks of a page, in order, with their info string."""
    text = page.read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        indent = len(m.group("indent"))
        body = "\n".join(line[indent:] for line in m.group("body").splitlines())
        out.append(Block(str(page.relative_to(ROOT)), text.count("\n", 0, m.start()) + 1,
                         m.group("info").strip(), body + "\n"))
    return out


def _is_python(info: str) -> bool:
    return info == "python"


def _is_no_run(info: str) -> bool:
    return info.replace(" ", "") == "{.python.no-run}"


def _commands(block: Block) -> list[tuple[str, list[str]]]:
    """``(command, expected output lines)`` of a console block."""
    cmds: list[tuple[str, list[str]]] = []
    for line in block.code.splitlines():
        if line.startswith("$ "):
            cmds.append((line[2:], []))
        elif cmds:
            cmds[-1][1].append(line)
    return cmds


def _runs_govtext(command: str) -> bool:
    return command.startswith("govtext ") or "| govtext " in command


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Line-by-line match where an expected ``...`` line matches any run of lines."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == "...":
        return any(_matches(rest, actual[i:]) for i in range(len(actual) + 1))
    if not actual:
        return False
    got = actual[0].rstrip()
    ok = got.startswith(head[:-3]) if head.endswith(" ...") else got == head.rstrip()
    return ok and _matches(rest, actual[1:])


PAGES = doc_pages()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if EXAMPLES.is_dir():
        (tmp_path / "examples").symlink_to(EXAMPLES, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_docs_have_examples() -> None:
    assert PAGES, "docs/ has no pages"
    assert sum(1 for p in PAGES for b in blocks(p) if _is_python(b.info)) >= 10


def page_script(page: Path) -> str:
    """The runnable ``python`` blocks of a page as one script, each code line
    at its line number in the page (other lines blank), so that tracebacks
    point into the Markdown file."""
    n_lines = page.read_text(encoding="utf-8").count("\n") + 1
    lines = [""] * n_lines
    for block in blocks(page):
        if _is_python(block.info):
            for i, line in enumerate(block.code.splitlines()):
                lines[block.line + i] = line
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_examples_run(page: Path, workdir: Path) -> None:
    """A page's examples run in order, as one ``__main__`` script (so
    ``if __name__ == "__main__":`` and process pools work as for a user)."""
    for block in blocks(page):
        if _is_no_run(block.info):
            compile(block.code, f"{block.page}:{block.line}", "exec")
    if not any(_is_python(b.info) for b in blocks(page)):
        return
    script = workdir / (page.stem + "_examples.py")
    script.write_text(page_script(page), encoding="utf-8")
    runpy.run_path(str(script), run_name="__main__")  # tracebacks give the page's line numbers


def test_few_no_run_blocks() -> None:
    no_run = [f"{b.page}:{b.line}" for p in PAGES for b in blocks(p) if _is_no_run(b.info)]
    assert len(no_run) <= MAX_NO_RUN, no_run


def test_every_fence_is_known() -> None:
    """A typo in an info string (```pyhton) would silently skip an example."""
    known = {"python", "console", "text", "toml", "json", "bash"}
    bad = [f"{b.page}:{b.line} {b.info!r}" for p in PAGES for b in blocks(p)
           if not (b.info in known or _is_no_run(b.info))]
    assert not bad


CONSOLE = [b for p in PAGES for b in blocks(p)
           if b.info == "console" and _commands(b) and all(_runs_govtext(c) for c, _o in _commands(b))]


def _run_command(command: str, cwd: Path) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of a documented command. A plain
    ``govtext ...`` call runs ``govtext.cli.main`` (the console script's
    entry point) in this process; anything with shell syntax runs in bash
    with this interpreter's ``govtext`` first on the PATH."""
    argv = shlex.split(command)
    if argv and argv[0] == "govtext" and not _SHELL_SYNTAX.search(command):
        from govtext.cli import main

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv[1:])
        return code, out.getvalue(), err.getvalue()
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=120, check=False)
    return proc.returncode, proc.stdout, proc.stderr


_SHELL_SYNTAX = re.compile(r"[|&;<>`$()]")


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="examples/ is not available")
@pytest.mark.parametrize("block", CONSOLE, ids=lambda b: f"{b.page}:{b.line}")
def test_console_examples_run(block: Block, workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    for command, expected in _commands(block):
        code, stdout, stderr = _run_command(command, workdir)
        actual = (stdout + stderr).splitlines()
        wants_error = any(line.startswith("govtext: error:") for line in expected)
        where = f"{block.page}:{block.line}: $ {command}"
        assert (code != 0) == wants_error, f"{where}: exit {code}\n{stderr}"
        while expected and not expected[-1].strip():
            expected = expected[:-1]
        assert _matches(expected, actual), f"{where}\nexpected:\n" + "\n".join(expected) + "\nactual:\n" + "\n".join(actual)


def test_matcher() -> None:
    assert _matches(["a", "...", "d"], ["a", "b", "c", "d"])
    assert _matches(["..."], [])
    assert not _matches(["a"], ["b"])
    assert not _matches(["a"], ["a", "b"])
    assert _matches(["x: ...", "..."], ["x: 1 removed", "y"])
    assert not _matches(["x: ..."], ["y: 1"])


# -- the reference pages cover what the code offers ---------------------------------


def _documented_filters() -> list[tuple[str, object]]:
    """(name, filter) of every filter any preset's pipeline runs, once per name and class."""
    import govtext
    from govtext.pipeline import filter_name

    seen: dict[tuple[str, type], object] = {}
    for options in govtext.PRESETS.values():
        for f in govtext.default_pipeline(options).filters:
            seen.setdefault((filter_name(f), type(f)), f)
    return [(name, f) for (name, _t), f in seen.items()]


@pytest.mark.parametrize("name_and_filter", _documented_filters(), ids=lambda nf: nf[0])
def test_every_filter_and_option_is_documented(name_and_filter: tuple[str, object]) -> None:
    """Each filter of the presets has a page naming it and every field of its config."""
    import dataclasses

    name, f = name_and_filter
    pages = {p.name: p.read_text(encoding="utf-8") for p in sorted((DOCS / "filters").glob("*.md")) if p.name != "index.md"}
    def names_it(text: str) -> bool:
        return (f"**Filter name:** `{name}`" in text or f"| `{name}` |" in text
                or any(line.startswith("#") and f"`{name}`" in line for line in text.splitlines()))

    page = next((text for text in pages.values() if names_it(text)), None)
    assert page is not None, f"no page in docs/filters/ documents the filter {name!r}"
    config = getattr(f, "config", None)
    if dataclasses.is_dataclass(config):
        missing = [fl.name for fl in dataclasses.fields(config) if f"`{fl.name}`" not in page]
        assert not missing, f"options of {name!r} missing from its page: {missing}"


def test_clean_options_are_documented() -> None:
    import dataclasses

    import govtext

    text = (DOCS / "quickstart.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(govtext.CleanOptions) if f"| `{f.name}` |" not in text]
    assert not missing, f"CleanOptions fields missing from the table in docs/quickstart.md: {missing}"


def test_cli_reference_lists_every_option() -> None:
    from govtext.cli import _parser

    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    clean = sub.choices["clean"]  # type: ignore[index]
    flags = [s for a in clean._actions for s in a.option_strings if s.startswith("--") and s != "--help"]
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = [flag for flag in flags if not re.search(re.escape(flag) + r"(?![\w-])", text)]
    assert not missing, f"options of 'govtext clean' missing from docs/cli.md: {missing}"
