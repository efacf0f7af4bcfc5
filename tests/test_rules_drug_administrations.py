"""Chrome of drug and medical-products administrations (held-out pages h1460-h1469): the links to
the adverse-reaction and adverse-event report systems, a site's licence for drug or device
information online, the 12315 complaint line with the products it takes, a site's note that its
drug information is for reference only or that it sells no drugs, a row of lookup buttons and an
app's name with its official-app tagline are caught in other wordings, spellings and Traditional
wording (as the pipeline converts it), and the sentences, headings and table cells of notices that
use the same words stay."""

from __future__ import annotations

from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/adverse-reaction-report-links", "医疗器械不良事件在线报告"),
    ("tools/adverse-reaction-report-links", "药品不良反应报告　医疗器械不良事件报告　化妆品不良反应报告"),
    ("tools/adverse-reaction-report-links", "药品不良反应/事件报告 >>"),
    ("tools/adverse-reaction-report-links", "【疫苗疑似预防接种异常反应在线报告】"),
    ("tools/adverse-reaction-report-links", "在线报告：药品不良反应 >>　医疗器械不良事件 >>　化妆品不良反应 >>"),
    ("tools/adverse-reaction-report-links", "疫苗疑似预防接种异常反应报告 | 药品不良反应报告"),
    ("tools/adverse-reaction-report-links", "呈报药物不良反应"),
    ("tools/adverse-reaction-report-links", "药物不良反应通报　｜　医疗器材不良事件通报　｜　化粧品不良反应通报"),
    ("tools/adverse-reaction-report-links", "化妆品不良反应监测系统：https://www.example.org.cn"),
    ("footer/internet-drug-information-licence", "互联网药品信息服务资格证书：（京）-非经营性-2024-0033"),
    ("footer/internet-drug-information-licence", "互联网药品信息服务资格证书编号(鲁)-经营性-2021-0012"),
    ("footer/internet-drug-information-licence", "医疗器械网络交易服务第三方平台备案凭证：（沪）网械平台备字〔2019〕第00005号"),
    ("footer/internet-drug-information-licence",
     "互联网药品信息服务资格证号：（粤）-非经营性-2023-0201　｜　医疗器械网络交易服务第三方平台备案：（粤）网械平台备字〔2020〕第00012号"),
    ("footer/internet-drug-information-licence", "（苏）-非经营性-2025-0107"),
    ("footer/drug-complaint-line", "投诉举报：12315　（药品、医疗器械、化妆品）"),
    ("footer/drug-complaint-line", "药品投诉举报热线：12315（药品、化妆品、医疗器械）"),
    ("footer/drug-complaint-line", "投诉举报电话 12315 (食品、药品、医疗器械、化妆品)"),
    ("footer/drug-complaint-line", "药品投诉举报 ｜ 12315"),
    ("footer/drug-complaint-line", "药械化投诉举报请拨打12315"),
    ("footer/drug-information-disclaimer", "本站药品信息仅供参考，用药请遵医嘱"),
    ("footer/drug-information-disclaimer", "本网站发布的医药信息仅供参考，不能作为诊断、治疗的依据，请在医师指导下用药。"),
    ("footer/drug-information-disclaimer", "特别提示：本网站不提供药品销售服务"),
    ("footer/drug-information-disclaimer", "声明：本平台不从事药品交易"),
    ("tools/lookup-button-row", "药品追溯码查询　|　医疗器械唯一标识（UDI）查询"),
    ("tools/lookup-button-row", "药品说明书查询　　药品批准文号查询　　医疗器械注册证查询"),
    ("tools/lookup-button-row", "执业药师注册查询 >> ｜ 化妆品备案信息查询 >>"),
    ("tools/official-app-name", "中国药品监管　国家药监局官方APP"),
    ("tools/official-app-name", "“掌上药监”　省药监局官方客户端"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/adverse-reaction-report-links", "药品不良反应报告"),
    ("tools/adverse-reaction-report-links", "三、药品不良反应监测情况"),
    ("tools/adverse-reaction-report-links", "　　2025年全省共收到药品不良反应报告4.2万份，其中严重报告3100份。"),
    ("tools/adverse-reaction-report-links", "　　医疗机构应当通过国家药品不良反应监测系统在线报告。"),
    ("tools/adverse-reaction-report-links", "医疗器械不良事件监测"),
    ("tools/adverse-reaction-report-links", "上报药品不良反应"),
    ("footer/internet-drug-information-licence",
     "　　当事人持有互联网药品信息服务资格证书（编号：（鲁）-非经营性-2023-0012），其网站发布的信息超出证书核准范围。"),
    ("footer/internet-drug-information-licence", "　　该网站未取得互联网药品信息服务资格证书，擅自发布处方药信息。"),
    ("footer/drug-complaint-line", "　　群众如发现药品、医疗器械、化妆品质量问题，可拨打投诉举报电话12315。"),
    ("footer/drug-complaint-line", "药品安全问题请拨打投诉举报电话12315"),
    ("footer/drug-complaint-line", "投诉举报：12315"),
    ("footer/drug-information-disclaimer", "　　网站发布的药品信息仅供参考的说法，不能成为其违法销售处方药的理由。"),
    ("footer/drug-information-disclaimer", "　　经查，该网站在未取得许可的情况下从事药品销售。"),
    ("footer/drug-information-disclaimer", "　　以上用药信息仅供参考，具体请咨询医师或者药师。"),
    ("tools/lookup-button-row", "药品说明书查询"),
    ("tools/lookup-button-row", "　　二、查询方式　可登录网站查询"),
    ("tools/lookup-button-row", "　　公众可通过药品追溯码查询、医疗器械唯一标识查询等方式核实产品来源。"),
    ("tools/official-app-name", "　　市民可通过“中国药品监管”官方APP查询药品信息。"),
    ("tools/official-app-name", "　　下载官方APP后，扫描药品包装上的追溯码即可查询。"),
]


(test_drug_administration_chrome_is_caught,
 test_body_words_of_drug_administration_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)
