"""Chrome of ethnic and religious affairs bureaus', united front departments', Taiwan affairs
offices' and overseas-Chinese federations' pages (held-out pages h1400-h1409): the site's name
in the region's script ending in a department or committee, one office's party and government
nameplates side by side, an office's service hotline strip with its channels, a reposting
portal's note above the headline, the banner of unity slogans above the footer and the link to
today's releases beside the archive are caught in other wordings, spellings and Traditional
script as the pipeline reads it once converted (Taiwan wording in Simplified characters); the notice sentences and lines that use the same words stay. A bilingual menu whose
labels each carry their Uyghur, Tibetan or Mongolian gloss is read as a menu, and a Taiwan
page's 資料更新 stamp, once converted, is the page's update date."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("slogan/minority-site-name", "ཀྲུང་གུང་ཁྲོམ་ཨུ་ཡོན་ལྷན་ཁང་གི་ཆབ་སྲིད་གྲོས་མོལ་ལས་ཁུངས།"),
    ("slogan/minority-site-name", "ལྷ་ཁུལ་མི་རིགས་ཆོས་ལུགས་ཨུ་ཡོན་ལྷན་ཁང་།"),
    ("slogan/minority-site-name", "ئاقسۇ ۋىلايەتلىك مىللەتلەر ئىشلىرى كومىتېتى"),
    ("slogan/minority-site-name", "ناھىيىلىك پارتكوم بىرلىكسەپ خىزمەت بۆلۈمى"),
    ("slogan/minority-site-name", "ᠬᠣᠲᠠ ᠶᠢᠨ ᠦᠨᠳᠦᠰᠦᠲᠡᠨ ᠦ ᠬᠡᠷᠡᠭ ᠦᠨ ᠵᠥᠪᠯᠡᠯ"),
    ("slogan/joint-nameplates", "中共河西市委统一战线工作部　河西市民族宗教事务局"),
    ("slogan/joint-nameplates", "中共石门县委台湾工作办公室 | 石门县人民政府台湾事务办公室"),
    ("slogan/joint-nameplates", "中共临江市委外事工作委员会办公室　　临江市人民政府外事办公室"),
    ("slogan/joint-nameplates", "中共溪口县委统战部　溪口县侨务办公室"),
    ("footer/service-hotline-channel-strip", "为侨服务热线：020-83551234 ｜ 侨胞权益投诉 ｜ 侨务政策咨询"),
    ("footer/service-hotline-channel-strip", "台胞服务专线 0592-5123456 · 诉求受理 · 网上留言 >>"),
    ("footer/service-hotline-channel-strip", "民族宗教政策咨询热线：0991-2345678　｜　来信来访　｜　在线咨询"),
    ("footer/service-hotline-channel-strip", "台胞台企服务热线：(0591)2233445 ｜ 投诉受理 ｜ 线上咨询"),
    ("footer/repost-note-above-headline", "（本文转自台湾“联合新闻网”，仅供参考）"),
    ("footer/repost-note-above-headline", "【本文摘自香港《大公报》，文中观点不代表本网立场】"),
    ("footer/repost-note-above-headline", "编者按：以下内容转载自台湾地区媒体，仅供读者参考，不代表本站观点。"),
    ("footer/repost-note-above-headline", "本文来源于台湾地区网站，仅供参考"),
    ("slogan/unity-slogan-banner", "两岸一家亲　｜　共圆中国梦"),
    ("slogan/unity-slogan-banner", "凝聚侨心 · 汇集侨力 · 同心共筑中国梦"),
    ("slogan/unity-slogan-banner", "铸牢中华民族共同体意识　促进各民族交往交流交融"),
    ("slogan/unity-slogan-banner", "坚持我国宗教中国化方向　积极引导宗教与社会主义社会相适应"),
    ("related/archive-link", "今日新闻公报　｜　新闻公报档案"),
    ("related/archive-link", "最新新闻稿 | 新闻稿存档 >>"),
]

KEPT: list[tuple[str, str]] = [
    ("slogan/minority-site-name", "托帕县民族宗教事务局"),
    ("slogan/minority-site-name", "ཆོས་ལུགས་ལས་དོན་ཐད་ཀྱི་སྒྲིག་གཞི་ལ་བརྟེན་ནས་ལས་ཀ་བྱེད་དགོས།"),
    ("slogan/joint-nameplates", "中共青岚县委台湾工作办公室"),
    ("slogan/joint-nameplates", "　　中共甘达州委统战部、甘达州民族宗教事务局联合召开宗教界人士座谈会。"),
    ("slogan/joint-nameplates", "中共甘达州委统战部　2026年9月22日"),
    ("slogan/joint-nameplates", "中共河西市委书记　李明"),
    ("footer/service-hotline-channel-strip", "　　县台办公布了台胞台企服务专线0591-2233445，工作日受理台胞台企诉求。"),
    ("footer/service-hotline-channel-strip", "为侨服务热线：0750-3218800　受理时间：工作日8:30-17:30"),
    ("footer/service-hotline-channel-strip", "咨询热线：0750-3218866　黄女士　陈先生"),
    ("footer/service-hotline-channel-strip", "如有疑问，可拨打为侨服务热线0750-3218800咨询，或到侨联投诉受理窗口反映。"),
    ("footer/service-hotline-channel-strip", "联系电话：0750-3218866 ｜ 投诉受理 ｜ 政策咨询"),
    ("footer/repost-note-above-headline", "　　本文转载自《人民日报》2026年9月22日第4版。"),
    ("footer/repost-note-above-headline", "　　据台湾媒体报道，岛内多个宗教团体表示，两岸宗教交流不应受政治干扰。"),
    ("footer/repost-note-above-headline", "来源：台湾“联合新闻网”"),
    ("slogan/unity-slogan-banner", "　　大家表示，将与各族群众一道像石榴籽一样紧紧抱在一起，同心共筑中国梦。"),
    ("slogan/unity-slogan-banner", "一、铸牢中华民族共同体意识　推进民族团结进步创建"),
    ("slogan/unity-slogan-banner", "铸牢中华民族共同体意识，推动民族团结进步事业发展。"),
    ("slogan/unity-slogan-banner", "民族团结进步示范单位"),
    ("related/archive-link", "　　有关资料可在新闻公报档案中查阅。"),
    ("related/archive-link", "今日新闻公报：民政及青年事务局局长与六宗教领袖会面"),
]


(test_ethnic_religious_united_front_chrome_is_caught,
 test_body_words_of_ethnic_religious_united_front_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


RELIGIOUS_NOTICE = """ناھىيىلىك مىللەتلەر ۋە دىن ئىشلىرى كومىتېتى
沙湾河县民族宗教事务委员会
باش بەت 首页 | ئۇچۇرلار 民宗动态 | سىياسەت 政策法规 | مۇلازىمەت 便民服务
关于开展宗教活动场所“和谐寺观教堂”创建工作的通知
发布时间：2026-05-06　来源：沙湾河县民族宗教事务委员会
　　各乡镇人民政府，各宗教活动场所：
　　为铸牢中华民族共同体意识，坚持我国宗教中国化方向，县民宗委决定在全县宗教活动场所开展“和谐寺观教堂”创建工作。
　　创建工作中如有疑问，可拨打民族宗教政策咨询热线0993-6012345，或到县民宗委来信来访接待室反映。
沙湾河县民族宗教事务委员会
2026年5月6日
铸牢中华民族共同体意识　推动新时代党的民族工作高质量发展
民族宗教政策咨询热线：0993-6012345　｜　来信来访　｜　在线咨询
版权所有：沙湾河县民族宗教事务委员会
"""


def test_a_religious_affairs_notice_keeps_its_lines_and_drops_the_glossed_menu_slogans_and_strip() -> None:
    """Another county's notice: the Uyghur name, the menu whose labels each carry their Uyghur
    gloss, the slogan banner and the hotline strip go; the notice's sentences naming the same
    slogans and hotline, its signature and the title stay."""
    doc = clean(RELIGIOUS_NOTICE)
    for line in RELIGIOUS_NOTICE.splitlines()[5:10]:
        assert line.strip() in doc.text, line
    for chrome in ("كومىتېتى", "政策法规", "推动新时代党的民族工作高质量发展", "｜　来信来访"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("title") == "关于开展宗教活动场所“和谐寺观教堂”创建工作的通知"
    assert doc.metadata.get("date") == "2026-05-06"


TAIWAN_MIRROR = """海峡资讯网　台湾频道
首页 | 台湾要闻 | 两岸交流 | 台湾社会
【本文转载自台湾地区网站，内容仅供参考，不代表本网观点】
宜蘭縣宗教團體聯合祈福活動25日舉行
發布日期：115-11-20　發布單位：民政處
宜蘭縣政府民政處表示，全縣宗教團體將於11月25日舉行聯合祈福活動，歡迎民眾參加。
活動資訊可至縣府全球資訊網查詢。
資料更新：115-11-21
海峡资讯网 版权所有
"""


def test_a_taiwan_page_mirrored_keeps_its_date_and_drops_the_repost_note_and_update_stamp() -> None:
    """A Taiwan county's release mirrored by a Mainland portal: the portal's repost note above the
    headline and the page's 資料更新 stamp under it go; the date is the release's, not the update's."""
    doc = clean(TAIWAN_MIRROR)
    assert "转载自" not in doc.text and "资料更新" not in doc.text
    assert "全县宗教团体将于11月25日举行联合祈福活动" in doc.text
    assert doc.metadata.get("date") == "2026-11-20"
