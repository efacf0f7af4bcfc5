"""Chrome of news portals and central media's local channels that repost
government news (held-out pages h900-h909): each rule catches lines worded
otherwise than the pages it was written for (other outlets, other spellings,
Traditional script), and leaves alone the body sentences that use the same
words (a broadcast's listeners, a ranking of hot spots, a site's address in
a notice). The dateline's writers in brackets without 记者 give the author,
and a sentence that markup cut around a quoted phrase is joined again."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import dateline_reporters
from govtext.rejoin.paragraphs import continuation_reason
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a ranking header after the site's or channel's name
    ("related/ranking-header", "人民网江苏频道 24小时热点"),
    ("related/ranking-header", "央广网 24小时热门"),
    ("related/ranking-header", "荆楚网今日热点"),
    ("related/ranking-header", "东南网 本周排行"),
    ("related/ranking-header", "青岛新闻网一周热点"),
    # the Hong Kong wording of 编辑推荐
    ("related/ranking-header", "编辑推介"),
    # an app's call to listen or watch
    ("tools/app-teaser", "打开央广网APP 收听更多精彩"),
    ("tools/app-teaser", "打开云听客户端收听完整节目"),
    ("tools/app-teaser", "下载看看新闻APP 收看直播"),
    # an audio or video player's label with its clock or length
    ("tools/listen-player", "点击收听　00:00/03:12"),
    ("tools/listen-player", "听新闻 00:00 / 02:14"),
    ("tools/listen-player", "听全文 约3分钟"),
    ("tools/listen-player", "语音播报：约5分钟"),
    ("tools/listen-player", "音频 0:00/1:05:12"),
    ("tools/listen-player", "AI朗读 时长 4分钟"),
    # the font switch written as three bracketed buttons
    ("tools/font-size", "【大字】【中字】【小字】"),
    ("tools/font-size", "[大字] [中字] [小字]"),
    ("tools/font-size", "大字体 | 中字体 | 小字体"),
    # a portal's name with its .cn domain
    ("slogan/name-with-domain", "黔南新闻网 www.qiannan-news.cn"),
    ("slogan/name-with-domain", "东海在线 donghai.com.cn"),
    ("slogan/name-with-domain", "江城日报 | jcrb.cn"),
]

KEPT: list[tuple[str, str]] = [
    ("related/ranking-header", "调查显示，乡村游成为本月热门。"),
    ("related/ranking-header", "全省开通24小时热线"),
    ("related/ranking-header", "推进融媒体中心建设，打造24小时热点追踪平台，及时回应社会关切。"),
    ("tools/app-teaser", "市民可打开“学习强国”APP，在“本地”频道收听本台节目，了解全省各地的最新动态和政策解读。"),
    ("tools/listen-player", "听全文需约3分钟，请耐心收听。"),
    ("tools/listen-player", "播放时间为每日12:05至13:00。"),
    ("tools/listen-player", "收听率同比增长3分钟"),
    ("tools/font-size", "大字版政策读本已发放至各村"),
    ("tools/font-size", "小字辈"),
    ("slogan/name-with-domain", "详情请登录市政府门户网站www.example.gov.cn查询。"),
]


(test_news_portal_repost_chrome_is_caught,
 test_body_words_of_news_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "want"), [
    ("新华网合肥9月2日电（崔予安）记者从省委宣传部获悉，全省58个县级融媒体中心完成接入。", "崔予安"),
    ("中新网福宁4月8日电 (林语汐 陈一帆)8日,记者从闽东省台港澳办获悉,该省出台措施。", "林语汐 陈一帆"),
    ("　　新华社南宁5月3日电（欧阳子涵）广西今年将新建农村公路。", "欧阳子涵"),
    ("中新社香港10月15日電（記者 何樂晴）香港特區政府今日公布。", "何乐晴"),
])
def test_writers_alone_in_brackets_after_a_cable_dateline_are_the_author(line: str, want: str) -> None:
    got = dateline_reporters(line)
    assert got is not None
    assert got.replace("樂", "乐") == want


@pytest.mark.parametrize("line", [
    "新华社北京5月3日电（国际在线）今天，国务院新闻办举行发布会。",
    "新华社北京5月3日电（完）",
    "新华社北京5月3日电 国务院总理（王明）主持会议。",
    "5月3日电（国家统计局）数据显示，一季度经济平稳。",
    "新华社北京5月3日电（中新网）",
])
def test_a_cable_dateline_with_no_names_in_brackets_gives_no_author(line: str) -> None:
    assert dateline_reporters(line) is None


def test_a_sentence_cut_around_a_quoted_phrase_is_joined() -> None:
    """A link or bold span set on a line of its own (the page of h907): the
    sentence runs on through the quoted phrase and the line opening with 的."""
    page = ("市政府召开常务会议研究城市更新工作\n"
            "　　会议指出，今年全市计划改造老旧小区126个。各地各部门要坚持\n"
            "“先民生、后提升”\n"
            "的原则，优先解决群众反映强烈的问题。\n"
            "　　会议强调，要同步配建养老托育、便民商业等服务设施，保留城市历史文脉。\n"
            "　　会议要求，各区要在9月底前完成年度改造项目开工。\n"
            "　　会议还研究了其他事项。\n")
    text = clean(page).text
    assert "要坚持“先民生、后提升”的原则，优先解决" in text
    assert "的问题。\n" in text


@pytest.mark.parametrize(("first", "second"), [
    ("推进改革。", "的原则"),
    ("“先民生、后提升”", "的士司机须遵守新规定。"),
    ("“先民生、后提升”", "的确，改造要问需于民。"),
    ("主要任务：", "的原则"),
    ("　　会议要求，各地要抓好落实", "　　的原则"),
])
def test_a_line_opening_with_de_after_a_closed_line_or_as_a_word_stays_apart(first: str, second: str) -> None:
    reason = continuation_reason(first, second, indented=True)
    assert reason is None or "opens with 的" not in reason


def test_a_quoted_heading_after_a_closed_paragraph_stays_apart() -> None:
    """A quoted phrase after a sentence that ends is a heading of its own."""
    page = ("市政府召开常务会议研究城市更新工作\n"
            "　　会议指出，今年全市计划改造老旧小区126个，目前已开工98个。\n"
            "“先民生、后提升”\n"
            "　　会议强调，要优先解决雨污分流、管线老化等群众反映强烈的问题。\n")
    text = clean(page).text
    assert "已开工98个。“先民生" not in text
    assert "“先民生、后提升”\n" in text


TRADITIONAL_PAGE = """首頁 › 港聞 › 政府公告
房屋署推出公屋輪候冊新一輪申請
2025-10-15 18:40 | 來源：政府新聞處
聽新聞 00:00 / 02:14
【大字】【中字】【小字】
　　房屋署今日公布，新一輪公屋申請將於下月接受遞交，申請人可透過網上系統或郵寄方式遞交表格。
　　署方表示，會繼續加快編配，並為長者申請人提供專人協助。
編輯推介
房委會公布新一年度租金檢討結果
熱門文章
香江新聞網版權所有，未經許可不得轉載
"""


def test_a_traditional_portal_page_loses_its_player_font_buttons_and_editors_picks() -> None:
    """The same rules on a Traditional page (script converted before they run):
    the player's label, the bracketed font buttons and the Hong Kong 編輯推介
    header with its link go, the body stays."""
    text = clean(TRADITIONAL_PAGE).text
    assert "听新闻" not in text and "大字" not in text and "编辑推介" not in text
    assert "房委会公布" not in text
    assert "房屋署今日公布" in text and "专人协助" in text
