"""Chrome of government open-data portals' dataset and interface pages (held-out
pages h840-h849): each rule catches lines worded otherwise than the pages it
was written for (other portals, Taiwan wording in its converted script, half-width punctuation),
and leaves alone the body sentences that use the same words (a notice on
downloading data, a rating scheme, an error-report procedure, a user
agreement's own clauses); the portal's labels give the dataset's supplier and
its first publication date."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/open-data-buttons", "数据预览　下载　申请接口"),
    ("tools/open-data-buttons", "[下载CSV] [下载XLSX] [API调用]"),
    ("tools/open-data-buttons", "立即申请　查看接口文档"),
    ("tools/open-data-buttons", "XLS CSV JSON 接口说明"),
    ("tools/open-data-buttons", "下载档案 JSON 检视资料"),
    ("tools/open-data-buttons", "收藏 | 纠错 | 分享"),
    ("tools/rating-stars", "综合评分 ★★★☆☆ 3.2"),
    ("tools/rating-stars", "★★★★☆ 给数据打分"),
    ("tools/rating-stars", "资源评价：★★★★★"),
    ("tools/correction-box", "信息纠错"),
    ("tools/correction-box", "错误类型：□字段缺失 □数据过期"),
    ("tools/correction-box", "请填写您遇到的问题（限500字）"),
    ("tools/correction-box", "验证码：[ ] 刷新"),
    ("tools/comment-box-empty-or-counted", "留言（0）我要留言"),
    ("tools/comment-box-empty-or-counted", "暂无评论，快来发表你的看法吧！ 发表评论"),
    ("tools/comment-box-empty-or-counted", "目前没有任何评价 我要评价"),
    ("tools/data-use-consent-note", "下载数据即视为您已阅读并同意《开放数据服务条款》"),
    ("tools/data-use-consent-note", "注册即表示同意《平台用户协议》和《隐私政策》"),
    ("tools/dated-comment", "网友 老陈：数据什么时候能按日更新？ 2024/11/02 09:15"),
    ("tools/dated-comment", "管理员回复：已更新至最新版本。 2024-11-05"),
    ("related/open-data-list-header", "同主题数据"),
    ("related/open-data-list-header", "相似数据集推荐"),
    ("related/open-data-list-header", "更多接口"),
    ("related/open-data-list-header", "相关资料集"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/open-data-buttons", "公众可在平台下载CSV、JSON格式数据，也可申请接口调用。"),
    ("tools/open-data-buttons", "下载"),
    ("tools/rating-stars", "评分采用五星制，★★★★★为最高等级，由第三方机构独立评定。"),
    ("tools/correction-box", "数据纠错工作按照“谁提供、谁负责”的原则，由数据提供部门在10个工作日内核实处理。"),
    ("tools/correction-box", "请描述问题发生的时间、地点和经过"),
    ("tools/comment-box-empty-or-counted", "对暂无评论意见的事项，视为无异议。"),
    ("tools/data-use-consent-note", "数据使用者注册账号时，应当阅读并同意《开放数据使用协议》。"),
    ("tools/dated-comment", "网友：请问今年的数据开放目录什么时候发布？"),
    ("tools/dated-comment", "用户应当按照约定的用途使用数据，并于每年12月底前报送使用情况。"),
    ("related/open-data-list-header", "相关数据显示，全市公共数据开放总量持续增长。"),
]


test_open_data_chrome_is_caught, test_body_words_of_open_data_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "key", "value"), [
    ("数据提供部门：市生态环境局", "source", "市生态环境局"),
    ("提供机关：新北市政府环境保护局", "source", "新北市政府环境保护局"),
    ("提供者：渠务署", "source", "渠务署"),
    ("上架日期：2021-08-30", "date", "2021-08-30"),
    ("首次發布日期：2022-01-05", "date", "2022-01-05"),
])
def test_open_data_labels_are_metadata(line: str, key: str, value: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.fields.get(key) == value and m.coverage == 1.0


def test_a_dataset_counter_row_is_a_metadata_line() -> None:
    """A row of the portal's counts (views, downloads, bookmarks, interface calls) is explained whole."""
    m = parse_meta_line("访问量：902　　收藏次数：8　　调用次数：3,301")
    assert m is not None and m.coverage == 1.0


DATASET_PAGE = """晋川市公共数据开放网
首页　数据目录　接口服务　应用成果　互动交流
当前位置：首页 > 数据目录 > 生态环境 > 数据详情
晋川市空气质量自动监测站点信息
数据提供部门：晋川市生态环境局
上架日期：2024-04-02　　最近更新：2025-02-18
收藏量：12　　浏览量：2,310　　下载量：402
　　本数据集包含全市国控、省控空气质量自动监测站点的名称、位置、经纬度和监测项目，可用于空气质量研究和监测网络布局分析。
　　公众可在平台直接下载CSV、JSON格式数据，如发现数据有误，可通过纠错功能反馈。
数据预览　　下载　　接口申请
综合评分：★★★★☆
同部门数据
晋川市重点排污单位名录
网友 李先生：能否增加小时浓度数据？　2025-02-20
平台回复：已转数据提供部门研究。　2025-02-21
网站地图 | 联系我们
"""


def test_a_dataset_page_of_another_portal_keeps_its_summary_and_supplier() -> None:
    """A whole dataset page of another portal: the labels give the supplier and
    the date the data was first put up, the buttons, rating, related list and
    comments go, and the summary that speaks of downloads and corrections stays."""
    doc = clean(DATASET_PAGE)
    text = doc.text
    body = [line.strip() for line in DATASET_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("接口申请", "★", "同部门数据", "李先生", "平台回复", "收藏量"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "晋川市空气质量自动监测站点信息"
    assert doc.metadata.get("source") == "晋川市生态环境局"
    assert doc.metadata.get("date") == "2024-04-02"


FACET_COLUMN_PAGE = """临溪市公共数据开放平台
首页 数据目录 开放接口 数据应用
资源分类
城市建设（208）
教育科技（96）
社会保障(64)
市场监管(41)
临溪市公共停车场泊位信息
数据提供单位 临溪市城市管理局
发布时间 2025-01-08 更新时间 2025-03-02
　　本数据集包含全市公共停车场的名称、地址、泊位数量和收费标准，按月更新。
　　各类数据按城市建设、教育科技、社会保障等主题分类开放。
"""


def test_a_facet_column_above_the_headline_goes() -> None:
    """A data portal's category column, one category and its record count a
    line (城市建设（208）), dumped above the dataset's name: a menu, whatever
    the counts; the body's sentence naming the same categories stays."""
    doc = clean(FACET_COLUMN_PAGE)
    for chrome in ("资源分类", "城市建设（208）", "教育科技（96）", "(64)", "市场监管(41)"):
        assert chrome not in doc.text, chrome
    assert "按城市建设、教育科技、社会保障等主题分类开放" in doc.text
    assert doc.metadata.get("title") == "临溪市公共停车场泊位信息"


def test_counted_lines_of_a_body_list_stay() -> None:
    """Prize lines with their counts under the headline lead into the text:
    a list of the notice's, not a facet column."""
    page = ("关于公布2025年度优秀调研成果评选结果的通知\n"
            "一等奖（3）\n二等奖（8）\n三等奖（15）\n"
            "　　经评审委员会评审，共评出优秀调研成果26项，现予公布。\n")
    text = clean(page).text
    for line in ("一等奖（3）", "二等奖（8）", "三等奖（15）"):
        assert line in text, line
