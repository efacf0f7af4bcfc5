"""Chrome of ordinary government portal articles from CMS families the cases
had not seen (held-out pages h810-h819): each rule catches lines worded
otherwise than the pages it was written for (other portals, Traditional
script, half-width colons), and leaves alone the body sentences that use the
same words (a notice on elder-mode pages, on policy interpretations, on press
conferences). The rules read the Simplified text the pipeline hands them; the
Traditional pages are checked whole (the last test, h813, h814, h817)."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/accessibility-bar", "长辈模式已开启　点击退出"),
    ("tools/accessibility-bar", "关怀模式已开启 | 退出"),
    ("tools/accessibility-bar", "长者版已切换　点此退出"),
    ("tools/accessibility-bar", "长辈版 | 无障碍 | 读屏专用"),
    ("tools/accessibility-bar", "语音朗读　暂停　停止"),
    ("tools/accessibility-bar", "全文朗读 | 暂停 | 继续"),
    ("tools/accessibility-bar", "朗读本文　停止"),
    ("tools/accessibility-bar", "老年模式已开启　退出"),
    ("tools/scan-to-read-sentence", "扫码在手机上查看"),
    ("tools/scan-to-read-sentence", "扫一扫，在手机上查看本文"),
    ("label-table/interpretation-header", "解读机构：市发展和改革委员会　　解读人：王振宇"),
    ("label-table/interpretation-header", "解读单位:县财政局  解读专家:刘敏"),
    ("label-table/interpretation-header", "文件链接：《关于支持民营企业发展的若干措施》"),
    ("label-table/interpretation-header", "原文链接：http://www.example.gov.cn/art/2025/6/3/art_1.html"),
    ("label-table/interpretation-header", "政策原文：《临川市促进消费十条措施》"),
    ("label-table/interpretation-header", "【解读部门】：市经济发展局"),
    ("label-table/interpretation-header", "【解读机构】市经济发展局　【解读人】刘敏"),
    ("credits/press-contact", "新闻联络人：空气品质科 张志明科长"),
    ("credits/press-contact", "媒体联系人:办公室 刘洋 13800000000"),
    ("credits/press-contact", "新闻联络人：都市发展局 陈科长 06-2991111"),
    ("credits/press-contact", "新闻稿联络窗口：秘书处 王小姐"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/accessibility-bar", "各级政府网站应提供长辈模式，长辈模式已开启的页面应当放大字号。"),
    ("tools/accessibility-bar", "语音朗读功能应支持暂停、停止和继续播放。"),
    ("tools/accessibility-bar", "朗读比赛于5月20日在县文化馆举行"),
    ("tools/scan-to-read-sentence", "群众扫码在手机上查看办事指南，减少跑腿次数。"),
    ("label-table/interpretation-header", "解读人接受媒体采访时，应当与文件精神保持一致。"),
    ("label-table/interpretation-header", "政策解读稿件应当明确解读机构和解读人。"),
    ("label-table/interpretation-header", "解读页面应设置文件链接，便于公众查阅政策原文。"),
    ("label-table/interpretation-header", "【解读】一图读懂民营经济20条"),
    ("credits/press-contact", "各部门召开新闻发布会的，应当指定新闻联络人，负责与媒体沟通联系。"),
    ("credits/press-contact", "联系人：李明，联系电话：0571-87051234转8023。"),
    ("credits/press-contact", "新闻联络员培训班在市委党校开班"),
]


(test_portal_chrome_variants_are_caught,
 test_body_words_of_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("line", "source"), [
    ("發稿單位:環境保護局", "環境保護局"),
    ("发稿单位：市公安局", "市公安局"),
    ("发稿部门：区融媒体中心　　发稿日期：2025-03-05", "区融媒体中心"),
])
def test_a_press_release_issuing_office_is_the_source(line: str, source: str) -> None:
    m = parse_meta_line(line)
    assert m is not None and m.fields.get("source") == source


BODY = ("　　3月11日下午，桐溪镇召开森林防灭火工作部署会，镇党委书记出席会议并讲话，各村党组织书记和护林员队长参加会议。\n"
        "　　会议要求，各村要在主要进山路口设置检查卡点，严防火种进山，确保不发生重大森林火灾。\n")


@pytest.mark.parametrize("widget", [
    "欢迎访问临江市人力资源和社会保障局官方网站　今天是2025年3月21日 星期五",
    "您好，欢迎来到青溪县人民政府网站！今天是：2025年03月21日",
])
def test_a_welcome_line_gives_neither_the_date_nor_the_source(widget: str) -> None:
    """The welcome line's date is the day the page was viewed and the name it
    welcomes to is the site's: the meta row below gives both."""
    page = widget + "\n桐溪镇召开森林防灭火工作部署会\n发布机构：桐溪镇人民政府　　发布日期：2025年03月20日\n" + BODY
    meta = clean(page).metadata
    assert meta.get("date") == "2025-03-20"
    assert meta.get("source") != widget and "欢迎" not in str(meta.get("source"))


def test_a_welcome_line_still_dates_a_page_nothing_else_dates() -> None:
    page = "欢迎访问青溪县人民政府网站　今天是2025年3月21日 星期五\n桐溪镇召开森林防灭火工作部署会\n" + BODY
    assert clean(page).metadata.get("date") == "2025-03-21"


SIDEBAR = ("桐溪镇召开森林防灭火工作部署会\n作者:李文杰　　来源:桐溪镇党政办　　时间:2025-03-12　　浏览:1023次\n"
           "{header}\n1.桐溪镇2025年春季征兵工作圆满完成\n2.关于桐溪镇农村宅基地审批办理流程的公告\n"
           "3.桐溪镇开展学雷锋志愿服务活动\n" + BODY)


@pytest.mark.parametrize("header", ["热点排行", "阅读排行", "相关阅读", "點閱排行"])
def test_a_sidebar_list_between_the_meta_row_and_the_text_goes(header: str) -> None:
    text = clean(SIDEBAR.format(header=header)).text
    assert "征兵工作圆满完成" not in text and "宅基地审批" not in text
    assert "森林防灭火工作部署会，镇党委书记" in text and "严防火种进山" in text


def test_numbered_headings_under_a_column_name_above_the_text_stay() -> None:
    """Without a meta row above, a column's name and numbered lines stay: they
    may be the article's own outline."""
    page = ("桐溪镇召开森林防灭火工作部署会\n热点\n1.压实责任\n2.严防火源\n" + BODY)
    text = clean(page).text
    assert "压实责任" in text and "严防火源" in text


def test_a_press_contacts_telephone_under_it_goes_and_a_notices_own_contact_stays() -> None:
    page = ("港都市政府環境保護局\n清明祭祖減少燃燒紙錢 環保局推廣以功代金\n發稿日期:2025/03/05\n發稿單位:環境保護局\n"
            "清明節將至，環境保護局呼籲市民祭祖時減少燃燒紙錢，改以「以功代金」等方式表達追思，共同維護空氣品質。\n"
            "環保局表示，民眾可將紙錢交由清潔隊統一送至焚化廠處理，如有疑問請洽本局空氣品質科。\n"
            "新聞聯絡人:空氣品質科 張志明科長\n聯絡電話:(07)731-5200 分機 2301\n友善列印 | 回上頁 | 回首頁\n"
            "Copyright © 港都市政府環境保護局 All Rights Reserved.\n")
    doc = clean(page)
    assert "张志明" not in doc.text and "731-5200" not in doc.text
    assert doc.metadata.get("source") == "环境保护局"
    notice = ("关于开展2025年度职业技能等级认定工作的通知\n发布日期：2025-03-20\n"
              "　　企业于2025年4月30日前登录服务平台提交备案申请，经县级人社部门初审后向社会公布备案结果。\n"
              "　　联系电话：0577-88216035 分机 203\n临江市人力资源和社会保障局\n2025年3月20日\n")
    assert "0577-88216035" in clean(notice).text
