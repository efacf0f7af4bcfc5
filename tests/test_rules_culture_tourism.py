"""Chrome of culture, tourism and sports bureau pages (held-out pages h1080-h1089):
each rule catches lines worded otherwise than the pages it was written for
(other galleries, weather strips, hotline rows, service boxes), and leaves
alone the body sentences that use the same words (a notice on how a scenic
area's site shows its pictures, weather and complaint channels)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/media-controls", "图集（共6张）"),
    ("tools/media-controls", "组图(共12张)"),
    ("tools/media-controls", "【共8幅】"),
    ("tools/media-controls", "‹ 上一幅　　3 / 6　　下一幅 ›"),
    ("tools/media-controls", "上一张 1/12 下一张"),
    ("tools/media-controls", "< 上一组 2/4 下一组 >"),
    ("tools/media-controls", "左右滑动查看更多图片　1/5"),
    ("tools/media-controls", "点击查看全部照片"),
    ("tools/media-controls", "滑动浏览更多照片 3/9"),
    ("slogan/today", "武陵源｜晴｜14°C-24°C｜PM2.5：18｜适宜出游"),
    ("slogan/today", "黄山 | 多云 | 9℃~17℃"),
    ("slogan/today", "今日 小雨/12-19℃ | AQI 42 | 宜出行"),
    ("footer/tourism-hotlines", "旅游咨询：0744-5612345　旅游投诉：0744-5618888　12301国家智慧旅游公共服务平台"),
    ("footer/tourism-hotlines", "旅游投诉电话：12345 ｜ 全国旅游投诉热线：12301"),
    ("footer/tourism-hotlines", "景区救援电话：0559-5561110　12301国家旅游服务热线"),
    ("footer/tourism-hotlines", "咨询电话：(0898)88231234 / 全国旅游服务热线 12301"),
    ("related/venue-service-header", "读者服务"),
    ("related/venue-service-header", "【游客服务】"),
    ("related/venue-service-header", "观众服务指南"),
    ("related/venue-service-header", "参观服务"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/media-controls", "图集应标明拍摄时间和地点，图集（共若干张）中的图片须与景区现状一致。"),
    ("tools/media-controls", "手机端图集可设置“左右滑动查看更多图片”提示，但提示不得遮挡说明文字。"),
    ("tools/media-controls", "本次展览共展出图片120张，其中60张为首次公开。"),
    ("slogan/today", "遇晴转暴雨、大风等天气变化，应在1小时内更新景区开放状态。"),
    ("slogan/today", "国庆假期全市以晴好天气为主，气温在14℃至24℃之间，适宜出游。"),
    ("footer/tourism-hotlines", "游客可通过12301国家智慧旅游公共服务平台或拨打12345热线反映问题。"),
    ("footer/tourism-hotlines", "咨询电话：0593-6123458；投诉电话：0593-6123459。"),
    ("footer/tourism-hotlines", "旅游投诉：各区县文化和旅游局应在接到转办投诉后5个工作日内办结。"),
    ("related/venue-service-header", "五、完善读者服务"),
    ("related/venue-service-header", "图书馆网站应设置读者服务栏目，提供读者证办理和座位预约功能。"),
]


(test_culture_tourism_chrome_is_caught,
 test_body_words_of_culture_tourism_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


MUSEUM_PAGE = """临滨市博物馆
首页 | 展览 | 典藏 | 教育 | 参观 | 文创
当前位置：首页 > 通知公告
关于端午节期间延长开放时间的公告
作者：开放部　发布时间：2025-05-28　浏览：318
　　为满足端午节期间观众参观需求，我馆定于5月31日至6月2日延长开放时间至20:00（19:00停止入馆），其他时间照常开放。
　　延长开放期间，观众可通过“临滨市博物馆”微信公众号预约参观，每日限额4000人，团体参观请提前3天预约。
　　特此公告。
临滨市博物馆
2025年5月28日
【打印】【关闭】
观众服务
参观预约 | 语音导览 | 失物招领 | 寄存服务
临滨市博物馆 版权所有　浙ICP备12003456号
"""


def test_a_museum_notice_signed_by_the_museum_gives_it_as_source() -> None:
    """A museum's notice with no source label but the museum's signature: the
    signing venue is the source (as an issuing office's signature is), the
    service box's header and links go, the body lines stay."""
    doc = clean(MUSEUM_PAGE)
    text = doc.text
    body = [line.strip() for line in MUSEUM_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    assert "观众服务" not in text
    assert "语音导览 |" not in text
    assert doc.metadata.get("source") == "临滨市博物馆"
    assert doc.metadata.get("date") == "2025-05-28"
