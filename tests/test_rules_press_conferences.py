"""Chrome of press conference transcripts and online interviews (held-out pages h910-h919):
each rule catches lines worded otherwise than the pages it was written for (other sites,
Traditional script after conversion, half-width punctuation), and leaves alone the body
sentences and speakers' turns that use the same words (a host who says the conference
has ended, a rule on players and transcripts, a programme's previous episode in a sentence)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/live-status-banner", "本次访谈已结束，谢谢网友们的参与！"),
    ("tools/live-status-banner", "直播状态：未开始"),
    ("tools/live-status-banner", "【直播已结束】"),
    ("tools/live-status-banner", "本期节目直播已结束 感谢收看"),
    ("tools/live-status-banner", "发布会正在进行"),
    ("tools/live-status-banner", "直播已结束，共有12.5万人次观看"),
    ("tools/live-status-banner", "访谈状态:进行中"),
    ("tools/press-live-furniture", "图文实录 | 视频回放 | 嘉宾介绍"),
    ("tools/press-live-furniture", "访谈实录/精彩图片/网友提问"),
    ("tools/press-live-furniture", "倒序 正序"),
    ("tools/press-live-furniture", "只看嘉宾　倒序"),
    ("tools/press-live-furniture", "► 0:00 / 1:02:36 全屏"),
    ("tools/press-live-furniture", "暂停 12:05 / 45:10 音量 全屏"),
    ("tools/press-live-furniture", "视频回看 01:12:40"),
    ("tools/press-live-furniture", "00:00/31:08 下载音频"),
    ("tools/press-live-furniture", "正在播放：民生热线"),
    ("tools/press-live-furniture", "更多访谈回顾"),
    ("tools/press-live-furniture", "进入更多发布会"),
    ("tools/press-live-furniture", "照片下载"),
    ("tools/press-live-furniture", "【音频下载】"),
    ("counters/emoji-like-count", "👍 1.2万"),
    ("counters/emoji-like-count", "❤ 38"),
    ("counters/emoji-like-count", "💬1,024"),
    ("footer/transcript-disclaimer", "本文字实录根据现场录音整理，未经发言人审阅。"),
    ("footer/transcript-disclaimer", "※本速记稿仅供参考，以发言人实际发言为准"),
    ("footer/transcript-disclaimer", "（以上实录内容未经本人审阅）"),
    ("related/prev-next", "上一期：市医保局解读门诊共济新规"),
    ("related/prev-next", "下一期:2026年中考政策解读"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/live-status-banner", "主持人：今天的发布会到此结束，谢谢大家！"),
    ("tools/live-status-banner", "直播已结束的，页面不得继续显示“正在直播”字样，访谈状态应及时更新为“已结束”。"),
    ("tools/live-status-banner", "活动已结束报名的学校，请于5月10日前提交名单。"),
    ("tools/press-live-furniture", "视频播放器应支持全屏、倍速和静音等基本功能，播放器时长显示应与实际录像一致。"),
    ("tools/press-live-furniture", "发布会应设置文字实录、视频直播、现场图片等栏目。"),
    ("tools/press-live-furniture", "10:02"),
    ("tools/press-live-furniture", "08:30　开幕式"),
    ("tools/press-live-furniture", "提供相片下载的，应同时提供图片说明。"),
    ("tools/press-live-furniture", "周宁：下面进入提问环节，请记者朋友举手示意。"),
    ("counters/emoji-like-count", "215"),
    ("counters/emoji-like-count", "👍 点赞最多的建议将被采纳"),
    ("footer/transcript-disclaimer", "本通知所称文字实录，是指根据现场录音整理、经发言人审阅的发布会文字记录。"),
    ("footer/transcript-disclaimer", "文字实录应在发布会结束后24小时内发布，发言人的发言以现场录音为准。"),
    ("related/prev-next", "上一期节目中网友反映的问题，已全部办结。"),
]


(test_press_conference_chrome_is_caught,
 test_body_words_of_press_conference_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


INTERVIEW_PAGE = """南湖区政府网 > 在线访谈
南湖区2025年秋季开学工作新闻发布会
本场直播已结束，感谢您的关注
發布時間：2025-08-28　　來源：南湖區教育局
图文实录 | 视频回放 | 现场图片
► 00:00 / 41:20 全屏 倍速
主持人：各位记者朋友，上午好！今天的发布会介绍我区秋季开学工作。
区教育局局长 何敏：今年秋季全区新增学位3200个，新建学校4所，全部按期投用。
南湖日报记者：今年课后服务有什么变化？
何敏：课后服务可延长至18:00，由学生自愿参加，不收取任何费用。
主持人：今天的发布会到此结束，谢谢大家！
※本文字实录仅供参考，以现场录音为准。
👍 86
上一期：南湖区2025年中考招生政策解读
"""


def test_an_interview_page_of_another_district_loses_its_furniture_and_keeps_every_turn() -> None:
    """A whole page of another district: the banner, tabs, player, disclaimer, like count
    and previous episode go; every turn stays, one paragraph each, and the title, date
    and source come from the page's header, not its banner."""
    doc = clean(INTERVIEW_PAGE)
    text = doc.text
    turns = [line for line in INTERVIEW_PAGE.splitlines() if "：" in line[:12] and not line.startswith(("發", "上一期"))]
    assert len(turns) == 5
    for turn in turns:
        assert turn in text.splitlines(), turn
    for chrome in ("直播已结束", "视频回放", "41:20", "仅供参考", "👍", "上一期"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "南湖区2025年秋季开学工作新闻发布会"
    assert doc.metadata.get("date") == "2025-08-28"
    assert doc.metadata.get("source") == "南湖区教育局"


def test_a_broadcast_hotlines_header_dates_the_page() -> None:
    """节目时间 dates a hotline programme's transcript, beside the department on air (上线单位)."""
    page = ("政风行风热线\n市交通局：公交线路优化调整答疑\n节目时间：2025-05-09 11:00-11:30　　上线单位：市交通运输局\n"
            "主持人：听众朋友好，今天市交通运输局的负责同志做客直播间。\n"
            "市交通运输局副局长 王刚：今年我们优化调整公交线路12条，新开通社区巴士线路5条。\n")
    doc = clean(page)
    assert doc.metadata.get("date") == "2025-05-09"
    assert "上线单位" not in doc.text
