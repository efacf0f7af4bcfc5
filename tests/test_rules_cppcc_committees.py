"""Chrome of CPPCC committees, counsellors' offices and culture-history institutes (held-out pages
h1530-h1539): a ticker of members' views behind bullets, the bracketed buttons of a public-opinion
(社情民意) or proposal channel, a link to an issue of the office's journal or e-journal, and the fields
a proposal reply or an official document sets above its title (签发人, 类别：A) are caught in other
wordings, spellings and Traditional script, and the sentences of notices, reports and replies that
use the same words stay. A proposal reply's letterhead above those fields is no headline: the reply's
own 关于…的答复 is (checked on a small page)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/member-voice-ticker", "委员心声｜• 李国强：让老年助餐更有温度　• 韩梅：社区托育要补短板"),
    ("tools/member-voice-ticker", "代表建言：◆ 建设城郊冷链物流中心　◆ 完善农村客运班线　◆ 推进中小学课后服务"),
    ("tools/member-voice-ticker", "参事观点：● 许国华：健全农村三级养老服务网络 ● 周明：推动县域商业体系建设"),
    ("tools/member-voice-ticker", "委员热议：· 深化港深科技合作　· 便利青年跨境就业　· 加快大湾区规则衔接"),
    ("tools/public-opinion-buttons", "【我要建言】　【提案查询】"),
    ("tools/public-opinion-buttons", "社情民意直通车：[在线报送]  [采用查询]"),
    ("tools/public-opinion-buttons", "〔提交社情民意〕〔办理进度查询〕"),
    ("tools/public-opinion-buttons", "建言献策｜【我要提建议】【建议办理结果查询】"),
    ("tools/public-opinion-buttons", "【网上提案】【提案查询】"),
    ("tools/public-opinion-buttons", "社情民意信息报送 >>"),
    ("tools/public-opinion-buttons", "民意征集系统 »　网上提案平台 >>"),
    ("tools/public-opinion-buttons", "协商议题征集入口 →"),
    ("tools/member-platform-entry", "委员履职APP下载　扫码进入委员履职平台"),
    ("tools/member-platform-entry", "代表履职服务平台登录 >>"),
    ("tools/member-platform-entry", "扫一扫登录委员履职小程序"),
    ("tools/member-platform-entry", "参事履职系统入口"),
    ("related/periodical-issue-link", "《协商论坛》杂志　2025年第9期（总第356期）　在线阅读 >>"),
    ("related/periodical-issue-link", "《临湖文史》第二十一辑　PDF下载"),
    ("related/periodical-issue-link", "往期期刊　《江海政协》2024年第6期　全文阅读 »"),
    ("related/periodical-issue-link", "《参事建言》电子版 2025年第3期 点击阅读"),
    ("label-table/red-head-fields", "签发人：王建国"),
    ("label-table/red-head-fields", "答复类别：B类　签发人：李明"),
    ("label-table/red-head-fields", "紧急程度：特急"),
    ("label-table/red-head-fields", "办理类别：Ａ"),
    ("label-table/red-head-fields", "密级：内部　紧急程度：平急"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/member-voice-ticker", "委员之声：让职业教育成为“香饽饽”"),
    ("tools/member-voice-ticker", "　　委员心声：◆ 希望有关部门加快推进老旧小区加装电梯工作，切实解决群众上下楼难题。"),
    ("tools/member-voice-ticker", "　　会上，委员们围绕“建言资政”踊跃发言，提出意见建议28条。"),
    ("tools/public-opinion-buttons", "　　（一）登录市政协门户网站“社情民意”栏目，点击“我要反映”在线提交；"),
    ("tools/public-opinion-buttons", "　　委员可通过履职平台提交提案、查询办理进度，也可以反映社情民意。"),
    ("tools/public-opinion-buttons", "【提案办理】区政协召开重点提案督办协商会"),
    ("tools/public-opinion-buttons", "三、报送方式"),
    ("tools/public-opinion-buttons", "　　社情民意信息报送工作由市政协研究室负责，各单位要明确专人。"),
    ("tools/public-opinion-buttons", "社情民意信息报送"),
    ("tools/member-platform-entry", "　　委员可通过扫码进入委员履职平台，在线提交提案和社情民意信息。"),
    ("tools/member-platform-entry", "委员履职平台"),
    ("tools/member-platform-entry", "二、委员履职平台的登录和使用"),
    ("related/periodical-issue-link", "　　《江南文史》2025年第2期刊发了馆员撰写的文章12篇，读者可在线阅读。"),
    ("related/periodical-issue-link", "（本文选自《兰江文史资料》第二十三辑，有删节）"),
    ("related/periodical-issue-link", "《临湖政协》2025年第4期"),
    ("label-table/red-head-fields", "　　本答复已经郑国平局长签发，如有不同意见请及时联系。"),
    ("label-table/red-head-fields", "签发人员应当对文件内容负责"),
    ("label-table/red-head-fields", "　　提案按内容分为经济、社会、文化、生态等类别：A类为已解决，B类为正在解决。"),
]


(test_cppcc_chrome_is_caught,
 test_body_words_of_cppcc_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


REPLY = """临湖市民政局
签发人：韩立新
类别：B
临民提〔2025〕8号
关于市政协十届三次会议第0087号提案的答复
刘芳委员：
　　您提出的《关于加快发展农村互助养老的建议》收悉。经认真研究，现答复如下：
　　我局已将村级互助养老点运营补贴纳入2026年预算，每个点每年补助1.5万元。
　　感谢您对民政工作的关心和支持。
临湖市民政局
2025年6月12日
"""


def test_reply_letterhead_above_its_fields_is_no_headline() -> None:
    doc = clean(REPLY)
    assert doc.metadata.get("title") == "关于市政协十届三次会议第0087号提案的答复"
    assert "签发人" not in doc.text and "类别：B" not in doc.text
    assert "经认真研究，现答复如下" in doc.text


TRADITIONAL = """臺南市議會
首頁 > 議會新聞
議員赴社區了解長者共餐服務
發布日期：114-05-20
　　議員今日前往北區長者共餐據點，了解共餐服務及志工人力情形，並表示將持續爭取經費。
　　共餐據點負責人表示，目前每週供餐三天，服務長者約60人。
議員之聲：◆ 林文華：長照據點要普及　◆ 陳雅琪：公托名額應增加
【我要建言】　【提案查詢】
"""


def test_traditional_page_loses_ticker_and_buttons() -> None:
    text = clean(TRADITIONAL).text
    assert "之声" not in text and "我要建言" not in text
    assert "服务长者约60人" in text
