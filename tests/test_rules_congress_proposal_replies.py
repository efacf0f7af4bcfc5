"""Chrome of people's congress and CPPCC sites around replies to deputies'
suggestions and members' proposals, councils' written-question replies and
deputies' liaison stations (held-out pages h950-h959): each rule catches
lines worded otherwise than the pages it was written for (other sites, other
spellings, Traditional script, half-width punctuation), and leaves alone the
body sentences of a reply or a report that use the same words (办理结果为A类,
代表满意和基本满意率, 关键字, 视频)."""

from __future__ import annotations

from govtext import clean
from govtext.rejoin.paragraphs import _indent_convention
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("label-table/suggestion-record-labels", "提案编号：第0086号　　届次：九届四次"),
    ("label-table/suggestion-record-labels", "提案人:李红梅  提案类别:经济建设"),
    ("label-table/suggestion-record-labels", "领衔代表：周建国　联名代表：吴芳、孙立新"),
    ("label-table/suggestion-record-labels", "办理状态：办理中　办理结果：B类"),
    ("label-table/suggestion-record-labels", "答复类别：A　　答复日期：2025-05-30"),
    ("label-table/suggestion-record-labels", "议案号：12 | 代表团：城关代表团"),
    ("label-table/suggestion-record-labels", "案号：3-2-0114　质询议员：陈美惠"),
    ("label-table/suggestion-record-labels", "留言人：李**　留言时间：2025-04-01 08:12"),
    ("label-table/suggestion-record-labels", "会办单位：市发展改革委　办理情形：已答复"),
    ("label-table/suggestion-record-labels", "界别：经济界　提案者：郑明"),
    ("tools/rating-question", "您对本件提案的办理结果是否满意？　○满意　○基本满意　○不满意　提交"),
    ("tools/rating-question", "您对该件建议的答复是否满意?"),
    ("tools/rating-question", "您对委员的回复是否满意？ 满意 不满意 【提交】"),
    ("tools/rating-question", "您对部门的办理工作是否满意？"),
    ("tools/rating-question", "您对本次答复是否满意？　满意　基本满意　不满意　确定"),
    ("tools/record-query-form", "提案检索：年度 [2025 ▼] 类别 [全部 ▼] 关键词 [　　] 检 索"),
    ("tools/record-query-form", "会期：第3次定期会　关键字：【搜寻】【重置】"),
    ("tools/record-query-form", "议员：全部　关键词：　查询　清空"),
    ("tools/download-link", "附件：议案文本.docx（DOC，58KB）"),
    ("tools/download-link", "附件1：办理情况统计表.xls（XLS/1.2MB）"),
    ("tools/format-tagged-link-row", "议案文本（Word）｜说明（PDF，1.2MB）"),
    ("tools/format-tagged-link-row", "书面质询（PDF） 政府回复（PDF） 补充资料（ODT）"),
    ("tools/listen-player", "【音频】点击收听（时长 05:12）"),
    ("tools/listen-player", "视频：播放 约3分钟"),
    ("slogan/portuguese-name-alone", "Direcção dos Serviços de Educação e de Desenvolvimento da Juventude"),
    ("slogan/portuguese-name-alone", "Gabinete do Chefe do Executivo"),
    ("footer/site-address", "议会大厦　地址：台中市西屯区文心路100号　电话：04-2222-1234"),
]

KEPT: list[tuple[str, str]] = [
    ("label-table/suggestion-record-labels", "办理结果：A类"),
    ("label-table/suggestion-record-labels", "您的建议所提问题已基本解决，办理结果为A类。"),
    ("label-table/suggestion-record-labels", "主办单位：市科协　承办单位：市青少年宫"),
    ("label-table/suggestion-record-labels", "提案人：王明"),
    ("label-table/suggestion-record-labels", "本届会议共收到提案人数和领衔代表人数均比上届增加。"),
    ("tools/rating-question", "代表对办理工作满意和基本满意率达99.2%。"),
    ("tools/rating-question", "对办理结果不满意的，还要再提、再跟进。"),
    ("tools/rating-question", "承办单位要主动征求代表对建议办理是否满意的意见。"),
    ("tools/record-query-form", "群众可输入关键字查询办理进度。"),
    ("tools/record-query-form", "关键词：乡村振兴 人大监督"),
    ("tools/download-link", "附件：政协提案办理情况征询意见表"),
    ("tools/format-tagged-link-row", "请各单位于5月底前报送书面材料（PDF格式）。"),
    ("tools/format-tagged-link-row", "议案文本（Word）"),
    ("tools/listen-player", "会议播放了全市经济社会发展成就视频。"),
    ("tools/listen-player", "视频会议时长约2小时。"),
    ("slogan/portuguese-name-alone", "Governo"),
    ("slogan/portuguese-name-alone", "Gabinete do Chefe do Executivo emitiu o despacho n.º 12/2025."),
    ("footer/site-address", "代表们来到会展中心大厦，听取项目建设情况介绍。"),
]


(test_congress_site_chrome_is_caught,
 test_body_words_of_congress_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


COUNCIL_REPLY = """雲林市議會
議會簡介 | 議員資訊 | 議事資訊 | 質詢答覆 | 市民服務
首頁 > 議事資訊 > 質詢答覆
有關本市公園兒童遊具汰換之書面質詢答覆
案號：2-5-0031　質詢議員：陳美惠　質詢日期：114年3月4日
答覆機關：雲林市政府工務處　答覆日期：114年3月25日
質詢內容：
一、本市多處公園兒童遊具老舊，請市府說明汰換計畫。
答覆內容：
一、本處已完成全市62處公園遊具安全檢查，114年度將汰換其中21處，經費約新臺幣3千萬元。
最後更新日期：114-03-28
"""


def test_a_council_reply_takes_its_date_and_source_from_the_reply_labels() -> None:
    """A council's written-question reply (質詢) is a letter and its reply:
    the answering office (答覆機關, a label the reply scan did not know) is the
    source and the reply's date, after one ideographic space, the date, not
    the page's update; the case card goes, the question and the answer stay."""
    doc = clean(COUNCIL_REPLY)
    assert doc.metadata.get("date") == "2025-03-25"
    assert doc.metadata.get("source") == "云林市政府工务处"
    assert "质询议员" not in doc.text
    assert "本市多处公园儿童游具老旧" in doc.text
    assert "本处已完成全市62处公园游具安全检查" in doc.text


MACAU_REPLY = """行政長官辦公室
第318/E207/VII/GPAL/2025號文件
回覆李志成議員書面質詢
遵照行政長官指示，經諮詢社會工作局的意見，本人對立法會2025年3月3日第201/VII/2025號函轉來李志成議員的書面質詢，答覆如下：
一、社會工作局已增加長者日間護理名額，今年內新增服務名額120個。
行政長官辦公室主任
二零二五年三月二十日
"""


def test_an_office_above_its_file_number_is_no_headline() -> None:
    """A Macau office's name above its file number (``第318/E207/VII/GPAL/2025號文件``)
    is the letter's heading, not the headline: the reply's own line is the title."""
    assert clean(MACAU_REPLY).metadata.get("title") == "回复李志成议员书面质询"


def test_a_salutation_colon_opens_an_indented_paragraph_and_a_semicolon_does_not() -> None:
    """A short report pasted from a PDF: the salutation (各位委员：) and a
    sentence end open indented paragraphs, and a wrapped line ending on a
    semicolon goes on unindented without counting against the convention;
    so the indent convention holds and the first paragraph's last word joins it."""
    text = ("关于代表建议办理情况的报告\n主任、各位副主任、秘书长、各位委员：\n"
            "　　我受市人民政府委托，现将代表建议办理情况报告如下，请予\n审议。\n一、基本情况\n"
            "　　代表共提出建议132件，A类78件，占59.1%；\nB类46件，占34.8%；C类8件，占6.1%。代表满意的125件。\n"
            "　　（二）坚持面商沟通。各承办单位在答复前与领衔代表面对面沟通，共开展\n面商96次。\n")
    assert _indent_convention(text)
    assert "报告如下，请予审议。" in clean(text).text
    body = "坚持规划引领；\n分步推进实施，确保取得实效，为全市发展作出贡献。\n"
    assert not _indent_convention(body)
