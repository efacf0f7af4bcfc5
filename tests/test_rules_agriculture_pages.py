"""Chrome of agriculture, rural revitalisation and grain pages (held-out pages
h1160-h1169): each rule catches lines worded otherwise than the pages it was
written for (other CMSs, other buttons, other spellings), and leaves alone the
body sentences of advisories and notices that use the same words (a download
count in a report, a QR code to scan for enrolment, a hotline to call)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/download-count-bracketed", "附件【秋防进度表.xls】已下载 52 次"),
    ("tools/download-count-bracketed", "[种植户申报表.docx] 下载次数：31"),
    ("tools/download-count-bracketed", "附件1「补贴名单.pdf」被下载12次"),
    ("tools/download-count-bracketed", "附件：【培训报名表.wps】（下载量：8）"),
    ("tools/download-count-bracketed", "〔价格周报.XLSX〕已被下载 1206 次"),
    ("tools/scan-to-act", "［二维码］扫码报名"),
    ("tools/scan-to-act", "微信扫码预约"),
    ("tools/scan-to-act", "【二维码】扫一扫 在线咨询"),
    ("tools/scan-to-act", "扫描下方二维码报名"),
    ("tools/scan-to-act", "手机扫码登记"),
    ("tools/consult-buttons", "农技专家咨询：点击预约　｜　拨打12316"),
    ("tools/consult-buttons", "专家在线：我要提问 | 拨打 12316"),
    ("tools/consult-buttons", "在线问诊：立即咨询 / 拨打0371-65990316"),
    ("tools/consult-buttons", "兽医坐诊：在线留言｜致电12316｜点击预约"),
    ("tools/font-size", "A-　A+　　收听本文"),
    ("tools/font-size", "A+ A- | 听全文"),
    ("tools/font-size", "A- A A+ 朗读"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/download-count-bracketed", "附件：1.2025年秋季重大动物疫病集中免疫进度表"),
    ("tools/download-count-bracketed", "截至4月底，《种植技术手册.pdf》电子版已下载1.2万次，受到农户欢迎。"),
    ("tools/download-count-bracketed", "平台已累计下载农技资料32万次。"),
    ("tools/scan-to-act", "也可扫描下方二维码在线报名。"),
    ("tools/scan-to-act", "扫码报名的学员请于3月15日前提交身份证复印件。"),
    ("tools/scan-to-act", "农户可通过微信扫码预约农机作业服务，实现“一键下单”。"),
    ("tools/consult-buttons", "咨询电话：县农广校 0453-7821206"),
    ("tools/consult-buttons", "群众遇到问题可拨打12316三农服务热线咨询。"),
    ("tools/consult-buttons", "专家咨询：点击预约后，农技人员将在24小时内上门指导。"),
    ("tools/font-size", "A级绿色食品认证企业达到12家，全部参加收听本文件精神传达会。"),
]


(test_agriculture_chrome_is_caught,
 test_body_words_of_agriculture_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


TRAINING_PAGE = """南溪县农业农村局
首页 | 农业动态 | 农民培训 | 惠农政策
关于开展2026年高素质农民培训报名工作的通知
发布日期：2026-03-02　来源：县农业技术推广中心
　　为培育一批懂技术、善经营的高素质农民，县农业技术推广中心定于3月下旬举办设施蔬菜种植培训班，学员可扫描下方二维码在线报名。
　　培训资料《设施蔬菜栽培技术.pdf》已在中心网站提供下载，报名遇到问题可拨打12316咨询。
　　报名截止时间：2026年3月20日。
附件【报名表.docx】已下载 17 次
［二维码］扫码报名
專家諮詢：點擊預約 ｜ 撥打12316
南溪县农业农村局主办
"""


def test_a_training_notice_keeps_its_sentences_and_drops_its_widgets() -> None:
    """A whole page: the download count, the QR caption and the consult
    buttons (written in Traditional script) go; the sentences that tell
    readers to scan, download and call stay."""
    text = clean(TRAINING_PAGE).text
    for line in TRAINING_PAGE.splitlines()[4:7]:
        assert line.strip() in text
    assert "已下载 17 次" not in text
    assert "扫码报名" not in text and "［二维码］" not in text
    assert "点击预约" not in text
