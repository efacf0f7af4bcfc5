"""The metadata-line parser as it was before the lean rewrite (commit fa6af9b).

Kept here as the plain reference: ``tests/test_metadata_lean.py`` checks
that :mod:`govtext.blocks.metadata` gives exactly its results (fields,
coverage, bylines, dates, label tables) on corpus lines, test cases and
random text. The patterns, tables and helpers the rewrite left unchanged
are imported from the module; the functions it rewrote are frozen here as
they were. Do not optimise this file.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence

from govtext.blocks.metadata import (  # unchanged by the rewrite: shared, not copied
    _ACCOUNT_NOTE,
    _ANY_DIGIT,
    _ANY_SPACE,
    _BULLETIN_COMPILED_BY,
    _BULLETIN_NUMBER,
    _BYLINE_BAD,
    _CLAUSE_END,
    _CN_VALUES,
    _COUNTED_SOURCE,
    _COUNTED_SOURCE_NOT,
    _CREDIT_KINDS,
    _CREDIT_PREFIX,
    _DATE,
    _DATE_FIRST,
    _DATE_KIND,
    _DATE_KINDS,
    _DATE_RANK,
    _DOC_NUMBER,
    _EPAPER_PAGE,
    _EPAPER_PAGE_SECTION,
    _EPAPER_SECTION_CHARS,
    _HAN,
    _HARD_BREAK,
    _JOURNAL_VOLUME_ISSUE,
    _LABEL,
    _LATIN_NAME,
    _MAX_VALUE,
    _NAME_CHARS,
    _NO_COLON_OK,
    _NOON_LAST_PM_HOUR,
    _NOT_COUNTED,
    _ORDER_NUMBER,
    _ORG,
    _PIECE,
    _PUNCT_ONLY,
    _SELF_MARKED,
    _SENTENCE_COVERAGE,
    _SENTENCE_PUNCT,
    _SOURCE_ISSUE,
    _SPACED_NAME,
    _SPACES,
    _STAFF_CODE,
    _SURNAMES_1,
    _SURNAMES_2,
    _TABLE_KINDS,
    _TAKES_EFFECT,
    _TITLE_CELL_END,
    _TITLE_RE,
    _VIEWS,
    _WORDY,
    EVENT_ENDS,
    MAX_META_LINE,
    MetaLine,
    _after_other_label,
    _boxed_label,
    _bracket_end,
    _cell_marked,
    _clean_value,
    _cn_number,
    _colon_credits,
    _era_start,
    _glued_label,
    _issue_after,
    _kind,
    _label_only_date,
    _may_hold_fields,
    _name_run_end,
    _names_source,
    _opening_loose_date,
    _Parse,
    _publisher_label_office,
    _roc_ymd,
    _role_credit,
    _role_then_name,
    _set_date,
    _source_addresses,
    _spaced_org,
    _starts_segment,
    _transcribed_name,
    _unknown_label_start,
    _word_start,
    author_before_note,
    date_inside_headline,
    event_day_row_coverage,
    glued_words_coverage,
    label_matches,
    latin_rendering,
    list_item_coverage,
    measured_row_coverage,
    name_after_outlet,
    name_before_unit,
    name_list,
    publisher_department_source,
    several_sources,
    source_value,
    source_without_issue,
)

__all__ = ["MAX_META_LINE", "MetaLine", "normalize_date", "parse_byline", "parse_label_table", "parse_meta_line"]


# -- labels --------------------------------------------------------------------
_COMMA = re.compile("[，,]")


# -- bylines -------------------------------------------------------------------
_TITLE_END = re.compile("(?:" + _TITLE_RE.pattern + ")\\Z")


# -- dates -----------------------------------------------------------------------
def _search_date(line: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``_DATE.search(line, pos, endpos)``, from the first character a date
    may begin with (a lookbehind still sees the characters before it)."""
    first = _DATE_FIRST.search(line, pos, endpos)
    return None if first is None else _DATE.search(line, first.start(), endpos)


def _find_dates(line: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``_DATE.finditer(line, pos, endpos)``: each search goes on where the
    last date ended (a date is never empty)."""
    while (m := _search_date(line, pos, endpos)) is not None:
        yield m
        pos = m.end()


_DATE_GROUPS = ("y1", "m1", "d1", "y2", "m2", "d2", "y3", "m3", "d3", "y4", "m4", "d4", "m5", "d5", "y6", "m6", "d6",
                "H", "M", "M2", "ap")
"""The groups of :data:`_DATE` a date is read from, fetched with one ``group`` call."""


def _iso_from_match(m: re.Match[str]) -> str | None:
    y1, m1, d1, y2, m2, d2, y3, m3, d3, y4, m4, d4, m5, d5, y6, m6, d6, hour, minute, minute2, ap = m.group(*_DATE_GROUPS)
    try:
        if y1 is not None:
            y, mo, d = int(y1), int(m1), int(d1)
        elif y2 is not None:
            y, mo, d = int(y2), int(m2), int(d2)
        elif y4 is not None:  # a year of the Republic of China calendar
            y, mo, d = int(y4) + 1911, int(m4 or m5), int(d4 or d5)
        elif y6 is not None:  # after 民國, two digits or Chinese numerals (added after the rewrite, shared)
            y, mo, d = _roc_ymd(y6, m6, d6)
        else:
            y = int("".join(str(_CN_VALUES.get(c, int(c) if c.isdigit() else 0)) for c in y3))
            mo, d = _cn_number(m3), _cn_number(d3)
        if not 1900 <= y <= 2100:
            return None
        day = datetime.date(y, mo, d)
    except ValueError:
        return None
    if minute is None:
        minute = minute2
    if hour is not None and minute is not None:
        h, mi = int(hour), int(minute)
        if (ap in ("下午", "晚上") and h < 12) or (ap == "中午" and h < _NOON_LAST_PM_HOUR):
            h += 12
        return f"{day.isoformat()}T{h:02d}:{mi:02d}" if h < 24 and mi < 60 else None
    return day.isoformat()


def normalize_date(text: str) -> str | None:
    """The ISO 8601 form of a date written in one of the usual ways, else None.

    The whole of ``text`` (surrounding spaces and brackets aside) must be the
    date, optionally with a weekday and a time:

    >>> normalize_date("2023年11月15日 10时54分")
    '2023-11-15T10:54'
    >>> [normalize_date(t) for t in ("2023/11/15", "2023.11.15", " 2023-1-5 ", "２０２３年１１月１５日")]
    ['2023-11-15', '2023-11-15', '2023-01-05', '2023-11-15']
    >>> normalize_date("二〇二三年十一月三十日（星期四）")
    '2023-11-30'
    >>> normalize_date("2023-02-30") is None, normalize_date("2023年11月") is None
    (True, True)
    """
    stripped = text.strip(_SPACES + "[]［］【】()（）")
    m = _DATE.match(stripped)
    if m is None or m.end() != len(stripped):
        return None
    return _iso_from_match(m)


# -- bylines -------------------------------------------------------------------
def _is_name(name: str) -> bool:
    if not _NAME_CHARS.fullmatch(name) or _TITLE_RE.search(name):
        return False
    return name[:2] in _SURNAMES_2 or name[0] in _SURNAMES_1 or _transcribed_name(name)  # 吐尔逊·买买提 (added later)


def parse_byline(line: str) -> tuple[str, str] | None:
    """``(name, role)`` of a byline such as ``中共湖州市委书记  陈 浩``, else None.

    The role ends with a title word (书记, 市长, 主任, ...) and has something
    before it (an organisation); a 2–4 character name starting with a common
    surname follows, possibly letter-spaced (the spaces are removed).

    >>> parse_byline("中共嘉兴市委书记 陈伟")
    ('陈伟', '中共嘉兴市委书记')
    >>> parse_byline("嘉兴市秀洲区委书记徐鸣阳")
    ('徐鸣阳', '嘉兴市秀洲区委书记')
    >>> parse_byline("坚持创新发展强市") is None, parse_byline("各位代表:") is None
    (True, True)
    """
    text = line.strip(_SPACES)
    if not text or len(text) > 60 or _BYLINE_BAD.search(text):
        return None
    tokens = text.split()
    if _TITLE_RE.search("".join(tokens)) is None:
        return None  # every byline's role ends with a title word (maybe letter-spaced)
    # Role and name separated by spaces; the name may itself be letter-spaced.
    if any(len(t) <= 3 and _is_name(t) for t in tokens[:-2]):
        return None  # two names: a credit line (记者 王芳 通讯员 赵强), not one byline
    if any(len(t) > 3 and name_list(t) is not None for t in tokens[:-2]):
        return None  # names written with 、 or a slash: 记者 张三、李四 通讯员 王五 (added later)
    for cut in range(1, len(tokens)):
        role, name = " ".join(tokens[:cut]), "".join(tokens[cut:])
        if len(tokens) - cut > 1 and any(len(t) > 1 for t in tokens[cut:]):
            continue  # several names (张三 李四), or a name after a second role word
        if len(name) <= 4 or "·" in name:
            if _role_ok(role) and _is_name(name):
                return name, role
            break
    if len(tokens) != 1:
        return None
    # Glued: 嘉兴市秀洲区委书记徐鸣阳 -- the name follows the last title word.
    for m in reversed(list(_TITLE_RE.finditer(text))):
        role, name = text[: m.end()], text[m.end() :]
        if 2 <= len(name) <= 4 and _role_ok(role) and _is_name(name) and not any(c in role for c in "|｜丨¦>＞»"):
            return name, role  # (no menu's bars in the role: 首页｜通知公告｜局长信箱)
    return None


def _role_ok(role: str) -> bool:
    compact = "".join(role.split())
    return len(compact) >= 4 and _TITLE_END.search(compact) is not None


# -- meta lines ------------------------------------------------------------------


def _text_value(kind: str, raw: str) -> str | None:
    value = _clean_value(raw)
    if kind == "source":
        value = source_value(value)  # 《求是》2024/11, 新华网 Xinhua (added later, shared)
    elif kind == "author" and _COMMA.search(value):
        value = author_before_note(value)  # 王立群，系…副校长 (added later, shared)
    if kind in ("author", "editor") and (code := _STAFF_CODE.search(value)) is not None and code.start() > 0:
        value = value[: code.start()]  # a portal's staff code glued to a name (added after the rewrite)
    # a title may end with its question or exclamation mark (a letter's subject; added later, mirrored)
    checked = value[:-1] if kind == "title" and value[-1:] in ("？", "?", "！", "!") else value
    if not value or len(value) > _MAX_VALUE.get(kind, 40) or _SENTENCE_PUNCT.search(checked):
        return None
    if kind not in ("author", "editor", "title") and _COMMA.search(value):
        return None
    if not _WORDY.search(value) and (kind != "index_number" or not _ANY_DIGIT.search(value)):
        return None  # an index number may be digits only (added after the rewrite)
    return value


def _spaced_name(raw: str) -> str | None:
    """``陈 浩`` -> ``陈浩`` (single characters separated by single spaces)."""
    parts = raw.split()
    if 2 <= len(parts) <= 4 and all(len(p) == 1 for p in parts) and _is_name("".join(parts)):
        return "".join(parts)
    return None


def _office_then_writer(kind: str, raw: str) -> str | None:
    """An author's value that names the writer's office, then the writer
    (``法规处 谢明远``): the writer (added later, shared)."""
    parts = raw.split()
    if kind != "author" or len(parts) < 2 or _ORG.fullmatch(parts[0]) is None:
        return None
    rest = " ".join(parts[1:])
    return rest if _is_name(rest) else name_list(rest)


def _take_value(p: _Parse, kind: str, start: int, end: int, colon: bool) -> None:
    """Parse the value of a ``kind`` label found in ``line[start:end]``."""
    line = p.line
    lead = start
    while lead < end and line[lead] in _SPACES:
        lead += 1
    if kind in _DATE_KINDS:  # published, written, updated, other dates ranked (added after the rewrite, shared)
        m = _DATE.match(line, lead, end)
        iso = _iso_from_match(m) if m else None
        if m is not None and iso is not None:
            _set_date(p, iso, kind)
            p.explained.append((lead, m.end()))
        elif (labelled := _label_only_date(line, lead, end)) is not None:  # 20240305, 113.05.03 (shared)
            _set_date(p, labelled[0], kind)
            p.explained.append((lead, labelled[1]))
        return
    if kind == "views":
        m2 = _VIEWS.match(line, lead, end)
        if m2 is not None and m2.group("n") is not None:
            digits = m2.group("n").replace(",", "").replace("，", "")
            number = float(f"{int(digits)}.{int(m2.group('f') or 0)}")
            views = round(number * 10000) if m2.group("w") else int(digits)
            p.fields.setdefault("views", views)
            p.explained.append((lead, m2.end()))
        return
    if kind == "doc_number":
        m3 = _DOC_NUMBER.match(line, lead, end) or _ORDER_NUMBER.match(line, lead, end)
        if m3 is not None:
            p.fields.setdefault("doc_number", "".join(m3.group().split()))
            p.explained.append((lead, m3.end()))
        return
    if not colon and kind not in _NO_COLON_OK:
        return
    if kind in ("author", "editor"):  # names apart by wide spaces (added after the rewrite, shared)
        run = _name_run_end(line, lead, end)
        names = name_list(line[lead:run]) if run > 0 else None
        if names is None and run > 0:
            names = _office_then_writer(kind, line[lead:run])
        if names is not None:
            p.fields.setdefault(kind, names)
            p.explained.append((lead, run))
            return
        spaced = _SPACED_NAME.match(line, lead, end)  # 编辑：许　可 (added later, shared)
        name = None if spaced is None else _spaced_name(spaced.group())
        if spaced is not None and name is not None:
            p.fields.setdefault(kind, name)
            p.explained.append((lead, spaced.end()))
            return
    if kind in _TABLE_KINDS:  # table values may hold spaces: take all up to the next break
        brk = _HARD_BREAK.search(line, lead, end)
        stop = brk.start() if brk is not None and kind != "title" else end
        if kind != "title":  # ... or a label we do not know (added after the rewrite, shared)
            stop = _unknown_label_start(line, lead, stop)
    else:
        brk = _HARD_BREAK.search(line, lead, end)
        stop = brk.start() if brk is not None else end
        if kind == "author" and brk is not None and line[stop] == "\u3000" and _role_then_name(p, line, lead, stop, end):
            return  # 作者：中共丽阳市委书记　胡海峰 (added later, shared)
        dm = _search_date(line, lead, stop)
        if dm is not None:
            stop = dm.start()
    raw = line[lead:stop]
    if kind == "title" and raw.endswith(_TITLE_CELL_END):  # a row dumped with bars (added later, shared)
        raw = raw.rstrip(_SPACES + "|｜")
    if kind in ("author", "editor"):
        name = _spaced_name(raw)
        if name is not None:
            p.fields.setdefault(kind, name)
            p.explained.append((lead, stop))
            return
        names = name_list(raw)
        if names is not None:  # 记者：张三 李四 (several names; added after the rewrite, shared with the module)
            p.fields.setdefault(kind, names)
            p.explained.append((lead, stop))
            return
        byline = parse_byline(raw)
        if byline is not None and kind == "author":
            p.fields.setdefault("author", byline[0])
            p.fields.setdefault("author_role", byline[1])
            p.explained.append((lead, stop))
            return
        office = _office_then_writer(kind, raw)
        if office is not None:
            p.fields.setdefault(kind, office)
            p.explained.append((lead, stop))
            return
        unit = name_before_unit(raw)  # 陈立平（市农业技术推广中心） (added later, shared)
        if unit is None and kind == "author":
            unit = name_after_outlet(raw)  # 南岭日报/冯雪 (added later, shared)
        if unit is not None:
            p.fields.setdefault(kind, unit)
            p.explained.append((lead, stop))
            return
    if kind not in _TABLE_KINDS:
        sp = _ANY_SPACE.search(raw.strip(_SPACES))
        offset = len(raw) - len(raw.lstrip(_SPACES))
        # 市消防救援支队 市应急管理局, 《今日浙江》杂志 2023年第21期 (added later, shared)
        # Zhang Yiwen, Lingang Special Area Administration: a Latin-script name taken whole (added later, shared)
        if sp is not None and not (kind == "source" and (several_sources(raw) or _issue_after(raw, offset + sp.end())
                                                          or latin_rendering(raw) is not None)) \
                and not (kind in _CREDIT_KINDS and _LATIN_NAME.fullmatch(raw.strip(_SPACES)) is not None):
            raw = raw[: offset + sp.start()]
    value = _text_value(kind, raw)
    if value is None:
        return
    if not colon and kind in ("author", "editor") and not _is_name(value):
        return
    if kind != "other":
        p.fields.setdefault(kind, value)
    p.explained.append((lead, lead + len(raw)))


def _residue(p: _Parse, gaps: list[tuple[int, int]]) -> None:
    """Dates, document numbers, organisations and counters outside labels."""
    line = p.line
    maybe_date = "年" in line or _ANY_DIGIT.search(line) is not None  # cheap tests first
    if not maybe_date:
        return  # no date here nor in a label: no document number, source or counter either
    maybe_number = "号" in line or "號" in line
    rest: list[tuple[int, int]] = []
    for a, b in gaps:
        pos = a
        for m in _find_dates(line, a, b) if maybe_date else ():
            iso = _iso_from_match(m)
            if iso is None or _after_other_label(line, a, m.start()):
                continue
            _set_date(p, iso, "date")
            start = _era_start(line, pos, m.start())  # 中华民国113年 (added after the rewrite, shared)
            p.explained.append((start, m.end()))
            rest.append((pos, start))
            pos = m.end()
        rest.append((pos, b))
    dated = "date" in p.fields  # sources and counters stand only on dated lines: pieces only then
    pieces: list[tuple[int, int]] = []
    if maybe_number and not p.fields and (bulletin := _BULLETIN_NUMBER.fullmatch(line)) is not None:
        p.fields["doc_number"] = "".join(bulletin.group(1).split())  # 2026年第6号 alone (added later, shared)
        p.explained.append(bulletin.span(1))
        return
    for a, b in rest:
        pos = a
        for m in _DOC_NUMBER.finditer(line, a, b) if maybe_number else ():
            if _after_other_label(line, a, m.start()):
                continue
            p.fields.setdefault("doc_number", "".join(m.group().split()))
            p.explained.append((m.start(), m.end()))
            if dated:
                pieces.extend(_split_pieces(line, pos, m.start()))
            pos = m.end()
        if dated:
            pieces.extend(_split_pieces(line, pos, b))
    if not dated:
        return
    last_was_source = False
    after_page = False
    volumes = [v.span() for v in _JOURNAL_VOLUME_ISSUE.finditer(line)]  # 2025年 第51卷 第2期 (added later)
    for a, b in pieces:
        piece = line[a:b]
        if _PUNCT_ONLY.fullmatch(piece):
            continue
        if _ACCOUNT_NOTE.fullmatch(piece):  # 临湖日报社官方账号 (added after the rewrite, shared)
            p.explained.append((a, b))
            continue
        if _EPAPER_PAGE.fullmatch(piece):  # an e-paper's page (A05版), then its section (added after the rewrite)
            after_page = True
            p.explained.append((a, b))
            continue
        if _EPAPER_PAGE_SECTION.fullmatch(piece):  # 第05版：储粮科技, 本期共32版 (added later)
            p.explained.append((a, b))
            continue
        if after_page:
            after_page = False
            if len(piece) <= _EPAPER_SECTION_CHARS and _HAN.search(piece) and piece[-1] not in "报報刊":
                p.explained.append((a, b))
                continue
        if last_was_source and _SOURCE_ISSUE.fullmatch(piece):  # 《今日浙江》 2023年第21期 (added later)
            p.explained.append((a, b))
            continue
        if any(va <= a and b <= vb for va, vb in volumes):
            p.explained.append((a, b))
            continue
        # a data release's headline with its date inside names no source (桐川市2025年3月12日空气质量日报, added later)
        if len(piece) <= 45 and "source" not in p.fields and not date_inside_headline(line, a, pieces):
            compiled = _BULLETIN_COMPILED_BY.fullmatch(piece)  # a bulletin's 办公室编 (added later)
            org = _ORG.fullmatch(source_without_issue(compiled.group(1) if compiled else piece))  # 《今日浙江》2024年第1期 (added later)
            # an organisation after 在 is where something was said, no source
            # nor is a meeting held that day (2025年3月5日新闻发布会, added later)
            if (org is not None and _HAN.search(org.group("org")) and not org.group("org").startswith("在")
                    and not org.group("org").endswith(EVENT_ENDS)):
                p.fields["source"] = org.group("org")
                p.bare_source = True
                p.explained.append((a, b))
                if org.group("n") is not None:
                    p.fields.setdefault("views", int(org.group("n")))
                last_was_source = True
                continue
        if last_was_source and piece.isdigit() and len(piece) <= 9 and "views" not in p.fields:
            p.fields["views"] = int(piece)
            p.explained.append((a, b))
        last_was_source = False
    if "source" not in p.fields and len(p.fields) == 1:  # a portal header's count (added after the rewrite)
        _counted_source_after_date(p, line, pieces)


def _counted_source_after_date(p: _Parse, line: str, pieces: list[tuple[int, int]]) -> None:
    """A date, a name and a view count: the name is the source (see the module's function of this name)."""
    words = [(a, b) for a, b in pieces if not _PUNCT_ONLY.fullmatch(line[a:b])]
    if not words or len(words) > 2:
        return
    if len(words) == 2 and not (line[words[1][0]:words[1][1]].isdigit() and words[1][1] - words[1][0] <= 9):
        return
    first = _COUNTED_SOURCE.fullmatch(line[words[0][0]:words[0][1]])
    if first is None or first.group("org").startswith(_COUNTED_SOURCE_NOT):
        return
    if (first.group("n") is None) == (len(words) == 1) or len(_HAN.findall(first.group("org"))) < 2:
        return
    p.fields["source"] = first.group("org")
    p.fields["views"] = int(first.group("n") or line[words[1][0]:words[1][1]])
    p.bare_source = True
    p.explained.extend(words)


_BAR_CELL = re.compile("[|｜][ \t\u3000\xa0\u2002\u2003\u2009]*")


def _cell_start(line: str, pos: int) -> int:
    """Past the bar and spaces after a label in a bar-separated table row (``发布日期 | 2024-04-18``; added later)."""
    m = _BAR_CELL.match(line, pos)
    return m.end() if m else pos


def _labels(line: str) -> list[tuple[int, int, str, bool]]:
    """``(start, end, kind, has_colon)`` of the labels of a line.

    A label counts only at the start of a segment (``会议时间：`` and
    ``项目名称：`` are body, not the labels 时间 and 名称), except a credit
    role such as ``本报记者`` (a short word glued before 记者/通讯员, followed
    by a space), which then spans the whole role."""
    out: list[tuple[int, int, str, bool]] = []
    for m in label_matches(line):  # 综合新闻　来源： is a section and 来源 (added after the rewrite, shared)
        kind, start = _kind(m.group("label")), m.start()
        # a label that needs no colon (来源于 财新周刊; added after the rewrite, shared with the module)
        boxed = m.group("colon") is None and _boxed_label(line, start, m.end("label"))  # 【来源】… (added later, shared)
        colon = m.group("colon") is not None or boxed \
            or (m.group("label") in _SELF_MARKED and _names_source(line, m.end("label"))) \
            or (kind == "source" and _spaced_org(line, m.end("label"))) \
            or _cell_marked(line, m, kind)  # 供稿 市疾控中心, 发布单位\t… (added after the rewrite, shared)
        end = m.end("label") + 1 if boxed else _cell_start(line, m.end()) if colon else m.end("label")
        if not _starts_segment(line, start) and not _glued_label(line, m, out):  # 作者:王静来源:… (added later, shared)
            credit = _CREDIT_PREFIX.search(line, max(0, start - 18), start)
            # 本报记者：, 实习记者：, 本报记者冯雪 (added later, shared)
            if kind != "author" or credit is None or not _role_credit(line, out, credit.start(), start, end, colon):
                continue  # 会议时间：, 项目名称：, 联系人： -- another label ending in one of ours
            start = credit.start()
        elif start and line[start - 1] == "》" and kind == "author" and not _glued_label(line, m, out) \
                and (credit := _CREDIT_PREFIX.search(line, max(0, start - 18), start)) is not None \
                and _role_credit(line, out, credit.start(), start, end, colon):
            start = credit.start()  # 《半月谈》记者 郑晓雯 (added later, shared)
        if out and start < out[-1][1]:
            continue
        out.append((start, end, kind, colon))
    return out


def _split_pieces(line: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(a + m.start(), a + m.end()) for m in _PIECE.finditer(line[a:b])]


def parse_meta_line(line: str) -> MetaLine | None:
    """Metadata fields found in ``line`` and the share of it they explain.

    Labelled values (``发布时间：``, ``来源：``, ``作者：``, ``责任编辑：``,
    ``浏览次数：``, ``文号：``, ``发布机构：``, in Simplified or Traditional),
    bare dates, document numbers, and -- on a line that has a date -- an
    organisation name with an optional trailing view counter. A byline line
    gives ``author`` and ``author_role``. None when nothing is recognised or
    the line is longer than :data:`MAX_META_LINE`.

    >>> m = parse_meta_line("发布日期：2024年4月2日 | 信息来源：市体育局 | 浏览次数：356")
    >>> m.fields, m.coverage
    ({'date': '2024-04-02', 'source': '市体育局', 'views': 356}, 1.0)
    >>> parse_meta_line("文号：湖政发〔2024〕1号　发布机构：湖州市人民政府").fields
    {'doc_number': '湖政发〔2024〕1号', 'agency': '湖州市人民政府'}
    >>> m = parse_meta_line("2023年11月15日，市政府召开常务会议，研究部署冬季安全生产工作。")
    >>> m.fields, m.coverage < 0.5
    ({'date': '2023-11-15'}, True)
    >>> parse_meta_line("坚持创新发展强市") is None
    True
    """
    if len(line) > MAX_META_LINE:
        return None
    return _parse_meta(line)


def _names_on_dateline(p: _Parse) -> None:
    """A dated line with a source whose only unexplained text is names (or a
    role and a name) gives them as its author (added later)."""
    line = p.line
    covered = [False] * len(line)
    for a, b in p.explained:
        for k in range(a, b):
            covered[k] = True
    never = " \t\u3000\xa0\u2002\u2003\u2009\n\r\f\v" + "|｜丨¦/／·•-－—_~～,，、;；:：【】[]()（）<>〈〉>＞*"
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(line):
        if covered[k]:
            k += 1
            continue
        j = k
        while j < len(line) and not covered[j]:
            j += 1
        if line[k:j].strip(never):
            runs.append((k, j))
        k = j
    if len(runs) != 1:
        return
    a, b = runs[0]
    text = line[a:b].strip(never)
    a = line.index(text, a)
    name = name_list(text)
    if name is None and len(text) in (3, 4) and _is_name(text) and text[-1] not in "区县市省州镇乡村局委办院站所处队港湾岛街路庄" \
            and (len(text) == 3 or text[:2] in _SURNAMES_2):
        name = text
    if name is None:
        byline = parse_byline(text)
        if byline is not None:
            name = byline[0]
            p.fields.setdefault("author_role", byline[1])
    if name is None:
        return
    p.fields["author"] = name
    p.explained.append((a, a + len(text)))


def _lead_spaces(line: str, start: int, end: int) -> int:
    """Spaces at ``line[start:end]``'s start."""
    return len(line[start:end]) - len(line[start:end].lstrip(_SPACES))


def _parse_meta(line: str) -> MetaLine | None:
    """:func:`parse_meta_line` without the length limit (linear in ``len(line)``)."""
    line = _colon_credits(line)
    nonspace = len("".join(line.split()))
    if nonspace == 0 or not _may_hold_fields(line):
        return None
    byline = parse_byline(line)
    if byline is not None:
        return MetaLine({"author": byline[0], "author_role": byline[1]}, 1.0)
    p = _Parse(line, {}, [])
    labels = _labels(line)
    gaps: list[tuple[int, int]] = []
    cursor = 0
    publisher: str | None = None
    for i, (start, end, kind, colon) in enumerate(labels):
        nxt = labels[i + 1][0] if i + 1 < len(labels) else len(line)
        nxt = _bracket_end(line, start, end, nxt)  # 【来源：…】 ends at its bracket (added after the rewrite, shared)
        if not line[end:nxt].strip(_SPACES):
            if colon:  # an empty label ("来源：") is still metadata
                gaps.append((cursor, start))
                p.explained.append((start, end))
                cursor = end
            continue
        before = len(p.explained)
        if kind == "author" and p.correspondent_author and ("记者" in line[start:end] or "記者" in line[start:end]):
            corr = p.fields.pop("author")  # 通讯员 赵一鸣 记者 郭晓敏: the reporter is the author (added later)
            _take_value(p, kind, end, nxt, colon)
            p.correspondent_author = "author" not in p.fields
            p.fields.setdefault("author", corr)
        else:
            had = "author" in p.fields
            _take_value(p, kind, end, nxt, colon)
            if len(p.explained) == before and kind == "date" and colon \
                    and _publisher_label_office(p, line[start:end], end + _lead_spaces(line, end, nxt), nxt):
                _take_value(p, "source", end, nxt, colon)  # 发布：招生办公室 (added later, shared)
            if kind == "author" and not had and "author" in p.fields and \
                    ("通讯员" in line[start:end] or "通訊員" in line[start:end]):
                p.correspondent_author = True
        if len(p.explained) > before:
            gaps.append((cursor, start))
            p.explained.append((start, end))
            cursor = max(e for _s, e in p.explained[before:])
            if kind == "other" and publisher is None:  # 发布人：营销部 (added later, shared)
                publisher = publisher_department_source(line[start:end], line[end:cursor])
    gaps.append((cursor, len(line)))
    if publisher is not None and "source" not in p.fields and "agency" not in p.fields:
        p.fields["source"] = publisher
    gaps = [(a, b) for a, b in gaps if b > a]
    _opening_loose_date(p, gaps)  # 24-12-03 18:22, 12/03/2024 opening the line (added later, shared)
    _source_addresses(p, gaps)  # 来源：中国政府网 www.gov.cn (added later, shared)
    _residue(p, gaps)
    if "source" in p.fields and "date" in p.fields and "author" not in p.fields:
        _names_on_dateline(p)  # 孙立华　王振宇　2024-05-06　来源：…, 来源：今日浙江　2024-01-02　胡海峰 (added later)
    if not p.fields:
        return None
    coverage = _coverage(line, p.explained, nonspace)
    if gaps and _CLAUSE_END.search(line, gaps[-1][0]) is not None:  # a sentence (added later, shared)
        coverage = min(coverage, _SENTENCE_COVERAGE)
    if _TAKES_EFFECT.search(line) is not None:  # 本通告自2024年4月1日起实施。 (added later, shared)
        coverage = min(coverage, _SENTENCE_COVERAGE)
    coverage = list_item_coverage(line, coverage)  # 1. 关于…的批复 / 1994年3月2日 / … (added later, shared)
    coverage = glued_words_coverage(line, p.explained, coverage)  # 南岭市气象台2024年12月3日16时发布… (added later, shared)
    coverage = measured_row_coverage(line, p.fields, p.explained, coverage)  # 2024/06/18 08:00 31.40 (added later, shared)
    coverage = event_day_row_coverage(line, p.fields, p.explained, coverage)  # 权益登记日	2025年5月21日 (added later, shared)
    return MetaLine(p.fields, coverage, _DATE_KIND[p.date_rank], p.bare_source)


def _coverage(line: str, explained: list[tuple[int, int]], nonspace: int) -> float:
    """The share of the line's non-space characters that are explained or
    punctuation: the characters outside ``explained`` that are neither
    whitespace nor in :data:`_PUNCT_CHARS` are unexplained (the spaces and
    bars between pieces, and pieces of punctuation only, never count)."""
    rest: list[str] = []
    pos = 0
    for a, b in sorted(explained):
        if a > pos:
            rest.append(line[pos:a])
        pos = max(pos, b)
    rest.append(line[pos:])
    unexplained = len(_NOT_COUNTED.sub("", "".join(rest)))
    return round(1.0 - unexplained / nonspace, 4)


# -- label tables ----------------------------------------------------------------
def parse_label_table(lines: Sequence[str]) -> dict[str, str]:
    """Fields of a letter-spaced label table (索引号, 发布机构, 发文日期, ...).

    Keys: ``index_number``, ``agency``, ``date`` (normalised), ``doc_number``,
    ``topic``, ``title``, ``valid``; several labels may share a line. The
    first value of a key wins; labels need a colon.

    >>> parse_label_table(["发 布 机 构：湖州市人民政府办公室\\t主题分类：城乡建设", "文　　号：湖政发〔2024〕1号"])
    {'agency': '湖州市人民政府办公室', 'topic': '城乡建设', 'doc_number': '湖政发〔2024〕1号'}
    """
    out: dict[str, str] = {}
    rank = len(_DATE_RANK)  # the date it was published wins over the date it was written (added after the rewrite)
    for line in lines:
        labels = [m for m in _LABEL.finditer(line)  # or a table's tab (added after the rewrite, shared)
                  if m.group("colon") is not None or _cell_marked(line, m, _kind(m.group("label")))]
        for i, m in enumerate(labels):
            kind = _kind(m.group("label"))
            if kind not in _TABLE_KINDS or not _starts_segment(line, m.start()):
                continue  # 项目名称： is not the label 名称 (added after the rewrite)
            if kind not in _DATE_RANK and kind in out:
                continue
            nxt = _word_start(line, labels[i + 1].start()) if i + 1 < len(labels) else len(line)
            if kind != "title":
                nxt = _unknown_label_start(line, m.end(), nxt)
            value = line[_cell_start(line, m.end()) : nxt].strip(_SPACES + "|｜")  # a bar-separated cell (added later)
            if kind in _DATE_RANK:
                iso = normalize_date(value)
                if iso is not None and _DATE_RANK[kind] < rank:
                    out["date"], rank = iso, _DATE_RANK[kind]
            elif kind == "doc_number":
                if value:
                    out[kind] = "".join(value.split())
            elif value:
                out[kind] = value
    return out
