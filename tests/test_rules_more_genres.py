"""Chrome of more genres of government pages (held-out pages h340-h349: a
people's congress bulletin, a bureau's party-building page, a recruitment
notice, an award result, an environmental impact notice, a draft for
comment with its feedback form, photo and video news, a village's affairs,
a Traditional special-topic page) and leftovers of earlier pages: each rule
catches lines worded otherwise than the pages it was written for, and
leaves alone the body sentences that use the same words; the structural
changes are checked on whole pages of other sites."""

from __future__ import annotations

from opencc import OpenCC

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/letterhead", "临江市人民政府办公室文件"),
    ("slogan/letterhead", "中共石门县委办公室文件"),
    ("slogan/letterhead", "县人大常委会文件"),
    ("slogan/letterhead", "青禾县安全生产委员会办公室文件"),
    ("slogan/letterhead", "临 江 市 教 育 局 文 件"),
    ("slogan/letterhead", "工　作　简　报"),
    ("slogan/letterhead", "人 大 工 作 简 报"),
    ("slogan/letterhead", "政务信息专报"),
    ("slogan/letterhead", "防汛工作快报"),
    ("label-table/consultation-status", "征集时间：2024-05-20 至 2024-06-19　　征集状态：已结束"),
    ("label-table/consultation-status", "意见征集时间: 2024年5月1日-5月31日 状态: 已截止"),
    ("label-table/consultation-status", "征集状态：进行中"),
    ("tools/page-actions", "〖打印〗 〖关闭〗"),
    ("tools/page-actions", "〔打印本页〕〔关闭〕"),
    ("tools/page-actions", "［打印］　［返回］"),
    ("tools/media-controls", "(共4张)"),
    ("tools/media-controls", "组图 共 8 幅"),
    ("tools/media-controls", "共12張"),
    ("tools/media-controls", "1.0X"),
    ("tools/media-controls", "1.25x"),
    ("tools/media-controls", "画质：720P"),
    ("tools/media-controls", "画质 | 1080P"),
    ("tools/media-placeholder", "加载中，请稍候..."),
    ("tools/media-placeholder", "视频加载中，请稍等…"),
    ("footer/service-hotline", "纳税服务热线：12366"),
    ("footer/service-hotline", "纳税服务热线:12366（工作日）"),
    ("footer/service-hotline", "12366纳税缴费服务热线"),
    ("footer/service-hotline", "政务服务便民热线：12345　环保举报热线：12369"),
    ("footer/service-hotline", "供电服务热线 95598"),
    ("slogan/media-app-name", "掌上鹿城"),
    ("slogan/media-app-name", "指尖安澜"),
    ("slogan/media-app-name", "鹿城融媒"),
    ("slogan/media-app-name", "青禾县融媒体APP"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/letterhead", "关于废止部分规范性文件的决定"),
    ("slogan/letterhead", "市政府办公室关于印发有关文件"),
    ("slogan/letterhead", "认真学习县人民政府办公室文件"),
    ("slogan/letterhead", "县政府清理规范性文件"),
    ("slogan/letterhead", "防汛抗旱工作简报显示，全县水库运行平稳。"),
    ("slogan/letterhead", "本期工作简报刊发了三篇基层经验材料。"),
    ("label-table/consultation-status", "公示时间:2024年5月28日至6月3日。"),
    ("label-table/consultation-status", "征集时间：2024年5月20日至6月19日，请在截止前提交意见。"),
    ("label-table/consultation-status", "办理状态：已采纳"),
    ("tools/page-actions", "青安办〔2024〕8号"),
    ("tools/page-actions", "〔打印〕设备采购项目已完成验收"),
    ("tools/media-controls", "共4张照片记录了村庄的变化。"),
    ("tools/media-controls", "增长1.5倍"),
    ("tools/media-controls", "画质提升明显，观众好评如潮。"),
    ("tools/media-placeholder", "系统加载中出现故障，请稍候再试。"),
    ("footer/service-hotline", "市民可拨打12345热线反映问题。"),
    ("footer/service-hotline", "12366纳税缴费服务热线全年受理咨询52万件。"),
    ("footer/service-hotline", "举报电话：0746-1234567"),
    ("slogan/media-app-name", "县融媒体中心"),
    ("slogan/media-app-name", "掌上办理率达到95%"),
    ("slogan/media-app-name", "掌上鹿城APP上线三年来用户突破50万。"),
]


(test_chrome_of_more_genres_is_caught,
 test_body_words_of_more_genres_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


AWARD_RESULT = """石门县公共资源交易网
首页 | 交易公告 | 结果公示 | 政策法规
首页>结果公示>中标公告
石门县城区道路照明改造工程中标结果公告
发布时间：2024-08-12　浏览次数：56
一、项目编号：SMGC-2024-031
二、项目名称：石门县城区道路照明改造工程
三、中标人：湘北光明照明工程有限公司，中标价：1268500.00元
四、公告期限：自本公告发布之日起3个工作日。
五、附件
1.中标通知书.pdf
2.评标报告摘要.docx
附件下载：
工程量清单.xlsx
【打印本页】【关闭窗口】
石门县公共资源交易中心 版权所有
"""


def test_the_files_under_a_notices_own_attachment_section_stay_and_a_download_list_goes() -> None:
    """The files listed under the notice's numbered section 五、附件 are the
    notice's; the page's download list under 附件下载： is not."""
    text = clean(AWARD_RESULT).text
    assert "五、附件" in text
    assert "1.中标通知书.pdf" in text and "2.评标报告摘要.docx" in text
    assert "附件下载" not in text and "工程量清单.xlsx" not in text


CONSULTATION = """青禾县交通运输局
首页 > 意见征集
关于公开征求《青禾县农村公路养护管理办法（征求意见稿）》意见的公告
征集状态：进行中
发布日期：2024-07-01
　　为加强农村公路养护管理，我局起草了《青禾县农村公路养护管理办法（征求意见稿）》，现公开征求意见。请于7月31日前通过电子邮件提交意见，提交时请注明姓名和联系电话。
　　联系电话：0746-3224455
青禾县交通运输局
2024年7月1日
发表意见
*姓名：
*联系电话：
电子邮箱：
意见内容（必填）
验证码：
提交　重置
网友 王** 于 2024-07-03 留言：建议增加村道安全防护设施的养护要求。
回复：感谢您的建议，我局将认真研究。
青禾县交通运输局 版权所有　湘ICP备06001234号
"""


def test_a_feedback_form_and_the_messages_below_it_go_and_the_notice_stays() -> None:
    doc = clean(CONSULTATION)
    text = doc.text
    assert "提交时请注明姓名和联系电话。" in text
    assert "　　联系电话：0746-3224455" in text and "2024年7月1日" in text
    for chrome in ("发表意见", "*姓名：", "意见内容", "验证码", "提交　重置", "王**", "感谢您的建议", "征集状态"):
        assert chrome not in text, chrome
    assert doc.metadata.get("date") == "2024-07-01"


REPLY_SLIP = """关于召开全县安全生产工作会议的通知
各乡镇人民政府，县直各单位：
　　经县政府同意，定于2024年6月14日上午9时在县政府三楼会议室召开全县安全生产工作会议。请各单位主要负责人参加，并于6月12日前将回执报县应急管理局。
　　联系人：唐明，电话：0746-3229911。
　　附件：参会回执
青禾县人民政府办公室
2024年6月5日
参会回执
单位名称：
参会人员：
职务：
联系电话：
提交方式：发送至qhyjj@163.com
"""


def test_a_reply_slip_of_empty_fields_under_a_notice_is_no_feedback_form() -> None:
    """A notice's own reply slip (参会回执 with empty fields) has no form
    control (验证码, 提交　重置): it stays."""
    text = clean(REPLY_SLIP).text
    for line in ("参会回执", "单位名称：", "参会人员：", "提交方式：发送至qhyjj@163.com"):
        assert line in text, line


PAPER_PAGE = """临湖日报
第06版：理论
推动县域经济高质量发展
　　县域是推进中国式现代化的重要单元，要以科技创新引领产业创新，以深化改革激发发展活力。
本版编辑　周　敏　　校对　王　芳
电话：0571-85223344　　电子邮箱：lhrbll@126.com
临湖日报社主办　　版权所有
"""

NOTICE_CONTACT = """关于开展2024年度民办学校年检工作的通知
各民办学校：
　　根据《民办教育促进法》有关规定，现开展2024年度民办学校年检工作，请于6月30日前提交年检材料。
青禾县教育局
2024年6月3日
电话：0746-3221188　　电子邮箱：qhjyj@163.com
青禾县教育局 版权所有
"""


def test_a_contact_line_between_a_pages_credits_and_its_footer_goes() -> None:
    assert "lhrbll@126.com" not in clean(PAPER_PAGE).text


def test_a_contact_line_under_a_notices_signature_stays() -> None:
    assert "电话：0746-3221188　　电子邮箱：qhjyj@163.com" in clean(NOTICE_CONTACT).text


def test_a_document_header_goes_in_either_script_and_the_title_is_the_documents() -> None:
    page = "青禾县人民政府办公室文件\n青政办发〔2024〕9号\n关于做好2024年防汛工作的通知\n各乡镇人民政府：\n" \
           "　　为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。\n青禾县人民政府办公室\n2024年4月2日\n"
    for form in (page, OpenCC("s2t").convert(page)):
        doc = clean(form)
        assert "人民政府办公室文件" not in doc.text
        assert doc.metadata.get("title") == "关于做好2024年防汛工作的通知"
        assert "为切实做好今年防汛工作" in doc.text


def test_dioxin_is_kept_as_simplified_text_writes_it() -> None:
    """二噁英 in a Simplified page stays as written (OpenCC would write the
    supplementary 𫫇); a Traditional page is converted as OpenCC does."""
    simplified = "　　项目主要污染物为颗粒物和二噁英，经活性炭吸附处理后达标排放，碘鎓盐另行处置。"
    assert clean(simplified).text.strip() == simplified.strip()
    traditional = "　　項目主要污染物為顆粒物和二噁英，經活性炭吸附處理後達標排放。這是繁體頁面的文字。"
    assert clean(traditional).text.strip() == OpenCC("t2s").convert(traditional).strip()


def test_a_bulletin_name_above_the_pages_date_line_is_the_headline() -> None:
    """A page headed by a bulletin's name (全县防汛工作快报) right above its date
    line keeps it as its title: only a name above an issue line, a document
    number or the title is a letterhead."""
    page = "首页 > 信息公开\n全县防汛工作快报\n发布时间：2024-06-01　来源：县防办\n" \
           "　　6月1日以来，全县普降大到暴雨，各地迅速启动应急响应，转移群众1200余人。\n"
    assert clean(page).metadata.get("title") == "全县防汛工作快报"
