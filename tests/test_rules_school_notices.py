"""Chrome of school and education-bureau pages (held-out pages h670-h679):
campus banners (the motto beside the philosophy), home-school and campus
app prompts, a school office's address under the signature, a class page's
list header and a download button; the headline of a school calendar that
opens with its school years, a bare 发布 label naming the office that
published, and a short garble of UTF-8 read as GBK kept as scraped. Each
rule catches lines worded otherwise than the pages (other schools, other
spellings), and leaves alone body sentences that use the same words."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/school-motto-banner", "校训：求是创新　　办学理念：以人为本，和谐发展"),
    ("slogan/school-motto-banner", "校训: 勤奋 求实 | 校风: 团结 进取"),
    ("slogan/school-motto-banner", "办学理念：为每一个孩子的终身发展奠基　育人目标：健康、自信、博雅"),
    ("slogan/school-motto-banner", "校训：明德至善 / 学校精神：自强不息"),
    ("tools/school-app-prompt", "下载“实验二小智慧校园”APP，随时查看作业与通知"),
    ("tools/school-app-prompt", "家长请扫码绑定家校通，接收孩子在校动态"),
    ("tools/school-app-prompt", "校讯通已开通 >> 点击注册"),
    ("tools/school-app-prompt", "数字校园统一身份认证登录入口"),
    ("tools/school-app-prompt", "智慧校园平台　教师端登录 | 学生端登录 | 家长端登录"),
    ("tools/school-app-prompt", "安装“家校互通”小程序，请假缴费一键完成"),
    ("footer/school-office-address", "学校地址：广州市天河区中山大道西55号　邮编：510630"),
    ("footer/school-office-address", "校址：杭州市西湖区文三路88号　联系电话：0571-88888888"),
    ("footer/school-office-address", "华南师范大学研究生院　地址：广州市天河区中山大道西55号　电话：020-85211018"),
    ("footer/school-office-address", "招生办公室　通讯地址：武汉市洪山区珞喻路1037号　邮政编码：430074"),
    ("footer/school-office-address", "学生处（处）办公室：行政楼二楼201室　电话：0551-62901234"),
    ("footer/school-office-address", "北城区第一中学 | 地址：北城区育才路6号 | 电话：0371-66661234"),
    ("footer/school-office-address", "学校地址: 台中市西区民生路140号  电话: 04-22224131"),
    ("related/list-header", "本班其他文章："),
    ("related/list-header", "本校其他新闻"),
    ("related/list-header", "本频道相关文章"),
    ("tools/page-actions-bare", "下载PDF版本"),
    ("tools/page-actions-bare", "下载Word版本"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/school-motto-banner", "　　校训：诚朴勤毅"),
    ("slogan/school-motto-banner", "学校秉承“厚德博学”的校训，坚持“以人为本”的办学理念，形成了鲜明特色。"),
    ("slogan/school-motto-banner", "校训：厚德博学。校训取自《大学》，寓意深远：学风：勤学善思"),
    ("tools/school-app-prompt", "　　（二）放假前各校要通过致家长的一封信、家校通平台等形式，向家长告知安全注意事项。"),
    ("tools/school-app-prompt", "学校建成智慧校园管理平台，教师可登录平台完成备课、考勤和成绩录入。"),
    ("tools/school-app-prompt", "三、推进数字校园建设"),
    ("footer/school-office-address", "　　咨询电话：021-64330000　64331111（工作日9:00—11:30）"),
    ("footer/school-office-address", "学校地址是本次招生划片的依据，请家长如实填写。"),
    ("footer/school-office-address", "报名地点：学校行政楼一楼大厅。"),
    ("footer/school-office-address", "地址：青禾市府前路9号  邮编：310001"),
    ("related/list-header", "本班其他同学积极参加志愿服务"),
    ("tools/page-actions-bare", "学生可登录系统下载PDF版本的准考证并自行打印。"),
]


(test_school_page_chrome_is_caught,
 test_body_words_of_school_page_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "source"), [
    ("发布：招生办公室　日期：2025-01-08　浏览：9021", "招生办公室"),
    ("发布：教务处　发布时间：2024-12-23", "教务处"),
    ("發布：學生事務處　日期：2024-09-01", "學生事務處"),
    ("发布：基础教育股　时间：2025-01-06", "基础教育股"),
])
def test_a_bare_publish_label_naming_an_office_gives_the_source(line: str, source: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields.get("source") == source


@pytest.mark.parametrize("line", ["发布：2025-01-08　来源：本站", "发布：张三　日期：2025-01-08", "发布：2025年1月8日"])
def test_a_bare_publish_label_with_a_date_or_a_person_gives_no_such_source(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields.get("date") == "2025-01-08"
    assert meta.fields.get("source") in (None, "本站")


SCHOOL_CALENDAR_PAGE = """城西外国语学校
首页 | 学校概况 | 教育教学 | 学生发展 | 联系我们
当前位置：首页 > 教务信息 > 校历
2024-2025学年第二学期校历
发布日期：2025-02-10　浏览：1021
周次\t日期\t主要安排
第1周\t2月17日—2月21日\t开学报到、正式上课
第9周\t4月14日—4月18日\t期中考试
第19周\t6月23日—6月27日\t期末考试、学期结束
　　注：校历如有调整，以学校教务处通知为准。
学校地址：城西区文景路9号　邮编：310012
版权所有：城西外国语学校　浙ICP备12000001号
"""


def test_a_school_calendar_headline_opening_with_its_school_years_is_the_title() -> None:
    """``2024-2025学年第二学期校历``: digits of the school years weigh like a word,
    so the line is the headline (not the first row of the table), and the
    school's name above the trail is the site's."""
    doc = clean(SCHOOL_CALENDAR_PAGE)
    assert doc.metadata.get("title") == "2024-2025学年第二学期校历"
    assert "城西外国语学校\n" not in doc.text
    assert "第9周\t4月14日—4月18日\t期中考试" in doc.text
    assert "学校地址" not in doc.text


def test_a_short_utf8_as_gbk_garble_on_a_simplified_page_stays_as_scraped() -> None:
    """``鍒濅簩`` (初二 read as GBK) is too short to be repaired; script conversion
    does not turn it into supplementary forms (``𫔄``), so it reads as scraped,
    and a rare Traditional character in Simplified text stays too."""
    text = "　　备注：周三下午为社团活动时间；鍒濅簩年级体育中考模拟测试安排另行通知。\n"
    assert "鍒濅簩年级" in clean(text).text
    page = "　　國務院關於印發通知的說明。\n"
    assert "国务院关于印发通知的说明。" in clean(page).text


@pytest.mark.parametrize("line", [
    "　　请于周五前到鍒濅簩年级组办公室领取准考证。",
    "　　各班主任要将鍒濅竴学生名单于本周内报送教务处。",
])
def test_a_short_utf8_as_gbk_garble_inside_simplified_text_is_flagged(line: str) -> None:
    doc = clean(line + "\n")
    assert any(w.kind == "corrupt-text" for w in doc.warnings), line


@pytest.mark.parametrize("line", [
    "　　王喆堃同志任市第一中学校长，免去其副校长职务。",
    "　　學校將於九月一日舉行開學禮，請家長準時出席。",
    "　　龍華區教育局：请各校于3月底前报送材料。",
    "　　服务评价：★★★★☆　非常满意",
])
def test_rare_names_traditional_text_and_stars_are_not_flagged_as_short_garble(line: str) -> None:
    doc = clean(line + "\n")
    assert not any(w.kind == "corrupt-text" for w in doc.warnings), line
