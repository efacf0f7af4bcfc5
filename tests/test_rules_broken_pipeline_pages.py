"""Chrome of the pages with broken encodings (h350-h359): a breadcrumb
labelled 当前页： (当前页：首页 » 政策解读), a Taiwan footer's screen advice
spelled 最佳瀏覽解析度 (分辨率 in Taiwan usage), a date labelled 刊登日期,
a permalink label with its link text only (原文链接：点击查看原文), and a
footer address that gives its postcode first and office hours after it
(地址：974花蓮縣…號　服務時間：…).
Each rule is tried on wordings other than those of the pages, and on body
sentences that use the same words."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("breadcrumb/location-label-other", "当前页：首页 > 通知公告"),
    ("breadcrumb/location-label-other", "当前页: 网站首页 / 政务公开 / 部门文件"),
    ("breadcrumb/location-label-other", "当前页 : 首页 » 新闻中心"),
    ("footer/site-footer", "本网站最佳浏览解析度为1024x768"),
    ("footer/site-footer", "最佳浏览解析度：1920×1080　建议使用Chrome"),
    ("footer/site-footer", "网页浏览解析度建议1366x768以上"),
    ("tools/permalink", "原文链接：点击查看原文"),
    ("tools/permalink", "本文链接: 点击此处阅读全文"),
    ("tools/permalink", "原文地址：点击打开"),
    ("footer/site-address", "地址：974花莲县寿丰乡中山路1号　服务时间：周一至周五 08:00-12:00"),
    ("footer/site-address", "地址：310006杭州市上城区解放路138号 | 办公时间：工作日9:00-17:00"),
]

KEPT: list[tuple[str, str]] = [
    ("breadcrumb/location-label-other", "当前页码为第3页，请继续阅读下一页内容。"),
    ("breadcrumb/location-label-other", "当前页面显示的数据仅供参考。"),
    ("tools/permalink", "原文链接：点击查看原文后，可下载附件并填写申报表。"),
    ("tools/permalink", "本文地址：市政府办公室三楼，点击查看详细路线。"),
    ("footer/site-address", "地址：县政务服务中心一楼综合窗口，办公时间：工作日上午9时至12时。"),
    ("footer/site-address", "受理地址：310006杭州市上城区解放路138号　办公时间：工作日"),
]


test_chrome_is_caught, test_body_sentences_with_the_same_words_are_kept = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("label", "value"), [("刊登日期", "2026/06/02"), ("刊登时间", "2026-06-02 09:30")])
def test_a_date_labelled_as_printed_is_the_date(label: str, value: str) -> None:
    page = (f"老旧公寓增设电梯补助 最高补助三百万元\n{label}：{value}\n"
            "　　都市发展局表示，补助对象为屋龄二十年以上、五层楼以下且未设置电梯之集合住宅。\n"
            "　　都发局指出，去年共核准补助案件二十八件，今年预计受理五十件。\n")
    doc = clean(page)
    assert doc.metadata["date"] == "2026-06-02"
    assert f"{label}：" not in doc.text


def test_a_sentence_about_printing_dates_is_kept() -> None:
    page = ("关于规范政府公报刊登工作的通知\n发布时间：2026-05-06\n"
            "　　各单位报送的文件，刊登日期以公报编辑部确认的期号为准，不再另行通知。\n"
            "　　公报每月出版两期，逢节假日顺延。\n")
    doc = clean(page)
    assert "刊登日期以公报编辑部确认的期号为准" in doc.text and doc.metadata["date"] == "2026-05-06"


@pytest.mark.parametrize("word", ["解析度", "分辨率"])
def test_a_body_sentence_about_resolution_is_kept(word: str) -> None:
    """The site footer's words take a bare 分辨率 (and, widened with Taiwan
    wording, 解析度: ``1024×768分辨率``), so the line alone matches the rule;
    in a page the sentence is body and stays (regression: a merge of the
    Taiwan widening with these tests)."""
    page = (f"市自然资源局召开遥感监测工作会议\n发布时间：2024-05-06\n"
            f"　　会议指出，今年全市将开展年度国土变更调查。\n"
            f"　　卫星影像{word}达到0.5米，可以满足国土空间规划的需要。\n"
            f"　　本次升级后，监控画面的{word}明显提高。\n版权所有：市自然资源局\n")
    text = clean(page).text
    assert f"卫星影像{word}达到0.5米" in text and f"监控画面的{word}明显提高" in text
    assert "版权所有" not in text
