"""Chrome of cyberspace administration offices and internet reporting centres (held-out pages
h1490-h1499): a reporting centre's strip of report channels with a web channel or a button, a quiz
widget's header with its question count, a cyberspace office's slogan banner, an awareness tip with a
hotline beside it and a site's brand beside the office that runs it are caught in other wordings,
spellings and Traditional script (as the pipeline converts it), and the sentences of notices,
rumour statements and campaign news that use the same words stay. The code change for these pages
(a quiz widget scraped one element per line: its question, options and button) is checked on small
pages."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/report-channel-strip", "不良信息举报热线：0571-12377　｜　举报信箱：jb@zjwx.gov.cn　｜　【在线举报】"),
    ("footer/report-channel-strip", "[我要举报]  [举报指南]  [举报结果查询]"),
    ("footer/report-channel-strip", "网络举报 12377 ｜ 网上举报 ｜ 举报客户端下载 >>"),
    ("footer/report-channel-strip", "【网上举报】　【涉未成年人专区】　【涉企侵权专区】"),
    ("footer/report-channel-strip", "举报电话：0898-12377　一键举报入口 >>"),
    ("footer/report-channel-strip", "违法和不良信息举报中心　www.12377.cn　｜　我要举报"),
    ("footer/report-channel-strip", "检举专线：(02)2382-1234 ｜ 线上检举"),
    ("tools/quiz-progress-header", "网络安全知识挑战赛　第2/15题"),
    ("tools/quiz-progress-header", "每日一题（1/5）"),
    ("tools/quiz-progress-header", "反诈知识闯关 第 6 题 / 共 10 题　剩余时间 00:30"),
    ("tools/quiz-progress-header", "【个人信息保护知识答题】 第8/20题"),
    ("slogan/clean-cyberspace-slogan-banner", "清朗网络　共建共治"),
    ("slogan/clean-cyberspace-slogan-banner", "数据安全　人人有责"),
    ("slogan/clean-cyberspace-slogan-banner", "共建网上美好精神家园 · 清朗网络你我同行"),
    ("slogan/clean-cyberspace-slogan-banner", "反诈防骗　全民参与　｜　守护群众钱袋子"),
    ("slogan/awareness-tip-hotline-banner", "反诈提醒：陌生链接不点　转账汇款多核实 ｜ 全国反诈专线：96110"),
    ("slogan/awareness-tip-hotline-banner", "防骗小贴士：不听不信不转账 | 反诈热线 96110"),
    ("slogan/awareness-tip-hotline-banner", "资安宣导：可疑简讯不点击、不回复　｜　165反诈骗咨询专线"),
    ("slogan/brand-with-office-name", "网信云州｜云州市互联网信息办公室"),
    ("slogan/brand-with-office-name", "清风青禾 · 中共青禾县纪律检查委员会"),
    ("slogan/brand-with-office-name", "平安南屿 | 南屿市公安局"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/report-channel-strip", "　　网民发现网络谣言，可拨打12377举报电话或登录省互联网违法和不良信息举报中心网站进行举报。"),
    ("footer/report-channel-strip", "举报电话：0736-5312377　举报邮箱：wxb@163.com"),
    ("footer/report-channel-strip", "举报电话：12377"),
    ("footer/report-channel-strip", "　　（二）要畅通举报渠道，用好12377举报电话和“涉未成年人网络有害信息举报专区”"),
    ("footer/report-channel-strip", "三、网上举报受理情况"),
    ("footer/report-channel-strip", "在线举报、电话举报、信件举报均可"),
    ("tools/quiz-progress-header", "　　活动设置网络安全知识竞答环节，共10题，答对8题以上可获纪念品。"),
    ("tools/quiz-progress-header", "1. 下列哪个密码最安全？"),
    ("tools/quiz-progress-header", "网络安全知识竞答"),
    ("tools/quiz-progress-header", "　　本次答题共3/4的参与者答对了第5题。"),
    ("slogan/clean-cyberspace-slogan-banner", "一、清朗网络空间共建共享"),
    ("slogan/clean-cyberspace-slogan-banner", "　　网络安全为人民，网络安全靠人民。"),
    ("slogan/clean-cyberspace-slogan-banner", "网络安全宣传周"),
    ("slogan/clean-cyberspace-slogan-banner", "市委网信办　市公安局　市教育局"),
    ("slogan/awareness-tip-hotline-banner", "温馨提示：如遇诈骗请拨打96110反诈专线咨询。"),
    ("slogan/awareness-tip-hotline-banner", "资安署提醒民众注意以下三点："),
    ("slogan/awareness-tip-hotline-banner", "反诈提醒：陌生链接不点，转账汇款多核实。"),
    ("slogan/brand-with-office-name", "江澜省委网信办部署开展“清朗·江澜”2025年网络生态治理专项行动"),
    ("slogan/brand-with-office-name", "中共江澜省委网络安全和信息化委员会办公室"),
    ("slogan/brand-with-office-name", "聚焦两会 | 代表委员热议网络生态治理"),
    ("slogan/brand-with-office-name", "| 许可机关 | 古蔺新区城市管理局 |"),
]


(test_cyberspace_office_chrome_is_caught,
 test_body_words_of_cyberspace_office_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


QUIZ_WIDGET = """青禾网信
首页 | 工作动态 | 网络安全 | 网络举报
青禾县网络安全宣传周启动
发布时间：2025-09-16　来源：县委网信办
　　9月16日，青禾县网络安全宣传周在县文化广场启动，县委网信办会同县公安局等部门开展了防诈骗、个人信息保护等宣传活动。
　　活动现场设置了互动答题区，群众答对5题即可领取宣传手册和纪念品。
安全知识每日一题
下面哪个密码最安全？
A．123456
B．生日加姓名
C．大小写字母、数字和符号组合
下一题 >
青禾县委网信办　版权所有
"""


def test_quiz_widget_question_options_and_button_go() -> None:
    text = clean(QUIZ_WIDGET).text
    assert "互动答题区" in text
    assert "下面哪个密码最安全" not in text
    assert "大小写字母" not in text


QUIZ_IN_TEXT = """网络安全知识问答
发布时间：2025-09-16　来源：县委网信办
　　为普及网络安全知识，现将宣传周知识问答题目及答案公布如下。
1．下面哪个密码最安全？
A．123456　B．生日加姓名　C．大小写字母、数字和符号组合
答案：C。密码应包含大小写字母、数字和符号，长度不少于8位。
2．收到陌生链接的短信，你应该？
A．点击链接　B．通过官方渠道核实
答案：B。
"""


def test_quiz_printed_as_the_text_stays() -> None:
    text = clean(QUIZ_IN_TEXT).text
    assert "下面哪个密码最安全" in text
    assert "大小写字母、数字和符号组合" in text
    assert "收到陌生链接的短信，你应该" in text
    assert "通过官方渠道核实" in text


WRAPPED_CONTACT = """关于开展2025年“清朗·校园周边网络环境整治”专项行动的通知
各县（市、区）委网信办，市直有关单位：
　　为切实加强校园周边网络环境治理，营造清朗网络空间，根据省
委网信办统一部署，市委网信办决定自9月1日至11月30日在全市
开展“清朗·校园周边网络环境整治”专项行动。现将有关事项通知
如下。
　　一、整治重点
　　（一）短视频、直播平台诱导中小学生打赏、充值，以及利用
学生形象不当牟利等问题。
　　（二）社交平台、网络游戏中涉学生网络欺凌、隐私泄露、色
情低俗等有害信息。
　　（三）学习类App、儿童智能设备中推送网络游戏、不良广告等
问题。
　　二、工作要求
　　（一）各地网信部门要督促属地网站平台开展全面自查，9月20
日前将自查情况报市委网信办。
　　（二）要畅通举报渠道，用好12377举报电话和“涉未成年人网络
有害信息举报专区”，对群众举报线索及时核查处置。
　　（三）专项行动结束后，请于12月5日前报送工作总结。联系人：
李敏，电话：0870-3126377。
中共云州市委网信办
2025年8月26日
"""


def test_contact_person_label_wrapped_before_the_name_is_joined() -> None:
    assert "联系人：李敏，电话：0870-3126377。" in clean(WRAPPED_CONTACT).text
