"""Chrome of legal portals that repost laws, regulations and judgments
(held-out pages h750-h759): each rule catches lines worded otherwise than the
pages it was written for (other portals, other spellings, half-width
punctuation), and leaves alone the body sentences that use the same words (a
judgment's lawyer, a notice that tells people to consult a lawyer, a law's
own chapter heads, a court notice's 案号 and 案由 lines)."""

from __future__ import annotations

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/lawyer-consult-widget", "赵律师　浙江天平律师事务所　好评率99%　已帮助 862 人　在线咨询"),
    ("tools/lawyer-consult-widget", "孙明律师 | 执业8年 | 已服务 12,306 位用户"),
    ("tools/lawyer-consult-widget", "周律师　上海申和律师事务所　4.7分　擅长婚姻家事"),
    ("tools/lawyer-consult-widget", "律师回复率：98%　平均响应 2 分钟"),
    ("tools/lawyer-consult-widget", "免费咨询律师"),
    ("tools/lawyer-consult-widget", "在线问律师"),
    ("tools/lawyer-consult-widget", "立即咨询"),
    ("tools/lawyer-consult-widget", "马上提问"),
    ("tools/lawyer-consult-widget", "专业律师平均3分钟快速回复"),
    ("tools/lawyer-consult-widget", "婚姻纠纷？资深律师一对一解答 >>"),
    ("tools/lawyer-consult-widget", "找律师　合同审查　文书代写　律师函"),
    ("tools/lawyer-consult-widget", "AI律师：输入您的情况，立即生成分析报告"),
    ("tools/lawyer-consult-widget", "智能法律顾问：有问题随时问"),
    ("tools/lawyer-consult-widget", "遇到交通事故纠纷？"),
    ("tools/question-box", "我要提问"),
    ("tools/question-box", "请输入您的法律问题，律师将在线为您解答"),
    ("tools/question-box", "在此输入你的疑问（500字以内）"),
    ("related/qa-list-item", "离婚后孩子抚养费标准是多少？　23个回答"),
    ("related/qa-list-item", "试用期被辞退有补偿吗? 已有5位律师回答"),
    ("related/qa-list-item", "邻居占用公共通道怎么办？　已解答：14"),
    ("related/qa-list-item", "工伤私了协议有效吗？　共7条解答"),
    ("related/list-header", "相关法条："),
    ("related/list-header", "历史版本"),
    ("related/list-header", "本判决引用法条"),
    ("related/list-header", "相似案例"),
    ("related/list-header", "关联法规"),
    ("footer/legal-portal-disclaimer", "以上法规文本仅供参考，不作为正式的法律依据，引用请核对原文。"),
    ("footer/legal-portal-disclaimer", "本站所载裁判文书仅供学习交流，不代表本站立场，亦不构成任何法律意见。"),
    ("footer/legal-portal-disclaimer", "本平台法规数据仅供查阅参考，请以官方发布的正式文本为准。"),
    ("footer/legal-portal-disclaimer", "声明：律师回复仅供参考，不能替代正式的律师意见。"),
    ("footer/legal-portal-disclaimer", "本网资料仅供参考,法规条文以政府公报刊登者为准"),
    ("tools/chapter-nav-row", "第一章 总则 | 第二章 登记管理 | 第三章 监督检查 | 第四章 附则"),
    ("tools/chapter-nav-row", "第一编 总则　第二编 物权　第三编 合同　第四编 人格权"),
    ("tools/chapter-nav-row", "第1章 总则　第2章 申请与受理　第3章 审查　第4章 附则"),
    ("label-table/judgment-record-labels", "案　由：买卖合同纠纷　　案　号：（2025）沪0115民初102号"),
    ("label-table/judgment-record-labels", "审判法院:江城市中级人民法院 结案日期:2025-03-18"),
    ("label-table/judgment-record-labels", "文书性质：裁定书　审判程序：二审　审级：终审"),
    ("label-table/disclosure-labels", "施行日期：2025年7月1日"),
    ("label-table/disclosure-labels", "【效力级别】部门规章"),
    ("label-table/disclosure-labels", "制定机关：最高人民检察院"),
    ("label-table/disclosure-labels", "法规沿革：1.中华民国100年3月2日订定发布全文10条"),
    ("label-table/disclosure-labels", "裁判字号：台湾高等法院 112 年度上易字第 301 号刑事判决"),
    ("tools/expand", "查看全部条文（共八十六条）"),
    ("tools/expand", "展开完整法条"),
    ("tools/app-teaser", "剩余条文请打开App继续阅读"),
    ("slogan/news-app-name-tagline", "律答 APP｜口袋里的法律顾问"),
    ("tools/record-actions", "友善列印　回上一页"),
]

KEPT: list[tuple[str, str]] = [
    # a judgment's and a notice's own words on lawyers and consultation
    ("tools/lawyer-consult-widget", "委托诉讼代理人：吕某，宁川正衡律师事务所律师。"),
    ("tools/lawyer-consult-widget", "当事人可以咨询律师，也可以向法律援助机构申请法律援助。"),
    ("tools/lawyer-consult-widget", "全市已有120名律师加入公益法律服务团，已帮助群众解决纠纷三千余件。"),
    ("tools/lawyer-consult-widget", "值班律师　张某　江城律师事务所"),
    ("tools/lawyer-consult-widget", "遇到问题及时向县司法局反映。"),
    ("tools/question-box", "请各单位于6月30日前输入系统并提交问题清单。"),
    ("related/qa-list-item", "是否已缴纳社会保险费？"),
    ("related/qa-list-item", "四、怎样申请补贴？"),
    ("related/list-header", "法律依据"),
    ("footer/legal-portal-disclaimer", "法律顾问出具的意见仅供参考，由局务会议研究决定。"),
    ("footer/legal-portal-disclaimer", "本解答仅供参考。"),
    # a law's own chapter heads, one to a line, and a sentence that cites chapters
    ("tools/chapter-nav-row", "第一章　总　　则"),
    ("tools/chapter-nav-row", "第二章　设施管理"),
    ("tools/chapter-nav-row", "违反本法第二章、第三章规定的，依照第五章处理。"),
    # a court's hearing notice lists the case number and cause on lines of their own
    ("label-table/judgment-record-labels", "案号：（2024）湘0521民初2187号"),
    ("label-table/judgment-record-labels", "案由：民间借贷纠纷"),
    ("label-table/disclosure-labels", "本条例自2025年7月1日起施行。"),
    ("tools/expand", "展开全部工作"),
    ("tools/app-teaser", "市民打开“浙里办”APP继续办理。"),
]


(test_legal_portal_chrome_is_caught,
 test_body_words_of_legal_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_law_database_labels_give_the_promulgation_date_not_the_effective_date() -> None:
    """施行 / 实施 say when a law takes force: never the page's date; 公布 is the day it was made public."""
    line = parse_meta_line("公布：2021-04-29　施行：2021-06-01")
    assert line is not None and line.fields.get("date") == "2021-04-29"
    assert parse_meta_line("施行日期：2024年12月01日") is None or "date" not in parse_meta_line("施行日期：2024年12月01日").fields  # type: ignore[union-attr]


def test_an_order_number_is_read_after_a_number_label_only() -> None:
    line = parse_meta_line("【发文字号】青川市人民代表大会常务委员会公告第7号")
    assert line is not None and line.fields.get("doc_number") == "青川市人民代表大会常务委员会公告第7号"
    bare = parse_meta_line("青川市人民政府令第7号")
    assert bare is None or "doc_number" not in bare.fields


JUDGMENT_PAGE = """裁判文书在线
首页 > 裁判文书 > 民事
王某某与江城市安居物业服务有限公司物业服务合同纠纷一审民事判决书
案由:物业服务合同纠纷　　案号:(2025)江0102民初315号
审理法院:江城市东湖区人民法院　　判决日期:2025-04-09
江城市东湖区人民法院民事判决
（2025）江0102民初315号
原告：江城市安居物业服务有限公司，住所地江城市东湖区。
被告：王某某，女，1975年5月出生，住江城市东湖区。
　　原告江城市安居物业服务有限公司与被告王某某物业服务合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。被告曾就物业费问题咨询律师，并向街道办事处反映。本案现已审理终结。
　　本院认为，原告已按约提供物业服务，被告应当支付物业费。依照《中华人民共和国民法典》第九百四十四条规定，判决如下：
　　被告王某某于本判决生效之日起十日内支付原告物业费3600元。
审判员　　许　静
二〇二五年四月九日
书记员　　曹　敏
相关法条
《中华人民共和国民法典》第九百四十四条
林律师　江城明信律师事务所　好评率97%　已帮助 3021 人
免费咨询律师
本站裁判文书仅供学习参考，不构成法律意见。
"""


def test_a_judgment_on_a_lawyer_portal_keeps_its_text_and_dates_it_by_its_judgment_date() -> None:
    """A whole judgment page of another portal: the record labels, the cited-article list, the lawyer's card and
    the disclaimer go; the court's case number under its header and the sentence about consulting a lawyer stay;
    the judgment's date (判决日期) dates the page and the court is its source."""
    doc = clean(JUDGMENT_PAGE)
    text = doc.text
    for kept in ("（2025）江0102民初315号", "被告曾就物业费问题咨询律师", "审判员　　许　静", "二〇二五年四月九日"):
        assert kept in text, kept
    for chrome in ("案由:", "审理法院:", "相关法条", "林律师", "免费咨询律师", "仅供学习参考"):
        assert chrome not in text, chrome
    assert doc.metadata.get("date") == "2025-04-09"
    assert doc.metadata.get("source") == "江城市东湖区人民法院"
