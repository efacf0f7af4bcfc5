"""Metadata in unusual places (held-out pages h440-h449): each behaviour is
checked on wordings other than the pages it was written for (other outlets,
other roles, Traditional script, half-width brackets), and body sentences
that use the same words give nothing."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import closing_source, dateline_reporters, parse_meta_line
from tests.rule_lines import rule_line_tests

# -- a meeting held on a date is no source beside it -------------------------------


@pytest.mark.parametrize("line", [
    "2024年6月18日新闻发布会",
    "临湖市2024年6月18日安全生产工作推进会",
    "2024-06-18 全县乡村振兴现场会",
    "2024年6月18日記者見面會",
    "2024年6月18日召开季度经济运行分析会",
])
def test_a_meeting_beside_a_date_is_no_source(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or "source" not in meta.fields


@pytest.mark.parametrize(("line", "source"), [
    ("2024-05-03 临湖市总工会", "临湖市总工会"),
    ("2024-05-03　青溪县科学技术协会", "青溪县科学技术协会"),
    ("2024年05月03日　临湖市人大常委会", "临湖市人大常委会"),
])
def test_an_organisation_ending_in_hui_beside_a_date_is_still_the_source(line: str, source: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields["source"] == source


def test_a_headline_holding_the_day_of_its_meeting_stays_the_headline() -> None:
    page = ("临湖发布\n首页 > 新闻发布 > 发布会\n临湖市2024年11月8日新闻发布会\n"
            "发布时间：2024-11-09 09:00　来源：临湖市人民政府新闻办公室\n"
            "　　11月8日下午，临湖市人民政府新闻办公室举行新闻发布会，介绍全市秋冬季农业生产情况，并回答记者提问。\n")
    doc = clean(page)
    assert doc.metadata["title"] == "临湖市2024年11月8日新闻发布会"
    assert doc.metadata["date"] == "2024-11-09"
    assert "临湖市2024年11月8日新闻发布会" in doc.text


# -- English labels are whole words --------------------------------------------------


@pytest.mark.parametrize(("line", "source"), [
    ("Source: Civil Aviation Authority 民航局", "民航局"),
    ("来源：Lakeside Transit Authority 临湖公交集团", "临湖公交集团"),
    ("Date: 2024-03-05　Source: Port Authority of Linhu 临湖港务局", "临湖港务局"),
])
def test_an_english_label_inside_a_name_is_no_label(line: str, source: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields["source"] == source


def test_a_whole_english_label_still_counts() -> None:
    meta = parse_meta_line("Date: 2024-03-05　Author: 王明")
    assert meta is not None and meta.fields["author"] == "王明" and meta.fields["date"] == "2024-03-05"


# -- 采写, 整理 credit the writer; 口述 the speaker ---------------------------------------


@pytest.mark.parametrize(("line", "author"), [
    ("采写：李明　　摄影：王芳", "李明"),
    ("（文字整理：赵敏）", "赵敏"),
    ("口述：张德才　整理：刘洋", "刘洋"),
    ("採寫：林雅婷", "林雅婷"),
    ("整理｜周晓岚", "周晓岚"),
])
def test_a_writing_credit_gives_the_author(line: str, author: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and meta.fields["author"] == author


@pytest.mark.parametrize("line", [
    "整理好材料后于3月10日前报送县农业农村局。",
    "根据老党员口述整理的回忆录已经正式出版。",
    "采写组深入12个乡镇开展蹲点调研，形成调研报告3篇。",
    "要及时整理归档，确保资料完整。",
])
def test_sentences_with_the_credit_words_give_no_author(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or "author" not in meta.fields


@pytest.mark.parametrize("line", ["口述：张德才", "口述｜王桂芬", "口述人：李金花"])
def test_an_oral_account_names_no_author_without_its_writer(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or "author" not in meta.fields


# -- a bracketed publisher or 供稿 unit right after the body ---------------------------


@pytest.mark.parametrize(("line", "source"), [
    ("（临湖晚报）", "临湖晚报"),
    ("（青溪县疾控中心 供稿）", "青溪县疾控中心"),
    ("(市住建局供稿)", "市住建局"),
    ("（《今日临湖》杂志）", "《今日临湖》杂志"),
    ("（嵐峰縣衛生局　供稿）", "嵐峰縣衛生局"),
])
def test_closing_source_wordings(line: str, source: str) -> None:
    assert closing_source(line) == source


@pytest.mark.parametrize("line", [
    "（此件公开发布）", "（完）", "（王明）", "（2024年3月5日）", "（本报记者 王明）", "（据新华社）",
    "（图片由县委宣传部提供）", "（未完待续）", "（附件略）", "（新闻发布会）",
    "（县农业农村局负责解释）", "（青溪县人民政府办公室 2024年3月5日印发）",
])
def test_closing_notes_name_no_source(line: str) -> None:
    assert closing_source(line) is None


_PAGE = ("青溪县人民政府\n首页 > 新闻中心 > 乡镇动态\n青溪县开展春季植树活动\n{date}\n"
         "　　3月12日，青溪县组织机关干部、志愿者400余人在城郊荒山开展义务植树活动，共栽植香樟、桂花等苗木6000余株。\n"
         "　　近年来，青溪县持续推进国土绿化行动，全县森林覆盖率达到68.5%。\n"
         "{closing}\n【打印】【关闭】\n青溪县人民政府办公室主办　版权所有\n")


def test_a_paper_in_brackets_after_the_body_is_the_source_and_goes() -> None:
    doc = clean(_PAGE.format(date="2024-03-13", closing="（临湖晚报）"))
    assert doc.metadata["source"] == "临湖晚报"
    assert "（临湖晚报）" not in doc.text and "森林覆盖率达到68.5%" in doc.text


def test_a_supplier_after_the_body_is_the_source() -> None:
    doc = clean(_PAGE.format(date="2024-03-13", closing="（青溪县林业局　供稿）"))
    assert doc.metadata["source"] == "青溪县林业局"


def test_a_header_source_outranks_the_closing_one() -> None:
    doc = clean(_PAGE.format(date="2024-03-13　来源：青溪县融媒体中心", closing="（临湖晚报）"))
    assert doc.metadata["source"] == "青溪县融媒体中心"


def test_a_closing_note_stays_in_the_text() -> None:
    doc = clean(_PAGE.format(date="2024-03-13", closing="（此件公开发布）"))
    assert "（此件公开发布）" in doc.text
    assert doc.metadata["source"] != "此件公开发布"


# -- a dateline crediting correspondents only ------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("本网讯（通讯员 何静）近日，县卫健局召开会议。", "何静"),
    ("本报讯（通讯员 李明 实习生 王芳）3月5日，", "李明"),
    ("（通讯员　陈立　吴婷）日前，", "陈立 吴婷"),
    ("本台讯（通訊員 林雅婷）近日，", "林雅婷"),
])
def test_a_correspondent_only_dateline_gives_the_author(text: str, names: str) -> None:
    assert dateline_reporters(text) == names


@pytest.mark.parametrize("text", [
    "本报讯 通讯员队伍建设不断加强，全县已有通讯员120名。",
    "（通讯员培训班）近日开班。",
    "全县新闻通讯员培训班3月5日开班，通讯员（记者站）负责人参加。",
])
def test_sentences_about_correspondents_give_no_author(text: str) -> None:
    assert dateline_reporters(text) is None


# -- a headline boxed whole, an e-paper's page header ---------------------------------


def test_a_headline_boxed_whole_loses_its_brackets_in_the_metadata() -> None:
    page = ("青溪县文化馆\n首页 > 非遗保护\n[老茶师的四十个春天]\n发布日期：2024-04-02\n"
            "　　四十年前，我跟着师父进茶山。那时候采茶全靠手，一天下来腰都直不起来，可师父说好茶是熬出来的。\n")
    doc = clean(page)
    assert doc.metadata["title"] == "老茶师的四十个春天"
    assert "[老茶师的四十个春天]" in doc.text  # the line in the text is unchanged


def test_a_headline_boxed_whole_after_its_column_tag() -> None:
    page = ("青溪县人民政府\n首页 > 图片新闻\n【图片新闻】【青溪县举行春季招聘会】\n发布时间：2024-03-06\n"
            "　　3月5日，青溪县2024年春季招聘会在县体育馆举行，86家企业提供就业岗位2300余个。\n")
    assert clean(page).metadata["title"] == "青溪县举行春季招聘会"


def test_a_column_tag_is_still_only_a_tag() -> None:
    page = ("青溪县人民政府\n【镇街动态】临湖镇召开安全生产工作会议\n发布时间：2024-04-02\n"
            "　　4月1日，临湖镇召开安全生产工作会议，部署二季度安全生产重点工作，各村（社区）负责人参加会议。\n")
    assert clean(page).metadata["title"] == "临湖镇召开安全生产工作会议"


def test_an_epaper_page_header_names_its_paper() -> None:
    page = ("临湖日报数字报　第A03版：要闻\n上一版　下一版　版面导航　标题导航\n"
            "临湖港新开两条外贸航线\n2024年05月06日\n"
            "　　5月5日，临湖港至东南亚的两条外贸集装箱航线同日开通，临湖港外贸航线总数达到23条。\n"
            "临湖日报社版权所有\n")
    assert clean(page).metadata["source"] == "临湖日报"


# -- an e-paper's list of the page's other articles, a bilingual site's previous / next -------------

CAUGHT: list[tuple[str, str]] = [
    ("related/list-header", "本版其他文章"),
    ("related/list-header", "本版新闻"),
    ("related/list-header", "同版文章："),
    ("related/list-header", "本栏目更多文章"),
    ("related/list-header", "本期其他稿件"),
    ("related/prev-next", "上一条 Previous：临湖港举行安全生产工作会议"),
    ("related/prev-next", "下一篇 Next Article：港务局开展专场招聘会"),
    ("related/prev-next", "上一篇 Prev: 市政府召开常务会议"),
    ("slogan/bilingual-name", "临湖港务局 Linhu Port Authority"),
    ("slogan/bilingual-name", "青溪县科学技术协会 Qingxi County Association for Science and Technology"),
    ("slogan/bilingual-name", "临湖市残疾人联合会 Linhu Disabled Persons' Federation"),
    ("slogan/bilingual-name", "临湖市药品监督管理局 Linhu Drug Administration Agency"),
]
KEPT: list[tuple[str, str]] = [
    ("related/list-header", "本版其他文章由各县区融媒体中心提供。"),
    ("related/list-header", "本期报道聚焦乡村振兴"),
    ("related/prev-next", "下一条航线计划于6月开通：临湖至新加坡。"),
    ("related/prev-next", "上一篇论文发表于2023年，研究了港口吞吐量预测方法。"),
    ("slogan/bilingual-name", "临湖港务局与Port Authority of Rotterdam签署合作备忘录"),
    ("slogan/bilingual-name", "临湖港务局 Linhu Port Authority 今年一季度吞吐量增长6%。"),
]


test_caught, test_kept = rule_line_tests(CAUGHT, KEPT)


# -- a bilingual site's chrome, an English word after each Chinese label --------------------------

_BILINGUAL = ("{head}\n首页 > 新闻中心\n临湖港一季度货物吞吐量增长6%\n发布日期：2024-04-08　来源：临湖港务局\n"
              "　　今年一季度，临湖港完成货物吞吐量3120万吨，同比增长6.1%，其中集装箱吞吐量98万标准箱。\n"
              "Linhu Port handled 31.2 million tonnes of cargo in the first quarter, up 6.1 percent year on year.\n"
              "　　港务局表示，二季度将加快推进智慧港口建设，进一步压缩船舶在港时间。\n"
              "{tail}\n版权所有 © 临湖港务局\n")


@pytest.mark.parametrize("head", [
    "网站首页 Home ｜ 政务公开 Government ｜ 办事服务 Services ｜ 互动交流 Interaction",
    "首页 Home | 关于我们 About Us | 新闻 News | 联系 Contact",
])
def test_a_bilingual_navigation_row_goes(head: str) -> None:
    doc = clean(_BILINGUAL.format(head=head, tail=""))
    assert head not in doc.text and "Linhu Port handled" in doc.text


@pytest.mark.parametrize("tail", [
    "【打印 Print】【关闭 Close】",
    "分享到 Share：微信 WeChat　微博 Weibo",
    "打印本页 Print　关闭窗口 Close",
])
def test_bilingual_page_tools_go(tail: str) -> None:
    doc = clean(_BILINGUAL.format(head="临湖港务局", tail=tail))
    assert tail not in doc.text and "压缩船舶在港时间" in doc.text


def test_bilingual_body_lines_stay() -> None:
    tail = "图为临湖港 Linhu Port 集装箱码头。"
    doc = clean(_BILINGUAL.format(head="临湖港务局", tail=tail))
    assert tail in doc.text and "Linhu Port handled 31.2 million tonnes" in doc.text


# -- more labels: the day a paper printed it, a CMS's record, the unit that supplied it, the writer -------


@pytest.mark.parametrize(("line", "key", "value"), [
    ("出版日期：2024年6月3日", "date", "2024-06-03"),
    ("见报日期：2024-06-03　　更新时间：2024-06-04 07:12", "date", "2024-06-03"),
    ("刊出日期：2024年06月03日", "date", "2024-06-03"),
    ("登載日期：2024-06-03", "date", "2024-06-03"),
    ("Posted: 2024-06-03", "date", "2024-06-03"),
    ("创建时间：2024-06-01 08:00　发布时间：2024-06-03", "date", "2024-06-03"),
    ("稿件提供：县农业农村局", "source", "县农业农村局"),
    ("内容提供：临湖市气象台", "source", "临湖市气象台"),
    ("编译：王明", "author", "王明"),
    ("综合整理：李华　　责任编辑：赵敏", "author", "李华"),
])
def test_more_labels(line: str, key: str, value: str) -> None:
    meta = parse_meta_line(line)
    assert meta is not None and str(meta.fields[key]).split("T")[0] == value


def test_a_cms_record_date_yields_to_the_published_one_on_another_line() -> None:
    page = ("青溪县人民政府\n青溪县发布防汛四级应急响应\n创建时间：2024-06-01 08:00\n发布时间：2024-06-03 09:30\n"
            "　　受强降雨影响，青溪县防汛抗旱指挥部决定自6月3日9时起启动防汛四级应急响应，各乡镇要加强巡查值守。\n")
    assert clean(page).metadata["date"] == "2024-06-03"


@pytest.mark.parametrize("line", [
    "编译出版了一批外文资料，供各单位学习参考。",
    "创建时间不少于3年的企业可以申报。",
    "出版日期以版权页为准，请在申报表中如实填写。",
    "稿件提供者应当对内容的真实性负责。",
])
def test_sentences_with_the_new_label_words_give_nothing(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or not ({"date", "source", "author"} & meta.fields.keys())


# -- a <title> joined to the site's name by a bare hyphen, a headline broken after its dash ---------

_NEWS = ("临湖新闻网\n首页 > 本地\n{title}\n2024-03-06　来源：临湖日报\n"
         "　　3月5日，临湖市在西山开展春季义务植树活动，机关干部和志愿者共栽植苗木3000余株，进一步推进国土绿化。\n"
         "　　近年来，临湖市森林覆盖率持续提升。\n")


@pytest.mark.parametrize(("title", "want"), [
    ("奋进新征程——\n临湖市2023年经济社会发展综述", "奋进新征程——临湖市2023年经济社会发展综述"),
    ("守护一江清水 —\n临湖市河长制工作侧记", "守护一江清水—临湖市河长制工作侧记"),
])
def test_a_headline_broken_after_its_dash_is_taken_whole(title: str, want: str) -> None:
    assert "".join(str(clean(_NEWS.format(title=title)).metadata["title"]).split()) == want


def test_a_kicker_above_the_headline_is_still_no_part_of_it() -> None:
    title = clean(_NEWS.format(title="深度观察\n临湖市2023年经济社会发展综述")).metadata["title"]
    assert title == "临湖市2023年经济社会发展综述"


@pytest.mark.parametrize(("line", "want"), [
    ("临湖市召开安全生产工作会议-临湖新闻网", "临湖市召开安全生产工作会议"),
    ("青溪县启动春季招聘月活动–青溪县人民政府", "青溪县启动春季招聘月活动"),
])
def test_a_title_tag_joined_by_a_bare_hyphen_loses_the_site(line: str, want: str) -> None:
    page = (line + "\n首页 > 本地\n发布时间：2024-03-06\n"
            "　　3月5日，各地开展春季义务植树活动，机关干部和志愿者共栽植苗木3000余株，进一步推进国土绿化。\n")
    assert clean(page).metadata["title"] == want


def test_a_headline_with_a_hyphen_of_its_own_keeps_it() -> None:
    page = ("临湖新闻网\n中国-东盟博览会在南宁开幕\n发布时间：2024-09-24\n"
            "　　9月24日，第21届中国-东盟博览会在南宁开幕，来自各国的2000余家企业参展。\n")
    assert clean(page).metadata["title"] == "中国-东盟博览会在南宁开幕"
