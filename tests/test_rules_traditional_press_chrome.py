"""Chrome of Hong Kong, Macau and Taiwan press-release pages and of
Traditional-script industry portals (h230-h239), read after conversion to
Simplified script: the print and e-mail buttons (列印本頁　電郵本頁), a lone
上一頁 beside 返回頁首, a comment count on one row with its button, a font
switch spelled 文字大小：A A A, a gallery's picture counter (相關圖片 1/2), 列印 before the share
label (列印　分享：Facebook　LINE), a footer address after its postcode with
no label (100006臺北市中正區中華路一段83號　總機：…), a site's name and
tagline apart by a comma (中國水務網,水務行業第一門戶).
Each rule is tried on wordings other than those of the pages, and on body
sentences that use the same words."""

from __future__ import annotations

import pytest

from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/page-actions-bare", "打印本页 | 电邮本页"),
    ("tools/page-actions-bare", "转寄本页　回页首"),
    ("tools/page-actions-bare", "回到顶部 | 上一页"),
    ("tools/comments", "12条评论 · 发表评论"),
    ("tools/comments", "【3 条评论 | 写评论】"),
    ("tools/font-size", "字体大小 A A"),
    ("tools/font-size", "文字大小： A+ A A-"),
    ("tools/font-size", "【放大字号 | 缩小字号 | 默认字号】"),
    ("tools/media-controls", "组图 3/8"),
    ("tools/media-controls", "相关图片　2 / 5"),
    ("tools/share", "友善列印 | 分享：LINE　Facebook"),
    ("tools/share", "打印　分享：微信 微博"),
    ("footer/site-address", "640云林县斗六市云林路二段515号　电话：(05)552-2000"),
    ("footer/site-address", "310006杭州市上城区解放路138号 传真：0571-87051234"),
    ("slogan/site-tagline", "中国化工网，化工人的网上家园"),
    ("slogan/site-tagline", "环保在线,专业的环保行业资讯平台"),
    ("breadcrumb/press-section-name", "本署新闻"),
    ("breadcrumb/press-section-name", "【新闻稿】"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/page-actions-bare", "市民可登入网站后列印本页所载的申请表格。"),
    ("tools/page-actions-bare", "上一页所列的十项措施已于三月起实施。"),
    ("tools/comments", "共收到12条评论意见，已逐条研究。"),
    ("tools/font-size", "文字大小应不小于三号字，并使用标准字体。"),
    ("tools/font-size", "放大字体缩小字体均可在浏览器设置中调整。"),
    ("tools/media-controls", "相关图片1/2张须于报名时一并提交。"),
    ("tools/share", "打印、分享：均可在政务服务网上完成。"),
    ("footer/site-address", "杭州市上城区解放路138号　电话：87001234"),
    ("slogan/site-tagline", "人民网，北京5月18日电"),
    ("slogan/site-tagline", "中国政府网，国务院新闻办公室今天举行发布会，介绍行业发展情况"),
    ("breadcrumb/press-section-name", "新闻公报发布后，各区迅速组织学习。"),
]


(test_press_release_chrome_is_caught,
 test_body_sentences_with_the_same_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize("row", ["首页 新闻公报 新闻稿存档 English", "主页 政府资讯 公共服务 Português RSS"])
def test_a_nav_row_whose_ideographic_spaces_nfkc_made_single_is_a_row(row: str) -> None:
    from govtext.blocks.shape import nav_items

    assert nav_items(row) == row.split()


@pytest.mark.parametrize("line", ["苹果 发布 新款 iPhone", "今日新闻 English 简体 Login"])
def test_han_words_beside_other_latin_words_are_no_row(line: str) -> None:
    from govtext.blocks.shape import nav_items

    assert nav_items(line) is None
