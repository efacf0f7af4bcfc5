"""Institution profile and leadership pages (held-out pages h540-h549: 领导之窗,
内设机构, 下属单位, 机构职能, 县情简介, Taiwan's and Hong Kong's organisation charts).

Their body is made of short lines that look like chrome: a post and its holder's
name (``局长：张三``), an office and its telephone, an office's English name in
brackets, a table of 姓名 | 职务 | 分工 | 联系电话. Each behaviour added for
them is checked on other wordings than the pages' (other posts, Traditional
script, half-width colons) and on the lines it must leave alone (prose that is
hard-wrapped, a news headline under its column's name, a site's menu)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.classify import _person_directory_cells, _post_and_names
from govtext.rejoin.paragraphs import _directory_entry_line, continuation_reason
from tests.rule_lines import rule_line_tests

DIRECTORY_LINES = [
    "党组书记、主任：何志远",
    "副县长:梁秀英",
    "副局長：陳建宏、林淑芬",
    "纪检监察组组长　 韩立军",
    "财务审计科 电话:0571-86011234",
    "政策法规科　联系电话：0731-84561200",
    "電話：2594 7001　傳真：2827 8700",
    "规划建设局（Planning and Construction Bureau）",
    "秘書處（Secretariat）",
]
PROSE_LINES = [
    "会议强调，要坚持以人民为中心的发展思想，扎实推进",
    "全年共接待游客120万人次，同比增长",
    "会议要求各单位：认真落实",
    "如有疑问请拨打咨询电话：0571-",
    "本次活动由市文化馆（",
]


@pytest.mark.parametrize("line", DIRECTORY_LINES)
def test_directory_lines_end_as_whole_entries(line: str) -> None:
    assert _directory_entry_line(line)


@pytest.mark.parametrize("line", PROSE_LINES)
def test_wrapped_prose_lines_are_no_directory_entries(line: str) -> None:
    assert not _directory_entry_line(line)


def test_directory_lines_of_one_width_stay_apart() -> None:
    lines = ["街道班子成员:", "党工委书记:黄振宇", "党工委副书记、办事处主任:卢晓燕", "党工委副书记:郭凡",
             "党工委委员、办事处副主任:钟伟明", "人大工委主任:罗少芬", "党政办公室 电话:0755-28901001",
             "党建工作办公室 电话:0755-28901012", "公共服务办公室 电话:0755-28901025",
             "城市建设办公室 电话:0755-28901036", "综合行政执法队 电话:0755-28901048"]
    doc = clean("\n".join(["　　本街道是区人民政府的派出机关，辖区面积28.6平方公里，下辖9个社区。", *lines]))
    for line in lines:
        assert f"\n{line}\n" in doc.text + "\n", line


def test_hard_wrapped_prose_is_still_joined() -> None:
    wrapped = ["　　会议指出，今年以来全县上下认真贯彻落实上级决策部署，统筹推进稳增",
               "长、促改革、调结构、惠民生、防风险各项工作，主要经济指标保持平稳增",
               "长，社会大局和谐稳定。会议要求，各乡镇各部门要进一步压实工作责任，",
               "确保全年目标任务圆满完成。"]
    assert "平稳增长，社会大局" in clean("\n".join(wrapped)).text


@pytest.mark.parametrize("line", ["党委书记、局长：周立新", "副局长：陈建宏、林淑芬", "局長：黃雅琪", "纪检监察组组长：韩立军",
                                  "总工程师：孙晓明"])
def test_a_post_and_its_holders_is_no_headline(line: str) -> None:
    assert _post_and_names(line)


@pytest.mark.parametrize("line", ["市长：全力以赴做好防汛工作", "单位性质：公益一类事业单位", "广西桂林：银杏黄了游客来了",
                                  "书记：把群众的事当成自己的事", "院长谈改革：让患者少跑腿"])
def test_a_headline_with_a_colon_is_no_directory_line(line: str) -> None:
    assert not _post_and_names(line)


def test_a_leaders_table_header_is_kept_and_no_title() -> None:
    page = "\n".join(["龙岩镇人民政府", "首页 | 镇情概况 | 班子成员 | 机构设置 | 信息公开 | 联系我们",
                      "首页 > 镇情概况 > 班子成员", "班子成员", "发布时间：2025-03-06　来源：龙岩镇人民政府",
                      "姓名 | 职务 | 分工 | 办公电话",
                      "林海涛 | 镇党委书记 | 主持镇党委全面工作 | 0597-3221001",
                      "郑丽 | 镇长 | 主持镇政府全面工作，分管财政 | 0597-3221002",
                      "　　以上分工自2025年3月起执行。", "打印 | 关闭"])
    doc = clean(page)
    assert "姓名 | 职务 | 分工 | 办公电话" in doc.text
    assert doc.metadata["title"] == "班子成员"


def test_people_cells_and_menu_cells() -> None:
    assert _person_directory_cells(["何志远", "县长", "主持县政府全面工作", "0591-2612345"])
    assert not _person_directory_cells(["首页", "新闻", "公告", "2024"])
    assert not _person_directory_cells(["首页", "机构概况", "领导之窗", "政务公开"])


def test_a_column_page_keeps_its_title() -> None:
    page = "\n".join(["清溪县住房和城乡建设局", "首页　机构概况　领导信息　政务公开　办事服务",
                      "当前位置：首页 > 机构概况 > 领导信息", "领导信息", "局长：何志远",
                      "　　主持局全面工作，分管办公室、计划财务股。", "副局长：梁秀英",
                      "　　负责城乡规划、建筑市场监管工作，分管规划股。"])
    doc = clean(page)
    assert doc.metadata["title"] == "领导信息"
    assert "局长：何志远" in doc.text


def test_a_news_headline_under_its_column_name_is_still_the_title() -> None:
    page = "\n".join(["清溪县人民政府", "首页　政务要闻　部门动态　乡镇动态", "当前位置：首页 > 政务要闻 > 部门动态",
                      "部门动态", "县住建局开展城镇燃气安全专项检查",
                      "　　近日，县住建局组织专项检查组，对全县城镇燃气经营企业开展安全检查，共排查隐患12处，已全部整改到位。"])
    doc = clean(page)
    assert doc.metadata["title"] == "县住建局开展城镇燃气安全专项检查"


CAUGHT: list[tuple[str, str]] = [
    ("tools/accesskey", ":::　网站导览　回首页　English　日本语　RSS　常见问答"),
    ("tools/accesskey", "::: | 回首页 | 网站导览 | English | 意见信箱"),
    ("tools/accesskey", ":::"),
    ("tools/govhk-bar", "香港特别行政区政府　GovHK　香港政府一站通　English　简体"),
    ("tools/govhk-bar", "GovHK 香港政府一站通 | 简体版 | English"),
    ("tools/govhk-bar", "香港政府一站通"),
    ("slogan/english-name", "Binhai Economic and Technological Development Zone"),
    ("slogan/english-name", "Qingxi High-Tech Industrial Development Zone Administrative Committee"),
    ("slogan/english-name", "Suzhou Industrial Park"),
]
KEPT: list[tuple[str, str]] = [
    ("tools/accesskey", "::: 本局于2025年起推动文化资产数位典藏计划。"),
    ("tools/accesskey", "网站导览功能已于今年三月完成改版，市民可依分类查找各项服务。"),
    ("tools/govhk-bar", "市民可透过香港政府一站通网站查询渠务设施资料。"),
    ("tools/govhk-bar", "GovHK网站提供各项网上服务，市民可随时登入办理。"),
    ("slogan/english-name", "The zone was approved by the State Council in 2010."),
]


test_chrome_caught, test_body_kept = rule_line_tests(CAUGHT, KEPT)


def test_the_sites_address_and_hours_between_furniture_go() -> None:
    page = "\n".join(["高雄市政府地政局", "首页 > 关于本局 > 组织架构", "组织架构", "局长：蔡明哲",
                      "副局长：林淑芬", "地籍科（Cadastral Division）", "　　办理土地登记及地籍测量业务。",
                      "资料更新日期：2025-04-01　浏览人次：1203", "机关地址：80203高雄市苓雅区四维三路2号",
                      "办公时间：周一至周五 08:00-12:00、13:30-17:30", "Copyright © 高雄市政府地政局 版权所有"])
    text = clean(page).text
    assert "机关地址" not in text and "办公时间" not in text
    assert "局长：蔡明哲" in text and "地籍科" in text


def test_a_directorys_own_address_and_hours_stay() -> None:
    page = "\n".join(["桃源街道办事处", "首页 > 街道概况 > 机构概况", "机构概况",
                      "　　桃源街道办事处是区人民政府的派出机关，辖区面积28.6平方公里。",
                      "党政办公室 电话:0755-28901001", "综合行政执法队 电话:0755-28901048",
                      "办公地址：龙岗区桃源街道桃源路6号", "办公时间：周一至周五 9:00-12:00 14:00-18:00",
                      "分享 收藏", "©桃源街道办事处 粤ICP备17066123号"])
    text = clean(page).text
    assert "办公地址：龙岗区桃源街道桃源路6号" in text and "办公时间：周一至周五" in text


@pytest.mark.parametrize("menu", ["首页｜教育要闻｜通知公告｜机构设置｜下属单位｜招生考试｜局长信箱",
                                  "网站首页 | 政务公开 | 办事服务 | 互动交流 | 县长信箱",
                                  "首頁｜最新消息｜業務資訊｜首長信箱｜市長信箱"])
def test_a_menu_ending_with_a_leaders_mailbox_names_no_author(menu: str) -> None:
    page = "\n".join(["临川县教育体育局", menu, "当前位置：首页 > 机构设置 > 下属单位", "下属单位",
                      "一、县教育体育发展中心", "负责人：刘晓东", "电话：0794-8751201"])
    assert clean(page).metadata["author"] is None


def test_a_byline_with_its_role_still_names_the_author() -> None:
    page = "\n".join(["坚定信心　真抓实干　奋力谱写高质量发展新篇章", "中共临川县委书记　陈伟",
                      "　　今年以来，全县上下坚持稳中求进工作总基调，经济社会发展呈现稳中向好态势。"])
    assert clean(page).metadata["author"] == "陈伟"


@pytest.mark.parametrize(("first", "second"), [
    ("（一）拟订全市卫生健康政策措施，统筹规划卫生健康资源配", "置，指导区域卫生健康规划的编制和实施。"),
    ("（三）负责全县交通运输行业安全生产监督管理，组织推进基础设施建", "设，指导公路、水路行业有关体制改革工作。"),
    ("二、统筹推进城乡融合发展，加快补齐农村基础设施和公共服务短", "板；深化农村集体产权制度改革。"),
    ("（四）負責全市文化資產之調查、指定、登錄，並推動古蹟修復與活", "化，辦理相關補助事項。"),
])
def test_a_word_cut_at_the_line_end_is_joined(first: str, second: str) -> None:
    assert continuation_reason(first, second) is not None
    assert first[-1] + second[:2] in clean("\n".join(["主要职责", first, second])).text


@pytest.mark.parametrize(("first", "second"), [
    ("记者问，这项政策什么时候开始实施，会不会影响老用户", "是，新政策从下月起实施，老用户不受影响。"),
    ("聚焦科技创新", "强，则产业强；科技兴，则城市兴。"),
])
def test_an_interjection_or_a_heading_is_no_cut_word(first: str, second: str) -> None:
    assert continuation_reason(first, second) is None
