"""Rule families as data: loading, user rules, errors, time limits, linear time."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
import regex

from govtext import Document
from govtext.blocks import shape
from govtext.blocks.filter import BlockFilter, BlocksConfig
from govtext.blocks.rules import LABELS, Rule, RuleFileError, builtin_rules, load_rules, parse_rules
from govtext.blocks.spam import load_lexicon, score_spam
from govtext.cli import main

BODY = "　　市政府召开常务会议，研究部署安全生产工作，要求各地各部门压紧压实责任，坚决防范遏制重特大事故发生。"


def test_builtin_families_are_versioned_and_complete() -> None:
    rs = builtin_rules()
    assert rs.versions == {"builtin": 1}
    families = {r.family for r in rs.rules}
    assert {"breadcrumb", "footer", "tools", "counters", "related", "paywall", "slogan", "label-table"} <= families
    ids = [r.qualified_id for r in rs.rules]
    assert len(ids) == len(set(ids))
    assert all(r.reason and r.label in LABELS and r.timeout is None for r in rs.rules)


def _write(tmp_path: Path, text: str, name: str = "site.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


SITE_RULES = """
version = 1

[[family]]
name = "mysite"
label = "footer"

[[family.rule]]
id = "hotline"
words = ["政务服务热线"]
anchor = "start"
where = "tail"
reason = "footer: the site's hotline banner"

[[family]]
name = "footer"

[[family.rule]]
id = "cms-signature"
enabled = false
pattern = "x"
reason = "switched off"
"""


def test_user_rules_extend_and_disable_builtin(tmp_path: Path) -> None:
    rs = load_rules([_write(tmp_path, SITE_RULES)])
    assert rs.get("mysite/hotline").timeout is not None
    with pytest.raises(KeyError):
        rs.get("footer/cms-signature")
    doc = Document.from_text(BODY + "\nProduced By 大汉网络\n政务服务热线　0571-87012345")
    BlockFilter(BlocksConfig(rules=(str(tmp_path / "site.toml"),)))(doc)
    assert [r.rule for r in doc.removed] == ["mysite/hotline"]
    assert "Produced By" in doc.text


def test_cli_rules_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = _write(tmp_path, SITE_RULES)
    page = _write(tmp_path, BODY + "\n政务服务热线　0571-87012345\n", "page.txt")
    assert main(["clean", "--rules", str(rules), str(page)]) == 0
    out = capsys.readouterr().out
    assert "市政府召开常务会议" in out and "12345" not in out


BAD_FILES = [
    ("version = 2", "unsupported rule format version 2"),
    ("[[family]]\nname = 'x'", "integer 'version'"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\npattern = '('\nreason = 'r'",
     "rule x/a: bad pattern"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'nonsense'\n[[family.rule]]\nid = 'a'\nwords = ['b']\nreason = 'r'",
     "label must be one of"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\nwords = ['b']", "needs a human-readable 'reason'"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\nwords = ['b']\nreason = 'r'\nwhere = 'top'",
     "'where' must be one of"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\nwords = ['b']\nreason = 'r'\ncolour = 1",
     "unknown key(s) colour"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\nreason = 'r'", "exactly one of 'pattern' or 'words'"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\nwords = ['b']\nreason = 'r'\nmin_hits = 0",
     "min_hits >= 1"),
    ("version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'a'\nwords = ['b']\nreason = 'r'\nrequires = ['']",
     "'requires' must be a list of non-empty strings"),
    ("version = 1\nfamily = [", "not valid TOML"),
]


@pytest.mark.parametrize(("text", "message"), BAD_FILES, ids=[m for _t, m in BAD_FILES])
def test_bad_rule_files_are_explained(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RuleFileError) as err:
        load_rules([path])
    assert message in str(err.value) and str(path) in str(err.value)


def test_a_rules_requires_gate_is_its_prefilter_and_its_condition(tmp_path: Path) -> None:
    """``requires``: the pattern is tried only on blocks holding one of the
    strings (the index files the rule under their first two characters)."""
    path = _write(tmp_path, "version = 1\n[[family]]\nname = 'x'\nlabel = 'footer'\n[[family.rule]]\nid = 'quote'\n"
                            "pattern = '[0-9]+\\.[0-9]+'\nrequires = ['自选', '%']\nmin_hits = 2\nreason = 'r'")
    rule = load_rules([path]).get("x/quote")
    assert rule.requires == ("自选", "%") and rule.required == frozenset({"自选", "%"})
    assert rule.match("某某股份 12.38 -0.15") is None  # no gate word: not tried
    assert rule.match("某某股份 12.38 -0.15 加自选") is not None
    assert rule.match("某某股份 12.38 +1.20%") is not None
    assert rule.may_match("12.38 +1.20%") and not rule.may_match("12.38 +1.20")


def test_missing_rule_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, BODY, "page.txt")
    assert main(["clean", "--rules", str(tmp_path / "nope.toml"), str(page)]) == 2
    assert "rules file not found" in capsys.readouterr().err


def test_spaced_words_match_letter_spaced_labels() -> None:
    rs = parse_rules({"version": 1, "family": [{"name": "t", "label": "metadata", "rule": [
        {"id": "a", "words": ["索引号"], "spaced": True, "anchor": "start", "reason": "r"}]}]})
    rule = rs.get("t/a")
    assert rule.match("索 引 号：1133") and rule.match("索　引　号：1133") and rule.match("索引号：1")
    assert rule.match("其索引号为") is None


def test_catastrophic_user_rule_times_out_with_a_warning(tmp_path: Path) -> None:
    bad = _write(tmp_path, "version = 1\n[[family]]\nname = 'bad'\nlabel = 'footer'\n[[family.rule]]\n"
                           "id = 'slow'\npattern = '(\\w|\\w\\w)+$'\nmax_chars = 100000\nreason = 'r'")
    filt = BlockFilter(BlocksConfig(rules=(str(bad),), rule_timeout=0.05))
    doc = Document.from_text(BODY + "\n" + "a" * 30 + "x" * 30 + "#\n" + "b" * 30 + "y" * 30 + "#")
    t0 = time.perf_counter()
    filt(doc)
    assert time.perf_counter() - t0 < 2.0
    warnings = [w for w in doc.warnings if w.kind == "rule-timeout"]
    assert len(warnings) == 1 and "bad/slow" in warnings[0].message  # skipped for the rest of the document
    assert doc.text.startswith(BODY)


# -- linear time on adversarial input ----------------------------------------------

def _literals(pattern: str) -> str:
    """Characters a pattern mentions literally (its likely match material)."""
    text = regex.sub(r"\\[pPsSdDwWbB](?:\{[^}]*\})?|\{\d*,?\d*\}|\(\?[:i=!<]*", "", pattern)
    return "".join(dict.fromkeys(ch for ch in text if ch not in "()[]|?*+^$\\{}.,"))


def _adversarial(rule: Rule, size: int) -> list[str]:
    lit = _literals(rule.pattern.pattern) or "首页"
    top = max(lit, key=lit.count)
    near = lit[: max(1, len(lit) // 2)]
    return [
        (lit * (size // len(lit) + 1))[:size],  # everything it mentions, over and over
        top * size,  # the longest run of one character it matches
        ((near + " 　>") * (size // (len(near) + 3) + 1))[:size],  # near misses with separators
        (" " * (size - 2)) + lit[:2],  # whitespace runs before the material
    ]


def _slowest(fn: Callable[[str], object], texts: list[str]) -> float:
    """CPU seconds of the slowest text, best of two runs each: CPU time, not
    wall time, so that other processes on a loaded machine do not count."""
    worst = 0.0
    for t in texts:
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            fn(t)
            best = min(best, time.process_time() - t0)
        worst = max(worst, best)
    return worst


def _assert_linear(fn: Callable[[str], object], make: Callable[[int], list[str]], what: str) -> None:
    small = _slowest(fn, make(100_000))
    big = _slowest(fn, make(1_000_000))
    # linear time gives a ratio near 10; allow noise, forbid quadratic (100). The absolute bound only
    # catches runaway backtracking: 2 s flaked on a loaded 2-core machine (the ratio is the check)
    assert big < 10.0 and big <= max(30 * small, 0.05), f"{what}: 100 KB {small:.4f}s, 1 MB {big:.4f}s"


@pytest.mark.parametrize("rule", builtin_rules().rules, ids=lambda r: r.qualified_id)
def test_shipped_rule_is_linear_on_1mb_lines(rule: Rule) -> None:
    def scan(text: str) -> object:
        return sum(1 for _ in rule.pattern.finditer(text))

    _assert_linear(scan, lambda n: _adversarial(rule, n), rule.qualified_id)


def test_spam_scorer_is_linear_on_1mb_lines() -> None:
    terms = "".join(t for g in load_lexicon().groups for t in g.terms[:5])

    def make(n: int) -> list[str]:
        return [(terms * (n // len(terms) + 1))[:n], ("鲁一" * n)[:n], ("鲁一鲁一X" * n)[:n],
                ("www." + "a" * n)[:n], ("a-" * n)[:n], ("，" * n)[:n], ("13" * n)[:n], ("微信：" * n)[:n],
                ("开 云 体 育 " * n)[:n], ("开云体育官网-" * n)[:n]]

    _assert_linear(score_spam, make, "score_spam")


def test_shapes_and_filter_are_linear_on_1mb_documents() -> None:
    def make(n: int) -> list[str]:
        return [("首页 > " * n)[:n], ("a" * n), ("汇聚你我 " * n)[:n], ("　" * (n - 1)) + "x", ((BODY + "\n") * (n // 50))[:n],
                ("a b c d " * n)[:n]]

    def run(text: str) -> object:
        shape.link_chain(text)
        shape.nav_items(text)
        shape.is_couplet(text)
        shape.doubled(text)
        return BlockFilter()(Document.from_text(text))

    _assert_linear(run, make, "block filter")


def test_shipped_patterns_write_characters_not_code_point_escapes() -> None:
    """The prefilter (:mod:`govtext.blocks._required`) cannot read ``\\u3000`` or
    ``\\x20`` escapes and runs a rule holding one on every block (the sponsor
    footer rules did): shipped rules write the character itself (``　``)."""
    escaped = [r.qualified_id for r in load_rules().rules if regex.search(r"\\[ux][0-9A-Fa-f]", r.pattern.pattern)]
    assert escaped == []


def test_clean_reuses_its_default_pipeline_but_rereads_rule_files(tmp_path: Path) -> None:
    """Regression: clean() shares the pipeline of plain options between calls, but
    a rule file named in the options is read again on every call (an edit counts)."""
    from govtext import CleanOptions, clean
    from govtext.api import _shared_pipeline

    page = BODY + "\n政务服务热线　0571-87012345\n"
    before = _shared_pipeline.cache_info().hits
    first, second = clean(page), clean(page)
    assert _shared_pipeline.cache_info().hits > before
    assert first.text == second.text
    assert [r.to_json() for r in first.removed] == [r.to_json() for r in second.removed]
    rules = _write(tmp_path, SITE_RULES)
    options = CleanOptions(rules=(str(rules),))
    assert "12345" not in clean(page, options=options).text
    rules.write_text(SITE_RULES.replace("hotline", "hotline2").replace("热线", "专线"), encoding="utf-8")
    assert "12345" in clean(page, options=options).text
