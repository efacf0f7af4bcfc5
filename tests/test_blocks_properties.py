"""Hypothesis properties of the block filter on generated pages.

Pages are built from a headline, body paragraphs and headings (which must
all survive) and boilerplate of every family placed where sites put it
(which must all go)."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from govtext import Document
from govtext.blocks.filter import BlockFilter
from govtext.blocks.shape import has_han8

CLAUSES = [
    "坚持以人民为中心的发展思想", "深入实施创新驱动发展战略", "持续优化营商环境", "全面推进乡村振兴",
    "加快建设现代化产业体系", "统筹发展和安全", "扎实推进共同富裕", "严格落实安全生产责任制",
    "进一步提升政务服务效能", "着力解决群众急难愁盼问题", "推动经济实现质的有效提升和量的合理增长",
    "依法打击赌博违法犯罪活动", "规范福利彩票和体育彩票销售管理", "深入开展扫黄打非专项行动",
    "全年新增城镇就业2.3万人", "完成固定资产投资186亿元，同比增长7.5%", "建成“15分钟公共服务圈”",
    "市民可登录后查看办理进度", "严禁未经许可复制他人作品", "欢迎广大市民积极参与", "网站地图和联系我们栏目同步更新",
    "依法查处利用网络开设赌场和传播淫秽色情信息的行为", "版权所有人的合法权益受法律保护",
]
TITLES = [
    "湖州市人民政府关于进一步加强安全生产工作的意见", "德清县召开2024年经济工作会议",
    "奋力谱写中国式现代化新篇章", "关于开展2024年度彩票市场专项检查的通知", "长兴县：以“小切口”推动基层治理大变革",
]
HEADINGS = ["一、总体要求", "（二）重点任务", "三、保障措施", "聚焦科技创新", "坚持人民至上 守护万家平安", "1.加强组织领导"]
HEAD_NOISE = [
    "当前位置：首页 > 新闻中心 > 政务动态", "您现在的位置: 首页 » 政务公开 » 政策文件", "首页 -> 信息公开 -> 通知公告",
    "首页＞部门动态＞工作信息", "首页 | 政务公开 | 政务服务 | 互动交流 | 走进湖州", "【字体：大 中 小】【打印本页】【关闭窗口】",
    "欢迎访问安吉县人民政府门户网站", "• 政务微博", "分享到：",
]
META = ["发布时间：2024-03-12 09:30　来源：市政府办公室", "2023-11-15 10:54 来源:《今日浙江》杂志 作者:陈浩",
        "发布日期：2024年4月2日　　信息来源：市体育局　　浏览次数：356"]
TAIL_NOISE = [
    "反对 0 举报 0 收藏 0 评论 0", "阅读：1024", "上一篇：关于做好防汛工作的通知", "下一篇：湖州市2024年第一季度经济运行情况",
    "扫一扫在手机打开当前页", "主办单位：湖州市人民政府办公室　承办单位：湖州市大数据发展管理局",
    "网站标识码：3305000001　浙ICP备05021311号", "版权所有 © 2024 湖州市人民政府 All Rights Reserved",
    "Produced By 大汉网络 大汉版通发布系统", "技术支持：拓尔思信息技术股份有限公司", "剩余60%未读，登录后查看全文",
    "守护绿水青山 建设美丽家园",
]
RELATED = ["相关阅读", "湖州召开全市生态环境保护工作会议", "我市启动夏季大气污染防治攻坚行动"]

paragraph = st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=6).map(lambda cs: "　　" + "，".join(cs) + "。")


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, list[str], list[str], str]:
    keep: list[str] = []
    noise: list[str] = list(draw(st.lists(st.sampled_from(HEAD_NOISE), max_size=3, unique=True)))
    title = draw(st.sampled_from(TITLES))
    lines = [*noise, title]
    meta = draw(st.lists(st.sampled_from(META), max_size=1))
    lines += meta
    noise += meta
    for _ in range(draw(st.integers(2, 6))):
        if draw(st.booleans()):
            h = draw(st.sampled_from(HEADINGS))
            lines.append(h)
            keep.append(h)
        p = draw(paragraph)
        lines.append(p)
        keep.append(p)
    tail = list(draw(st.lists(st.sampled_from(TAIL_NOISE), max_size=4, unique=True)))
    if draw(st.booleans()):
        tail += RELATED
    lines += tail
    noise += tail
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    return sep.join(lines), keep, noise, title


@given(pages())
def test_body_kept_noise_removed_title_found(page: tuple[str, list[str], list[str], str]) -> None:
    text, keep, noise, title = page
    # a body to anchor on: some paragraph is prose (8+ Han characters); on a page without any, every line
    # is unsure and kept (found by the long profile: a body of two lines 统筹发展和安全。)
    assume(any(has_han8(line) for line in keep if line.endswith("。")))
    doc = Document.from_text(text)
    BlockFilter()(doc)
    for line in keep:
        assert line.strip("　") in doc.text, line
    lines = set(doc.text.split("\n"))
    for line in noise:
        assert line not in lines, line
    assert doc.metadata["title"] == title
    assert all(r.reason and r.rule for r in doc.removed)


@given(pages())
def test_block_filter_is_idempotent(page: tuple[str, list[str], list[str], str]) -> None:
    doc = Document.from_text(page[0])
    BlockFilter()(doc)
    again = Document.from_text(doc.text)
    BlockFilter()(again)
    assert again.text == doc.text
    assert again.metadata["title"] == doc.metadata["title"]


LINE_PIECES = st.sampled_from([*CLAUSES, *HEADINGS, *HEAD_NOISE, *TAIL_NOISE, *META, "。", "，", " ", "\u3000", ">", "\n"])


@given(st.one_of(st.text(max_size=300), st.lists(LINE_PIECES, max_size=40).map("".join)))
def test_block_filter_never_raises_and_only_deletes_whole_lines(text: str) -> None:
    doc = Document.from_text(text)
    BlockFilter()(doc)
    for r in doc.removed:
        assert r.text and r.reason and r.rule
        assert r.text.rstrip("\n").strip() and "\n" not in r.text.rstrip("\n")
    assert isinstance(doc.annotations["blocks"], list)
