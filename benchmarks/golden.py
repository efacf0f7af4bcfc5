"""Golden output: every input of the worktree cleaned, to prove a speed change byte-identical.

Usage, from the project root::

    python benchmarks/golden.py /tmp/before.jsonl       # before the change
    python benchmarks/golden.py /tmp/after.jsonl        # after it
    cmp /tmp/before.jsonl /tmp/after.jsonl              # must be silent

Inputs: every file under ``tests/cases``, the seed documents, the distinct
documents of the benchmark's three corpora, a long single document and a few
pages in foreign legacy codecs (Shift-JIS, EUC-KR, cp1252, noise); and,
for every UTF-8 text among them, the bytes a scraper meets on other sites:
GB18030, Big5 (where it encodes), BOM-less UTF-16-LE, cut mid-character, a
few bytes damaged, a GBK line inside UTF-8 — so that the decoder's detection
is exercised on every path. Each input gives one line: its JSONL record from
the default pipeline, and for the non-UTF-8 bytes also what
:func:`govtext.decoding.detect.detect` answers (encoding, confidence, method,
exact cost), which the record alone does not show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of the inputs as they are stored or built."""
    from benchmarks import inputs

    for path in sorted((ROOT / "tests" / "cases").rglob("*")):
        if path.is_file():
            yield str(path.relative_to(ROOT)), path.read_bytes()
    seed_dir = inputs.default_seed_dir()
    for path in sorted(seed_dir.glob("*.txt")):
        yield f"seed/{path.name}", path.read_bytes()
    seeds = inputs.load_seeds(seed_dir)
    seen: set[bytes] = set()
    for kind, corpus in (("simp", inputs.simplified_corpus), ("trad", inputs.traditional_corpus),
                         ("gbk", inputs.gbk_corpus)):
        for i, data in enumerate(corpus(seeds, 1 << 20)):
            if data not in seen:
                seen.add(data)
                yield f"bench/{kind}/{i}", data
    yield "bench/single/200k", inputs.single_document(seeds, 200_000)
    yield from _foreign()


def _foreign() -> Iterator[tuple[str, bytes]]:
    """Bytes no Chinese codec reads well, for detection's charset-normalizer path."""
    yield "foreign/shift-jis", "お知らせ：本日の会議は午後三時から第二会議室で開催します。".encode("shift-jis") * 4
    yield "foreign/euc-kr", "공지사항: 오늘 회의는 오후 세 시에 제2회의실에서 열립니다.".encode("euc-kr") * 4
    yield "foreign/cp1252", "Réunion prévue à l’hôtel de ville, entrée libre — café offert.".encode("cp1252") * 4
    yield "foreign/noise", bytes((i * 131 + 7) % 256 for i in range(3000))


def _damaged(data: bytes) -> bytes:
    """``data`` with every 97th byte above 0x7f replaced by 0xff (no valid lead or trail)."""
    out = bytearray(data)
    high = [i for i, b in enumerate(out) if b > 0x7F]
    for i in high[::97]:
        out[i] = 0xFF
    return bytes(out)


def _variants(name: str, data: bytes) -> Iterator[tuple[str, bytes]]:
    """Re-encodings of a UTF-8 text input (nothing for other bytes)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    if text.isascii():
        return
    gb = text.encode("gb18030")
    yield f"{name}#gb18030", gb
    yield f"{name}#gb18030-cut", gb[: len(gb) * 2 // 3 + 1]
    yield f"{name}#gb18030-damaged", _damaged(gb)
    try:
        yield f"{name}#big5", text.encode("big5")
    except UnicodeEncodeError:
        yield f"{name}#big5hkscs-replace", text.encode("big5hkscs", "replace")
    yield f"{name}#utf-16-le", text.encode("utf-16-le")[:4000]
    lines = text.split("\n")
    if len(lines) > 3:
        mid = len(lines) // 2
        mixed = "\n".join(lines[:mid]).encode("utf-8") + b"\n" + lines[mid].encode("gb18030") + b"\n"
        yield f"{name}#utf8-with-gbk-line", mixed + "\n".join(lines[mid + 1 :]).encode("utf-8")


def inputs_all() -> Iterator[tuple[str, bytes]]:
    """Every golden input: the stored and built ones and their re-encodings."""
    for name, data in _texts():
        yield name, data
        yield from _variants(name, data)


def _detection(data: bytes) -> dict[str, object] | None:
    from govtext.decoding.detect import detect

    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        d = detect(data)
        return {"encoding": d.encoding, "confidence": d.confidence, "method": d.method, "cost": repr(d.cost)}
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="JSONL file to write")
    args = parser.parse_args(argv)
    import govtext

    pipe = govtext.default_pipeline(govtext.CleanOptions())
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, data in inputs_all():
            record = govtext.to_json_line(pipe(data, id=name))
            detection = _detection(data)
            out.write(record.rstrip("\n") + "\n")
            if detection is not None:
                out.write(json.dumps({"id": name, "detect": detection}, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} inputs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
