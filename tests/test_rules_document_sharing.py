"""Document-sharing sites hosting government documents (held-out pages h690-h699):
文库-style libraries, 文档分享 platforms and 资料 download sites. Each rule
catches the platform's chrome worded otherwise than the pages it was written
for (other platforms, other spellings, Traditional script, half-width
punctuation), and leaves alone the sentences of a document that use the same
words (a notice on a document platform, download counts, uploads, previews).

Conventions: the title is the document's, without the uploaded file's
extension (``关于…的通知.doc`` gives ``关于…的通知``); the date is the document's
own (its signature's), never the platform's upload date on its file card."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("paywall/doc-share-teaser", "下载本文档需要5下载券"),
    ("paywall/doc-share-teaser", "下载需消耗10积分"),
    ("paywall/doc-share-teaser", "下载所需点数：15点"),
    ("paywall/doc-share-teaser", "下载此文档需要3个金币"),
    ("paywall/doc-share-teaser", "下载本资料需扣除2财富值"),
    ("paywall/doc-share-teaser", "试读到此为止，请下载完整版"),
    ("paywall/doc-share-teaser", "免费预览就到这里啦"),
    ("paywall/doc-share-teaser", "以上是文档试读内容"),
    ("paywall/doc-share-teaser", "—— 以上为预览部分 ——"),
    ("paywall/subscribe", "此文档为VIP专享文档"),
    ("paywall/subscribe", "本文档是VIP会员专属内容"),
    ("paywall/member-login", "查看全部12页，请登录"),
    ("paywall/member-login", "阅读全部 5 页，请先注册"),
    ("paywall/doc-share-unfold", "点此展开，查看剩余60%"),
    ("paywall/doc-share-unfold", "继续阅读，阅读余下 35%"),
    ("paywall/doc-share-unfold", "客户端内阅读全文"),
    ("paywall/doc-share-unfold", "App内查看完整文档"),
    ("paywall/doc-share-preview-notes", "文档预览："),
    ("paywall/doc-share-preview-notes", "【范文内容预览】"),
    ("paywall/doc-share-preview-notes", "提示：本页只显示部分内容，完整文档请下载"),
    ("paywall/doc-share-preview-notes", "下载后即可获得完整可编辑版"),
    ("paywall/doc-share-preview-notes", "建议推荐使用Office 2016以上版本打开"),
    ("paywall/doc-share-preview-notes", "下载链接已失效请留言"),
    ("paywall/doc-share-preview-notes", "下载道客文档APP，随时随地看文档"),
    ("tools/doc-reader-buttons", "免费下载 | 收藏 | 分享"),
    ("tools/doc-reader-buttons", "升级VIP　单篇购买 ¥2.5"),
    ("tools/doc-reader-buttons", "下载文档（1.2MB）　收藏"),
    ("tools/doc-reader-buttons", "复制文本　阅读模式　打印"),
    ("tools/search-box", "请输入文档关键词　搜索"),
    ("tools/search-box", "搜索海量资料　搜索"),
    ("tools/search-box", "输入文件名称或关键字 检索"),
    ("label-table/doc-share-file-info", "上传人：wenku_01 | 上传日期：2024-12-03 | 页数：9"),
    ("label-table/doc-share-file-info", "文件格式：PDF　文件大小：1.6MB"),
    ("label-table/doc-share-file-info", "分享人: 小李 · 2025-02-01 · 下载次数: 33"),
    ("label-table/doc-share-file-info", "资料分类：工作总结　授权方式：共享资料　更新时间：2025-03-01"),
    ("counters/doc-share-counts", "1.5万次阅读　326次下载"),
    ("counters/doc-share-counts", "下载量 1,024　浏览 3.6万"),
    ("counters/doc-share-counts", "★★★★★ 4.9分（88人评分）"),
    ("counters/doc-share-counts", "12页　906下载　4.7分"),
    ("footer/disclaimer", "文档均由会员自行上传，版权归原作者所有"),
    ("footer/disclaimer", "本平台仅提供资料存储空间服务"),
    ("footer/disclaimer", "请在下载后24小时内自行删除，不得用于商业用途"),
    ("footer/disclaimer", "本站只是第三方交易平台，文档收益归上传者所有"),
    ("footer/disclaimer", "如资料侵犯了您的合法权益，请来信告知"),
    ("slogan/doc-share-site-name", "道阅文库 — 免费文档下载"),
    ("slogan/doc-share-site-name", "公文资料网｜公文写作好帮手"),
    ("label-table/doc-share-file-info", "文档贡献者 城规研究员 | 贡献于2024-11-05"),  # NFKC form, a verb label before its date
    ("label-table/doc-share-file-info", "分享者：政务君　分享于 2023-05-01"),
]
"""Lines of chrome each rule must catch (other platforms' wordings)."""

KEPT: list[tuple[str, str]] = [
    ("paywall/doc-share-teaser", "下载后需要在24小时内完成填报，逾期系统自动关闭。"),
    ("paywall/doc-share-teaser", "各单位下载所需表格后，按要求填写并加盖公章。"),
    ("paywall/doc-share-teaser", "以上为本次检查的主要情况。"),
    ("paywall/subscribe", "本次活动为VIP客户提供专属服务。"),
    ("paywall/member-login", "阅读全部材料后请在确认单上签字。"),
    ("paywall/doc-share-unfold", "全面展开剩余工程的收尾工作。"),
    ("paywall/doc-share-unfold", "市民可在APP内查看办理进度。"),
    ("paywall/doc-share-preview-notes", "申报系统提供申报书预览功能，提交前请仔细核对。"),
    ("paywall/doc-share-preview-notes", "各单位应当在规定时限内下载并打印准考证。"),
    ("tools/doc-reader-buttons", "下载文档前请先登录政务服务网，收藏本页以便查询。"),
    ("tools/search-box", "请输入企业名称或统一社会信用代码进行查询，系统将自动比对。"),
    ("label-table/doc-share-file-info", "文件格式：PDF格式，文件大小不超过10MB。"),
    ("label-table/doc-share-file-info", "上传时间截至2025年3月31日，逾期不再受理。"),
    ("counters/doc-share-counts", "全年累计下载电子证照1.2万次，浏览量同比增长18%，群众满意度持续提升。"),
    ("footer/disclaimer", "对用户上传的材料，审核人员应在2个工作日内完成审核。"),
    ("footer/disclaimer", "各地要严厉打击侵犯知识产权行为，维护权利人合法权益。"),
    ("slogan/doc-share-site-name", "市档案馆完成馆藏文档数字化 — 年度工作综述"),
    ("label-table/doc-share-file-info", "本文档贡献于2024年全省文化工作会议的交流材料汇编。"),
]
"""Document sentences that use the same words, which the rule must leave alone."""


(test_document_sharing_chrome_is_caught,
 test_body_words_of_document_sharing_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


SCAN_PAGE = """明远文档 | 在线预览
关于做好2025年防汛抗旱工作的通知.docx
上传用户：防汛办小王　｜　上传日期：2025-04-20　｜　页数：7页
4,306次阅读　58次下载　★★★★☆
岭南县人民政府办公室文件
岭府办发〔2025〕9号
关于做好2025年防汛抗旱工作的通知
各镇人民政府，县直各单位：
　　现将有关事项通知如下，请认真抓好落实，确保安全度汛。
岭南县人民政府办公室
2025年4月8日
— 1 —
岭南县2025年防汛抗旱工作要点
　　一、压实防汛责任。各镇要落实以行政首长负责制为核心的各项
防汛责任制，汛前完成隐患排查，对查出的问题建立台账、限期整
改，确保汛期各类设施安全运行。
— 2 —
　　二、做好应急准备。县应急管理局要会同水利部门修订完善防汛
应急预案，组织开展应急演练。
免费预览已结束，剩余5页请下载阅读
下载本文档需要2个下载券
本站仅提供文档存储空间服务，文档由用户上传，如有侵权请联系删除。
"""


def test_a_document_platforms_copy_of_a_notice_keeps_the_document_and_its_own_date() -> None:
    """A reader's page of another platform: its name, the file card, the
    counts and the wall go; the title is the notice's without the file's extension, the date and
    source are the signature's (not the upload date), the title does not run
    into the salutation, and the wrapped lines rejoin across the page break."""
    doc = clean(SCAN_PAGE)
    text = doc.text
    assert doc.metadata.get("title") == "关于做好2025年防汛抗旱工作的通知"
    assert doc.metadata.get("date") == "2025-04-08"
    assert doc.metadata.get("source") == "岭南县人民政府办公室"
    for chrome in ("明远文档", "上传用户", "次阅读", "免费预览已结束", "下载券", "存储空间服务"):
        assert chrome not in text, chrome
    assert "关于做好2025年防汛抗旱工作的通知\n各镇人民政府" in text
    assert "各项防汛责任制" in text and "限期整改" in text
    assert text.count("岭南县2025年防汛抗旱工作要点") == 1  # the attachment's own title stays
    assert "组织开展应急演练。" in text
