"""Chrome of planning, land and environmental publicity pages (held-out pages
h920-h929: 批前/批后公示, 征地预公告, 环评公示, 不动产登记公告, 四证公示, Taiwan
都市計畫 公開展覽 and 環評 公聽會): each rule catches lines worded otherwise than
the pages it was written for (other platforms, other periods, other map
viewers), and leaves alone the notice's sentences that use the same words (its
公示期, the plan's 图例 and 比例尺, its feedback channels, its own 附件)."""

from __future__ import annotations

from govtext import clean
from govtext.blocks.classify import _form_fields
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/publicity-countdown", "公示剩余时间：3天"),
    ("tools/publicity-countdown", "公示期剩余 7 个工作日"),
    ("tools/publicity-countdown", "异议期剩余：4个工作日"),
    ("tools/publicity-countdown", "公开展览剩余 15 天"),
    ("tools/publicity-countdown", "距公示截止还有 2 天"),
    ("tools/publicity-countdown", "距离征求意见结束仅剩5天"),
    ("tools/publicity-countdown", "【本公告已结束】"),
    ("tools/publicity-countdown", "征求意见进行中"),
    ("tools/map-viewer", "放大 | 缩小 | 还原 | 全屏"),
    ("tools/map-viewer", "图层　影像图　矢量图　标注"),
    ("tools/map-viewer", "区位示意图 放大 缩小 全图"),
    ("tools/map-viewer", "测距 / 测面 / 清除 / 打印地图"),
    ("tools/map-viewer", "图例：● 现状建筑　● 规划建筑　▲ 出入口"),
    ("tools/map-viewer", "图例 规划用地范围线 道路中心线 河道蓝线"),
    ("tools/map-viewer", "比例尺：1:500"),
    ("tools/map-viewer", "比例尺 1比10000"),
    ("label-table/consultation-status", "公示状态：已结束"),
    ("label-table/consultation-status", "公示时间：2025-06-01至2025-06-10　公示状态：进行中"),
    ("label-table/consultation-status", "编号：GS-2025-031　公示期：5个工作日　状态：公示中"),
    ("tools/page-actions-bare", "我要反馈"),
    ("tools/page-actions-bare", "我要提意见 | 返回"),
    ("tools/page-actions-bare", "打印 | 我要建议"),
    ("tools/download-link", "附件档案"),
    ("tools/download-link", "本公告附件："),
    ("tools/download-link", "本通知附件"),
    ("tools/download-link", "附件资料"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/publicity-countdown", "公示期满无异议的，按程序办理批准手续。"),
    ("tools/publicity-countdown", "距公示结束还有5天时，工作人员将再次上门告知被征收户。"),
    ("tools/publicity-countdown", "本次公示已结束，现将结果公告如下："),
    ("tools/publicity-countdown", "征集活动已结束"),
    ("tools/publicity-countdown", "公示剩余期限内，利害关系人可以申请听证"),
    ("tools/map-viewer", "放大镜头聚焦基层治理，缩小城乡公共服务差距。"),
    ("tools/map-viewer", "地图标注"),
    ("tools/map-viewer", "图例说明"),
    ("tools/map-viewer", "图例：规划范围线"),
    ("tools/map-viewer", "比例尺不小于1:500的地形图由建设单位委托测绘"),
    ("label-table/consultation-status", "公示状态：公示中的项目名单如下。"),
    ("tools/page-actions-bare", "我要反馈的问题是小区门口道路积水"),
    ("tools/download-link", "附件资料已报送市自然资源局备案。"),
    ("tools/download-link", "附件：1.勘测定界图"),
]


(test_planning_publicity_chrome_is_caught,
 test_body_words_of_planning_publicity_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_form_fields_count_each_label_of_a_line() -> None:
    """Two empty fields on one line count twice; a filled one and a sentence count nothing."""
    assert _form_fields("反馈人：　　　　手机号码：") == 2
    assert _form_fields("*姓名：　*单位：　*电话：") == 3
    assert _form_fields("意见内容（限300字）：") == 1
    assert _form_fields("联系人：王工　联系电话：0551-1234567") == 0
    assert _form_fields("公示期间，可通过以下方式反馈：") == 0


EIA_PAGE = """清河县生态环境分局
首页 | 工作动态 | 环评公示 | 监测信息
清河县华盛食品有限公司年产3万吨预制菜加工项目环境影响报告表拟审批公示
发布日期：2025-08-11
　　根据建设项目环境影响评价审批程序的有关规定，我局拟对清河县华盛食品有限公司年产3万吨预制菜加工项目环境影响报告表作出审批意见，现予公示，公示期为2025年8月11日至8月15日。
　　项目主要建设内容为新建加工车间、冷库及污水预处理站，废水经预处理后排入城东污水处理厂。
　　公示期间如有意见，请与我局审批股联系，联系电话：0311-6120350。
区位图　放大　缩小　全图
公示剩余：4个工作日
我要反馈
反馈人：　　　手机号码：
反馈意见（限300字）：
提交反馈
清河县生态环境分局 版权所有 冀ICP备12003456号
"""


def test_an_eia_publicity_page_of_another_county_loses_its_widgets_and_keeps_its_notice() -> None:
    """A whole page of another bureau: the map viewer's row, the countdown and the
    feedback form (two fields on one line, a length note, a 提交反馈 button) go;
    the notice's own 公示期 and feedback sentence stay."""
    doc = clean(EIA_PAGE)
    text = doc.text
    body = [line.strip() for line in EIA_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("放大", "公示剩余", "我要反馈", "反馈人", "限300字", "提交反馈"):
        assert chrome not in text, chrome


REPLY_SLIP = """关于召开全县国土空间规划公众参与座谈会的通知
各乡镇人民政府，县直有关单位：
　　为做好县级国土空间总体规划公众参与工作，定于2025年9月10日召开座谈会，请各单位派一名熟悉情况的同志参加，并于9月5日前将回执提交县自然资源局。
　　附件：参会回执
参会回执
单位名称：
姓名：　　　　职务：
联系电话：
请于9月5日前提交。
县自然资源局
2025年8月28日
"""


def test_a_notice_s_own_reply_slip_is_no_form() -> None:
    """A reply slip with empty fields but no form control (提交 inside a sentence) stays."""
    doc = clean(REPLY_SLIP)
    for line in ("参会回执", "单位名称：", "姓名：　　　　职务：", "联系电话：", "请于9月5日前提交。"):
        assert line in doc.text, line


TAIWAN_PAGE = """桃原市政府都市發展局
首頁 / 最新消息 / 都市計畫公告
公告「擬定桃原市青埔特定區細部計畫（第二次通盤檢討）案」公開展覽
發布日期：114-09-02
主旨：公告「擬定桃原市青埔特定區細部計畫（第二次通盤檢討）案」自民國114年9月3日起公開展覽30天。
依據：都市計畫法第19條。
公告事項：任何公民或團體對本案如有意見，得於公開展覽期間內以書面向本府提出。
公開展覽剩餘 28 天
圖例：■住宅區　■商業區　■公園用地
比例尺：1:3000
"""


def test_a_taiwan_public_exhibition_page_loses_its_countdown_and_legend_once_converted() -> None:
    """Traditional script: the countdown, the legend and the scale go once the
    page reads in Simplified; the notice's 公開展覽期間 sentence stays."""
    doc = clean(TAIWAN_PAGE)
    text = doc.text
    assert "公开展览期间内以书面向本府提出" in text
    for chrome in ("剩余 28", "剩余28", "图例", "比例尺"):
        assert chrome not in text, chrome
