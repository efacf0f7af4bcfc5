"""Newspaper and gazette pages dumped from PDFs and e-papers (held-out pages
h360-h369): the running head of a gazette's facing page (the issue with its
running number and the section's name), and the structural behaviours the
pages needed (a notice's signature above the rules it issues, an e-paper's
two columns of two widths, a line a continuation marker opened), each with
other wordings it must handle and the body lines it must leave alone."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/gazette-issue-masthead", "2025年第3期（总第118期）　　　　　　　　规范性文件"),
    ("slogan/gazette-issue-masthead", "2024年第12期(总第806期)    政府文件"),
    ("slogan/gazette-issue-masthead", "人事任免　　　　　　　　2025年第1期（总第421期）"),
    ("slogan/gazette-issue-masthead", "部門文件　　　　2024年第9期（總第233期）"),
    ("slogan/gazette-issue-masthead", "2023年 第 5 期 （总第 57 期）"),
    ("tools/paper-registration", "中共禾川县委机关报　　国内统一连续出版物号：CN33－0147　　第2261期"),
    ("tools/paper-registration", "国内统一刊号：CN 44-0012"),
    ("tools/paper-registration", "國內統一刊號：CN81-0021　　第9021號"),
    ("tools/paper-registration", "CN11-0066/G"),
    ("tools/paper-registration", "中共青山市委员会机关报"),
    ("tools/paper-registration", "中共西岭县委机关報"),
    ("tools/paper-registration", "HECHUAN BAO"),
    ("tools/paper-registration", "LINJIANG RIBAO"),
    ("tools/paper-registration", "QINGXI WANBAO"),
    ("tools/paper-registration", "NANGANG DAILY"),
    ("tools/epaper-section-name", "要闻·综合"),
    ("tools/epaper-section-name", "副刊・文化"),
    ("tools/epaper-section-name", "港聞·社區"),
    ("tools/epaper-section-name", "县域 · 乡镇 · 村社"),
    ("credits/page-editor-contact", "编辑：邵启明　电话：010－63216677　E-mail：nygrb5@163.com"),
    ("credits/page-editor-contact", "本版编辑：庞雪　　电话：010－59196342"),
    ("credits/page-editor-contact", "责任编辑：李　华　美编：陈丽　新闻热线：0571-87654321"),
    ("credits/page-editor-contact", "編輯：梁嘉欣　電郵：news@example.hk"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/gazette-issue-masthead", "本刊2025年第3期（总第118期）刊登了全文。"),
    ("slogan/gazette-issue-masthead", "详见《市政府公报》2025年第3期（总第118期）规范性文件栏目。"),
    ("slogan/gazette-issue-masthead", "第3期（总第118期）培训班于5月12日开班"),
    ("slogan/gazette-issue-masthead", "规范性文件 第3期"),
    ("tools/paper-registration", "《禾川报》是中共禾川县委机关报，创刊于1956年。"),
    ("tools/paper-registration", "县委机关报要把正确的舆论导向放在首位"),
    ("tools/paper-registration", "报社已取得国内统一连续出版物号，定于明年1月正式出版。"),
    ("tools/paper-registration", "BAO"),
    ("tools/paper-registration", "GDP"),
    ("tools/paper-registration", "CN33-0147号文件"),
    ("tools/epaper-section-name", "要闻·综合新闻版面调整的通知"),
    ("tools/epaper-section-name", "文化·旅游融合发展取得新成效。"),
    ("tools/epaper-section-name", "要闻"),
    ("credits/page-editor-contact", "编辑：邵启明"),
    ("credits/page-editor-contact", "联系人：邵启明　电话：010－63216677"),
    ("credits/page-editor-contact", "编辑部电话：010－63216677，欢迎读者来电。"),
]


(test_paper_page_furniture_is_caught,
 test_body_words_of_paper_page_furniture_are_kept) = rule_line_tests(CAUGHT, KEPT)


GAZETTE_NOTICE_OVER_RULES = """青山县人民政府公报　　　　　　　　2025年第4期
青山县人民政府关于印发
《青山县村级公益事业补助办法》的通知
青政发〔2025〕8号
各乡镇人民政府，县政府各部门：
　　《青山县村级公益事业补助办法》已经县政府
同意，现印发给你们，请结合实际认真抓好落实
。
青山县人民政府
2025年4月8日
青山县村级公益事业补助办法
　　第一条　为规范村级公益事业建设补助资金管
理，根据有关规定，结合本县实际，制定本办法。
　　第二条　补助资金实行项目库管理，按照先建
后补、以奖代补的方式拨付。
"""


def test_a_gazette_notice_keeps_its_signature_above_the_rules_it_issues() -> None:
    """The office and the date under the notice's last sentence sign it (they
    are body), though the hard-wrapped lines above put them before the first
    solid block: no source or date line of the page."""
    doc = clean(GAZETTE_NOTICE_OVER_RULES)
    assert "青山县人民政府\n2025年4月8日" in doc.text
    assert "制定本办法" in doc.text


PAPER_FRONT_PAGE = """临江报
LINJIANG BAO
中共临江县委机关报　　国内统一刊号：CN 44-0012　　第1820期
2024年2月10日　星期六　农历甲辰年正月初一　　今日4版
新春走基层：坚守在万家团圆时
　　本报讯　除夕夜，县供电公司的抢修队员仍坚守在岗位上，确保全县群众用电安全。
"""


def test_a_paper_front_page_masthead_of_several_lines_names_the_paper_and_the_issue_date() -> None:
    """The paper's name above its pinyin name and registration line, then the
    dateline with its lunar date: the name is the source, the dateline's
    date is the page's, the headline is the title; the masthead's lines go."""
    doc = clean(PAPER_FRONT_PAGE)
    assert doc.metadata["source"] == "临江报"
    assert doc.metadata["date"] == "2024-02-10"
    assert doc.metadata["title"] == "新春走基层：坚守在万家团圆时"
    assert "LINJIANG" not in doc.text and "CN 44" not in doc.text
    assert "除夕夜" in doc.text


NEWS_PAGE_SOURCE_UNDER_HEADLINE = """青山县全面推行村级公益事业补助
青山县人民政府
2025年4月8日
　　近日，县政府印发《青山县村级公益事业补助办法》，对村级道路、饮水、文化等公益设施建设给予补助。办法明确，补助资金实行项目库管理，按照先建后补、以奖代补的方式拨付。
　　县财政局负责人表示，办法的出台将进一步调动村民参与公益事业建设的积极性。
"""


def test_an_office_and_date_under_a_headline_are_still_the_pages_source_and_date() -> None:
    """Without a sentence that closes a text above them, an office's name and a
    date under the headline are the page's source and date lines."""
    doc = clean(NEWS_PAGE_SOURCE_UNDER_HEADLINE)
    assert doc.metadata["source"] == "青山县人民政府"
    assert doc.metadata["date"] == "2025-04-08"
    assert "青山县人民政府\n2025年4月8日" not in doc.text


WEEKLY_WITH_ISSUE = """西灣街坊報　第52期
B2 | 社區　　2025年6月20日（星期五）
　　西灣區議會昨日召開會議，通過在海濱長廊增設無障礙設施的動議，工程預計年底前完成，屆時長者及輪椅使用者可直達碼頭。
"""


def test_a_papers_name_with_its_issue_above_the_dateline_is_its_masthead() -> None:
    """``西灣街坊報　第52期`` above the page's dateline is the paper's masthead
    (the name and the issue), not a headline: it goes, the paper is the source."""
    doc = clean(WEEKLY_WITH_ISSUE)
    assert "第52期" not in doc.text
    assert doc.metadata["title"] != "西湾街坊报　第52期"
    assert "无障碍设施" in doc.text


def test_an_issue_line_of_a_bulletin_is_no_papers_masthead() -> None:
    """A bulletin's name with its issue (``工作简报　第52期``) is no paper's name
    (简报 is a document's kind): it is left to the bulletin's rules."""
    from govtext.blocks.classify import _PAPER_LINE

    assert _PAPER_LINE.match("工作简报　第52期") is None
    assert _PAPER_LINE.match("西灣街坊報　第52期") is not None


JUMP_PAGE = """临江日报　2025年3月18日　星期二　第5版　综合
（上接第1版）站项目并网，新增装机容量
36万千瓦，其中分布式光伏占比超过四成。
公司通过“风光储一体化”模式，配套建设
储能电站4座，储能规模合计12万千瓦/24万
千瓦时，有效缓解了午间弃光问题。
　　在项目建设中，公司首次在高海拔地区
试点应用新型制氢技术，把富余电量转化为
绿氢，就地供应园区内的化工企业，年可制
氢约900吨。
"""


def test_a_jump_pages_first_wrapped_line_is_no_title() -> None:
    """A jump page has no headline: its first line, a wrapped line that the
    rejoiner runs on into the paragraph, is not the page's title."""
    doc = clean(JUMP_PAGE)
    assert doc.metadata["title"] is None
    assert "新增装机容量36万千瓦" in doc.text
    assert doc.metadata["continues_from_page"] == 1


def test_a_headline_above_a_wrapped_paragraph_is_still_the_title() -> None:
    """A headline on a line of its own above the wrapped text stays the title."""
    doc = clean(JUMP_PAGE.replace("（上接第1版）", "高原风光储项目全部并网\n　　").replace("第5版", "第1版"))
    assert doc.metadata["title"] == "高原风光储项目全部并网"
