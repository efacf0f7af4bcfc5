"""Chrome of court and procuratorate sites (held-out pages h1120-h1129): each
rule catches lines worded otherwise than the pages it was written for (other
courts, other spellings, Traditional script, half-width punctuation), and
leaves alone the body sentences that use the same words (a notice telling
parties how to query their case, a report naming the judicial platforms, a
court's signature under its notice)."""

from __future__ import annotations

from govtext import clean
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/site-name", "江屿区人民法院诉讼服务网"),
    ("slogan/site-name", "北川市中级人民法院诉讼服务平台"),
    ("slogan/site-name", "天平区人民法院移动微法院"),
    ("slogan/site-name", "青山县人民检察院12309检察服务中心"),
    ("slogan/bilingual-name", "临泉市中级人民法院　LINQUAN INTERMEDIATE PEOPLE'S COURT"),
    ("slogan/bilingual-name", "南岭省人民检察院 NANLING PROVINCIAL PEOPLE'S PROCURATORATE"),
    ("tools/case-query-form", "案件查询: 请输入案号 查询码: 验证码 [查 询]"),
    ("tools/case-query-form", "当事人：　证件号码：　【查询】【重置】"),
    ("tools/case-query-form", "案号：（　）　查询码：　　查 询"),
    ("tools/case-query-form", "受理号: 身份证号码: 检索"),
    ("tools/counted-attachment-link", "附件：少年审判工作白皮书.pdf（下载次数：87）"),
    ("tools/counted-attachment-link", "附件1：失信被执行人名单.xlsx【浏览次数：12】"),
    ("tools/counted-attachment-link", "附 件：拍卖须知.docx (已下载 236 次)"),
    ("related/judicial-platform-links", "网络拍卖平台入口：淘宝网司法拍卖｜京东拍卖｜人民法院诉讼资产网｜公拍网"),
    ("related/judicial-platform-links", "中国裁判文书网 / 中国执行信息公开网 / 人民法院公告网"),
    ("related/judicial-platform-links", "司法公开平台：中国审判流程信息公开网 | 中国庭审公开网 | 中国裁判文书网"),
    ("related/judicial-platform-links", "12309中国检察网｜人民检察院案件信息公开网｜浙江检察网"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/site-name", "东岚县人民法院"),
    ("slogan/site-name", "关于启用江屿区人民法院诉讼服务网的公告"),
    ("slogan/site-name", "当事人可通过移动微法院在线立案、查询案件进度。"),
    ("slogan/bilingual-name", "临泉市中级人民法院"),
    ("tools/case-query-form", "当事人可登录诉讼服务网，输入案号和查询码进行查询。"),
    ("tools/case-query-form", "案号：（2025）渝0119民初1123号"),
    ("tools/case-query-form", "当事人：李某某；案由：房屋租赁合同纠纷。"),
    ("tools/counted-attachment-link", "附件：少年审判工作白皮书.pdf"),
    ("tools/counted-attachment-link", "附件：失信被执行人名单（共5人）"),
    ("tools/counted-attachment-link", "截至目前，白皮书下载次数已达8700次。"),
    ("related/judicial-platform-links", "竞买人可登录淘宝网司法拍卖平台或京东拍卖平台参与竞买。"),
    ("related/judicial-platform-links", "本院已在中国裁判文书网公开裁判文书1.2万份。"),
    ("related/judicial-platform-links", "司法拍卖"),
]


(test_court_site_chrome_is_caught,
 test_body_words_of_court_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


ROWS = [
    "(2025)渝0119民初1123号 | 房屋租赁合同纠纷 | 原告:李某某;被告:某餐饮管理有限公司 | 2025-04-14 09:30 | 第五法庭 | 周明远",
    "(2025)渝0119民初1187号 | 机动车交通事故责任纠纷 | 原告:黄某某;被告:王某某 | 2025-04-14 14:30 | 第二法庭 | 陈静",
]


def test_rows_of_cells_between_bars_run_into_no_line() -> None:
    """A hearing list rendered from an HTML table (cells between bars) is no
    wrapped prose: neither the next row nor the sentence after the table
    continues a row, and no sentence runs on into a row."""
    assert continuation_reason(ROWS[0], ROWS[1]) is None
    assert continuation_reason(ROWS[1], "旁听须知:公民可持有效身份证件于开庭前30分钟到本院登记旁听。") is None
    assert continuation_reason("本院定于下列时间公开开庭审理以下案件，具体安排为", "序号｜案号｜案由｜开庭时间") is None
    full_width = "１｜周某某｜（2024）皖12执1021号｜186,400"
    assert continuation_reason(full_width, "２｜马某｜（2025）皖12执87号｜62,780") is None


def test_a_wrapped_sentence_with_one_bar_still_runs_on() -> None:
    """A headline's single bar or a shell pipe is no table: a sentence
    wrapped after one goes on."""
    first = "以案释法｜本院审结一起网络打赏合同纠纷，法院认为未成年人的大额打赏行为与其年龄、"
    assert continuation_reason(first, "智力不相适应，判决平台返还相应款项。") is not None


HEARING_LIST = """江屿区人民法院诉讼服务网
案件查询: 请输入案号 查询码: 验证码 [查 询]
2025年4月14日至4月18日开庭公告
发布时间: 2025-04-10 09:15  访问量: 236
本院定于下列时间公开开庭审理以下案件:
案号 | 案由 | 开庭时间 | 法庭
(2025)渝0119民初1123号 | 房屋租赁合同纠纷 | 2025-04-14 09:30 | 第五法庭
(2025)渝0119刑初88号 | 盗窃罪 | 2025-04-16 09:00 | 第一法庭
特此公告。
重庆市江屿区人民法院
2025年4月10日
版权所有:重庆市江屿区人民法院
"""


def test_a_hearing_list_keeps_its_rows_apart_and_loses_its_service_site_chrome() -> None:
    """The rows stay one a line, the court's signature stays, the service
    site's name and query box go."""
    doc = clean(HEARING_LIST)
    lines = doc.text.splitlines()
    assert "(2025)渝0119民初1123号 | 房屋租赁合同纠纷 | 2025-04-14 09:30 | 第五法庭" in lines
    assert "(2025)渝0119刑初88号 | 盗窃罪 | 2025-04-16 09:00 | 第一法庭" in lines
    assert "重庆市江屿区人民法院" in lines
    assert "诉讼服务网" not in doc.text and "查询码" not in doc.text
    assert doc.metadata.get("date") == "2025-04-10"


def test_a_traditional_service_site_name_goes_after_conversion() -> None:
    """The court's service site named in Traditional script above the headline goes once converted."""
    page = ("湖州市中級人民法院訴訟服務網\n市中院召開執行工作推進會\n發布時間：2025-03-02\n"
            "　　3月1日，市中級人民法院召開全市法院執行工作推進會，部署下一階段重點工作。\n"
            "　　會議要求，各基層法院要加大財產查控力度，切實提升執行質效。\n")
    doc = clean(page)
    assert "诉讼服务网" not in doc.text and "訴訟服務網" not in doc.text
    assert "执行工作推进会" in doc.text
