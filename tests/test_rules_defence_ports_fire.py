"""Chrome of civil air defence offices, port offices, border inspection stations and fire-rescue
services (held-out pages h1480-h1489): the player of the air-raid alarm signals, a port's board of
today's clearance, a news app's bar with its open button, a fire or emergency service's strip of
numbers, its banner of one safety tip and the address of a brigade or station with its postcode are
caught in other wordings and in Taiwan and Hong Kong wording (as the pipeline reads them once their script is converted), and the sentences of siren-test notices,
clearance notices and fire warnings that use the same words stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/siren-audio-player", "🔊预先警报 | 🔊空袭警报 | 🔊解除警报"),
    ("tools/siren-audio-player", "点击收听：预先警报　空袭警报　解除警报"),
    ("tools/siren-audio-player", "防空警报试听 ▶预先警报 ▶空袭警报 ▶解除警报"),
    ("tools/siren-audio-player", "警报声播放：► 预先警报 00:36 ｜ ► 空袭警报 00:12"),
    ("tools/siren-audio-player", "▶ 灾情警报信号"),
    ("tools/port-clearance-board", "口岸通关状态：皇岗 正常 ｜ 福田 正常 ｜ 罗湖 繁忙"),
    ("tools/port-clearance-board", "拱北口岸 畅通　横琴口岸 繁忙　港珠澳大桥 正常"),
    ("tools/port-clearance-board", "实时通关 2025年10月3日 星期五　旅检通道 07:30-22:30 正常通关　货运通道 暂停"),
    ("tools/port-clearance-board", "今日通关：瑞丽口岸 08:00~20:00 畅通 | 畹町口岸 08:00~18:00 已闭关"),
    ("tools/app-open-bar", "北部湾新闻客户端　打开APP"),
    ("tools/app-open-bar", "打开 | 甬派APP"),
    ("tools/app-open-bar", "立即打开　掌上青川 · 客户端"),
    ("footer/fire-emergency-strip", "火灾报警请拨119 ｜ 消防监督举报投诉：96119"),
    ("footer/fire-emergency-strip", "紧急求助：999　｜　消防处总部热线：2723 3355"),
    ("footer/fire-emergency-strip", "全民消防　生命至上　｜　火警电话　119"),
    ("footer/fire-emergency-strip", "消防救援请拨119　　森林火险咨询电话：0851-8621 2119"),
    ("slogan/fire-safety-tip-banner", "消防安全提示：外出前请关掉电器及煮食炉具　▸ 了解更多"),
    ("slogan/fire-safety-tip-banner", "防火小贴士：电动自行车请勿在楼道内停放充电"),
    ("slogan/fire-safety-tip-banner", "防火小叮咛：天干物燥，小心火烛，出门记得关瓦斯！"),
    ("slogan/fire-safety-tip-banner", "用电安全小提示：人走断电，远离火患 >>"),
    ("footer/site-address", "海州出入境边防检查站　地址：海州市机场路1号　邮编：222000"),
    ("footer/site-address", "青禾市消防救援支队 ｜ 地址：青禾市建设大道8号 ｜ 邮政编码：330200"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/siren-audio-player", "　　（一）预先警报：10:00至10:03，鸣36秒，停24秒，反复3遍，时间为3分钟。"),
    ("tools/siren-audio-player", "预先警报　10:00　空袭警报　10:10　解除警报　10:20"),
    ("tools/siren-audio-player", "　　依次试鸣预先警报、空袭警报和解除警报，市民可通过广播收听。"),
    ("tools/siren-audio-player", "　　市民可关注“江陵人防”微信公众号，收听三种防空警报信号的音频。"),
    ("tools/port-clearance-board", "　　通关时间保持不变：峒中口岸8:00—18:00，爱店口岸8:00—20:00。"),
    ("tools/port-clearance-board", "皇岗口岸 正常开放"),
    ("tools/port-clearance-board", "旅检通道 正常　货运通道 暂停"),
    ("tools/port-clearance-board", "　　节日期间各口岸通关正常，未出现拥堵。"),
    ("tools/app-open-bar", "　　请打开“学习强国”APP，参与学习。"),
    ("tools/app-open-bar", "　　旅客可打开“移民局12367”App查询口岸通关状态。"),
    ("footer/fire-emergency-strip", "　　发现火情请立即拨打119。"),
    ("footer/fire-emergency-strip", "联系电话：0731-8556 0119"),
    ("footer/fire-emergency-strip", "　　四是发现楼道堆放杂物、违规充电等火灾隐患，可拨打96119或12345热线举报。"),
    ("footer/fire-emergency-strip", "三、发现火灾时应立即逃生，关门避难，并拨打119报案。"),
    ("slogan/fire-safety-tip-banner", "　　消防安全提示：冬季是火灾高发季节，请广大市民注意用火用电安全。"),
    ("slogan/fire-safety-tip-banner", "宁远消防提醒："),
    ("slogan/fire-safety-tip-banner", "消防小贴士："),
    ("slogan/fire-safety-tip-banner", "　　支队发布消防安全提示，提醒群众不要在楼道内停放电动自行车。"),
    ("footer/site-address", "联系地址：枫林区岳麓大道899号　邮编：410013"),
    ("footer/site-address", "　　材料请寄至枫林区消防救援大队，地址：枫林区岳麓大道899号，邮编：410013。"),
]


(test_defence_port_and_fire_chrome_is_caught,
 test_body_words_of_defence_port_and_fire_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


def test_a_wrapped_contact_label_runs_on_into_a_local_number() -> None:
    """A hard-wrapped notice that breaks between ``电话：`` and a county's local number without its area
    code (``6623018。``) is one sentence; a label line of its own and a number line after a full stop stay apart."""
    page = ("　　三、工作要求\n"
            "　　各单位要高度重视，提前通过广播、电视、微信公众号、短\n"
            "信等方式向群众广泛宣传，防止引起恐慌。演练结束后，请于9月\n"
            "28日前将总结材料报送县人防办，联系人：王建军，电话：\n"
            "7712046。\n")
    assert "电话：7712046。" in clean(page).text
    kept = "　　演练结束后，请及时报送总结材料。\n咨询电话：\n6623018\n"
    assert "电话：6623018" not in clean(kept).text
