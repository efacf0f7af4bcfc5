"""Chrome of offices administration and energy bureau sites (held-out pages h1540-h1549): an office
canteen's menu box, a power site's live box of the grid's load and reserve, a charging-point map or
finder with its button, a public institution's energy-use counter and a strip of energy, utility or
office service lines are caught in other wordings, spellings and Traditional script, and the sentences
of notices, reports and press releases that use the same words stay. The code change for these pages
(a hard-wrapped line cut one opening word into its next sentence runs on) is checked on a small page."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/canteen-menu-widget", "本周食谱 >>"),
    ("tools/canteen-menu-widget", "每日菜单：午餐 宫保鸡丁 麻婆豆腐 紫菜蛋花汤　更多>>"),
    ("tools/canteen-menu-widget", "今日菜单　早餐：包子 稀饭　午餐：土豆牛腩 蒜蓉菜心　晚餐：水饺"),
    ("tools/canteen-menu-widget", "【本周菜谱】 周一 ｜ 周二 ｜ 周三 ｜ 周四 ｜ 周五　【查看详情】"),
    ("tools/canteen-menu-widget", "明日菜谱(11月6日)｜午餐：清蒸鲈鱼 番茄炒蛋 ▶"),
    ("tools/power-supply-status-widget", "实时用电负荷 2,356万千瓦 ｜ 今日最高负荷 2,518万千瓦 ｜ 电网运行正常"),
    ("tools/power-supply-status-widget", "今日电力供需：预估最高负载 3,690万瓩　预估备转容量率 8.2%　供电吃紧（黄灯）"),
    ("tools/power-supply-status-widget", "当前电网　用电负荷：1,862.5万千瓦　新能源出力：412.3万千瓦　>>"),
    ("tools/power-supply-status-widget", "即时电力资讯　目前用电量 2,981.4万瓩　使用率 86.4%"),
    ("tools/charging-map-widget", "充电设施分布图　点击查看 >>"),
    ("tools/charging-map-widget", "查找附近充电桩 ▶"),
    ("tools/charging-map-widget", "微信小程序：江城充电导航 ｜ 一键定位身边充电站"),
    ("tools/charging-map-widget", "【新能源汽车充电地图】立即查看 >>"),
    ("tools/charging-map-widget", "电动车充电站位置地图　｜　搜寻附近充电器 ►"),
    ("counters/energy-use-monitor", "今日能耗：用电 1,236 kWh ｜ 用水 32 t ｜ 用气 86 m³"),
    ("counters/energy-use-monitor", "能耗公示　本月人均综合能耗 12.6千克标准煤　环比 下降 3.2%"),
    ("counters/energy-use-monitor", "实时能耗 ｜ 今日用电 12,356度 ↑2.1%"),
    ("counters/energy-use-monitor", "用能数据：办公区用电量 8,412千瓦时　用水量 356立方米　同比 ▼5.6%"),
    ("footer/energy-and-office-service-lines", "供电服务热线：95598　燃气报修：96777　供热服务热线：0531-86012345"),
    ("footer/energy-and-office-service-lines", "24小时供水抢修：0571-87001234 ｜ 停电咨询：95598"),
    ("footer/energy-and-office-service-lines", "机关会议室预订电话：0571-87051234　服务时间：周一至周五 8:30-17:30"),
    ("footer/energy-and-office-service-lines", "公务用车服务专线：0755-88123456（工作日）　节能咨询热线：0755-88123400"),
    ("footer/energy-and-office-service-lines", "能源局值班电话：0851-85281234 ｜ 电力故障报修：95598"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/canteen-menu-widget", "本周菜谱由营养师统一制定，早餐：豆浆、油条；午餐：两荤两素一汤。"),
    ("tools/canteen-menu-widget", "今日菜谱"),
    ("tools/canteen-menu-widget", "　　食堂每周五在公示栏公布下周菜谱，干部职工可通过小程序提出意见。"),
    ("tools/canteen-menu-widget", "早餐　7:10—8:00"),
    ("tools/power-supply-status-widget", "　　今日全省最高用电负荷达到5,186万千瓦，同比增长7.5%，电网运行平稳。"),
    ("tools/power-supply-status-widget", "全社会用电量　5,280亿千瓦时　6.2%"),
    ("tools/power-supply-status-widget", "今日电力供需偏紧，请各单位做好有序用电准备。"),
    ("tools/power-supply-status-widget", "二、今日电力供应情况"),
    ("tools/charging-map-widget", "环保署亦已更新「电动车充电站位置」网上地图，方便驾驶人士查找全港约9000个公共充电器的位置。"),
    ("tools/charging-map-widget", "市民可通过“云州充电地图”小程序查找附近充电桩。"),
    ("tools/charging-map-widget", "充电设施分布图"),
    ("tools/charging-map-widget", "　　（三）完善充电地图功能，实现全市公共充电桩一键查找、一键导航。"),
    ("counters/energy-use-monitor", "　　2025年全省公共机构人均综合能耗同比下降2.6%，用电量同比下降3.4%。"),
    ("counters/energy-use-monitor", "三、能耗数据晾晒"),
    ("counters/energy-use-monitor", "单位建筑面积能耗　12.6千克标准煤/平方米　8.9"),
    ("counters/energy-use-monitor", "能耗监测结果显示，本月用电量2,318万千瓦时，同比下降4.2%。"),
    ("footer/energy-and-office-service-lines", "联系电话：0578-6123456　地址：青溪县行政中心4楼412室"),
    ("footer/energy-and-office-service-lines", "咨询电话：0571-87001234　监督电话：0571-87005678"),
    ("footer/energy-and-office-service-lines", "省能源局值班电话：0851-85281234。"),
    ("footer/energy-and-office-service-lines", "如遇停电，请拨打95598供电服务热线报修，燃气泄漏请拨打96777。"),
    ("footer/energy-and-office-service-lines", "联系人：陈晓峰　电话：025-83391256　节能管理处"),
    ("footer/energy-and-office-service-lines", "举报电话：12345　电力故障报修：95598"),
]

test_offices_energy_chrome_is_caught, test_body_words_of_offices_energy_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


def test_a_line_cut_one_word_into_its_next_sentence_goes_on() -> None:
    """A hard-wrapped line shorter than the wrap (its figures are half-width) that stops one opening
    word into its next sentence (``…总体偏紧。为`` / ``确保…``) runs into the next line
    (``rejoin/paragraphs.py``, ``_OPENER_CUT``); a line that ends on its full stop does not."""
    page = ("东岭省能源局关于做好迎峰度夏电力保供工作的通知\n"
            "各市（州）能源主管部门：\n"
            "　　当前我省已进入迎峰度夏关键时期，预计今年全省最高用电负荷\n"
            "将达到5200万千瓦，同比增长约7.5%，供需形势总体偏紧。为\n"
            "确保全省电力安全可靠供应，现就有关工作通知如下。\n"
            "　　一、全力提升发电能力\n"
            "　　各发电企业要加强设备运维，严禁非计划停运，确保机组稳定运行。\n")
    text = clean(page).text
    assert "总体偏紧。为确保全省电力安全" in text
    assert "通知如下。\n" in text and "发电能力\n" in text
