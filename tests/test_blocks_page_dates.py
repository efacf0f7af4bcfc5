"""Page dates: the portal's date-of-today widget is not the article's date,
and the signature-date scan sees every line that is a date."""

from __future__ import annotations

import json
from pathlib import Path

from govtext import clean
from govtext.blocks.metadata import DATE_OPENERS, normalize_date

_PAGE = """今天是：2024年5月20日 星期一
临湖市人民政府
市政府召开第45次常务会议
{meta}
　　4月18日，市长王强主持召开市政府第45次常务会议，研究部署一季度经济运行、安全生产等工作。
　　会议强调，要扎实做好安全生产各项工作，坚决防范遏制重特大事故发生。
"""


def test_the_date_of_today_is_not_taken_for_the_article_date() -> None:
    doc = clean(_PAGE.format(meta="来源：市政府办公室"))
    assert doc.metadata.get("date") is None
    assert "今天是" not in doc.text


def test_the_article_date_wins_over_the_widget_above_it() -> None:
    doc = clean(_PAGE.format(meta="发布时间：2024-04-18 来源：市政府办公室"))
    assert doc.metadata["date"] == "2024-04-18"


def test_every_date_line_starts_with_a_character_the_signature_scan_looks_at() -> None:
    """The signature-date scan only reads lines starting with one of
    ``DATE_OPENERS``: every date of the date cases (and bracketed ones) does."""
    cases = json.loads((Path(__file__).parent / "cases" / "metadata" / "dates.json").read_text(encoding="utf-8"))
    texts = [c["text"] if isinstance(c, dict) else c[0] for c in cases["cases"]]
    texts += [f"{o}{t}{c}" for t in texts for o, c in ("【】", "()", "（）", "[]", "［］")]
    dated = [t.strip() for t in texts if normalize_date(t.strip()) is not None]
    assert len(dated) > 20
    assert all(t[:1] in DATE_OPENERS for t in dated), [t for t in dated if t[:1] not in DATE_OPENERS]
