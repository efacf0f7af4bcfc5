"""Chrome of property and city-life portals that repost housing, land and
provident-fund policy (held-out pages h790-h799): each rule catches lines
worded otherwise than the pages it was written for (other portals, other
cities, Hong Kong and Taiwan wording, written as the blocks filter sees it: in
Simplified script, after the script filter), and leaves alone the policy lines
that use the same words (均价, 首付, 贷款, 公积金, 房源, a 400 number)."""

from __future__ import annotations

import unicodedata

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("property/listing-card", "锦绣江南苑　均价 15800元/㎡　在售　查看详情"),
    ("property/listing-card", "翠湖天地 | 参考价 2.3万/㎡ | 待售"),
    ("property/listing-card", "云锦华庭 · 建面98-126㎡ · 约16500元/平 · 在售"),
    ("property/listing-card", "星汇广场　3室2厅　105㎡　总价 168万"),
    ("property/listing-card", "沙田第一城　实用面积 350呎　叫价 520万　呎价 $14,857"),
    ("property/listing-card", "信义区 松仁路 2房1厅　28.6坪　总价3,150万　单价110.1万/坪"),
    ("property/listing-card", "金沙湾 | 合租 · 次卧 | 12㎡ | 近地铁 | 980元/月"),
    ("property/listing-card", "XJ2025-12　高新区　商住　楼面价 4120元/㎡　溢价率 8.5%"),
    ("property/listing-card", "海棠湾一号　￥19800/㎡　4室2厅　139㎡　[即将开盘]"),
    ("property/listing-header", "相关楼盘"),
    ("property/listing-header", "热销楼盘推荐"),
    ("property/listing-header", "—— 文中提到的楼盘 ——"),
    ("property/listing-header", "周边成交"),
    ("property/listing-header", "附近二手房源"),
    ("property/listing-header", "房票可用楼盘　共15个　>"),
    ("property/listing-header", "同板块在售楼盘 更多>>"),
    ("property/listing-header", "在租房源"),
    ("property/listing-header", "在租公租房房源 >>"),
    ("property/consultant-hotline", "【置业顾问】王经理　400-818-2233 转 1024　在线咨询"),
    ("property/consultant-hotline", "点击咨询优惠　4006-123-456转88"),
    ("property/consultant-hotline", "看房热线 400 600 7788 转 321 免费专车看房"),
    ("property/consultant-hotline", "选房太难？顾问帮你找房　400-991-0022"),
    ("property/consultant-hotline", "[切换城市]　登录 | 注册　400-700-1100"),
    ("property/portal-buttons", "房贷计算器　商贷　公积金贷　组合贷　立即计算"),
    ("property/portal-buttons", "降价通知我　开盘通知我"),
    ("property/portal-buttons", "订阅楼盘动态　|　变价通知"),
    ("property/portal-buttons", "按揭计算机　即时计算"),
    ("property/portal-buttons", "房贷试算 立即试算"),
    ("property/portal-buttons", "预约看屋　加LINE好友　专人服务"),
    ("property/portal-buttons", "想睇楼？立即 WhatsApp 我哋：+852 6123 4567"),
    ("property/portal-buttons", "免费领取《2025购房攻略》"),
    ("property/portal-buttons", "地图找房 | 看房团 | 手机看房"),
    ("property/price-widget", "本月均价 21,350元/㎡　环比 ↑0.6%"),
    ("property/price-widget", "二手房均价：9,862元/平　较上月 -0.4%　同比 -3.1%"),
    ("property/newsletter", "订阅房产资讯，每周一期，免费"),
    ("property/newsletter", "订阅楼市快讯　免费"),
    ("property/mobile-back-bar", "< 返回　　乐居房产　　☰"),
    ("property/mobile-back-bar", "← 返回"),
    ("forum/post-header", "楼主：老街坊　　发表于 2024-11-02 20:15　　查看：5321　　回复：44"),
    ("forum/post-header", "只看楼主　倒序浏览　阅读模式"),
]

KEPT: list[tuple[str, str]] = [
    ("property/listing-card", "新建商品住房项目申报备案价格时，可参考同地段项目成交均价，备案后上下浮动不超过6%。"),
    ("property/listing-card", "LY-07　31520㎡　城镇住宅用地　1.0-2.2　70年"),
    ("property/listing-card", "　　本批次房源共612套，户型为一室一厅（建筑面积约45平方米）和两室一厅。"),
    ("property/listing-card", "全市新建商品住宅均价 12500元/㎡"),
    ("property/listing-card", "1-1201　3室2厅　118.6㎡　18500元/㎡　219.4万元　在售"),
    ("property/listing-card", "运河新苑　2室1厅　68㎡　1650元/月　已配租"),
    ("property/listing-header", "二、房源情况"),
    ("property/listing-header", "房源筹集"),
    ("property/listing-header", "（三）加快推进保障性住房房源建设"),
    ("property/listing-header", "成交"),
    ("property/listing-header", "在租房源已全部配租"),
    ("property/consultant-hotline", "咨询电话：400-600-1234"),
    ("property/consultant-hotline", "如有疑问，请拨打服务热线400-820-6315，客服人员24小时在线受理。"),
    ("property/consultant-hotline", "供水服务热线：400-888-1234转2"),
    ("property/portal-buttons", "缴存职工可通过公积金中心网站的贷款计算器测算可贷额度。"),
    ("property/portal-buttons", "商业贷款、公积金贷款和组合贷款均可申请。"),
    ("property/portal-buttons", "（二）优化住房公积金贷款额度测算方式"),
    ("property/price-widget", "1—8月，全市新建商品住宅均价12500元/平方米，同比下降2.1%。"),
    ("property/price-widget", "环比上涨0.3%"),
    ("property/newsletter", "订阅本报全年免费赠阅的社区居民，请于12月前登记。"),
    ("property/mobile-back-bar", "<返回首页>"),
    ("forum/post-header", "楼主：王明"),
]


(test_property_portal_chrome_is_caught,
 test_policy_words_of_property_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


PORTAL_PAGE = """湖滨房产网
首页　新房　二手房　租房　房价　资讯
湖滨市住房和城乡建设局关于调整首套住房认定标准的通知
2025-10-09 10:20　来源：湖滨市住房和城乡建设局
　　一、居民家庭在本市名下无成套住房的，购买住房时按首套住房执行首付比例和贷款利率政策，商业贷款最低首付比例为15%。
　　二、使用住房公积金贷款购买首套住房的，最高贷款额度为100万元，首付比例不低于20%。
　　三、新建商品住房项目销售时应公示房源、均价和一房一价表，购房人可在售楼处免费查看详情。
　　四、本通知自2025年10月10日起施行，咨询电话：400-620-1234。
湖滨市住房和城乡建设局
2025年10月9日
相关楼盘
湖畔雅居　均价 16800元/㎡　在售　查看详情
东城壹号　建面88-120㎡　约14200元/平　待售
房贷计算器　商业贷款　公积金贷款　立即计算
免费专车看房　400-660-7788 转 2025　置业顾问一对一服务
订阅楼盘动态　降价通知我
"""


def test_a_property_portal_page_keeps_the_policy_and_loses_its_cards() -> None:
    """A whole portal page: the cards, the calculator, the consultant's line
    and the buttons go; the measures that speak of 首付, 均价, 一房一价, 查看详情
    and the notice's own 400 number stay, with the title and source."""
    doc = clean(PORTAL_PAGE)
    text = doc.text
    for line in PORTAL_PAGE.splitlines():
        if line.startswith("　　"):
            assert line.strip() in text, line
    for chrome in ("相关楼盘", "湖畔雅居", "东城壹号", "房贷计算器", "免费专车看房", "订阅楼盘动态"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "湖滨市住房和城乡建设局关于调整首套住房认定标准的通知"
    assert doc.metadata.get("source") == "湖滨市住房和城乡建设局"


PRICE_TABLE_NOTICE = """市住房和城乡建设局关于公布新建商品住房一房一价的通知
来源：市住房和城乡建设局　　发布日期：2025-09-26
　　各开发企业应当按附表公示房源价格，实行一房一价，明码标价。
　　本通知自2025年11月1日起施行。
市住房和城乡建设局
2025年9月26日
附件：新建商品住房一房一价公示表（样表）
1-1201　3室2厅　118.6㎡　18500元/㎡　219.4万元　在售
1-1202　2室2厅　89.3㎡　18200元/㎡　162.5万元　待售
"""


def test_a_price_table_under_a_notice_is_no_listing_card() -> None:
    """The rows of a notice's own price table at the end of the page have
    the figures of a card (layout, area, price per ㎡, a status) but none of
    a card's inline words: they stay."""
    text = clean(PRICE_TABLE_NOTICE).text
    assert "1-1201　3室2厅　118.6㎡　18500元/㎡　219.4万元　在售" in text
    assert "1-1202　2室2厅　89.3㎡　18200元/㎡　162.5万元　待售" in text


LAND_NOTICE_NFKC = unicodedata.normalize("NFKC", """柳源市国有建设用地使用权挂牌出让公告
来源：柳源市自然资源和规划局
　　一、挂牌出让地块的基本情况和规划指标要求
　　LY2025-07号地块：位于城南片区纬二路以北，出让面积31520平方米，用途为城镇住宅用地，起始价48900万元。
　　LY2025-08号地块：位于高铁新城经五路以东，出让面积18736平方米，用途为商务金融用地，起始价16200万元。
　　二、挂牌时间为2025年8月8日9时至2025年8月18日15时。
柳源市自然资源和规划局
""")


def test_a_half_width_indent_before_a_parcel_code_marks_a_paragraph() -> None:
    """Once NFKC turns the ``　　`` indent into two spaces, a paragraph that
    opens with a parcel's Latin code (``  LY2025-07号地块``) is still indented:
    the heading above it is not run into it."""
    text = clean(LAND_NOTICE_NFKC).text
    assert "一、挂牌出让地块的基本情况和规划指标要求\n" in text
    assert "LY2025-07号地块" in text.split("规划指标要求", 1)[1].split("\n", 2)[1]
