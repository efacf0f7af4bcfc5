"""Chrome written in full-width digits and letters (old CMSs, text pasted
from word processors): the block filter reads ``ＩＣＰ备`` as ``ICP备`` and
``２０２５-０３-０６`` as a date, and the text keeps the characters it had."""

from __future__ import annotations

import pytest

from govtext import clean

PAGE = """澄江县人力资源和社会保障局
首页　机构概况　政务公开　办事服务　互动交流
当前位置：首页 > 通知公告
关于开展２０２５年度职业技能等级认定的通知
發布日期：１１４-０３-０６　來源：縣勞工處
文章ＩＤ：２０２５０３０６Ａ０６ＫＱ８００
　　各有关单位：根据省人社厅有关文件精神，现将２０２５年度职业技能等级认定工作有关事项通知如下。
　　一、认定对象为本县范围内从事相关职业的劳动者，报名时间为３月１０日至３月３１日。
　　二、报名咨询电话：０８７７-６６１２３４５，工作日上午９时至下午５时。
附件：认定报名表（ＰＤＦ，１２８ＫＢ）
下载掌上澄江ＡＰＰ
澄江县人民政府办公室主办　联系电话：０８７７-６６１２３０８　滇ＩＣＰ备０５００１２３４号
"""


@pytest.fixture(scope="module")
def cleaned() -> tuple[str, dict[str, object]]:
    doc = clean(PAGE)
    return doc.text, dict(doc.metadata)


def test_full_width_footer_and_counters_go(cleaned: tuple[str, dict[str, object]]) -> None:
    text, _ = cleaned
    assert "ＩＣＰ备" not in text and "ＫＱ８００" not in text and "ＡＰＰ" not in text


def test_full_width_body_digits_stay_as_written(cleaned: tuple[str, dict[str, object]]) -> None:
    text, _ = cleaned
    assert "现将２０２５年度职业技能等级认定工作有关事项通知如下。" in text
    assert "报名咨询电话：０８７７-６６１２３４５，工作日上午９时至下午５时。" in text


def test_full_width_date_is_read(cleaned: tuple[str, dict[str, object]]) -> None:
    _, meta = cleaned
    assert meta["date"] == "2025-03-06"  # year 114 of the Republic, as a Taiwan site writes it
    assert meta["title"] == "关于开展２０２５年度职业技能等级认定的通知"  # as the text has it


def test_the_rules_alone_do_not_read_full_width_letters() -> None:
    """What the tests above check needs the reading: no shipped rule takes the
    footer line as written, and one takes it as read."""
    from govtext.blocks.rules import load_rules

    icp = "滇ＩＣＰ备０５００１２３４号"
    read = "滇ICP备05001234号"
    rules = load_rules().rules
    assert not any(r.may_match(icp) and r.match(icp) for r in rules)
    assert any(r.may_match(read) and r.match(read) for r in rules)


ROW_PAGE = """花東縣政府社會處
回首頁 • 網站導覽 • 常見問答 • English • RSS
關於本處 • 社會救助 • 身心障礙福利 • 老人福利
縣府推動高齡者共餐據點　今年再增設12處
發布日期：２０２５－０６－１１　１０：２３
　　縣府社會處今天表示，今年將再增設12處高齡者共餐據點，由阿美族耆老古拉斯·馬亨亨協助部落據點規劃。
　　社會處長指出，共餐據點結合健康促進、關懷訪視與電話問安三項服務，每週至少開辦兩天。
列印 • 關閉 • 轉發
"""


def test_rows_set_apart_by_spaced_bullets_go_and_names_keep_their_dot() -> None:
    doc = clean(ROW_PAGE)
    assert "网站导览" not in doc.text and "社会救助" not in doc.text and "转发" not in doc.text
    assert "古拉斯·马亨亨" in doc.text
    assert doc.metadata["date"] == "2025-06-11"


def test_a_dot_between_a_name_and_its_tagline_is_read_as_written() -> None:
    from govtext.blocks._reading import _as_read

    assert _as_read("青年之声 · 有事找团") == "青年之声 · 有事找团"
    assert _as_read("回首頁 • 網站導覽 • English") == "回首頁 | 網站導覽 | English"
    assert _as_read("发布时间：２０２５．３．６　１０：２３") == "发布时间：2025.3.6　10:23"


WIDE_PAGE = """首页    |    关注作者
澄江县医疗保障局
一图读懂：2025年城乡居民医保缴费指南
发布时间：2025-09-12    |    来源：县医保局
　　2025年度城乡居民基本医疗保险集中缴费期为9月1日至12月31日，个人缴费标准为每人每年400元。
　　参保人可通过手机银行、税务APP或到村（社区）代收点缴费，缴费后次年1月1日起享受待遇。
分享到：    |    微信    |    微博
【打印本页】    |    【关闭窗口】
"""


def test_rows_with_wide_gaps_beside_their_bars_go() -> None:
    """Three or more spaces beside a bar are read as two (the rules allow two)."""
    doc = clean(WIDE_PAGE)
    assert "关注作者" not in doc.text and "关闭窗口" not in doc.text and "微博" not in doc.text
    assert doc.metadata["title"] == "一图读懂：2025年城乡居民医保缴费指南"
    assert "个人缴费标准为每人每年400元。" in doc.text


def test_wide_gaps_without_a_bar_are_read_as_written() -> None:
    """Rules take wide gaps with no bar as the separators of a space-set row."""
    from govtext.blocks._reading import _as_read

    assert _as_read("路况播报: 某路封闭   某大道车流正常") == "路况播报: 某路封闭   某大道车流正常"
    assert _as_read("首页　　　|　　　关注作者") == "首页　　|　　关注作者"
