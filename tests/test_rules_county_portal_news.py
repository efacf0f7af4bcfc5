"""Chrome of county, township and city department portals in the western and
north-eastern provinces (held-out pages h880-h889): each rule catches lines
worded otherwise than the pages it was written for (other stages of review,
other names, other scripts, other related-list headers), and leaves alone the
body sentences that use the same words (a court's first and second instance,
a bureau named in a sentence, an article about related cases)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a review chain whose first reviewer's name has a middle dot (Uyghur, Kazakh, Mongolian names)
    ("credits/credit-line", "一审：热娜古丽·阿不都　二审：李建军　三审：王海"),
    ("credits/credit-line", "一审：巴特尔·朝鲁 二审：张敏 三审：乌云"),
    ("credits/credit-line", "【一审：阿依夏木·买买提江　二审：刘涛】"),
    # one stage of the review alone on its line (the other stages on lines of their own)
    ("credits/credit-line", "一审:李春华"),
    ("credits/credit-line", "二审：王德胜"),
    ("credits/credit-line", "二审：努尔兰·哈力木"),
    ("credits/credit-line", "一审：王　丽"),
    ("credits/credit-line", "（二审：赵国栋）"),
    # the stages spaced instead of colons
    ("credits/credit-line", "一审 张三 二审 李四 三审 王五"),
    ("credits/credit-line", "一审　古丽·艾力　二审　王刚"),
    # other words for the page's proofreading and review
    ("credits/credit-line", "审稿：孙强"),
    ("credits/credit-line", "核稿：杜明　校审：刘伟"),
    ("credits/credit-line", "校核：周丽"),
    ("credits/credit-line", "一校：吴刚 二校：郑敏 三校：陈七"),
    ("credits/credit-line", "审核人：钱多"),
    ("credits/credit-line", "信息审核：杨雪"),
    ("credits/credit-line", "编辑：马丽　内容审核：韩梅"),
    ("credits/credit-line", "值班审核：蒋涛"),
    # the last stages written as 审定, 主审 or 复核 (a county's 初审/复核/审定 chain)
    ("credits/credit-line", "审定：王五"),
    ("credits/credit-line", "主审：赵国庆"),
    ("credits/credit-line", "编辑：张三　复核：李四　审定：王五"),
    ("credits/credit-line", "初审：李明 复核：张华 终审：王刚"),
    # the name of the site in the region's own script: a government office or a bureau
    ("slogan/minority-site-name", "ᠬᠣᠷᠴᠢᠨ ᠪᠠᠷᠠᠭᠤᠨ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ"),
    ("slogan/minority-site-name", "ᠰᠢᠯᠢ ᠶᠢᠨ ᠭᠣᠣᠯ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ　锡林郭勒盟行政公署"),
    ("slogan/minority-site-name", "قەشقەر شەھەرلىك يېزا ئىگىلىك ئىدارىسى"),
    ("slogan/minority-site-name", "ཞིང་ལས་ཅུས།"),
    # the header of a related list
    ("related/list-header", "关联文章:"),
    ("related/list-header", "关联稿件"),
    ("related/list-header", "【关联资讯】"),
]

KEPT: list[tuple[str, str]] = [
    # a court's instances in a judgment or a news report: what the court did, not who reviewed the page
    ("credits/credit-line", "一审：维持原判"),
    ("credits/credit-line", "二审：驳回上诉"),
    ("credits/credit-line", "一审：判处有期徒刑三年"),
    ("credits/credit-line", "二审：改判无罪"),
    ("credits/credit-line", "一审：原告胜诉"),
    ("credits/credit-line", "一审：法院认定合同有效"),
    ("credits/credit-line", "该案一审：判处罚金五万元"),
    ("credits/credit-line", "一审 判决 二审 维持"),
    ("credits/credit-line", "复核：维持原决定"),
    ("credits/credit-line", "复核：符合条件"),
    ("credits/credit-line", "审定：通过"),
    ("credits/credit-line", "复核：经复核，申请人符合保障条件。"),
    ("credits/credit-line", "核稿、审稿工作由专人负责。"),
    ("credits/credit-line", "稿件审核应当坚持先审后发的原则。"),
    # a rule of review that names the posts, not the people
    ("credits/credit-line", "二审：分管领导"),
    ("credits/credit-line", "一审：科室负责人；"),
    # a bureau or a government office named in a sentence in Chinese
    ("slogan/minority-site-name", "县农业农村局、县林草局有关负责人参加会议。"),
    ("slogan/minority-site-name", "旗人民政府办公室负责同志出席会议并讲话。"),
    # related cases and articles in a sentence
    ("related/list-header", "关联文章的作者均为本校教师。"),
    ("related/list-header", "关联稿件已按程序撤回并更正。"),
]


(test_county_portal_chrome_is_caught,
 test_body_words_of_county_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


BANNER_PAGE = """ᠬᠣᠷᠴᠢᠨ ᠪᠠᠷᠠᠭᠤᠨ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ
科尔沁右旗人民政府
首页　政务公开　政务服务　政民互动　走进右旗
当前位置：首页 > 旗内动态
右旗召开2025年秋季农作物收获工作推进会
发布时间：2025-09-18　来源：旗农牧局
　　9月17日，右旗召开2025年秋季农作物收获工作推进会，要求各苏木镇抢抓晴好天气组织机收。
　　会议通报了今年全旗玉米、大豆生产情况，一审、二审法院近期审结的两起农资纠纷案件也在会上作了通报。
　　会议要求，各苏木镇要做好粮食烘干、储存和销售服务，确保颗粒归仓。
一审：斯琴高娃·巴图
二审：王建华
三审：朝鲁门
"""


def test_a_banner_page_loses_its_script_name_and_review_lines_and_keeps_its_body() -> None:
    """A whole banner page: the Mongolian name of the government above the
    Chinese one and the three stages of review on lines of their own go; the
    body, one of whose sentences names a court's first and second instance, stays."""
    doc = clean(BANNER_PAGE)
    text = doc.text
    body = [line.strip() for line in BANNER_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("ᠭᠠᠵᠠᠷ", "斯琴高娃", "王建华", "朝鲁门"):
        assert chrome not in text, chrome


TOWNSHIP_PAGE = """巴音镇人民政府
首页　镇情概况　镇务动态　政务公开　便民服务
当前位置：首页 > 镇务动态
巴音镇开展秋季动物防疫集中免疫工作
发布时间：2025-10-09　来源：巴音镇
　　10月8日起，巴音镇组织兽医技术人员分成5个小组，深入全镇9个嘎查村开展秋季动物防疫集中免疫工作。
领导之窗
政策法规
公示公告
村务动态
　　截至目前，全镇已免疫牛羊4.2万头（只），免疫密度达到100%，并同步完成免疫档案录入工作。
　　下一步，巴音镇将加强免疫效果监测，确保不发生重大动物疫情。
"""


def test_a_side_menu_dumped_between_two_paragraphs_goes() -> None:
    """Four column names of the site's side menu between two paragraphs of
    the body are navigation; the paragraphs stay."""
    text = clean(TOWNSHIP_PAGE).text
    for column in ("领导之窗", "政策法规", "公示公告", "村务动态"):
        assert column not in text, column
    assert "免疫牛羊4.2万头" in text and "开展秋季动物防疫集中免疫工作。" in text


INTRODUCED_COLUMNS = """关于规范乡镇政府网站栏目设置的通知
各乡镇人民政府：
　　为统一全县乡镇政府网站的栏目设置，方便群众查找信息，现就乡镇子站栏目设置通知如下。乡镇子站统一设置以下栏目：
机构职能
领导信息
通知公告
工作动态
　　各乡镇不得擅自增减上述栏目，栏目内容应当每周至少更新一次，确保信息准确、及时、完整。
"""

UNIT_LIST = """关于开展安全生产大检查的通知
各有关单位：
　　为切实做好节前安全生产工作，县政府决定成立联合检查组，检查组由以下单位组成，分别牵头负责各自领域的检查工作。
县应急管理局
县市场监管局
县住建局
县交通运输局
　　各成员单位要按照职责分工，认真开展检查，对发现的隐患要建立台账，限期整改到位。
"""


@pytest.mark.parametrize("page", [INTRODUCED_COLUMNS, UNIT_LIST])
def test_a_list_the_text_gives_between_its_paragraphs_stays(page: str) -> None:
    """Column names a notice introduces with a colon, and the units a notice
    lists between its paragraphs (not column names), are the text's list."""
    text = clean(page).text
    items = [line for line in page.splitlines()[3:7]]
    assert all(item in text for item in items), items
