"""Lists of service points that are the document (held-out pages h550-h559):
vaccination sites, clinics, offices, charging stations, shelters, polling
stations. Their name / 地址 / 电话 / 服务时间 lines are body; the map or route
link under each point and the link to the rest of the list are chrome. Each
rule catches other wordings than the pages it was written for, and leaves
alone the body sentences that use the same words (a notice telling readers
to look at the map, a route heading, a sentence about more offices)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/service-point-map-link", "查看地图"),
    ("tools/service-point-map-link", "在地图上显示"),
    ("tools/service-point-map-link", "在电子地图中查看"),
    ("tools/service-point-map-link", "📍地图导航"),
    ("tools/service-point-map-link", "导航到这里"),
    ("tools/service-point-map-link", "点击导航"),
    ("tools/service-point-map-link", "一键导航"),
    ("tools/service-point-map-link", "高德地图导航"),
    ("tools/service-point-map-link", "查看避难场所分布图"),
    ("tools/service-point-map-link", "查看乘车路线"),
    ("tools/service-point-map-link", "[地图] [导航]"),
    ("tools/service-point-map-link", "地图 | 导航"),
    ("tools/service-point-map-link", "View map"),
    ("tools/service-point-map-link", "Get directions"),
    ("tools/service-point-more-link", "点击查看更多网点>>"),
    ("tools/service-point-more-link", "查看全部接种点"),
    ("tools/service-point-more-link", "更多营业厅地址 »"),
    ("tools/service-point-more-link", "查看其他服务点…"),
    ("tools/service-point-more-link", "点此查看更多定点医药机构名单"),
    ("tools/service-point-more-link", "点击更多网点"),
    ("tools/page-helpful", "以上信息对您有用吗？ 是 否"),
    ("tools/page-helpful", "上述内容是否有帮助？"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/service-point-map-link", "市民可通过“鸣皋发布”查看地图，导航到各接种点。"),
    ("tools/service-point-map-link", "乘车路线："),
    ("tools/service-point-map-link", "乘车路线：乘2路、11路公交至百货大楼站"),
    ("tools/service-point-map-link", "地址：临川区解放路126号门诊楼二楼"),
    ("tools/service-point-map-link", "各场所已在电子地图上标注位置。"),
    ("tools/service-point-map-link", "附件：应急避难场所分布图"),
    ("tools/service-point-more-link", "查看更多网点信息请登录市人社局网站。"),
    ("tools/service-point-more-link", "更多网点将陆续开放，届时另行公布。"),
    ("tools/service-point-more-link", "二、定点零售药店（6家）"),
    ("tools/service-point-more-link", "更多服务网点"),
    ("tools/page-helpful", "以上信息对您有用的，请转告身边的老年人。"),
]


(test_service_point_list_chrome_is_caught,
 test_body_words_of_service_point_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


TRADITIONAL_POINTS = """社會福利署
主頁 | 關於我們 | 服務單位 | 聯絡我們
長者地區中心服務點一覽
更新日期：2025年10月6日
以下為東區各長者地區中心的地址及辦公時間，市民可親臨查詢。
服務點：柴灣長者地區中心
地址：柴灣環翠道30號地下
電話：2556 1234
辦公時間：星期一至六 09:00-18:00
在地圖上查看
服務點：筲箕灣長者地區中心
地址：筲箕灣道150號二樓
電話：2567 8899
辦公時間：星期一至五 08:30-17:30
在地圖上查看
點擊查看更多服務點>>
如有查詢，請致電2343 2255。
以上資訊對您有幫助嗎？ 是 否
重要告示 | 私隱政策
"""


def test_a_traditional_list_of_service_points_keeps_every_point_and_drops_its_map_links() -> None:
    """A Hong Kong list in Traditional script: every 服務點 / 地址 / 電話 /
    辦公時間 line and the notice's own enquiry line stay (in Simplified), the
    map links, the more-points link and the feedback question go."""
    doc = clean(TRADITIONAL_POINTS)
    text = doc.text
    for kept in ("柴湾长者地区中心", "地址：柴湾环翠道30号地下", "电话：2556 1234", "办公时间：星期一至五 08:30-17:30",
                 "如有查询，请致电2343 2255。"):
        assert kept in text, kept
    for chrome in ("在地图上查看", "查看更多服务点", "有帮助吗"):
        assert chrome not in text, chrome


WECHAT_HEADER_FIRST = """原创　青禾社保　青禾人社服务　2025-03-02 09:15　发表于江南
青禾区社保经办网点地址电话汇总
社保业务在哪办？这份网点清单请收好。
01 区社保中心
地址：青禾区民生路20号
电话：0571-86001234
02 城东社保服务站
地址：城东街道文化路8号
电话：0571-86005678
长按二维码关注我们
青禾人社服务
阅读原文
"""


def test_a_wechat_page_opening_with_its_header_loses_the_account_name_after_the_body() -> None:
    """A WeChat page whose scrape opens with the header line (the headline
    under it): the account named on the header, alone again after the body
    (its follow card), goes; the points' lines stay."""
    doc = clean(WECHAT_HEADER_FIRST)
    text = doc.text
    assert "青禾人社服务" not in text
    for kept in ("01 区社保中心", "地址：城东街道文化路8号", "电话：0571-86005678"):
        assert kept in text, kept


POINT_ROWS_DOUBLE_SPACED = "\n\n".join([
    "桐乡市医保经办网点一览",
    "城区网点",
    "市医保服务中心 地址:振兴东路88号市民中心二楼 电话:0573-88101234",
    "市医保卡服务窗口 地址:庆丰中路14号工商银行一楼 电话:0573-88103301",
    "乡镇网点",
    "乌镇医保服务站 地址:乌镇镇子夜路301号便民中心 电话:0573-88711145",
    "濮院镇医保服务站 地址:濮院镇永乐路12号便民中心 电话:0573-88722210",
    "崇福镇医保服务站 地址:崇福镇崇德路66号便民中心 电话:0573-88733388",
])


def test_rows_of_spaced_fields_of_one_width_are_not_joined_as_wrapped_prose() -> None:
    """Service points of one row each (name, 地址:…, 电话:…), half-width and
    double-spaced as the corpus seeds are, are of nearly one width: each row
    stays a paragraph of its own, and no heading runs into the row above it."""
    text = clean(POINT_ROWS_DOUBLE_SPACED).text
    assert "0573-88103301\n" in text and "\n乡镇网点" in text
    assert "0573-88711145\n" in text and "\n濮院镇医保服务站" in text


TAB_TABLE_NO_NUMBER_COLUMN = """衛生署
主頁 > 健康服務 > 美沙酮診所
美沙酮診所地址及診症時間
發布日期: 2025年3月4日
診所名稱\t地址\t電話\t診症時間
西營盤美沙酮診所\t西營盤醫院道36號地下\t2858 0521\t每日 07:00-22:00
九龍灣美沙酮診所\t九龍灣啟業道55號\t2757 2611\t每日 07:00-22:00
觀塘美沙酮診所\t觀塘協和街457號\t2389 2400\t每日 07:00-22:00
查看地圖
如有查詢，請致電衛生署熱線 2961 8989。
地址: 香港灣仔皇后大道東213號胡忠大廈21樓  電話: 2961 8989
2025 © | 重要告示 | 私隱政策
"""


def test_a_tab_table_header_without_a_number_column_is_kept_over_its_rows() -> None:
    """A list of clinics as a tab table whose header has no 序號 column
    (診所名稱⇥地址⇥電話⇥診症時間), right under the date line: the header is the
    table's, kept (in Simplified); the map link and the site's address footer go,
    the notice's own enquiry line stays."""
    text = clean(TAB_TABLE_NO_NUMBER_COLUMN).text
    assert "诊所名称\t地址\t电话\t诊症时间" in text
    assert "观塘美沙酮诊所\t观塘协和街457号" in text
    assert "请致电卫生署热线 2961 8989" in text
    assert "查看地图" not in text and "胡忠大厦" not in text


POINTS_END_THE_TEXT = """青禾市司法局
首页 | 机构概况 | 政务公开 | 公共法律服务 | 互动交流
青禾市公共法律服务工作站（室）地址
发布时间：2025-04-02 来源：公共法律服务管理处
为方便群众就近获得法律咨询、法律援助等服务，现将全市公共法律服务站点公布如下：
市公共法律服务中心　地址：青禾市府前路9号一楼　电话：0571-85171001
东湖区公共法律服务中心　地址：东湖区湖滨路28号　电话：0571-85172002
西山县公共法律服务中心　地址：西山县城关镇解放街77号　电话：0571-85173003
高新区公共法律服务工作站
地址：高新区创业大道1号创业大厦3楼　电话：0571-85174004
主办单位：青禾市司法局　地址：青禾市府前路9号　邮编：310001
网站标识码：3301000098　浙ICP备19000002号
"""


def test_points_of_address_and_telephone_that_end_the_text_are_not_the_footer() -> None:
    """A list of offices, each ``名称　地址：…　电话：…``, that ends the text
    right above the site's footer: every point stays (the footer rule took
    them for the site's address), the footer's own address line (主办, 邮编) goes."""
    text = clean(POINTS_END_THE_TEXT).text
    for kept in ("市公共法律服务中心　地址：青禾市府前路9号一楼", "东湖区湖滨路28号", "西山县城关镇解放街77号",
                 "地址：高新区创业大道1号创业大厦3楼　电话：0571-85174004"):
        assert kept in text, kept
    assert "邮编" not in text and "ICP" not in text


TWO_POINTS_ANNOUNCED = """青禾县退役军人事务局
退役军人服务站地址公布
2025-03-18
现将我县两处退役军人服务站地址公布如下：
县退役军人服务中心　地址：县城和平路6号　电话：0571-86330001
城南片区服务站　地址：城南镇府前街2号　电话：0571-86330002
"""

ONE_FOOTER_ADDRESS = """青禾县退役军人事务局
关于开展2025年度退役军人走访慰问活动的通知
2025-03-18
　　各乡镇：为做好走访慰问工作，请各乡镇于3月底前报送慰问对象名单。
县退役军人服务中心　地址：县城和平路6号　电话：0571-86330001
"""


def test_two_announced_points_stay_and_one_address_after_a_notice_is_the_footer() -> None:
    """Two address-and-telephone lines right under ``…公布如下：`` are the
    list the text announces; one such line after a notice's paragraph is still
    the site's footer."""
    text = clean(TWO_POINTS_ANNOUNCED).text
    assert "县退役军人服务中心　地址：县城和平路6号" in text and "城南镇府前街2号" in text
    assert "和平路6号" not in clean(ONE_FOOTER_ADDRESS).text


SPACED_HEADER = """青禾市自然资源和规划局
首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流
青禾市不动产登记便民服务点一览表
发布时间：2025-04-02 来源：不动产登记中心
网点名称 地址 电话 办公时间
登记中心 府前路9号 85170001 工作日
城东服务点 城东路2号 85170002 工作日
高铁新城服务点 站前大道88号 85170003 周一至周六
"""


def test_a_header_of_column_names_between_spaces_is_kept_over_its_rows() -> None:
    """``网点名称 地址 电话 办公时间`` over rows of as many cells: the table's
    header, not a menu; the menu with bars above the headline still goes."""
    text = clean(SPACED_HEADER).text
    assert "网点名称 地址 电话 办公时间" in text
    assert "机构概况" not in text


POINTS_UNDER_PROSE = """青禾市司法局
青禾市公共法律服务工作站（室）地址
发布时间：2025-04-02 来源：公共法律服务管理处
　　为进一步健全覆盖城乡、便捷高效、均等普惠的现代公共法律服务体系，方便群众就近获得法律咨询、法律援助、人民调解等服务，市司法局在全市设立了公共法律服务中心和工作站，实现了市、县、乡三级全覆盖。
　　现将全市公共法律服务站点公布如下：
市公共法律服务中心　地址：青禾市府前路9号一楼　电话：0571-85171001
东湖区公共法律服务中心　地址：东湖区湖滨路28号　电话：0571-85172002
高新区公共法律服务工作站
地址：高新区创业大道1号创业大厦3楼　电话：0571-85174004
青禾市司法局
2025年4月2日
主办单位：青禾市司法局　地址：青禾市府前路9号　邮编：310001
电话：0571-85170000　传真：0571-85170099
网站标识码：3301000098　浙ICP备19000002号
"""


def test_the_short_lines_among_points_under_prose_are_not_taken_below_the_footer() -> None:
    """Under a notice's paragraphs, the first point taken for the footer took
    the short lines below it (a point's name, the notice's signature) as lines
    below the footer: they come back with the points, down to the site's own
    footer, and what is below that still goes."""
    text = clean(POINTS_UNDER_PROSE).text
    for kept in ("东湖区湖滨路28号", "高新区公共法律服务工作站\n", "2025年4月2日"):
        assert kept in text, kept
    for chrome in ("邮编", "传真", "ICP"):
        assert chrome not in text, chrome


LIST_PAGE_FOOTER_BLOCK = """青禾市自然资源和规划局
首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流
青禾市不动产登记便民服务点一览表
发布时间：2025-04-02 来源：不动产登记中心
网点名称 地址 电话 办公时间
登记中心 府前路9号 85170001 工作日
城东服务点 城东路2号 85170002 工作日
高铁新城服务点 站前大道88号 85170003 周一至周六
联系我们
地址：青禾市府前路9号  邮编：310001
电话：0571-85170000  传真：0571-85170099
网站标识码：3301000099  浙ICP备19000001号
"""

LIST_PAGE_OWN_CONTACTS = """青禾市不动产登记便民服务点一览表
发布时间：2025-04-02
登记中心 府前路9号 85170001 工作日
城东服务点 城东路2号 85170002 工作日
联系我们
地址：青禾市府前路9号  邮编：310001
电话：0571-85170000  传真：0571-85170099
青禾市不动产登记中心
2025年4月2日
"""


def test_a_list_pages_footer_contact_block_goes_but_the_lists_own_contacts_stay() -> None:
    """A list of points with no paragraph of prose: the contact lines boxed in
    by the site's footer (``联系我们`` above, the registration below) go; the
    same lines above the notice's signature are the notice's, and stay."""
    text = clean(LIST_PAGE_FOOTER_BLOCK).text
    assert "邮编" not in text and "传真" not in text
    assert "高铁新城服务点 站前大道88号 85170003 周一至周六" in text
    own = clean(LIST_PAGE_OWN_CONTACTS).text
    assert "地址：青禾市府前路9号  邮编：310001" in own and "传真：0571-85170099" in own
