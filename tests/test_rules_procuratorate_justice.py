"""Chrome of procuratorates', justice bureaus', legal-aid centres' and notary offices' pages
(held-out pages h1370-h1379): the 12309 / 12348 service-centre strip listing its services, the
legal-aid call slogan, the row of links to the legal-service platforms, the QR caption to scan
and enter a platform, the lookup form with blank boxes (a notary certificate's, a lawyer's
licence), a press release's spokesperson with a telephone and the link to the releases' archive
are caught in other wordings and spellings (a Traditional page's lines as the pipeline hands them
to the rules, in Simplified script), and the notice sentences and
lines that name the same centres, hotlines, platforms and forms stay."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/justice-service-centre-strip", "12309检察服务中心　律师阅卷预约　案件程序性信息查询"),
    ("footer/justice-service-centre-strip", "12348公共法律服务平台 ｜ 法律咨询 ｜ 人民调解 ｜ 公证服务"),
    ("footer/justice-service-centre-strip", "“12348”公共法律服务中心：法律咨询　法律援助　公证服务　人民调解"),
    ("footer/justice-service-centre-strip", "12309检察服务中心：控告申诉 / 律师服务 / 国家赔偿"),
    ("footer/justice-service-centre-strip", "12368诉讼服务中心 · 立案 · 缴费 · 联系法官"),
    ("slogan/legal-aid-call-slogan", "遇到纠纷找调解"),
    ("slogan/legal-aid-call-slogan", "有法律问题 请找12348"),
    ("slogan/legal-aid-call-slogan", "12348　遇到法律难题 找法律顾问"),
    ("slogan/legal-aid-call-slogan", "有困难找法援　法援热线12348"),
    ("related/legal-service-platform-links", "12309中国检察网　中国普法网"),
    ("related/legal-service-platform-links", "中国法律服务网 | 12348浙江法网 | 法律援助在线申请"),
    ("related/legal-service-platform-links", "平台链接：江苏法律服务网 ｜ 中国法律服务网"),
    ("related/legal-service-platform-links", "中国法律服务网 / 12348广东法网"),
    ("tools/scan-to-enter", "扫一扫 登录“江州司法”小程序"),
    ("tools/scan-to-enter", "微信扫码进入12348法律服务平台"),
    ("tools/scan-to-enter", "扫描二维码 访问中国检察网"),
    ("tools/blank-field-lookup-box", "律师执业证查询：执业证号 [          ] 【查询】"),
    ("tools/blank-field-lookup-box", "公证书核验　公证书编号 ［　　　　］　当事人姓名 ［　　　］　［验 证］"),
    ("tools/blank-field-lookup-box", "执业机构查询：机构名称 ____ 统一社会信用代码 ____ [查询] [重置]"),
    ("tools/blank-field-lookup-box", "公证书查询：公证书号码 [　　　　] [查询]"),
    ("credits/spokesperson-contact", "新闻发言人：副检察长 王强　电话：0571-87654321"),
    ("credits/spokesperson-contact", "发言人：主任秘书 林志明　联络电话：(04)2226-1234 分机 302"),
    ("credits/spokesperson-contact", "发言人：办公室主任 刘洋　手机：13800001234"),
    ("related/archive-link", "新闻稿 ｜ 新闻稿存档"),
    ("related/archive-link", "新闻公报 / 新闻公报档案"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/justice-service-centre-strip", "　　12309检察服务中心：控告申诉、律师服务、案件查询。"),
    ("footer/justice-service-centre-strip", "12309检察服务中心　受理来信12件"),
    ("footer/justice-service-centre-strip", "　　群众可通过12348公共法律服务平台申请法律援助，也可到现场办理。"),
    ("footer/justice-service-centre-strip", "12348公共法律服务中心　江州市滨海大道36号"),
    ("slogan/legal-aid-call-slogan", "　　有困难找法援，已成为当地群众的口头禅。"),
    ("slogan/legal-aid-call-slogan", "三、有法律问题找12348"),
    ("slogan/legal-aid-call-slogan", "　　遇到纠纷找调解员，是村民们多年的习惯。"),
    ("related/legal-service-platform-links", "　　登录中国法律服务网或12348浙江法网查询。"),
    ("related/legal-service-platform-links", "中国法律服务网、12348浙江法网"),
    ("related/legal-service-platform-links", "（二）网上申请：登录“广东法律服务网”提交。"),
    ("tools/scan-to-enter", "　　群众扫码进入“浙里办”即可在线申请法律援助。"),
    ("tools/scan-to-enter", "扫码进入小程序后，点击“法律援助”。"),
    ("tools/blank-field-lookup-box", "公证书编号：（2026）川锦证字第1234号　【查询】"),
    ("tools/blank-field-lookup-box", "　　当事人可登录本处网站，输入公证书编号查询公证书真伪。"),
    ("tools/blank-field-lookup-box", "执业证号：13301201510123456　执业机构：浙江某某律师事务所"),
    ("credits/spokesperson-contact", "发言人表示，本署将持续查缉诈骗集团。"),
    ("credits/spokesperson-contact", "发言人：本院将依法公开案件进展情况。"),
    ("credits/spokesperson-contact", "　　联系人：许可欣　电话：0898-65330218"),
    ("related/archive-link", "　　历年新闻公报可在新闻公报存档中查阅。"),
    ("related/archive-link", "新闻稿 ｜ 新闻稿"),
]


(test_procuratorate_justice_chrome_is_caught,
 test_body_words_of_procuratorate_justice_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


LEGAL_AID_NOTICE = """临江县司法局
首页 ｜ 机构概况 ｜ 政务公开 ｜ 公共法律服务 ｜ 普法宣传
当前位置：首页 > 通知公告
临江县法律援助中心关于调整法律援助值班律师工作站服务时间的公告
发布时间：2026-08-03　来源：县法律援助中心
　　为方便群众就近获得法律服务，自2026年9月1日起，县人民法院、县看守所法律援助值班律师工作站服务时间调整为工作日8:30-17:30。
　　群众可到县12348公共法律服务中心现场申请法律援助，也可登录中国法律服务网或12348浙江法网在线申请。
　　有困难找法援，我们将竭诚为您提供法律服务。
　　咨询电话：0576-12348000
临江县法律援助中心
2026年8月3日
中国法律服务网 | 12348浙江法网 | 法律援助在线申请
12348公共法律服务中心：法律咨询　法律援助　人民调解
扫码进入12348浙江法网
有困难找法援　法援热线12348
主办单位：临江县司法局　浙ICP备12345678号
"""


def test_a_legal_aid_notice_keeps_its_lines_and_drops_the_strips() -> None:
    """A legal-aid centre's notice of another county: its sentences naming the service centre, the
    platforms and the slogan stay with its contact line and signature; the platform links, the
    service-centre strip, the QR caption and the slogan under the signature go."""
    doc = clean(LEGAL_AID_NOTICE)
    for line in LEGAL_AID_NOTICE.splitlines()[5:11]:
        assert line.strip() in doc.text, line
    for chrome in ("法律援助在线申请", "人民调解", "扫码进入", "法援热线12348"):
        assert chrome not in doc.text, chrome
    assert doc.metadata.get("title") == "临江县法律援助中心关于调整法律援助值班律师工作站服务时间的公告"


NOTARY_PAGE = """城东公证处
首页　办证指南　收费标准　在线预约　联系我们
当前位置：首页 > 办证指南
城东公证处关于启用电子公证书的公告
更新时间：2026-02-10　来源：本处办公室
　　自2026年3月1日起，我处出具的公证书同时提供电子版本，当事人可登录本处网站“公证书查询”栏目，输入公证书编号和查询码核验公证书真伪。
　　公证书编号：（2026）浙东证字第0001号起启用新版编号规则。
城东公证处
2026年2月10日
公证书查询：公证书编号 [　　　　　] 查询码 [　　　　] [查询]
新闻发言人：办公室主任 王丽　电话：0571-86000000
地址：城东市解放路1号　电话：0571-86000001
"""


def test_a_notary_notice_keeps_its_record_lines_and_drops_the_lookup_box() -> None:
    """A notary office's notice: its sentences on looking up certificates stay, the blank lookup form
    and the spokesperson line under the signature go."""
    doc = clean(NOTARY_PAGE)
    for line in NOTARY_PAGE.splitlines()[5:9]:
        assert line.strip() in doc.text, line
    assert "[查询]" not in doc.text
    assert "新闻发言人" not in doc.text
