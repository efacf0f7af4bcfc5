"""Chrome of tourism and festival pages (held-out pages h620-h629): scenic
areas' sites, culture-and-tourism bureaus, tourism boards of Taiwan, Hong
Kong and Macau. Each rule catches lines worded otherwise than the pages it
was written for (other sites, other spellings, half-width punctuation; the
pipeline gives the rules Simplified text), and leaves alone the body lines of
the genre that use the same words: ticket lists, opening hours, visitor
rules, itineraries and notices that name an app, a booking or the weather."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/tourism-booking-buttons", "立即预订 | 在线购票 | 收藏"),
    ("tools/tourism-booking-buttons", "马上抢票　　分享给好友"),
    ("tools/tourism-booking-buttons", "网上订票"),
    ("tools/tourism-booking-buttons", "一键预订酒店+门票"),
    ("tools/tourism-booking-buttons", "加入行程 / 收藏 / 分享"),
    ("tools/tourism-booking-buttons", "生成行程单　导出PDF"),
    ("tools/tourism-booking-buttons", "360°全景漫游"),
    ("tools/tourism-booking-buttons", "720度全景 · 航拍视频"),
    ("tools/tourism-booking-buttons", "VR 全景　｜　语音导览　｜　地图"),
    ("tools/tourism-booking-buttons", "语音讲解 ▶"),
    ("tools/tourism-booking-buttons", "加入行事历　分享至微博"),
    ("tools/tourism-app-prompt", "支付宝搜索“黄山旅游”小程序，刷脸入园"),
    ("tools/tourism-app-prompt", "扫一扫关注“峨眉山景区”公众号"),
    ("tools/tourism-app-prompt", "下载《一部手机游云南》APP 看实时客流"),
    ("tools/tourism-app-prompt", "打开「台湾好行」App，查询班次"),
    ("tools/tourism-app-prompt", "安装“游江苏”手机应用，随时了解景区动态"),
    ("tools/tourism-app-prompt", "微信扫码关注\"乌镇旅游\"服务号"),
    ("counters/tourism-live-visitors", "实时客流：8,652人　舒适度：较舒适"),
    ("counters/tourism-live-visitors", "今日入园人数:12034  剩余车位:58"),
    ("counters/tourism-live-visitors", "当前游客：2,310人次　最大承载量：30,000人次"),
    ("counters/tourism-live-visitors", "即时人流：1,205　舒适度：一般"),
    ("counters/tourism-live-visitors", "目前在园游客：906人　空余车位：132个"),
    ("slogan/weather-widget", "今日天气：晴 12~22℃"),
    ("slogan/weather-widget", "景区天气　多云　-3°C/8°C　西北风2级"),
    ("slogan/weather-widget", "天气 阵雨 24°~31° 湿度 80%"),
    ("slogan/weather-widget", "黄山天气 雾 5℃—11℃ 能见度 200米"),
    ("slogan/weather-widget", "明日天气:小雪 -8~-2°C"),
    ("related/tourism-list-header", "周边酒店"),
    ("related/tourism-list-header", "【相关线路】"),
    ("related/tourism-list-header", "附近景点 >"),
    ("related/tourism-list-header", "热门游记"),
    ("related/tourism-list-header", "其它节庆"),
    ("related/tourism-list-header", "推荐目的地："),
    ("related/tourism-list-header", "精选民宿"),
    ("related/tourism-list-header", "旅游攻略"),
    ("related/tourism-list-header", "【出行攻略】"),
    ("english/tourism-brand-site-name", "Visit Macao"),
    ("english/tourism-brand-site-name", "四川省文化和旅游厅 Explore Sichuan"),
    ("english/tourism-brand-site-name", "台湾观光 Welcome to Taiwan"),
    ("english/tourism-brand-site-name", "Discover Hong Kong"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/tourism-booking-buttons", "在线购票：游客可通过景区官方公众号购票，购票后凭身份证入园。"),
    ("tools/tourism-booking-buttons", "在线预订的游客请于入园前一小时取票。"),
    ("tools/tourism-booking-buttons", "立即预订享受八折优惠的活动截至10月31日，请游客合理安排行程。"),
    ("tools/tourism-booking-buttons", "VR全景、视频导览等数字化服务已覆盖全县12个A级景区。"),
    ("tools/tourism-booking-buttons", "预订电话　0851-86123456"),
    ("tools/tourism-booking-buttons", "语音讲解器租赁：20元/台，押金100元"),
    ("tools/tourism-booking-buttons", "加入行程的景点可在游客中心统一核验。"),
    ("tools/tourism-app-prompt", "徒步活动请通过“桃江文旅”公众号报名，名额300人。"),
    ("tools/tourism-app-prompt", "3.关注“黄山旅游”公众号，在线预约门票。"),
    ("tools/tourism-app-prompt", "游客可下载“游云南”APP，实名预约后刷脸入园。"),
    ("tools/tourism-app-prompt", "报名方式：关注“宁夏文旅”微信小程序，填写报名信息。"),
    ("counters/tourism-live-visitors", "最大承载量：20000人次"),
    ("counters/tourism-live-visitors", "景区每日最大承载量20000人次，瞬时最大承载量6000人次。"),
    ("counters/tourism-live-visitors", "截至下午3时，当日入园游客达3.2万人次，景区已启动限流措施。"),
    ("counters/tourism-live-visitors", "今日入园：8:00—16:00"),
    ("slogan/weather-widget", "活动当天天气晴好，气温12~22℃，适宜出游。"),
    ("slogan/weather-widget", "当地天气多变，夏季气温18℃~32℃，昼夜温差大，请备好外套。"),
    ("slogan/weather-widget", "最佳旅游季节：5月至10月，气温15~25℃"),
    ("related/tourism-list-header", "周边景点介绍"),
    ("related/tourism-list-header", "热门景点门票价格一览"),
    ("related/tourism-list-header", "三、推荐线路"),
    ("related/tourism-list-header", "推荐线路：银川—沙湖—镇北堡"),
    ("related/tourism-list-header", "周边景点包括长春祠、燕子口等。"),
    ("related/tourism-list-header", "游玩攻略：建议上午8点前入园，先登山后游寺。"),
    ("related/tourism-list-header", "旅游攻略征集活动"),
    ("english/tourism-brand-site-name", "“Visit Macao”品牌推广活动在北京启动"),
    ("english/tourism-brand-site-name", "Discover Hong Kong at your own pace."),
]


test_tourism_chrome_is_caught, test_body_words_of_tourism_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


KINMEN_PAGE = """金門縣政府觀光處
首頁　旅遊景點　節慶活動　交通資訊　住宿　美食
首頁 > 節慶活動
2025金門迎城隍遶境活動
發布日期：2025-05-02　資料來源：金門縣政府觀光處
　　農曆四月十二日為浯島城隍遷治紀念日，今年遶境活動將於5月8日舉行，歡迎民眾及旅客共襄盛舉。
活動日期：2025年5月8日（星期四）
活動地點：金城鎮浯島城隍廟及周邊街道
　　活動當天天氣晴朗，氣溫22~28℃，請民眾做好防曬；旅客可於線上預訂交通船票，或下載「金門好行」App查詢公車班次。
　　當日遶境路線周邊實施交通管制，遊客請於上午8時前抵達。
立即預訂　　加入行程　　分享
天氣　金城鎮　晴時多雲　22°C～28°C
下載「金門好行」App，掌握即時公車動態
相關活動
金門坑道音樂節
浯島文化季
"""


def test_a_traditional_festival_page_of_another_bureau_keeps_its_body() -> None:
    """A whole Traditional page of another bureau (金門縣政府觀光處): the
    booking buttons, the weather widget, the app prompt and the related list
    go; the body lines that name the weather, a booking and the app stay."""
    doc = clean(KINMEN_PAGE)
    text = doc.text
    for body in ("气温22~28℃", "线上预订交通船票", "查询公车班次", "活动地点：金城镇浯岛城隍庙", "交通管制"):
        assert body in text, body
    for chrome in ("立即预订", "晴时多云", "掌握即时公车动态", "相关活动", "坑道音乐节"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "2025金门迎城隍绕境活动"
