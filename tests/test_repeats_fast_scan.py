"""The line scan of :class:`RepeatedParagraphs` (long lines found by one regex
scan, keys trimmed and classified column by column, full-width letters found
in the UTF-16 encoding, heads of keys searched before the keys) against the
plain line-by-line definitions it replaces, on random text and the seeds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govtext.blocks import repeats
from govtext.blocks.repeats import RepeatedParagraphs, RepeatsConfig
from tests.corpus import CORPUS, corpus_available


def _reference_lines(finder: RepeatedParagraphs, text: str) -> list[tuple[int, int, str, bool]]:
    """Every line long enough, keyed one by one (the definition)."""
    min_chars = finder.config.min_chars
    out = []
    pos = 0
    for raw in text.split("\n"):
        if len(raw) >= min_chars:
            key, truncated = _reference_key(raw)
            if len(key) >= min_chars:
                paragraph = truncated or len(key) >= 3 * min_chars or repeats._SENTENCE_END.search(key) is not None
                out.append((pos, pos + len(raw), key, paragraph))
        pos += len(raw) + 1
    return out


def _reference_key(text: str) -> tuple[str, bool]:
    key = "".join(text.split())
    for half, full in repeats._PUNCT_FOLD:
        key = key.replace(half, full)
    key = repeats._WIDE_ALNUM.sub(repeats._narrow, key)
    return repeats._trim(key)


_CHARS = "政策公开。，,:：;!?（）２０24Ａａa％．.\u3000 \t\xa0\u2028\x1f…—核心提示摘要导读【】[]仿\uff0c\u4eff\u3001\U00020000"


@settings(max_examples=400)
@given(st.lists(st.text(st.sampled_from(_CHARS), max_size=70), max_size=10), st.sampled_from([1, 3, 8, 20]))
def test_keyed_lines_are_the_line_by_line_ones(lines: list[str], min_chars: int) -> None:
    text = "\n".join(lines)
    finder = RepeatedParagraphs(RepeatsConfig(min_chars=min_chars))
    got = [(line.start, line.end, line.key, line.paragraph) for line in finder._lines(text)]
    assert got == _reference_lines(finder, text)
    spans, keys, paragraphs = finder._keyed(text)
    assert list(zip([s for s, _e in spans], [e for _s, e in spans], keys, paragraphs, strict=True)) == got


@given(st.text(st.sampled_from(_CHARS + "\n"), max_size=60))
def test_key_is_the_plain_key(text: str) -> None:
    text = text.replace("\n", "")
    assert repeats._key(text) == _reference_key(text)


@settings(max_examples=500)
@given(st.text(st.sampled_from("\uff04\uff05\uff0c\uff0e\uff10\uff19\uff1a\uff21\uff3b\uff41\uff5a\uff5b"
                               "\u4eff\u4f10\u05ff\u3001\u10ff\u41ff\u5aff\U00010000\ud800a1"), max_size=12))
def test_wide_alnum_test_is_the_class_search(text: str) -> None:
    assert repeats._has_wide_alnum(text) == (repeats._WIDE_ALNUM.search(text) is not None)


@given(st.lists(st.text(st.sampled_from("ab。"), min_size=95, max_size=130), min_size=1, max_size=6, unique=True),
       st.data())
def test_may_contain_with_long_keys_is_exact(keys: list[str], data: st.DataObject) -> None:
    # some keys inside others, sharing or not their first 99 characters
    if data.draw(st.booleans()):
        keys.append("x" + keys[0] + "y")
    if data.draw(st.booleans()):
        keys.append(keys[0][:99] + "z")
    keys = list(dict.fromkeys(keys))
    contained = any(a != b and a in b for a in keys for b in keys)
    assert repeats._may_contain(keys) == contained


def test_keyed_lines_on_seeds() -> None:
    if not corpus_available():
        return
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for min_chars in (8, 20):
            finder = RepeatedParagraphs(RepeatsConfig(min_chars=min_chars))
            got = [(line.start, line.end, line.key, line.paragraph) for line in finder._lines(text)]
            assert got == _reference_lines(finder, text)
