"""Chrome of ministries' and provincial departments' policy libraries (held-out
pages h1090-h1099): label rows the library writes in its own names and without
colons (文件名称　…, 发文单位　…, 文件状态　已修订), its badges and prompts on a
document's validity (【失效】, 提示：该文件已修订，请以修订后的最新版本为准,
※ 本文件已失效，仅作历史资料留存), an interpretation page's header (解读机关：…　解读方式：…,
原文件：…), download links that give the file's format with its size
(办法.pdf（PDF，356.2KB）, 指南.pdf　[PDF/1.2MB]) and a title cell of a table
dumped with bars. Each rule catches lines worded otherwise than the pages it was
written for, and leaves alone the body sentences that use the same words (a
justice department's rules on how a library marks a document's status)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("label-table/disclosure-labels", "文件名称　关于进一步完善分时电价政策有关事项的通知"),
    ("label-table/disclosure-labels", "发文单位：省财政厅"),
    ("label-table/disclosure-labels", "发布文号：国粮规〔2020〕142号"),
    ("label-table/disclosure-labels", "文件状态　已修订"),
    ("label-table/disclosure-labels", "时效状态：现行有效"),
    ("label-table/disclosure-labels", "有效状态：有效"),
    ("label-table/validity-notice", "【失效】"),
    ("label-table/validity-notice", "（作废）"),
    ("label-table/validity-notice", "[已作废]"),
    ("label-table/validity-notice", "【已修正】"),
    ("label-table/validity-notice", "［废止］"),
    ("label-table/validity-notice", "※ 本文件已失效，仅作历史资料留存"),
    ("label-table/validity-notice", "说明：此件已失效，内容仅作存档"),
    ("label-table/validity-notice", "提示：该文件已修订，请以修订后的最新版本为准。"),
    ("label-table/validity-notice", "提示：本文件已被修订，请以修订后的版本为准。"),
    ("label-table/validity-notice", "温馨提示：该规范性文件已修订"),
    ("label-table/validity-notice", "本规定已修改，请以最新版本为准"),
    ("label-table/interpretation-header", "解读机关：省人力资源社会保障厅"),
    ("label-table/interpretation-header", "解读方式：图文解读"),
    ("label-table/interpretation-header", "【解读形式】视频解读"),
    ("label-table/interpretation-header", "原文件：关于印发《汉川省灵活就业人员参保办法》的通知"),
    ("tools/download-link", "实施细则.pdf（PDF，1.3MB）"),
    ("tools/download-link", "申报表.docx [DOCX, 27.8KB]"),
    ("tools/download-link", "1．操作指南.pdf　[PDF/1.2MB]"),
    ("tools/download-link", "月报表.et　[ET/46KB]"),
]

KEPT: list[tuple[str, str]] = [
    ("label-table/validity-notice", "该文件已废止，详见《关于废止部分规范性文件的决定》"),
    ("label-table/validity-notice", "本文件已修订。"),
    ("label-table/validity-notice", "原《办法》同时废止。"),
    ("label-table/validity-notice", "对已失效的文件，请以现行有效文件为准。"),
    ("label-table/validity-notice", "本办法已修订，修订后的办法自2025年1月1日起施行。"),
    ("label-table/validity-notice", "失效"),
    ("label-table/interpretation-header", "原文件规定的补贴标准继续执行。"),
    ("label-table/interpretation-header", "解读机关要对解读内容的准确性负责。"),
    ("tools/download-link", "附件1：申报表.docx"),
    ("tools/download-link", "请于5月底前将申报表.xlsx报送至邮箱。"),
]


(test_policy_library_chrome_is_caught,
 test_body_words_of_policy_library_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


COLONLESS_PAGE = """北川省发展和改革委员会
首页　机构职能　新闻动态　政务公开　政策法规　互动交流
您当前所在位置：网站首页 » 政策法规 » 规范性文件
文件名称　北川省发展和改革委员会关于调整居民阶梯水价的通知
发文单位　北川省发展和改革委员会
成文时间　2024年03月04日
发布时间　2024年03月08日
文件状态　已修订
温馨提示：本文件已修订，请以最新版本为准
北川省发展和改革委员会关于调整居民阶梯水价的通知
各市发展改革委：
　　为促进节约用水，经省政府同意，现就调整居民阶梯水价有关事项通知如下。
　　一、第一阶梯水量为每户每年180立方米。
　　二、本通知自2024年4月1日起执行。
北川省发展和改革委员会
2024年3月4日
"""


def test_colonless_label_rows_and_the_revised_prompt_go() -> None:
    """A library's label rows written without colons and in its own names go with
    its prompt that the document was revised; the headline is the title (not the
    文件名称 row), the date the published one, and the text stays."""
    doc = clean(COLONLESS_PAGE)
    for gone in ("文件名称", "发文单位", "文件状态", "温馨提示"):
        assert gone not in doc.text, gone
    assert doc.metadata["title"] == "北川省发展和改革委员会关于调整居民阶梯水价的通知"
    assert doc.metadata["date"] == "2024-03-08"
    for kept in ("第一阶梯水量", "本通知自2024年4月1日起执行。", "2024年3月4日"):
        assert kept in doc.text, kept


DOWNLOAD_PAGE = """东岭省卫生健康委员会
当前位置: 首页 > 政务公开 > 政策文件
东岭省卫生健康委员会关于做好冬春季传染病防控工作的通知
发布日期: 2024-11-12
各市卫生健康局:
    为做好冬春季传染病防控工作,现就有关事项通知如下.
    一、加强监测预警. 各地要落实传染病疫情日报告制度.
    附件: 1. 冬春季传染病防控工作要点
          2. 重点场所防控指引
东岭省卫生健康委员会
2024年11月5日
附件下载:
1. 冬春季传染病防控工作要点.docx (28 KB)
2. 重点场所防控指引.pdf [PDF/1.2MB]
网站地图 | 联系我们
"""


def test_download_links_with_format_and_size_after_the_signature_go() -> None:
    """Files listed after the signature with their size (``(28 KB)``) or format and
    size (``[PDF/1.2MB]``) are the page's download links, not a numbered item of the
    body: they go, and the notice's own attachment list and signature stay."""
    doc = clean(DOWNLOAD_PAGE)
    assert ".docx" not in doc.text and ".pdf" not in doc.text
    for kept in ("冬春季传染病防控工作要点", "重点场所防控指引", "2024年11月5日"):
        assert kept in doc.text, kept


INTERPRETATION_PAGE = """西川省人力资源和社会保障厅
当前位置：首页 ＞ 政策解读 ＞ 文字解读
《西川省就业见习管理办法》政策解读
发布时间：2025-02-21 10:00　　解读机关：省人力资源社会保障厅　　解读方式：文字解读
原文件：西川省人力资源和社会保障厅关于印发《西川省就业见习管理办法》的通知
　　近日，省人力资源社会保障厅印发《西川省就业见习管理办法》。现就有关内容解读如下。
　　问：见习补贴标准是多少？
　　答：按当地最低工资标准的60%给予见习单位补贴。
"""


def test_an_interpretation_header_row_gives_the_date_and_goes() -> None:
    """An interpretation page's row of its date, the interpreting body and the way it is read
    is metadata: it gives the page's date and goes, with the link to the original file."""
    doc = clean(INTERPRETATION_PAGE)
    assert doc.metadata["date"] == "2025-02-21"
    assert "解读机关" not in doc.text and "原文件" not in doc.text
    assert doc.metadata["title"] == "《西川省就业见习管理办法》政策解读"
    assert "答：按当地最低工资标准的60%给予见习单位补贴。" in doc.text


def test_a_title_cell_of_a_table_dumped_with_bars_has_no_bar() -> None:
    """The title a table row gives between bars (``| 信息名称 | …的通知 |``) comes out
    without the bar that closes its cell, also when a row of the library's own (a
    summary) stands between the table and the headline."""
    title = "南安省市场监督管理局关于开展2025年电梯安全专项检查的通知"
    page = (f"| 信息名称 | {title} |\n| 发布日期 | 2025-03-06 |\n"
            "| 内容概述 | 部署全省电梯安全专项检查，排查老旧电梯隐患。 |\n"
            f"{title}\n各市市场监督管理局：\n　　省局决定于2025年3月至12月在全省开展电梯安全专项检查，现将有关事项通知如下。\n")
    doc = clean(page)
    assert doc.metadata["title"] == title
    assert doc.metadata["date"] == "2025-03-06"


def test_utf8_read_as_gbk_between_replacement_characters_stays_as_scraped() -> None:
    """A word of four read as GBK (``跨境电商`` as ``璺ㄥ\ufffd冪數鍟\ufffd``) lost a byte
    at each end: the two common characters between its rare ones are garble too, so
    a Simplified page's script conversion leaves the whole run as scraped."""
    garble = "璺ㄥ\ufffd冪數鍟\ufffd"
    page = ("各市商务局：\n　　一、支持参加境外展会。对企业参加重点境外展会的，按展位费的70%给予补助。\n"
            f"　　二、发展{garble}新业态。对年度{garble}出口额首次突破1000万元的企业给予奖励。\n"
            "　　三、优化通关服务。会同海关推广便利化措施，压缩整体通关时间。\n")
    doc = clean(page)
    assert doc.text.count(garble) == 2
    assert any(garble in w.text for w in doc.warnings)


GUIDE_PAGE = """文件名称应当与正文标题完全一致，不得简写或者增加栏目名称。
　　发文单位、发文字号、成文日期和发布日期应当与纸质文件一致。
　　对已修订的文件，应当在原文件页面标注“已修订”，并链接修订后的文件。
　　政策解读页面应当注明解读机关、解读方式和原文件名称，并与原文件相互链接。
文件状态标注错误的，制定机关应当在发现后3个工作日内更正。
"""


def test_rules_on_a_library_that_use_its_label_words_stay() -> None:
    """A department's rules on how a library labels its documents, whose sentences
    open with the label words at the page's edges, stay whole."""
    doc = clean(GUIDE_PAGE)
    for line in GUIDE_PAGE.strip().split("\n"):
        assert line.strip() in doc.text, line
