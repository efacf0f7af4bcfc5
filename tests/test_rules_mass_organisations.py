"""Chrome of mass organisations' pages (held-out pages h760-h769): trade unions,
the Youth League, women's federations, Red Cross societies, charity federations
and foundations, disabled persons' federations, volunteer associations, Hong Kong
and Taiwan associations. Each rule catches lines worded otherwise than the pages
it was written for (other organisations, Traditional script, half-width
punctuation), and leaves alone the body sentences that use the same words: a
donation list published as the notice (``张三　500元``, ``XX公司　10,000.00``,
``本月捐款合计：17,300元``) is its text, a plan's targets and a report's progress
stay, and so does the sentence that asks readers to give or scan a code."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/fundraising-progress", "已筹：368,920元　目标：500,000元　进度 74%"),
    ("tools/fundraising-progress", "已筹 ¥1,286,540.00"),
    ("tools/fundraising-progress", "已募集善款 52,300元 | 目标 100,000元"),
    ("tools/fundraising-progress", "筹款进度：62%"),
    ("tools/fundraising-progress", "募集目标：￥300,000"),
    ("tools/fundraising-progress", "目标 ¥2,000,000.00"),
    ("tools/fundraising-progress", "目标金额：80万元　完成：45%"),
    ("tools/fundraising-progress", "12,873 人次参与"),
    ("tools/fundraising-progress", "已有3,206人次爱心捐款"),
    ("tools/fundraising-progress", "捐款人次：1,024"),
    ("tools/donate-buttons", "立即捐款"),
    ("tools/donate-buttons", "我要捐赠"),
    ("tools/donate-buttons", "一起捐"),
    ("tools/donate-buttons", "【我要捐款】"),
    ("tools/donate-buttons", "捐赠证书查询"),
    ("tools/donate-buttons", "捐款收据查询"),
    ("tools/donate-buttons", "电子票据下载"),
    ("tools/donate-buttons", "爱心榜"),
    ("tools/donate-buttons", "爱心捐赠,一元起捐 >>"),
    ("tools/donate-buttons", "立即捐赠 | 证书查询"),
    ("tools/donate-buttons", "善款查询"),
    ("tools/donor-feed", "王*明　捐款 ¥1,000.00　3分钟前"),
    ("tools/donor-feed", "爱心网友　捐款 ¥50.00　12分钟前"),
    ("tools/donor-feed", "l***8 捐了 20元 1小时前"),
    ("tools/donor-feed", "陈**　爱心捐赠 100元　刚刚"),
    ("tools/donor-feed", "匿名用户 捐款 NT$500 2天前"),
    ("tools/fundraising-project-card", "公益项目　博爱家园·社区应急救护站"),
    ("tools/fundraising-project-card", "推荐项目 | 春蕾计划"),
    ("tools/fundraising-project-card", "慈善项目　“暖冬行动”"),
    ("tools/system-login-button", "登录智慧团建系统"),
    ("tools/system-login-button", "进入“职工之家”平台 >>"),
    ("tools/system-login-button", "点击登录志愿者管理系统"),
    ("tools/system-login-button", "【登录会员服务平台】"),
    ("tools/signup-qr-caption", "报名二维码"),
    ("tools/signup-qr-caption", "志愿者报名二维码"),
    ("tools/signup-qr-caption", "捐款二维码："),
    ("tools/signup-qr-caption", "▲活动报名二维码"),
    ("tools/mini-program-qr", "缴费二维码"),
    ("tools/wechat-follow-prompt", "点击上方“石屏女性”，关注我们吧！"),
    ("tools/wechat-follow-prompt", "点击上方蓝字，关注我们哦"),
    ("tools/wechat-follow-prompt", "点击上方\"青春临海\"关注我们！"),
    ("tools/wechat-widgets", "点击上方“城北工会”，关注"),
    ("tools/back-to-section", "« 返回会务通告"),
    ("tools/back-to-section", "← 返回通知公告"),
    ("tools/back-to-section", "返回新闻列表"),
    ("breadcrumb/press-section-name", "会务通告"),
    ("breadcrumb/press-section-name", "本會動態"),
    ("related/list-header", "志愿项目推荐"),
    ("related/list-header", "公益活动推荐"),
    ("related/labelled-link", "最新会务：青年委员会组团赴大湾区交流考察"),
    ("related/labelled-link", "近期活动：重阳节敬老探访日"),
    ("related/volunteer-project-listing", "“情暖夕阳”敬老院陪伴活动 招募中 已报名36/50"),
    ("related/volunteer-project-listing", "护河行动 已结束 已招募 30/30"),
    ("related/volunteer-project-listing", "社区助老服务　报名中　已报名 12 / 20人"),
    ("footer/site-address", "会址：香港九龙旺角弥敦道600号10楼A室　电话：2345 6789　电邮：info@example.org.hk"),
    ("footer/site-address", "慈善热线:0577-63731234  地址:瓯平县昆阳镇解放路12号"),
    ("footer/site-address", "服务热线：(0571) 8765 4321　会址：杭州市体育场路8号"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/fundraising-progress", "目标：5000人"),
    ("tools/fundraising-progress", "目标：力争2025年底前全部完成改造。"),
    ("tools/fundraising-progress", "截至目前，项目已筹集善款368,920元，完成目标的74%。"),
    ("tools/fundraising-progress", "本月捐款合计：17,300元"),
    ("tools/fundraising-progress", "进度 74%"),
    ("tools/donate-buttons", "爱心捐赠"),
    ("tools/donate-buttons", "欢迎社会各界爱心人士踊跃捐款。"),
    ("tools/donate-buttons", "捐赠人可凭转账凭证申领捐赠证书。"),
    ("tools/donate-buttons", "一、捐款方式"),
    ("tools/donor-feed", "陈建华　5,000.00　困难群众救助"),
    ("tools/donor-feed", "4　陈建华　5,000.00　困难群众救助"),
    ("tools/donor-feed", "周建国  5,000元"),
    ("tools/donor-feed", "临澜食品有限公司捐赠矿泉水800箱，折价19,200.00元；"),
    ("tools/fundraising-project-card", "公益项目：博爱家园"),
    ("tools/fundraising-project-card", "公益项目资金使用情况"),
    ("tools/fundraising-project-card", "公益项目 共有12个项目通过评审，予以立项。"),
    ("tools/system-login-button", "1.登录智慧团建系统"),
    ("tools/system-login-button", "登录智慧团建系统完成团员信息采集。"),
    ("tools/system-login-button", "进入系统"),
    ("tools/signup-qr-caption", "扫描下方报名二维码"),
    ("tools/signup-qr-caption", "请扫描下方二维码报名。"),
    ("tools/signup-qr-caption", "报名二维码将于9月1日公布"),
    ("tools/wechat-follow-prompt", "点击上方的“办事指南”栏目即可查看。"),
    ("tools/wechat-follow-prompt", "点击上方“我要报名”按钮，填写个人信息后提交。"),
    ("tools/back-to-section", "返回原籍"),
    ("tools/back-to-section", "返回家乡创业"),
    ("breadcrumb/press-section-name", "会务通告第3号"),
    ("related/list-header", "志愿项目"),
    ("related/labelled-link", "最新会务进展良好"),
    ("related/volunteer-project-listing", "截至目前，已报名36人，招募中的岗位还有14个。"),
    ("footer/site-address", "咨询电话：0577-63731234　地址：瓯平县民政局三楼"),
    ("footer/site-address", "会址设在县工人文化宫三楼。"),
]


(test_mass_organisation_chrome_is_caught,
 test_body_words_of_mass_organisation_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


CHARITY_PAGE = """鹤溪市慈善总会
首页 | 关于我们 | 慈善项目 | 善款公示 | 联系我们
当前位置：首页 > 善款公示
鹤溪市慈善总会关于“春蕾助学”专项捐赠情况的公示
发布时间：2025-03-12　来源：鹤溪市慈善总会
　　“春蕾助学”专项募捐活动启动以来，社会各界踊跃参与。现将2025年2月收到的捐赠公示如下：
鹤溪农商银行　20,000.00元
鹤溪市妇女联合会机关全体干部　3,600.00元
李秀兰　1,000元
爱心人士　200元
本月合计：24,800.00元；截至2025年2月28日，累计到账186,350.00元。
　　以上善款将全部用于资助困难家庭女童完成学业。如有疑问，请致电0576-8123456查询。
捐款户名：鹤溪市慈善总会　账号：3301 0123 4567 8901
捐赠热线：0576-8123456
鹤溪市慈善总会
2025年3月12日
已筹：186,350元　目标：300,000元　进度 62%
立即捐款　|　捐赠证书查询
陈*华　捐款 ¥100.00　5分钟前
地址：鹤溪市人民路88号　电话：0576-8123400
"""


def test_a_donation_list_keeps_every_donor_and_loses_the_widget() -> None:
    """A charity federation's list of gifts of another city: every donor line
    with its amount, the total, the account and the hotline under the account
    stay; the progress bar, the donate buttons and the live feed go."""
    doc = clean(CHARITY_PAGE)
    text = doc.text
    for line in ("鹤溪农商银行　20,000.00元", "李秀兰　1,000元", "爱心人士　200元", "本月合计：24,800.00元",
                 "账号：3301 0123 4567 8901", "捐赠热线：0576-8123456"):
        assert line in text, line
    for chrome in ("已筹：186,350元", "立即捐款", "捐赠证书查询", "5分钟前"):
        assert chrome not in text, chrome
    assert "鹤溪农商银行　20,000.00元李秀兰" not in text.replace("\n", "")
    assert doc.metadata.get("date") == "2025-03-12"


def test_a_hotline_banner_under_no_account_still_goes() -> None:
    """The hotline banner at a page's foot goes when no account line of the
    notice stands above it (the exception is for a notice's own payment details)."""
    page = ("鹤溪市人民医院\n首页 | 医院概况 | 科室导航 | 就医指南\n关于调整门诊时间的通知\n发布时间：2025-03-12\n"
            "　　自2025年3月15日起，我院门诊上午开诊时间调整为7:30。请广大患者相互转告。\n"
            "　　特此通知。\n24小时健康咨询热线：0576-8123456\n版权所有 鹤溪市人民医院\n")
    assert "健康咨询热线" not in clean(page).text
