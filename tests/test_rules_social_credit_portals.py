"""Chrome of social-credit publicity portals (信用中国 local sites, 信用XX; held-out pages h1470-h1479):
a portal's ticker of its news column, its strip of collected and published counts, the note under a
record that the source unit reported it, the office that runs the site named alone with 主办, the
portal's brand alone at its head, its query form with blank boxes and a bracketed button, and a
labelled 相关推荐 link are caught in other wordings and spellings, and the sentences of notices,
reports and records that use the same words stay. The code changes for these pages (a validity date
on its own line among a record's fields stays with the record, a register's row naming a party by
its unified social credit code is no dated link) are checked on small pages."""

from __future__ import annotations

from govtext import clean
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("tools/column-news-ticker", "工作动态：市信用办召开联席会议 ｜ 县区信用办主任培训班开班 ｜ 信用修复“一网通办”上线"),
    ("tools/column-news-ticker", "【最新动态】 省信用中心发布季度报告 06-30 ● 市场监管局开展信用风险分类 06-28 ● 信用惠民便企活动启动"),
    ("tools/column-news-ticker", "[通知公告] 关于2026年度信用示范企业申报的通知 ◆ 关于开展信用承诺书签署工作的通知"),
    ("tools/column-news-ticker", "最新消息：本府公布违反劳动法令事业单位名单 | 劳资争议调解服务说明 | 职场安全宣导"),
    ("counters/credit-data-counts", "平台已归集信用信息 5,612,300 条 | 今日更新 826 条"),
    ("counters/credit-data-counts", "数据总览：双公示信息 12.6万条　信用承诺 8,431份　信用修复 1,206家"),
    ("counters/credit-data-counts", "累计归集 3.2亿条　红名单 2,104家　黑名单 386家"),
    ("footer/record-source-note", "说明：本站公示信息均由各行政机关报送，如对信息内容有异议，请与相关行政机关联系。"),
    ("footer/record-source-note", "提示：本平台展示的信用信息来源于各数据提供单位推送，若发现信息有误，可申请信用信息纠错。"),
    ("footer/record-source-note", "本页面数据由市场监管部门共享，如对记录有异议，请向数据来源单位提出。"),
    ("footer/record-source-note", "温馨提示：页面数据由市公共信用信息平台归集，如有疑问请咨询数据来源部门。"),
    ("footer/sponsor-alone", "沅江省社会信用体系建设联席会议办公室主办"),
    ("footer/sponsor-alone", "梧州市发展和改革委员会 主办　梧州市大数据发展局 承办"),
    ("footer/sponsor-alone", "县公共信用信息中心承办"),
    ("slogan/credit-portal-brand", "信用沣阳"),
    ("slogan/credit-portal-brand", "信用·梧桐"),
    ("slogan/credit-portal-brand", "信用临江 XINYONG LINJIANG"),
    ("tools/credit-query-form", "企业名称：[请输入]　统一社会信用代码：[请输入18位代码]　[查询]"),
    ("tools/credit-query-form", "市场主体名称 ［　　　　］ 验证码 ［　　］ 【查一查】"),
    ("tools/credit-query-form", "信用查询：主体名称/统一社会信用代码 [____________] 【立即查询】"),
    ("related/labelled-link", "相关推荐：关于2026年度守信激励对象名单的公示"),
]

KEPT: list[tuple[str, str]] = [
    ("tools/column-news-ticker", "（二）信用动态"),
    ("tools/column-news-ticker", "工作动态：本月共归集双公示信息3.2万条，较上月增长12%。"),
    ("tools/column-news-ticker", "　　市信用办在“信用动态”栏目发布了本季度联合奖惩典型案例。"),
    ("counters/credit-data-counts", "　　一季度全市共归集双公示信息18.6万条、行政处罚信息9,412条，数据合规率达99%。"),
    ("counters/credit-data-counts", "截至6月底，全市红名单企业2,104家，黑名单企业386家。"),
    ("counters/credit-data-counts", "归集信用信息 5,612,300 条"),
    ("counters/credit-data-counts", "合计　归集信用信息 1,236万条　双公示 18.6万条"),
    ("footer/record-source-note", "　　公示期间，如对公示内容有异议，请以书面形式向市信用办反映。"),
    ("footer/record-source-note", "　　本平台信息由市直各部门报送，市信用中心负责归集、审核和发布。"),
    ("footer/record-source-note", "　　本平台公示的行政处罚信息由各行政机关报送，对信息有异议的，可向数据来源单位提出异议申请。"),
    ("footer/sponsor-alone", "本次培训由市发展和改革委员会主办"),
    ("footer/sponsor-alone", "主办单位：市发展和改革委员会"),
    ("footer/sponsor-alone", "　　大会由省信用中心承办。"),
    ("slogan/credit-portal-brand", "信用修复"),
    ("slogan/credit-portal-brand", "信用承诺"),
    ("slogan/credit-portal-brand", "信用体系建设"),
    ("slogan/credit-portal-brand", "信用动态"),
    ("tools/credit-query-form", "统一社会信用代码：91430502MA4T8K2Q7L"),
    ("tools/credit-query-form", "请输入统一社会信用代码进行查询。"),
    ("tools/credit-query-form", "　　公众可在首页信用查询栏输入企业名称或统一社会信用代码进行查询。"),
    ("related/labelled-link", "相关推荐意见已报送市委组织部。"),
]


(test_social_credit_portal_chrome_is_caught,
 test_body_words_of_social_credit_portal_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


LICENCE_RECORD = """信用青川
首页　信用动态　双公示　红黑名单　信用修复
当前位置：首页 > 双公示 > 行政许可
青川县明远药店药品经营许可信息
行政相对人名称：青川县明远药店
统一社会信用代码：92510822MA6B3C7K1X
许可证书名称：药品经营许可证
许可编号：川CB8220173
许可决定日期：2025-11-03
有效期至：2030-11-02
许可机关：青川县市场监督管理局
数据来源单位：青川县市场监督管理局
"""


def test_validity_date_among_a_records_fields_stays() -> None:
    text = clean(LICENCE_RECORD).text
    assert "有效期至：2030-11-02" in text
    assert "许可编号：川CB8220173" in text


LIBRARY_LABELS = """青川县人民政府
首页 > 政策文件
索引号：115108220084-2025-0031
发布机构：青川县人民政府办公室
有效期至：2030-12-31
青川县农村公路养护管理办法
　　第一条　为加强农村公路养护管理，保障农村公路完好畅通，制定本办法。
　　第二条　本县行政区域内农村公路的养护管理，适用本办法。
"""


def test_validity_label_of_a_policy_librarys_table_still_goes() -> None:
    text = clean(LIBRARY_LABELS).text
    assert "有效期至" not in text
    assert "为加强农村公路养护管理" in text


REGISTER_ROWS = """信用青川
首页　信用动态　信用承诺　双公示　红黑名单
青川县市场主体信用承诺公示（第3期）
　　现将2026年3月期间在行政审批中作出信用承诺的市场主体予以公示，公示期为7个工作日。
承诺类型：全部 ｜ 审批替代型 ｜ 容缺受理型 ｜ 证明事项型
承诺主体名称　统一社会信用代码　承诺类型　承诺日期
青川县和顺农资经营部　92510822MA6C1D2E3F　容缺受理型　2026-03-04
青川县绿源养殖专业合作社　93510822MA6D4G5H6J　审批替代型　2026-03-11
"""


def test_register_rows_naming_parties_by_code_are_no_dated_links() -> None:
    text = clean(REGISTER_ROWS).text
    assert "青川县和顺农资经营部　92510822MA6C1D2E3F" in text
    assert "青川县绿源养殖专业合作社　93510822MA6D4G5H6J" in text
