"""Chrome of urban-management and comprehensive law-enforcement bureaus' sites (城管局, 城市管理综合行政执法局;
held-out pages h1500-h1509): a digital city-management platform's tally of its cases, a garbage-sorting lookup
box, a live widget of the garbage trucks, a WeChat mini-program card, the 随手拍 report buttons, the tabs of an
enforcement disclosure column, a report entry's button with its arrow, a live board of free parking spaces and
a Taiwan city's 1999 citizen hotline are caught in other wordings, spellings and the Simplified form of
Traditional pages (as the pipeline converts them before the rules run), and the sentences of notices and news
that use the same words stay (gov_163 is such a notice)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("counters/city-management-case-tally", "数字城管平台　今日上报：132件　立案：120件　结案：97件"),
    ("counters/city-management-case-tally", "本年累计立案 28,615 件 ｜ 结案 27,904 件 ｜ 结案率 97.5%"),
    ("counters/city-management-case-tally", "数字化城管实时数据：今日派遣 64 件，今日处置 58 件，按期处置率 95.2%"),
    ("counters/city-management-case-tally", "网格化管理　本周发现问题 516 起　已办结 489 起"),
    ("tools/garbage-sorting-lookup", "生活垃圾分类查询：请输入物品名称　[搜索]"),
    ("tools/garbage-sorting-lookup", "这是什么垃圾？请输入垃圾名称，例如“过期药品” 【查询】"),
    ("tools/garbage-sorting-lookup", "分类小助手：输入您要投放的物品　查一查"),
    ("tools/garbage-sorting-lookup", "垃圾分类查询　请输入物品名称　搜索"),
    ("tools/garbage-truck-live-position", "垃圾清运车实时位置：3号车　当前位置：人民路与中山路口"),
    ("tools/garbage-truck-live-position", "垃圾车动态查询：北区12号车　预计到站 18:55　下一站：忠孝国小"),
    ("tools/garbage-truck-live-position", "资源回收车即时动态：西区5号车 目前位置：建国路口"),
    ("tools/mini-program-card", "违建举报　一键上报违法建设线索　[小程序]"),
    ("tools/mini-program-card", "停车缴费 路边停车在线缴费 （小程序）"),
    ("tools/mini-program-card", "垃圾分类指南　查一查垃圾怎么分　【小程序】"),
    ("tools/snapshot-report-buttons", "我要随手拍 >>"),
    ("tools/snapshot-report-buttons", "【城管随手拍】"),
    ("tools/snapshot-report-buttons", "随手拍举报　｜　在线投诉　｜　违建举报"),
    ("tools/snapshot-report-buttons", "【随手拍】【12319】【垃圾分类】"),
    ("tools/snapshot-report-buttons", "市民随手拍 / 网上信访 / 领导信箱"),
    ("tools/enforcement-disclosure-tabs", "双公示：行政许可 | 行政处罚 | 双随机抽查"),
    ("tools/enforcement-disclosure-tabs", "事前公开　｜　事中公示　｜　事后公开"),
    ("tools/enforcement-disclosure-tabs", "行政执法公示　执法主体　执法人员　执法依据　执法结果"),
    ("tools/enforcement-disclosure-tabs", "行政处罚　行政许可　行政强制"),
    ("tools/report-entry-arrow", "违法建设举报 >>"),
    ("tools/report-entry-arrow", "【占道经营投诉】→"),
    ("tools/report-entry-arrow", "我要举报 »"),
    ("tools/parking-spaces-board", "停车诱导：人民广场停车场 空余车位 126 ｜ 中山路停车场 空余车位 38"),
    ("tools/parking-spaces-board", "实时车位：市民中心P1 余位 56　体育馆停车楼 余位 210"),
    ("tools/parking-spaces-board", "火车站北广场停车场 剩余车位：12　万达停车库 剩余车位：305"),
    ("footer/citizen-hotline-1999", "台北市民当家热线：1999（外县市请拨02-27208889）"),
    ("footer/citizen-hotline-1999", "1999 高雄万事通　｜　总机：07-3368333"),
    ("footer/citizen-hotline-1999", "市民专线1999　环保局陈情专线：(04)2228-9111"),
    ("footer/citizen-hotline-1999", "市民热线：1999（外县市请拨06-2991111）"),
]

KEPT: list[tuple[str, str]] = [
    ("counters/city-management-case-tally", "　　全年数字城管系统共立案3,412件，结案3,280件，按期结案率96.1%。"),
    ("counters/city-management-case-tally", "　　一、案件受理情况。本月共受理群众投诉236件。"),
    ("counters/city-management-case-tally", "江北区　受理 236　结案 220"),
    ("tools/garbage-sorting-lookup", "　　县里还开发了“垃圾分类查询”小程序，输入物品名称即可查询所属类别。"),
    ("tools/garbage-sorting-lookup", "垃圾分类查询：请输入物品名称后点击查询。"),
    ("tools/garbage-sorting-lookup", "　　居民可在小程序中输入垃圾名称，查询其所属类别。"),
    ("tools/garbage-truck-live-position", "　　市民可至本局网站查询垃圾车即时动态，掌握目前位置。"),
    ("tools/garbage-truck-live-position", "垃圾车清运时间：每日18:30至21:30。"),
    ("tools/mini-program-card", "　　市民可通过“城管随手拍”小程序反映问题。"),
    ("tools/mini-program-card", "　　停车缴费　可通过“鹭江停车”[小程序]"),
    ("tools/mini-program-card", "四、车主可通过微信小程序缴费。"),
    ("tools/snapshot-report-buttons", "　　市民可通过“随手拍”栏目举报，经查证属实的给予奖励。"),
    ("tools/snapshot-report-buttons", "“城管随手拍”平台正式上线"),
    ("tools/snapshot-report-buttons", "随手拍举报违建线索，查实后奖励500元"),
    ("tools/enforcement-disclosure-tabs", "行政许可、行政处罚、行政强制信息公示"),
    ("tools/enforcement-disclosure-tabs", "类别　行政许可　行政处罚　合计"),
    ("tools/enforcement-disclosure-tabs", "　　严格落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度。"),
    ("tools/report-entry-arrow", "　　市民可通过“随手拍”栏目举报。"),
    ("tools/report-entry-arrow", "违法建设举报电话：0556-5123456"),
    ("tools/parking-spaces-board", "人民广场停车场　泊位 300 个　收费标准：每小时2元"),
    ("tools/parking-spaces-board", "　　截至目前，人民广场停车场空余车位126个，中山路停车场空余车位38个。"),
    ("footer/citizen-hotline-1999", "　　市民如有疑问，亦可拨打1999市民热线洽询。"),
    ("footer/citizen-hotline-1999", "1999市民热线提供24小时服务。"),
    ("footer/citizen-hotline-1999", "1999年建成的市民广场已完成改造。"),
]

test_chrome_is_caught, test_body_is_kept = rule_line_tests(CAUGHT, KEPT)


def test_a_snapshot_strip_and_tally_go_and_the_notice_keeps_its_report_sentence() -> None:
    """A city-management notice that asks the reader to report by 12319 and 随手拍 keeps that sentence,
    while the platform's tally and the row of buttons under it go."""
    page = ("关于规范城区户外广告设置的通告\n"
            "发布时间：2025-05-06　来源：某市城市管理局\n"
            "　　为规范户外广告设置，市城市管理局将对违规设置的户外广告开展集中清理。\n"
            "　　市民发现违规户外广告，可拨打12319城管热线或通过“城管随手拍”小程序举报。\n"
            "某市城市管理局\n"
            "2025年5月6日\n"
            "数字城管　本月立案 1,204 件　结案 1,187 件　结案率 98.6%\n"
            "【随手拍】【12319】【垃圾分类】\n")
    text = clean(page).text
    assert "通过“城管随手拍”小程序举报。" in text
    assert "结案率 98.6%" not in text and "【随手拍】" not in text
