"""The short spellings of a page's chrome that other CMSs print: previous /
next links as ``上篇：`` / ``下篇：`` (for 上一篇 / 下一篇), a source
labelled ``信息出处：`` or ``本文出处：`` (for 信息来源), a pager's count
alone (``共3页``), ``站点地图`` / ``Sitemap`` (for 网站地图) one
platform of a share widget on a line of its own (``微信``, ``QQ空间``), and
an organisation's English name written in capitals above the headline
(``ENVIRONMENTAL PROTECTION DEPARTMENT``, ``水务署 WATER SUPPLIES DEPARTMENT``). Found by rewriting
the chrome of the held-out pages with the synonyms other sites use. A
report whose own parts are headed 上篇 / 下篇 keeps them: the rule fires at
the page's edges only."""

from __future__ import annotations

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/prev-next-short", "上篇：青石镇举办农村实用人才技能培训班"),
    ("related/prev-next-short", "下篇：无"),
    ("related/prev-next-short", "下篇: 縣政府召開常務會議"),
    ("related/prev-next-short", "【下篇】澧阳县开展春季动物疫病集中免疫工作"),
    ("related/prev-next-short", "阅读下篇："),
    ("related/prev-next-short", "上篇"),
    ("related/pager-count", "共1页"),
    ("related/pager-count", "共 45 条"),
    ("related/pager-count", "共3页 | 共45条"),
    ("related/pager-count", "共128条记录"),
    ("tools/top-bar-links", "站点地图"),
    ("tools/top-bar-links", "站点导航 | 用户登录"),
    ("tools/top-bar-links", "Sitemap"),
    ("tools/share-target-alone", "微信"),
    ("tools/share-target-alone", "QQ空间"),
    ("tools/share-target-alone", "朋友圈"),
    ("tools/share-target-alone", "[新浪微博]"),
    ("tools/share-target-alone", "LINE"),
    ("slogan/english-name-caps", "ENVIRONMENTAL PROTECTION DEPARTMENT"),
    ("slogan/english-name-caps", "NANJIANG CUSTOMS DISTRICT P.R.CHINA"),
    ("slogan/english-name-caps", "THE GOVERNMENT OF THE HONG KONG SPECIAL ADMINISTRATIVE REGION"),
    ("slogan/english-name-caps", "TAIPEI RAPID TRANSIT CORPORATION"),
    ("english/bilingual-site-name-caps", "水务署 WATER SUPPLIES DEPARTMENT"),
    ("english/bilingual-site-name-caps", "劳工处 LABOUR DEPARTMENT"),
]

KEPT: list[tuple[str, str]] = [
    ("related/prev-next-short", "上篇讲的是理论基础，下篇讲的是实践探索。"),
    ("related/prev-next-short", "下篇幅较长的材料请另附页说明。"),
    ("related/prev-next-short", "全书分上篇、下篇两部分，共十二章。"),
    ("related/prev-next-short", "上篇文章已介绍了申报条件"),
    ("related/pager-count", "共收到意见建议45条。"),
    ("related/pager-count", "本办法共5章32条"),
    ("related/pager-count", "共3页，请逐页签字确认"),
    ("tools/top-bar-links", "站点地图已同步更新至政务服务网"),
    ("tools/top-bar-links", "Sitemap of the portal was updated."),
    ("tools/share-target-alone", "微信：ljgov2025"),
    ("tools/share-target-alone", "关注微信公众号“临江发布”"),
    ("tools/share-target-alone", "官方微博"),
    ("slogan/english-name-caps", "Environmental protection department"),
    ("slogan/english-name-caps", "NOTICE ON THE OPENING OF THE NEW CENTRE"),
    ("slogan/english-name-caps", "COVID-19 VACCINATION PROGRAMME"),
    ("english/bilingual-site-name-caps", "水务署 Water supplies are normal today"),
    ("english/bilingual-site-name-caps", "关于ISO 9001质量管理体系认证的通知"),
]

test_short_prev_next_links_are_caught, test_body_lines_with_the_same_words_stay = rule_line_tests(CAUGHT, KEPT)

REPORT = """临江市人民政府
首页 | 政务公开 | 办事服务
临江市“十五五”文化发展规划研究报告
上篇：发展基础
　　“十四五”以来，全市公共文化服务体系基本建成，市县乡村四级设施覆盖率达到98%。
　　文化产业增加值年均增长8.2%，占地区生产总值比重提高到4.6%。
下篇：目标任务
　　到2030年，全市基本建成文化强市，公共文化服务效能显著提升。
　　实施文化惠民工程，每年开展送戏下乡500场以上。
上篇：临江市2025年文化工作要点
下篇：临江市公共图书馆总分馆制建设方案
主办：临江市人民政府办公室　网站标识码：4306000001
"""


def test_a_reports_own_parts_stay_and_the_links_under_it_go() -> None:
    text = clean(REPORT).text
    assert "上篇：发展基础" in text and "下篇：目标任务" in text
    assert "文化工作要点" not in text and "总分馆制" not in text


def _fields(line: str) -> dict[str, str | int]:
    meta = parse_meta_line(line)
    assert meta is not None, line
    return dict(meta.fields)


def test_a_source_labelled_chuchu_is_read() -> None:
    assert _fields("信息出处：县公安局") == {"source": "县公安局"}
    assert _fields("本文出处：澎湃新闻　作者：吴昊") == {"source": "澎湃新闻", "author": "吴昊"}
    assert _fields("資訊出處：縣政府秘書處") == {"source": "縣政府秘書處"}
