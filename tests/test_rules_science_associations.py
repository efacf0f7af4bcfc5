"""Chrome of science associations, learned societies, science museums and popularisation bases (held-out pages
h1440-h1449): a video player left as text with its clip's title and clock pair, a playlist with the clips'
lengths, a daily-question widget with its lettered options and button, a call to take a quiz for a prize, a
venue's bar of today's hours with its tickets or booking button and an event's booking strip are caught in other
wordings, spellings and Traditional script (the loader widens the patterns to Taiwan and Hong Kong wording), and
the sentences of notices and news that use the same words (a video's length, a quiz with prizes, today's hours,
how to book an event) stay."""

from __future__ import annotations

from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/video-player-titled-bar", "微视频：《走近院士》 00:00 / 12:05 全屏"),
    ("tools/video-player-titled-bar", "▶ 垃圾分类小课堂　0:00/3:12　标清 | 高清 | 全屏"),
    ("tools/video-player-titled-bar", "科普动画｜认识台风　00:00 / 02:48　倍速　全屏"),
    ("tools/video-player-titled-bar", "影片：防范诈骗小剧场 00:00 / 05:30 全萤幕"),
    ("tools/video-playlist-row", "精彩视频：垃圾分类小课堂 02:15 · 家庭急救知识 04:40 · 认识台风 03:05"),
    ("tools/video-playlist-row", "科普微课 《血压怎么量》 (时长 06:12) ｜ 《家庭用药安全》 (时长 08:30)"),
    ("tools/video-playlist-row", "应急科普影片：▶ 地震避难三步骤 01:58 ｜ ▶ 台风来了怎么办 03:20"),
    ("tools/quiz-widget-options", "每日一题：我国第一颗人造地球卫星是哪一年发射的？ A.1958年 B.1970年 C.1984年 [提交]"),
    ("tools/quiz-widget-options", "有奖问答｜以下哪种做法能有效预防流感？（A）勤洗手 （B）熬夜 （C）不开窗 【查看答案】"),
    ("tools/quiz-widget-options", "今日一题：台风警报分为几种？　A．两种　B．三种　C．四种　【确定】"),
    ("tools/quiz-prize-prompt", "参与科普知识竞答，赢取精美礼品 →"),
    ("tools/quiz-prize-prompt", "防灾减灾知识大闯关，答题赢红包【立即参与】"),
    ("tools/quiz-prize-prompt", "👉全民科学素质知识竞赛：答对10题可参加抽奖 >>"),
    ("tools/venue-today-status-bar", "今日开馆 9:30-16:30 ｜ 在馆人数 1,208 ｜ 立即预约 >>"),
    ("tools/venue-today-status-bar", "今天开放：08:30-17:00　16:00停止入场　剩余名额 356"),
    ("tools/venue-today-status-bar", "今日开馆时间 09:00-17:00　｜　今日余票：820　｜　线上购票 ＞"),
    ("tools/event-booking-strip", "活动报名｜“周末科学营”第4期　6月7日　剩余名额 12　我要报名"),
    ("tools/event-booking-strip", "【讲座预约】院士大讲堂：人工智能与未来生活　5月16日14:30　点击预约 >>"),
    ("tools/event-booking-strip", "［活动招募］科普志愿者夏令营　7月10日-15日　名额已满"),
    ("tools/event-booking-strip", "参观预约：天文馆星空剧场　每周六 10:00 场　立即预约"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/video-player-titled-bar", "　　今年以来，市科协共制作科普视频36部，单部视频时长4分36秒至12分05秒不等，累计播放量超过1200万次。"),
    ("tools/video-player-titled-bar", "　　活动分上午场（09:00/11:30）和下午场（14:00/16:30）两个时段进行。"),
    ("tools/video-player-titled-bar", "　　参赛作品为科普视频或动画，时长不超过5分钟，高清格式，分辨率不低于1920×1080。"),
    ("tools/video-playlist-row", "　　本次共推出科普视频12部，包括《地震来了怎么办》《身边的化学》等，总时长3小时。"),
    ("tools/video-playlist-row", "科普视频"),
    ("tools/quiz-widget-options", "1.我国第一颗人造地球卫星是哪一年发射的？A.1958年 B.1970年 C.1984年"),
    ("tools/quiz-widget-options", "　　答题结束后请点击“提交”按钮，系统将自动计算成绩。"),
    ("tools/quiz-prize-prompt", "　　市民可关注“崇山科协”公众号，参与科普知识竞答赢取纪念品。"),
    ("tools/quiz-prize-prompt", "　　活动设置科普答题环节，答对8题以上的观众可获得纪念品一份。"),
    ("tools/quiz-prize-prompt", "科普答题"),
    ("tools/venue-today-status-bar", "　　今日开放时间为9:00-17:00，16:30停止入场，请观众合理安排参观时间。"),
    ("tools/venue-today-status-bar", "今日开放"),
    ("tools/venue-today-status-bar", "　　今天09:00-17:00，全馆共接待观众8600人次，其中预约观众6200人次。"),
    ("tools/event-booking-strip", "　　二、预约方式"),
    ("tools/event-booking-strip", "　　活动报名：请于5月10日前登录市科协官网“活动报名”栏目填写报名表，名额有限，报满即止。"),
    ("tools/event-booking-strip", "【活动预约】"),
    ("tools/event-booking-strip", "　　【活动预约】即日起，观众可通过科技馆微信公众号预约参观，每日限流8000人。"),
]


(test_science_association_chrome_is_caught,
 test_body_words_of_science_association_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)
