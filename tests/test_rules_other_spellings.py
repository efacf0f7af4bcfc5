"""Chrome of small sites spelled otherwise (held-out pages h330-h339: a
state-owned enterprise, a police bureau, a weather bureau, a 12345 hotline,
a township CMS, a trade association): an organisation's English name on a
line of its own under its Chinese name, a police site's call slogan in the
footer, a bare 【大 中 小】, a live page's 最新进展 header, a member's top bar
(会员登录　入会申请), previous / next links with an arrow (上一篇 »), a
publisher's credit (发布：… 审核：…), a form's row of fields above a
labelled title (诉求编号: …  诉求类型: …). Each rule catches other wordings
and leaves alone the body sentences that use the same words."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import classify
from govtext.blocks.rules import load_rules
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/today", "星期三　农历乙巳年三月十二"),
    ("slogan/today", "农历甲辰(龙)年腊月廿三"),
    ("slogan/today", "農曆乙巳年閏六月初一"),
    ("slogan/english-name", "Jiangneng Group"),
    ("slogan/english-name", "State Grid Minzhou Electric Power Supply Company"),
    ("slogan/english-name", "Minjiang Logistics & Supply Chain Association"),
    ("slogan/english-name", "Qinghe Municipal Bureau of Statistics"),
    ("slogan/english-name", "The People’s Government of Yunpi County"),
    ("slogan/english-name", "Minjiang Provincial Federation of Trade Unions"),
    ("slogan/english-name", "Luyang Water Investment Co., Ltd."),
    ("slogan/english-name", "Tongxi Chamber of Commerce"),
    ("slogan/emergency-call", "有困难找警察 报警请拨110"),
    ("slogan/emergency-call", "有困难，找警察！"),
    ("slogan/emergency-call", "报警电话：110　火警119　急救120"),
    ("slogan/emergency-call", "交通事故报警122 | 报警求助110"),
    ("tools/font-size", "【大 中 小】"),
    ("tools/font-size", "[小 | 中 | 大]"),
    ("tools/font-size", "大　中　小"),
    ("tools/live-header", "最新进展"),
    ("tools/live-header", "【滚动播报】"),
    ("tools/live-header", "图文直播："),
    ("tools/live-header", "滾動播報"),
    ("tools/page-actions-bare", "会员登录　入会申请　English"),
    ("tools/page-actions-bare", "会员注册 | 会员登录"),
    ("tools/page-actions-bare", "申请入会 / 入会须知"),
    ("related/prev-next", "上一篇 »  江渚镇召开秋冬季农业生产推进会"),
    ("related/prev-next", "下一条 > 关于开展冬季森林防火的通知"),
    ("related/prev-next", "上一篇→县长信箱答复选登"),
    ("related/prev-next", "下一篇文章 › 统计公报"),
    ("credits/credit-line", "发布：江渚镇人民政府　　　审核：刘春林"),
    ("credits/credit-line", "发布人：镇党政办　审核：张伟"),
    ("credits/credit-line", "发布者 王丽　校对 李强"),
    ("related/labelled-link", "相关文章：江南省城镇生活垃圾分类实施方案"),
    ("related/labelled-link", "相关资讯：省农业农村厅关于开展农村厕所问题摸排整改的通知"),
    ("related/labelled-link", "相关稿件: 国家医保服务平台 | 广东省医疗保障局"),
    ("tools/page-actions", "【 打 印 】　【 关 闭 】"),
    ("tools/page-actions", "[ 打  印 ]  [ 关  闭 ]"),
    ("tools/page-actions-bare", "阅读模式"),
    ("tools/page-actions-bare", "在手机上查看"),
    ("tools/page-actions-bare", "语音播报　暂停"),
    ("slogan/name-with-domain", "青川县人民政府　www.cnqc.gov.cn"),
    ("slogan/name-with-domain", "广元市生态环境局 sthjj.cngy.gov.cn"),
    ("slogan/name-with-domain", "临湖县人民政府门户网站 http://www.linhu.gov.cn/"),
    ("slogan/country-place-masthead", "中国·青川"),
    ("slogan/country-place-masthead", "中国 • 婺源"),
    ("slogan/country-place-masthead", "China · Wuyuan"),
    ("counters/site-counter", "当前访问量：2,345,678　今日访问：1,234"),
    ("counters/site-counter", "网站访问量：88123"),
    ("tools/page-actions-bare", "开启无障碍浏览　|　长者模式"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/english-name", "Report on the Work of the Government"),
    ("slogan/english-name", "Report On The Work Of The Government"),
    ("slogan/english-name", "GDP grew 5.2 percent, the Statistics Bureau said."),
    ("slogan/english-name", "Belt and Road Initiative"),
    ("slogan/emergency-call", "如遇紧急情况，请立即拨打110报警。"),
    ("slogan/emergency-call", "有困难找警察，警民携手，共同守护好群众的“钱袋子”。"),
    ("slogan/emergency-call", "火警119接警后，消防救援人员5分钟内到达现场。"),
    ("slogan/emergency-call", "报警电话：110；咨询电话：0830-7123456"),
    ("tools/font-size", "大中小学校"),
    ("tools/font-size", "大中小微企业"),
    ("tools/font-size", "大、中、小型水库"),
    ("tools/live-header", "项目最新进展"),
    ("tools/live-header", "最新进展情况如下："),
    ("tools/page-actions-bare", "入会申请表"),
    ("tools/page-actions-bare", "会员登录后可查看培训课件。"),
    ("related/prev-next", "上一篇文章中我们介绍了申报流程。"),
    ("related/prev-next", "下一步，将加快推进项目建设。"),
    ("credits/credit-line", "发布《云陂县促进消费若干措施》"),
    ("credits/credit-line", "发布会上，县长介绍了有关情况。"),
    ("credits/credit-line", "发布了2024年统计公报"),
    ("related/labelled-link", "相关文章已在本网站公布，请各单位认真学习。"),
    ("related/labelled-link", "相关资讯显示，全市空气质量优良天数比例达到92%。"),
    ("tools/page-actions", "　　请各单位将本通知打印张贴，并于月底前关闭临时通道。"),
    ("tools/page-actions-bare", "　　阅读模式正在从纸质阅读向数字阅读转变。"),
    ("tools/page-actions-bare", "全市应急广播将于每日8时播报天气预警，暂停期间以短信补发。"),
    ("slogan/name-with-domain", "请登录青川县人民政府网站 www.cnqc.gov.cn 查询"),
    ("slogan/name-with-domain", "　　详情见县人民政府 www.cnqc.gov.cn。"),
    ("slogan/country-place-masthead", "中国·青川第三届猕猴桃文化旅游节开幕"),
    ("slogan/country-place-masthead", "中国·东盟博览会"),
    ("counters/site-counter", "当前访问量较上月增长12%，主要来自移动端。"),
]


(test_other_spellings_of_chrome_are_caught,
 test_body_words_of_the_same_kind_are_not_chrome) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("rule_id", sorted({rule_id for rule_id, _ in CAUGHT}))
def test_the_rules_are_prefiltered(rule_id: str) -> None:
    """Each rule names the tokens one of which a line must hold."""
    rule = load_rules().get(rule_id)
    assert rule is not None and rule.required, rule_id


def test_a_chinese_and_english_name_above_the_trail_are_the_sites() -> None:
    """The site's name over its English name, above its navigation row: both
    go (the Chinese one as a name above the trail), the headline stays."""
    text = clean("通江水务集团\nTongjiang Water Group Co., Ltd.\n首页 | 集团概况 | 新闻中心 | 党建工作 | 联系我们\n"
                 "通江水务集团完成城区供水管网改造\n发布时间：2024-11-02\n"
                 "　　11月1日，通江水务集团城区供水管网改造工程全面完工，共更换老旧管网46公里，惠及居民3.2万户。\n").text
    assert text.startswith("通江水务集团完成城区供水管网改造") and "Tongjiang" not in text


def test_a_live_header_in_the_body_is_kept() -> None:
    """最新进展 is a live page's header above the first entry only; as a
    heading inside a document it stays."""
    texts = ["关于全县重点项目建设情况的通报",
             "　　今年以来，全县47个重点项目完成投资68.2亿元，占年度计划的91%，其中12个项目已建成投产。",
             "最新进展",
             "　　截至11月底，县城污水处理厂扩建工程主体完工，预计12月中旬通水试运行。",
             "　　各责任单位要倒排工期，确保年底前完成全年目标任务。"]
    assert "\n最新进展\n" in clean("\n".join(texts)).text


def test_a_police_notice_ending_with_a_call_sentence_keeps_it() -> None:
    """The call slogan is the footer's; the notice's own sentence with 110
    and 有困难找警察 stays."""
    texts = ["关于防范电信网络诈骗的通告",
             "　　近期，我县发生多起冒充客服退款类电信网络诈骗案件，群众被骗金额达86万元。",
             "　　广大群众如遇可疑情况，请立即拨打110报警。有困难找警察，警民携手，共同守护好群众的“钱袋子”。"]
    labels = classify(texts).labels
    assert [lab.label for lab in labels[1:]] == ["body", "body"], [lab.rule for lab in labels]


HOTLINE_PAGE = """网上办事 | 市长信箱 | 我要咨询 | 登录
临湖市12345政务服务便民热线
首页 | 诉求提交 | 办理结果公开 | 知识库
标题: 关于老旧小区路灯长期不亮的反映
诉求编号: 2024102100931    诉求类型: 求助    诉求渠道: 电话
受理时间 : 2024-10-21 09:12:05    状态: 已办结
诉求内容:
    我是临湖市幸福里小区居民，小区内路灯已经坏了两个多月，晚上出行很不方便，请尽快维修。
答复内容:
    您好！经现场核查，该小区路灯线路老化，已于10月25日完成更换，路灯恢复正常照明。感谢您的监督！
"""


def test_a_labelled_title_under_the_trail_wins_over_the_sites_name_and_a_form_row() -> None:
    """标题: … under the site's navigation row is the page's title: the name
    above the row is the site's, and a row of form fields (诉求编号: … 诉求类型: …)
    is no headline."""
    doc = clean(HOTLINE_PAGE)
    assert doc.metadata["title"] == "关于老旧小区路灯长期不亮的反映"
    assert "临湖市12345政务服务便民热线" not in doc.text
    assert "路灯恢复正常照明" in doc.text and "请尽快维修" in doc.text


def test_a_headline_with_one_colon_is_still_the_headline() -> None:
    """A headline that quotes a speaker (专家：…) is no form row."""
    doc = clean("首页 > 新闻中心 > 要闻\n专家：今冬供暖有保障 居民可放心\n发布时间：2024-11-15\n"
                "　　11月15日起，全市进入供暖季，各热源厂已完成点火试运行，供热面积达9.6亿平方米。\n")
    assert doc.metadata["title"] == "专家：今冬供暖有保障 居民可放心"


def test_a_lunar_date_with_its_year_name_in_the_text_is_kept() -> None:
    """The date-of-today widget's lunar date may name the year (农历乙巳年三月十二):
    the rule takes it in the site header only; the same words in a sentence stay."""
    page = ("青山县人民政府\n今天是2025年4月9日 星期三 农历乙巳年三月十二\n"
            "首页 > 新闻中心 > 本地新闻\n关于举办传统庙会的通告\n发布时间：2025-04-01\n"
            "　　农历乙巳年三月十二，县城将举办传统庙会，届时部分路段实行交通管制。\n"
            "　　请广大市民合理安排出行。\n")
    doc = clean(page)
    assert "农历乙巳年三月十二，县城将举办传统庙会" in doc.text
    assert "今天是" not in doc.text and doc.metadata["date"] == "2025-04-01"
