"""Chrome of policy-document libraries and commercial news portals (held-out
pages h380-h389): each rule catches lines worded otherwise than the pages it
was written for (other libraries and portals, half-width punctuation, other
brackets), and leaves alone the body sentences that use the same words (a
document's own repeal clause, an article about advertising, a market report).

A library's status notice that a document is repealed or expired (``【已废止】``,
``本文件已失效，内容仅供参考。``) is chrome: it is the library's note on the
validity its label table records (``有效性：已废止``), and goes with that table.
The document's own words on its validity (``原《…》同时废止``, ``本办法有效期5年``,
``本文件有效期5年，到期后自动失效``, a clean-up list's bare ``该文件已废止。``) are its
text and stay: a notice is taken only as a badge, after a prompt (``提示：``, ``注：``)
or with the ``仅供参考`` tail, and only at the page's edges."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    # a library's status badge or notice
    ("label-table/validity-notice", "【已废止】"),
    ("label-table/validity-notice", "［已失效］"),
    ("label-table/validity-notice", "(部分失效)"),
    ("label-table/validity-notice", "〔已宣布失效〕"),
    ("label-table/validity-notice", "(本文件已废止)"),
    ("label-table/validity-notice", "【该规定已失效】"),
    ("label-table/validity-notice", "温馨提示：本文件已失效，内容仅供参考。"),
    ("label-table/validity-notice", "提示: 该文件已废止, 仅供查阅"),
    ("label-table/validity-notice", "注：本文件已于2024年12月31日废止。"),
    ("label-table/validity-notice", "此规范性文件已被宣布失效；仅供查阅"),
    ("label-table/validity-notice", "特别提示：本规定已停止执行，全文仅供参阅。"),
    # label cells the disclosure tables add
    ("label-table/disclosure-labels", "失效日期：2028-12-31"),
    ("label-table/disclosure-labels", "有效期至：2029-03-31"),
    ("label-table/disclosure-labels", "失 效 时 间：2027年6月30日"),
    ("label-table/disclosure-labels", "时效性：有效"),
    ("label-table/disclosure-labels", "公发布日：民国113年03月08日"),
    ("label-table/disclosure-labels", "修正日期：2024-03-08"),
    ("label-table/disclosure-labels", "法规体系：建设类"),
    ("label-table/disclosure-labels", "法规状态：现行有效"),
    ("label-table/disclosure-labels", "效力\t失效\t失效时间\t2026-09-30"),
    ("label-table/disclosure-labels", "生效时间　2024-01-01"),
    # links to a document's interpretations, and a portal's labelled links
    ("related/labelled-link", "视频解读：《沅江市城区停车收费标准调整》政策解读"),
    ("related/labelled-link", "文字解读: 停车收费标准调整，这些变化要知道"),
    ("related/labelled-link", "图文解读：一图读懂新政"),
    ("related/labelled-link", "【文字解读】《南湖市城市绿化管理办法》解读"),
    ("related/labelled-link", "[图片解读] 一图看懂城市绿化新规"),
    ("related/labelled-link", "【政策解读】一图读懂2024年度数字化转型补贴申报"),
    ("related/labelled-link", "【图解】老楼加装电梯最高补多少"),
    ("related/labelled-link", "［政策问答］加装电梯补助申请十问十答"),
    ("related/labelled-link", "政策解读"),
    ("related/labelled-link", "文件解读："),
    ("related/labelled-link", "解读文章"),
    ("related/labelled-link", "动漫解读｜燃气安全那些事"),
    ("related/labelled-link", "图文解读 | 一图看懂燃气新规"),
    ("related/labelled-link", "相关车型：比亚迪海豹　吉利银河E5"),
    ("related/labelled-link", "相关股票: 海康威视 中国平安"),
    ("related/labelled-link", "相关话题：#新能源汽车出口#"),
    # portal furniture
    ("tools/comments", "读者留言（12则）"),
    ("tools/comments", "评论（5）"),
    ("tools/comments", "网友评论(3)"),
    ("tools/comments", "热门跟帖（128条）"),
    ("breadcrumb/chain-to-article", "北港新闻网首页 - 本地 - 正文"),
    ("breadcrumb/chain-to-article", "新闻中心 | 国内 | 正文"),
    ("breadcrumb/chain-to-article", "财经频道_宏观_正文"),
    ("breadcrumb/chain-to-article", "首页－社会－正文"),
    ("tools/ad-tagged-line", "【广告】滨江一号·湖景洋房　首付20万起　咨询热线0631-5888888"),
    ("tools/ad-tagged-line", "[推广] 0元领取英语试听课"),
    ("tools/ad-tagged-line", "（广告）夏季空调特惠 全场五折"),
    ("tools/ad-tagged-line", "〔赞助〕本栏目由某某银行冠名"),
    ("tools/ad-colon-line", "推广：点击领取流量卡"),
    ("tools/ad-colon-line", "广告: 暑期游学营火热报名中"),
    ("tools/market-ticker", "上证指数 3312.45 +0.62%　深证成指 10528.31 +0.91%　创业板指 2107.66 +1.23%"),
    ("tools/market-ticker", "恒生指数 19876.5 -1.02% 国企指数 7021.3 -0.88%"),
    ("tools/market-ticker", "上证综指3050.12−0.35%｜深证成指9560.44+0.12%"),
    ("slogan/site-name", "南投县政府 全球资讯网"),
    ("slogan/site-name", "桃源县政府全球信息网"),
    ("slogan/bilingual-media-name", "今报网 JINBAO NEWS"),
    ("slogan/bilingual-media-name", "东海日报 Donghai Daily"),
    ("slogan/bilingual-media-name", "江城晚报 JIANGCHENG EVENING NEWS"),
    ("slogan/bilingual-media-name", "南方传媒 Nanfang Media"),
    ("slogan/bilingual-media-name", "江州在线 JIANGZHOU ONLINE"),
]

KEPT: list[tuple[str, str]] = [
    # a document's own words on its validity
    ("label-table/validity-notice", "本办法自2019年9月1日起施行，有效期5年。《南湖市城市绿化管理暂行规定》同时废止。"),
    ("label-table/validity-notice", "本文件有效期5年，到期后自动失效。"),
    ("label-table/validity-notice", "对已失效的文件，要及时清理并向社会公布。"),
    ("label-table/validity-notice", "（一）已废止的规范性文件，不得作为行政管理的依据；"),
    ("label-table/validity-notice", "本通知施行后，2019年印发的同名文件已废止，请各单位按本通知执行。"),
    ("label-table/validity-notice", "本文件已废止的条款目录见附件2。"),
    ("label-table/validity-notice", "该文件已废止。"),  # an item's status in a clean-up list
    ("label-table/validity-notice", "本文件已失效"),
    ("related/labelled-link", "视频解读、图文解读等形式的政策解读材料应与文件同步发布。"),
    ("related/labelled-link", "政策解读要做到“应解尽解”，解读材料与文件同步起草、同步审签、同步发布。"),
    ("related/labelled-link", "第三条　相关车型应当符合国家机动车排放标准。"),
    ("related/labelled-link", "（三）政策问答：由各部门根据群众关切整理形成。"),
    ("related/labelled-link", "解读文章要做到通俗易懂。"),
    ("breadcrumb/chain-to-article", "附件1：实施细则正文"),
    ("breadcrumb/chain-to-article", "第二部分 - 条例正文"),
    ("tools/comments", "网友留言：市民张先生反映城南新村路灯不亮。"),
    ("tools/comments", "评论（一）"),
    ("tools/ad-tagged-line", "市场监管部门今年共查处违法广告案件42起，罚没金额186万元。"),
    ("tools/ad-tagged-line", "广告：是指商品经营者或者服务提供者通过一定媒介和形式介绍自己所推销的商品或者服务的商业广告活动。"),
    ("tools/ad-tagged-line", "“有的医美机构在广告中使用患者术前术后对比图。”"),
    ("tools/market-ticker", "截至收盘，上证指数报3312.45点，上涨0.62%；深证成指报10528.31点，上涨0.91%。"),
    ("tools/market-ticker", "上证指数 3312.45 +0.62%，市场成交额较上一交易日放大1200亿元，两市超过4000只个股上涨，北向资金净买入56亿元。"),
    ("tools/market-ticker", "居民消费价格指数 102.3 +2.3%"),
    ("slogan/site-name", "县政府全球资讯网改版上线"),
    ("slogan/bilingual-media-name", "市台 NEWS 频道改版上线"),
    ("slogan/bilingual-media-name", "我市组织开展NEWS主题活动。"),
]


(test_library_and_portal_chrome_is_caught,
 test_body_words_of_library_and_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


CHANNEL_PAGE = """青峰县人民政府
规范文件
首页 > 规范文件 > 县政府文件
发文机关：青峰县人民政府　　发文字号：青政规〔2024〕3号
发布日期：2024-05-06　　失效日期：2029-05-05
青峰县农村集体经营性建设用地入市管理办法
第一条　为规范农村集体经营性建设用地入市行为，根据有关法律法规，结合本县实际，制定本办法。
第二条　本办法自2024年6月1日起施行，有效期5年。
青峰县人民政府
2024年5月6日
"""


def test_a_channel_name_between_the_site_name_and_the_trail_goes() -> None:
    """A short channel name under the site's name and above its breadcrumb is
    the site's header, as the name above it is; the headline, the articles and
    the signature stay, and the date is the published one."""
    doc = clean(CHANNEL_PAGE)
    lines = doc.text.splitlines()
    assert "规范文件" not in lines and "青峰县人民政府" in lines  # the signature stays
    assert not doc.text.startswith("青峰县人民政府")
    assert "失效日期" not in doc.text
    for article in ("第一条", "第二条"):
        assert article in doc.text
    assert doc.metadata["title"] == "青峰县农村集体经营性建设用地入市管理办法"
    assert doc.metadata["date"] == "2024-05-06"


def _cells(title: str, headline: str) -> str:
    return f"""江门湾区人民政府
政府信息公开
公开目录 / 区民政局 / 通知公告
索引号
11440305MB2D12999K/2024-00021
发布机构
江门湾区民政局
发文日期
2024-04-02
名称
{title}
时效
有效
{headline}
　　为做好2024年度养老服务补贴发放工作，现将有关事项通知如下。
　　一、补贴对象为本区户籍80周岁以上老年人。
江门湾区民政局
2024年4月2日
"""


def test_a_title_cell_goes_when_the_headline_repeats_it() -> None:
    """In a table dumped one cell per line without colons, the value of 名称
    goes when the document's headline repeats it below (one copy stays), and
    stays when it is the only headline."""
    title = "江门湾区民政局关于做好2024年度养老服务补贴发放工作的通知"
    doc = clean(_cells(title, title))
    assert doc.text.count(title) == 1
    assert doc.metadata["title"] == title
    assert "时效" not in doc.text
    only = clean(_cells(title, "").replace("\n\n", "\n"))
    assert only.text.count(title) == 1
    assert only.metadata["title"] == title


def test_a_traditional_portal_loses_its_bilingual_name_and_tagged_ad() -> None:
    """A Traditional portal page: the site's name with its English name and a
    tagged advertisement go once the script is converted; the body, which
    talks about advertising, stays."""
    page = """東海日報 Donghai Daily
首頁 > 社會
業者違規廣告遭重罰 主管機關祭出新制
2024/06/03 10:20　記者王小明／綜合報導
　　主管機關今天表示，今年以來共查處違規廣告案件58件，其中醫美廣告占四成。
　　主管機關提醒，民眾發現不實廣告可撥打專線檢舉。
【廣告】夏日旅遊特惠　機加酒只要九千九
"""
    doc = clean(page)
    assert "Donghai Daily" not in doc.text
    assert "夏日旅游特惠" not in doc.text
    assert "查处违规广告案件58件" in doc.text
    assert "不实广告" in doc.text


LABEL_WORDS_IN_PROSE = """关于加强行政规范性文件有效期管理的通知
各乡镇人民政府，县政府各部门：
　　为加强行政规范性文件管理，现就有关事项通知如下。
　　一、行政规范性文件应当标注有效期。
失效日期届满前，制定机关应当组织评估，需要继续执行的，重新公布。
时效性是政务信息公开的重要要求，各单位要在20个工作日内公开。
有效期至2028年12月31日。
"""


def test_label_words_that_open_sentences_of_a_document_stay() -> None:
    """The disclosure labels added for the label tables (失效日期, 时效性, 有效期至)
    open sentences of a document's last lines too: a sentence is no label cell."""
    doc = clean(LABEL_WORDS_IN_PROSE)
    for line in LABEL_WORDS_IN_PROSE.splitlines()[-3:]:
        assert line in doc.text, line


CLEAN_UP_LIST = """清溪县人民政府办公室关于公布规范性文件清理结果的通知
各乡镇人民政府，县政府各部门：
　　根据上级部署，县政府办公室对2018年以来印发的规范性文件进行了全面清理，现将清理结果公布如下。
　　一、《清溪县农村供水工程运行管理办法》（清政办发〔2022〕9号）
该文件已废止。
　　二、《清溪县城区停车管理办法》（清政办发〔2020〕3号）
本文件已失效。
清溪县人民政府办公室
2025年1月6日
"""


def test_a_clean_up_lists_item_statuses_stay() -> None:
    """A clean-up list that gives each document's status on a line of its own
    (该文件已废止。) keeps them all: they are the document's text, not a
    library's notice."""
    doc = clean(CLEAN_UP_LIST)
    for line in ("该文件已废止。", "本文件已失效。"):
        assert line in doc.text


def test_a_two_character_label_padded_to_four_with_half_width_spaces_is_a_label() -> None:
    """A table aligns two-character labels with four-character ones by two
    full-width or four half-width spaces (标    题, 文    号): still labels,
    their values metadata, the tab-separated cells gone."""
    title = "西陵市人民政府关于印发西陵市城镇燃气管理办法的通知"
    page = (f"西陵市人民政府\n首页 → 信息公开 → 规范性文件\n标    题\t{title}\n"
            "文    号\t西政规〔2021〕4号\t效    力\t失效\n发布时间\t2021-09-15\n"
            f"{title}\n各区县人民政府，市政府各部门：\n"
            "　　现将《西陵市城镇燃气管理办法》印发给你们，请认真贯彻执行。\n西陵市人民政府\n2021年9月10日\n")
    doc = clean(page)
    assert doc.metadata["title"] == title
    assert doc.metadata["date"] == "2021-09-15"
    assert doc.text.count(title) == 1
    assert "西政规" not in doc.text and "效" not in doc.text.splitlines()[0]


LAW_DATABASE = """桃源縣政府全球資訊網
:::
首頁 > 法規資訊 > 自治條例
法規名稱：桃源縣公園管理自治條例
公發布日：民國113年03月08日
修正日期：民國113年03月08日
發文字號：府法規字第1130045678號
法規體系：建設類
廢止日期：
法規狀態：現行有效
第 1 條　桃源縣為加強公園之管理與維護，提供民眾優質休憩空間，特制定本自治條例。
第 2 條　本自治條例之主管機關為本府工務處。
第 3 條　於公園內不得有下列行為：
一、攀折花木或損壞設施。
二、任意張貼廣告或設攤營業。
第 4 條　本自治條例自公布日施行。
相關法規
桃源縣公園綠地認養辦法
瀏覽人次：1,234　更新日期：113-03-10
"""


def test_a_taiwan_law_database_page_gives_its_labels_to_metadata() -> None:
    """A Taiwan law database's label block (法規名稱, 公發布日, 修正日期,
    法規體系, 法規狀態): the name is the title, the promulgation date the
    date (not the page's update), the labels go, every article stays."""
    doc = clean(LAW_DATABASE)
    assert doc.metadata["title"] == "桃源县公园管理自治条例"
    assert doc.metadata["date"] == "2024-03-08"
    for label in ("法规名称", "公发布日", "修正日期", "法规体系", "法规状态", "相关法规"):
        assert label not in doc.text, label
    assert doc.text.count("条　") == 4
    assert "任意张贴广告或设摊营业" in doc.text


HK_PORTAL = """港聞天地 HK NEWSLAND
主頁 | 港聞 | 兩岸 | 國際 | 財經 | 娛樂
港聞天地 » 港聞 » 正文
政府推出新一輪消費券 市民下月起可登記
2024年05月06日 星期一 14:22　撰文：何家樂
　　政府今日宣布推出新一輪消費券計劃，合資格市民每人可獲發5000元，下月1日起可經網上或郵寄方式登記。
　　有市民在網上留言區表示歡迎，認為有助紓緩生活壓力。
編輯：黃卓謙
本網站內容不代表本網立場
延伸閱讀
消費券登記常見問題
熱門新聞
1. 天文台發出酷熱天氣警告
2. 港鐵票價下月起調整
讀者留言（12則）
陳生：好消息！
Mandy Wong：幾時有得用？
登入後留言
"""


def test_a_counted_comment_header_ends_the_body_above_the_related_lists() -> None:
    """Readers' comments under a header with their count (讀者留言（12則）) are
    the comment widget even without reply buttons or times; the related and
    ranking lists above them, whose numbered items read like a notice's
    headings, are then below the body too."""
    doc = clean(HK_PORTAL)
    for chrome in ("不代表本网立场", "延伸阅读", "常见问题", "热门新闻", "天文台", "港铁票价", "读者留言", "好消息", "几时有得用"):
        assert chrome not in doc.text, chrome
    assert "合资格市民每人可获发5000元" in doc.text
    assert "网上留言区表示欢迎" in doc.text


MAILBOX = """临川市人民政府
首页 > 政民互动 > 市长信箱
关于小区门口路灯不亮的问题
来信时间：2024-10-08 09:12
网友留言
　　市长您好，我是城南新村的居民，小区门口的两盏路灯已经坏了一个多月，晚上出行很不方便，希望有关部门尽快修复。
回复单位：市城市管理局
回复内容：
　　您好！收到您的来信后，我局立即安排工作人员现场查看，已于10月9日完成路灯维修。
评论（2）
张先生：修得很快，点赞！
李女士：谢谢城管局。
"""


def test_a_mailbox_letter_under_an_uncounted_header_stays() -> None:
    """A government mailbox's letter under 网友留言 (no count) and its reply are
    the page's text; only the comments under 评论（2） go."""
    doc = clean(MAILBOX)
    for line in MAILBOX.splitlines()[5:9]:
        if line.startswith("　　"):
            assert line.strip("　") in doc.text
    assert "修得很快" not in doc.text and "谢谢城管局" not in doc.text


HALF_WIDTH_LIBRARY = """白河市人民政府门户网站
政策 > 规范性文件
索引号: 000014672/2024-01233    信息分类: 规范性文件
发布机构: 白河市人民政府    发文日期: 2024-03-05
文号: 白政规[2024]1号    有效性: 有效
名称: 白河市人民政府关于印发白河市公共租赁住房管理办法的通知
白河市人民政府关于印发白河市公共租赁住房管理办法的通知
各县区人民政府, 市政府各部门:
    现将《白河市公共租赁住房管理办法》印发给你们, 请认真贯彻执行。
白河市人民政府
2024年3月5日
"""


def test_a_two_link_trail_above_a_label_table_is_no_headline() -> None:
    """A trail of two links (政策 > 规范性文件) with a label table between it and
    the headline is still above the headline: it goes, and the headline is the
    title."""
    doc = clean(HALF_WIDTH_LIBRARY)
    assert doc.metadata["title"] == "白河市人民政府关于印发白河市公共租赁住房管理办法的通知"
    assert doc.metadata["date"] == "2024-03-05"
    assert "规范性文件" not in doc.text.splitlines()[0]
    assert "政策 >" not in doc.text


WAP_PORTAL = """中华网 > 科技 > 正文
我国成功发射新一代通信技术试验卫星
2024-08-29 20:15:00 来源: 央视新闻客户端
　　8月29日19时48分，我国在西昌卫星发射中心成功将通信技术试验卫星十三号发射升空。
　　该卫星主要用于开展多频段、高速率卫星通信技术验证。
(责任编辑:科技_小新)
推广：点击领取流量卡
相关阅读：
神舟十八号航天员顺利出舱 08-28
"""

AD_LAW_NOTICE = """关于规范户外广告设置的通告
　　为规范户外广告设置管理，现将有关事项通告如下。
　　一、户外广告设置应当符合规划。
广告：是指商品经营者或者服务提供者通过一定媒介和形式直接或者间接地介绍自己所推销的商品或者服务的商业广告。
推广：在全市范围内推广使用新型节能灯箱。
"""


def test_a_colon_labelled_ad_goes_below_an_article_and_such_sentences_stay() -> None:
    """推广：… under an article goes; a notice's definition or measure opened by
    the same word (广告：是指…。, 推广：在全市范围内推广…。) is its text."""
    assert "流量卡" not in clean(WAP_PORTAL).text
    doc = clean(AD_LAW_NOTICE)
    for line in AD_LAW_NOTICE.splitlines()[-2:]:
        assert line in doc.text, line
