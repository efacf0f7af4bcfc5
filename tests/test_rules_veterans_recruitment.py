"""Chrome of veterans affairs bureaus', recruitment offices' and memorials' pages
(held-out pages h1250-h1259): each rule catches lines worded otherwise than the
pages it was written for (other sites, other hotlines, Traditional script,
half-width punctuation), and leaves alone the body sentences that use the same
words (a notice on the hotline's hours, on a memorial's opening hours, on where to
register for conscription, on an online memorial's figures)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a people's-services hotline banner with its hours spelled out and the 12345 便民热线 beside it
    ("footer/national-hotline-banner", "退役军人服务热线 12394（工作日 8:30-12:00 14:30-17:30）　　政务服务便民热线 12345"),
    ("footer/national-hotline-banner", "全国退役军人服务热线：12394（周一至周五 9:00-12:00，13:30-17:30）"),
    ("footer/national-hotline-banner", "政务服务便民热线：12345　|　民政服务热线：12349"),
    ("footer/national-hotline-banner", "退役军人服务热线:12394  |  汾城市融媒体中心主办"),
    ("footer/national-hotline-banner", "残疾人服务热线：12385　｜　长辈版　｜　无障碍"),
    # a service site's name with its address, maybe with its entry button
    ("tools/service-site-link", "全国征兵网  www.gfbzb.gov.cn  |  应征报名入口 >>"),
    ("tools/service-site-link", "全国征兵网:https://www.gfbzb.gov.cn"),
    ("tools/service-site-link", "国家政务服务平台（gjzwfw.www.gov.cn）"),
    ("tools/service-site-link", "学信网 https://www.chsi.com.cn ｜ 学历查询入口"),
    ("tools/service-site-link", "退役军人事务部网站 www.mva.gov.cn"),
    ("tools/service-site-link", "国家政务服务平台：https://gjzwfw.www.gov.cn"),  # a Traditional page once converted
    # a memorial's, museum's or park's opening hours with its closing day or last entry
    ("tools/venue-hours-banner", "开放时间：8:30-17:00（16:30停止入园）　每周一闭园（节假日除外）"),
    ("tools/venue-hours-banner", "开馆时间：周二至周日 9:00-17:00　周一闭馆"),
    ("tools/venue-hours-banner", "参观时间 09:00—16:30（16:00停止入馆），逢周一休馆"),
    ("tools/venue-hours-banner", "陵园开放时间:夏季7:30-18:00 冬季8:00-17:30 17:00停止入园"),
    ("tools/venue-hours-banner", "开放时间：9:00-17:00（16:30停止入馆）　周一休馆"),  # a Traditional page once converted
    # an online memorial's tribute counts in brackets
    ("counters/reactions", "网上祭扫：献花（12,306）　敬酒（4,519）　点烛（8,870）　寄语（1,203）"),
    ("counters/reactions", "献花(326)  鞠躬(128)  留言"),
    ("counters/reactions", "云祭扫　点烛（2,015）　致敬（3,370）"),
    # a disclosure label table's 信息索引 row
    ("label-table/disclosure-labels", "信息索引：11440000MB2C90123X/2025-00218　　分　　类：优抚褒扬"),
    ("label-table/disclosure-labels", "信息索引 000014349/2026-00031"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/national-hotline-banner", "　　各地要确保退役军人服务热线12394工作日8:30-12:00、14:30-17:30有人接听，非工作时间由12345政务服务便民热线转接受理。"),
    ("footer/national-hotline-banner", "咨询电话：0736-7212018（县征兵办）"),
    ("footer/national-hotline-banner", "请拨打12345政务服务便民热线反映。"),
    ("tools/service-site-link", "报名网址：全国征兵网（www.gfbzb.gov.cn）"),
    ("tools/service-site-link", "男性青年登录全国征兵网（www.gfbzb.gov.cn）进行兵役登记。"),
    ("tools/service-site-link", "通过“退役军人之家”小程序或省政务服务网提交申请"),
    ("tools/venue-hours-banner", "　　开放时间原则上为8:30至17:00，16:30停止入园，每周一闭园，法定节假日照常开放。"),
    ("tools/venue-hours-banner", "　　一、开放时间。3月28日至4月6日，陵园每日开放时间为7:30至18:00，其间不闭园。"),
    ("tools/venue-hours-banner", "开放时间：9:00-17:00"),
    ("counters/reactions", "　　清明期间，群众献花1200余束，网上寄语3000余条。"),
    ("counters/reactions", "平台可按月公布献花（次）、寄语（条）等汇总数据。"),
    ("label-table/disclosure-labels", "　　相关文件按信息索引号归档并主动公开。"),
]


test_rule_catches_other_wordings, test_rule_keeps_body_sentences = rule_line_tests(CAUGHT, KEPT)


def test_exclamation_headline_under_related_header_is_a_link() -> None:
    """A link's headline that ends with an exclamation under a related-links header
    goes with the list; a body's closing exclamation above no such header stays."""
    page = ("今日宁溪\n拥军优属暖人心\n"
            "　　春节前夕，县领导走访慰问驻县部队官兵和重点优抚对象，送去节日祝福和慰问金。\n"
            "　　下一步，我县将持续深化双拥模范县创建，落实好军人军属优待政策。\n"
            "往期推荐\n宁溪首批“兵妈妈”拥军志愿服务队成立\n@应征青年，2026年征兵报名开始啦！\n")
    text = clean(page).text
    assert "报名开始啦" not in text and "兵妈妈" not in text
    assert "落实好军人军属优待政策" in text
    kept = clean("　　春节前夕，县领导走访慰问驻县部队官兵和重点优抚对象，送去节日祝福和慰问金。\n"
                 "　　军民团结一家亲，双拥共建谱新篇！\n").text
    assert "双拥共建谱新篇！" in kept


def test_short_traditional_piece_between_punctuation_is_not_read_as_gbk() -> None:
    """A quoted four-character piece of correct Traditional text (``“應掛盡掛、掛必莊重”``)
    is not taken for GBK read as Big5 (``莱本荷本``): the run around it reads as it is,
    and the piece holds no character that neither codec's text has."""
    line = "今年以來，該區堅持“應掛盡掛、掛必莊重”，對光榮牌破損、褪色的及時更換。"
    doc = clean(line)
    assert "应挂尽挂" in doc.text and "莱本荷本" not in doc.text
    garbled = "发展改革委员会关于加快推进重点项目建设的通知".encode().decode("gbk", "replace")
    assert "发展改革委员会关于加快推进重点项目建设的通知" in clean(garbled).text
