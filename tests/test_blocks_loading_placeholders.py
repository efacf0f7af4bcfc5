"""What a chart, a map or a player shows while it loads, left inside the
body by the scrape (``图表加载中，请稍候……``): it reads like a sentence, yet
it is the page's, not the text's. A sentence of the text about loading stays."""

from __future__ import annotations

import pytest

from govtext import clean

REPORT = """关于2025年全市经济运行情况的通报
　　2025年，全市地区生产总值完成1234亿元，同比增长5.2%。
{placeholder}
　　分产业看，第一产业增加值123亿元，增长3.1%；第二产业增加值456亿元，增长5.8%。
　　规模以上工业增加值增长6.0%，社会消费品零售总额增长4.9%。
"""


@pytest.mark.parametrize("placeholder", ["图表加载中，请稍候……", "地图加载中……", "视频加载中，请稍候...",
                                         "数据正在加载中，请耐心等待", "圖表加載中，請稍候……"])
def test_a_loading_placeholder_inside_the_body_goes(placeholder: str) -> None:
    text = clean(REPORT.format(placeholder=placeholder)).text
    assert "加载" not in text and "加載" not in text
    assert "第一产业增加值123亿元" in text and "同比增长5.2%。" in text


@pytest.mark.parametrize("sentence", ["系统正在加载中，请稍候再试。", "网页加载缓慢的问题已于3月整改完毕。"])
def test_a_sentence_about_loading_stays(sentence: str) -> None:
    assert sentence in clean(REPORT.format(placeholder=sentence)).text
