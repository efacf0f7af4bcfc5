"""Chrome of police, traffic police and fire rescue pages (held-out pages
h1060-h1069): each rule catches lines worded otherwise than the pages it was
written for (other sites, other spellings, Traditional script, half-width
punctuation), and leaves alone the body sentences of a notice that use the
same words (a badge number in a case report, a 12110 or 96110 sentence, an
app the notice tells the public to use, a station's own duty telephone)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a police account's credits with the officer's badge number
    ("credits/credit-line", "审核｜林志鹏（警号：031562）"),
    ("credits/credit-line", "编辑：王晓（警号：012345）　审核：周强（警号：023456）"),
    ("credits/credit-line", "供稿：指挥中心　李晓东（警号：086214）"),
    ("credits/credit-line", "供稿：交警大队　赵磊"),
    ("credits/credit-line", "文字：陈立 警号023417 审核：何平"),
    ("credits/credit-line", "审核 | 吴宏伟(警号:041128)"),
    # WeChat: pin and star the account
    ("tools/wechat-widgets", "置顶星标，第一时间获取路况资讯"),
    ("tools/wechat-widgets", "星标置顶，不错过每一条警情通报"),
    ("tools/wechat-widgets", "记得加个星标哦"),
    ("tools/wechat-widgets", "把“平安临川”标为星标，及时接收预警"),
    ("tools/wechat-widgets", "置顶+星标 防骗资讯早知道"),
    # an app named with its services and a do-it-online tagline
    ("tools/service-app-prompt", "交管12123 APP 违法处理、车驾管业务 足不出户网上办"),
    ("tools/service-app-prompt", "“浙里办”APP 户籍业务掌上办"),
    ("tools/service-app-prompt", "移民局App：出入境证件 不见面审批 随时办"),
    ("tools/service-app-prompt", "警快办小程序 开具无犯罪记录证明 零跑腿"),
    ("tools/service-app-prompt", "「交管12123」App　违法处理　足不出户网上办"),
    # an emergency site's banner of alarm numbers
    ("footer/emergency-hotline-banner", "报警电话：110　短信报警：12110　户籍咨询：0739-5212345"),
    ("footer/emergency-hotline-banner", "火警：119　消防安全咨询：0351-5228119"),
    ("footer/emergency-hotline-banner", "报警求助：110　举报投诉：12389"),
    ("footer/emergency-hotline-banner", "165反诈骗咨询专线 | 110报案专线"),
    ("footer/emergency-hotline-banner", "110报警服务台　122交通事故报警"),
    ("footer/emergency-hotline-banner", "110报警 / 119火警 / 120急救 / 122交通事故报警"),
    ("footer/emergency-hotline-banner", "12110短信报警平台　96110反诈预警专线"),
]

KEPT: list[tuple[str, str]] = [
    ("credits/credit-line", "审核发现，犯罪嫌疑人冒用民警陈某（警号：031562）的名义实施诈骗。"),
    ("credits/credit-line", "供稿单位应当对稿件内容的真实性负责。"),
    ("tools/wechat-widgets", "犯罪嫌疑人诱导受害人将诈骗群置顶，并以“星标客户”享受返利为名骗取钱财。"),
    ("tools/service-app-prompt", "群众可通过“交管12123”APP办理违法处理业务，足不出户即可完成。"),
    ("tools/service-app-prompt", "下载“国家反诈中心”APP，开启来电预警功能，可有效识别诈骗电话。"),
    ("footer/emergency-hotline-banner", "接到96110预警劝阻专线来电，请务必接听。"),
    ("footer/emergency-hotline-banner", "如遇诈骗，请立即拨打110报警。"),
    ("footer/emergency-hotline-banner", "聋哑人可发送短信至12110报警，公安机关将及时处置。"),
    ("footer/emergency-hotline-banner", "城东派出所值班电话：0778-2201110"),
    ("footer/emergency-hotline-banner", "110报警服务台共接报各类警情682起"),
    ("footer/emergency-hotline-banner", "6月4日，城关派出所接110报警称，一辆电动自行车被盗。"),
]


(test_police_page_chrome_is_caught,
 test_body_words_of_police_page_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


POLICE_PAGE = """平安沅陵
置顶星标，第一时间获取警情资讯
关于春节期间城区部分路段实施临时交通管制的通告
　　为保障春节期间城区道路交通安全，现决定对以下路段实施临时交通管制：
　　1.人民路（解放路口至沅江大桥）；
　　2.建设路（火车站至客运站）。
　　管制期间，群众可通过“交管12123”APP查询实时路况，足不出户办理相关业务。
　　如遇紧急情况，请拨打110报警，聋哑人可发送短信至12110报警。
沅陵县公安局交通警察大队
2025年1月20日
编辑：向敏
审核：舒建华（警号：072315）
交管12123 APP 违法处理、车驾管业务 掌上办
报警电话：110　短信报警：12110　交通事故报警：122
"""


def test_a_police_notice_keeps_its_list_and_its_sentences_on_alarm_numbers() -> None:
    """A whole police page: the pin prompt, the credits with a badge number,
    the app's tagline and the alarm banner go; the road list stays one item
    to a line and the notice's own sentences on the app and on 110 and 12110
    stay."""
    doc = clean(POLICE_PAGE)
    text = doc.text
    body = [line.strip() for line in POLICE_PAGE.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    assert "沅陵县公安局交通警察大队" in text
    for chrome in ("置顶星标", "向敏", "舒建华", "072315", "违法处理、车驾管业务", "交通事故报警：122"):
        assert chrome not in text, chrome
    assert "；\n" in text  # the two road lines are not run together
    assert doc.metadata.get("title") == "关于春节期间城区部分路段实施临时交通管制的通告"


TAIWAN_PAGE = """新北市政府警察局
首頁 | 最新消息 | 便民服務 | 交通資訊
最新消息 > 防詐宣導
慎防假冒檢警詐騙　警方呼籲民眾提高警覺
發布日期：2025-03-05
新北市政府警察局近期受理多起假冒檢警詐騙案件，歹徒佯稱民眾涉及洗錢案，要求將存款匯至「監管帳戶」。
警方呼籲，檢警不會以電話要求民眾匯款或交付存摺，如有疑問，請撥打165反詐騙諮詢專線或110報案。
置頂星標，掌握最新防詐資訊
審核｜林文雄（警號：051234）
165反詐騙諮詢專線｜110報案專線
"""


def test_a_traditional_police_page_loses_the_same_chrome() -> None:
    """The same chrome in Traditional script (converted before the rules read
    it): the pin prompt, the credit with a badge number and the numbers-first
    banner go; the sentence that tells to call 165 or 110 stays."""
    doc = clean(TAIWAN_PAGE)
    text = doc.text
    assert "请拨打165反诈骗咨询专线或110报案。" in text
    assert "要求将存款汇至" in text
    for chrome in ("置顶星标", "林文雄", "051234", "110报案专线"):
        assert chrome not in text, chrome
    assert doc.metadata.get("date") == "2025-03-05"
