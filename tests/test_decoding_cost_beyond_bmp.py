"""cost_tenths on text with characters beyond the BMP (big5hkscs readings of
GBK bytes hold many): the sum of the BMP part is taken from the ASCII codes
the translation left, the rest character by character."""

from __future__ import annotations

import pytest

from govtext.decoding.plausibility import char_cost, cost_tenths

_CASES = [
    "\U00020000們中文",
    "中\U0002a6a5文\U0001f600a\ufffd",
    "\U00010000" * 5,
    "𠀀𠀁𠀂政府工作报告",
    "通知".encode("gbk").decode("big5hkscs", "replace") + "\U00023456",
    "国务院办公厅关于印发的通知".encode("gbk").decode("big5hkscs", "replace"),
]


@pytest.mark.parametrize("text", _CASES)
def test_cost_tenths_beyond_bmp_is_the_defined_sum(text: str) -> None:
    total, inexact = cost_tenths(text)
    assert total == sum(round(char_cost(c) * 10) for c in text)
    assert inexact == any(round(char_cost(c) * 10) == 16 for c in text)
