"""Chrome of sports bureaus' and lottery centres' pages (held-out pages h1310-h1319):
each rule catches lines worded otherwise than the pages it was written for
(other centres, other games, other sessions), and leaves alone the body lines
that use the same words: a lottery centre's notice on responsible gaming, a
draw announcement, a results report, a venue's opening notice are government
text, and so are their 彩票, 中奖, 投注, 开奖直播 and 余票."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/responsible-lottery-slogan", "理性购彩 快乐参与"),
    ("slogan/responsible-lottery-slogan", "量力而行，理性投注"),
    ("slogan/responsible-lottery-slogan", "责任彩票 · 理性购彩 · 快乐参与"),
    ("slogan/responsible-lottery-slogan", "公益福彩　扶老、助残、救孤、济困"),
    ("slogan/responsible-lottery-slogan", "未成年人不得购买体育彩票｜理性购彩"),
    ("slogan/responsible-lottery-slogan", "体彩公益 乐善人生"),
    ("slogan/responsible-lottery-slogan", "购彩提示：多买不一定中，适度购彩"),
    ("slogan/responsible-lottery-slogan", "—— 健康购彩　量力而为 ——"),
    ("tools/live-score-ticker", "实时比分：男篮甲组 一中 58-61 实验中学（第三节） | 女篮 二中 40-22 三中（终场）"),
    ("tools/live-score-ticker", "比分速递　城北队 2比1 城南队　湖滨队 0比0 高新队"),
    ("tools/live-score-ticker", "今日赛况 >> 乒乓球团体 市直队 3:2 县区队 ｜ 羽毛球混团 3:0"),
    ("tools/live-score-ticker", "赛果速递｜排球 A组 澜州 3-1 江东 ｜ B组 澄阳 2-3 鹭岛"),
    ("tools/lottery-draw-player", "开奖视频直播 | 直播时间：每周一、三、六21:25"),
    ("tools/lottery-draw-player", "直播开奖　大乐透第26038期 正在直播 点击观看"),
    ("tools/lottery-draw-player", "开奖直播：七乐彩第2026045期 直播中 ▶"),
    ("tools/lottery-draw-player", "▶ 观看开奖直播 >>"),
    ("tools/lottery-draw-player", "进入直播间"),
    ("tools/booking-remaining-tickets", "余票：早场 80 ｜ 午场 已售罄 ｜ 夜场 充足"),
    ("tools/booking-remaining-tickets", "立即购票 > 余票：A区 12张 / B区 紧张"),
    ("tools/booking-remaining-tickets", "余位：1号场 2 、2号场 约满、3号场 5"),
    ("tools/booking-remaining-tickets", "马上预订 » 余量：羽毛球 8 ｜ 乒乓球 充足 ｜ 篮球 无票"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/responsible-lottery-slogan", "市体育局提醒，购买体育彩票应理性投注、量力而行，未成年人不得购买彩票，要警惕非法网络售彩。"),
    ("slogan/responsible-lottery-slogan", "二、倡导理性购彩"),
    ("slogan/responsible-lottery-slogan", "　　三、理性购彩、量力而行"),
    ("slogan/responsible-lottery-slogan", "（二）理性购彩 量力而行"),
    ("slogan/responsible-lottery-slogan", "“理性购彩 快乐参与”主题宣传活动在我市启动"),
    ("slogan/responsible-lottery-slogan", "理性购彩宣传月"),
    ("slogan/responsible-lottery-slogan", "在销售站点张贴“理性购彩、量力而行”提示标识，组织销售员培训12期"),
    ("tools/live-score-ticker", "赛况速递｜澄阳队3:1战胜江东队"),
    ("tools/live-score-ticker", "在昨晚的比赛中，澜州队以86:79战胜江东队，19:30起进行第二场。"),
    ("tools/live-score-ticker", "实时比分和赛况速递栏目由市体育局主办"),
    ("tools/live-score-ticker", "1　许嘉诚　云湖区　52.96　破市运会纪录"),
    ("tools/lottery-draw-player", "开奖直播：每周二、四、日21:15"),
    ("tools/lottery-draw-player", "本期开奖在北京进行，开奖过程由公证人员现场监督，并通过开奖直播向社会公开。"),
    ("tools/lottery-draw-player", "开奖直播由国家体育彩票管理中心统一组织"),
    ("tools/booking-remaining-tickets", "余票：200张"),
    ("tools/booking-remaining-tickets", "场馆应按场次公布开放时间、票价和余票数量，余票不足时应提前公告。"),
    ("tools/booking-remaining-tickets", "上午场　09:00—11:30　周一上午闭馆清洁"),
    ("tools/booking-remaining-tickets", "每场限流350人，现场票售完即止。"),
]


(test_sports_and_lottery_chrome_is_caught,
 test_body_words_of_sports_and_lottery_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


DRAW_PAGE = """鹤川市福利彩票发行中心
首页　开奖公告　销售网点　责任彩票
開獎直播　正在直播：快樂8第2026088期　21:30準時開獎　▶ 點擊進入直播間
快乐8游戏第2026088期开奖公告
发布时间：2026-04-01
　　中国福利彩票快乐8游戏第2026088期于2026年4月1日21:30开奖，开奖过程由公证人员现场监督，并通过开奖直播向社会公开。
　　本期选十中十一等奖中出2注，单注奖金500万元。中奖者须在开奖之日起60个自然日内兑奖。
　　市福彩中心提醒，购彩者应理性投注、量力而行，未成年人不得购买福利彩票。
理性購彩　快樂參與　未成年人不得購買福利彩票
鹤川市福利彩票发行中心 版权所有
"""


def test_a_traditional_draw_page_loses_its_player_and_slogan_strip_and_keeps_its_notice() -> None:
    """The player and the slogan strip go once the page is converted to Simplified; the
    notice's sentences on the draw stream and on responsible gaming stay."""
    text = clean(DRAW_PAGE).text
    assert "正在直播" not in text and "快乐参与" not in text
    assert "并通过开奖直播向社会公开。" in text
    assert "购彩者应理性投注、量力而行，未成年人不得购买福利彩票。" in text
    assert "单注奖金500万元" in text


VENUE_PAGE = """鹭岛市游泳馆
关于冬季开放时间调整的公告
发布日期：2026-11-20
　　自2026年12月1日起，游泳馆冬季开放时间调整如下：
上午场　09:00—11:30
下午场　14:00—17:30
立即预约 >>　余票：上午场 88 ｜ 下午场 紧张
　　各场次余票以“鹭岛体育”小程序显示为准，现场票售完即止。
鹭岛市游泳馆
2026年11月20日
"""


def test_a_booking_widget_between_a_notices_lines_goes_and_its_sessions_stay() -> None:
    text = clean(VENUE_PAGE).text
    assert "余票：上午场" not in text
    assert "上午场　09:00—11:30" in text and "下午场　14:00—17:30" in text
    assert "各场次余票以“鹭岛体育”小程序显示为准" in text


SLOGAN_LIST_PAGE = """2026年责任彩票宣传月宣传标语
发布时间：2026-05-08　来源：省体彩中心
　　为营造理性购彩的良好氛围，现将2026年责任彩票宣传月宣传标语公布如下，请各实体店张贴使用：
理性购彩　快乐参与
体彩公益　乐善人生
量力而行，理性投注
未成年人不得购买彩票
版权所有：省体育彩票管理中心
"""


def test_slogans_a_notice_publishes_for_its_outlets_are_its_text() -> None:
    """A notice's list of slogans, announced by its sentence (…公布如下：), ends the text and
    stays, though each item reads like the strip a site puts in its footer."""
    text = clean(SLOGAN_LIST_PAGE).text
    for line in ("理性购彩　快乐参与", "体彩公益　乐善人生", "量力而行，理性投注", "未成年人不得购买彩票"):
        assert line in text
    assert "版权所有" not in text
