"""Literature and culture pages of cultural and government sites (held-out pages
h580-h589: poems, couplets, lyrics, essays, calligraphy captions): the chrome
of those sites worded otherwise than on the pages (other sites, other
spellings, Traditional script), the body sentences that use the same words,
and the lines of a poem, a couplet or an author's line that must stay as they
stand."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("related/prev-next", "【上一篇】婺剧小戏《请客》剧本"),
    ("related/prev-next", "【下一篇】舞蹈《采茶姑娘》创作谈"),
    ("related/prev-next", "[上一条]关于举办春联征集活动的启事"),
    ("related/prev-next", "【下一条】"),
    ("related/prev-next", "上一辑：翰墨书香（第二辑）　下一辑：翰墨书香（第四辑）"),
    ("related/prev-next", "下一首：《秋夜》"),
    ("related/prev-next", "上一幅：隶书《兰亭序》节临"),
    ("related/prev-next", "下一组 乡村振兴摄影作品选"),
    ("related/prev-next", "上一辑:墨韵书香"),
    ("credits/credit-line", "稿件编辑：李晨"),
    ("credits/credit-line", "文稿编辑：王小雨　审核：张建国"),
    ("credits/credit-line", "网页编辑｜赵一凡"),
    ("footer/site-address", "武义县文化馆　地址：武义县壶山街道溪南路16号　电话：0579-87612345"),
    ("footer/site-address", "衢州市诗词学会　地址：衢州市柯城区新桥街12号　联系电话：0570-3012345"),
    ("footer/site-address", "省作家协会 地址：杭州市体育场路218号 电话：0571-85171234"),
    ("footer/site-address", "嘉兴市图书馆　地址：海盐塘路339号　总机：0573-82051234"),
    ("footer/site-address", "青田县文学艺术界联合会　地址：鹤城街道龙津路8号　传真：0578-6821234"),
    ("footer/reprint-notice", "本站所有作品未经许可不得转载"),
    ("footer/reprint-notice", "（版权归原作者所有，未经授权禁止转载）"),
    ("footer/reprint-notice", "文中图片未经许可，严禁转载"),
    ("label-table/wechat-header", "舒望 青田作家 2025年05月05日 07:30 浙江"),
    ("label-table/wechat-header", "林小禾 瓯江文艺 2024年12月1日 21:05 上海"),
]

KEPT: list[tuple[str, str]] = [
    ("related/prev-next", "下一首诗写的是故乡的溪水。"),
    ("related/prev-next", "上一辑展出的作品以楷书为主，本辑以行草为主。"),
    ("related/prev-next", "下一篇章，由我们共同书写。"),
    ("credits/credit-line", "稿件编辑工作由县融媒体中心负责。"),
    ("credits/credit-line", "网页编辑培训班于3月开班，共有40名学员参加。"),
    ("footer/site-address", "图书馆新馆地址在胜利东路，开馆后将延长服务时间。"),
    ("footer/site-address", "　　文化馆地址变更后，群众可拨打电话咨询。"),
    ("footer/reprint-notice", "　　（以上作品均为嘉兴市图书馆收藏，未经许可不得翻拍、转载。）"),
    ("footer/reprint-notice", "以上图片由县文化馆提供，未经授权禁止转载"),
    ("footer/reprint-notice", "以上展品均系市博物馆馆藏，未经许可不得翻拍"),
    ("label-table/wechat-header", "李明同志 2025年5月5日 07:30 到岗"),
    ("label-table/wechat-header", "春联征集截止时间为2025年1月10日 17:00，逾期不再受理。"),
]


(test_literature_site_chrome_is_caught,
 test_body_words_of_literature_site_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


CLASSICAL_POEMS = """临溪诗词网
首页　诗词天地　联海拾贝　投稿须知
五律·山村春晓
作者：何青山
发布时间：2025-04-02
五律·山村春晓
晨鸡啼远岫，
春水绕新田。
燕子寻旧垒，
村童放纸鸢。
忆江南·梅乡
梅乡好，
十里白云堆。
溪上小桥通古寺，
花间新路到茶台。
游客踏歌来。
责任编辑：孙平
"""


def test_lines_of_classical_verse_stay_apart() -> None:
    """Lines of a regulated poem and of a ci, each closed by a comma, stay one
    a line; the author's line on a poetry page stays and still names the author."""
    doc = clean(CLASSICAL_POEMS)
    lines = doc.text.splitlines()
    for verse in ("晨鸡啼远岫，", "春水绕新田。", "燕子寻旧垒，", "梅乡好，", "溪上小桥通古寺，", "花间新路到茶台。"):
        assert verse in lines, verse
    assert "作者：何青山" in lines
    assert doc.metadata.get("author") == "何青山"
    assert "责任编辑：孙平" not in doc.text


PROSE_WRAPPED_AT_COMMAS = """县文化馆举办书法培训
　　3月12日，县文化馆举办书法公益培训，
邀请市书法家协会会员授课，来自各乡镇的
60余名书法爱好者参加。培训分为楷书、行书
两个班，每周六上课，为期两个月。
"""


def test_wrapped_prose_still_joins() -> None:
    """Prose broken at the width of a column goes on joining, even where a line ends with a comma."""
    doc = clean(PROSE_WRAPPED_AT_COMMAS)
    assert "书法公益培训，邀请市书法家协会会员授课，来自各乡镇的60余名" in doc.text


COUPLETS = """萍乡市楹联学会
春联征集获奖作品
　　本次征联活动共收到作品2100余副，现将部分获奖作品刊登如下。
上联：一江春水千帆竞；下联：万户新风百业兴。横批：春满人间
上联：红梅报喜迎新岁；下联：绿柳含烟舞早春。横批：万象更新
上聯：山川錦繡春光好
下聯：家國安康福氣多
"""


def test_each_part_of_a_couplet_stays_a_line() -> None:
    """A couplet's line that ends without a mark does not run on into the next couplet, in either script."""
    doc = clean(COUPLETS)
    text = doc.text
    assert "横批：春满人间\n" in text
    assert "春满人间上联" not in text
    assert "山川锦绣春光好下联" not in text and "山川錦繡春光好下聯" not in text


NEWS_BYLINE = """江州新闻网
首页　时政　社会　经济
江州新区新开三条公交线路
作者：孙立平
来源：江州日报　发布时间：2025-05-12
　　5月12日起，江州新区新开通三条公交线路，连接地铁站、学校和大型社区，日均可服务乘客约1.5万人次。
　　公交集团相关负责人表示，将根据客流变化适时优化发车间隔，并与合作协会共同推出换乘优惠。
责任编辑：周敏
"""


def test_a_news_page_loses_its_author_line_as_before() -> None:
    """Away from literature pages (no poem, essay or contest words) the author's
    line is metadata and goes, though the page names a 合作协会 (not 作协)."""
    doc = clean(NEWS_BYLINE)
    assert "作者：孙立平" not in doc.text
    assert doc.metadata.get("author") == "孙立平"


ESSAY_CONTEST = """宁海县文学艺术界联合会
首页 | 文联动态 | 文艺创作 | 征文活动
《渡口》
作者：柳如眉
更新时间：2025-09-01　浏览：312
“我的家乡”征文散文类二等奖作品
　　外公的渡船停在溪口，一停就是四十年。
（作者系宁海县作家协会会员）
"""


def test_an_essay_contest_page_keeps_the_author_line() -> None:
    """On an essay contest's page the author's line signs the work and stays; the author is still known."""
    doc = clean(ESSAY_CONTEST)
    assert "作者：柳如眉" in doc.text.splitlines()
    assert "（作者系宁海县作家协会会员）" in doc.text
    assert doc.metadata.get("author") == "柳如眉"


WECHAT_POEM = """原创｜秋分帖
林小禾 瓯江文艺 2024年09月22日 21:05 浙江
秋分帖
稻子低下头
母亲也低下头
编辑｜周一
"""


def test_a_wechat_header_without_the_original_mark_names_the_author() -> None:
    """A WeChat header of author, account, date, time and region names the author and goes."""
    doc = clean(WECHAT_POEM)
    assert doc.metadata.get("author") == "林小禾"
    assert doc.metadata.get("date") == "2024-09-22"
    assert "瓯江文艺 2024" not in doc.text
    assert "稻子低下头" in doc.text


SONG = """县文化馆
首页 > 群文天地 > 原创歌曲
《茶山谣》
发表日期：2025年06月01日
作词：方小溪　作曲：郑远
山上的茶叶青又青
山下的溪水清又清
（副歌）
唱一支茶山谣
唱给远方的人听
采茶的姑娘笑盈盈
炒茶的师傅汗淋淋
唱一支茶山谣
唱给远方的人听
【上一篇】舞蹈《茶韵》
"""


def test_a_song_keeps_its_repeated_chorus() -> None:
    """Lyrics that sing their chorus twice keep both times: a repeat inside the body is no site chrome."""
    doc = clean(SONG)
    assert doc.text.count("唱一支茶山谣") == 2
    assert doc.text.count("唱给远方的人听") == 2
    assert "作词：方小溪　作曲：郑远" in doc.text
    assert "【上一篇】" not in doc.text


POEM_NAME_UNDER_DATE = """松溪县文学艺术界联合会
诗歌 | 散文 | 小说 | 评论
《雨水》
发布时间：2025-02-18　阅读次数：88
叶知秋
檐下的燕子还没有回来
雨先回来了
"""


def test_a_poets_name_alone_under_the_date_line_is_the_author() -> None:
    """On a short poem page all of whose lines are at its edges, the name alone under
    the date line is the poet: it stays with the poem and gives the author."""
    doc = clean(POEM_NAME_UNDER_DATE)
    assert doc.metadata.get("author") == "叶知秋"
    assert "檐下的燕子还没有回来" in doc.text
    assert "叶知秋" in doc.text
