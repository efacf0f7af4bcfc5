"""Chrome of personnel pages (held-out pages h870-h879): cadres' pre-appointment
publicity (任前公示), proposed-hire and medical-check lists (拟聘用人员公示, 体检结果),
appointment notices (任免通知) and leaders' pages (领导之窗, 首长介绍). Each rule
catches lines worded otherwise than the pages it was written for, and leaves alone
the body sentences that use the same words; whole pages check that a notice's
report channels stay, that a leader's page is titled with the leader's name and
that a leaders' list keeps its name-and-post lines."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/other-leaders-header", "其他局领导"),
    ("related/other-leaders-header", "其它领导成员"),
    ("related/other-leaders-header", "其他首長"),
    ("related/other-leaders-header", "领导班子其他成员"),
    ("related/other-leaders-header", "【其他领导简介】"),
    ("related/profile-link", "个人简历>>"),
    ("related/profile-link", "查看简历»"),
    ("related/profile-link", "详细介绍 >>"),
    ("related/profile-link", "领导简介……"),
    ("tools/labelled-service-row", "快捷入口：办事指南　表格下载　在线咨询"),
    ("tools/labelled-service-row", "考生服务：网上报名 | 成绩查询 | 准考证打印"),
    ("tools/labelled-service-row", "便民服务：社保查询　公积金查询　违章查询　水电缴费"),
    ("tools/mailbox-links-row", "书记信箱 | 县长信箱 | 意见征集"),
    ("tools/mailbox-links-row", "局长信箱　在线访谈　网上留言"),
    ("footer/only-official-site", "本站为全国会计资格评价网唯一指定报名网站"),
    ("footer/only-official-site", "郑重声明：本网站是市公共资源交易中心唯一官方网站，其他网站均为假冒。"),
    ("footer/service-hotline", "医保服务热线：12393　服务时间：工作日8:30-17:30"),
    ("footer/service-hotline", "12345政务服务便民热线　受理时间：每天8:00-20:00"),
    ("breadcrumb/location-label-other", "您目前所在位置：首页 > 新闻中心"),
    ("breadcrumb/location-label-other", "你现在所在位置：网站首页 》 干部工作"),
]

KEPT: list[tuple[str, str]] = [
    ("related/other-leaders-header", "其他领导干部要以身作则，带头落实。"),
    ("related/other-leaders-header", "其他领导同志分别就分管工作作了部署"),
    ("related/other-leaders-header", "领导班子"),
    ("related/profile-link", "简历："),
    ("related/profile-link", "个人简历"),
    ("related/profile-link", "简历如下："),
    ("tools/labelled-service-row", "分管：市发展改革委　市财政局　市统计局"),
    ("tools/labelled-service-row", "服务：为企业提供政策咨询、项目申报等服务。"),
    ("tools/labelled-service-row", "公共服务：教育、医疗、养老等民生领域持续改善。"),
    ("tools/mailbox-links-row", "市长信箱"),
    ("tools/mailbox-links-row", "来信可寄市长信箱。"),
    ("tools/mailbox-links-row", "来电：12345热线"),
    ("footer/only-official-site", "青州人事考试网为本次考试唯一报名网站，考生须通过该网站报名。"),
    ("footer/only-official-site", "本次招聘不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。"),
    ("footer/service-hotline", "如有疑问，可拨打人社服务热线12333咨询，服务时间为工作日。"),
    ("breadcrumb/location-label-other", "请确认您现在所在位置附近的政务服务中心"),
]


(test_personnel_page_chrome_is_caught,
 test_body_words_of_personnel_page_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


LEADER_PAGE = """临川县水利局
网站首页　机构概况　政务公开　水利要闻　办事服务　公众参与
当前位置：首页 > 机构概况 > 领导信息
局领导：邬海平 | 廖春燕 | 石磊 | 符建军
邬海平
[头像：邬海平]
邬海平，男，汉族，1975年3月生，江西临川人，1997年7月参加工作，大学学历，工程师。
职务：县水利局党组书记、局长
分工：主持局全面工作，分管办公室、规划计划股。
其他局领导
廖春燕　党组成员、副局长
石磊　党组成员、副局长
打印本页　关闭窗口
临川县水利局主办　赣ICP备10004321号
"""


def test_a_leader_page_is_titled_with_the_name_its_menu_holds() -> None:
    """The leader's name above the profile is the headline although the menu of
    leaders above it names it too (the text opens with it); the photo's placeholder is
    no headline; the other leaders' links under the profile go, the profile stays."""
    doc = clean(LEADER_PAGE)
    assert doc.metadata.get("title") == "邬海平"
    for kept in ("邬海平，男，汉族", "职务：县水利局党组书记、局长", "分工：主持局全面工作"):
        assert kept in doc.text, kept
    for gone in ("其他局领导", "廖春燕　党组成员", "石磊　党组成员", "局领导：", "临川县水利局主办"):
        assert gone not in doc.text, gone


LEADERS_LIST = """东坪区人民政府
首页　区情概况　政务公开　政务服务　互动交流
首页 > 政务公开 > 领导之窗
区政府领导
严国栋　区委副书记、区长
主持区政府全面工作。
个人简历>>
柯美玲　副区长
负责教育、卫生健康、民政等方面工作。
个人简历>>
区长信箱　　网上留言　　12345热线
东坪区人民政府办公室主办　网站标识码：3301000099
"""


def test_a_leaders_list_keeps_its_name_and_post_lines() -> None:
    """A leaders' list: the page's heading is the title, not the first name with its post;
    the name-and-post lines and their divisions of work stay, the profile links and the
    letter-box row go."""
    doc = clean(LEADERS_LIST)
    assert doc.metadata.get("title") == "区政府领导"
    for kept in ("严国栋　区委副书记、区长", "主持区政府全面工作。", "柯美玲　副区长", "负责教育、卫生健康、民政等方面工作。"):
        assert kept in doc.text, kept
    for gone in ("个人简历", "区长信箱", "12345热线"):
        assert gone not in doc.text, gone


PUBLICITY = """中共临溪县委组织部
首页　组工要闻　干部工作　基层党建　人才工作
你现在所在位置：网站首页 》 干部工作
临溪县委管理干部任前公示
来源：中共临溪县委组织部　　发布时间：2025-09-02
　　经县委常委会会议研究，现将拟任职干部情况公示如下：
　　钟立军，男，汉族，1984年5月生，大学学历，现任县农业农村局副局长，拟任乡镇长候选人。
　　公示时间：2025年9月3日至9月9日。
　　举报电话：0797-12380
　　来信地址：临溪县人民路8号县委组织部干部监督股（邮编：341000）
中共临溪县委组织部
2025年9月2日
中共临溪县委组织部主办　地址：临溪县人民路8号　邮编：341000
"""


def test_a_publicity_notice_keeps_its_report_channels() -> None:
    """The notice's report telephone and letter address are its text; the site's own
    address in the footer and the 你现在所在位置 trail go; the title and source come out."""
    doc = clean(PUBLICITY)
    for kept in ("举报电话：0797-12380", "来信地址：临溪县人民路8号县委组织部干部监督股（邮编：341000）", "公示时间："):
        assert kept in doc.text, kept
    assert "你现在所在位置" not in doc.text
    assert "主办　地址" not in doc.text
    assert doc.metadata.get("title") == "临溪县委管理干部任前公示"
    assert doc.metadata.get("date") == "2025-09-02"
    assert doc.metadata.get("source") == "中共临溪县委组织部"
