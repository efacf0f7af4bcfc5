"""Chrome of policy interpretation pages (政策解读: text, picture, Q&A, expert and
media readings; held-out pages h890-h899): each rule catches lines worded otherwise
than the pages it was written for (other departments, other readings, other
credits), and leaves alone the sentences of a policy on interpretation work that
use the same words (gov_101)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # the links to the other readings of the same document, and their header
    ("related/labelled-link", "其他解读：一图读懂我区义务教育招生入学政策"),
    ("related/labelled-link", "更多解读： 专家谈新型城镇化实施方案"),
    ("related/labelled-link", "关联解读"),
    ("related/labelled-link", "【关联解读】"),
    ("related/labelled-link", "[其他解读]"),
    ("related/labelled-link", "▍更多解读"),
    # the link to the document interpreted, above the text
    ("label-table/interpretation-file-link", "关联文件：市人民政府关于印发《临港片区产业发展规划》的通知"),
    ("label-table/interpretation-file-link", "相关文件：《关于促进家政服务业提质扩容的实施意见》"),
    ("label-table/interpretation-file-link", "【文件原文】青政办发〔2025〕3号"),
    # the caption of the video reading's QR code
    ("tools/share", "扫码看视频解读"),
    ("tools/share", "手机扫码观看动画解读"),
    ("tools/share", "扫描二维码收看直播回放"),
    ("tools/share", "微信扫码听音频解读 >>"),
    # the credits of a picture reading
    ("credits/credit-line", "插画：林小满"),
    ("credits/credit-line", "制图：王帆　审核：赵一鸣"),
    ("credits/credit-line", "图文设计：区医疗保障局宣传科"),
    ("credits/credit-line", "手绘：陈晓 | 编辑：周敏"),
    ("credits/credit-line", "策划：刘思远　插图：何苗"),
]

KEPT: list[tuple[str, str]] = [
    ("related/labelled-link", "政策文件页面应当设置关联解读链接，做到双向链接。"),
    ("related/labelled-link", "其他解读形式由起草部门根据需要确定。"),
    ("related/labelled-link", "更多解读材料将在市政府网站陆续发布。"),
    ("label-table/interpretation-file-link", "相关文件已经失效的，不得继续作为解读依据。"),
    ("label-table/interpretation-file-link", "关联文件的标题和发布日期应当一并显示。"),
    ("tools/share", "群众扫码看视频解读时，页面应当显示关联文件的标题。"),
    ("tools/share", "扫码看病更方便，全市已有68家医院开通。"),
    ("tools/share", "扫码看视频解读的群众比去年增加了一倍"),
    ("credits/credit-line", "插画作品展将于5月在市美术馆开幕。"),
    ("credits/credit-line", "制图比例尺应当不小于一比二千。"),
    ("credits/credit-line", "手绘地图已在各景区游客中心免费发放。"),
    ("credits/credit-line", "图文设计、插画和制图应当简洁明了，数据应当与政策原文一致。"),
]


(test_policy_interpretation_chrome_is_caught,
 test_body_words_of_policy_interpretation_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


LAZY_PACK = """網站導覽 | 回首頁 | English
澎原縣政府衛生局
首頁 > 衛教懶人包 > 預防接種
公費流感疫苗接種3步驟
發布日期:114-10-01 | 發布單位:疾病管制科 | 點閱次數:1204
誰可以打?
滿6個月以上幼兒、65歲以上長者及醫事人員等9類對象。
步驟1 攜帶健保卡
到合約院所掛號,由醫師評估是否適合接種。
步驟2 接種後觀察30分鐘
如有發燒或紅腫,請就醫並告知醫師接種紀錄。
插畫:小島設計 | 圖文設計:衛生局企劃科
關聯解讀
其他解讀:一圖看懂公費疫苗接種對象
友善列印 | 回上一頁
澎原縣政府衛生局 地址:88001澎原縣馬公市中正路115號
"""


def test_a_traditional_lazy_pack_keeps_its_short_lines_and_drops_credits_and_related_readings() -> None:
    """A Taiwan 懶人包 of another county: the picture's short lines are its text
    and stay; its credits, the related readings' header and link go."""
    doc = clean(LAZY_PACK)
    text = doc.text
    for body in ("誰可以打", "滿6個月以上幼兒", "步驟1 攜帶健保卡", "到合約院所掛號", "步驟2 接種後觀察30分鐘",
                 "如有發燒或紅腫"):
        assert clean(body).text.strip() in text, body
    for chrome in ("插画", "图文设计", "关联解读", "其他解读"):
        assert chrome not in text, chrome
    assert doc.metadata.get("title") == "公费流感疫苗接种3步骤"
    assert doc.metadata.get("date") == "2025-10-01"
