"""Audit results, inspection feedback and rectification reports (held-out
pages h770-h779): a report's or a speech's speaker under its occasion line
is the document's own heading, not a byline; a notice's own channels for
supervision (联系电话, 邮政信箱) are its text while the site's contacts in the
footer go; ledger rows and numbered items are never run together."""

from __future__ import annotations

import pytest

from govtext import clean

_REPORT = "关于2024年度区级预算执行和其他财政收支的审计工作报告\n{occasion}\n{speaker}\n{salutation}\n" \
          "　　我受区人民政府委托，报告2024年度区级预算执行和其他财政收支的审计情况，请予审议。\n" \
          "　　审计结果表明，区级预算执行情况总体较好，但也发现一些需要整改的问题。\n"

SPEAKERS: list[tuple[str, str, str]] = [
    ("——2025年7月22日在柳溪区第五届人民代表大会常务委员会第二十六次会议上", "区审计局局长　周海燕", "主任、各位副主任、各位委员："),
    ("—— 2025年7月22日在市十六届人大常委会第二十次会议上", "市审计局局长 韦立恒", "主任、各位副主任、秘书长、各位委员："),
    ("（2025年1月9日在全區審計工作會議上的講話）", "區審計局局長　林志遠", "同志們："),
    ("(2024年12月17日在省十四届人大常委会第十三次会议上)", "省审计厅厅长　邵明远", "主任、各位副主任："),
    ("——在全县巡察整改工作推进会上的讲话", "县委副书记　陈立群", "同志们："),
]


@pytest.mark.parametrize(("occasion", "speaker", "salutation"), SPEAKERS)
def test_speaker_under_occasion_line_stays(occasion: str, speaker: str, salutation: str) -> None:
    """The office and name under a report's occasion line stays, and is no byline."""
    doc = clean(_REPORT.format(occasion=occasion, speaker=speaker, salutation=salutation))
    name = speaker.split()[-1].replace("遠", "远")  # the output is in Simplified script
    assert name in doc.text
    assert doc.metadata["author"] is None


def test_official_byline_under_date_line_still_goes() -> None:
    """An office and name under a news page's date line is still its byline."""
    page = ("丽阳新闻网\n首页 | 要闻 | 评论\n以审计整改实效推动高质量发展\n2024-05-06 08:30　来源：丽阳日报\n"
            "丽阳市审计局局长　韦立恒\n"
            "　　审计整改是审计工作的“下半篇文章”。今年以来，全市各级各部门坚持揭示问题与推动整改并重，取得明显成效。\n"
            "　　下一步，我们将持续跟踪督促，确保问题整改到位。\n责任编辑：李明\n")
    doc = clean(page)
    assert doc.metadata["author"] == "韦立恒"
    assert "韦立恒" not in doc.text


def test_dated_sentence_above_a_byline_is_no_occasion() -> None:
    """A body sentence that ends in 上 is no occasion line: the byline under a date line still goes."""
    page = ("临湖新闻网\n首页 | 要闻 | 评论\n审计整改“回头看”见实效\n2024-06-03 09:00　来源：临湖日报\n"
            "临湖市审计局副局长　赵明轩\n"
            "　　2024年以来，市审计局把整改“回头看”摆在突出位置，推动问题整改到位。\n"
            "　　全市已整改问题金额3.6亿元，建立健全制度41项。\n")
    doc = clean(page)
    assert doc.metadata["author"] == "赵明轩"


_NOTICE = ("青岚县人民政府\n首页　政务公开　政务服务　互动交流\n首页 / 政务公开 / 巡察整改\n"
           "中共青岚县教育局党组关于巡察整改进展情况的通报\n发布日期：2024-12-05　　信息来源：县教育局\n"
           "　　根据县委巡察工作统一部署，县委第二巡察组对县教育局党组进行了常规巡察，并反馈了巡察意见。现将整改进展情况予以公布。\n"
           "　　一、整改工作开展情况\n"
           "　　局党组建立问题清单、任务清单、责任清单，逐项明确整改措施和完成时限。\n"
           "　　欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。\n"
           "{channels}"
           "中共青岚县教育局党组\n2024年12月4日\n【打印本页】【关闭本页】\n"
           "版权所有：青岚县人民政府　　主办：青岚县人民政府办公室\n"
           "网站联系电话：0736-5322001　　地址：青岚县楚江街道宝峰路1号　　湘ICP备13009231号\n")

CHANNELS: list[str] = [
    "　　联系电话：0736-5321099\n　　邮政信箱：青岚县邮政局第18号信箱\n　　电子邮箱：qljyj2024@163.com\n",
    "联系电话：0736-5321099（工作日8:30-17:30）\n邮政信箱：青岚县楚江街道文昌路6号县教育局办公室（邮编415300）\n",
    "　　反映渠道：电话0736-5321099，信箱：青岚县文昌路6号县教育局办公室。\n",
    "　　監督電話：0736-5321099　　郵政信箱：青嵐縣郵政局第18號信箱\n",
]


@pytest.mark.parametrize("channels", CHANNELS)
def test_notice_channels_stay_and_site_contacts_go(channels: str) -> None:
    """A rectification notice's channels for supervision are its text; the site's footer contacts go."""
    doc = clean(_NOTICE.format(channels=channels))
    assert "0736-5321099" in doc.text
    assert "5322001" not in doc.text and "版权所有" not in doc.text
    assert doc.metadata["date"] == "2024-12-05"


def test_ledger_rows_and_headings_stay_apart() -> None:
    """A rectification ledger's rows, flattened into lines, are never run together, nor a heading with its text."""
    rows = ["序号　反馈问题　整改措施　责任单位　完成时限　整改进展",
            "1　护林员选聘管理不规范，2名护林员长期不在岗　清退不在岗护林员　资源管理股　2024年10月　已完成",
            "2　森林植被恢复费使用不规范，涉及资金38.6万元　重新履行审批程序　计划财务股　2024年11月",
            "3　公务用车管理不严　追回违规报销费用1.24万元　办公室　长期坚持　持续整改中"]
    page = ("中共青岚县林业局党组关于巡察整改进展情况的通报\n发布日期：2024-12-05\n"
            "　　二、巡察反馈问题整改落实情况\n"
            "　　县委巡察组反馈的4个方面16个具体问题，已完成整改13个，正在整改3个。主要整改事项如下：\n"
            + "\n".join(rows) + "\n　　三、下一步工作打算\n　　局党组将坚持目标不变、标准不降、力度不减，确保按时全部整改到位。\n")
    lines = clean(page).text.split("\n")
    for row in rows:
        assert row in lines
    assert "　　二、巡察反馈问题整改落实情况" in lines and "　　三、下一步工作打算" in lines
