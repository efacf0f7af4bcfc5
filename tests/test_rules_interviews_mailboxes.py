"""Chrome of government online interviews, live text broadcasts, leader mailboxes and 12345 hotline
replies (held-out pages h1420-h1429): the box announcing the next interview with its booking
button, the question box's header under a transcript, the replay player with its label, the live
page's status with its count and its filter tabs, a letter's progress bar, a mailbox's tally of its
letters, its note that replies are for reference only, the comment box's count with its bracketed
button and its moderation note, a platform's disclaimer on the letters it shows, a call to take part
in the app and the press office's archive link are caught in other wordings, spellings and
Traditional script, and the sentences of transcripts, letters and replies that use the same words
stay. The code changes for these pages (a reply's labels one cell a line, the last reply dating the
page, the 工单标题 label, a comment header with its button, a site's name above its trail with a
record row under the trail) are checked on small pages."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/interview-preview-box", "访谈预告：9月3日 14:30　市教育局谈秋季学期课后服务　【预约】"),
    ("tools/interview-preview-box", "下期预告｜区长与网友面对面：老旧小区改造怎么改？　提醒我"),
    ("tools/interview-preview-box", "直播预告：2025年民生实事项目征集新闻发布会 [设置提醒]"),
    ("tools/interview-preview-box", "访谈预告：11月5日 下午3时　交通局长谈捷运延伸线　[预约提醒]"),
    ("tools/interview-question-header", "网友提问"),
    ("tools/interview-question-header", "【在线提问】"),
    ("tools/interview-question-header", "提问区"),
    ("tools/case-progress-steps", "办理进度：提交 → 已受理 → 办理中 → 已办结"),
    ("tools/case-progress-steps", "签收 | 转办 | 处理中 | 待回复"),
    ("tools/case-progress-steps", "工单状态：派单 ＞ 已签收 ＞ 办理 ＞ 回访"),
    ("tools/case-progress-steps", "收件 ▸ 分文 ▸ 处理中 ▸ 已回复"),
    ("footer/mailbox-reply-reference", "本平台答复内容仅供参考，具体以相关部门正式文件为准。"),
    ("footer/mailbox-reply-reference", "注：本留言板回复意见仅作参考，不作为行政复议、诉讼的依据。"),
    ("footer/mailbox-reply-reference", "※本信箱回复内容仅供参考，如涉及权益事项，仍以主管机关正式公文为准。"),
    ("tools/press-live-furniture", "直播回放　▶ 00:00 / 1:12:05　　超清 | 高清　　全屏"),
    ("tools/press-live-furniture", "访谈回放 ► 00:00/45:10 倍速 全屏"),
    ("tools/press-live-furniture", "全部 | 只看嘉宾"),
    ("tools/live-status-banner", "直播已结束　　1.8万人观看"),
    ("tools/live-status-banner", "访谈已结束 | 2563人参与"),
    ("tools/comment-box-empty-or-counted", "评论（12）【我要评论】"),
    ("tools/comment-box-empty-or-counted", "网友留言(5) [我要留言]"),
    ("tools/comment-civility-notice", "请文明发言，留言内容需经审核后公开"),
    ("tools/comment-civility-notice", "文明评论，评论须经过审核通过后方可显示"),
    ("tools/app-teaser", "下载掌上西城APP，参与问政互动"),
    ("tools/app-teaser", "打开“云上问政”客户端，参与直播互动"),
    ("footer/disclaimer", "以上诉求内容不代表本网对所涉事项的认可"),
    ("footer/disclaimer", "留言内容仅为网友个人观点，不代表本平台对留言所涉事项的认同"),
    ("related/archive-link", "今日新闻 | 新闻公报档案"),
    ("related/archive-link", "今日新闻　　新闻稿存档"),
    ("counters/service-handling-counts", "今日来信 18 件　已回复 15 件　回复率 83.3%"),
    ("counters/service-handling-counts", "信件统计：累计收信 12,086 件　已办结 11,932 件　满意率 96.2%"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/interview-preview-box", "访谈预告：8月21日省医保局解读职工门诊共济保障新政"),
    ("tools/interview-preview-box", "　　本次访谈预告发布后，网友通过网站提前提交问题236条，嘉宾逐一作了回应。"),
    ("tools/interview-preview-box", "主持人：感谢大家的预约和关注，下期预告将在网站首页发布。"),
    ("tools/interview-question-header", "主持人：下面进入网友提问环节。"),
    ("tools/interview-question-header", "三、网友提问及答复情况"),
    ("tools/case-progress-steps", "办理流程：申请 → 受理 → 审查 → 决定 → 办结"),
    ("tools/case-progress-steps", "　　目前该件已受理，正在办理中，将于5个工作日内回复。"),
    ("tools/case-progress-steps", "首页 > 互动交流 > 书记信箱"),
    ("footer/mailbox-reply-reference", "　　以上答复仅供参考，具体补贴标准以区人社局公布的为准。"),
    ("footer/mailbox-reply-reference", "　　本信箱收到的来信，由县委办公室统一登记、转办和督办。"),
    ("tools/press-live-furniture", "主持人：视频回放已经上线，网友可以在网站首页观看。"),
    ("tools/press-live-furniture", "全部办结"),
    ("tools/live-status-banner", "　　截至目前，活动已结束报名，共有3200人参与。"),
    ("tools/live-status-banner", "主持人：今天的访谈到此结束，感谢2563位网友的参与。"),
    ("tools/comment-box-empty-or-counted", "　　评论（12）条中有8条涉及停车问题，我们已转交交警部门处理。"),
    ("tools/comment-civility-notice", "　　平台将对网友留言进行审核，审核通过后公开显示，涉及个人隐私的内容不予公开。"),
    ("tools/app-teaser", "　　市民可通过下载“掌上西城”APP，参与问政互动、查询办理进度，也可拨打12345热线反映诉求。"),
    ("footer/disclaimer", "　　经核查，该企业宣传中所称“平台认证”不实，其经营行为不代表本平台对其资质的认可。"),
    ("related/archive-link", "今日新闻发布会上，发言人介绍了公报档案的整理情况。"),
    ("counters/service-handling-counts", "　　本月共收到来信326件，已办结298件，办结率91.4%。"),
    ("counters/service-handling-counts", "来信 326 件"),
]


(test_interview_and_mailbox_chrome_is_caught,
 test_body_words_of_interview_and_mailbox_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


ONE_CELL_MAILBOX = """松江县人民政府
首页 | 政务公开 | 县长信箱 | 网上调查
您的位置：首页 >> 县长信箱 >> 信件详情
信件标题
关于东关街菜市场夜间噪声扰民的反映
来信时间
2026-02-03
回复单位
松江县市场监督管理局
回复时间
2026-02-10
来信内容：
　　东关街菜市场每天凌晨三点开始卸货，喇叭声和叫卖声很大，周边居民无法休息，希望有关部门管一管。
回复内容：
　　您好！经查，该市场卸货车辆集中在凌晨进场，县市场监管局已约谈市场开办方，要求卸货时间调整至早上五点以后，并禁止使用高音喇叭。
　　感谢您的监督！
"""


def test_reply_labels_one_cell_a_line_date_and_source_the_page() -> None:
    meta = clean(ONE_CELL_MAILBOX).metadata
    assert meta.get("date") == "2026-02-10"
    assert meta.get("source") == "松江县市场监督管理局"


TWO_REPLIES = """宁海区网络问政平台
问政公开 > 留言详情
建议在学府路增设过街天桥
留言时间：2026-05-06 08:12　　状态：已办结
留言内容：
学府路中学门口车流量大，学生过马路很危险，建议增设过街天桥或者红绿灯。
回复单位：宁海区交通运输局　　回复时间：2026-05-07 09:30
您的留言已收悉，我局将会同交警部门现场调研后答复。
回复单位：宁海区交通运输局　　回复时间：2026-05-19 16:05
经现场调研，学府路中学门口具备设置信号灯的条件，交警部门已于5月18日完成人行横道信号灯安装并投入使用。感谢您的建议！
"""


def test_last_reply_dates_a_board_page() -> None:
    meta = clean(TWO_REPLIES).metadata
    assert meta.get("date") == "2026-05-19"
    assert meta.get("source") == "宁海区交通运输局"


HOTLINE_ORDER = """龙城市12345政务服务便民热线
首页 | 办理公开 | 热线知识库
工单标题：关于春晖路路灯不亮的反映
工单编号：LC2603120088　　来电时间：2026-03-12 20:14
承办单位：龙城市城市管理局　　办结时间：2026-03-15 11:20
诉求内容：
　　春晖路南段有十几盏路灯连续一周不亮，晚上行人和电动车通行很不安全。
处理结果：
　　经查，该路段供电电缆被施工挖断，市城管局已于3月14日完成电缆修复，路灯已恢复正常照明。
"""


def test_work_order_title_label_is_stripped() -> None:
    assert clean(HOTLINE_ORDER).metadata.get("title") == "关于春晖路路灯不亮的反映"


COMMENTED_REPLY = """青禾区人民政府
首页 > 互动交流 > 区长信箱
关于青禾公园增设公共厕所的建议
　　青禾公园面积很大，只有北门有一个公共厕所，老人和孩子很不方便，建议在南门附近再建一个。
　　回复：区城管局已将南门公共厕所建设纳入今年城市更新项目，预计9月底前建成投用。感谢您的建议！
网友评论（2）　[发表评论]
公园晨练的老王：终于等到了，谢谢区里！
南门住户：希望早点建好，老人们都盼着呢。
青禾区人民政府办公室主办
"""


def test_comment_header_with_its_button_ends_the_text() -> None:
    text = clean(COMMENTED_REPLY).text
    assert "区城管局已将南门公共厕所建设纳入今年城市更新项目" in text
    assert "青禾公园面积很大" in text
    assert "终于等到了" not in text
    assert "希望早点建好" not in text


RECORD_ROW_UNDER_TRAIL = """省档案馆　馆藏文献查询系统
简易查询 | 高级查询 | 馆藏目录 | 专题数据库 | 我的收藏 | 登录
资料来源：省政府公报2024年第12期　页次：18-26
加入收藏 | 导出书目 | 全文影像(PDF)
省人民政府关于加强地方志工作的意见
　　为进一步加强全省地方志工作，推动方志事业高质量发展，现提出如下意见。
　　一、各级人民政府要把地方志工作纳入本地区经济社会发展规划。
"""


def test_site_name_above_trail_with_a_record_row_under_it() -> None:
    doc = clean(RECORD_ROW_UNDER_TRAIL)
    assert "馆藏文献查询系统" not in doc.text
    assert "各级人民政府要把地方志工作纳入本地区经济社会发展规划" in doc.text
