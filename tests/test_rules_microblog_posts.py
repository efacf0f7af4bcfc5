"""Chrome of microblog posts (政务微博 and media accounts' posts, held-out pages
h570-h579): each rule catches lines worded otherwise than the pages it was
written for (other accounts, clients, spellings; a Traditional page, h572, is matched
once its script is converted), and
leaves alone the body sentences that use the same words; the page pass
(:func:`govtext.blocks.classify._microblog_post`) takes the post's stamp,
account and 【title】 and drops the readers' comments under its counts, but
keeps a post's text wherever it stands."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/microblog-link-residue", "展开全文c"),
    ("tools/microblog-link-residue", "...展开全文c"),
    ("tools/microblog-link-residue", "收起全文d"),
    ("tools/microblog-link-residue", "收起d"),
    ("tools/microblog-link-residue", "展开 c"),
    ("tools/microblog-link-residue", "O网页链接"),
    ("tools/microblog-link-residue", "网页链接"),
    ("tools/microblog-link-residue", "L 南京发布的微博视频"),
    ("tools/microblog-link-residue", "L平安重庆的秒拍视频"),
    ("tools/microblog-link-residue", "L 中国消防的视频"),
    ("tools/microblog-link-residue", "[图片]共9张"),
    ("tools/microblog-link-residue", "【组图共3张】 查看原图"),
    ("tools/microblog-link-residue", "查看图片"),
    ("tools/microblog-badge", "微博认证：温州市应急管理局官方微博"),
    ("tools/microblog-badge", "微博官方认证:上海市气象局"),
    ("tools/microblog-badge", "政务认证：广州市天河区人民政府新闻办公室"),
    ("tools/microblog-badge", "认证：中国青年报社"),
    ("tools/microblog-badge", "蓝V 青岛市市场监督管理局官方微博"),
    ("tools/microblog-badge", "宜宾市翠屏区人民法院官方微博 政务蓝V"),
    ("tools/microblog-badge", "厦门日报官方微博　媒体"),
    ("tools/microblog-badge", "微博 | 共青团中央的微博"),
    ("tools/microblog-badge", "微博　头条文章"),
    ("tools/microblog-badge", "首页 | 热门 | 发现 | 消息 | 我的"),
    ("tools/microblog-badge", "首页　视频　发现　消息　我"),
    ("tools/search-box", "大家正在搜：个税年度汇算"),
    ("tools/search-box", "猜你想搜:公积金提取"),
    ("counters/microblog-counts", "共56条转发"),
    ("counters/microblog-counts", "共 12 条评论"),
    ("counters/microblog-counts", "查看全部1024条评论"),
    ("counters/microblog-counts", "共3条回复 >"),
    ("counters/microblog-counts", "粉丝 120万　关注 85"),
    ("counters/microblog-counts", "关注 12 | 粉丝 3.6万 | 微博 2.1万"),
    ("counters/microblog-counts", "粉丝：8.7万　文章：305"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/microblog-link-residue", "点击网页链接即可在线填写申报表。"),
    ("tools/microblog-link-residue", "收起全文后，系统将保存您的阅读位置。"),
    ("tools/microblog-link-residue", "视频中，电池起火后不到30秒，浓烟就充满了整个楼道。"),
    ("tools/microblog-badge", "市公安局官方微博发布警情通报，提醒市民注意防范。"),
    ("tools/microblog-badge", "经认证的政务账号应当及时回应网民关切。"),
    ("tools/microblog-badge", "通过微博认证的政务机构账号达14.5万个。"),
    ("tools/microblog-badge", "微博、微信等平台的政务账号应当由专人管理。"),
    ("tools/microblog-badge", "首页、热门话题和发现页均应设置辟谣入口。"),
    ("tools/search-box", "大家都在搜索相关政策，热度持续上升。"),
    ("counters/microblog-counts", "截至目前，共收到群众意见128条，转发相关部门办理。"),
    ("counters/microblog-counts", "该账号粉丝数已超过120万，居全省政务微博首位。"),
]


test_microblog_chrome_is_caught, test_body_words_of_microblog_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


POST = """返回　微博正文
江门发布
+关注
2023-7-21 18:05 来自 OPPO Find X6
转发微博 //@江门应急:请广大市民做好防御准备。//@江门气象:
【台风“泰利”逼近，我市启动防风Ⅲ级应急响应】受今年第5号台风“泰利”影响，预计21日夜间至22日我市有大暴雨，沿海地区阵风可达12级。
市防指决定自21日18时起启动防风Ⅲ级应急响应，全市海上作业渔船须于21日20时前全部回港避风。
转发 88　评论 17　赞 240
小城故事多：明天学校停课吗？
7-21 18:30 来自广东　回复　赞 4
江门发布：请留意教育部门的通知。
查看更多评论
"""


def test_a_post_keeps_its_text_and_gives_its_stamp_account_and_title() -> None:
    """Another account's post (江门发布): the stamp gives the date, the account's
    name the source, the 【…】 header the title; the repost chain, the buttons
    and the readers' comments and their stamps go; the post's lines stay whole."""
    doc = clean(POST)
    text = doc.text
    for line in POST.splitlines()[5:7]:
        assert line in text, line
    for chrome in ("+关注", "OPPO", "//@江门应急", "小城故事多", "来自广东", "请留意教育部门的通知", "查看更多评论"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "台风“泰利”逼近，我市启动防风Ⅲ级应急响应"
    assert str(doc.metadata.get("date", "")).startswith("2023-07-21")
    assert doc.metadata.get("source") == "江门发布"


TIMELINE = """南岭发布
3月2日 09:00 来自 微博网页版
【南岭镇春耕备耕工作全面展开】连日来，南岭镇组织农技人员深入田间地头，指导农户开展土壤翻耕、种子育苗和农资储备，确保春耕生产有序推进。
转发 3　评论 1　赞 12
3月1日 17:20 来自 微博网页版
【南岭镇召开安全生产工作部署会】3月1日下午，南岭镇召开安全生产工作部署会，传达上级会议精神，部署节后复工复产安全生产检查工作，要求各村各企业压实责任。
转发 2　评论 0　赞 9
"""


def test_a_second_post_under_the_counts_is_no_comment() -> None:
    """On an account's timeline, a second post follows the first's counts: its
    stamp opens text, so the comment run stops there and both posts stay."""
    doc = clean(TIMELINE)
    for line in TIMELINE.splitlines():
        if line.startswith("【"):
            assert line in doc.text, line


BODY_WORDS = """关于加强政务微博管理的通知
各镇人民政府、街道办事处，县政府各部门：
为规范政务新媒体运营，现就有关事项通知如下：
一、各单位开设的政务微博应当经过平台认证，账号名称应与单位名称一致，转发、评论他人信息前应当核实来源。
二、发布信息须经审核，不得转发来自非官方渠道的未经证实信息；对网民评论和私信反映的问题，应当在2个工作日内回应。
三、各单位每季度报送粉丝数、转发量、评论量和点赞量等运营数据。
县人民政府办公室
2024年3月5日
"""


def test_a_notice_on_microblogs_keeps_its_text() -> None:
    """A notice that speaks of microblogs (认证, 转发, 评论, 私信, 粉丝, 来自) has
    no post stamp or counts row: all its lines stay."""
    doc = clean(BODY_WORDS)
    for line in BODY_WORDS.splitlines()[1:6]:
        assert line in doc.text, line


SHORT_OPENING = """湖州发布
7月5日 08:12 来自 微博网页版
防汛紧急提醒
受强降雨影响，今天上午我市部分路段出现积水，请市民尽量减少外出，驾车途经下穿通道时务必注意观察水位，切勿冒险涉水通行。
转发 41　评论 9　赞 87
"""


def test_a_short_line_opening_the_post_stays() -> None:
    """A short line between the stamp and the post's first sentence that is no
    button, badge, mention or repost chain (the post's own heading) stays; the
    account gives the source though the stamp gives no year."""
    doc = clean(SHORT_OPENING)
    assert "防汛紧急提醒" in doc.text
    assert "下穿通道" in doc.text
    assert "微博网页版" not in doc.text
    assert doc.metadata.get("source") == "湖州发布"
    assert doc.metadata.get("date") is None


OLD_LAYOUT = """平安松江
【关于松江区部分道路临时交通管制的通告】因道路施工需要，2023年10月20日至11月30日，荣乐东路（人民北路至谷阳北路）实行全封闭施工，请过往车辆提前绕行。
10月18日 17:02 来自 微博 weibo.com
转发(86) | 评论(12) | 赞(203)
网友甲：终于要修了，支持！
10月18日 17:30 回复
"""

OLD_TIMELINE = OLD_LAYOUT.split("网友甲")[0] + """【松江警方破获一起跨省盗窃电动车案件】近日，松江公安分局成功破获一起跨省盗窃电动自行车系列案件，抓获犯罪嫌疑人3名，追回被盗车辆21辆。
10月17日 09:15 来自 微博 weibo.com
转发(12) | 评论(3) | 赞(56)
"""


def test_an_old_layout_post_above_its_stamp() -> None:
    """The old layout sets the text above the stamp and the counts right under
    it: the text stays, the name above it is the source, the 【…】 the title,
    and the comment under the counts goes."""
    doc = clean(OLD_LAYOUT)
    assert OLD_LAYOUT.splitlines()[1] in doc.text
    for chrome in ("来自 微博", "转发(86)", "网友甲", "17:30"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("source") == "平安松江"
    assert doc.metadata.get("title") == "关于松江区部分道路临时交通管制的通告"


def test_an_old_layout_timeline_keeps_every_post() -> None:
    """Under the first post's counts, a long paragraph right above a stamp is
    the next post's text, not a reader's comment."""
    doc = clean(OLD_TIMELINE)
    for line in OLD_TIMELINE.splitlines():
        if line.startswith("【"):
            assert line in doc.text, line
