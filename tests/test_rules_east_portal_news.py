"""Chrome of east-coast city and district portals' news pages (held-out pages
h1010-h1019): each rule catches lines worded otherwise than the pages it was
written for (other sites, other account kinds, corner brackets and full-width
slashes, half-width punctuation; a Traditional page reaches the rules
converted), and leaves alone the body sentences that use the same words (a
notice on a portal's accounts, a caption's own credit, a report's byline
inside a sentence)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/account-row", "“宁澄发布”政务微信　“宁澄发布”政务微博　“浙里办”宁澄专区"),
    ("tools/account-row", "临湖发布微信公众号 | 临湖发布抖音号 | 临湖融媒视频号"),
    ("tools/account-row", "\"爱山东\"APP烟澜分厅 | 烟澜发布政务微博"),
    ("tools/account-row", "金坛区人民政府客户端　金坛发布小程序"),
    ("tools/account-row", "扫码关注：海澄发布官方微信　海澄发布官方微博"),
    ("tools/account-row", "「闽溪发布」微信公众号　「闽溪发布」微博"),
    ("tools/account-row", "“随申办”浦澄旗舰店 / “浦澄发布”头条号"),
    ("credits/name-first-credit", "（郑丽华　文/图）"),
    ("credits/name-first-credit", "(赵蕾 文/摄)"),
    ("credits/name-first-credit", "（记者 王浩 李敏 报道）"),
    ("credits/name-first-credit", "通讯员 林晓 黄思远 报道"),
    ("credits/name-first-credit", "（陈　涛　图文）"),
    ("credits/name-first-credit", "郑丽华/文　陈涛/图"),
    ("credits/name-first-credit", "（林静怡 文／图）"),
    ("tools/account-row", "浙江政务服务网岱南站 | 浙里办岱南专区 | 岱南县12345政务服务热线"),
    ("tools/account-row", "江苏政务服务网金坛分站　金坛区12345便民服务热线"),
    ("credits/info-officer-credit", "信息员：沈丽　审核人：朱明"),
    ("credits/info-officer-credit", "报送人：周婷 | 审核：陈刚 | 签发：王建国"),
    ("credits/info-officer-credit", "供稿人：区发改局　责任编辑：宋洁"),
    ("credits/info-officer-credit", "信息联络员：林　晓"),
    ("tools/leaving-site-dialog", "您访问的链接即将离开“岱南县人民政府”门户网站 是否继续？"),
    ("tools/leaving-site-dialog", "温馨提示：您即将跳转至第三方网站，请注意账号财产安全"),
    ("tools/leaving-site-dialog", "即将离开本站，前往“江苏政务服务网”"),
    ("tools/leaving-site-dialog", "继续访问　放弃"),
    ("tools/leaving-site-dialog", "继续前往 | 取消"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/account-row", "欢迎市民关注“宁澄发布”政务微信和政务微博，及时了解政务信息。"),
    ("tools/account-row", "“浙里办”宁澄专区已上线医保、社保等120项高频事项。"),
    ("tools/account-row", "二、加强政务微博 政务微信建设"),
    ("tools/account-row", "市民可通过“爱山东”APP烟澜分厅办理公积金提取业务"),
    ("credits/name-first-credit", "开工仪式现场。（记者　陈浩　摄）"),
    ("credits/name-first-credit", "（记者　陈浩　摄）"),
    ("credits/name-first-credit", "全市新闻媒体对此次活动进行了集中报道。"),
    ("credits/name-first-credit", "署名示例：（陈晓燕　文/图）"),
    ("credits/name-first-credit", "图文稿件统一标注为“（作者姓名　文/图）”。"),
    ("tools/account-row", "市民可拨打12345政务服务热线反映问题"),
    ("tools/account-row", "火车站　汽车站"),
    ("credits/info-officer-credit", "报送单位：各区县人民政府办公室"),
    ("credits/info-officer-credit", "信息联络员：许文涛　　联系电话：0592-2891234"),
    ("credits/info-officer-credit", "各单位信息员：请于每月5日前报送上月稿件。"),
    ("tools/leaving-site-dialog", "链接外部网站的，应弹出“您即将离开本网站”提示，由用户选择继续访问或者取消。"),
    ("tools/leaving-site-dialog", "即将进入主汛期，各地要加强值班值守。"),
    ("tools/leaving-site-dialog", "游客即将离开景区时，可通过网站预约返程车辆。"),
]


(test_east_portal_chrome_is_caught,
 test_body_words_of_east_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


DISTRICT_PAGE = """海澄市思明湾区人民政府
关怀版 | 无障碍 | 闽政通
首页 > 新闻中心 > 镇街动态
湾区街道开展“银龄学堂”智能手机培训
发布时间:2025-06-18 | 来源:湾区街道 | 作者:蔡雅琳 | 浏览:
　　6月17日,湾区街道在社区党群服务中心开展“银龄学堂”智能手机培训,帮助老年人跨越“数字鸿沟”。
　　志愿者手把手教老人使用“闽政通”APP办理社保认证,关注“海澄发布”政务微信和政务微博查看政务信息。
　　本次培训共吸引60余名老年人参加,街道将每月开展一期。
（蔡雅琳　文/图）
信息员：郭婷　审核人：陈刚
“海澄发布”政务微信　“海澄发布”政务微博　“闽政通”湾区专区
您访问的链接即将离开“海澄市思明湾区人民政府”门户网站 是否继续？
继续访问　放弃
网站标识码：3502030011　闽ICP备08012345号
"""


def test_a_district_page_loses_its_account_row_and_credit_but_keeps_sentences_naming_the_accounts() -> None:
    """The row of the site's accounts, the name-first credit and the
    information officer's credit under the text and the outside-link dialog
    go; the body sentences that name the same app and accounts stay, and
    the author comes from the meta row."""
    doc = clean(DISTRICT_PAGE)
    text = doc.text
    for line in DISTRICT_PAGE.splitlines():
        if line.startswith("　　"):
            assert line.strip()[:20] in text, line
    assert "文/图" not in text
    assert "湾区专区" not in text
    for chrome in ("信息员", "即将离开", "继续访问"):
        assert chrome not in text, chrome
    assert doc.metadata.get("author") == "蔡雅琳"
    assert doc.metadata.get("date") == "2025-06-18"
