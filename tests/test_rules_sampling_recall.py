"""Market-supervision sampling results and product recalls (held-out pages
h730-h739): the tables are the notice's data, so their rows stay whatever the
dates, slashes and serial numbers in them; a Japanese product name in kana on
an import food recall is no mojibake; a WeChat repost's account name above the
headline goes. Each behaviour is checked on wordings other than the pages'
(other products, Traditional script, half-width punctuation), and the lines it
must still take (real mojibake, real trails, the page's own date line) are
checked beside them."""

from __future__ import annotations

import re

import pytest
from opencc import OpenCC

from govtext import clean
from govtext.decoding.mojibake import repair_text

HEAD = ["临川市市场监督管理局", "首页 | 政务公开 | 食品安全 | 抽检信息",
        "临川市市场监督管理局关于5批次食品不合格情况的通告",
        "发布时间：2025-05-06　来源：食品安全抽检监测科",
        "　　近期，我局组织抽检食品180批次，其中不合格5批次，现将有关情况通告如下："]
_T2S = OpenCC("t2s")
FOOT = ["【打印本页】【关闭窗口】", "主办单位：临川市市场监督管理局　备案号：赣ICP备12345678号"]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _page(lines: list[str]) -> str:
    return "\n".join(HEAD + lines + FOOT) + "\n"


KANA_NAMES = [
    "品牌：カルビー",
    "品牌: もぐもぐ",
    "產品名稱：ポッキー（Pocky）",
    "商品名称：じゃがりこ サラダ味",
    "もぐもぐ米餅",
    "品名：ミルクチョコレート 40克",
    "ポッキー 2箱",
]


@pytest.mark.parametrize("line", KANA_NAMES)
def test_japanese_name_in_kana_is_no_mojibake(line: str) -> None:
    assert repair_text(line) == line


def test_japanese_name_survives_a_recall_page() -> None:
    lines = ["產品名稱：嬰幼兒米餅", "品牌：もぐもぐ", "原產地：日本"]
    out = clean(_page(lines)).text
    assert "品牌：もぐもぐ" in out


@pytest.mark.parametrize(("garbled", "fixed"), [
    ("カチpΤ好拜叫璓筿琩高", "疑問請致電"),  # Big5 read as GBK: kana among rare hanzi and trail-byte ASCII
    ("セそq玻珇l^そipU", "產品"),  # kana glued to the ASCII a Big5 second byte becomes
])
def test_big5_read_as_gbk_is_still_repaired(garbled: str, fixed: str) -> None:
    assert fixed in repair_text(garbled)


TABLE_ROWS = [
    ["序号 样品名称 生产日期 不合格项目", "1 韭菜 2025-03-01 腐霉利", "2 鸡蛋 2025-03-04 恩诺沙星"],
    ["序号\t食品名称\t购进日期\t不合格项目", "1\t芹菜\t2025-03-18\t毒死蜱", "2\t豇豆\t2025-03-20\t灭蝇胺"],
    ["1、青菜  2025年3月1日  毒死蜱  0.3mg/kg", "2、豆芽  2025年3月2日  4-氯苯氧乙酸钠  0.05mg/kg"],
    ["序號\t產品名稱\t製造日期\t檢出項目", "1\t芒果乾\t2024/12/03\t二氧化硫", "2\t蘿蔔糕\t2025/01/06\t己二烯酸"],
    ["样品名称\t生产日期\t不合格项目", "香肠\t2025/02/11\t亚硝酸盐", "腊肉\t2025/02/15\t过氧化值"],
]


@pytest.mark.parametrize("rows", TABLE_ROWS)
def test_table_rows_with_dates_stay_and_do_not_date_the_page(rows: list[str]) -> None:
    doc = clean(_page(rows))
    out = _flat(doc.text)
    for row in rows:
        assert _flat(_T2S.convert(row)) in out, row
    assert doc.metadata["date"] == "2025-05-06"
    assert "发布时间" not in doc.text  # the page's own date line still goes


@pytest.mark.parametrize("line", [
    "生产日期/批号：2024-12-20/20241220",
    "规格/型号:10000mAh/XY-P10K",
    "製造日期/批號：2024/12/03/A1203",
    "抽样日期/检验日期：2025-03-11/2025-03-18",
])
def test_field_of_figures_with_slashes_is_no_trail(line: str) -> None:
    out = _flat(clean(_page(["检验机构：临川市食品检验检测中心", line])).text)
    assert _flat(line)[-8:] in out


@pytest.mark.parametrize("trail", ["首页 / 食品安全 / 抽检信息", "当前位置：首页/政务公开/抽检公告"])
def test_real_trail_with_slashes_still_goes(trail: str) -> None:
    page = "\n".join([*HEAD[:2], trail, *HEAD[2:], "　　不合格产品已下架。", *FOOT]) + "\n"
    assert _flat(trail) not in _flat(clean(page).text)


def test_wechat_account_above_headline_goes() -> None:
    page = "\n".join([
        "临川市场监管",
        "临川市2025年第3期食品安全抽检信息公示",
        "原创 临川市场监管 临川市场监管 2025年05月06日 18:02 江西",
        "近期，临川市场监管部门组织抽检食品96批次，合格95批次，不合格1批次。",
        "对不合格食品，已责令经营者下架并立案调查。",
        "预览时标签不可点",
    ]) + "\n"
    doc = clean(page)
    lines = [line.strip() for line in doc.text.split("\n")]
    assert "临川市场监管" not in lines
    assert "临川市2025年第3期食品安全抽检信息公示" in lines
    assert any(line.startswith("近期，临川市场监管部门") for line in lines)  # the name in a sentence stays
