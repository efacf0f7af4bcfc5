"""Pages whose scraper put every element of the chrome on a line of its own
(``get_text("\\n")`` on the whole page): a breadcrumb's links and separators
one per line, a font-size switch as ``【`` / ``大`` / ``中`` / ``小`` / ``】``, a
share widget's platforms, a credit's label above its name. The chrome goes,
the body and the headline stay, and the metadata is read."""

from __future__ import annotations

from govtext import clean

TRAIL_PAGE = """澄江县人民政府
首页
走进澄江
政务公开
政务服务
您现在的位置：
首页
>>
政务公开
>>
部门动态
县农业农村局开展秋季农机安全生产大检查
发布时间：
2025-10-09
来源：
县农业农村局
【
大
中
小
】
　　为切实抓好秋收期间农机安全生产工作，10月8日，县农业农村局组织执法人员深入各乡镇开展农机安全生产大检查。
　　检查组重点检查了拖拉机、联合收割机的牌证、安全装置和驾驶人持证情况，现场纠正违法违规行为12起。
分享到：
微信
微博
QQ空间
网站地图
主办单位：澄江县人民政府办公室
"""

NEWS_PAGE = """临江日报数字报
登录
|
注册
首页
›
本地新闻
›
正文
我市新增3家省级专精特新企业
2025-04-12 09:30
来源：
临江日报
　　近日，省工业和信息化厅公布2025年第一批省级专精特新中小企业名单，我市3家企业上榜。
　　截至目前，全市累计培育省级以上专精特新企业58家，其中国家级专精特新“小巨人”企业6家。
责任编辑：
李华
Copyright © 2025 临江日报社 All Rights Reserved
"""


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_a_trail_scraped_one_link_per_line_goes() -> None:
    doc = clean(TRAIL_PAGE)
    lines = _lines(doc.text)
    assert lines[0] == "县农业农村局开展秋季农机安全生产大检查"
    assert not {">>", "政务公开", "部门动态", "澄江县人民政府"} & set(lines)
    assert doc.metadata["title"] == "县农业农村局开展秋季农机安全生产大检查"
    assert doc.metadata["date"] == "2025-10-09" and doc.metadata["source"] == "县农业农村局"


def test_a_font_size_switch_and_share_targets_one_per_line_go() -> None:
    lines = _lines(clean(TRAIL_PAGE).text)
    assert not {"【", "大", "中", "小", "】", "【大", "小】", "微信", "QQ空间"} & set(lines)
    assert "　　检查组重点检查了拖拉机、联合收割机的牌证、安全装置和驾驶人持证情况，现场纠正违法违规行为12起。" in lines


def test_a_trail_without_a_label_and_a_bar_between_tools_go() -> None:
    doc = clean(NEWS_PAGE)
    lines = _lines(doc.text)
    assert lines[0] == "我市新增3家省级专精特新企业"
    assert not {"|", "›", "本地新闻", "正文"} & set(lines)


def test_a_credit_label_above_its_name_goes_with_it() -> None:
    doc = clean(NEWS_PAGE)
    assert "李华" not in doc.text
    assert doc.metadata["source"] == "临江日报"


def test_a_short_headline_after_a_separator_stays() -> None:
    """The link after the trail's last separator goes only when a longer
    headline follows it: a short headline under the trail is the page's."""
    page = "当前位置：\n首页\n>\n通知公告\n>\n停水通知\n发布时间：2025-06-01\n　　因管网维修，6月3日8时至18时城东片区停水，请居民提前储水。\n"
    doc = clean(page)
    assert "停水通知" in doc.text and doc.metadata["title"] == "停水通知"


def test_single_characters_of_a_text_are_no_font_switch() -> None:
    page = "关于公布汉字书写比赛结果的通知\n　　本次比赛的书写字为以下三个：\n大\n中\n小\n　　请各校组织学生认真练习，于5月10日前报送作品。\n"
    doc = clean(page)
    assert "\n大\n中\n小\n" in doc.text


DISCLOSURE_PAGE = """清河州市工业和信息化局
首页
|
工信动态
|
通知公告
|
政策文件
所在位置：
首页
>
通知公告
索引号：
11370800MB1538210X/2026-00417
发布机构：
清河州市工业和信息化局
发布日期：
2026-04-07
关于开展2026年度重点用能企业节能监察工作的通知
　　各区县工业和信息化主管部门：根据《节能监察办法》，现就开展2026年度重点用能企业节能监察工作通知如下。
　　一、监察对象为年综合能源消费量5000吨标准煤以上的重点用能企业。
"""


def test_a_row_of_links_one_per_line_and_the_column_it_names_go() -> None:
    """The trail's last link is a column the site's menu names (``通知公告``):
    it goes, though a label table and not the headline follows it."""
    doc = clean(DISCLOSURE_PAGE)
    lines = _lines(doc.text)
    assert lines[0] == "关于开展2026年度重点用能企业节能监察工作的通知"
    assert doc.metadata["title"] == "关于开展2026年度重点用能企业节能监察工作的通知"
    assert doc.metadata["date"] == "2026-04-07"


def test_a_metadata_row_scraped_as_a_list_item_is_read() -> None:
    """A date and source line set as an item of a list (``· 2024-04-11 07:30　江岸日报``)
    goes as metadata, not as a bulleted link: its facts are the page's."""
    page = ("江岸日报客户端\n  • 首页 > 要闻\n江岸市新增普惠托育园位3200个\n· 2024-04-11 07:30　江岸日报\n"
            "　　托育服务“一位难求”的局面正在缓解，去年以来全市新增普惠性托育园位3200个。\n"
            "　　今年，全市计划再新增普惠托位2000个，并对符合条件的托育机构给予一次性建设补助。\n")
    doc = clean(page)
    assert "江岸日报" not in doc.text.split("\n")[1]
    assert doc.metadata["date"] == "2024-04-11" and doc.metadata["source"] == "江岸日报"
