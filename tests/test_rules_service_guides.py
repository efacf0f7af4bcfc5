"""Chrome of government service portals' guides (办事指南, held-out pages
h500-h509): each rule catches the portal's buttons, rating boxes, case
tallies, QR prompts and related-service lists worded otherwise than the
pages it was written for, and leaves alone the guide's own lines that use
the same words (a guide's 办理方式 section naming 在线办理 and 扫码, its
好差评 clause, its statistics in prose)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/service-buttons", "网上申报　　窗口预约　　表格下载"),
    ("tools/service-buttons", "我要点评 | 我要投诉 | 收藏"),
    ("tools/service-buttons", "在线申报  进度查询  结果查询"),
    ("tools/rating", "😊 非常满意　🙂 满意　😞 不满意"),
    ("tools/rating", "请为本次服务评价：☆☆☆☆☆"),
    ("tools/rating", "给我们的服务打个分"),
    ("tools/rating", "您的反馈将帮助我们更好地改进服务质量"),
    ("tools/rating", "此页面的内容对您有帮助吗？ 是 否"),
    ("tools/rating", "本页资讯对你有用吗?"),
    ("tools/rating", "综合评分：4.9分（共2031人参与评价）"),
    ("tools/rating", "服务星级：★★★★★ 5.0分"),
    ("tools/rating-question", "“好差评”：您对该项服务是否满意？"),
    ("tools/rating-question", "请问您对本次办理满意吗?"),
    ("tools/service-action-button", "立即申请"),
    ("tools/service-action-button", "【去预约】"),
    ("tools/service-action-button", "请先登录后再办理"),
    ("tools/service-action-button", "登录后查看"),
    ("tools/service-chevron-link", "查看更多事项 >"),
    ("tools/service-chevron-link", "办事网点 (12) ›"),
    ("tools/service-chevron-link", "相关政策 〉"),
    ("tools/share", "扫码办理：请用支付宝扫描下方二维码"),
    ("tools/share", "扫码预约：微信扫描右方二维码"),
    ("tools/page-actions-bare", "意见反馈 | 打印 | 关闭"),
    ("counters/service-handling-counts", "今日受理：12件　累计办结：3,982件"),
    ("counters/service-handling-counts", "办件统计 本年办件 562 件 | 好评率 100%"),
    ("counters/service-handling-counts", "办件量:1024 满意度:99.95%"),
    ("related/list-header", "大家都在办"),
    ("related/list-header", "网友还在搜"),
    ("related/list-header", "本事项的相关服务"),
    ("related/list-header", "▎常用服务"),
    ("tools/app-status-bar", "9:05 中国移动 4G 100%"),
    ("tools/app-status-bar", "21:17　　WiFi　　52％"),
    ("tools/app-page-header", "← 返回　　办事指南"),
    ("tools/app-page-header", "＜返回　服务详情　分享"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/service-buttons", "在线办理：登录省政务服务网，搜索“居民身份证换领”，按提示填报。"),
    ("tools/service-buttons", "预约办理：可拨打12345预约上门服务，材料收齐后统一办理。"),
    ("tools/rating", "办结后，申请人可通过“好差评”系统对服务进行评价，差评件3个工作日内回访整改。"),
    ("tools/rating", "2024年全市政务服务好评率达99.9%，群众满意度持续提升。"),
    ("tools/rating-question", "对群众反映的问题，要逐件回访是否满意，不满意的重新办理。"),
    ("tools/service-action-button", "符合条件的，窗口工作人员当场受理，立即办理。"),
    ("tools/service-action-button", "在线办理"),
    ("tools/service-chevron-link", "常见问题"),
    ("tools/service-chevron-link", "查看全部材料后，对缺项材料一次性告知。"),
    ("tools/share", "扫码办理：在政务服务中心窗口出示“浙里办”电子证照码即可。"),
    ("tools/share", "群众可扫码办理社保卡挂失业务。"),
    ("counters/service-handling-counts", "全年累计受理12563件，办结率99.8%，群众满意率100%。"),
    ("counters/service-handling-counts", "累计受理：不限"),
    ("related/list-header", "相关事项办理要求如下："),
    ("related/list-header", "大家还在办理中的事项由原窗口继续受理。"),
    ("label-table/disclosure-labels", "服务对象：具有本市户籍的城乡居民"),
    ("tools/app-status-bar", "10:30 全市同步启动，参与率达87%"),
    ("tools/app-status-bar", "2024年一季度完成率87%"),
    ("tools/app-page-header", "返回原籍地办理手续"),
    ("tools/app-page-header", "　　返回人员须于3日内向社区报备。"),
]


(test_service_portal_chrome_is_caught,
 test_guide_lines_using_the_same_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


MOBILE_GUIDE = """< 返回
事项详情
户口迁移（市内迁移）
办理时限：即办件
是否收费：否
申请材料
· 居民户口簿原件
· 迁入地房产证明
· 本人居民身份证
立即办理
"""


def test_a_guide_materials_list_of_short_bullets_stays() -> None:
    """The bulleted items under a guide's 申请材料 heading are its list of
    materials, however short: no bulleted links to cut; the lone
    立即办理 button goes."""
    text = clean(MOBILE_GUIDE).text
    for line in ("申请材料", "居民户口簿原件", "迁入地房产证明", "本人居民身份证"):
        assert line in text
    assert "立即办理" not in text


def test_a_guide_field_named_service_object_stays() -> None:
    """服务对象 is a field of a guide (who may apply), not a disclosure label whose value is metadata."""
    page = "事项名称：残疾人证办理\n服务对象：\n持有本市户籍的残疾人\n办理时限：10个工作日\n"
    text = clean(page).text
    assert "服务对象" in text and "持有本市户籍的残疾人" in text


def test_a_row_of_rating_stars_is_not_repaired_as_mojibake() -> None:
    """A portal's rating stars (★★★★★, ☆☆☆☆☆) read as GBK bytes decoded as
    Big5 give a row of corner brackets (」」」」」): punctuation is no
    plausible text, so the stars stay what they are (and a row of them is
    then decoration, not a line starting with a closing bracket to join)."""
    from govtext.decoding.plausibility import clearly_better

    assert not clearly_better("」」」」」", "★★★★★")
    doc = clean("服务评价\n★★★★★\n　　该酒店为四星级★★★★，位于市中心。\n")
    assert "」" not in doc.text and "四星级★★★★，位于市中心" in doc.text


def test_an_indented_line_with_a_long_clause_after_its_colon_goes_on() -> None:
    """A guide's legal basis (``《…法》第十三条：中小学教师资格由…部门``) has no
    comma but a long clause after its colon: prose cut by a line break, which
    the unindented next line finishes; a short label's value does not."""
    from govtext.rejoin.paragraphs import continuation_reason

    first = "　　《中华人民共和国城乡规划法》第四十条：在城市镇规划区内进行建筑物构筑物道路管线和其他工程建设的"
    assert continuation_reason(first, "建设单位应当申请办理建设工程规划许可证。", indented=True) is not None
    assert continuation_reason("　　办理时限：5个工作日", "收费标准：不收费", indented=True) is None
    assert continuation_reason("　　事项名称：居民最低生活保障对象认定", "事项类型：行政给付", indented=True) is None
