"""Chrome in Taiwan wording, as a mirror that converts with OpenCC ``s2twp``
writes it (then converted back to Simplified script by the pipeline): the
rules' gates learn the words their patterns were widened with, and the
classifier's own word lists hold them too. And chrome set apart by 丨 (a
radical pages use as a bar) where a rule was written with the bar ｜."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.rules import parse_rules
from tests.rule_lines import assert_caught


def test_a_rule_gate_learns_the_regional_words_of_its_pattern() -> None:
    rules = parse_rules({"version": 1, "family": [{"name": "tools", "label": "navigation", "rule": [
        {"id": "print", "pattern": "^打印本页$", "requires": ["打印"], "reason": "print link"}]}]})
    rule = rules.get("tools/print")
    assert rule.may_match("列印本页") and rule.match("列印本页") is not None
    assert not rule.may_match("本页") and rule.match("打印") is None


CAUGHT: list[tuple[str, str]] = [
    ("procurement/login-gated-action", "立即报价（需登入）　　下载报价单模板"),
    ("tools/icon-alt-text", "[图示：暴雨橙色预警]"),
    ("slogan/letterhead", "临澧市人民政府办公室档案"),
    ("slogan/letterhead", "渠南镇人民政府档案"),
    ("tools/page-actions-bare", "打印　丨　关闭"),
    ("tools/page-actions-bare", "首页　　丨　　关注作者"),
    ("english/tool-row", "中文　丨　English"),
    ("tools/subscribe-login-row", "会员登入　丨　订阅电子报"),
    ("footer/national-hotline-banner", "交通运输服务监督电话 12328　丨　无障碍阅读　丨　长者模式"),
]


@pytest.mark.parametrize(("rule_id", "line"), CAUGHT)
def test_taiwan_wording_chrome_is_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


def test_a_mirrored_page_loses_its_side_menu_account_and_letterhead() -> None:
    page = "\n".join([
        "青山縣人民政府辦公室檔案",
        "青政辦發〔2025〕3號",
        "青山縣人民政府辦公室關於印發農村人居環境整治方案的通知",
        "　　各鄉鎮人民政府，縣直各單位：現將《青山縣農村人居環境整治方案》印發給你們，請認真貫徹執行。",
        "機構職能",
        "領導資訊",
        "通知公告",
        "工作動態",
        "　　各鄉鎮要建立長效管護機制，每月開展一次評比，推動村莊環境持續改善。",
        "微訊號：qingshanfabu",
    ]) + "\n"
    out = clean(page)
    kept = out.text.splitlines()
    for gone in ("青山县人民政府办公室档案", "领导资讯", "机构职能"):
        assert gone not in kept, gone
    assert any(line.startswith("　　各乡镇要建立长效管护机制") for line in kept)
    assert out.metadata["title"] == "青山县人民政府办公室关于印发农村人居环境整治方案的通知"


def test_an_account_named_with_taiwan_wording_gives_the_source() -> None:
    page = "\n".join([
        "高標準農田建設讓“望天田”變成“豐產田”",
        "皖南釋出",
        "昨天 10:22 · 宣城市融媒體中心官方帳號",
        "　　初冬時節，宣州區水陽鎮的高標準農田裡，新修的機耕路平整寬闊，灌排渠道縱橫交錯。",
    ]) + "\n"
    out = clean(page)
    assert out.metadata.get("source") == "皖南释出"
    assert "皖南释出" not in out.text.splitlines()


def test_a_rule_written_with_the_full_width_bar_takes_the_radical_bar() -> None:
    rules = parse_rules({"version": 1, "family": [{"name": "tools", "label": "navigation", "rule": [
        {"id": "pair", "pattern": "^打印\\s{0,3}[|｜]\\s{0,3}关闭$", "requires": ["｜", "|"], "reason": "print, close"}]}]})
    rule = rules.get("tools/pair")
    for line in ("打印 | 关闭", "打印｜关闭", "打印　丨　关闭"):
        assert rule.may_match(line) and rule.match(line) is not None, line
    assert rule.match("打印丨丨关闭") is None
