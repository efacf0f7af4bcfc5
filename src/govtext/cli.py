"""The ``govtext`` command line.

Exit codes: 0 every input was cleaned; 1 some inputs failed (each got a
one-line error on stderr, the others were still cleaned); 2 usage error
(bad option, unknown encoding, output that would overwrite an input).
"""

from __future__ import annotations

import argparse
import codecs
import glob
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from govtext._version import __version__
from govtext.document import Document
from govtext.explain import explain
from govtext.pipeline import Pipeline
from govtext.presets import PRESETS, CleanOptions, default_pipeline
from govtext.record import to_json_line

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

DOC_SEPARATOR = "\f\n"
"""Between documents in ``--format text`` output to one stream."""


class UsageError(Exception):
    """Bad command line: exit 2."""


@dataclass(frozen=True)
class InputFile:
    """A file to clean: its path, and its name relative to the argument it came from."""

    path: Path | None  # None: standard input
    relative: str

    @property
    def id(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


def _version_text() -> str:
    from govtext.script import describe_backend

    return f"govtext {__version__} (Python {sys.version.split()[0]}; {describe_backend()})"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govtext",
        description="Clean scraped Chinese government documents into traceable text.",
        epilog="Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=_version_text())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    clean = sub.add_parser(
        "clean",
        help="clean files, directories, globs or standard input",
        description="Clean documents. With no input (or '-') read standard input.",
        epilog="Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage error.",
    )
    clean.add_argument("inputs", nargs="*", help="files, directories (recursive), globs, or - for stdin")
    clean.add_argument("--format", choices=("text", "jsonl"), default="text", help="output format (default: text)")
    clean.add_argument("-o", "--output", help="output file, or directory (existing, or ending in /) for one file per input")
    clean.add_argument("--explain", action="store_true",
                       help="print what each filter removed or changed and why, instead of the text "
                            "(with -o the text still goes to the output)")
    clean.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour --explain (default: auto)")
    clean.add_argument("--preset", choices=sorted(PRESETS), default="default", help="option preset (default: default)")
    clean.add_argument("--encoding", help="force the input encoding instead of detecting it")
    clean.add_argument("--script", metavar="CONFIG", help="OpenCC config for script conversion (default: t2s)")
    clean.add_argument("--no-convert", action="store_true", help="keep the script as it is")
    clean.add_argument("--punctuation", choices=("cjk", "keep"), help="cjk: restore full-width punctuation between Chinese characters")
    clean.add_argument("--phrases", action="append", default=[], metavar="FILE",
                       help="phrase overrides ('source target' per line) that win over OpenCC, "
                            "or builtin:gov; repeatable")
    clean.add_argument("--rules", action="append", default=[], metavar="FILE", help="extra boilerplate rules (TOML); repeatable")
    clean.add_argument("--drop-repeated", action="store_true", help="remove paragraphs repeated within a document")
    clean.add_argument("--keep-boilerplate", action="store_true", help="do not classify or remove blocks")
    clean.add_argument("--no-rejoin", action="store_true", help="keep page markers and broken paragraphs")
    clean.add_argument("--stitch", action="store_true", help="treat the inputs as pages of one edition and stitch continued articles")
    clean.add_argument("--changes", action="store_true", help="jsonl: add every rewrite and insertion as 'changes'")
    clean.add_argument("--stats", action="store_true", help="print per-filter statistics (JSON) on stderr at the end")
    return parser


def _options(args: argparse.Namespace) -> CleanOptions:
    from dataclasses import replace

    opts = PRESETS[args.preset]
    if args.encoding:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise UsageError(f"unknown encoding: {args.encoding}") from None
        opts = replace(opts, encoding=args.encoding)
    if args.no_convert:
        opts = replace(opts, script=None)
    elif args.script:
        from govtext.script.backend import OpenCCUnavailableError, get_converter

        try:
            get_converter(args.script)
        except OpenCCUnavailableError as exc:
            raise UsageError(str(exc)) from None
        opts = replace(opts, script=args.script)
    if args.punctuation:
        opts = replace(opts, punctuation=None if args.punctuation == "keep" else args.punctuation)
    if args.phrases:
        from govtext.script.phrases import PhraseFileError, load_phrases

        try:
            load_phrases(args.phrases)
        except PhraseFileError as exc:
            raise UsageError(str(exc)) from None
        opts = replace(opts, phrases=tuple(args.phrases))
    if args.rules:
        for r in args.rules:
            if not Path(r).is_file():
                raise UsageError(f"rules file not found: {r}")
        opts = replace(opts, rules=tuple(args.rules))
    if args.drop_repeated:
        opts = replace(opts, drop_repeated=True)
    if args.keep_boilerplate:
        opts = replace(opts, boilerplate=False)
    if args.no_rejoin:
        opts = replace(opts, rejoin=False)
    return opts


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand(inputs: Sequence[str], errors: list[str]) -> list[InputFile]:
    """Files named by the arguments, in a deterministic order."""
    files: list[InputFile] = []
    for arg in inputs:
        if arg == "-":
            files.append(InputFile(None, "stdin"))
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
            if not found:
                errors.append(f"{arg}: directory has no files to clean")
            files.extend(InputFile(p, str(p.relative_to(path))) for p in found)
        elif path.exists():
            files.append(InputFile(path, path.name))
        elif glob.has_magic(arg):
            matches = sorted(Path(m) for m in glob.glob(arg, recursive=True))
            matched = [m for m in matches if m.is_file()]
            if not matched:
                errors.append(f"{arg}: no files match")
            files.extend(InputFile(m, m.name) for m in matched)
        else:
            errors.append(f"{arg}: no such file or directory")
    return files


def _read(item: InputFile) -> bytes:
    if item.path is None:
        return sys.stdin.buffer.read()
    return item.path.read_bytes()


def _failure(doc: Document) -> str | None:
    """Why a cleaned document counts as a failed input, if it does."""
    for w in doc.warnings:
        if w.kind == "binary-input":
            return w.message
    return None


class AtomicWriter:
    """Writes a file through a temporary file renamed into place on success."""

    def __init__(self, target: Path) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        self.tmp = Path(tmp)
        self.stream: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.stream.close()
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        self.stream.close()
        self.tmp.unlink(missing_ok=True)


def _render(doc: Document, fmt: str, changes: bool) -> str:
    if fmt == "jsonl":
        return to_json_line(doc, changes=changes) + "\n"
    return doc.text + "\n"


def _out_name(item: InputFile, fmt: str, used: set[str]) -> str:
    suffix = ".jsonl" if fmt == "jsonl" else ".txt"
    base = str(Path(item.relative).with_suffix("")) + suffix if item.path is not None else "stdin" + suffix
    name, k = base, 1
    while name in used:
        k += 1
        name = f"{base[: -len(suffix)]}-{k}{suffix}"
    used.add(name)
    return name


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _clean_all(
    files: list[InputFile], pipeline: Pipeline, errors: list[str]
) -> Iterator[tuple[InputFile, Document]]:
    for item in files:
        try:
            data = _read(item)
        except OSError as exc:
            errors.append(f"{item.id}: cannot read: {exc.strerror or exc}")
            continue
        if not data:
            errors.append(f"{item.id}: empty input")
            continue
        try:
            doc = pipeline(data, id=item.id)
        except Exception as exc:  # never a traceback for one bad input
            errors.append(f"{item.id}: internal error while cleaning ({type(exc).__name__}: {exc})")
            continue
        why = _failure(doc)
        if why:
            errors.append(f"{item.id}: {why}")
            continue
        yield item, doc


def _stitched(docs: Iterator[tuple[InputFile, Document]]) -> Iterator[tuple[InputFile, Document]]:
    from govtext.rejoin import stitch

    pairs = list(docs)
    for doc in stitch([d for _i, d in pairs]):
        yield InputFile(None, doc.id), doc


def run_clean(args: argparse.Namespace) -> int:
    errors: list[str] = []
    reported = 0

    def report() -> None:
        nonlocal reported
        for e in errors:
            print(f"govtext: error: {e}", file=sys.stderr)
        reported += len(errors)
        errors.clear()

    options = _options(args)
    inputs = args.inputs or ["-"]
    if inputs == ["-"] and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError("no input: give files, directories or globs, or pipe text to standard input")
    files = _expand(inputs, errors)
    report()
    out_dir: Path | None = None
    out_file: Path | None = None
    if args.output:
        target = Path(args.output)
        if target.is_dir() or args.output.endswith(("/", os.sep)):
            out_dir = target
        else:
            out_file = target
            if any(f.path is not None and _same_file(f.path, target) for f in files):
                raise UsageError(f"output {target} is one of the inputs; refusing to overwrite it")
    try:
        pipeline = default_pipeline(options)
    except ValueError as exc:  # a bad option value, e.g. an invalid --rules file
        raise UsageError(str(exc)) from None
    stream = _clean_all(files, pipeline, errors)
    if args.stitch:
        stream = _stitched(stream)
    use_color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    )
    ok = 0
    writer: AtomicWriter | None = AtomicWriter(out_file) if out_file else None
    used: set[str] = set()
    first = True
    try:
        for item, doc in stream:
            report()
            body = _render(doc, args.format, args.changes)
            if args.explain:
                sys.stdout.write(explain(doc, color=use_color) + "\n")
            if out_dir is not None:
                dest = out_dir / _out_name(item, args.format, used)
                if item.path is not None and _same_file(item.path, dest):
                    errors.append(f"{item.id}: output {dest} would overwrite the input; skipped")
                    continue
                w = AtomicWriter(dest)
                try:
                    w.stream.write(body)
                    w.commit()
                except BaseException:
                    w.abort()
                    raise
            elif writer is not None:
                if args.format == "text" and not first:
                    writer.stream.write(DOC_SEPARATOR)
                writer.stream.write(body)
            elif not args.explain:
                if args.format == "text" and not first:
                    sys.stdout.write(DOC_SEPARATOR)
                sys.stdout.write(body)
            first = False
            ok += 1
        if writer is not None:
            if ok:
                writer.commit()
            else:  # nothing was cleaned: no output file (and an existing one is left as it was)
                writer.abort()
            writer = None
    finally:
        if writer is not None:
            writer.abort()
    report()
    if args.stats:
        print(json.dumps(pipeline.stats.as_dict(), ensure_ascii=False, indent=1), file=sys.stderr)
    if reported or ok == 0:
        return EXIT_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``govtext``; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run_clean(args)
    except UsageError as exc:
        print(f"govtext: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("govtext: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except OSError as exc:
        print(f"govtext: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
