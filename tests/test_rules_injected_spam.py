"""Spam injected into hacked government and news sites (held-out pages
h400-h409): the trades those injections advertise (private detectives,
surrogacy, sex drugs, escorts, crypto pumps, game servers, fake diplomas,
AV studios, gambling in homophones and pinyin, betting sites' link rows
under any brand, brands spelled out with emoji, Telegram handles), each
caught in wordings other than the pages', in Simplified and Traditional
script, and the government sentences that name the same things kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govtext import Document
from govtext.blocks.filter import BlockFilter
from govtext.blocks.spam import _brand_row as brand_row
from govtext.blocks.spam import _despaced as despaced
from govtext.blocks.spam import load_lexicon, may_be_spam, score_spam

CAUGHT: list[str] = [
    # private detectives
    "深圳侦探公司_婚姻调查_出轨取证_专业寻人找人",
    "正规侦探事务所,外遇调查,定位找人,全国接单",
    # surrogacy
    "广州助孕机构,第三代试管包生男孩,借腹生子价格表",
    "试管婴儿包成功 捐卵 包生双胞胎 薇信:dy2025ivf",
    # sex drugs and knock-out drops
    "伟哥哪里能买到,万艾可正品,延时喷剂效果怎么样",
    "催情春药 听话水 失忆水 货到付款 TG：@yaopin01",
    # escorts
    "同城约会 高端外围女 包夜服务 qq:2851234",
    # AV studios and titles
    "果冻传媒 蜜桃传媒 91制片厂 在线观看",
    "巨乳人妻 无码流出 高清在线播放",
    # crypto pumps and money mules
    "币圈内幕群，百倍币提前布局，明天拉盘，免费进群",
    "USDT跑分平台,日入上万,不冻卡,飞机@paofen99",
    # game servers
    "1.85冰雪传奇 一刀999 爆率全开 散人打金服",
    "冰雪单职业 合击私服 元宝回收 服务端出售",
    # fake certificates
    "办理国外文凭 学信网可查 不考试拿证 电工证代办",
    "制作毕业证书 钢印水印 一比一还原 微信：byz2025",
    # gambling in homophones, pinyin and crypto
    "du博平台 真人BJL 24小时出款",
    "哈希竞猜 幸运哈希 区块链博彩 官网入口",
    "菠菜网 包网搭建 源码出售 三方支付对接",
    # prose ads with a contact
    "本公司专业从事婚外情调查、出轨取证、寻人找人等业务，全国接单，保密可靠，咨询电话13912345678。",
    "高端外围 同城约见 联系@yue_520",
    # a prose casino ad
    "本平台经菲律宾政府授权合法运营，线上娱乐项目齐全，存款秒到，提款五分钟内到账，欢迎广大玩家前来体验。",
    # a betting site's link row under a brand no lexicon lists
    "金游官网 金游平台 金游登录入口 金游app下载",
    "大圣娱乐官网,大圣娱乐平台,大圣娱乐登录入口",
    # brands spelled out with emoji or dots
    "开💎云💎体💎育💎官💎网",
    "乐🔥鱼🔥体🔥育 注册就送",
    "威.尼.斯.人.官.网",
    # cash-out, counterfeits, paid deletion, porn forums
    "代还信用卡 花呗提现 白条提现 包下卡",
    "高仿手表 一比一复刻 复刻手表 微信:fk2025",
    "删差评 代删负面新闻 有偿删帖 价格实惠",
    "草榴社区 1024核工厂 精品三级",
    "私人侦探 忠诚度测试 寻找代孕 代孕妈妈",
    "兼职打字 一单一结 带你躺赚 跟单老师",
]

CAUGHT_TRADITIONAL: list[str] = [
    "私家偵探社 外遇調查 婚外情取證 全國接單",
    "偉哥專賣 壯陽藥 延時噴劑 隱私包裝",
    "幣圈內幕群｜百倍幣提前佈局｜明日拉盤",
    "USDT跑分招代理 日入過萬 穩定不凍卡 飛機：@pf8899",
    "線上真人荷官 百家樂 區塊鏈博彩 註冊即領",
    "金遊官網｜金遊平臺｜金遊娛樂登錄",  # a brand row in Traditional (see _ROW_WORDS)
]

KEPT: list[str] = [
    "　　公安机关依法打击私家侦探非法调查他人婚外情、出轨取证等侵犯公民个人信息的违法行为。",
    "严厉打击非法代孕和“包生男孩”虚假广告",
    "关于开展打击非法代孕、买卖卵子专项整治的通知",
    "　　不要轻信网上宣称能壮阳、延时的保健品，伟哥等处方药须凭处方购买。",
    "伟哥等处方药销售管理规定",
    "枸橼酸西地那非片（万艾可）　他达拉非片（希爱力）",
    "警惕“币圈内幕群”“百倍币”投资骗局",
    "　　警方提醒：所谓USDT跑分、日入过万的兼职都是洗钱陷阱，切勿出借银行卡。",
    "关于查处“一刀999”“爆率全开”等违规网络游戏广告的通报",
    "涉黄信息　　同城约见、高端外围、包夜服务",
    "　　提醒群众不轻信高端外围、同城约见等招嫖信息，不购买伟哥、听话水等来路不明的药品。",
    "　　以所谓菲律宾政府授权的博彩牌照为幌子，诱骗群众在线上娱乐平台充值的，均属网络赌博。",
    "西陵经开新区召开冰雪产业发展座谈会",
    "完善冰雪版图　打造冰雪旅游目的地",
    "天涯海角社区开展垃圾分类宣传",
    "长春药品监督管理局发布抽检公告",
    "市文化交流出版中心举办读书月活动",
    "第三届亚洲电影节最佳剧情片揭晓",
    "　　为失能老人提供上门按摩、助浴等全套服务。",
    "国外文凭认证办理指南",
    "留信网认证与学历认证的区别",
    "博彩监察协调局公布娱乐场毛收入",
    "　　新时代怀揣梦想的青年，在历代妈祖文化传承中找到归属。",
    "政务公开|政务服务|政务新媒体|互动交流",
    "游戏代练　代打　账号交易",
    "公益服务进社区",
    "怀旧服装展在市博物馆开幕",
    "我院成功开展第三代试管婴儿技术",
    "网络直播　私密直播　打赏乱象",
    "拉人头　发展下线　层级计酬",
    "日收益率　年化收益率　七日年化",
    "跟踪调查　满意度回访　意见征集",
    "威 尼 斯 人 酒 店 开 业",  # letter spacing, not dots: a heading may be typeset so
    "全面整治虚拟币挖矿活动",
    "严厉打击出售公民个人信息违法犯罪",
    "　　市民可通过“浙里办”APP下载、登录入口办理社保、公积金等业务。",
]

KEPT_TRADITIONAL: list[str] = [
    "　　警方也提醒，網路上招募博弈代理、跑分車手者多涉及洗錢與賭博犯罪，民眾切勿出租或出借帳戶。",
    "　　縣長請民眾記住高獲利、保證賺、穩賺不賠都是詐騙話術，若有疑問可撥打165反詐騙諮詢專線查證。",
]


@pytest.mark.parametrize("line", CAUGHT)
def test_injected_line_is_spam(line: str) -> None:
    s = score_spam(line)
    assert s.is_spam, s.reason or line


@pytest.mark.parametrize("line", CAUGHT_TRADITIONAL)
def test_injected_traditional_line_is_spam(line: str) -> None:
    s = score_spam(line, load_lexicon(traditional=True))
    assert s.is_spam, s.reason or line


@pytest.mark.parametrize("line", KEPT)
def test_government_line_is_not_spam(line: str) -> None:
    s = score_spam(line)
    assert not s.is_spam, s.reason


@pytest.mark.parametrize("line", KEPT_TRADITIONAL)
def test_government_traditional_line_is_not_spam(line: str) -> None:
    s = score_spam(line, load_lexicon(traditional=True))
    assert not s.is_spam, s.reason


_BODY = "　　区交通运输局负责人介绍，工程将严格落实质量监管责任，确保年底前全部完工并通过验收。"


@pytest.mark.parametrize("line", [*CAUGHT[:3], CAUGHT[-3], CAUGHT[-2]])
def test_injection_between_paragraphs_leaves_the_paragraphs(line: str) -> None:
    doc = Document.from_text(f"{_BODY}\n{line}\n{_BODY}")
    BlockFilter()(doc)
    assert doc.text.count(_BODY) == 2 and line not in doc.text
    assert [r.rule for r in doc.removed] == ["spam/score"]


def test_a_brand_row_needs_one_stem_before_link_words() -> None:
    assert brand_row("ty天游平台注册|天游娱乐登录|天游注册地址|天游代理招商") == "天游"
    assert brand_row("w88优德官网|w88优德平台|w88登录入口|w88 app下载") == "w8"
    assert brand_row("天游官网|乐游平台|美游登录|好游入口") is None  # no shared stem
    assert brand_row("首页|政务公开|政务服务|政务新媒体") is None  # a menu: no link words
    s = score_spam("天游平台注册|天游娱乐登录|天游代理招商")
    assert s.is_spam and any("link row" in x for x in s.signals)


def test_emoji_between_letters_close_up_like_spaces() -> None:
    assert despaced("开🔥云🔥体🔥育") == "开云体育"
    assert despaced("春节🏮元宵🏮端午") == "春节🏮元宵🏮端午"  # words, not single letters
    assert not score_spam("春🌸夏🌞秋🍂冬，四季皆宜游青溪").is_spam


def test_telegram_handle_is_a_contact() -> None:
    s = score_spam("菠菜大平台 飞机@bcbw777")
    assert s.is_spam and any("飞机@bcbw777" in x for x in s.signals)
    assert not score_spam("菠菜大平台 飞机场").is_spam


_ROW_PIECES = ["金游官网", "金游平台", "金游登录入口", "金游app下载", "政务服务", "注册送", "县人民政府", "依法查处", "。"]


@given(st.lists(st.sampled_from(_ROW_PIECES), min_size=1, max_size=6), st.sampled_from(["|", " ", ",", "、"]))
def test_may_be_spam_stays_a_bound_with_brand_rows(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    lex = load_lexicon()
    s = score_spam(text, lex)
    assert may_be_spam(text, lex) or not s.is_spam, s.reason
