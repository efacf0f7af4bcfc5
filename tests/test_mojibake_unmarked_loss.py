"""UTF-8 read as GBK by a decoder that dropped what it could not read
without a trace (``errors="ignore"``) is repaired, and every character lost
with its bytes is told: restored when one everyday character fits where the
decoder drops bytes, a ``guessed-character`` warning when others fit too,
U+FFFD (which ``corruption`` reports) when several fit as well."""

from __future__ import annotations

import govtext
from govtext.decoding.mojibake import _cut_readings, _decodes_back, _truncations

NOTICE = ("临湖市召开防汛工作会议\n"
          "　　5月8日，临湖市召开防汛工作会议，部署今年防汛重点任务。会议要求各地压实责任，确保安全度汛。\n"
          "　　会议强调，各乡镇要严格执行领导带班和值班值守制度，遇有重大情况及时报告。\n")


def _ignored(text: str) -> str:
    """``text`` as a GBK decoder that drops what it cannot read reads its UTF-8 bytes."""
    return text.encode("utf-8").decode("gbk", "ignore")


def test_a_document_read_with_lost_bytes_is_repaired_and_each_loss_is_reported() -> None:
    doc = govtext.clean(_ignored(NOTICE).encode("utf-8"))
    assert "临湖市召开防汛工作会" in doc.text and "部署今年防汛重点任务。会议要求各地压实责任" in doc.text
    assert "遇有重大情况及时报告" in doc.text
    flagged = [w.text for w in doc.warnings if w.kind == "corrupt-text"]
    assert doc.text.count("\ufffd") == len("".join(flagged)) > 0 and set("".join(flagged)) == {"\ufffd"}
    assert {w.text for w in doc.warnings if w.kind == "guessed-character"} == {"开", "议", "班"}


def test_only_sequences_cut_short_are_losses() -> None:
    assert _truncations("工作会".encode()[:-1] + "议".encode()) == [(6, 8)]
    assert _truncations("关于".encode("gbk")) is None   # B9 D8 D3 DA: a stray continuation byte
    assert _truncations("于".encode("gbk")) is None     # D3 DA: two-byte leads alone are no loss


def test_a_lost_middle_byte_is_found_where_gbk_dropped_it() -> None:
    """。 is E3 80 82: GBK paired E3 with the byte before it, dropped 80 and paired 82 with the next lead."""
    assert "。" in _cut_readings(bytes.fromhex("e382"), 0xE4)
    assert _decodes_back("。", bytes.fromhex("e382"), b"\xa1", bytes.fromhex("e4bc"))
