"""Chrome of encyclopedia and wiki entries about agencies, places and policies
(held-out pages h700-h709): each rule catches lines worded otherwise than the
pages it was written for (other encyclopedias, other spellings), and leaves
alone the body sentences of a document that use the same words (an edit, a
directory, references, a licence, a category); the contents list, the
appendix, the list of senses and the entry's name are checked on whole pages."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("encyclopedia/entry-buttons", "编辑 | 讨论 | 上传图片"),
    ("encyclopedia/entry-buttons", "语音播报　编辑"),
    ("encyclopedia/entry-buttons", "阅读 · 查看源代码 · 查看历史"),
    ("encyclopedia/entry-buttons", "收藏　分享　纠错"),
    ("encyclopedia/entry-buttons", "扫码查看词条　分享词条"),
    ("encyclopedia/entry-statistics", "词条统计"),
    ("encyclopedia/entry-statistics", "编辑次数：128次历史版本"),
    ("encyclopedia/entry-statistics", "最近更新：山水之间 （2023-11-05）"),
    ("encyclopedia/entry-statistics", "本条目贡献者：小溪　百科达人"),
    ("encyclopedia/entry-statistics", "该词条最后由 rivermap 于 2022-10-01 修订"),
    ("encyclopedia/entry-statistics", "已有 35 人参与编辑"),
    ("encyclopedia/entry-certified", "本词条由国家地方志数据库提供内容。"),
    ("encyclopedia/entry-certified", "该条目已通过“科普中国”科学百科审核"),
    ("encyclopedia/polysemy-note", "本词条是一个多义词，请在下列义项中选择浏览（共3个）"),
    ("encyclopedia/polysemy-note", "全部义项 ▼"),
    ("encyclopedia/maintenance-banner", "本条目需要补充更多来源。"),
    ("encyclopedia/maintenance-banner", "此条目没有列出任何参考或来源。（2021年3月）"),
    ("encyclopedia/maintenance-banner", "这篇文章的中立性有争议。"),
    ("encyclopedia/maintenance-banner", "本词条尚不完善，欢迎您完善词条"),
    ("encyclopedia/references-entry", "[3] 关于调整行政区划的批复 ．省政府网站 ．2019-08-01 [引用日期2023-02-17]"),
    ("encyclopedia/references-entry", "4.  全县概况  ．县政府网站［引用日期：2024年05月06日］"),
    ("encyclopedia/references-entry", "^ 市水利局机构设置. 市水利局. [2020-05-03]. （原始内容存档于2020-06-01）."),
    ("encyclopedia/references-entry", "2. ^ 2.0 2.1 条例全文. 人大网."),
    ("encyclopedia/references-entry", "↑ 乡镇简介. 镇政府. 2018."),
    ("encyclopedia/categories", "分类：中国乡镇 | 望川县 | 行政区划"),
    ("encyclopedia/categories", "页面分类：地方政府机构　县级政府部门"),
    ("encyclopedia/categories", "隐藏分类：含有英语的条目"),
    ("encyclopedia/categories", "词条分类：地理"),
    ("encyclopedia/license-footer", "此页面最后修改于2023年12月1日 (星期五) 10:05。"),
    ("encyclopedia/license-footer", "文本采用知识共享署名-相同方式共享 3.0 协议授权"),
    ("encyclopedia/license-footer", "本站内容依 CC BY-SA 4.0 许可提供"),
    ("encyclopedia/site-name", "维基百科，自由的百科全书"),
    ("encyclopedia/site-name", "城市百科 - 记录一座城"),
    ("encyclopedia/site-name", "乡土百科 Hometown Encyclopedia"),
    ("encyclopedia/site-name", "百科镜像 baike.example.cn"),
    ("encyclopedia/mirror-notice", "本条目内容转载自维基百科，按CC BY-SA协议使用"),
    ("encyclopedia/mirror-notice", "原文地址：https://zh.wikipedia.org/wiki/Example"),
    ("encyclopedia/language-links", "其它语言"),
    ("encyclopedia/language-links", "Deutsch　English　Français　日本语"),
    ("encyclopedia/language-links", "查 · 论 · 编"),
    ("encyclopedia/entry-tools", "引用本条目：《望川县》，城市百科。"),
    ("encyclopedia/entry-tools", "看了该词条的人也看了"),
    ("encyclopedia/entry-tools", "收起全部 ∧"),
    ("encyclopedia/entry-tools", "本站共收录词条 5821 条"),
    ("encyclopedia/app-prompt", "打开城市百科APP，阅读完整词条"),
    ("encyclopedia/app-prompt", "下载APP查看全部义项"),
    ("encyclopedia/entry-labels", "词条编号：CSBK-00921"),
    ("encyclopedia/entry-labels", "条目来源：《临溪市志（1991—2010）》第三编"),
    ("encyclopedia/entry-labels", "收录时间：2022-05-12　　词条类别：地名"),
    ("related/prev-next", "上一条目：望川县人民医院"),
    ("related/prev-next", "下一词条：白沙镇"),
]

KEPT: list[tuple[str, str]] = [
    ("encyclopedia/entry-buttons", "编辑部"),
    ("encyclopedia/entry-buttons", "县志编辑委员会组织编辑出版了地方志丛书。"),
    ("encyclopedia/entry-statistics", "最近更新的目录清单将于下月公布。"),
    ("encyclopedia/entry-statistics", "全县已有120人参与编辑地方志初稿的审读工作，并提出修改意见。"),
    ("encyclopedia/entry-certified", "本条例由市人民代表大会常务委员会负责解释。"),
    ("encyclopedia/polysemy-note", "“义项”是词典编纂中的一个基本概念。"),
    ("encyclopedia/maintenance-banner", "本条例需要修改的，由市人民政府提出修改意见。"),
    ("encyclopedia/maintenance-banner", "各地要对地方性法规条目进行清理，补充完善立法依据。"),
    ("encyclopedia/references-entry", "参考资料：各乡镇统计年报。"),
    ("encyclopedia/references-entry", "引用日期以档案馆登记为准。"),
    ("encyclopedia/categories", "分类：一是垃圾分类，二是资源回收利用。"),
    ("encyclopedia/license-footer", "推动建立知识共享机制，促进科研数据开放。"),
    ("encyclopedia/license-footer", "各单位要在网页显著位置公布最后更新时间。"),
    ("encyclopedia/site-name", "编纂出版《望川百科》，是全县文化建设的一件大事。"),
    ("encyclopedia/site-name", "百科知识竞赛"),
    ("encyclopedia/mirror-notice", "有关内容转载自县政府网站，请以原文为准。"),
    ("encyclopedia/language-links", "English"),
    ("encyclopedia/language-links", "其他语言文字的使用，依照有关规定执行。"),
    ("encyclopedia/entry-tools", "引用本文件的规定时，应当注明条款。"),
    ("encyclopedia/entry-tools", "展开全部工作"),
    ("encyclopedia/app-prompt", "打开“皖事通”APP，查看办理进度"),
    ("encyclopedia/app-prompt", "群众可下载APP查看办事指南和办理进度，也可到窗口咨询。"),
    ("encyclopedia/entry-labels", "内容来自群众的意见建议，经整理后报县政府。"),
    ("related/prev-next", "上一条规定的期限届满后，依照本条执行。"),
]


(test_encyclopedia_chrome_is_caught,
 test_body_words_of_encyclopedia_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


TOWN_ENTRY = """乡土百科　家乡的知识库
首页　分类　创建词条
河口镇
本词条是多义词，共4个义项
西江省望川县下辖镇
福建省某县下辖镇
更多义项 >
编辑　讨论
河口镇，隶属于西江省临溪市望川县，地处望川河与白水河交汇处，镇人民政府驻河口街，距县城12千米。
目录
1 历史沿革
2 经济发展
3 交通
历史沿革
明代设河口巡检司。1950年置河口区，1958年改为河口公社，1984年改为河口镇。
经济发展
河口镇以茶叶、水产为主导产业，2022年农村居民人均可支配收入1.9万元。
交通
S218省道经镇区，镇内设有河口港码头。
参考资料
1.  河口镇概况 ．望川县人民政府[引用日期2023-05-10]
2.  望川县统计年鉴2022 ．望川县统计局
词条标签：
乡镇　地理
浏览次数：12035次
©2024 乡土百科
"""


def test_a_town_entry_of_another_encyclopedia_keeps_its_article_and_loses_its_furniture() -> None:
    """Another encyclopedia's entry: the name is the headline; the senses between the
    disambiguation note and 更多义项, the contents list whose items are the headings
    below, and the appendix under 参考资料 (references, tags) go; the headings stay."""
    doc = clean(TOWN_ENTRY)
    text = doc.text
    assert doc.metadata.get("title") == "河口镇"
    for chrome in ("西江省望川县下辖镇", "福建省某县下辖镇", "1 历史沿革", "2 经济发展", "3 交通", "参考资料",
                   "河口镇概况", "望川县统计年鉴2022", "乡镇　地理"):
        assert chrome not in text, chrome
    for kept in ("历史沿革", "经济发展", "明代设河口巡检司", "S218省道经镇区，镇内设有河口港码头。"):
        assert kept in text, kept


TRADITIONAL_WIKI = """閱讀　編輯　檢視歷史
臨溪市水利局
維基百科，自由的百科全書
臨溪市水利局是臨溪市人民政府主管水利工作的組成部門。
目錄
1	沿革
2	職責
沿革[編輯]
1979年設立臨溪地區水利電力局，1984年改為臨溪市水利局。
職責[編輯]
負責保障水資源的合理開發利用，組織實施最嚴格水資源管理制度。
參見[編輯]
臨溪市人民政府
參考資料[編輯]
^ 臨溪市水利局機構職能. 臨溪市水利局. [2023-04-11].
分類：臨溪市政府機構
本頁面最後修訂於2024年2月1日 (星期四) 09:30。
"""


def test_a_traditional_wiki_entry_keeps_its_article() -> None:
    """A zh-hant wiki entry: the buttons, the contents list, the 參見 list, the references,
    the categories and the footer go; the headings with their edit links and the prose stay."""
    doc = clean(TRADITIONAL_WIKI)
    text = doc.text
    assert doc.metadata.get("title") == "临溪市水利局"
    for chrome in ("检视历史", "1\t沿革", "2\t职责", "临溪市人民政府\n", "机构职能", "分类：", "最后修订"):
        assert chrome not in text, chrome
    for kept in ("1979年设立临溪地区水利电力局", "组织实施最严格水资源管理制度", "沿革"):
        assert kept in text, kept


PLAN_WITH_CONTENTS = """望川县“十四五”水利发展规划
目录
一、发展基础
二、总体要求
三、重点任务
一、发展基础
“十三五”期间，全县完成水利投资48.6亿元，新建和加固堤防126千米，农村自来水普及率达到96%。
二、总体要求
到2025年，全县防洪减灾能力明显增强，水资源集约节约利用水平显著提高。
三、重点任务
实施望川河干流防洪治理工程，推进中小河流治理和病险水库除险加固。
参考资料
1. 望川县水利普查公报
2. 望川县水资源公报（2020年）
"""


def test_a_government_plan_keeps_its_own_contents_and_references() -> None:
    """A plan with its own 目录 and 参考资料 and no encyclopedia furniture: the contents
    list and the list of sources are the document's and stay."""
    text = clean(PLAN_WITH_CONTENTS).text
    for kept in ("目录", "一、发展基础\n二、总体要求", "望川县水利普查公报", "望川县水资源公报（2020年）"):
        assert kept in text, kept
