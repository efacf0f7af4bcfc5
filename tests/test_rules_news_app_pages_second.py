"""News-app and news-portal pages, second round (held-out pages h300-h309):
each fix is checked on lines and pages worded otherwise than the pages it was
made for (other outlets, other spellings), and on the body sentences and
government pages that use the same words and must stay."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import dateline_reporters, parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/media-controls", "退出全屏播放"),
    ("tools/media-controls", "滚动更新"),
    ("tools/media-controls", "持续更新中"),
    ("counters/single-reaction", "赞 1.5w"),
    ("counters/single-reaction", "点赞（3万+）"),
    ("tools/app-teaser", "安装“大众新闻”客户端"),
    ("tools/app-teaser", "扫码下载新湖南APP"),
    ("tools/app-teaser", "下载极目新闻，看湖北"),
    ("paywall/member-login", "已是VIP？马上登录"),
    ("paywall/subscribe", "此内容仅对付费会员开放"),
    ("paywall/subscribe", "本篇文章仅供订阅用户查看"),
    ("slogan/site-name", "羊城派APP"),
    ("slogan/site-name", "湖南日报·新湖南客户端"),
    ("slogan/news-app-platform-account", "深圳报业集团出品"),
    ("paywall/subscribe", "本文仅限订阅用户阅读，剩余全文请登录后查看"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/app-teaser", "下载“粤省事”APP后，可在线申领。"),
    ("tools/app-teaser", "下载申请表，看清填报要求后再提交。"),
    ("paywall/subscribe", "本文件仅限会员单位内部使用。"),
    ("paywall/subscribe", "此项服务仅限会员单位申请。"),
    ("counters/single-reaction", "点赞2.3万次的视频引发热议。"),
    ("tools/media-controls", "系统实时更新路况信息。"),
    ("slogan/site-name", "我市上线政务服务APP"),
    ("paywall/subscribe", "本文仅限会员单位参考，不得对外公开。"),
    ("slogan/news-app-platform-account", "本片由县融媒体中心与县文旅局联合摄制"),
]


(test_second_round_news_app_chrome_is_caught,
 test_second_round_body_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


CREDITS: list[tuple[str, str]] = [
    ("大众新闻·大众日报 记者 张晓 通讯员 李青", "张晓"),
    ("大众新闻·大众日报记者 张晓 通讯员 李青", "张晓"),
    ("极目新闻 记者 胡斌 熊唯", "胡斌 熊唯"),
    ("羊城晚报记者 邓琳 摄像记者 黄强", "邓琳"),
    ("本报记者 周明 摄影记者 吴凡 通讯员 郑和", "周明"),
    ("湖南日报·新湖南客户端 记者 罗雅琴 李伟 通讯员 陈萱", "罗雅琴 李伟"),
]


@pytest.mark.parametrize(("line", "author"), CREDITS)
def test_an_outlets_credit_row_with_photographers_and_correspondents_is_a_byline(line: str, author: str) -> None:
    """The outlet set off before 记者 (or two joined by a dot), a
    photographer's role and a correspondent all belong to the byline: the
    whole line is metadata, and the author is the reporters' names."""
    m = parse_meta_line(line)
    assert m is not None and m.fields.get("author") == author and m.coverage == 1.0, (line, m)


def test_words_before_a_reporter_that_are_no_outlet_stay_outside_the_byline() -> None:
    """``会上 记者 王明 提问`` is a sentence's words around a reporter: the
    first word is no outlet and is not glued into the role."""
    m = parse_meta_line("会上 记者 王明 提问")
    assert m is None or m.coverage < 0.6


def test_a_portals_report_mark_inside_the_dateline_bracket_names_the_reporters() -> None:
    assert dateline_reporters("【中国日报网报道 记者 刘洋 陈明】当地时间周一") == "刘洋 陈明"
    assert dateline_reporters("【央视网报道】当地时间周一，多国代表") is None


LIVE_PAGE = """极目新闻
直播中
武汉马拉松鸣枪开跑 2.6万名跑者齐聚江城
极目新闻记者 胡斌 摄像记者 熊唯
2024-04-14 07:20
实时更新
09:40
男子组前三名已全部产生，冠军成绩为2小时09分32秒。
07:30
随着发令枪响，2.6万名跑者从汉口江滩出发，沿长江两岸奔跑。
点赞 1.2万
"""


def test_a_live_page_with_a_photographers_byline_keeps_its_headline() -> None:
    """A byline naming a reporter and a cameraman is no navigation row: the
    line above it is the headline, and 实时更新 is the live page's control,
    not a headline."""
    doc = clean(LIVE_PAGE)
    assert doc.metadata.get("title") == "武汉马拉松鸣枪开跑 2.6万名跑者齐聚江城"
    assert doc.metadata.get("author") == "胡斌"
    for chrome in ("实时更新", "熊唯", "点赞"):
        assert chrome not in doc.text, chrome
    assert "2.6万名跑者从汉口江滩出发" in doc.text


APP_NAME_PAGE = """橙柿互动
杭州地铁三期最后一条线路开通 全市运营里程达516公里
钱江晚报·橙柿互动 记者 沈悦 通讯员 林杭
2024-09-28 09:00
　　9月28日上午，杭州地铁3号线北延段正式开通运营，至此杭州地铁三期规划线路全部建成。
　　开通首日，不少市民专程前来体验。乘客可使用“杭州地铁”APP扫码进站，也可刷银行卡乘车。
打开橙柿互动，查看更多精彩
浙江日报报业集团
"""


def test_an_apps_name_above_the_headline_named_again_in_its_byline_and_teaser_goes() -> None:
    doc = clean(APP_NAME_PAGE)
    assert doc.metadata.get("title") == "杭州地铁三期最后一条线路开通 全市运营里程达516公里"
    assert doc.metadata.get("author") == "沈悦"
    for chrome in ("橙柿互动", "浙江日报报业集团", "林杭"):
        assert chrome not in doc.text, chrome
    assert "“杭州地铁”APP扫码进站" in doc.text


PAPER_NOTICE = """临湖日报社2025年公开招聘工作人员公告
发布时间：2024-11-20
　　根据工作需要，经研究，临湖日报社决定面向社会公开招聘工作人员8名，现将有关事项公告如下。
　　报名时间为2024年11月25日至11月29日，应聘人员可登录招聘网站下载报名表。
　　特此公告。
临湖日报社
2024年11月20日
"""


def test_a_notice_signed_by_a_paper_keeps_its_signature() -> None:
    """A paper's name under the text and above a date signs the notice; it
    is no app's footer."""
    lines = clean(PAPER_NOTICE).text.splitlines()
    assert "临湖日报社" in [line.strip() for line in lines]


def test_a_sites_name_said_again_only_in_its_footer_stays_a_heading() -> None:
    """On a government page the name above the headline named again only in
    the footer is kept (when unsure, keep the line)."""
    page = ("临湖县图书馆\n临湖县图书馆举办少儿阅读月活动\n发布时间：2024-04-23\n"
            "　　4月23日，县图书馆启动少儿阅读月活动，持续至5月底，读者登录县图书馆APP即可报名。\n"
            "临湖县图书馆主办　地址：临湖县文化路8号\n")
    assert clean(page).text.splitlines()[0].strip() == "临湖县图书馆"


def test_a_publishers_name_above_a_date_stays_even_under_furniture() -> None:
    """Under an app's teaser, a paper's name above a date still signs what
    is above it; alone under the teaser it is the app's footer."""
    signed = PAPER_NOTICE.replace("　　特此公告。\n", "　　特此公告。\n扫码下载临湖日报APP\n")
    assert "临湖日报社\n2024年11月20日" in clean(signed).text
    unsigned = signed.replace("2024年11月20日\n", "")
    assert not clean(unsigned).text.rstrip().endswith("临湖日报社")


DOTTED_NAME_PAGE = """羊城晚报·羊城派
广州南沙新增两条跨海通道
文/羊城晚报全媒体记者 陈晓 冯瑞
2024-10-15 20:11
　　10月15日，记者从南沙区交通部门获悉，两条跨海通道项目前期工作取得新进展，预计明年动工。
　　南沙区相关负责人介绍，市民可通过“穗好办”APP了解项目征求意见情况。
羊城晚报报业集团
打开羊城派APP，阅读更多
"""


def test_a_paper_and_its_app_joined_by_a_dot_and_the_publisher_above_the_teaser_go() -> None:
    """The paper's and app's names joined by a dot above the headline (the
    teaser names the app), and the publisher right above the teaser, are
    the app's furniture; the body that names another app stays."""
    doc = clean(DOTTED_NAME_PAGE)
    assert doc.metadata.get("title") == "广州南沙新增两条跨海通道"
    assert doc.metadata.get("author") == "陈晓 冯瑞"
    for chrome in ("羊城晚报·羊城派", "羊城晚报报业集团", "打开羊城派"):
        assert chrome not in doc.text, chrome
    assert "“穗好办”APP了解项目" in doc.text


THIRD_CAUGHT: list[tuple[str, str]] = [
    ("paywall/preview-ended", "免费试看结束"),
    ("paywall/news-app-price-tag", "会员专享 ￥9.9"),
    ("paywall/news-app-price-tag", "付费内容：¥3"),
    ("tools/app-teaser", "打开九派新闻客户端，发表评论"),
    ("tools/media-controls", "暂停"),
    ("credits/credit-line", "甬派记者 应晓玲 通讯员 陈舟"),
]

THIRD_KEPT: list[tuple[str, str]] = [
    ("paywall/news-app-price-tag", "付费阅读服务每月收费9.9元。"),
    ("tools/app-teaser", "市民可打开“浙里办”APP参与讨论。"),
    ("tools/media-controls", "播放器采购项目已完成验收。"),
    ("credits/credit-line", "随行记者走访了三个村。"),
]


(test_third_round_news_app_chrome_is_caught,
 test_third_round_body_words_are_kept) = rule_line_tests(THIRD_CAUGHT, THIRD_KEPT)


def test_a_special_correspondents_credit_names_the_first_reporter() -> None:
    assert dateline_reporters("【人民日报驻巴西特约记者 周芳 本报记者 韩冬】当地时间") == "周芳"


def test_a_video_kicker_before_a_bar_is_part_of_the_headline() -> None:
    """``直击｜…`` is the story's kind and its headline, not a name and a motto."""
    page = ("看看新闻\n现场｜金秋稻谷飘香 田间收割正忙\n2024-09-20 10:12\n来源：看看新闻\n"
            "　　台风过境后，沿海多个渔港有序恢复生产，渔船陆续出海。渔政部门提醒渔民出海前登录渔船管理APP报备。\n"
            "　　当地还组织技术人员上船检修设备，确保安全。\n")
    assert clean(page).metadata.get("title") == "现场｜金秋稻谷飘香 田间收割正忙"


def test_an_apps_byline_indented_under_the_text_goes_and_names_the_author() -> None:
    """An app whose name is no outlet word (甬派, 橙柿互动) credits its reporter
    under the text, indented like a paragraph: the line is the byline."""
    page = ("宁波三江口夜游航线上新\n"
            "　　10月1日起，宁波三江口夜游新增两条航线，游客可在“宁波文旅”APP上购票。\n"
            "　　航线途经老外滩、庆安会馆等地标，全程约50分钟。\n"
            "　　甬派记者 应晓玲 通讯员 陈舟\n"
            "发布时间：2024-09-30 18:00\n")
    doc = clean(page)
    assert doc.metadata.get("author") == "应晓玲"
    assert "陈舟" not in doc.text and "全程约50分钟" in doc.text


def test_a_media_accounts_name_between_the_headline_and_its_date_is_the_source() -> None:
    page = ("萧山区新增12处城市书房\n萧山发布\n2024-10-21\n"
            "　　近日，萧山区新增12处城市书房，市民持读者证或登录“萧山图书馆”APP扫码即可入馆。\n"
            "　　城市书房全年无休，每天开放至晚上10点。\n")
    doc = clean(page)
    assert doc.metadata.get("source") == "萧山发布"
    assert "萧山发布" not in doc.text


def test_a_subtitle_between_the_headline_and_its_date_stays() -> None:
    """Only a media account's name is taken: a subtitle (no account's word at its end) stays in the text."""
    page = ("萧山区新增12处城市书房\n全年无休的阅读空间\n2024-10-21\n"
            "　　近日，萧山区新增12处城市书房，市民持读者证即可入馆。\n"
            "　　城市书房全年无休，每天开放至晚上10点。\n")
    assert "全年无休的阅读空间" in clean(page).text
