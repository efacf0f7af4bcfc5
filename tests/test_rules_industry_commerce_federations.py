"""Chrome of federations of industry and commerce, chambers of commerce and trade associations (held-out
pages h1430-h1439): a federation's or chamber's strip of enterprise-service and membership lines, its
membership buttons after the text, the banner reminding members to pay the year's fee, a column's ticker of
its latest headlines, the header of the member box and the wall of member logos left as text, a QR caption
to scan and join, and the chamber's address with its telephone are caught in other wordings and in Taiwan
wording; the sentences of notices, reports and member profiles that use the same words (a fee notice's own
table and deadlines, a sentence on how to join, a notice's own contact line, a list of elected units joined
by 、) stay."""

from __future__ import annotations

from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("footer/enterprise-service-hotline-strip", "民营企业服务热线：0571-85103366　法律维权：0571-85103377"),
    ("footer/enterprise-service-hotline-strip", "助企服务专线：12345转6　　涉企投诉：0731-84512315"),
    ("footer/enterprise-service-hotline-strip", "会员服务热线：400-618-2025　投诉建议：0898-66501234"),
    ("footer/enterprise-service-hotline-strip", "入会咨询：020-83325566　联系人：陈秘书长"),
    ("footer/enterprise-service-hotline-strip", "入会热线：13905711234（秘书处 郑老师）"),
    ("footer/enterprise-service-hotline-strip", "会员服务专线：(02)2715-5588"),
    ("footer/enterprise-service-hotline-strip", "企业诉求服务热线：0851-86811234（工作日9:00-17:30）"),
    ("tools/membership-buttons", "我要入会"),
    ("tools/membership-buttons", "申请入会 >>"),
    ("tools/membership-buttons", "【在线入会】【会员登录】"),
    ("tools/membership-buttons", "入会须知 | 入会程序 | 会员权益 | 会费标准"),
    ("tools/membership-buttons", "入会申请表下载　　会员中心"),
    ("tools/membership-buttons", "加入会员　会员专区"),
    ("tools/membership-buttons", "入会申请表（PDF版）下载"),
    ("tools/membership-fee-reminder", "温馨提示：2026年度会费缴纳通道已开启，请各会员企业及时缴纳。【立即缴纳】"),
    ("tools/membership-fee-reminder", "关于缴纳2025年度会员会费的通知　[查看详情]"),
    ("tools/membership-fee-reminder", "会费缴纳提醒：尚未缴纳本年度会费的会员单位请于6月30日前完成缴纳　点击查看>>"),
    ("tools/column-news-ticker-bulleted", "协会动态：● 协会召开六届二次理事会　● 协会组织会员赴东盟考察　● 会员企业参加进博会"),
    ("tools/column-news-ticker-bulleted", "通知公告｜◆ 关于开展会员信息年报的通知　◆ 关于推荐优秀民营企业家的通知"),
    ("tools/column-news-ticker-bulleted", "最新动态：▶ 工商联召开执委会议　▶ 民营企业服务月活动启动"),
    ("related/member-showcase-header", "会员之窗"),
    ("related/member-showcase-header", "企业风采　更多>>"),
    ("related/member-showcase-header", "副会长单位"),
    ("related/member-showcase-header", "会员园地"),
    ("related/member-showcase-header", "会员产品推荐"),
    ("related/member-showcase-header", "会长寄语"),
    ("related/member-units-wall", "副会长单位：海川集团　新锐光电　恒达建设　华美食品"),
    ("related/member-units-wall", "会员企业 | 远航物流 | 金田纺织 | 明德教育 | 瑞丰农业"),
    ("related/member-units-wall", "友情商会：福建商会 / 湖南商会 / 四川商会 / 重庆商会"),
    ("tools/scan-to-act", "扫码申请入会"),
    ("footer/site-address", "商会地址：杭州市上城区解放东路18号　电话：0571-87226688"),
    ("footer/site-address", "协会地址：南州市观山湖区长岭北路55号　电话：0851-85562211　邮箱：nzsia@163.com"),
    ("tools/scan-to-act", "扫一扫加入商会"),
]

KEPT: list[tuple[str, str]] = [
    ("footer/enterprise-service-hotline-strip", "　　联系人：李明辉　联系电话：0796-2512638"),
    ("footer/enterprise-service-hotline-strip", "咨询电话：0571-85103366"),
    ("footer/enterprise-service-hotline-strip", "　　本会会员服务专线：(06)2345678分机21，欢迎会员厂商多加利用。"),
    ("footer/enterprise-service-hotline-strip",
     "　　企业也可拨打民营企业服务热线0731-12345转5号键，或者登录市工商联网站“企业诉求”栏目反映问题。"),
    ("footer/enterprise-service-hotline-strip", "　　王立新指出，要用好“民营企业服务热线”，对企业反映的问题限时办结。"),
    ("tools/membership-buttons", "一、会费标准"),
    ("tools/membership-buttons", "　　凡认同商会章程的企业，均可提交入会申请，经秘书处审核后成为会员。"),
    ("tools/membership-buttons", "会员类别　年会费（元）"),
    ("tools/membership-buttons", "（三）入会程序"),
    ("tools/membership-fee-reminder", "　　会费于2025年4月30日前缴清，协会开具社会团体会费统一票据。"),
    ("tools/membership-fee-reminder", "　　会员单位可登录协会网站在线缴纳会费，详情请咨询协会秘书处。"),
    ("tools/membership-fee-reminder", "关于收缴2025年度会员会费的通知"),
    ("tools/column-news-ticker-bulleted", "工作动态：◆ 商会召开第五届理事会第三次会议"),
    ("tools/column-news-ticker-bulleted", "· 协会组织会员参加广交会，共有30家企业参展。"),
    ("tools/column-news-ticker-bulleted", "　　据协会动态监测，● 一季度会员企业产值增长8.2%。"),
    ("related/member-showcase-header", "三、会员风采"),
    ("related/member-showcase-header", "会员风采展示活动将于下月举行"),
    ("related/member-showcase-header", "各会员单位："),
    ("related/member-showcase-header", "会长致辞全文如下："),
    ("related/member-units-wall", "副会长单位：海川集团、新锐光电、恒达建设、华美食品。"),
    ("related/member-units-wall", "副会长单位　海川集团　新锐光电　恒达建设"),
    ("related/member-units-wall", "会员单位：请于3月31日前将年报材料报送协会秘书处"),
    ("footer/site-address", "　　联系地址：南州市观山湖区长岭北路55号　联系电话：0851-85562211"),
    ("footer/site-address", "　　商会地址迁至解放东路18号后，会员服务电话：0571-87226688保持不变。"),
    ("tools/scan-to-act", "　　会员企业可扫描协会公众号二维码申请入会，秘书处将在3个工作日内审核。"),
]


(test_federation_and_chamber_chrome_is_caught,
 test_body_words_of_federation_and_chamber_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)
