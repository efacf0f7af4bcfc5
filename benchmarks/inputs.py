"""Benchmark inputs built from seed documents.

Seeds are the shared development corpus (``../shared/corpus/seeds``) when it
exists, else the package's ``examples/*.txt``. From them we build three
corpora (Simplified UTF-8, Traditional with pinyin annotations, GBK bytes)
and single documents of any size.

>>> seeds = [Seed("a.txt", "第一条　为了规范政务公开。\\n正文。\\n")]
>>> docs = simplified_corpus(seeds, 100)
>>> sum(len(d) for d in docs) >= 100
True
>>> annotate("發展", {"發": "(fā)"})
'發(fā)展'
>>> len(single_document(seeds, 1000)) <= 1000
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import cycle
from pathlib import Path

__all__ = [
    "FALLBACK_ANNOTATIONS",
    "Seed",
    "annotate",
    "default_seed_dir",
    "gbk_corpus",
    "harvest_annotations",
    "load_seeds",
    "simplified_corpus",
    "single_document",
    "traditional_corpus",
]

ROOT = Path(__file__).resolve().parent.parent
PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]")
_ANNOTATED = re.compile(r"(\w)([(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）])")

FALLBACK_ANNOTATIONS: dict[str, str] = {
    "紀": "(jì)", "發": "(fā)", "業": "(yè)", "網": "(wǎng)", "與": "(yǔ)", "這": "(zhè)",
    "們": "(men)", "進": "(jìn)", "國": "(guó)", "時": "(shí)", "會": "(huì)", "對": "(duì)",
    "經": "(jīng)", "濟": "(jì)", "區": "(qū)", "動": "(dòng)", "實": "(shí)", "現": "(xiàn)",
}
"""Pinyin annotations to inject when no annotated seed provides any."""


@dataclass(frozen=True)
class Seed:
    """One seed document: its file name and text."""

    name: str
    text: str

    @property
    def annotated(self) -> bool:
        """True when the text carries pinyin annotations such as ``(jì)``."""
        return len(PINYIN.findall(self.text)) >= 5


def default_seed_dir() -> Path:
    """The shared corpus seeds if present, else the package examples."""
    shared = ROOT.parent / "shared" / "corpus" / "seeds"
    if shared.is_dir() and any(shared.glob("*.txt")):
        return shared
    return ROOT / "examples"


def load_seeds(directory: Path) -> list[Seed]:
    """UTF-8 ``*.txt`` seeds of ``directory`` (undecodable files are skipped)."""
    seeds = []
    for path in sorted(directory.glob("*.txt")):
        try:
            seeds.append(Seed(path.name, path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    if not seeds:
        raise FileNotFoundError(f"no UTF-8 *.txt seed documents in {directory}")
    return seeds


@functools.lru_cache(maxsize=4)
def _converter(config: str) -> Callable[[str], str]:
    import opencc

    convert: Callable[[str], str] = opencc.OpenCC(config).convert
    return convert


def is_traditional(text: str) -> bool:
    """True when OpenCC t2s would change more than 2% of the Han characters."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if not han:
        return False
    converted = _converter("t2s")(text)
    if len(converted) != len(text):
        return True
    changed = sum(1 for a, b in zip(text, converted, strict=True) if a != b)
    return changed / han > 0.02


def simplified_seeds(seeds: Sequence[Seed]) -> list[Seed]:
    """Seeds in Simplified script (all seeds if none is)."""
    out = [s for s in seeds if not s.annotated and not is_traditional(s.text)]
    return out or list(seeds)


def harvest_annotations(seeds: Sequence[Seed]) -> dict[str, str]:
    """Character → annotation pairs found in annotated seeds (first seen wins)."""
    table: dict[str, str] = {}
    for s in seeds:
        if s.annotated:
            for ch, note in _ANNOTATED.findall(s.text):
                table.setdefault(ch, note)
    return table or dict(FALLBACK_ANNOTATIONS)


def annotate(text: str, table: dict[str, str]) -> str:
    """``text`` with the annotation of every character found in ``table``
    written after it, as scraped portals print pinyin."""
    return "".join(ch + table[ch] if ch in table else ch for ch in text)


def _fill(texts: Sequence[str], size: int, encode: Callable[[str], bytes]) -> list[bytes]:
    """Encoded ``texts`` cycled until their total reaches ``size`` bytes."""
    docs: list[bytes] = []
    total = 0
    for text in cycle(texts):
        data = encode(text)
        docs.append(data)
        total += len(data)
        if total >= size:
            break
    return docs


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


def _gbk(text: str) -> bytes:
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return text.encode("gb18030")


def simplified_corpus(seeds: Sequence[Seed], size: int) -> list[bytes]:
    """Simplified documents (UTF-8), at least ``size`` bytes in total."""
    return _fill([s.text for s in simplified_seeds(seeds)], size, _utf8)


def traditional_texts(seeds: Sequence[Seed]) -> list[str]:
    """Traditional texts with pinyin annotations: the annotated seeds as they
    are, plus the Simplified seeds converted with OpenCC s2t and annotated."""
    table = harvest_annotations(seeds)
    out = [s.text for s in seeds if s.annotated]
    to_trad = _converter("s2t")
    out += [annotate(to_trad(s.text), table) for s in simplified_seeds(seeds) if not s.annotated]
    return out


def traditional_corpus(seeds: Sequence[Seed], size: int) -> list[bytes]:
    """Traditional + annotation documents (UTF-8), at least ``size`` bytes."""
    return _fill(traditional_texts(seeds), size, _utf8)


def gbk_corpus(seeds: Sequence[Seed], size: int) -> list[bytes]:
    """Simplified documents encoded as GBK (GB18030 when GBK cannot encode one)."""
    return _fill([s.text for s in simplified_seeds(seeds)], size, _gbk)


_SENTENCE = re.compile(r"[^。！？\n]*[。！？]")


def sentence_pool(seeds: Sequence[Seed]) -> list[str]:
    """Sentences (8+ Han characters, ending in 。！？) of the Simplified seeds."""
    pool: list[str] = []
    for s in simplified_seeds(seeds):
        for m in _SENTENCE.finditer(s.text):
            sentence = m.group().strip(" \t\u3000")
            if sum(1 for ch in sentence if "\u4e00" <= ch <= "\u9fff") >= 8:
                pool.append(sentence)
    return pool


def _paragraphs(seeds: Sequence[Seed]) -> Iterator[str]:
    """The head of the first seed (its first five lines: page furniture, title,
    metadata), then an endless report: indented paragraphs of 2-6 sentences
    drawn from the seeds in a fixed pseudo-random order, so that a long
    document is not the same pages repeated (every paragraph a repeat)."""
    import random

    pool = sentence_pool(seeds)
    first = simplified_seeds(seeds)[0].text
    yield "\n".join(first.split("\n")[:5]) + "\n\n"
    if not pool:
        for s in cycle(simplified_seeds(seeds)):
            yield s.text if s.text.endswith("\n") else s.text + "\n"
    rng = random.Random(20240101)
    while True:
        yield "　　" + "".join(rng.choice(pool) for _ in range(rng.randint(2, 6))) + "\n\n"


def single_document(seeds: Sequence[Seed], size: int) -> bytes:
    """One UTF-8 document of at most ``size`` bytes (and close to it), cut at a
    line end (or a character end); see :func:`_paragraphs`. A smaller
    document is a prefix of a larger one."""
    parts: list[bytes] = []
    total = 0
    for text in _paragraphs(seeds):
        data = text.encode("utf-8")
        parts.append(data)
        total += len(data)
        if total >= size:
            break
    blob = b"".join(parts)[:size]
    cut = blob.rfind(b"\n")
    if cut >= size // 2:
        return blob[: cut + 1]
    return blob.decode("utf-8", "ignore").encode("utf-8")
