"""Chrome of forestry, grassland and water resources sites (held-out pages h1280-h1289):
each rule catches lines worded otherwise than the pages it was written for (other sites,
other spellings, Traditional script, half-width punctuation), and leaves alone the body
sentences and a river-chief board's own fields that use the same words (gov_141)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import assert_caught, rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/hydro-fire-status-strip", "森林火险预警：Ⅲ级（黄色）　有效期至4月5日20时"),
    ("tools/hydro-fire-status-strip", "今日草原火险等级：四级 | 明日：五级"),
    ("tools/hydro-fire-status-strip", "当前森林草原火险等级:红色 | 请勿携带火种进山"),
    ("tools/hydro-fire-status-strip", "森林火险气象等级：5级　市气象台 03-12 16:00 发布"),
    ("tools/hydro-fire-status-strip", "实时水情：城关站 128.45米 ↓　水库 236.10米 →"),
    ("tools/hydro-fire-status-strip", "今日水情 | 全县大中型水库蓄水 3.2亿立方米 | 更新时间 08:00"),
    ("tools/hydro-fire-status-strip", "最新雨情：24小时最大点雨量 86.5mm（青溪站）｜ 详情"),
    ("tools/hydro-fire-status-strip", "即时水情：石门水库 238.6公尺 ↑ 更新于 10:00"),
    ("tools/attachment-preview-header", "附件预览：关于公布古树名木名录的通知.pdf（共3页）"),
    ("tools/attachment-preview-header", "在线预览: 取水许可证核发情况.xlsx"),
    ("tools/attachment-preview-header", "文件预览：2025年防汛预案.ofd"),
    ("footer/chief-system-banner", "河长制监督举报热线：0512-68012345　｜　扫码举报"),
    ("footer/chief-system-banner", "林长制投诉电话 0871-6543210 (工作日) | 林长制APP"),
    ("footer/chief-system-banner", "河湖长制举报电话：12345　　关注“清水河长”小程序"),
    ("footer/chief-system-banner", "林长制公示：市级总林长 王立群　总林长 赵　明　　监督电话：0793-8201234"),
    ("footer/chief-system-banner", "河长制公开：县级总河长 李强（县委书记）　举报电话：0635-1234567"),
    ("footer/site-address", "经济部水利署 地址:413013台中市雾峰区中正路1340号 电话:(04)2330-4788"),
    ("footer/site-address", "农业部林业署　地址：台北市杭州南路一段2号　总机：(02)2351-5441"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/hydro-fire-status-strip", "今日水情：全市主要江河水位平稳，城区站水位42.1米。"),
    ("tools/hydro-fire-status-strip", "实时水情显示，城区站水位42.86米，超警戒水位0.14米，请沿河群众注意防范。"),
    ("tools/hydro-fire-status-strip", "今日森林火险等级：四级　高度危险"),
    ("tools/hydro-fire-status-strip", "森林火险等级达到四级以上时，应同时提示全域禁止野外用火。"),
    ("tools/hydro-fire-status-strip", "城区站　　潇水　　　42.86　　　43.00　　　　涨"),
    ("tools/attachment-preview-header", "附件：1.2025年第三季度取水许可审批情况.pdf"),
    ("tools/attachment-preview-header", "附件预览应显示文件名称和页数，不得要求群众安装插件。"),
    ("footer/chief-system-banner", "监督举报电话：12345"),
    ("footer/chief-system-banner", "区河长制办公室电话：0635-8219116"),
    ("footer/chief-system-banner", "河长制监督举报热线：0635-8219110"),
    ("footer/chief-system-banner", "各镇街在河长制监督举报热线之外，可同时公布微信随手拍等举报渠道。"),
    ("footer/chief-system-banner", "林长制公示牌应标明林长姓名、职务、职责和监督电话：0873-6621099。"),
    ("footer/service-hotline", "监督举报电话：12345"),
    ("footer/service-hotline", "河长制监督电话：12345"),
    ("footer/utility-hotline-pair", "监督举报电话：12345"),
    ("footer/utility-hotline-pair", "监督电话：96310　举报电话：12345"),
]


test_forestry_water_chrome_is_caught, test_forestry_water_body_lines_are_kept = rule_line_tests(CAUGHT, KEPT)


def test_service_hotlines_in_a_footer_still_go() -> None:
    # the supervision guard is narrow: the site's own hotline alone in its footer still goes
    assert_caught("footer/service-hotline", "政务服务便民热线：12345")
    assert_caught("footer/utility-hotline-pair", "24小时抢修电话:96777  客服热线:0318-7526000")


def test_river_chief_board_fields_are_not_run_together() -> None:
    # a board's fields stay one to a line, however the value before ends (…赵丽娟 / 河长职责：…)
    text = ("汶溪区青龙河区级河长公示牌\n河流名称：青龙河（汶溪区段）\n河段长度：23.6公里\n"
            "镇街级河长：马集镇　王海涛；汶阳街道　赵丽娟\n"
            "河长职责：牵头组织青龙河管理保护工作，协调解决河道管理保护中的重大问题，督促下级河长履行职责。\n"
            "监督举报电话：12345\n")
    out = clean(text).text
    assert "赵丽娟\n河长职责：" in out
    assert "监督举报电话：12345" in out


@pytest.mark.parametrize(("first", "second"), [
    ("    取水权人应当严格按照许可水量取水，安装合格的取水计量设施，并于", "每年1月31日前报送上一年度取水情况。"),
    ("口位于城市公共供水管网覆盖范围内，不符合地下水取水许可条件，依法", "不予许可。"),
    ("各护林单位要落实巡山护林制度，发现火情隐患的，应当", "立即报告乡镇森林防火指挥部。"),
    ("    根据《取水许可和水资源费征收管理条例》《取水许可管理办法》", "等规定，现将有关情况公告如下："),
    ("各地要严格执行“防火码”“进山登记”", "等管控措施，严防火源进山入林。"),
])
def test_wrapped_notice_lines_go_on(first: str, second: str) -> None:
    # a PDF's line cut after a preposition or adverb before its verb, or before the 等 closing a list of titles
    assert continuation_reason(first, second) is not None


@pytest.mark.parametrize(("first", "second"), [
    ("附件：《取水许可管理办法》", "等级评定结果见附表。"),
    ("青龙河河长公示牌位于", "一、河段基本情况"),
    ("本季度共准予新申请取水许可4件，许可水量依法", "    二、延续取水许可情况"),
    ("各地要严格执行《森林防火条例》。", "等到防火期结束后，再行验收。"),
])
def test_wrapped_notice_lines_stop(first: str, second: str) -> None:
    # a heading, an indented paragraph, a sentence's end or 等级 / 等到 opening the next line
    assert continuation_reason(first, second) is None
