"""Instructions per document, counted by valgrind (wall clock here is ±30%).

Usage, from the project root::

    python benchmarks/instructions.py                 # simp, trad, gbk: 200 documents each
    python benchmarks/instructions.py --kind gbk --stage decode -n 100
    python benchmarks/instructions.py --keep /tmp/cg  # keep the callgrind files (callgrind_annotate)

Each count is two runs under ``valgrind --tool=callgrind``: one that builds
the inputs and cleans the warm-up documents, and one that then also cleans
``n`` documents of the benchmark corpus; the difference over ``n`` is the
cost of one document, free of start-up and lazy loading. ``--stage decode``
times only :func:`govtext.decode_bytes`; ``blocks`` runs the pipeline up to
and including the blocks filter (the difference with the stage before it is
that filter's share).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("simp", "trad", "gbk")
_COLLECTED = re.compile(rb"Collected : (\d+)")


def _documents(kind: str, n: int) -> list[bytes]:
    from benchmarks import inputs

    seeds = inputs.load_seeds(inputs.default_seed_dir())
    build = {"simp": inputs.simplified_corpus, "trad": inputs.traditional_corpus, "gbk": inputs.gbk_corpus}[kind]
    docs = build(seeds, 1 << 20)
    return [docs[i % len(docs)] for i in range(n)]


def _child(kind: str, stage: str, n: int) -> None:
    """Clean the warm-up documents, then ``n`` documents (the measured part)."""
    import govtext

    docs = _documents(kind, n + 3)
    warm, measured = docs[:3], docs[3:] if n else []
    if stage == "decode":
        for data in warm + measured:
            govtext.decode_bytes(data)
        return
    pipe = govtext.default_pipeline(govtext.CleanOptions())
    if stage != "all":
        names = [govtext.pipeline.filter_name(f) for f in pipe.filters]
        pipe.filters = pipe.filters[: names.index(stage) + 1]
    for i, data in enumerate(warm + measured):
        pipe(data, id=str(i))


def _count(kind: str, stage: str, n: int, keep: Path | None) -> int:
    out = (keep or Path(tempfile.gettempdir())) / f"callgrind.{kind}.{stage}.{n}"
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
           "--child", kind, stage, str(n)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # string hashes (set order, dict probes) the same every run
    proc = subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT, env=env)
    m = _COLLECTED.search(proc.stderr)
    if m is None:
        raise RuntimeError(proc.stderr.decode(errors="replace")[-2000:])
    if keep is None:
        out.unlink(missing_ok=True)
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kind", action="append", choices=KINDS, help="corpus (repeatable; default all)")
    parser.add_argument("--stage", default="all", help="all, decode, or a filter name to stop after")
    parser.add_argument("-n", type=int, default=200, help="documents measured per kind (start-up varies by"
                        " some millions of instructions between runs: many documents make that small per document)")
    parser.add_argument("--keep", type=Path, help="directory to keep the callgrind output files in")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], args.child[1], int(args.child[2]))
        return 0
    for kind in args.kind or KINDS:
        base = _count(kind, args.stage, 0, args.keep)
        full = _count(kind, args.stage, args.n, args.keep)
        print(f"{kind:5} {args.stage:10} {(full - base) / args.n:14,.0f} instructions/document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
