"""Chrome of newspapers' notice and classified pages (held-out pages
h560-h569: 遗失声明, 注销公告, 减资公告, 债权申报, 拍卖, 招标, 寻亲, 公示送达,
环评公示): each rule catches the paper's own lines worded otherwise than the
pages it was written for (other papers, Traditional script, half-width
punctuation), and leaves alone the notices' lines that use the same words
(a notice's contact line, a notice about a newspaper's advertising
department, a sentence on publishing a notice)."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/paper-notice-booking", "登报热线：0731-84326688"),
    ("footer/paper-notice-booking", "本报分类广告刊登电话：020-87133888　87133889"),
    ("footer/paper-notice-booking", "刊登遗失声明请拨：0755-83512345（周一至周五）"),
    ("footer/paper-notice-booking", "声明公告刊登热线:(0571)8531-0066"),
    ("footer/paper-notice-booking", "刊登分類廣告請洽：(02)2765-3399分機12"),
    ("footer/paper-notice-booking", "晨报广告部承办　登报电话：13807311234"),
    ("footer/paper-notice-booking", "本版刊发咨询：0891-6335566　传真：0891-6335567"),
    ("footer/paper-notice-booking", "登报地址：南湖市人民路8号南湖日报社广告中心"),
    ("footer/paper-notice-booking", "受理地址：江州市中山路100号晚报大厦分类广告部"),
    ("footer/paper-notice-booking", "网上登报 扫码即办"),
    ("footer/paper-notice-booking", "在线登报，一键办理>>"),
    ("footer/paper-notice-disclaimer", "本版内容由刊登者提供，本报不承担由此产生的法律责任"),
    ("footer/paper-notice-disclaimer", "以上广告由客户自行负责，本报不负审核之责"),
    ("footer/paper-notice-disclaimer", "（本栏信息由登报人提供，其真实性本刊概不负责）"),
    ("tools/epaper-page", "[上一版]  [下一版]  [本版目录]"),
    ("tools/epaper-page", "【上一版】【下一版】"),
    ("tools/epaper-page", "本版PDF  |  往期回顾"),
    ("tools/epaper-page", "【本版PDF下载】【往期查阅】"),
    ("tools/epaper-page", "往期查询 | 版面导航"),
    ("tools/epaper-page", "当前版：第08版　法院公告"),
    ("tools/epaper-page", "当前版面：第B12版：分类广告"),
    ("tools/media-controls", "点击查看版面大图"),
    ("tools/media-controls", "查看本版大图"),
    ("footer/paper-notice-booking", "晚报社出品　广告经营许可证：湘长工商广字第0008号"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/paper-notice-booking", "清算组联系人：周敏　电话：13987151234"),
    ("footer/paper-notice-booking", "联系电话：0317-2256710"),
    ("footer/paper-notice-booking", "公告联系电话：0574-87261530"),
    ("footer/paper-notice-booking", "寻人启事联系人：刘先生　13831765432"),
    ("footer/paper-notice-booking", "本公告刊登日期：2025-11-18"),
    ("footer/paper-notice-booking", "南湖市星耀广告传媒有限公司遗失公章一枚，声明作废。"),
    ("footer/paper-notice-booking", "如需登报，请于工作日拨打0731-84326688咨询。"),
    ("footer/paper-notice-booking", "登报声明"),
    ("footer/paper-notice-booking", "登报人电话：13807311234"),
    ("footer/paper-notice-booking", "声明人：黄淑芬　刊登单位联系电话：0758-2231456"),
    ("footer/paper-notice-booking", "受理地址：江州市中山路100号市民服务中心"),
    ("footer/paper-notice-disclaimer", "公告内容由刊登者提供，应当真实、合法。"),
    ("footer/paper-notice-disclaimer", "本报对刊登的公告依法进行审核。"),
    ("tools/epaper-page", "本版PDF文件已报送档案馆。"),
    ("tools/epaper-page", "当前版本为第2版修订稿。"),
    ("tools/media-controls", "版面大图已存档"),
    ("footer/paper-notice-booking", "申请人应当取得广告经营许可证后方可开展业务。"),
]


(test_notice_page_chrome_is_caught,
 test_notice_lines_using_the_same_words_are_kept) = rule_line_tests(CAUGHT, KEPT)


NOTICE_PAGE = """赤湾日报数字报刊平台
2025年12月02日　星期二　　第C03版：公告
[上一版]  [下一版]  [本版目录]
遗失声明
赤湾市远帆贸易有限公司遗失营业执照副本，声明作废。
赤湾市远帆贸易有限公司遗失公章一枚，声明作废。
陈晓红遗失赤湾市第一中学毕业证书，声明作废。
注销公告
赤湾市青禾广告有限公司经股东决定拟注销，请债权人自本公告见报之日起45日内向本公司清算组申报债权。
联系电话：0758-2231456
特此公告。
赤湾市青禾广告有限公司
2025年12月2日
减资公告
赤湾市海川置业有限公司注册资本由3000万元减至1000万元，请债权人自本公告见报之日起45日内要求清偿债务或提供担保。
特此公告。
赤湾市海川置业有限公司
2025年12月2日
刊登各类公告请洽：0758-2219999
（本版信息由刊登者提供，本报不承担由此引起的法律责任）
"""


def test_a_notice_page_keeps_every_notice_and_its_repeated_endings() -> None:
    """A notice page of another paper: the paper's chrome goes, its name and
    issue date are the metadata, and every notice stays whole, the short
    lines (a contact line, 特此公告。 twice, the signers and dates said
    twice) and the 声明作废 endings that every notice repeats."""
    doc = clean(NOTICE_PAGE)
    text = doc.text
    for chrome in ("赤湾日报数字报刊平台", "本版目录", "刊登各类公告请洽", "由刊登者提供"):
        assert chrome not in text, chrome
    body = NOTICE_PAGE.splitlines()[3:18]
    assert all(line in text for line in body)
    assert text.count("特此公告。") == 2
    assert text.count("2025年12月2日") == 2
    assert text.count("声明作废。") == 3
    assert doc.metadata.get("source") == "赤湾日报"
    assert doc.metadata.get("date") == "2025-12-02"
