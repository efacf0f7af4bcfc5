"""Chrome of procurement platforms around tender, result, correction and
termination notices (held-out pages h850-h859): each rule catches lines
worded otherwise than the pages it was written for (other platforms, other
spellings), and leaves alone the notice's own sentences that use the same
words (获取采购文件, 截止时间, 供应商注册, CA数字证书, 原公告, 异议). The
dates of a tender's events in an award notice's table (开标时间, 决标日期,
原公告日期) are its facts, not the page's date; a notice header's tender
number and bids' deadline beside the page's date make no body of it."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks import shape
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("procurement/deadline-countdown", "距投标截止还有 3天 05小时 12分 09秒"),
    ("procurement/deadline-countdown", "开标倒计时：0天18时42分"),
    ("procurement/deadline-countdown", "距离报名结束仅剩2天4小时"),
    ("procurement/deadline-countdown", "竞价剩余时间：1天 02时 15分"),
    ("procurement/deadline-countdown", "距公示期结束还剩：5天 3小时"),
    ("procurement/bracketed-action-buttons", "【我要报价】【在线答疑】"),
    ("procurement/bracketed-action-buttons", "[下载招标文件]  [投标报名]  [澄清公告]"),
    ("procurement/bracketed-action-buttons", "〖提出质疑〗〖收藏本项目〗〖打印〗"),
    ("procurement/bracketed-action-buttons", "【查看原公告】　【关闭窗口】"),
    ("procurement/bracketed-action-buttons", "［转寄好友］［回上页］"),
    ("procurement/login-gated-action", "招标文件下载（登录后可见）"),
    ("procurement/login-gated-action", "我要投标(请先登录)"),
    ("procurement/login-gated-action", "投标文件上传（需登录）　　操作手册"),
    ("procurement/login-gated-action", "附件（登录后下载）"),
    ("procurement/ca-registration-tip", "温馨提示：供应商须先办理CA数字证书并完成会员注册后方可下载招标文件。"),
    ("procurement/ca-registration-tip", "友情提示：投标前请安装证书驱动并使用谷歌浏览器，以免上传失败。"),
    ("procurement/ca-registration-tip", "提示：首次参与的供应商请先进行供应商注册，审核通过后即可报名。"),
    ("procurement/original-notice-link", "原招标公告链接：https://ggzy.example.gov.cn/jyxx/0123.html"),
    ("procurement/original-notice-link", "原公告地址：点击进入"),
    ("procurement/original-notice-link", "点击查看原采购公告"),
    ("procurement/original-notice-link", "查看原公告>>"),
    ("procurement/same-project-notices", "本项目相关公告："),
    ("procurement/same-project-notices", "项目历史公告"),
    ("procurement/same-project-notices", "同一项目公示"),
    ("procurement/transmitted-data-disclaimer", "本公告内容系依采购单位上传之资料发布，如有疑义请洽采购单位。"),
    ("procurement/transmitted-data-disclaimer", "※本网公告均依招标机关提供之信息刊登，内容以机关公告为准。"),
    ("procurement/visitor-login-welcome", "您好！请登录　　免费注册　　忘记密码"),
    ("procurement/visitor-login-welcome", "欢迎您，访客　[会员登录]　[供应商注册]"),
    ("slogan/bilingual-name", "东湖区人民医院　DONGHU PEOPLE'S HOSPITAL"),
    ("slogan/bilingual-name", "西江职业技术学院 XIJIANG VOCATIONAL AND TECHNICAL COLLEGE"),
    ("slogan/bilingual-name-portuguese", "澳门特别行政区政府入口网站 Portal do Governo da RAEM"),
]

KEPT: list[tuple[str, str]] = [
    ("procurement/deadline-countdown", "合同履行期限：合同签订后30天内交货，安装调试5天。"),
    ("procurement/deadline-countdown", "距开标还有3天时，采购人发现采购文件存在错误，遂发布更正公告。"),
    ("procurement/deadline-countdown", "服务期限：3天24小时响应"),
    ("procurement/bracketed-action-buttons", "【项目概况】"),
    ("procurement/bracketed-action-buttons", "【投标人须知】供应商应按采购文件要求编制投标文件。"),
    ("procurement/bracketed-action-buttons", "【提问】投标人对采购文件有疑问的，可在截止前提出。"),
    ("procurement/login-gated-action", "供应商须登录交易平台下载招标文件（不登录无法下载）。"),
    ("procurement/login-gated-action", "方式：供应商凭CA数字证书登录滇中省政府采购网免费下载。"),
    ("procurement/ca-registration-tip", "方式：供应商凭CA数字证书登录政府采购网免费下载采购文件。"),
    ("procurement/ca-registration-tip", "未办理CA数字证书的供应商，请于报名截止前到市政务服务中心办理。"),
    ("procurement/original-notice-link", "原公告的采购项目名称：临川区中小学校园直饮水设备采购项目"),
    ("procurement/original-notice-link", "原公告发布日期：2025年5月8日"),
    ("procurement/same-project-notices", "项目公告期限为5个工作日。"),
    ("procurement/same-project-notices", "本项目公告期限：自本公告发布之日起3个工作日"),
    ("procurement/transmitted-data-disclaimer", "采购人应依法将采购文件上传至交易平台。"),
    ("procurement/visitor-login-welcome", "欢迎符合条件的供应商参加投标，请登录交易平台报名。"),
    ("slogan/bilingual-name", "项目采用HOSPITAL INFORMATION SYSTEM标准接口"),
]


(test_procurement_chrome_is_caught,
 test_body_words_of_procurement_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("line", [
    "开标时间　2025-03-27 09:30",
    "決標日期 114/03/27",
    "原公告日期\t2025年2月21日",
    "首次公告日期　2025-05-08",
    "评标日期：2025年6月3日",
    "签约时间 2025/07/01",
    "原公告发布日期　2025-05-08",
])
def test_a_tender_event_row_is_no_date_line(line: str) -> None:
    """A row of an award notice's table naming a day of the tender is read
    with its date, but not as a line of metadata."""
    m = parse_meta_line(line)
    assert m is None or m.coverage < 0.5, (line, m)


@pytest.mark.parametrize(("line", "date"), [
    ("公告日：114/04/15　　公告类别：决标公告　　浏览人次：57", "2025-04-15"),
    ("招标编号：NL-2025-PW02　　发布日期：2025-08-12　　截止日期：2025-08-15", "2025-08-12"),
    ("采购编号：ZC2025-17　公告类型：询价公告　发布时间：2025年6月10日", "2025-06-10"),
    ("招標編號：GLD 12/2025　　刊登日期：2025年5月2日", "2025-05-02"),
    ("发布日期　2025-05-21", "2025-05-21"),
])
def test_a_notice_header_row_gives_the_page_date(line: str, date: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.fields.get("date") == date and m.coverage >= 0.6, (line, m)


@pytest.mark.parametrize("line", [
    "项目编号：YLGZC2025-0142",
    "截止日期：2025年6月5日",
    "自公告日起至截标日止，投标者须前往上述地点了解有否附加说明文件。",
])
def test_a_notice_fact_alone_is_no_metadata(line: str) -> None:
    m = parse_meta_line(line)
    assert m is None or not m.fields, (line, m)


def test_letter_spaced_front_page_and_block_bars_open_a_menu_row() -> None:
    assert shape.nav_items("首　页　　交易公告　　交易结果　　异常公告　　主体注册") == [
        "首页", "交易公告", "交易结果", "异常公告", "主体注册"]
    assert shape.nav_items("首页 ▏招标采购 ▏非招标采购 ▏中标公示") == ["首页", "招标采购", "非招标采购", "中标公示"]
    assert shape.nav_items("首页│通知公告│政策法规│办事指南") == ["首页", "通知公告", "政策法规", "办事指南"]
    names = shape.nav_items("王　明　　李　强　　张　华　　刘　洋")
    assert names is None or "李" in names  # letter-spaced names stay one character a cell, a table's, not a menu's


AWARD_PAGE = """鹭江市政府采购网
首　页　　采购公告　　结果公告　　更正公告　　监督检查
欢迎您，游客！　请【登录】或【注册】
鹭江市图书馆古籍修复设备采购项目中标结果公告
发布时间：2025-09-02　　来源：鹭江市政府采购中心
一、项目编号：LJCG-2025-0921
二、项目名称：鹭江市图书馆古籍修复设备采购项目
三、中标信息
开标时间　2025-08-26 09:30
评标日期　2025-08-26
中标供应商：闽海文保科技有限公司　中标金额：867,500.00元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：鹭江市图书馆　联系人：陈老师　电话：0592-5123456
公示剩余：0天20时
【我要质疑】　【收藏公告】
项目相关公告
鹭江市图书馆古籍修复设备采购项目招标公告
"""


def test_an_award_notice_keeps_its_event_rows_and_loses_the_platform() -> None:
    doc = clean(AWARD_PAGE)
    text = doc.text
    for body in ("开标时间　2025-08-26 09:30", "评标日期　2025-08-26", "中标金额：867,500.00元", "联系人：陈老师"):
        assert body in text, body
    for chrome in ("监督检查", "游客", "公示剩余", "我要质疑", "项目相关公告", "古籍修复设备采购项目招标公告"):
        assert chrome not in text, chrome
    assert doc.metadata.get("date") == "2025-09-02"
    assert doc.metadata.get("title") == "鹭江市图书馆古籍修复设备采购项目中标结果公告"
