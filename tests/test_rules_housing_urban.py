"""Chrome of housing, construction and urban-management sites (住建局, 城管局,
房管局, housing-security centres; held-out pages h1140-h1149): each rule
catches lines worded otherwise than the pages it was written for (other
sites, other spellings, Traditional script), and leaves alone the body
sentences and record fields that use the same words (a notice on a map, a
consultation's own deadline, a project card's 主管单位 field)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a disclosure column's header over its other notices, after the text
    ("related/list-header", "更多施工许可公示"),
    ("related/list-header", "更多预售许可公告"),
    ("related/list-header", "更多通知公告"),
    ("related/list-header", "更多征收信息"),
    ("related/list-header", "诚信信息栏目"),
    ("related/list-header", "— 本站其他栏目 —"),
    # a map viewer's bracketed controls, its loading text
    ("tools/map-viewer", "[放大]　[缩小]　[全屏]"),
    ("tools/map-viewer", "【放大】【缩小】【全图】【测距】"),
    ("tools/map-viewer", "［图层］ ［卫星图］ ［放大］"),
    ("tools/player-fallback", "地图加载中……"),
    ("tools/player-fallback", "数据正在加载中..."),
    ("tools/player-fallback", "页面加载中。。。"),
    # WeChat's read-original prompt with a place word, the empty message box
    ("tools/wechat-widgets", "点击下方“阅读原文”查看更多燃气安全知识"),
    ("tools/wechat-widgets", "点击文末阅读原文，了解老旧小区改造政策"),
    ("tools/wechat-widgets", "点击左下角「阅读原文」在线报名"),
    ("tools/comment-box-notes", "暂无留言"),
    ("tools/comment-box-notes", "还没有留言，快来抢沙发吧"),
    # the footer's hotline with the address
    ("footer/site-address", "服务热线：12329/12319　地址：滨州市黄河五路567号"),
    ("footer/site-address", "城建热线：12319 地址：柳阳市建设路2号"),
    ("footer/site-address", "服务专线：12319、12345　地址：新竹市中正路120号"),
]

KEPT: list[tuple[str, str]] = [
    ("related/list-header", "更多住房保障政策可咨询社区居委会。"),
    ("related/list-header", "请登录市住建局网站“通知公告”栏目查询更多施工许可信息。"),
    ("tools/map-viewer", "征收范围图可放大查看，具体以勘测定界图为准。"),
    ("tools/map-viewer", "放大"),
    ("tools/player-fallback", "系统升级期间，网上办事大厅页面加载较慢，请耐心等待。"),
    ("tools/player-fallback", "加载中"),
    ("tools/wechat-widgets", "居民可点击小程序首页的“燃气报修”入口在线报修。"),
    ("tools/comment-box-notes", "暂无留言的业主，视为同意选聘结果。"),
    ("footer/site-address", "服务热线：12319"),
    ("footer/site-address", "咨询地址：柳阳市建设路2号市城管局一楼服务窗口。"),
    ("footer/site-address", "举报热线：12319　举报受理时间：工作日8:30-17:30"),
]


(test_housing_and_urban_chrome_is_caught,
 test_body_words_of_housing_and_urban_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


CONSULTATION_PAGE = """城西区人民政府
首页　政务公开　政民互动
关于城西区北门片区棚户区改造项目房屋征收补偿方案征求意见的公告
发布时间：2025-10-10
　　为做好北门片区棚户区改造项目房屋征收工作，现将《北门片区棚户区改造项目房屋征收补偿方案（征求意见稿）》予以公布，征求公众意见。
　　征求意见时间：2025年10月10日至11月9日。公众可通过信函或本页面的意见征集栏提出意见，截止时间为11月9日17时。
城西区房屋征收管理办公室
2025年10月10日
在线征集
征集状态：征集中　截止日期：2025-11-09
姓名：
手机号码：
意见建议：
验证码　看不清，换一张
提交　重置
城西区人民政府办公室主办　网站标识码3601030001
"""


def test_a_consultation_form_with_its_status_row_goes_and_the_notices_deadline_stays() -> None:
    """The consultation widget under a compensation plan (its header, its
    status and deadline row, its fields and buttons) goes; the notice's own
    sentence on the deadline and its signature stay, and the 征收 office
    that signs is the source of a page that names none."""
    doc = clean(CONSULTATION_PAGE)
    text = doc.text
    for kept in ("截止时间为11月9日17时", "城西区房屋征收管理办公室", "2025年10月10日"):
        assert kept in text, kept
    for chrome in ("在线征集", "征集状态", "手机号码：", "换一张"):
        assert chrome not in text, chrome
    assert doc.metadata.get("source") == "城西区房屋征收管理办公室"


def test_a_status_row_without_a_form_header_above_it_is_not_taken_as_the_form() -> None:
    """Without the form's header above it, a 截止时间 line between the text
    and a form is not stepped over: the body's last line stays."""
    page = CONSULTATION_PAGE.replace("在线征集\n", "")
    assert "征集状态" in page
    assert "截止时间为11月9日17时" in clean(page).text


def test_a_project_cards_fields_on_a_page_without_prose_stay() -> None:
    """A project's record card with no prose (every line at an edge): its
    主管部门 / 主管单位 field is the card's, not the site's footer."""
    page = ("市政府网\n首页 > 项目公开\n城东污水处理厂提标改造工程项目信息\n发布日期：2025-06-01\n"
            "项目名称：城东污水处理厂提标改造工程\n建设单位：市城投集团\n总投资：8500万元\n"
            "主管单位：市住房和城乡建设局\n版权所有：市政府办公室\n")
    text = clean(page).text
    for field in ("项目名称：城东污水处理厂提标改造工程", "总投资：8500万元", "主管单位：市住房和城乡建设局"):
        assert field in text, field


def test_a_listing_table_under_its_header_on_a_page_without_prose_stays() -> None:
    """A housing-security page with no prose lists its units under a bare
    在租房源: every line is at an edge, and the table's rows are its text,
    not links under a portal's listing header."""
    page = ("市住房保障服务中心\n首页 > 房源信息\n2025年10月公共租赁住房房源信息\n发布日期：2025-10-08\n"
            "在租房源\n项目名称　套数　面积\n渤海花园　12　45平方米\n黄河嘉苑　5　52平方米\n"
            "版权所有：市住房保障服务中心\n")
    text = clean(page).text
    for row in ("项目名称　套数　面积", "渤海花园　12　45平方米", "黄河嘉苑　5　52平方米"):
        assert row in text, row
