"""Parse metadata lines: dates, sources, authors, bylines, counters, label tables.

Scraped government pages put their facts on short lines around the headline:
``2023-11-15 10:54 来源:《今日浙江》杂志 作者:陈浩``, ``发布时间：2023年11月15日``,
a byline ``中共湖州市委书记  陈 浩`` or a letter-spaced table
``发 布 机 构：湖州市人民政府办公室``. This module turns such lines into fields;
the block classifier decides, from :attr:`MetaLine.coverage` and position,
whether a line *is* metadata.

>>> m = parse_meta_line("2023-11-15 10:54 来源:《今日浙江》杂志 作者:陈浩")
>>> m.fields["date"], m.fields["source"], m.fields["author"], m.coverage
('2023-11-15T10:54', '《今日浙江》杂志', '陈浩', 1.0)
>>> parse_meta_line("   2024-02-06 湖州市人民政府11890").fields
{'date': '2024-02-06', 'source': '湖州市人民政府', 'views': 11890}
>>> parse_byline("中共湖州市委书记  陈 浩")
('陈浩', '中共湖州市委书记')
>>> normalize_date("二〇二三年十一月十五日")
'2023-11-15'
>>> parse_label_table(["索 引 号：11330500002621527X/2024-00001", "发 文 日 期：2024-01-05"])
{'index_number': '11330500002621527X/2024-00001', 'date': '2024-01-05'}

Labels are recognised in Simplified and Traditional script (``來源``,
``發布時間``, ``瀏覽次數``), with full- or half-width colons and letter spacing.
Every pattern here has bounded repetition around literal anchors, so parsing
time is linear in the length of the line, whatever the input.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "DATE_OPENERS",
    "MAX_META_LINE",
    "MetaLine",
    "credit_line_reporters",
    "dateline_outlet",
    "dateline_reporters",
    "has_label_mark",
    "is_person_name",
    "label_kind",
    "name_after_outlet",
    "name_before_unit",
    "name_list",
    "normalize_date",
    "parse_byline",
    "parse_label_pair",
    "parse_label_table",
    "parse_meta_line",
    "search_date",
    "source_value",
    "trail_date",
]


@dataclass(frozen=True)
class MetaLine:
    """Facts parsed from one line, and how much of the line they explain.

    ``fields`` keys: ``date`` (ISO 8601, ``"2023-11-15"`` or
    ``"2023-11-15T10:54"`` when a time is given), ``source``, ``author``,
    ``author_role``, ``views`` (int), ``doc_number``, ``agency``, ``editor``,
    and the label-table keys ``index_number``, ``topic``, ``title``, ``valid``.
    ``coverage`` is the share of the line's non-space characters explained by
    recognised labels, values and separators (1.0: a pure metadata line).
    ``date_kind`` tells which label gave ``fields["date"]``: ``"date"`` (when
    the page was published, or a date without a label), ``"written"``
    (``成文日期``) or ``"updated"`` (``更新时间``). ``bare_source`` tells that
    ``fields["source"]`` is a name standing beside the date without a label
    (``临湖发布　2024-07-01``): a labelled source (``来源：…``) elsewhere on
    the page outranks it.
    """

    fields: dict[str, str | int]
    coverage: float
    date_kind: str = "date"
    bare_source: bool = False


MAX_META_LINE = 1000
"""Longer lines are never metadata lines: :func:`parse_meta_line` returns None."""

# -- character classes ---------------------------------------------------------
_D = "[0-9０-９]"
_SP = "[ \\t\\u3000\\xa0]{0,3}"
_SPACES = " \t\u3000\xa0\u2002\u2003\u2009"
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
_CN_SMALL = "一二三四五六七八九十"
_WEEKDAY = "(?:" + _SP + "[（(]?(?:星期|周|礼拜|禮拜)[一二三四五六日天][）)]?)?"
_TIME = (
    "(?:(?:" + _SP + "(?P<ap>上午|下午|晚上|中午|凌晨|早上)?" + _SP + "|T)(?P<H>" + _D + "{1,2})(?:" + _SP + "[:：]" + _SP + "(?P<M>" + _D + "{2})"
    "(?:[:：]" + _D + "{2})?|" + _SP + "[时時点點]" + _SP + "(?P<M2>" + _D + "{1,2})" + _SP + "分?)(?!" + _D + "))?"
)
_DATE_CORE = (
    "(?:(?<![0-9０-９])(?P<y1>" + _D + "{4})" + _SP + "(?P<s>[-/.－／．])" + _SP + "(?P<m1>" + _D + "{1,2})"
    + _SP + "(?P=s)" + _SP + "(?P<d1>" + _D + "{1,2})(?![0-9０-９])"
    "|(?<![0-9０-９])(?P<y2>" + _D + "{4})" + _SP + "年" + _SP + "(?P<m2>" + _D + "{1,2})" + _SP + "月"
    + _SP + "(?P<d2>" + _D + "{1,2})(?:" + _SP + "[日号號]|(?![0-9０-９]))"
    "|(?<![" + _CN_DIGIT + "])(?P<y3>[" + _CN_DIGIT + "]{4})年(?P<m3>[" + _CN_SMALL + "]{1,3})月"
    "(?P<d3>[" + _CN_SMALL + "]{1,3})[日号號]"
    "|(?:(?:中華|中华)?民[國国]" + _SP + ")?(?:(?<![0-9０-９])(?P<y4>1[0-9]{2})(?:(?P<s4>[-/])(?P<m4>[0-9]{2})(?P=s4)"
    "(?P<d4>[0-9]{2})(?![0-9０-９])|" + _SP + "年" + _SP + "(?P<m5>[0-9]{1,2})" + _SP + "月" + _SP + "(?P<d5>[0-9]{1,2})"
    + _SP + "日)"
    "|(?<=民[國国])(?P<y6>[0-9]{2,3}|[" + _CN_DIGIT + "十百]{1,6})年"
    "(?P<m6>[0-9]{1,2}|[" + _CN_SMALL + "]{1,3})月(?P<d6>[0-9]{1,2}|[" + _CN_SMALL + "]{1,3})[日号號]))"
)
"""A date: ``2023-11-15`` (or with / . and full-width digits), ``2023年11月15日``,
``二〇二三年十一月十五日``, or a year of the Republic of China calendar used in
Taiwan (``113-03-14``, ``民國113年3月14日``: year 113 is 2024; after 民國 also
a year of two digits or in Chinese numerals, ``民國99年``, ``中華民國一百一十三年五月三日``)."""
_ROC_YEAR_ZERO = 1911
_LUNAR = ("(?:" + _SP + "[（(]?(?:农历|農曆)" + _SP + "(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][年]" + _SP + ")?"
          "(?:闰|閏)?[正一二三四五六七八九十冬腊臘]{1,2}月"
          "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十|三十)?[）)]?)?")
"""The lunar date a newspaper's dateline gives after the weekday (``农历乙巳年三月十二``, ``農曆正月初一``)."""
_DATE = re.compile(_DATE_CORE + _WEEKDAY + _TIME + _WEEKDAY + _LUNAR)
"""A date (:data:`_DATE_CORE`) with its weekday and time, the weekday
before the time or after it (``2024-12-03 10:21 星期二``), and a lunar date
after them (``2025年4月9日 星期三 农历乙巳年三月十二``)."""
_DATE_FIRST = re.compile("[0-9０-９" + _CN_DIGIT + "]|(?:中[華华])?民[國国]")
"""Where every date begins: its year's first digit, or the era before a
Taiwan year (``民國113年``, ``中華民國一百一十三年``). ``re`` scans for the
first characters fast, while :data:`_DATE`, which begins with lookbehinds,
is tried at every position it scans."""
DATE_OPENERS = frozenset("0123456789０１２３４５６７８９" + _CN_DIGIT + "[［【(（" + "民中")
"""What a line :func:`normalize_date` reads as a date can start with: a
year's first digit, or a bracket it strips."""
_SHORTEST_DATE = 8
"""No date is shorter: ``2023-1-5``, ``2023年1月5`` (four-digit year, month, day, two separators)."""
_CN_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}

_DOC_NUMBER = re.compile(
    "[" + _CJK + "]{1,10}" + _SP + "[〔\\[［【(（]" + _SP + "(?P<y>" + _D + "{4})" + _SP + "[〕\\]］】)）]"
    + _SP + "第?" + _SP + "[A-Z]?" + _D + "{1,5}" + _SP + "[号號]"
    "|[" + _CJK + "]{1,10}字第" + _D + "{1,12}[号號]"
)
_BULLETIN_NUMBER = re.compile(
    _SP + "[(（]?" + _SP + "(" + _D + "{4}" + _SP + "年" + _SP + "第" + _SP + _D + "{1,5}" + _SP + "[号號])" + _SP + "[)）]?" + _SP
)
"""A bureau's announcement number alone on its line (``2026年第6号``, ``（2025年第12号）``), as the
announcements of a tax bureau print it under their headline: read only as the whole line."""
_ORDER_NUMBER = re.compile(
    "[" + _CJK + "]{1,30}(?:令|公告)" + _SP + "(?:" + _D + "{4}" + _SP + "年" + _SP + ")?第" + _SP + _D + "{1,5}" + _SP + "[号號]"
)
"""An order's or an announcement's number after a document-number label (``【发文字号】…常务委员会公告第12号``,
``文号：交通运输部令2025年第2号``): read only there, as such a line in a text is the order's own header."""
_VIEWS = re.compile(
    "[\\[［(（【]?" + _SP + "(?P<n>" + _D + "{1,3}(?:[,，]" + _D + "{3}){1,4}(?!" + _D + ")|" + _D + "{1,12})"
    "(?:[.．](?P<f>" + _D + "{1,3}))?" + _SP
    + "(?P<w>[万萬])?" + _SP + "(?:次|人次)?" + _SP + "[\\]］)）】]?"
)

# -- labels --------------------------------------------------------------------
_FIRST_PRINTED = (
    "本文原载于", "本文原载", "原文载于", "原载于", "原载", "本文刊发于", "原文刊发于", "刊发于", "本文刊于", "原刊于",
    "本文刊载于", "原文刊载于", "刊载于",
    "本文原載於", "本文原載", "原文載於", "原載於", "原載", "本文刊發於", "原文刊發於", "刊發於", "原刊於",
    "本文刊載於", "刊載於",
)
"""Source labels that say where a reposted article first appeared (``原载《今日浙江》2023年第11期``,
``本文刊发于…``); like 来源于, they need no colon."""
_LABELS: dict[str, tuple[str, ...]] = {
    # when the page was published
    "date": (
        "发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "发稿日期", "公开日期", "公开时间", "信息发布时间",
        "原文发布时间", "原文发布日期", "原文發布時間", "原文發布日期",  # the official notice's, on a reposting portal
        "信息发布日期", "信息时间", "信息日期", "公告日期", "公布日期", "公布时间", "上版日期", "刊发日期", "刊发时间",
        "录入时间", "时间", "日期", "发布", "发布于", "发表于", "上传时间", "上传日期", "添加时间", "添加日期",
        "刊登日期", "刊登时间", "刊登時間",
        "访谈时间", "访谈日期", "訪談時間", "訪談日期",  # an online interview's (在线访谈) date
        "节目时间", "节目日期", "播出时间", "播出日期", "直播时间", "直播日期",  # a broadcast interview's (政风行风热线) date
        "節目時間", "節目日期", "播出時間", "播出日期", "直播時間", "直播日期",
        "發布時間", "發佈時間", "發表時間", "發布日期", "發佈日期", "發表日期", "發稿時間", "發稿日期", "公開日期",
        "公開時間", "信息時間", "公告日期", "公佈日期", "公佈時間", "時間", "發布", "發佈", "發布於", "發佈於", "發表於",
        # a Taiwan-vocabulary mirror (OpenCC s2twp) writes 发布 as 釋出, 信息 as 資訊
        "释出时间", "释出日期", "资讯释出时间", "释出于", "釋出時間", "釋出日期", "資訊釋出時間", "釋出於",
        "Date", "Release Date", "Published", "Publish Date", "Posted",
        # English pages of Chinese sites write their labels in English, capitalised either way
        "Release Time", "Release time", "Release date", "Publish date", "Publish Time", "Publish time",
        "Published on", "Posted on", "Post Date", "Post date", "Publication Date", "Publication date",
        # an embassy's site in the host country's language (Fecha: 2026/03/05, Date de publication : …, Datum: …)
        "Fecha", "Fecha de publicación", "Date de publication", "Publié le", "Datum", "Data de publicação",
        # the day a paper printed it, or a site carried it
        "出版日期", "见报日期", "见报时间", "刊出日期", "刊出时间", "登载日期", "登载时间", "首发时间", "首发日期",
        "見報日期", "刊出日期", "登載日期", "首發時間",
        "公发布日", "公發布日",  # a law database's date of promulgation (法规名称 / 公发布日 / 修正日期)
        "公布", "公佈",  # a law app's short label (公布：2021-04-29　施行：2021-06-01)
        "披露日期", "披露时间", "披露時間",  # the day a disclosure portal carried a listed company's announcement
        # the day a journal's site or a paper database put the article online (上线日期, 网络首发时间)
        "上线日期", "上线时间", "上線日期", "上線時間", "网络首发时间", "网络首发日期", "網絡首發時間", "網路首發時間",
        "网络出版时间", "网络出版日期", "網絡出版時間", "網路出版時間", "在线出版日期", "在線出版日期",
        # the day an open-data portal first put a dataset or an interface up (上架日期, 首次發布日期)
        "上架日期", "上架时间", "上架時間", "首次发布日期", "首次发布时间", "首次發布日期", "首次發佈日期", "首次發布時間",
        "公告日",  # a procurement system's notice header (公告日：114/04/15　公告類別：決標公告)
        "发出日期", "發出日期",  # a Hong Kong government press release's issue date (發出日期：2026年4月16日)
    ),
    # when the document was written, signed or handed in by the unit that supplied it (信息提供日期): its date
    # only when no label gives the date it was published (the page's date is when it was published)
    "written": (
        "成文日期", "成文时间", "发文日期", "发文时间", "印发日期", "印发时间", "签发日期", "生成日期",
        "發文日期", "發文時間", "印發日期", "簽發日期",
        "信息提供日期", "信息提供时间", "提供日期", "供稿日期", "供稿时间", "报送日期", "报送时间",
        "資訊提供日期", "信息提供時間", "提供時間", "供稿時間", "報送日期", "報送時間", "资讯提供日期",
        "创建时间", "创建日期", "建立时间", "建立日期", "創建時間", "創建日期", "建立時間",  # when a CMS's record was made
        "裁判日期", "判决日期", "判決日期", "宣判日期",  # a judgment database's record: the day the court decided
    ),
    # when the page was changed: its date only when no label gives the date it was published or written
    "updated": (
        "更新时间", "更新日期", "修改时间", "修改日期", "最后更新时间", "最后更新日期", "最后更新", "最后修改时间",
        "更新于", "更新於", "Updated",  # an overseas Chinese portal's (更新于 03/14/2025 10:25 AM)
        "更新",  # a jobs portal's vacancy header (截止申請日期：2025年1月24日　更新：2025-01-06)
        "更新時間", "修改時間", "最後更新時間", "最後更新日期", "最後更新", "最後修改時間",
        # an open-data portal's dataset page: when the data or its description last changed
        "数据更新日期", "数据更新时间", "最近更新", "最近更新时间", "數據更新日期", "資料更新", "资料更新", "最近更新時間",
        "数据更新至", "数据更新于",  # a credit portal's record: the day its data were last refreshed (数据更新至：2025年05月19日)
        "詮釋資料更新時間", "诠释资料更新时间", "元数据更新时间",
        # Taiwan and Hong Kong sites: the data's, the page's, the last change's
        "资料更新时间", "资料更新日期", "网页更新日期", "网页最后更新日期", "本页最后更新", "最后异动日期", "最后异动时间",
        "异动日期", "資料更新時間", "資料更新日期", "網頁更新日期", "網頁最後更新日期", "本頁最後更新", "最後異動日期",
        "最後異動時間", "異動日期",
        "Updated", "Last Updated", "Last updated", "Updated on", "Last revision date", "Last Revision Date",
        # a Hong Kong government page's date at its foot (修訂日期：2025年4月1日), the Chinese of Last revision date
        "修订日期", "修訂日期", "最后修订日期", "最後修訂日期", "网页修订日期", "網頁修訂日期",
        "最近修订日期", "最近修訂日期",
        # the same stamp naming the page (本網頁最近修訂日期：2026年5月12日, 本頁最後修訂日期：…)
        "本网页最近修订日期", "本網頁最近修訂日期", "网页最近修订日期", "網頁最近修訂日期",
        "本页最后修订日期", "本頁最後修訂日期", "本网页修订日期", "本網頁修訂日期",
        # a site's stamp of its last change at its foot (本網站最後更新日期：2026-04-30)
        "本网站最后更新日期", "本網站最後更新日期", "网站最后更新日期", "網站最後更新日期", "网站更新日期", "網站更新日期",
        # a Hong Kong or Macau page's (本網頁最近更新日期：12-11-2026)
        "最近更新日期", "网页最近更新日期", "網頁最近更新日期", "本网页最近更新日期", "本網頁最近更新日期",
        "本页最近更新日期", "本頁最近更新日期", "本页最后更新日期", "本頁最後更新日期",
    ),
    # dates a disclosure table gives that are not the page's (when a rule takes or loses force)
    "other_date": ("生效日期", "施行日期", "实施日期", "废止日期", "失效日期", "實施日期", "廢止日期",
                   "截止申请日期", "截止申請日期", "申请截止日期", "申請截止日期",  # a vacancy's closing date
                   "失效时间", "生效时间", "废止时间", "有效期至",
                   "修正日期", "修正时间", "修正時間",  # a law's last amendment
                   "施行", "实施", "實施",  # a law app's short label: when the law takes force, not when it was made
                   # a journal article's history: when the manuscript came in, came back revised, was accepted
                   "收稿日期", "收稿时间", "收稿時間", "修回日期", "修回时间", "录用日期", "錄用日期", "接受日期",
                   "接受刊登日期", "接收日期"),
    "source": (
        "信息来源", "文章来源", "本文来源", "新闻来源", "稿件来源", "资料来源", "消息来源", "图文来源", "内容来源", "来源于",
        "来源单位", "来源", "稿源", "文章出处", "稿件出处", "出处",
        "信息出处", "本文出处", "内容出处", "新闻出处", "资料出处", "消息出处",  # 出处 for 来源 (信息出处：县公安局)
        "供稿单位", "供稿部门", "供稿", "上稿单位", "信息提供单位", "信息提供", "提供单位", "报送单位", "来稿单位",
        "本文转载自", "本文转自", "文章转自", "转载自", "转自", "稿件提供", "内容提供", "信息报送单位", "稿件提供单位",
        "数据报送单位", "数据报送",  # a credit portal's record: the department that reported it (数据报送：…交通运输局)
        # a WeChat repost's header naming the account it came from (以下文章来源于国家统计局湖北调查总队)
        "以下文章来源于", "以下文章來源於",
        "原文来源", "原文來源",  # a reposting portal's label for the official notice's source (原文来源：…人社局)
        # a village or township disclosure page's unit that makes it public (公开单位：…村民委员会, 公开主体：…),
        # a disclosure page's file source (文件来源：…村务监督委员会)
        "公开单位", "公开主体", "公開單位", "公開主體", "文件来源", "文件來源",
        "招聘部门", "招聘部門",  # a jobs portal's vacancy header: the department that advertises it (招聘部門：公務員事務局)
        "发稿单位", "发稿部门", "發稿單位", "發稿部門",  # a Taiwan press release's issuing office (發稿單位：環境保護局)
        "信息來源", "文章來源", "本文來源", "新聞來源", "稿件來源", "資料來源", "消息來源", "圖文來源", "來源於", "來源單位",
        "來源", "文章出處", "出處", "資訊出處", "本文出處", "內容出處", "新聞出處", "資料出處", "供稿單位", "供稿部門", "提供單位", "本文轉載自", "本文轉自", "轉載自", "轉自",
        "资讯来源", "讯息来源", "資訊來源", "訊息來源",  # 信息来源, 消息来源 on a Taiwan-vocabulary mirror
        "审理法院", "審理法院",  # a judgment database's record: the court that issued the judgment
        # an open-data portal's department that supplies a dataset or an interface (来源部门, 提供機關, 提供者)
        "来源部门", "数据来源部门", "数据提供方", "数据提供单位", "数据提供部门", "数据提供机构", "提供部门", "提供机关",
        "提供机构", "提供方", "提供者", "來源部門", "資料來源部門", "數據提供方", "資料提供單位", "資料提供機關", "提供部門",
        "提供機關", "提供機構",
        "Source",
        "Fuente", "Fonte", "Quelle",  # an embassy's site in the host country's language (Fuente: 驻阿根廷使馆)
        # the journal and issue an article appeared in (刊期：《…》第18卷第1期, 刊名：…)
        "刊期", "刊名", "所属期刊", "所屬期刊", "期刊名称", "期刊名稱",
        *_FIRST_PRINTED,
    ),
    "author": ("文章作者", "本文作者", "作者", "摄影记者", "摄像记者", "记者", "通讯员", "实习生", "撰稿人", "撰稿者", "撰稿", "撰文", "图文", "文图",
               "执笔人", "执笔",  # who wrote a report or an analysis (执笔：赵立群), as 赵立群 执笔 reads
               "記者", "通訊員", "實習生", "攝影記者", "攝像記者", "圖文", "執筆人", "執筆", "Author",
               # a party paper's local desk (县委报道组, 市委報道組), credited like a correspondent
               "报道组", "報道組", "報導組",
               # who gathered and wrote the story (采写：方思远), who wrote up a transcript or an account (文字整理：…)
               "采写", "採寫", "文字整理", "综合整理", "整理", "編譯", "编译",
               # an overseas Chinese paper's reporter label (报道：林慧婷　摄影：陈俊杰, 報導：…)
               "报道", "報道", "报导", "報導"),
    "editor": ("本版责任编辑", "本版责编", "本版编辑", "本版主编", "本版主編", "责任编辑", "责编", "编辑", "責任編輯", "責編", "編輯", "Editor",
               "Chief Editor", "Executive Editor", "Edited by"),
    "views": (
        "浏览次数", "浏览人次", "浏览量", "浏览数", "浏览", "阅读次数", "阅读人次", "阅读量", "阅读数", "阅读", "点击次数",
        "点击数", "点击量", "点击率", "点击", "查看次数", "访问量", "访问次数", "人气", "点阅次数", "点阅率",
        "瀏覽次數", "瀏覽人次", "瀏覽量", "瀏覽數", "瀏覽", "閱讀次數", "閱讀量", "閱讀數", "閱讀", "點擊次數", "點擊數",
        "點擊量", "點擊率", "點擊", "查看次數", "訪問量", "人氣", "點閱次數", "點閱率",
        "今日浏览人次", "总浏览人次", "累计浏览人次", "今日瀏覽人次", "總瀏覽人次", "累計瀏覽人次",
        "Views", "Hits", "Clicks", "Page Views", "Page views",
        # a journal site's or a paper database's counts (摘要点击次数：326　全文下载次数：118, 被引：3　下载：412)
        "摘要点击次数", "摘要浏览次数", "全文下载次数", "下载次数", "下载量", "被引次数", "被引频次", "被引",
        "摘要點擊次數", "摘要瀏覽次數", "全文下載次數", "下載次數", "下載量", "被引次數",
        # 点击, 查看 on a Taiwan-vocabulary mirror
        "点选次数", "点选数", "点选量", "点选", "检视次数", "點選次數", "點選數", "點選量", "點選", "檢視次數",
        # an open-data portal's counts on a dataset or an interface (收藏量：36　接口调用量：12,907, 意見數：0)
        "收藏量", "收藏次数", "收藏人数", "收藏数", "接口调用量", "接口调用次数", "调用次数", "调用量", "申请次数",
        "收藏次數", "收藏數", "調用次數", "申請次數", "意見數", "意见数",
    ),
    "doc_number": ("发文字号", "文件编号", "文号", "發文字號", "文件編號", "文號", "发布文号", "發布文號",
                   "文书编号", "文書編號"),  # a legal document's number on a case-information site
    # who issued or published the document
    "agency": (
        "发布机构", "发布机关", "发布单位", "发布部门", "发文机关", "发文机构", "发文单位", "发文部门", "制发机关",
        "信息发布", "所属机构",
        "制定机关", "制定機關",  # a law database's body that made a judicial interpretation or a rule
        "發布機構", "發佈機構", "發布機關", "發布單位", "發布部門", "發文機關", "發文機構", "發文單位", "制發機關",
        "释出机构", "释出单位", "釋出機構", "釋出單位",  # 发布机构, 发布单位 on a Taiwan-vocabulary mirror
        # a department's division that issued it (发文处室：社会发展科技处), the office an announcement is
        # made by (公告单位：自然处, 公告機關：經濟部智慧財產局)
        "发文处室", "发布处室", "主办处室", "發文處室", "發布處室", "主辦處室",
        "公告单位", "公告机关", "公告單位", "公告機關",
    ),
    "index_number": ("索引号", "信息索取号", "索取号", "索引號"),
    "topic": ("主题分类", "信息分类", "信息类别", "内容分类", "题材分类", "主题", "分类", "主題分類", "資訊分類", "主題", "分類"),
    "title": ("法规名称", "法規名稱", "文件名称", "信息名称", "名称", "标题", "来信标题", "信件标题", "留言标题", "来信主题", "留言主题", "文件名稱",
              "名稱", "標題", "來信標題", "信件標題", "留言標題",
              # a mailbox's, a consultation's or a hotline's subject line (信件主题：…, 咨询标题\t…)
              "信件主题", "咨询标题", "咨询主题", "问政标题", "诉求标题", "投诉标题", "建议标题", "信件主題", "諮詢標題", "諮詢主題",
              "工单标题", "工单主题", "工單標題", "工單主題"),
    "valid": ("有效性", "效力状态", "效力狀態", "时效性", "时效", "效力", "法规状态", "法規狀態", "生效状态", "生效狀態",
              "文件状态", "时效状态", "有效状态", "文件狀態", "時效狀態", "有效狀態"),
    # recognised so that a line of them counts as metadata; their values are not kept
    "other": (
        "审核", "审稿", "校对", "签发", "摄影", "摄像", "图片来源", "图片", "图源", "供图", "发布者", "发布人", "文章录入", "信息录入", "录入人", "录入",
        "法规体系", "法規體系", "法规类别", "法規類別",
        "法规沿革", "法規沿革", "效力级别", "效力級別", "裁判案由", "裁判字号", "裁判字號",  # a law or judgment database's record
        "编发", "供稿人", "体裁分类", "组配分类", "公文种类", "文种", "服务对象", "主题词", "公开方式", "公开范围", "公开时限",
        "公开形式", "公开属性", "公开类别", "公开类型", "公開類別", "公開類型", "统一编号", "登记号", "作者单位", "作者简介",
        "作者單位", "作者簡介", "審核", "審稿", "校對", "簽發", "攝影", "攝像", "圖片來源", "圖片", "圖源", "發布者", "發布人",
        "稽核", "释出者", "释出人", "釋出者", "釋出人",  # 审核, 发布者 on a Taiwan-vocabulary mirror
        "访谈嘉宾", "访谈主题", "访谈状态", "訪談嘉賓", "訪談主題", "訪談狀態",  # an online interview's header
        # a broadcast hotline's header: the department on air and its guests (上线单位：…住建局　本期嘉宾：…)
        "上线单位", "上线部门", "节目嘉宾", "本期嘉宾", "上線單位", "上線部門", "節目嘉賓", "本期嘉賓",
        # a policy interpretation's header: who interprets, and the link to the document interpreted
        "解读机构", "解读单位", "解读部门", "解读人", "解读专家", "文件链接", "原文链接", "政策原文",
        "解讀機構", "解讀單位", "解讀部門", "解讀人", "解讀專家", "文件連結", "原文連結",
        # and the body and way it is read in (解读机关：省人社厅　解读方式：文字解读), the document read (原文件：…)
        "解读机关", "解读方式", "解读形式", "原文件", "解讀機關", "解讀方式", "解讀形式",
        "口述", "口述人",  # who told an oral account: its subject, not its writer (口述：蒋德福　整理：陈妍)
        "案件名称", "案件名稱",  # a case-information site's record of the case a legal document is of
        "Posted by", "Reviewed by", "Proofread by", "Photo", "Photos",
        "文件大小", "页数", "頁數",  # a disclosure portal's facts on the announcement's PDF (文件大小：612KB　页数：12)
        # a journal article's catalogue data (页码：56-63, 中图分类号：D267　文献标识码：A　文章编号：…)
        "页码", "頁碼", "中图分类号", "中圖分類號", "分类号", "分類號", "文献标识码", "文獻標識碼", "文章编号", "文章編號",
        # a farming Q&A platform's question header (提问者：渭南种植户　2026-04-18 07:32　所属作物：西瓜)
        "提问者", "提问人", "提問者", "提問人", "所属作物", "所屬作物", "作物类别", "作物類別",
        # a charity's project page header (项目编号：…　执行机构：…基金会　发布时间：…): who runs the project
        "执行机构", "執行機構", "执行方", "執行方", "发起机构", "發起機構",
        # a paper's photo credit beside its reporter's (记者：梁家豪　图：资料图片, 圖：受訪者提供)
        "图", "圖",
        # an open-data portal's facts on a dataset or an interface (数据领域, 更新频率, 开放条件, 数据格式, 收藏量)
        "数据领域", "所属领域", "所属主题", "数据主题", "行业分类", "开放条件", "开放类型", "开放属性", "开放方式",
        "开放等级", "更新频率", "更新周期", "更新频次", "更新方式", "数据格式", "文件格式", "可用格式", "数据记录数",
        "数据条数", "数据容量", "数据量", "共享方式", "接口类型", "调用方式",
        "服務分類", "資料集類型", "檔案格式", "編碼格式", "更新頻率", "授權方式", "計費方式", "資料量", "數據格式",
        "開放條件", "開放類型", "開放屬性", "開放方式",
        # a procurement notice's header row (招标编号：…　发布日期：…　截止日期：…, 公告日：…　公告类别：决标公告):
        # the tender's number, the notice's kind and the bids' deadline beside the page's date, none of them a fact
        "招标编号", "采购编号", "项目编号", "标案案号", "公告类别", "公告类型", "截止日期",
        "招標編號", "採購編號", "項目編號", "標案案號", "公告類別", "公告類型",
    ),
}


def _with_regional_labels(labels: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``labels`` with the Taiwan wording of each label added to its kind
    (资讯时间 for 信息时间, 释出机关 for 发布机关, 点选率 for 点击率; see
    :func:`govtext.blocks._variants.regional_word_list`), as pages from those
    sites and Taiwan-wording mirrors write them; a wording that is already
    a label of any kind is not added again."""
    from govtext.blocks._variants import regional_word_list

    known = {w for words in labels.values() for w in words}
    out: dict[str, tuple[str, ...]] = {}
    for kind, words in labels.items():
        extra = [w for w in regional_word_list(list(words)) if w not in known]
        known.update(extra)
        out[kind] = (*words, *extra)
    return out


_LABELS = _with_regional_labels(_LABELS)
_LABEL_KIND = {word: kind for kind, words in _LABELS.items() for word in words}
_LABEL_KIND_BARE = {"".join(word.split()): kind for word, kind in reversed(_LABEL_KIND.items())}
""":data:`_LABEL_KIND` by the labels' letters without their spaces (the first label of a spelling wins)."""
_LETTER_GAP = "[^\\S\\t\\n\\r\\f\\v]{0,4}"
"""Spaces between the letters of a label (``来 源``, ``发　布　时　间``): any space but a tab or
a line break. Written as a negated class of categories, not as ``[ \\u3000\\xa0]``: ``re``
compiles a class listing a character above U+00FF by filling a 65,536-entry map in Python
(~70 us), and this gap stands between the letters of every label of the label patterns,
about 930 times in each."""


def _kind(label: str) -> str:
    """The kind of a label as the label patterns found it: as written, or
    without the spaces between its letters and words (``来 源``, ``Release    Time``).

    >>> _kind("来　源"), _kind("Release    Time")
    ('source', 'date')
    """
    kind = _LABEL_KIND.get(label)
    return kind if kind is not None else _LABEL_KIND_BARE["".join(label.split())]


def label_kind(cell: str) -> str | None:
    """The kind of metadata a known label names when ``cell`` is that label
    alone (a table's first cell: ``发布日期``, ``有效期至``), else None.

    >>> label_kind("发布日期"), label_kind(" 有效期至 "), label_kind("许可决定日期")
    ('date', 'other_date', None)
    """
    return _LABEL_KIND.get("".join(cell.split()))


def _label_alternation(words: Iterable[str]) -> str:
    """A pattern of ``words``, letter-spaced, that matches the longest of
    them (责任编辑, not 编辑), written as a tree of shared prefixes so that a
    scan tries each first character once, not every word.

    >>> _label_alternation(["编辑", "责任编辑", "责编", "责"]).replace(_LETTER_GAP, "_")
    '(?:编_辑|责(?:_(?:任_编_辑|编))?)'
    """
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(first))
            continue
        tail = _label_alternation(longer)
        tail = "(?:" + _LETTER_GAP + tail + ")?" if "" in rests else _LETTER_GAP + tail
        branches.append(re.escape(first) + tail)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_LABEL = re.compile("(?P<label>" + _label_alternation(_LABEL_KIND) + ")(?:(?<![A-Za-z])|(?![A-Za-z]))" + _SP
                    + "(?P<colon>[:：])?")
"""A label; an English one is a whole word (``Author``, not the start of ``Port Authority``)."""
_SEPARATORS = "|｜丨¦"
_HARD_BREAK = re.compile("[" + _SEPARATORS + "\\t]|[ \\u3000\\xa0]{2,}|\\u3000")
_PUNCT_ONLY = re.compile("[\\s" + _SEPARATORS + "/／·•\\-－—_~～,，、;；:：【】\\[\\]()（）<>〈〉>＞*]+")
_PUNCT_CHARS = frozenset(_SEPARATORS + "/／·•-－—_~～,，、;；:：【】[]()（）<>〈〉>＞*")
_NOT_COUNTED = re.compile("[\\s" + "".join(re.escape(c) for c in sorted(_PUNCT_CHARS)) + "]+")
"""Whitespace (as :meth:`str.isspace`) and punctuation: never unexplained."""
_NEVER_COUNTED = _SPACES + "\n\r\f\v" + "".join(sorted(_PUNCT_CHARS))
"""Some of the characters of :data:`_NOT_COUNTED` (the usual ones), for ``str.strip``."""
_CLOSERS = {"】": "【", "]": "[", "）": "（", ")": "(", "］": "［"}
_OPENERS = {opener: closer for closer, opener in _CLOSERS.items()}
_ANY_DIGIT = re.compile(_D)
_HAN = re.compile("[" + _CJK + "]")
_ANY_SPACE = re.compile("[" + _SPACES + "]")
_PIECE = re.compile("[^" + _SPACES + _SEPARATORS + "]+")
_CREDIT_PREFIX = re.compile("(?:《[" + _CJK + "]{1,8}》)?[" + _CJK + "]{0,8}(?<=[" + _CJK + "》])\\Z")
"""The word glued before a credit's label (``本报``记者, ``《半月谈》``记者)."""
_WORDY = re.compile("[" + _CJK + "A-Za-z]")
_SENTENCE_PUNCT = re.compile("[。！？；!?;]")
_VALUE_SCAN = re.compile("[" + _SPACES + _SEPARATORS + "0-9０-９" + _CN_DIGIT + "]")
"""Where a label's value may stop: a space, a bar, or a date's first character
(:data:`_HARD_BREAK`, :data:`_ANY_SPACE`, :data:`_DATE_FIRST`): a value
without any is taken whole."""
_VALUE_STOP = re.compile("[。！？；!?;，,]")
"""A sentence's punctuation (:data:`_SENTENCE_PUNCT`) or a comma."""
_COMMA_OK = frozenset({"author", "editor", "title"})
_NO_COLON_OK = frozenset({"date", "written", "updated", "other_date", "views", "doc_number", "author", "editor"})
_SELF_MARKED = frozenset({"来源于", "來源於", "以下文章来源于", "以下文章來源於", "本文转载自", "本文转自", "文章转自", "转载自", "轉載自", "本文轉載自", "本文轉自",
                          "转自", "轉自", *_FIRST_PRINTED})
"""Labels that say what follows them without a colon (``来源于 财新周刊``, ``转载自新华网``)."""
_TABLE_KINDS = frozenset({"index_number", "agency", "date", "written", "doc_number", "topic", "title", "valid"})
_CELL_KINDS = _TABLE_KINDS | {"other", "updated"}
"""Labels a table's tab may set apart from their values as a colon does (``发布单位\t临湖市财政局``;
a portal's ``更新时间 | 2025/03/21 09:18`` too: when the page was changed, not published)."""
_MAX_VALUE = {"source": 40, "author": 30, "editor": 30, "agency": 40, "topic": 40, "title": 120, "valid": 10,
              "index_number": 60}

_ORG_SUFFIX = (
    "人民政府|政府|委员会|办公室|办公厅|辦公室|辦公廳|日报|日報|晚报|晚報|报社|報社|杂志社|雜誌社|杂志|雜誌|新闻网|新聞網|"
    "电视台|電視台|通讯社|通訊社|客户端|客戶端|新闻|新聞|在线|在線|线上|線上|发布|發布|释出|釋出|融媒|视频|視頻|频道|頻道|协会|協會|学会|學會|联合会|聯合會|党委|黨委|街道|公司|集团|集團|法院|检察院|檢察院|"
    "医院|醫院|学校|學校|大学|大學|党校|黨校|中心|委|办|辦|局|厅|廳|部|院|报|報|网|網|站|台|社|所|会|會|镇|鎮|乡|鄉|馆|館|处|處|署|队|隊|》"
)
_ORG = re.compile(
    "(?P<org>[《〈]?[" + _CJK + "·（）()《》〈〉A-Za-z0-9]{1,30}?(?:" + _ORG_SUFFIX + "))(?P<n>[0-9０-９]{1,9})?"
)
_ACCOUNT_NOTE = re.compile("[" + _CJK + "A-Za-z0-9·]{1,24}官方[账帐帳][号號]")
"""How a platform vouches for an account on its header line (``临湖日报社官方账号``,
maybe glued to the region it was posted from): explained, but no source (the
account's own name, on the line above, is)."""

# -- bylines -------------------------------------------------------------------
_TITLE_WORDS = (
    "党组书记", "党委书记", "党工委书记", "书记", "市长", "区长", "县长", "镇长", "乡长", "省长", "州长", "主任",
    "局长", "厅长", "部长", "主席", "委员", "院长", "总经理", "经理", "负责人", "董事长", "处长", "科长",
    "校长", "检察长", "庭长", "秘书长", "常委", "理事长", "会长", "社长", "总编辑", "记者", "通讯员",
    "研究员", "教授", "组长", "队长", "所长", "站长", "行长", "署长", "司长", "巡视员", "调研员", "主委",
    "主编", "评论员", "报道", "報導", "代表", "政委", "参事", "工程师", "律师", "医师", "法官", "检察官", "院士", "民警",
    "書記", "市長", "區長", "縣長", "鎮長", "鄉長", "省長", "主任", "局長", "廳長", "部長", "院長", "總經理",
    "負責人", "董事長", "處長", "科長", "校長", "檢察長", "庭長", "秘書長", "理事長", "會長", "社長",
    "記者", "通訊員", "組長", "隊長", "所長", "站長", "行長", "署長", "司長",
)
_TITLE_RE = re.compile("|".join(sorted(_TITLE_WORDS, key=len, reverse=True)))
_TITLE_TUPLE = tuple(_TITLE_WORDS)
"""``text.endswith(_TITLE_TUPLE)``: text ends with a title word."""
# Common surnames (single and compound); a byline's name starts with one.
_SURNAMES_2 = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 澹台 南宫 歐陽 司馬 諸葛".split()
)
_SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "張劉陳楊黃趙吳孫馬鄭羅許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔錢嚴湯溫喬龐顏聶魯"
    "赖謝蔣賴鄔鮑饒衛萬齊鄺闞"
)
_NAME_CHARS = re.compile("[" + _CJK + "]{2,4}|[" + _CJK + "]{1,6}[·•][" + _CJK + "]{1,8}")
_BYLINE_BAD = re.compile("[，,。：:；;！!？?“”\"《》「」()（）【】\\[\\]0-9０-９—―–－]|^[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}、")
"""Characters no byline holds: punctuation of prose, digits, and the dashes
that open a subtitle (``——访省科技厅厅长王建国`` names the interviewee); nor does
a numbered heading (``一、规范律师信息展示`` is no 律师 named 信息展示), nor an item of
minutes numbered in capital figures (``壹、主席宣布开会`` is no 主席 named 宣布开会)."""


# -- dates -----------------------------------------------------------------------
def search_date(line: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``_DATE.search(line, pos, endpos)``, from the first character a date
    may begin with (a lookbehind still sees the characters before it); none
    in a stretch too short for any date."""
    if endpos - pos < _SHORTEST_DATE:
        return None
    first = _DATE_FIRST.search(line, pos, endpos)
    return None if first is None else _DATE.search(line, first.start(), endpos)


def _find_dates(line: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``_DATE.finditer(line, pos, endpos)``: each search goes on where the
    last date ended (a date is never empty)."""
    while (m := search_date(line, pos, endpos)) is not None:
        yield m
        pos = m.end()


def _cn_number(text: str) -> int:
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_VALUES.get(tens, 0) if tens else 1) * 10 + (_CN_VALUES.get(ones, 0) if ones else 0)
    return _CN_VALUES.get(text, -1) if len(text) == 1 else -1


_DIGITS = "0123456789"
_FULL_DIGITS = "０１２３４５６７８９"
_SMALL_NUMBER = {
    a + b: int(a + b) for a in ("", *_DIGITS, *_FULL_DIGITS) for b in (*_DIGITS, *_FULL_DIGITS)
}
"""``int`` of every one- or two-digit string of :data:`_D` (ASCII or full
width): the month, day, hour and minute fields of a date, looked up."""
_YEARS = {str(y): y for y in range(1900, 2101)}
"""``int`` of the years a date may have, in ASCII digits (others: ``int``)."""
_MONTH_DAY = {
    (d.month, d.day): d.strftime("-%m-%d")
    for d in (datetime.date(2000, 1, 1) + datetime.timedelta(days=i) for i in range(366))
}
"""``"-MM-DD"`` of every valid ``(month, day)`` of a leap year."""
_TWO_DIGITS = [f"{i:02d}" for i in range(60)]


def _iso_day(y: int, mo: int, d: int) -> str | None:
    """``datetime.date(y, mo, d).isoformat()`` for a year 1900-2100, else
    None (also for an invalid date), from tables."""
    if not 1900 <= y <= 2100:
        return None
    mmdd = _MONTH_DAY.get((mo, d))
    if mmdd is None or (mo == 2 and d == 29 and not calendar.isleap(y)):
        return None
    return f"{y}{mmdd}"


def _cn_ymd(y3: str, m3: str, d3: str) -> tuple[int, int, int]:
    """Year, month and day of a date in Chinese numerals (二〇二三年十一月十五日)."""
    y = int("".join(str(_CN_VALUES.get(c, int(c) if c.isdigit() else 0)) for c in y3))
    return y, _cn_number(m3), _cn_number(d3)


def _roc_number(text: str) -> int:
    """A year, month or day after 民國, in digits or Chinese numerals
    (``113``, ``一百一十三``, ``一百十三``, ``一一三``, ``九十九``, ``五``).

    >>> [_roc_number(t) for t in ("113", "一百一十三", "一百十三", "一一三", "一〇三", "九十九", "五")]
    [113, 113, 113, 113, 103, 99, 5]
    """
    if text.isdigit():
        return int(text)
    hundreds, mark, rest = text.rpartition("百")
    if mark:
        rest = rest.lstrip("〇零○Ｏ")
        return (_CN_VALUES.get(hundreds, 0) if hundreds else 1) * 100 + (_roc_number(rest) if rest else 0)
    if "十" in text or len(text) == 1:
        return _cn_number(text)
    return int("".join(str(_CN_VALUES.get(c, 0)) for c in text))


def _roc_ymd(y6: str, m6: str, d6: str) -> tuple[int, int, int]:
    """Year (of the common era), month and day of a date after 民國."""
    return _roc_number(y6) + _ROC_YEAR_ZERO, _roc_number(m6), _roc_number(d6)


def _iso_from_match(m: re.Match[str]) -> str | None:
    # groups in order: y1 s m1 d1 y2 m2 d2 y3 m3 d3 y4 s4 m4 d4 m5 d5 y6 m6 d6 ap H M M2 (one ``groups`` call)
    (y1, _sep, m1, d1, y2, m2, d2, y3, m3, d3, y4, _sep4, m4, d4, m5, d5, y6, m6, d6,
     ap, hour, minute, minute2) = m.groups()
    if y1 is not None:
        day = _iso_day(_YEARS.get(y1) or int(y1), _SMALL_NUMBER[m1], _SMALL_NUMBER[d1])
    elif y2 is not None:
        day = _iso_day(_YEARS.get(y2) or int(y2), _SMALL_NUMBER[m2], _SMALL_NUMBER[d2])
    elif y4 is not None:
        day = _iso_day(int(y4) + _ROC_YEAR_ZERO, int(m4 or m5), int(d4 or d5))
    elif y6 is not None:
        day = _iso_day(*_roc_ymd(y6, m6, d6))
    else:
        day = _iso_day(*_cn_ymd(y3, m3, d3))
    if day is None:
        return None
    if minute is None:
        minute = minute2
    if hour is not None and minute is not None:
        h, mi = _SMALL_NUMBER[hour], _SMALL_NUMBER[minute]
        if (ap in ("下午", "晚上") and h < 12) or (ap == "中午" and h < _NOON_LAST_PM_HOUR):
            h += 12
        return f"{day}T{_TWO_DIGITS[h]}:{_TWO_DIGITS[mi]}" if h < 24 and mi < 60 else None
    return day


_NOON_LAST_PM_HOUR = 5
"""中午 (midday) covers about 11:00-14:00: 中午1点 is 13:00, 中午10:30 stays 10:30."""


def normalize_date(text: str) -> str | None:
    """The ISO 8601 form of a date written in one of the usual ways, else None.

    The whole of ``text`` (surrounding spaces and brackets aside) must be the
    date, optionally with a weekday and a time:

    >>> normalize_date("2023年11月15日 10时54分")
    '2023-11-15T10:54'
    >>> [normalize_date(t) for t in ("2023/11/15", "2023.11.15", " 2023-1-5 ", "２０２３年１１月１５日")]
    ['2023-11-15', '2023-11-15', '2023-01-05', '2023-11-15']
    >>> normalize_date("二〇二三年十一月三十日（星期四）"), normalize_date("2024-12-03 10:21:00 星期二")
    ('2023-11-30', '2024-12-03T10:21')
    >>> normalize_date("2023-02-30") is None, normalize_date("2023年11月") is None
    (True, True)
    """
    stripped = text.strip(_SPACES + "[]［］【】()（）")
    m = _DATE.match(stripped)
    if m is None or m.end() != len(stripped):
        return None
    return _iso_from_match(m)


_URL = re.compile("(?:https?://|www\\.)[!-~]{1,300}")
_PATH_DATE = re.compile("(?<![0-9])((?:19|20)[0-9]{2})([-_/]?)(0[1-9]|1[0-2])(?:\\2|/)(0[1-9]|[12][0-9]|3[01])(?![0-9])")
"""An issue's date in a URL's path: ``2024-06/18``, ``2024/06/18``, ``20240618``, ``202406/18``."""


def trail_date(text: str) -> str | None:
    """The ISO date a page's trail or address gives, else None: the first
    date in ``text`` (``数字报 > 2024-06-18 > 第04版``), or in a URL the
    date of its path (``http://epaper.example.cn/html/2024-06/18/node_4.htm``).

    >>> trail_date("当前位置：数字报 > 2024-06-18 > 第04版"), trail_date("本文链接：http://www.example.cn/art/2024/3/5/art_1_88.html")
    ('2024-06-18', None)
    >>> trail_date("http://epaper.example.cn/html/2024-06/18/content_12.htm"), trail_date("www.example.gov.cn/t20240305_123.html")
    ('2024-06-18', '2024-03-05')
    """
    if "http" in text or "www." in text:
        for url in _URL.finditer(text):
            for m in _PATH_DATE.finditer(url.group()):
                iso = _iso_day(int(m[1]), int(m[3]), int(m[4]))
                if iso is not None:
                    return iso
        return None
    found = search_date(text, 0, len(text))
    iso = None if found is None else _iso_from_match(found)
    return None if iso is None else iso.split("T", 1)[0]


# -- bylines -------------------------------------------------------------------
def _is_name(name: str) -> bool:
    """A 2-4 character name (or a transcribed one with ``·``) that starts
    with a common surname and holds no title word (set lookups first), or
    a transcribed name of a minority nationality, which needs no common
    surname (:func:`_transcribed_name`)."""
    if name[:2] in _SURNAMES_2 or name[:1] in _SURNAMES_1:
        return _NAME_CHARS.fullmatch(name) is not None and _TITLE_RE.search(name) is None
    return ("·" in name or "•" in name) and _transcribed_name(name)


_TRANSCRIBED_NAME = re.compile("(?=.{6})[" + _CJK + "]{2,6}[·•][" + _CJK + "]{2,8}")
"""A given name and a father's name set apart by a middle dot, two characters each at least
and five in all (two words of two characters and a dot are a section's name: ``乡村·振兴``)."""
_NOT_NAME_ENDS = frozenset("报網网站台社局院部委会處处所馆館察点")
"""Last characters of an outlet's or a section's name (``齐鲁晚报·齐鲁壹点``, ``国际·观察``): not of a name."""


def _transcribed_name(name: str) -> bool:
    """Whether ``name`` is a transcribed name without a common surname
    (``吐尔逊·买买提``, ``努尔兰·沙比提``), not a section or an outlet
    set apart by a dot (``国际·观察``, ``共享联盟·瓯海``).

    >>> _transcribed_name("吐尔逊·买买提"), _transcribed_name("国际·观察"), _transcribed_name("共享联盟·瓯海")
    (True, False, False)
    """
    return (_TRANSCRIBED_NAME.fullmatch(name) is not None and name[-1] not in _NOT_NAME_ENDS
            and _TITLE_RE.search(name) is None and "联盟" not in name and "聯盟" not in name)


def parse_byline(line: str) -> tuple[str, str] | None:
    """``(name, role)`` of a byline such as ``中共湖州市委书记  陈 浩``, else None.

    The role ends with a title word (书记, 市长, 主任, ...) and has something
    before it (an organisation); a 2–4 character name starting with a common
    surname follows, possibly letter-spaced (the spaces are removed).

    >>> parse_byline("中共嘉兴市委书记 陈伟")
    ('陈伟', '中共嘉兴市委书记')
    >>> parse_byline("嘉兴市秀洲区委书记徐鸣阳")
    ('徐鸣阳', '嘉兴市秀洲区委书记')
    >>> parse_byline("坚持创新发展强市") is None, parse_byline("各位代表:") is None
    (True, True)
    >>> parse_byline("——访省科技厅厅长王建国") is None   # a subtitle, not the author
    True
    >>> parse_byline("记者 张三、李四 通讯员 王五") is None   # the reporters' credit line, not a byline of 王五
    True
    >>> parse_byline("首页｜通知公告｜招生考试｜局长信箱") is None   # a menu ending with the director's mailbox
    True
    """
    text = line.strip(_SPACES)
    if not text or len(text) > 60 or _BYLINE_BAD.search(text):
        return None
    tokens = text.split()
    if _TITLE_RE.search("".join(tokens)) is None:
        return None  # every byline's role ends with a title word (maybe letter-spaced)
    # Role and name separated by spaces; the name may itself be letter-spaced.
    for t in tokens[:-2]:
        if (_is_name(t) if len(t) <= 3 else _NAME_LIST_SEPARATORS.search(t) is not None and name_list(t) is not None):
            return None  # names: a credit line (记者 王芳 通讯员 赵强, 记者 张三、李四 通讯员 王五), not one byline
    for cut in range(1, len(tokens)):
        if len(tokens) - cut > 1 and max(map(len, tokens[cut:])) > 1:
            continue  # several names (张三 李四), or a name after a second role word
        name = "".join(tokens[cut:])
        if len(name) <= 4 or "·" in name:
            role = " ".join(tokens[:cut])
            if _role_ok(role) and _is_name(name):
                return name, role
            break
    if len(tokens) != 1:
        return None
    # Glued: 嘉兴市秀洲区委书记徐鸣阳 -- the name follows the last title word.
    for m in reversed(list(_TITLE_RE.finditer(text))):
        role, name = text[: m.end()], text[m.end() :]
        if 2 <= len(name) <= 4 and _role_ok(role) and _is_name(name) and _MENU_BARS.isdisjoint(role):
            return name, role
    return None


def _role_ok(role: str) -> bool:
    compact = "".join(role.split())
    return len(compact) >= 4 and compact.endswith(_TITLE_TUPLE)


_MENU_BARS = frozenset("|｜丨¦>＞»")
"""What sets a menu's links apart when nothing spaces them (``首页｜通知公告｜局长信箱``):
never inside the role of a byline glued to its name."""


_NAME_SEPARATORS = re.compile("[" + _SPACES + "、，,]+")


_NAME_LIST_SEPARATORS = re.compile("[" + _SPACES + "、，,/／]+")
"""What sets the names of several authors apart (``王明 李华``, ``王明、李华``, ``王明/李华``)."""
_NAME_LIST_ORG_CHARS = 4
"""The shortest word that, ending as an organisation's name does, is one rather than a name (``郑州大学``)."""


def is_person_name(name: str) -> bool:
    """Whether ``name`` is a person's name: two to four characters opening
    with a common surname, or a transcribed name with a middle dot.

    >>> is_person_name("高俊杰"), is_person_name("额尔敦·毕力格"), is_person_name("认真落实")
    (True, True, False)
    """
    return _is_name(name)


def name_list(text: str) -> str | None:
    """Two or more names, written apart by spaces, ``、``, commas or slashes,
    joined by one space (the form of several authors in ``metadata["author"]``),
    else None. A word of four characters or more that ends as an organisation's
    name does is none (``郑州大学 李强``: the writer's university, then the writer).

    >>> name_list("王明 李华"), name_list("王明、李华、欧阳明"), name_list("王明，李华"), name_list("王明/李华")
    ('王明 李华', '王明 李华 欧阳明', '王明 李华', '王明 李华')
    >>> name_list("王明"), name_list("王明 通讯员"), name_list("吴晓丽　通讯员 潘浩"), name_list("郑州大学 李强")
    (None, None, None, None)
    """
    names = [n for n in _NAME_LIST_SEPARATORS.split(text) if n]
    if len(names) < 2 or not all(_is_name(n) for n in names):
        return None
    if any(len(n) >= _NAME_LIST_ORG_CHARS and _ORG.fullmatch(n) is not None for n in names):
        return None
    return " ".join(names)


# -- meta lines ------------------------------------------------------------------
_DATE_RANK = {"date": 0, "written": 1, "updated": 2}
"""Which date a line gives when it gives several: the date the page was
published (``发布日期：``, or a date without a label), else the date the
document was written (``成文日期：``), else the date the page was changed
(``更新时间：``); the first of the best rank."""
_DATE_KIND = {rank: kind for kind, rank in _DATE_RANK.items()}
"""The label kind of each :data:`_DATE_RANK`."""
_DATE_KINDS = frozenset(_DATE_RANK) | {"other_date"}
"""Labels whose value is a date (``other_date``: a date that is not the page's, ``生效日期：``)."""


@dataclass
class _Parse:
    line: str
    fields: dict[str, str | int]
    explained: list[tuple[int, int]]
    date_rank: int = 0
    """The :data:`_DATE_RANK` of ``fields["date"]``."""
    bare_source: bool = False
    """``fields["source"]`` is an organisation's name without a label."""
    correspondent_author: bool = False
    """``fields["author"]`` names a correspondent (通讯员), whom a reporter's names after it replace."""


def _set_date(p: _Parse, iso: str, kind: str) -> None:
    """Give the line the date ``iso`` of a ``kind`` label (``"date"`` for a
    date without one) unless it has a date of a better or the same
    :data:`_DATE_RANK`; a date that is not the page's (``other_date``) is never its date."""
    rank = _DATE_RANK.get(kind)
    if rank is not None and ("date" not in p.fields or rank < p.date_rank):
        p.fields["date"] = iso
        p.date_rank = rank


def _clean_value(value: str) -> str:
    """Strip spaces and the brackets of ``【来源：新华社】`` that are not the value's own."""
    value = value.strip(_SPACES)
    while value:
        last, first = value[-1], value[0]
        if last in _OPENERS or (last in _CLOSERS and _CLOSERS[last] not in value):
            value = value[:-1].rstrip(_SPACES)
        elif first in _CLOSERS or (first in _OPENERS and _OPENERS[first] not in value):
            value = value[1:].lstrip(_SPACES)
        else:
            break
    return value


_STAFF_CODE = re.compile("(?:_|(?<=[" + _CJK + "]))[A-Za-z]{1,5}[0-9]{2,8}$")
"""A portal's code for the editor, glued to the name (``杨帆_NBJ11279``, ``刘洋NE0001``)."""


_SOURCE_ISSUE_NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}"
_BULLETIN = "简报|快报|专报|专刊|增刊|特刊|通讯|通报|公报|月报|季报|年报|周报|旬报|动态|内参|簡報|快報|專報|專刊|通訊|通報|公報|月報|季報|年報|週報"
"""What a bulletin named after its issue is called (``2023年第3期统计简报``): the issue's name, not the source."""
_SOURCE_VOLUME = "第" + _SP + _SOURCE_ISSUE_NUMBER + _SP + "卷" + _SP + "[,，]?" + _SP
"""A journal's volume before its issue (``第18卷第1期``, ``第51卷 第2期``)."""
_SOURCE_TOTAL_ISSUE = "(?:" + _SP + "[（(]" + _SP + "[总總]" + _SP + "第" + _SP + "[0-9０-９]{1,4}" + _SP + "期" + _SP + "[）)])?"
"""A journal's running number after its issue (``2025年第4期（总第268期）``)."""
_SOURCE_ISSUE = re.compile(
    "[（(]?" + _SP + "(?:(?:19|20)[0-9]{2}" + _SP + "(?:年" + _SP + ")?(?:(?:" + _SOURCE_VOLUME + ")?第" + _SP
    + _SOURCE_ISSUE_NUMBER + _SP + "[期版]"
    + "|[/／][0-9]{1,2}|" + _SOURCE_ISSUE_NUMBER + _SP + "月号?)|(?:" + _SOURCE_VOLUME + ")?第" + _SP + _SOURCE_ISSUE_NUMBER
    + _SP + "[期版])" + _SOURCE_TOTAL_ISSUE + _SP + "[）)]?"
    + "(?:[" + _CJK + "]{0,6}(?:" + _BULLETIN + "))?\\Z"
)
"""The issue or page glued after a publication's name (``《中国纪检监察》杂志2024年第20期``,
``《求是》2024/11``, ``浙江日报第7版``, a journal's ``第18卷第1期`` and ``2025年第4期（总第268期）``):
the source is the publication, not its issue."""
_ISSUE_ENDS = frozenset("期版号月0123456789０１２３４５６７８９)）报刊讯态参報訊")
_JOURNAL_VOLUME_ISSUE = re.compile("(?:(?:19|20)[0-9]{2}" + _SP + "年?" + _SP + ")?" + _SOURCE_VOLUME + "第" + _SP + _SOURCE_ISSUE_NUMBER
                                   + _SP + "期" + _SOURCE_TOTAL_ISSUE)
"""A journal's year, volume and issue standing on a dated line of their own (``2025年 第51卷 第2期 | 发布日期: …``)."""


def source_without_issue(value: str) -> str:
    """``value`` without the issue or page of :data:`_SOURCE_ISSUE` at its end
    (unchanged when nothing but the issue is left).

    >>> source_without_issue("《中国纪检监察》杂志2024年第20期"), source_without_issue("《求是》2024/11")
    ('《中国纪检监察》杂志', '《求是》')
    >>> source_without_issue("浙江日报（第7版）"), source_without_issue("第一财经"), source_without_issue("2024年第3期")
    ('浙江日报', '第一财经', '2024年第3期')
    >>> source_without_issue("市统计局 2023年第3期统计简报"), source_without_issue("江南日报")
    ('市统计局', '江南日报')
    """
    if not value or value[-1] not in _ISSUE_ENDS:
        return value  # the cheap test: an issue ends with 期, 版, 号, 月, a digit or a bracket
    m = _SOURCE_ISSUE.search(value)
    if m is None or not _WORDY.search(value, 0, m.start()):
        return value
    return value[: m.start()].rstrip(_SPACES)


_SOURCE_CN = "[" + _CJK + "《》〈〉“”·]{2,20}"
_SOURCE_LATIN = "[A-Za-z][A-Za-z .&'’-]{0,40}[A-Za-z.]"
_LATIN_RENDERING = re.compile(
    "(?P<cn>" + _SOURCE_CN + ")[ \xa0]{1,2}" + _SOURCE_LATIN + "|" + _SOURCE_LATIN + "[ \xa0]{1,2}(?P<cn2>" + _SOURCE_CN + ")"
)
"""A publication's Chinese name with its Latin-script name after or before
it (``新华网 Xinhua``, ``China Daily 中国日报``, ``明珠日報 Pearl Daily``)."""
_ASCII_LETTER = re.compile("[A-Za-z]")


def latin_rendering(value: str) -> str | None:
    """The Chinese name of a source ``value`` that gives it with its Latin-script
    name too, else None: the source is the Chinese name.

    >>> latin_rendering("新华网 Xinhua"), latin_rendering("China Daily 中国日报"), latin_rendering("新华网")
    ('新华网', '中国日报', None)
    >>> latin_rendering("Reuters"), latin_rendering("CGTN 中国国际电视台 记者")
    (None, None)
    """
    if _ASCII_LETTER.search(value) is None:
        return None  # the cheap test: no Latin letter, no Latin name
    m = _LATIN_RENDERING.fullmatch(value.strip(_SPACES))
    return None if m is None else m.group("cn") or m.group("cn2")


def source_value(value: str) -> str:
    """A source's ``value`` as the page's source: the publication without its
    issue (:func:`source_without_issue`) and in Chinese without its Latin-script
    name (:func:`latin_rendering`).

    >>> source_value("市统计局 2023年第3期简报"), source_value("China Daily 中国日报"), source_value("《求是》2024/11")
    ('市统计局', '中国日报', '《求是》')
    """
    chinese = latin_rendering(value)
    return source_without_issue(value if chinese is None else chinese)


_FIRST_COMMA = re.compile("[，,]")


def author_before_note(value: str) -> str:
    """An author's value without the note on the writer after a comma
    (``王立群，系中共宁安市委党校副校长``: 王立群); unchanged when it is a
    list of names (``王明，李华``) or no name opens it.

    >>> author_before_note("王立群，系中共宁安市委党校副校长"), author_before_note("王明，李华")
    ('王立群', '王明，李华')
    """
    comma = _FIRST_COMMA.search(value)
    if comma is None or name_list(value) is not None:
        return value
    head = value[: comma.start()].strip(_SPACES)
    return head if _is_name(head) else value


def _text_value(kind: str, raw: str) -> str | None:
    """The cleaned value, else None: empty, too long, a sentence (or, but for
    names and titles, a list with commas), or no word in it."""
    value = _clean_value(raw)
    if kind == "source":
        value = source_value(value)
    elif kind == "author" and ("，" in value or "," in value):
        value = author_before_note(value)
    if kind in _COMMA_OK and kind != "title" and (code := _STAFF_CODE.search(value)) is not None \
            and code.start() > 0:
        value = value[: code.start()]  # 杨帆_NBJ11279: a portal's staff code glued to the name
    if not value or len(value) > _MAX_VALUE.get(kind, 40):
        return None
    # a title may end with its question or exclamation mark (a letter's subject: 松林路断头路什么时候能打通？)
    checked = value[:-1] if kind == "title" and value[-1] in "？?！!" else value
    stop = _VALUE_STOP.search(checked)  # one scan for sentence punctuation and commas
    if stop is not None and (stop.group() not in "，," or kind not in _COMMA_OK
                             or _SENTENCE_PUNCT.search(checked, stop.end()) is not None):
        return None
    if not _WORDY.search(value) and (kind != "index_number" or not _ANY_DIGIT.search(value)):
        return None  # no word in it (an index number may be digits only: 001008003/2024-00128)
    return value


def _spaced_name(parts: list[str]) -> str | None:
    """``陈 浩`` -> ``陈浩`` (``parts``, the words of a value: single characters)."""
    if 2 <= len(parts) <= 4 and max(map(len, parts)) == 1 and _is_name("".join(parts)):
        return "".join(parts)
    return None


_COMPACT_DATE = re.compile(r"((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])")
"""A date written without separators (``20240305``): read only as a date label's value."""
_ROC_DOTTED = re.compile("(1[0-9]{2})[.．]([0-9]{1,2})[.．]([0-9]{1,2})(?![0-9])")
"""A date of the Republic of China calendar written with dots (``113.05.03``):
read only as a date label's value (elsewhere it may be any number)."""


def _label_only_date(line: str, lead: int, end: int) -> tuple[str, int] | None:
    """``(iso, end)`` of a date at ``line[lead:end]`` written in a way only
    a date label makes sure of: ``20240305``, ``113.05.03`` (2024-05-03),
    the month first (``12/03/2024``) or a year of two digits (``24-12-03``),
    see :func:`_loose_date_at`.

    >>> _label_only_date("20240305", 0, 8), _label_only_date("113.05.03 ", 0, 10), _label_only_date("113.13.03", 0, 9)
    (('2024-03-05', 8), ('2024-05-03', 9), None)
    >>> _label_only_date("12/03/2024", 0, 10), _label_only_date("24-12-03 18:22", 0, 14)
    (('2024-12-03', 10), ('2024-12-03', 14))
    """
    c = _COMPACT_DATE.match(line, lead, end)
    if c is not None:
        return f"{c[1]}-{c[2]}-{c[3]}", c.end()
    r = _ROC_DOTTED.match(line, lead, end)
    iso = None if r is None else _iso_day(int(r[1]) + _ROC_YEAR_ZERO, int(r[2]), int(r[3]))
    if r is not None and iso is not None:
        return iso, r.end()
    return _loose_date_at(line, lead, end, need_time=False) or _english_date_at(line, lead, end)


_LOOSE_DATE = re.compile(
    "(?<![0-9])(?:(?P<a>[0-9]{1,2})(?P<s>[/.-])(?P<b>[0-9]{1,2})(?P=s)(?P<y>(?:19|20)[0-9]{2})"
    "|(?P<yy>[0-9]{2})(?P<t>[-/.])(?P<m>[0-9]{1,2})(?P=t)(?P<d>[0-9]{1,2}))(?![0-9])"
    "(?P<time>[ \\u3000\\xa0]{1,3}[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])(?: ?[AaPp][Mm](?![A-Za-z]))?)?"
)
"""A date in a form :data:`_DATE` does not read, as a CMS or an app may print it:
the year last, month first (``12/03/2024``, ``12-3-2024``; the day first only when
the first number cannot be a month, ``25/12/2024``, or with dots, as Hong Kong and
Europe print it: ``5.11.2026``), or a year of two digits
(``24-12-03``, of 2000-2049), maybe with a time after it.

When both first numbers could be the month (``05/03/2025``) the month is read
first, as Mainland CMSs and US or Canadian Chinese portals print it; Singapore,
Malaysian, Indonesian, Philippine and Australian Chinese sites print the day
first (``18/03/2025``, ``21-03-2025``), which is read right whenever the day is
past 12. A page says nothing else of its region that this reading could trust
(a ``WIB`` or ``SGT`` after the time is too rare to rely on), and a date read the
other way is no worse than one read wrong, so the month-first default stays; only
a page from Macau or Hong Kong, or one that prints another date the day first, has
its date read the day first after all (:func:`day_first_date`)."""
_LOOSE_YEAR_LAST = 2049
"""The last year a year of two digits stands for (``24-12-03``: 2024; ``98-12-03``: none)."""
_EN_MONTH = ("(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
             "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?![A-Za-z])")
_EN_DATE = re.compile(
    "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?\\.?,?[ \\xa0]{0,2}"
    "(?:" + _EN_MONTH + "[ \\xa0]{0,2}(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,[ \\xa0]{0,2}|[ \\xa0]{1,2})(?P<y>(?:19|20)[0-9]{2})"
    "|(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?[ \\xa0]{0,2}" + _EN_MONTH.replace("<mon>", "<mon2>")
    + "(?:,[ \\xa0]{0,2}|[ \\xa0]{1,2})(?P<y2>(?:19|20)[0-9]{2})"
    "|" + _EN_MONTH.replace("<mon>", "<mon3>") + "[ \\xa0]{1,2}(?P<d3>[0-9]{1,2})[ \\xa0]{1,2}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    "[ \\xa0]{1,2}(?P<y3>(?:19|20)[0-9]{2}))(?![0-9])"
    "(?:,?[ \\xa0]{1,3}[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])(?:[ \\xa0]?[AaPp]\\.?[Mm]\\.?(?![A-Za-z]))?)?",
    re.IGNORECASE)
"""A date with the month's English name, as overseas, Hong Kong and
bilingual pages print it: the month first (``March 5, 2024``, ``Mar. 5 2024``)
or the day first (``5 March 2024``, ``05 Mar 2024``), maybe after a
weekday (``Tuesday, March 5, 2024``) and before a time (``10:21 AM``), or
with the time before the year, as C's ``ctime`` and BBS headers print it
(``Tue Apr 16 09:47:21 2024``)."""
_EN_DATE_OPENERS = frozenset("JFMASONDTWjfmasondtw0123456789")
"""What a :data:`_EN_DATE` can open with: a month's, a weekday's or the day's first character."""
_EN_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
              "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}


def _english_date_at(line: str, lead: int, end: int) -> tuple[str, int] | None:
    """``(iso, end)`` of a date with the month's English name
    (:data:`_EN_DATE`) at ``line[lead:end]``, else None.

    >>> _english_date_at("March 5, 2024 来源", 0, 16), _english_date_at("Tue, 05 Mar 2024 10:21 AM", 0, 25)
    (('2024-03-05', 13), ('2024-03-05', 25))
    >>> _english_date_at("Sept. 31, 2024", 0, 14), _english_date_at("Mayor 5, 2024", 0, 13)
    (None, None)
    """
    if lead >= end or line[lead] not in _EN_DATE_OPENERS:
        return None  # the cheap test first
    m = _EN_DATE.match(line, lead, end)
    if m is None:
        return None
    mon, day, year = ((m["mon"], m["d"], m["y"]) if m["mon"] is not None
                       else (m["mon2"], m["d2"], m["y2"]) if m["mon2"] is not None else (m["mon3"], m["d3"], m["y3"]))
    iso = _iso_day(int(year), _EN_MONTHS[mon[:3].lower()], int(day))
    return None if iso is None else (iso, m.end())


def _loose_date_at(line: str, lead: int, end: int, need_time: bool) -> tuple[str, int] | None:
    """``(iso, end)`` of a :data:`_LOOSE_DATE` at ``line[lead:end]``, else
    None; with ``need_time`` a year of two digits only with a time after it
    (which alone makes sure that ``24-12-03`` is no other number).

    >>> _loose_date_at("25/12/2024 上午", 0, 13, True), _loose_date_at("13/13/2024", 0, 10, False)
    (('2024-12-25', 10), None)
    >>> _loose_date_at("24-12-03 18:22:05 来源", 0, 20, True), _loose_date_at("24-12-03 来源", 0, 11, True)
    (('2024-12-03', 17), None)
    """
    m = _LOOSE_DATE.match(line, lead, end)
    if m is None:
        return None
    if m.group("y") is not None:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        iso = _iso_day(year, a, b) if a <= 12 and m.group("s") != "." else _iso_day(year, b, a)
    elif need_time and m.group("time") is None:
        return None
    else:
        year = 2000 + int(m.group("yy"))
        iso = _iso_day(year, int(m.group("m")), int(m.group("d"))) if year <= _LOOSE_YEAR_LAST else None
    return None if iso is None else (iso, m.end())


_DAY_FIRST_REGION = re.compile("澳门|澳門|Macau|RAEM|香港|Hong Kong|HKSAR")
"""Where a page is from when it prints the day first (``05/11/2026``, ``12-11-2026``):
Macau (its Portuguese chrome too) and Hong Kong, as Portugal and Britain do."""
_YEAR_LAST_DATE = re.compile("(?<![0-9.])([0-9]{1,2})([/.-])([0-9]{1,2})\\2((?:19|20)[0-9]{2})(?![0-9])")


def day_first_date(text: str, iso: str) -> str | None:
    """The page's date ``iso`` read the day first, when ``text`` (the page) wrote
    it with the year last and both first numbers could be the month, and the page
    prints the day first: it is from Macau or Hong Kong (:data:`_DAY_FIRST_REGION`),
    writes the same day unambiguously elsewhere (``2026年11月12日`` above ``12-11-2026``)
    or another of its dates has a first number past 12, and none has a second one
    past 12 (see :data:`_LOOSE_DATE`, whose month-first default stays elsewhere);
    also never when the page writes ``iso`` in a form that is not ambiguous.
    None when nothing changes.

    >>> day_first_date("澳門特別行政區政府新聞局\\n05/11/2026 18:32\\n……", "2026-05-11T18:32")
    '2026-11-05T18:32'
    >>> day_first_date("發佈日期: 12-11-2026\\n刊登日期: 25-11-2026", "2026-12-11")
    '2026-11-12'
    >>> day_first_date("发布日期：05/11/2026", "2026-05-11") is None  # a page of no region: the month first
    True
    >>> day_first_date("香港 05/11/2026 截止日期 05/13/2026", "2026-05-11") is None
    True
    >>> day_first_date("香港 2026年5月11日 05/11/2026", "2026-05-11") is None
    True
    >>> day_first_date("秘书处　2026年11月12日\\n最近更新日期：12-11-2026", "2026-12-11")  # the same day written twice
    '2026-11-12'
    """
    day, rest = iso[:10], iso[10:]
    if not (day[5:7] != day[8:10] and day[8:10] <= "12"
            and any(f"{d}{sep}{day[:4]}" in text for d in {day[8:10], day[8:10].lstrip("0")} for sep in "/-.")):
        return None  # the cheap test first: no day that could be a month, written before the year
    found: str | None = None
    day_first = False
    for m in _YEAR_LAST_DATE.finditer(text):
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        if b > 12:
            return None  # the page prints the month first (05/13/2026)
        day_first = day_first or a > 12
        if a != b and a <= 12 and _iso_day(year, a, b) == day:
            found = _iso_day(year, b, a)
    if found is None:
        return None
    written = {str(seen)[:10] for m in _find_dates(text, 0, len(text)) if (seen := _iso_from_match(m)) is not None}
    if day in written:
        return None  # 2026年5月11日 elsewhere on the page: the date was read right
    return found + rest if day_first or found in written or _DAY_FIRST_REGION.search(text) is not None else None


def _take_value(p: _Parse, kind: str, lead: int, end: int, colon: bool) -> None:
    """Parse the value of a ``kind`` label in ``line[lead:end]`` (``lead``:
    the value's first non-space character)."""
    line = p.line
    if kind in _DATE_KINDS:
        m = _DATE.match(line, lead, end)
        iso = _iso_from_match(m) if m else None
        if m is not None and iso is not None:
            _set_date(p, iso, kind)
            p.explained.append((lead, m.end()))
        elif (labelled := _label_only_date(line, lead, end)) is not None:
            _set_date(p, labelled[0], kind)
            p.explained.append((lead, labelled[1]))
        return
    if kind == "views":
        m2 = _VIEWS.match(line, lead, end)
        if m2 is not None and m2.group("n") is not None:
            digits = m2.group("n").replace(",", "").replace("，", "")
            number = float(f"{int(digits)}.{int(m2.group('f') or 0)}")
            views = round(number * 10000) if m2.group("w") else int(digits)
            p.fields.setdefault("views", views)
            p.explained.append((lead, m2.end()))
        return
    if kind == "doc_number":
        m3 = _DOC_NUMBER.match(line, lead, end) or _ORDER_NUMBER.match(line, lead, end)
        if m3 is not None:
            p.fields.setdefault("doc_number", "".join(m3.group().split()))
            p.explained.append((lead, m3.end()))
        return
    if not colon and kind not in _NO_COLON_OK:
        return
    hit = _VALUE_SCAN.search(line, lead, end)
    if hit is None or (hit.start() == end - 1 and line[hit.start()] == " "):
        stop = end  # no break, date or space in the value (but maybe one space after it)
        raw = line[lead:end]
        if (kind == "author" or kind == "editor") and _take_names(p, kind, raw, lead, stop):
            return
    else:
        stop, raw = _value_text(p, kind, lead, end)
        if stop < 0:
            return
    value = _text_value(kind, raw)
    if value is None:
        return
    if not colon and (kind == "author" or kind == "editor") and not _is_name(value):
        return
    if kind != "other":
        p.fields.setdefault(kind, value)
    p.explained.append((lead, lead + len(raw)))


_PUBLISHED_BARE = frozenset({"发布", "發布", "發佈", "释出", "釋出"})
"""A bare 发布 label, whose value is a date (``发布：2025-01-08``) or who published (``发布：招生办公室``)."""


def _publisher_label_office(p: _Parse, label: str, lead: int, end: int) -> bool:
    """Whether a bare ``发布：`` label's value on line ``p.line`` (no date) names an
    office up to the next break (``发布：招生办公室　日期：…``, ``发布：教务处``,
    ``发布：基础教育科``):
    the publisher, taken as the source."""
    if "".join(label.split()).rstrip(":：") not in _PUBLISHED_BARE:
        return False
    brk = _HARD_BREAK.search(p.line, lead, end)
    value = p.line[lead:brk.start() if brk is not None else end].strip(_SPACES)
    return 2 <= len(value) <= 30 and (_ORG.fullmatch(value) is not None or _DEPARTMENT.match(value) is not None)


_DEPARTMENT = re.compile(
    "^[" + _CJK + "]{2,16}(?:部|处|室|局|办|中心|委员会|科|股)(?:[（(][" + _CJK + "]{2,12}[)）])?$")
"""A department's or a section's name as who published a page (``营销部（农电工作部）``, ``基金监管科``,
``党委宣传部``, ``基础教育股``, ``政教室``), not a person's: the value of ``发布人：`` or a bare ``发布：``."""


def take_credit_value(p: _Parse, label: str, kind: str, lead: int, end: int, colon: bool) -> None:
    """:func:`_take_value` for the value of ``label``, but the names after a
    reporter's label replace a correspondent's taken before them on the line
    (``通讯员　赵一鸣　记者　郭晓敏``: the reporter is the author, as in a
    dateline, :func:`dateline_reporters`).

    >>> parse_meta_line("（通讯员　赵一鸣　记者　郭晓敏）").fields["author"]
    '郭晓敏'
    """
    if kind != "author":
        before = len(p.explained)
        _take_value(p, kind, lead, end, colon)
        if len(p.explained) == before and kind == "date" and colon and _publisher_label_office(p, label, lead, end):
            _take_value(p, "source", lead, end, colon)
        return
    replaced = p.fields.pop("author", None) if p.correspondent_author and ("记者" in label or "記者" in label) else None
    had = "author" in p.fields
    _take_value(p, kind, lead, end, colon)
    if replaced is not None:
        p.correspondent_author = "author" not in p.fields
        p.fields.setdefault("author", replaced)
    elif not had and "author" in p.fields and ("通讯员" in label or "通訊員" in label):
        p.correspondent_author = True


_TITLE_CELL_END = ("|", "｜", "| ", "｜ ")
"""How a title's cell ends when the scraper dumped its table row with bars."""


def _value_text(p: _Parse, kind: str, lead: int, end: int) -> tuple[int, str]:
    """``(stop, raw)``: where the value of a ``kind`` label that starts at
    ``lead`` stops (a hard break, a date), and its text (to the first space
    but for table values); ``(-1, "")`` when it gave an author's or editor's
    names (:func:`_take_names`)."""
    line = p.line
    if (kind == "author" or kind == "editor") and (run := _name_run_end(line, lead, end)) > 0 \
            and _take_names(p, kind, line[lead:run], lead, run):
        return -1, ""  # 作者：周明远　李晓婷 (names apart by wider spaces than a value holds)
    if (kind == "author" or kind == "editor") and (spaced := _SPACED_NAME.match(line, lead, end)) is not None \
            and _take_names(p, kind, spaced.group(), lead, spaced.end()):
        return -1, ""  # 编辑：许　可 (a name of two characters set apart by a full-width space)
    table = kind in _TABLE_KINDS  # table values may hold spaces: take all up to the next break
    brk = None if kind == "title" else _HARD_BREAK.search(line, lead, end)
    stop = brk.start() if brk is not None else end
    if kind == "author" and brk is not None and line[stop] == "\u3000" and _role_then_name(p, line, lead, stop, end):
        return -1, ""  # 作者：中共丽阳市委书记　胡海峰 (a byline's role and name apart by one full-width space)
    if table and kind != "title":
        stop = _unknown_label_start(line, lead, stop)
    if not table:
        dm = search_date(line, lead, stop)
        if dm is not None:
            stop = dm.start()
    raw = line[lead:stop]
    if kind == "title" and raw.endswith(_TITLE_CELL_END):
        raw = raw.rstrip(_SPACES + "|｜")  # a table row dumped with bars: | 信息名称 | …的通知 |
    if (kind == "author" or kind == "editor") and _take_names(p, kind, raw, lead, stop):
        return -1, ""
    if not table:
        sp = _ANY_SPACE.search(raw.rstrip(_SPACES))  # raw starts with no space
        if sp is not None and not (kind == "source" and (several_sources(raw) or _issue_after(raw, sp.end())
                                                          or latin_rendering(raw) is not None)) \
                and not (kind in _CREDIT_KINDS and _LATIN_NAME.fullmatch(raw.rstrip(_SPACES)) is not None):
            raw = raw[: sp.start()]
    return stop, raw


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’.&-]{0,30}(?: (?:[A-Z][A-Za-z\u00c0-\u024f'’.&-]{0,30}|of|and|for|the|de|da|du|van|von|in)){1,7}")
"""A Latin-script name of a person or a body, its words apart by single spaces
(``Zhang Yiwen``, ``Lingang Special Area Administration``, ``Ministry of Commerce``):
an English page's source, author or editor, taken whole."""


def _issue_after(raw: str, pos: int) -> bool:
    """Whether all of a source's value ``raw`` after ``pos`` is the issue of
    the publication before it (``《今日浙江》杂志 2023年第21期``): the issue is
    taken with the value and cut off by :func:`source_without_issue`."""
    rest = raw[pos:].strip(_SPACES)
    return bool(rest) and rest[-1] in _ISSUE_ENDS and _SOURCE_ISSUE.fullmatch(rest) is not None


_WIDE_BREAK = re.compile("[" + _SEPARATORS + "\\t]|[ \\u3000\\xa0]{2,}")


def _role_then_name(p: _Parse, line: str, lead: int, stop: int, end: int) -> bool:
    """Take an author's value that is a byline whose role and name one
    full-width space sets apart (``中共丽阳市委书记　胡海峰``): up to the next
    wider break, when that stretch reads as a byline and the part before the
    space as its role, or the writer's unit and the writer (:func:`_unit_then_name`);
    False (nothing taken) otherwise."""
    wide = _WIDE_BREAK.search(line, stop, end)
    upto = wide.start() if wide is not None else end
    byline = parse_byline(line[lead:upto])
    if byline is None or byline[1] != line[lead:stop]:
        return _unit_then_name(p, line, lead, stop, upto)
    p.fields.setdefault("author", byline[0])
    p.fields.setdefault("author_role", byline[1])
    p.explained.append((lead, upto))
    return True


def _unit_then_name(p: _Parse, line: str, lead: int, stop: int, upto: int) -> bool:
    """Take an author's value that names the writer's unit, one full-width
    space, then the writer (``中共江州市委党校　周文静``): the writer; False
    (nothing taken) when the part before the space is no organisation of four
    characters or more or the rest is no name."""
    unit, rest = line[lead:stop], line[stop + 1 : upto].strip(_SPACES)
    if len(unit) < _NAME_LIST_ORG_CHARS or _ORG.fullmatch(unit) is None:
        return False
    name = rest if _is_name(rest) else name_list(rest)
    if name is None:
        return False
    p.fields.setdefault("author", name)
    p.explained.append((lead, upto))
    return True


_MAX_SOURCES = 4


def several_sources(raw: str) -> bool:
    """Whether a source's value ``raw``, which holds single spaces, names
    two or more organisations and nothing else (``市消防救援支队 市应急管理局``):
    it is taken whole, not up to its first space.

    >>> several_sources("市消防救援支队 市应急管理局"), several_sources("南岭日报 记者"), several_sources("南岭日报 发布时间")
    (True, False, False)
    """
    pieces = raw.split()
    return 2 <= len(pieces) <= _MAX_SOURCES and all(
        _ORG.fullmatch(piece) is not None and _HAN.search(piece) is not None and _LABEL.match(piece) is None
        for piece in pieces)


_UNKNOWN_LABEL = re.compile("[" + _SPACES + "]+[" + _CJK + "]{2,8}" + _SP + "[:：]")
"""A label we do not know, after a space (``　公开目录：``): the value before it ends there."""


def _unknown_label_start(line: str, lead: int, stop: int) -> int:
    """Where the value at ``line[lead:stop]`` ends: before a label we do not know, else at ``stop``.

    >>> line = "索引号：001008003/2024-00128 公开目录：通知公告"
    >>> line[4:_unknown_label_start(line, 4, len(line))]
    '001008003/2024-00128'
    """
    if "：" not in line[lead:stop] and ":" not in line[lead:stop]:
        return stop
    m = _UNKNOWN_LABEL.search(line, lead, stop)
    return stop if m is None else m.start()


_SPACED_NAME = re.compile("[" + _CJK + "](?:[ \u3000\xa0]{1,2}[" + _CJK + "]){1,3}(?![" + _CJK + "])")
"""A letter-spaced name (``许　可``, ``刘 晓 东``)."""
_NAME_WORD = re.compile("[" + _CJK + "·•]{2,9}")
_NAME_GAP = re.compile("[" + _SPACES + "、，,]{1,4}")


def _name_run_end(line: str, lead: int, end: int) -> int:
    """The end of two or more names at ``line[lead:end]``, apart by spaces
    of any width, ``、`` or commas (:func:`name_list`), else -1.

    >>> _name_run_end("周明远　李晓婷", 0, 7), _name_run_end("王芳　通讯员 赵强", 0, 9), _name_run_end("李明 单位：市统计局", 0, 10)
    (7, -1, -1)
    """
    pos, names, stop = lead, 0, -1
    while (word := _NAME_WORD.match(line, pos, end)) is not None and _is_name(word.group()) \
            and line[word.end() : word.end() + 1] not in ("：", ":"):  # 单位：, a label, no name
        names, stop = names + 1, word.end()
        gap = _NAME_GAP.match(line, stop, end)
        if gap is None:
            break
        pos = gap.end()
    return stop if names >= 2 else -1


def _take_names(p: _Parse, kind: str, raw: str, lead: int, stop: int) -> bool:
    """An author's or editor's value ``raw`` (``line[lead:stop]``) as a
    letter-spaced name, several names or (an author's) byline; False when it
    is none of these."""
    names = raw.split()
    name = _spaced_name(names)
    role = None
    if name is None:  # 记者：张三 李四
        name = name_list(raw)
    if name is None and kind == "author" and (byline := parse_byline(raw)) is not None:
        name, role = byline
    if name is None and kind == "author" and len(names) > 1 and _ORG.fullmatch(names[0]) is not None:
        rest = " ".join(names[1:])  # 撰稿：法规处 谢明远 -- the writer's office, then the writer
        name = rest if _is_name(rest) else name_list(rest)
    if name is None:
        name = name_before_unit(raw)
    if name is None and kind == "author" and ("/" in raw or "／" in raw):
        name = name_after_outlet(raw)
    if name is None:
        return False
    p.fields.setdefault(kind, name)
    if role is not None:
        p.fields.setdefault("author_role", role)
    p.explained.append((lead, stop))
    return True


_SLASHES = re.compile("[/／]")


def name_after_outlet(raw: str) -> str | None:
    """The name of a credit that names the outlet, a slash, then the writer
    (``南岭日报/冯雪``), else None.

    >>> name_after_outlet("南岭日报/冯雪"), name_after_outlet("冯雪/蔡俊")
    ('冯雪', None)
    """
    parts = _SLASHES.split(raw.strip(_SPACES))
    if len(parts) != 2 or _ORG.fullmatch(parts[0]) is None:
        return None
    name = parts[1].strip(_SPACES)
    return name if _is_name(name) else name_list(name)


def name_before_unit(raw: str) -> str | None:
    """The name or names of a credit that closes with the writer's unit in
    brackets (``陈立平（市农业技术推广中心）``, ``王浩 李明(市统计局)``),
    else None: the unit is no part of the author.

    >>> name_before_unit("陈立平（市农业技术推广中心）"), name_before_unit("王浩 李明(市统计局)")
    ('陈立平', '王浩 李明')
    >>> name_before_unit("市统计局（办公室）") is None, name_before_unit("陈立平") is None
    (True, True)
    """
    text = raw.rstrip(_SPACES)
    opener = _CLOSERS.get(text[-1:])
    if opener is None or (cut := text.find(opener)) <= 0:
        return None
    head = text[:cut].rstrip(_SPACES)
    return head if _is_name(head) else name_list(head)


def _residue(p: _Parse, gaps: list[tuple[int, int]]) -> None:
    """Dates, document numbers, organisations and counters outside labels."""
    line = p.line
    if "年" not in line and _ANY_DIGIT.search(line) is None:  # cheap tests first
        return  # no date here nor in a label: no document number, source or counter either
    fields = p.fields
    rest: list[tuple[int, int]] = []
    for a, b in gaps:
        pos = a
        for m in _find_dates(line, a, b):
            start, end = m.span()
            iso = _iso_from_match(m)
            if iso is not None and not _after_other_label(line, a, start):
                _set_date(p, iso, "date")
                start = _era_start(line, pos, start)
                p.explained.append((start, end))
                rest.append((pos, start))
                pos = end
        rest.append((pos, b))
    dated = "date" in fields  # sources and counters stand only on dated lines: pieces only then
    pieces: list[re.Match[str]] = []
    numbered = "号" in line or "號" in line
    if numbered and not fields and (bulletin := _BULLETIN_NUMBER.fullmatch(line)) is not None:
        fields["doc_number"] = "".join(bulletin.group(1).split())  # 2026年第6号 alone under an announcement's headline
        p.explained.append(bulletin.span(1))
        return
    for a, b in rest:
        pos = a
        for m in _DOC_NUMBER.finditer(line, a, b) if numbered else ():
            if _after_other_label(line, a, m.start()):
                continue
            fields.setdefault("doc_number", "".join(m.group().split()))
            p.explained.append(m.span())
            if dated:
                pieces.extend(_PIECE.finditer(line, pos, m.start()))
            pos = m.end()
        if dated and b > pos:
            pieces.extend(_PIECE.finditer(line, pos, b))
    if pieces:
        _sources_and_counters(p, pieces)


_AT = "在"
"""An organisation after this (not 于: 于都县) is where something was said (``2024年1月16日在临湖市人民代表大会``), no source."""
EVENT_ENDS = (
    "发布会", "座谈会", "推进会", "研讨会", "交流会", "招聘会", "现场会", "动员会", "培训会", "表彰会", "博览会", "展览会",
    "展销会", "运动会", "联欢会", "晚会", "例会", "年会", "峰会", "听证会", "通气会", "说明会", "见面会", "报告会",
    "部署会", "调度会", "观摩会", "恳谈会", "洽谈会", "推介会", "启动会", "分析会", "汇报会",
    "發布會", "發佈會", "座談會", "推進會", "研討會", "交流會", "招聘會", "現場會", "動員會", "培訓會", "表彰會", "博覽會",
    "展覽會", "展銷會", "運動會", "聯歡會", "晚會", "例會", "年會", "峰會", "聽證會", "說明會", "見面會", "報告會",
    "部署會", "調度會", "推介會", "啟動會", "分析會", "匯報會",
)
"""A name ending in 会 that is a meeting, not an organisation: beside a date it is what happened that day
(``2025年3月5日新闻发布会``, a headline), never the source."""


_EPAPER_PAGE = re.compile("第?[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,3}版")
"""An e-paper's page on its header line (``A05版``, ``第03版``)."""
_EPAPER_SECTION_CHARS = 8
"""Most characters of a page's section name (``区县新闻``, ``国际·观察``)."""
_EPAPER_PAGE_SECTION = re.compile("第?[A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{1,3}版[:：][" + _CJK + "·]{1,8}|(?:本期)?共[0-9０-９]{1,3}版")
"""An e-paper's page glued to its section by a colon (``第05版：储粮科技``, ``第A07版:民生``), or the
number of pages of the day's issue (``本期共32版``), on the page's dated header line."""


_BULLETIN_COMPILED_ENDS = frozenset("编編印发發")
"""The last characters of a bulletin's compiling credit (``编``, ``编印``, ``编发``): a cheap test first."""
_BULLETIN_COMPILED_BY = re.compile("([" + _CJK + "（）()]{2,30}?)(?:编印|編印|编发|編發|编|編)")
"""A bulletin's compiling office glued to its credit on the issue line
(``临江县人民政府办公室编　　2025年9月2日``, ``…编印``): the office is the source."""


def _sources_and_counters(p: _Parse, pieces: list[re.Match[str]]) -> None:
    """An organisation (the source, maybe with a counter glued on) and a
    counter after it, among the ``pieces`` of a dated line outside its dates
    and labels."""
    fields = p.fields
    last_was_source = False
    after_page = False
    volumes = [v.span() for v in _JOURNAL_VOLUME_ISSUE.finditer(p.line)] if "卷" in p.line else []
    for m in pieces:
        piece = m.group()
        if _PUNCT_ONLY.fullmatch(piece):
            continue
        if _ACCOUNT_NOTE.fullmatch(piece):
            p.explained.append(m.span())
            continue
        if "版" in piece and _EPAPER_PAGE.fullmatch(piece):
            after_page = True  # an e-paper's page (A05版): the name after it is the page's section
            p.explained.append(m.span())
            continue
        if "版" in piece and _EPAPER_PAGE_SECTION.fullmatch(piece):
            p.explained.append(m.span())  # 第05版：储粮科技, 本期共32版: the page and its section, not the source
            continue
        if after_page:
            after_page = False
            if len(piece) <= _EPAPER_SECTION_CHARS and _HAN.search(piece) and piece[-1] not in "报報刊":
                p.explained.append(m.span())  # 区县新闻, 要闻: the section, not the outlet (东海商报)
                continue
        if last_was_source and piece[-1] in _ISSUE_ENDS and _SOURCE_ISSUE.fullmatch(piece) is not None:
            p.explained.append(m.span())  # 《今日浙江》 2023年第21期: the source's issue
            continue
        if volumes and any(a <= m.start() and m.end() <= b for a, b in volumes):
            p.explained.append(m.span())  # 2025年 第51卷 第2期: a journal's volume and issue on its dated line
            continue
        if len(piece) <= 45 and "source" not in fields and not date_inside_headline(p.line, m.start(), (q.span() for q in pieces)):
            if piece[-1] in _BULLETIN_COMPILED_ENDS and (compiled := _BULLETIN_COMPILED_BY.fullmatch(piece)) is not None:
                piece = compiled.group(1)  # a bulletin's issue line: the office that compiles it (…办公室编)
            org = _ORG.fullmatch(piece) if piece[-1] not in _ISSUE_ENDS else _ORG.fullmatch(source_without_issue(piece))
            if (org is not None and _HAN.search(org.group("org")) and not org.group("org").startswith(_AT)
                    and not org.group("org").endswith(EVENT_ENDS)):
                fields["source"] = org.group("org")
                p.bare_source = True
                p.explained.append(m.span())
                if org.group("n") is not None:
                    fields.setdefault("views", int(org.group("n")))
                last_was_source = True
                continue
        if last_was_source and piece.isdigit() and len(piece) <= 9 and "views" not in fields:
            fields["views"] = int(piece)
            p.explained.append(m.span())
        last_was_source = False
    if "source" not in fields and len(fields) == 1:
        _counted_source_after_date(p, pieces)


def date_inside_headline(line: str, start: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the piece of ``line`` at ``start`` runs on from a date that runs on
    from a name before it (one of ``spans``, the line's pieces outside its dates
    and labels), with no space or mark on either side: a data release's headline
    with its date inside (``桐川市2025年3月12日环境空气质量日报``), not a date
    line with its source (``2025-03-12　光明日报``, ``光明日报2025年3月12日``).

    >>> parse_meta_line("桐川市2025年3月12日环境空气质量日报").fields
    {'date': '2025-03-12'}
    >>> parse_meta_line("2025年3月12日 光明日报").fields
    {'date': '2025-03-12', 'source': '光明日报'}
    """
    if start == 0 or line[start - 1] not in "日号號" or not _HAN.match(line, start):
        return False
    return any(b < start and line[b].isdigit() and _HAN.search(line, a, b) is not None for a, b in spans)


_COUNTED_SOURCE = re.compile("(?P<org>[" + _CJK + "A-Za-z0-9·]{2,24}?)(?P<n>[0-9]{1,9})?")
_COUNTED_SOURCE_NOT = ("星期", "周", "週", "农历", "農曆", "在", "今天", "今日")


def _counted_source_after_date(p: _Parse, pieces: list[re.Match[str]]) -> None:
    """A portal's header line of only a date, a name and the view count
    (Destoon: ``2024-02-06 湖州市人民政府11890``) whose name ends in no
    organisation's suffix (``人民日报海外版 3``, ``第一财经2345``): the name is the
    source. The count, glued on or apart, is what makes it a header rather
    than a dated link (``2026-03-01 市政府召开常务会议``).

    >>> parse_meta_line("   2026-03-02 人民日报海外版 3").fields
    {'date': '2026-03-02', 'source': '人民日报海外版', 'views': 3}
    >>> parse_meta_line("2026-03-02 第一财经2345").fields["source"], parse_meta_line("2026-03-01 市政府召开常务会议").fields
    ('第一财经', {'date': '2026-03-01'})
    >>> parse_meta_line("   2026-03-02 21世纪经济报道 812").fields["source"]
    '21世纪经济报道'
    """
    words = [m for m in pieces if not _PUNCT_ONLY.fullmatch(m.group())]
    if not words or len(words) > 2 or (len(words) == 2 and not (words[1].group().isdigit() and len(words[1].group()) <= 9)):
        return
    first = _COUNTED_SOURCE.fullmatch(words[0].group())
    if first is None or (first.group("n") is None) == (len(words) == 1) or first.group("org").startswith(_COUNTED_SOURCE_NOT):
        return
    if len(_HAN.findall(first.group("org"))) < 2:
        return
    p.fields["source"] = first.group("org")
    p.fields["views"] = int(first.group("n") or words[1].group())
    p.bare_source = True
    p.explained.extend(m.span() for m in words)


def _era_start(line: str, lo: int, pos: int) -> int:
    """Where the date found at ``line[pos:]`` starts with the era written
    before its year (``中华民国113年``, ``民國99年``), not before ``lo``;
    ``pos`` when there is none.

    >>> _era_start("中华民国113年5月3日", 0, 4), _era_start("民國99年5月3日", 0, 2), _era_start("113年5月3日", 0, 0)
    (0, 0, 0)
    """
    if pos - 2 < lo or line[pos - 2 : pos] not in ("民国", "民國"):
        return pos
    pos -= 2
    return pos - 2 if pos - 2 >= lo and line[pos - 2 : pos] in ("中华", "中華") else pos


def _after_other_label(line: str, lo: int, pos: int) -> bool:
    """``line[pos:]`` is the value of a label we do not know (``会议时间：2024年3月1日``
    gives an event's date, not the document's)."""
    i = pos
    while i > lo and line[i - 1] in _SPACES:
        i -= 1
    return i - 1 > lo and line[i - 1] in ":：" and _WORDY.match(line[i - 2]) is not None


def _names_source(line: str, pos: int) -> bool:
    """After a label such as ``来源于`` that needs no colon, ``line[pos:]``
    names a source: it is set off by a space (``来源于 财新周刊``) or its
    first piece is an organisation's name (``转载自新华网``), not the rest
    of a sentence (``来源于群众的意见``).

    >>> _names_source("来源于 财新周刊", 3), _names_source("转载自新华网", 3), _names_source("来源于群众的意见", 3)
    (True, True, False)
    """
    if pos < len(line) and (line[pos] in _SPACES or line[pos] == "《"):
        return True  # 来源于 财新周刊, 转载自《浙江日报》2023年6月12日: a publication's name in title marks
    piece = _PIECE.match(line, pos)
    return piece is not None and _ORG.fullmatch(line, pos, piece.end()) is not None


def _spaced_org(line: str, pos: int) -> bool:
    """``line[pos:]`` is a space, then an organisation's name: a source's
    label needs no colon before it (``供稿 市疾控中心``, ``来源 新华社``).

    >>> _spaced_org("供稿 市疾控中心", 2), _spaced_org("来源 群众的意见", 2), _spaced_org("来源新华社", 2)
    (True, False, False)
    """
    lead = pos
    while lead < len(line) and line[lead] in _SPACES:
        lead += 1
    piece = _PIECE.match(line, lead) if lead > pos else None
    return piece is not None and _ORG.fullmatch(line, lead, piece.end()) is not None


def _boxed_label(line: str, start: int, end: int) -> bool:
    """The label at ``line[start:end]`` is closed in brackets of its own,
    which then stand for its colon (``【来源】市住建局``, ``[作者]王浩``).

    >>> _boxed_label("【来源】市住建局", 1, 3), _boxed_label("【来源：市住建局】", 1, 3)
    (True, False)
    """
    closer = _OPENERS.get(line[start - 1]) if start > 0 else None
    return closer is not None and end < len(line) and line[end] == closer


_LABEL_GAP = re.compile("[ \u3000\xa0]+")


def label_matches(line: str) -> Iterator[re.Match[str]]:
    """:data:`_LABEL`'s matches in ``line``, but where a letter-spaced label
    glued to a word before it spans a gap after which a shorter label starts
    its segment (``综合新闻　来源：``: not the label 新闻来源 inside a word, but
    the page's section and then 来源), that shorter label (see
    :func:`_label_after_gap`; :func:`_labels` does the same inline).

    >>> [m.group("label") for m in label_matches("综合新闻　来源：临江日报")]
    ['来源']
    >>> [m.group("label") for m in label_matches("新闻　来源：临江日报")]
    ['新闻\u3000来源']
    """
    for m in _LABEL.finditer(line):
        start = m.start()
        yield (_label_after_gap(line, m) or m) if start and _WORDY.match(line, start - 1) else m


def _label_after_gap(line: str, m: re.Match[str]) -> re.Match[str] | None:
    """The shorter label that starts after a gap inside label match ``m``
    and ends where it does (``来源`` in ``新闻　来源``), or None."""
    label = m.group(1)
    if " " not in label and "\u3000" not in label and "\xa0" not in label:
        return None
    for gap in _LABEL_GAP.finditer(line, m.start(), m.end(1)):
        tail = _LABEL.match(line, gap.end())
        if tail is not None and tail.end(1) == m.end(1):
            return tail
    return None


def _labels(line: str) -> list[tuple[int, int, str, bool]]:
    """``(start, end, kind, has_colon)`` of the labels of a line.

    A label counts only at the start of a segment (``会议时间：`` and
    ``项目名称：`` are body, not the labels 时间 and 名称), except a credit
    role such as ``本报记者`` (a short word glued before 记者/通讯员, followed
    by a space), which then spans the whole role."""
    out: list[tuple[int, int, str, bool]] = []
    for m in _LABEL.finditer(line):
        if (at := m.start()) and _WORDY.match(line, at - 1) and (tail := _label_after_gap(line, m)) is not None:
            m = tail  # 综合新闻　来源： (see label_matches)
        label, colon_text = m.group(1, 2)  # label, colon
        kind = _LABEL_KIND.get(label) or _kind(label)
        boxed = colon_text is None and _boxed_label(line, m.start(), m.end(1))
        colon = colon_text is not None or boxed or (label in _SELF_MARKED and _names_source(line, m.end(1))) \
            or (kind == "source" and _spaced_org(line, m.end(1))) \
            or _cell_marked(line, m, kind)
        start = m.start()
        end = m.end(1) + 1 if boxed else pipe_cell_value_start(line, m.end()) if colon else m.end(1)
        if start and _WORDY.match(line, start - 1) and not _glued_label(line, m, out):  # not at the start of a segment
            credit = _CREDIT_PREFIX.search(line, max(0, start - 18), start)
            if kind != "author" or credit is None or not _role_credit(line, out, credit.start(), start, end, colon):
                continue  # 会议时间：, 项目名称：, 联系人： -- another label ending in one of ours
            start = credit.start()
        elif start and line[start - 1] == "》" and kind == "author" and not _glued_label(line, m, out) \
                and (credit := _CREDIT_PREFIX.search(line, max(0, start - 18), start)) is not None \
                and _role_credit(line, out, credit.start(), start, end, colon):
            start = credit.start()  # 《半月谈》记者 郑晓雯: the magazine's reporter
        if out and start < out[-1][1]:
            continue
        out.append((start, end, kind, colon))
    return out


_GLUED_OK = frozenset({
    "来源", "信息来源", "文章来源", "稿件来源", "稿源", "作者", "发布时间", "发布日期", "发表时间", "发表日期", "更新时间",
    "责任编辑", "编辑", "浏览次数", "浏览量", "点击数", "点击量", "点击次数", "阅读次数", "阅读量", "访问量",
    "來源", "信息來源", "文章來源", "發布時間", "發佈時間", "發布日期", "發佈日期", "更新時間", "責任編輯", "編輯",
    "瀏覽次數", "點擊數",
})
"""Labels that mark a line's next field even glued to the value before
them (see :func:`_glued_label`)."""


_GLUED_VALUE_MARKS = frozenset("《》〈〉“”")
"""Marks a value glued to the next label may hold (``来源：《今日浙江》杂志作者：胡海峰``)."""


def _glued_label(line: str, m: re.Match[str], out: list[tuple[int, int, str, bool]]) -> bool:
    """Whether the label ``m``, glued to the word before it, still starts a
    field: a page's spans extracted without spaces between them
    (``作者:王静来源:县文化和旅游局发布时间:2024-12-03``) glue each label to
    the value before it. Only one of :data:`_GLUED_OK` with a colon, glued
    to a word that is all the value of the label before it (``会议时间：``,
    ``项目资金来源：`` stay no labels).

    >>> line = "作者:王静来源:县文化局"
    >>> [_glued_label(line, m, [(0, 3, "author", True)]) for m in _LABEL.finditer(line)][1:]
    [True]
    >>> line = "发布日期：2024-12-03 项目资金来源：财政拨款"
    >>> [_glued_label(line, m, [(0, 5, "date", True)]) for m in _LABEL.finditer(line)][1:]
    [False]
    """
    if not out or m.group("colon") is None or "".join(m.group("label").split()) not in _GLUED_OK:
        return False
    word = m.start()
    while word > 0 and (_WORDY.match(line, word - 1) or line[word - 1] in _GLUED_VALUE_MARKS):
        word -= 1
    value = out[-1][1]
    while value < word and line[value] in _SPACES:
        value += 1
    return word == value


_COLON_ROLE_PREFIX = 2
"""The longest word glued before 记者 or 作者 in a role with a colon (实习记者：, 特约记者：, 通讯作者：)."""
_PRESS_PREFIXES = frozenset({"本报", "本台", "本网", "本刊", "本站", "本報", "本臺", "本網", "实习", "见习", "特约", "首席",
                             "實習", "見習", "特約"})
"""Words that make 记者 a reporter's role wherever the credit stands (``本报记者：冯雪``)."""
_OUTLET_ENDS = ("报", "台", "网", "社", "報", "臺", "網", "新闻", "新聞", "客户端", "客戶端")


def _role_credit(line: str, out: list[tuple[int, int, str, bool]], a: int, start: int, end: int, colon: bool) -> bool:
    """Whether the author's label at ``line[start:end]``, glued to the word
    ``line[a:start]`` before it, is a reporter's role (``本报记者 冯雪``,
    ``本报记者：冯雪``, ``本报记者冯雪 通讯员蔡俊``): the word starts a
    segment and, with a colon, is a role's (:func:`_colon_role`); without
    one, a space or a name and a space (or the line's end) follow.

    >>> _role_credit("本报记者冯雪 通讯员蔡俊", [], 0, 2, 4, False), _role_credit("本报记者节特别策划", [], 0, 2, 4, False)
    (True, False)
    """
    if not _starts_segment(line, a):
        return False
    if colon:
        return _colon_role(line, out, a, start)
    if end < len(line) and line[end] in _SPACES:
        return True
    word = _NAME_WORD.match(line, end)
    return word is not None and _is_name(word.group()) and (word.end() == len(line) or line[word.end()] in _SPACES)


def _colon_role(line: str, out: list[tuple[int, int, str, bool]], a: int, start: int) -> bool:
    """Whether an author's label with a colon, glued to the word
    ``line[a:start]`` before it, is a reporter's role: a press role or an
    outlet's (``本报记者：``, ``南岭日报记者：``), or, on a line that has a
    label before it, a word of two characters at most (``实习记者：李四``
    after ``记者：张三``); a line opening with ``联系记者：`` is no credit line.

    >>> _colon_role("本报记者：冯雪", [], 0, 2), _colon_role("联系记者：冯雪", [], 0, 2), _colon_role("南岭日报记者：冯雪", [], 0, 4)
    (True, False, True)
    """
    prefix = line[a:start]
    if (prefix[:1] == "《" and prefix[-1:] == "》") or prefix.endswith(("杂志", "雜誌")):
        return True  # 《人民日报》记者：, 《中国纪检监察》杂志记者：, a publication's reporter
    return prefix in _PRESS_PREFIXES or prefix.endswith(_OUTLET_ENDS) or _news_app_regional_outlet(prefix) \
        or (bool(out) and len(prefix) <= _COLON_ROLE_PREFIX)


def _news_app_regional_outlet(prefix: str) -> bool:
    """Whether ``prefix`` is an outlet's name followed by the region of its
    desk (``凤凰网安徽``, ``澎湃新闻上海``): the outlet of two characters or
    more, the region of one or two.

    >>> _news_app_regional_outlet("凤凰网安徽"), _news_app_regional_outlet("网格"), _news_app_regional_outlet("本报")
    (True, False, False)
    """
    return any(len(prefix) - cut >= 2 and prefix[:-cut].endswith(_OUTLET_ENDS) for cut in (1, 2))


def _cell_marked(line: str, m: re.Match[str], kind: str) -> bool:
    """Whether the label ``m`` of ``kind`` is set apart from its value by a
    table's tab, as by a colon (``发布单位\t临湖市财政局``), or by the bar of
    a table dumped as bar-separated cells (``成文日期 | 2024-04-17``, see
    :func:`pipe_cell_value_start`)."""
    return kind in _CELL_KINDS and ("\t" in line[m.end("label") : m.end()]
                                    or (m.group("colon") is None and m.end() < len(line) and line[m.end()] in _CELL_BARS))


_CELL_BARS = "|｜"
"""The bars a scraper puts between the cells of a table row (``索引号 | 0141… | 主题分类 | 工业``)."""


def pipe_cell_value_start(line: str, pos: int) -> int:
    """Where the value of a label ending at ``pos`` starts: past the bar and
    spaces of a bar-separated table cell (``发布日期 | 2024-04-18``), else ``pos``.

    >>> line = "发布日期 | 2024-04-18 | 文号 |"
    >>> line[pipe_cell_value_start(line, 5):pipe_cell_value_start(line, 5) + 10]
    '2024-04-18'
    >>> pipe_cell_value_start("来源：市政府", 3)
    3
    """
    if pos >= len(line) or line[pos] not in _CELL_BARS:
        return pos
    pos += 1
    while pos < len(line) and line[pos] in _SPACES:
        pos += 1
    return pos


def _starts_segment(line: str, pos: int) -> bool:
    """A label without a colon counts only at the start of a segment, not
    glued to a word before it (``本网记者`` is a role, not the label 记者)."""
    return pos == 0 or not _WORDY.match(line[pos - 1])


def _bracket_end(line: str, start: int, pos: int, end: int) -> int:
    """Where the value at ``line[pos:end]`` of a label at ``start`` ends: at
    the bracket that closes the one the label opens with
    (``【来源：县消防救援大队】【字号：大 中 小】``), else at ``end``.

    >>> line = "【来源：县消防救援大队】【字号：大 中 小】"
    >>> line[4:_bracket_end(line, 1, 4, len(line))]
    '县消防救援大队'
    >>> line = "（来源：市政府（办公室））"
    >>> line[4:_bracket_end(line, 1, 4, len(line))]
    '市政府（办公室）'
    """
    i = start
    while i > 0 and line[i - 1] in _SPACES:
        i -= 1
    closer = _OPENERS.get(line[i - 1]) if i > 0 else None
    if closer is None or closer not in line[pos:end]:
        return end
    opener, depth = line[i - 1], 0
    for j in range(pos, end):
        if line[j] == opener:
            depth += 1
        elif line[j] == closer:
            if depth == 0:
                return j
            depth -= 1
    return end


def parse_meta_line(line: str) -> MetaLine | None:
    """Metadata fields found in ``line`` and the share of it they explain.

    Labelled values (``发布时间：``, ``来源：``, ``作者：``, ``责任编辑：``,
    ``浏览次数：``, ``文号：``, ``发布机构：``, in Simplified or Traditional),
    bare dates, document numbers, and -- on a line that has a date -- an
    organisation name with an optional trailing view counter. A byline line
    gives ``author`` and ``author_role``. None when nothing is recognised or
    the line is longer than :data:`MAX_META_LINE`.

    >>> m = parse_meta_line("发布日期：2024年4月2日 | 信息来源：市体育局 | 浏览次数：356")
    >>> m.fields, m.coverage
    ({'date': '2024-04-02', 'source': '市体育局', 'views': 356}, 1.0)
    >>> parse_meta_line("文号：湖政发〔2024〕1号　发布机构：湖州市人民政府").fields
    {'doc_number': '湖政发〔2024〕1号', 'agency': '湖州市人民政府'}
    >>> m = parse_meta_line("2023年11月15日，市政府召开常务会议，研究部署冬季安全生产工作。")
    >>> m.fields, m.coverage < 0.5
    ({'date': '2023-11-15'}, True)
    >>> parse_meta_line("坚持创新发展强市") is None
    True
    """
    if len(line) > MAX_META_LINE:
        return None
    return _parse_meta(line)


_BULLETS = "■□●○◆◇▲△★☆▶►•※◎▪"
"""Symbols a byline may open with (``■ 本报记者 王浩``)."""
_CREDIT_GAP = "[ \t\u3000\xa0]{0,2}"
_PAIRED_CREDIT = "(?:文字|文|图片|图|摄影|摄)"
"""A credit that a page may pair with another (``文/图``, ``图、文``, ``文/摄``)."""
_SLASH_CREDIT = re.compile(
    "(?:^|(?<=[ \t\u3000\xa0|｜丨（(【\\[]))(?:(?P<pair>" + _PAIRED_CREDIT + "(?:" + _CREDIT_GAP + "[/／｜|丨、]" + _CREDIT_GAP
    + _PAIRED_CREDIT + ")+)(?:" + _CREDIT_GAP + "[/／｜|丨:：]|[ \t\u3000\xa0])"
    "|(?P<word>文字|文图|图文|撰稿人|撰稿|撰文|执笔|作者|采写|整理|口述|文|图片|图|摄影|摄像|摄|视频|责任编辑|编辑|责编"
    "|信息来源|文章来源|稿件来源|来源|稿源|出处)" + _CREDIT_GAP + "[/／｜|丨])" + _CREDIT_GAP + "(?=[" + _CJK + "])"
)
"""A credit written with a slash or a bar instead of a colon (``文/王浩``,
``作者 | 王浩``, ``图｜李明``, ``来源｜临湖发布``, ``撰稿丨韦思琪``, ``执笔/李明``), or two credits paired
with a slash, a bar or ``、`` (``文/图 郑强``, ``图、文/郑强``, ``文 | 图 记者 郑强``)."""
_SLASH_LABEL = {"文字": "作者：", "文图": "作者：", "图文": "作者：", "撰文": "作者：", "作者": "作者：", "文": "作者：",
                "图片": "摄影：", "图": "摄影：", "摄影": "摄影：", "摄": "摄影：", "摄像": "摄像：", "视频": "摄像："}
"""The colon label a slash credit stands for (a label not listed is itself followed by the colon)."""


def _credit_label(m: re.Match[str]) -> str:
    """The colon label of slash credit ``m``: a pair that credits the text
    (``文/图``) credits an author, a pair of pictures (``图/摄``) a photographer."""
    pair = m.group("pair")
    if pair is not None:
        return "作者：" if "文" in pair else "摄影："
    word = m.group("word")
    return _SLASH_LABEL.get(word, word + "：")


def _names_reporter(text: str) -> bool:
    """``text`` is a byline (``财新 记者 周洋``) or opens with a reporter's
    label (``记者 郑强 通讯员 林小雨``): what an author's credit before it
    says, it says itself."""
    label = _LABEL.match(text)
    return (label is not None and _kind(label.group("label")) == "author") or parse_byline(text) is not None


_REPORTER_WORD = "(?:记者|記者)"
_REPORT_CLOSE = "[】\\]］)）〕]"
_REPORT_CREDIT = re.compile(
    "[【\\[［(（〔]?" + _SP + "[" + _CJK + "]{0,6}?" + _REPORTER_WORD + _SP + "(?P<who>[" + _CJK + "、 \u3000]{2,30}?)" + _SP
    + "(?:(?:[／/]|[ \u3000]{1,3})" + _SP + "[" + _CJK + "]{0,8}?(?:报导|报道|報導|報道)(?![组組])|(?P<cable>[0-9０-９]{1,2}日[专專]?[电電]))"
    + _SP + _REPORT_CLOSE + "?"
)
"""A reporter's credit of Taiwanese papers and agencies: ``【记者王小明／台北报导】`` (``〔记者…／花莲报导〕``),
``记者王小明、李大华／综合报导``, ``记者 林家豪　纽约报导`` (overseas papers set
the place apart by a space), ``（中央社记者王小明台北3日电）`` (the
name glued to the place the cable came from). A paper's local desk credited
after the reporter (``本报记者 李晨阳 县委报道组 周可欣``) is no place."""
_DATELINE_CREDIT = re.compile(
    "(?:[^\\s（(【\\[。，,]{2,24}?(?:电|讯|消息|電|訊)" + _SP + ")?[（(【\\[]" + _SP
    + "(?:[" + _CJK + "]{1,8}?(?:报道|報道|报导|報導)[ \u3000]{1,2})?"
    + "(?:(?:通讯员|通訊員|实习生|實習生)[" + _CJK + "、，, \u3000]{2,20}?)?[" + _CJK + "]{0,10}?" + _REPORTER_WORD
    + _SP + "(?P<who>[" + _CJK + "、，, \u3000]{2,30}?)" + _SP + _REPORT_CLOSE
)
"""A news dateline's credit at the start of a paragraph: ``（记者王明、李华）``,
``新华社临湖5月3日电（记者 王明 李华）``, ``（记者 吴晓丽　通讯员 潘浩）``,
also with the correspondent first (``（通讯员 林小雨 记者 贺明）``), or
after the portal's own report mark (``【环球网报道 记者 王逸】``)."""
_UNBRACKETED_CREDIT = re.compile(
    "[^\\s（(【\\[。，,]{0,24}?(?:讯|訊)" + _SP + "[:：]?" + _SP + "[" + _CJK + "]{0,6}?" + _REPORTER_WORD + _SP
    + "(?P<who>[" + _CJK + "、， \u3000]{2,30}?)" + _SP + "(?:报道|報導|报导|報道)" + _SP + "[:：]"
)
"""A paper's credit after its ``本报讯`` without brackets, closed by 报道 and a
colon: ``本报讯 记者张晓燕 通讯员李明报道：``."""


_CORRESPONDENT_CREDIT = re.compile(
    "(?:[^\\s（(【\\[。，,]{2,24}?(?:讯|訊)" + _SP + ")?[（(【\\[]" + _SP + "(?:通讯员|通訊員)" + _SP
    + "(?P<who>[" + _CJK + "、，, \u3000]{2,30}?)" + _SP + _REPORT_CLOSE
)
"""A dateline's credit of correspondents only (``本报讯（通讯员 吴佳琪）``, ``（通讯员 李明 张丽）``):
with no reporter, the correspondents wrote the story."""


_BARE_CABLE_CREDIT = re.compile(
    "[" + _SPACES + "]{0,4}[^\\s（(【\\[。，,]{2,24}?[0-9０-９]{1,2}日[电電]" + _SP + "[（(]" + _SP
    + "(?P<who>[" + _CJK + "、，, \u3000]{2,30}?)" + _SP + "[)）]"
)
"""An agency's or portal's cable dateline with its writers' names alone in the
brackets after it, as Xinhua and China News Service write them
(``新华网合肥9月2日电（崔予安）``, ``中新网福宁4月8日电 (林语汐 陈一帆)``); the
bracket must hold names only (``（国际在线）``, ``（完）`` are none; one name alone has two
or three characters, four after a two-character surname)."""


def _bare_cable_names(text: str) -> str | None:
    """The writers' names alone in brackets after a cable dateline, else None.

    >>> _bare_cable_names("新华网合肥9月2日电（崔予安）记者从省委宣传部获悉"), _bare_cable_names("中新网福宁4月8日电 (林语汐 陈一帆)8日,记者获悉")
    ('崔予安', '林语汐 陈一帆')
    >>> _bare_cable_names("新华社北京5月3日电（国际在线）今天"), _bare_cable_names("新华社北京5月3日电 国务院总理（王明）") is None
    (None, True)
    """
    if "日电" not in text[:32] and "日電" not in text[:32]:
        return None  # the literal gate: no cable's 日电 near the start, no pattern run
    m = _BARE_CABLE_CREDIT.match(text)
    if m is None:
        return None
    who = m.group("who")
    if (names := name_list(who)) is not None:
        return names
    alone = len(who) <= 3 or who[:2] in _SURNAMES_2
    return who if alone and who[-1] not in _NOT_NAME_ENDS and _is_name(who) else None


def _cabled_names(who: str) -> str | None:
    """The names of ``who``, the reporters' names and (for a cable) the place
    glued to the last one (``王小明台北``); the last name is read as three
    characters, two or four (for a two-character surname) before a place of
    two or more."""
    *names, last = [n for n in _NAME_SEPARATORS.split(who) if n]
    if not all(_is_name(n) for n in names):
        return None
    for k in (4, 3, 2) if last[:2] in _SURNAMES_2 else (3, 2, 4):
        if len(last) - k >= 2 and _is_name(last[:k]):
            return " ".join([*names, last[:k]])
    return " ".join([*names, last]) if _is_name(last) else None


def _leading_names(who: str) -> str | None:
    """The names that open ``who`` (``吴晓丽　通讯员 潘浩``: 吴晓丽), joined by a space."""
    names = []
    for n in _NAME_SEPARATORS.split(who):
        if not n:
            continue
        if not _is_name(n):
            break
        names.append(n)
    return " ".join(names) or None


def _report_names(m: re.Match[str]) -> str | None:
    """The reporters' names of a credit :data:`_REPORT_CREDIT` matched."""
    who = m.group("who")
    return _cabled_names(who) if m.group("cable") else name_list(who) or (who if _is_name(who) else None)


def dateline_reporters(text: str) -> str | None:
    """The reporters credited at the start of a news paragraph, else None:
    after a dateline (``新华社临湖5月3日电（记者 王明 李华）``), in brackets
    (``（记者王明、李华）``), or as Taiwanese papers write them
    (``（中央社记者王小明台北3日电）``, ``【记者王小明／台北报导】``).
    Several names are joined by a space.

    >>> dateline_reporters("新华社临湖5月3日电（记者 王明 李华）临湖市今天召开会议。")
    '王明 李华'
    >>> dateline_reporters("（中央社记者王小明台北3日电）行政院今天召开院会。"), dateline_reporters("（记者吴晓丽　通讯员 潘浩）")
    ('王小明', '吴晓丽')
    >>> dateline_reporters("记者从市交通运输局获悉，今年将新建农村公路。") is None
    True
    >>> dateline_reporters("【环球网报道 记者 王逸 刘洋】近日"), dateline_reporters("【环球时报综合报道】近日") is None
    ('王逸 刘洋', True)
    >>> dateline_reporters("【环球时报驻日本特约记者 李明 环球时报记者 王帆】日本")
    '李明'
    >>> dateline_reporters("本报讯 记者张晓燕 通讯员李明报道：近日"), dateline_reporters("本报讯（通讯员 林小雨 记者 贺明）近日")
    ('张晓燕', '贺明')
    >>> dateline_reporters("本网讯（通讯员 吴佳琪 肖丽）近日"), dateline_reporters("（通訊員　林雅婷）近日")
    ('吴佳琪 肖丽', '林雅婷')
    >>> dateline_reporters("新华网合肥9月2日电（崔予安）记者从省委宣传部获悉")
    '崔予安'
    """
    if "记者" not in text[:40] and "記者" not in text[:40]:
        if "通讯员" not in text[:30] and "通訊員" not in text[:30]:
            return _bare_cable_names(text)
        correspondents = _CORRESPONDENT_CREDIT.match(text)
        return None if correspondents is None else _leading_names(correspondents.group("who"))
    credit = _REPORT_CREDIT.match(text)
    if credit is not None and (names := _report_names(credit)) is not None:
        return names
    dateline = _DATELINE_CREDIT.match(text) or _UNBRACKETED_CREDIT.match(text)
    if dateline is None:
        return _bare_cable_names(text)
    return _leading_names(dateline.group("who"))


_DATELINE_OUTLET = re.compile(
    "[" + _SPACES + "]{0,4}(?!本)(?P<outlet>[" + _CJK + "]{1,12}?(?:通讯社|通訊社|新闻社|新聞社|社|日报|日報|晚报|晚報|网|網|电视台|電視台|客户端|客戶端))"
    "[" + _CJK + "]{0,8}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日[电電讯訊]"
)
"""An outlet named by a news dateline: ``新华社北京3月5日电``, ``中新网南宁5日电`` (not ``本报讯``: the page's own paper)."""


_DATELINE_REACH = 40
"""A dateline ends (``日电``) within this many characters of its paragraph's start."""


def dateline_outlet(text: str) -> str | None:
    """The outlet whose dateline opens ``text``, else None.

    >>> dateline_outlet("新华社北京3月5日电　国务院总理在政府工作报告中提出"), dateline_outlet("　　中新网南宁5日电（记者 王明）")
    ('新华社', '中新网')
    >>> dateline_outlet("本报北京3月5日电 记者从国家发展改革委获悉") is None, dateline_outlet("3月5日，市政府召开会议。") is None
    (True, True)
    """
    head = text[:_DATELINE_REACH]
    if "日电" not in head and "日讯" not in head and "日電" not in head and "日訊" not in head:
        return None  # the cheap test first: most paragraphs open with no dateline
    m = _DATELINE_OUTLET.match(text)
    return None if m is None else m.group("outlet")


def credit_line_reporters(text: str) -> str | None:
    """The reporters of a line that is nothing but a bracketed credit
    (``　　（江岸日报记者 赵子涵 通讯员 孔令辉）``, ``（记者 王明 李华）``), else None.

    >>> credit_line_reporters("　　（江岸日报记者 赵子涵 通讯员 孔令辉）"), credit_line_reporters("（记者 王明 李华）")
    ('赵子涵', '王明 李华')
    >>> credit_line_reporters("（记者 王明）临湖市今天召开会议。") is None
    True
    """
    text = text.strip(_SPACES)
    if text[-1:] not in _CLOSERS or ("记者" not in text and "記者" not in text):
        return None
    credit = _DATELINE_CREDIT.fullmatch(text)
    return None if credit is None else _leading_names(credit.group("who"))


def _report_credits(line: str) -> str:
    """``line`` with its Taiwanese reporters' credits (:data:`_REPORT_CREDIT`)
    written as a label: ``【记者王小明／台北报导】`` -> ``记者：王小明 ``."""
    if ("记者" not in line and "記者" not in line) or not any(c in line for c in "报報电電"):
        return line

    def label(m: re.Match[str]) -> str:
        names = _report_names(m)
        return m.group() if names is None else f"记者：{names} "

    return _REPORT_CREDIT.sub(label, line)


def _bulleted_names(text: str) -> bool:
    """``text``, after a bullet, is one name or several and nothing else
    (``王建明``, ``王 浩``, ``王浩　李明``); four characters only with a
    two-character surname (``全面推进`` is a heading).

    >>> _bulleted_names("王建明"), _bulleted_names("欧阳明月"), _bulleted_names("全面推进"), _bulleted_names("王浩　李明")
    (True, True, False, True)
    """
    name = text.rstrip(_SPACES)
    if len(name) > 30:
        return False
    if _is_name(name):
        return len(name) <= 3 or name[:2] in _SURNAMES_2
    return _spaced_name(name.split()) is not None or name_list(name) is not None


def bracketed_names(line: str) -> str | None:
    """The names of a line that is one name or several in brackets and
    nothing else (``（李明哲　周倩）``, ``(郭晓敏)``), as an article's writers
    are credited after its text; None for anything else (``（完）``,
    ``（未完待续）``, ``（一）``). The rules of :func:`_bulleted_names` apply;
    one name alone needs three characters and no place's ending (``（金华）``,
    ``（张家港）`` are places).

    >>> bracketed_names("（李明哲　周倩）"), bracketed_names("(郭晓敏)"), bracketed_names("（未完待续）")
    ('李明哲　周倩', '郭晓敏', None)
    """
    text = line.strip(_SPACES)
    if len(text) < 4 or text[-1] != ("）" if text[0] == "（" else ")"):
        return None
    inner = text[1:-1].strip(_SPACES)
    if not inner or not _bulleted_names(inner):
        return None
    if _is_name(inner) and (len(inner) == 2 or inner[-1] in _DATELINE_PLACE_ENDS):
        return None  # （金华）, （张家港）: one short word may be a place
    return inner


_CELL_BREAK = re.compile("[|｜丨/／]")
_CELL_VALUE = re.compile("[:：0-9０-９]")
"""What a cell holds when it gives a field (``来源：新华社``, ``2024-01-05``)."""
_CREDIT_WORDS = frozenset(_LABEL_KIND) | frozenset(_SLASH_LABEL)


def nav_label_cell(line: str) -> bool:
    """Whether a cell of a row set apart by bars or slashes is a label word
    alone among menu items (``首页 | 新闻中心 | 作者 | 联系我们``): a link to
    the site's page of that name, which gives no field. A label cell is a
    credit (its value the next cell) when it opens the row, follows a cell
    that gives a field (``来源：新华社 | 作者 | 王明``, ``2024-01-05 | 作者 | 王明``),
    or follows another credit's value (``来源 | 新华社 | 作者 | 王明``).

    >>> nav_label_cell("首页 | 新闻中心 | 作者 | 联系我们"), nav_label_cell("首頁／記者／聯絡我們")
    (True, True)
    >>> nav_label_cell("作者 | 王浩"), nav_label_cell("来源 | 新华社 | 作者 | 王明"), nav_label_cell("来源：新华社 | 作者 | 王明")
    (False, False, False)
    """
    cells = [cell.strip(_SPACES) for cell in _CELL_BREAK.split(line)]
    credit: list[bool] = []
    for i, cell in enumerate(cells):
        bare = cell in _CREDIT_WORDS
        ok = bare and (i == 0 or (i >= 2 and credit[i - 2]) or _CELL_VALUE.search(cells[i - 1]) is not None)
        if bare and not ok and i + 1 < len(cells) and cells[i + 1]:
            return True
        credit.append(ok)
    return False


_ENGLISH_BY = re.compile("^By[ ]{1,2}(?=(?:[" + _CJK + "]{2,4}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2})"
                         "(?:[ ]{0,2}[|｜]|[ \u3000]{2}|\u3000|$))")
"""An English page's byline at the start of its date line (``By 吴天宇 | 2025-10-14``, ``By Zhang Yiwen``):
a name after ``By``, then a bar, a wide space or the end (``By 2025, …`` names no one)."""
_ENGLISH_FROM = re.compile("(?:(?<=[|｜])|(?<=[|｜] ))From[ ]{1,2}(?=\\S)")
"""An English page's source after a bar on its date line (``… | From 数字政务观察``)."""


def _english_credits(line: str) -> str:
    """``line`` with an English page's ``By`` and ``From`` credits written with
    Chinese labels of the same length (the line's offsets stay).

    >>> _english_credits("By 吴天宇 | 2025-10-14 09:05 | From 数字政务观察")
    '作者：吴天宇 | 2025-10-14 09:05 | 来源：\u3000\u3000数字政务观察'
    >>> _english_credits("By 2025, the city will build 12 parks"), _english_credits("From 2024 to 2025")
    ('By 2025, the city will build 12 parks', 'From 2024 to 2025')
    """
    line = _ENGLISH_BY.sub("作者：", line)
    return _ENGLISH_FROM.sub(lambda m: "来源：".ljust(len(m.group()), "\u3000"), line)


def _colon_credits(line: str) -> str:
    """``line`` with its slash or bar credits written with a colon, and without a leading bullet.

    An author's credit that goes on with a byline (``文｜财新 记者 周洋``) or
    a reporter's label (``文/图 记者 郑强``) is left out: the organisation
    before the role is no author, and the credit adds nothing to the label.

    A bullet before names and nothing else (``□ 王建明``, ``■ 王浩 李明``)
    marks the authors of a newspaper article.

    >>> _colon_credits("文｜王浩 图｜李明"), _colon_credits("■ 本报记者 王浩"), _colon_credits("□ 王建明")
    ('作者：王浩 摄影：李明', '本报记者 王浩', '作者：王建明')
    >>> _colon_credits("来源｜临湖发布"), _colon_credits("文｜财新 记者 周洋")
    ('来源：临湖发布', '财新 记者 周洋')
    >>> _colon_credits("文/图 记者 郑强 通讯员 林小雨"), _colon_credits("图/文 郑强")
    ('记者 郑强 通讯员 林小雨', '作者：郑强')
    >>> _colon_credits("（供稿：化学学院　文字：邹雨晴）"), _colon_credits("文：王浩　图：李明"), _colon_credits("原文：通知全文")
    ('（供稿：化学学院　作者：邹雨晴）', '作者：王浩　图：李明', '原文：通知全文')
    >>> _colon_credits("一审：李四 二审：王五 三审：赵六"), _colon_credits("该案一审：判处有期徒刑")
    ('审核：李四 审核：王五 审核：赵六', '该案一审：判处有期徒刑')
    >>> _colon_credits("编辑：张三　复核：李四　审定：王五"), _colon_credits("经复核：符合条件")
    ('编辑：张三　审核：李四　审核：王五', '经复核：符合条件')
    """
    if line[:1] in _BULLETS:
        line = line.lstrip(_BULLETS + _SPACES)
        if _bulleted_names(line) or name_before_unit(line) is not None:
            return "作者：" + line  # □ 王建明, □ 胡海峰（中共丽阳市委书记）
    if (line[:1] == "（" or line[:1] == "(") and (names := bracketed_names(line)) is not None:
        return "（作者：" + names + "）"  # （李明哲　周倩） closing an article
    if "文" in line and ("文：" in line or "文:" in line or "文字" in line):  # the cheap tests first
        line = _TEXT_CREDIT.sub("作者：", line)
    if "审" in line or "審" in line or "核" in line:
        line = _REVIEW_CREDIT.sub("审核：", line)
    if "共享联盟" in line or "共享聯盟" in line:
        line = _SHARED_DESK.sub(_shared_desk_credit, line)
    if "撰" in line or "执笔" in line or "執筆" in line:
        line = reversed_credits(line)
    line = _report_credits(line)
    if ("记者 " in line or "記者 " in line or "记者\u3000" in line or "記者\u3000" in line) \
            and _NEWS_APP_SPACED_OUTLET.match(line) is not None:
        line = _news_app_glued_outlet(line)
    if "共享联盟" in line:
        line = _NEWS_APP_ALLIANCE.sub("通讯员", line)
    if line.startswith("By ") or "From " in line:
        line = _english_credits(line)
    if "/" not in line and "／" not in line and "|" not in line and "｜" not in line and "丨" not in line:
        return line
    if nav_label_cell(line):
        return line  # 首页 | 新闻中心 | 作者 | 联系我们: a menu, no credit
    if "者" in line or "员" in line or "員" in line or "生" in line:  # a role that ends in one (记者, 通讯员, 实习生)
        line = _NEWS_APP_REPORTER_BAR.sub("：", line)
    if "/文" in line or "／文" in line or "/图" in line or "／图" in line or "/摄" in line or "／摄" in line:
        line = _NEWS_APP_NAME_FIRST.sub(_news_app_name_first_label, line)
    first = _SLASH_CREDIT.match(line)
    if first is not None and _credit_label(first) == "作者：" and _names_reporter(line[first.end():]):
        line = line[first.end():]
    return _SLASH_CREDIT.sub(_credit_label, line)


_CLOSING_SOURCE = re.compile(
    "[（(][" + _SPACES + "]{0,2}(?P<org>[" + _CJK + "·《》]{2,24}?)(?:[" + _SPACES + "]{0,3}(?:供稿|供))?[" + _SPACES + "]{0,2}[）)]"
)
_CLOSING_NOT = ("此", "本", "据", "據", "完", "图", "圖", "摘", "选", "選", "转", "轉", "注", "未完")
"""What opens a closing bracket's note rather than a publisher's name (``（此件公开发布）``, ``（本报记者…）``,
``（据新华社）``, ``（图片由…提供）``)."""


def closing_source(line: str) -> str | None:
    """The publisher a line of only a bracketed name names, or the unit a
    bracketed ``供稿`` credits (``（临湖日报）``, ``（青溪镇人民政府　供稿）``):
    set right after the body, it is where the text came from. None for any
    other line, a closing note (``（此件公开发布）``, ``（完）``) or a name that
    is no organisation's.

    >>> closing_source("（泊川日报）"), closing_source("（棠梨镇人民政府　供稿）"), closing_source("(县农业农村局供稿)")
    ('泊川日报', '棠梨镇人民政府', '县农业农村局')
    >>> closing_source("（此件公开发布）"), closing_source("（完）"), closing_source("（王立新）"), closing_source("（見習記者 王明）")
    (None, None, None, None)
    """
    m = _CLOSING_SOURCE.fullmatch(line.strip(_SPACES))
    if m is None:
        return None
    org = m.group("org")
    if org.startswith(_CLOSING_NOT) or _TITLE_RE.search(org) is not None or org.endswith(EVENT_ENDS):
        return None
    found = _ORG.fullmatch(org)
    return org if found is not None and found.group("n") is None else None


_REVERSED_CREDIT = re.compile(
    "(?:^|(?<=[" + _SPACES + "（(【\\[]))(?P<name>[" + _CJK + "·•]{2,6})[ \t\u3000\xa0]{1,3}"
    "(?P<role>撰稿|撰文|执笔|執筆|摄影|攝影|摄|攝)(?=[" + _SPACES + "）)】\\]]|$)"
)
"""A credit with the role after the name and a space (``其木格　撰稿``, ``王浩 执笔　李明 摄``)."""
_REVERSED_WRITING = frozenset({"撰稿", "撰文", "执笔", "執筆"})


def _reversed_credit_label(m: re.Match[str]) -> str:
    """Credit ``m`` written label first; a word that is no writer's name
    (``新闻中心 撰稿``, ``本报 撰稿``) stays as it is. A writer's name needs no
    common surname (``其木格``, ``阿依古丽``): a role word right after it says
    it is one."""
    name, role = m.group("name", "role")
    if _TITLE_RE.search(name) is not None or _ORG.fullmatch(name) is not None or name.startswith(("本", "据", "據")):
        return m.group()
    if not _is_name(name) and not _NAME_CHARS.fullmatch(name):
        return m.group()
    return ("作者：" if role in _REVERSED_WRITING else "摄影：") + name


def reversed_credits(line: str) -> str:
    """``line`` with its credits written name first (``其木格　撰稿``,
    ``王浩 撰文　李明 摄影``) written label first, when one credits the
    writing: the name before ``撰稿`` is the author, not the label's value
    after it.

    >>> reversed_credits("其木格　撰稿"), reversed_credits("王浩 撰文　李明 摄影"), reversed_credits("（张立新 执笔）")
    ('作者：其木格', '作者：王浩　摄影：李明', '（作者：张立新）')
    >>> reversed_credits("撰稿：王浩"), reversed_credits("宣传部 撰稿"), reversed_credits("本报 撰稿")
    ('撰稿：王浩', '宣传部 撰稿', '本报 撰稿')
    """
    if not any(m.group("role") in _REVERSED_WRITING for m in _REVERSED_CREDIT.finditer(line)):
        return line
    return _REVERSED_CREDIT.sub(_reversed_credit_label, line)


_NEWS_APP_SPACED_OUTLET = re.compile(
    "(?:(?P<first>[" + _CJK + "]{2,8})[·・•])?(?P<outlet>[" + _CJK + "]{2,8})(?P<gap>[" + _SPACES + "]{0,2})"
    "(?=(?:首席|见习|实习|特约|全媒体|見習|實習|特約)?(?:记者|記者)[" + _SPACES + "][^" + _SPACES + "])"
)
"""An outlet's name set off by a space before its reporter's role at the
start of a credit line (``极目新闻 记者 张三 李四``), or two outlets joined
by a dot before it (``齐鲁晚报·齐鲁壹点 记者 孙晓雯 通讯员 周静``,
``湖南日报·新湖南客户端 记者 罗雅琴``, ``大众新闻·大众日报记者 张三``)."""
_NEWS_APP_SECOND_CREDITS = ("通讯员", "通訊員", "实习生", "實習生", "摄影", "攝影", "摄像", "攝像")


def _news_app_glued_outlet(line: str) -> str:
    """``line`` with the outlet that opens it (:data:`_NEWS_APP_SPACED_OUTLET`)
    glued to the reporter's role, as an outlet's role is written
    (``极目新闻记者 张三 李四``), when the line credits more than one
    reporter or more than the reporters (a correspondent, a trainee, a
    photographer): a lone byline keeps its outlet as written in its role. Of
    two outlets joined by a dot the first is blanked out (the role names the
    app: ``　　　　　齐鲁壹点记者 孙晓雯 通讯员 周静``). The outlet must end as
    one does (…报, …新闻, …客户端) or be joined to another by a dot; other
    words before a reporter are left alone.

    >>> _news_app_glued_outlet("齐鲁晚报·齐鲁壹点 记者 孙晓雯 通讯员 周静").lstrip("\u3000")
    '齐鲁壹点记者 孙晓雯 通讯员 周静'
    >>> _news_app_glued_outlet("会上 记者 王明 提问"), _news_app_glued_outlet("潮新闻客户端 记者 俞佳琪")
    ('会上 记者 王明 提问', '潮新闻客户端 记者 俞佳琪')
    """
    m = _NEWS_APP_SPACED_OUTLET.match(line)
    if m is None:
        return line
    first, outlet = m.group("first", "outlet")
    if first is None and (not m.group("gap") or not outlet.endswith(_OUTLET_ENDS)):
        return line
    rest = line[m.end():]
    names = rest.split(None, 1)[1] if len(rest.split(None, 1)) == 2 else ""
    if not any(word in rest for word in _NEWS_APP_SECOND_CREDITS) and len(names.split()) < 2:
        return line
    blank = "" if first is None else "\u3000" * (len(first) + 1)
    return blank + outlet + rest


_SHARED_DESK = re.compile("(?:^|(?<=[" + _SPACES + "]))(?:共享联盟|共享聯盟)[" + _CJK + "]{1,8}站(?=[" + _SPACES + "])")
"""A provincial paper's county desk credited beside its reporter (``本报记者 郑晓雯 共享联盟云和站 吴琳``)."""


def _shared_desk_credit(m: re.Match[str]) -> str:
    """The desk's credit as a correspondent's label of the same length (the line's offsets stay)."""
    return "通讯员".ljust(len(m.group()), "\u3000")


_NEWS_APP_REPORTER_BAR = re.compile("(?<=记者|記者|讯员|訊員|习生|習生)" + _CREDIT_GAP + "[|｜丨]" + _CREDIT_GAP + "(?=[" + _CJK + "])")
"""A bar between a reporter's (or correspondent's, trainee's) role and the
name, standing for a colon (``界面新闻记者 | 顾一帆``, ``本报记者｜王浩 通讯员｜李明``)."""


_NEWS_APP_ALLIANCE = re.compile("共享联盟[" + _SPACES + "]{0,2}[·・•]?[" + _SPACES + "]{0,2}[" + _CJK + "]{2,4}(?=[" + _SPACES + "])")
"""A county media partner's credit on Zhejiang's provincial apps (``共享联盟·北仑 胡晓``):
the names after it are correspondents', read as ``通讯员 胡晓``."""


_NEWS_APP_NAME_FIRST = re.compile(
    "(?:^|(?<=[" + _SPACES + "|｜丨（(【\\[]))(?P<name>[" + _CJK + "]{2,4})" + _CREDIT_GAP + "[/／]" + _CREDIT_GAP
    + "(?P<role>文字|文|图片|图|摄影|摄)(?=[" + _SPACES + "）)】\\]]|$)"
)
"""A credit with the name first (``唐雨晨/文 马骁/摄``, ``记者 吴佳妮/文``), as
news apps sign their stories."""
_NEWS_APP_REPORTER_BEFORE = re.compile("(?:记者|記者)[" + _SPACES + "]{0,2}$")


def _news_app_name_first_label(m: re.Match[str]) -> str:
    """Credit ``m`` (``唐雨晨/文``) written label first (``作者：唐雨晨``,
    ``摄影：马骁``); after a reporter's label (``记者 吴佳妮/文``) the
    writer's name alone, so that the label keeps it. A word that is no
    name (``新闻/图``) stays as it is."""
    name, role = m.group("name", "role")
    if not _is_name(name):
        return m.group()
    if role.startswith("文"):
        before = m.string[max(0, m.start() - 4) : m.start()]
        return name if _NEWS_APP_REPORTER_BEFORE.search(before) else "作者：" + name
    return "摄影：" + name


_TEXT_CREDIT = re.compile("(?:^|(?<=[" + _SPACES + "|｜丨（(【\\[]))(?:文字|文)" + _SP + "[:：]" + _SP + "(?=[" + _CJK + "])")
"""The writer's credit with a colon that is not a label elsewhere
(``文字：邹雨晴``, ``文：王浩``): at the start of a segment only (``原文：``,
``全文：`` are no credit), read as ``作者：``."""


_REVIEW_CREDIT = re.compile("(?:^|(?<=[" + _SPACES + "|｜丨（(【\\[]))(?:一审|二审|三审|初审|复审|终审|审定|主审|复核|一審|二審|三審|終審|審定|主審|複核)"
                            + _SP + "[:：]")
"""A stage of a page's review with a colon (``一审：李四 二审：王五 三审：赵六``,
``终审：``, ``审定：``, ``主审：``, ``复核：``), at the start of a segment: read as ``审核：`` (no label of its own,
which letter spacing would find in ``张三 审核``)."""


_CREDIT_KINDS = frozenset({"source", "author", "editor"})


_LABEL_OPENERS = "（(【[［" + _SPACES


def has_label_mark(line: str) -> bool:
    """Whether ``line`` has a colon, a label written with a slash or bar
    instead (``来源｜临湖发布``), opens with a credit's label set off by a
    space (``供稿 市疾控中心``, ``编辑 黄丽``) or with a label that says what
    follows it (``本文转自江州日报``), or is a credit written name first
    (``王晓红　撰文``, see :func:`reversed_credits`).

    >>> has_label_mark("来源｜临湖发布"), has_label_mark("供稿 市疾控中心"), has_label_mark("临湖市人民政府 2024年3月1日")
    (True, True, False)
    """
    if ":" in line or "：" in line or _SLASH_CREDIT.search(line) is not None:
        return True
    if ("撰" in line or "执笔" in line or "執筆" in line) and reversed_credits(line) != line:
        return True  # 其木格　撰稿: the role after the name marks the credit
    if (line[:1] == "（" or line[:1] == "(") and bracketed_names(line) is not None:
        return True  # （李明哲　周倩）: brackets round names alone credit them
    label = _LABEL.match(line, len(line) - len(line.lstrip(_LABEL_OPENERS)))  # （原载《今日浙江》…）: inside brackets too
    if label is not None and label.group("label") in _SELF_MARKED:
        return True
    return label is not None and label.end(1) < len(line) and line[label.end(1)] in _SPACES \
        and _kind(label.group("label")) in _CREDIT_KINDS


_PUBLISHER_LABELS = ("发布人", "发布者", "發布人", "發布者", "發佈人", "發佈者", "释出人", "释出者", "釋出人", "釋出者")
"""Who posted the page: a person, or on a company's or an agency's site often its department
(释出者 on a Taiwan-vocabulary mirror)."""


def publisher_department_source(label: str, value: str) -> str | None:
    """The department a ``发布人：`` label names, the page's source when the
    line names no other (a company's or an agency's site posts under its
    department's name); None for a person's name.

    >>> publisher_department_source("发布人：", "营销部（农电工作部）")
    '营销部（农电工作部）'
    >>> publisher_department_source("发布人：", "王晓东") is None, publisher_department_source("发布者：", "医务科")
    (True, '医务科')
    """
    if label.strip(" :：\u3000") not in _PUBLISHER_LABELS:
        return None
    value = value.strip(_SPACES)
    return value if _DEPARTMENT.match(value) and not _is_name(value) else None  # 医务科, not 王小科


def _parse_meta(line: str) -> MetaLine | None:
    """:func:`parse_meta_line` without the length limit (linear in ``len(line)``)."""
    line = _colon_credits(line)
    nonspace = len("".join(line.split()))
    if nonspace == 0 or not _may_hold_fields(line):
        return None
    byline = parse_byline(line)
    if byline is not None:
        return MetaLine({"author": byline[0], "author_role": byline[1]}, 1.0)
    p = _Parse(line, {}, [])
    explained = p.explained
    labels = _labels(line)
    gaps: list[tuple[int, int]] = []  # the stretches outside labels and their values
    cursor = 0
    publisher: str | None = None  # a 发布人's department, the source when no other label gives one
    for i, (start, end, kind, colon) in enumerate(labels):
        nxt = _bracket_end(line, start, end, labels[i + 1][0] if i + 1 < len(labels) else len(line))
        value = line[end:nxt].lstrip(_SPACES)
        if value:
            before = len(explained)
            take_credit_value(p, line[start:end], kind, nxt - len(value), nxt, colon)
            if len(explained) == before:
                continue
            cursor_after = explained[-1][1]  # the value's end (a value follows its label)
            if kind == "other" and publisher is None:
                publisher = publisher_department_source(line[start:end], line[nxt - len(value):cursor_after])
        elif colon:  # an empty label ("来源：") is still metadata
            cursor_after = end
        else:
            continue
        if start > cursor:
            gaps.append((cursor, start))
        explained.append((start, end))
        cursor = cursor_after
    if len(line) > cursor:
        gaps.append((cursor, len(line)))
    if publisher is not None and "source" not in p.fields and "agency" not in p.fields:
        p.fields["source"] = publisher
    _opening_loose_date(p, gaps)
    _source_addresses(p, gaps)
    _residue(p, gaps)
    if "source" in p.fields and "date" in p.fields and "author" not in p.fields:
        dateline_names_author(p)
    if not p.fields:
        return None
    coverage = _coverage(line, explained, nonspace)
    if gaps and _CLAUSE_END.search(line, gaps[-1][0]) is not None:
        coverage = min(coverage, _SENTENCE_COVERAGE)  # 2024年3月14日上午9:00，会期半天。: a sentence, no date line
    if "起" in line and _TAKES_EFFECT.search(line) is not None:
        coverage = min(coverage, _SENTENCE_COVERAGE)  # 本通告自2024年4月1日起实施。: when a rule takes effect
    coverage = glued_words_coverage(line, explained, list_item_coverage(line, coverage))
    coverage = measured_row_coverage(line, p.fields, explained, coverage)
    coverage = event_day_row_coverage(line, p.fields, explained, coverage)
    return MetaLine(p.fields, coverage, _DATE_KIND[p.date_rank], p.bare_source)


_MEASURE = re.compile(r"(?<![\d.．])[-+−]?\d{1,7}[.．]\d{1,4}(?![\d.．万萬亿億wWkK])|\d[%％‰]")
"""A measured value: a number with decimals or a percentage (``31.40``, ``-0.25%``, ``7.1876``), no view count (``1.2万``)."""


def measured_row_coverage(line: str, fields: Mapping[str, object], explained: Sequence[tuple[int, int]],
                          coverage: float) -> float:
    """The ``coverage`` of a line that gives only a date, lowered below a meta
    line's when, outside what is explained, it holds a measured value: a row
    of a daily series table (``2024/06/18 08:00 31.40``, ``2024-06-18　7.1876``,
    ``2024-06-18 -0.25%``), not a date line (``2024-06-18 08:00 356``: a date
    and its view count).

    >>> parse_meta_line("2024/06/18 08:00 31.40").coverage < 0.5, parse_meta_line("2024.06.18 08:00").coverage
    (True, 1.0)
    """
    if len(fields) != 1 or "date" not in fields or ("." not in line and "．" not in line and "%" not in line
                                                     and "％" not in line and "‰" not in line):
        return coverage
    for m in _MEASURE.finditer(line):
        s = m.start()
        if not any(a <= s < b for a, b in explained):
            return min(coverage, _SENTENCE_COVERAGE)
    return coverage


_EVENT_DAY = re.compile("^[\u4e00-\u9fff]{2,10}日$")
"""A table cell naming the day of an event (``权益登记日``, ``除息日``, ``起息日``, ``现金红利发放日``)."""
_PUBLISHED_DAY_WORDS = ("发布", "發布", "發佈", "发文", "發文", "成文", "印发", "印發", "公布", "更新", "发稿", "發稿",
                        "刊发", "刊發", "发表", "發表", "上传", "上傳", "星期", "礼拜", "禮拜")
"""Words of a day name that dates the page itself (``发布日``, ``更新日``) or is a weekday, not an event's day."""


def event_day_row_coverage(line: str, fields: Mapping[str, object], explained: Sequence[tuple[int, int]],
                           coverage: float) -> float:
    """The ``coverage`` of a line that gives only a date, lowered below a meta
    line's when the words before the date name the day of an event
    (``权益登记日	2025年5月21日``, ``除息日：2025-05-21``, ``起息日 2025年3月11日``):
    a row of a notice's table of dates (a fund's dividend, a bond's issue),
    not the page's date line (``发布日 2025-05-21`` is one).

    >>> parse_meta_line("权益登记日\t2025年5月21日").coverage < 0.5, parse_meta_line("2025年5月21日").coverage
    (True, 1.0)
    """
    if len(fields) != 1 or "date" not in fields or not explained or ("日" not in line and "时间" not in line
                                                                     and "時間" not in line):
        return coverage
    head = line[: min(a for a, _ in explained)].strip(" \t\u3000:：")
    if _TENDER_EVENT_DAY.match(head) is None and (
            _EVENT_DAY.match(head) is None or any(w in head for w in _PUBLISHED_DAY_WORDS)):
        return coverage
    return min(coverage, _SENTENCE_COVERAGE)


_TENDER_EVENT_DAY = re.compile(
    "^[\u4e00-\u9fff]{0,6}(?:开标|開標|决标|決標|截标|截標|评标|評標|定标|定標|议标|議標|签约|簽約|交货|交貨|"
    "原公告|首次公告|新增公告|前次公告|更正公告|原招标|原招標|原采购|原採購)[\u4e00-\u9fff]{0,6}(?:日期|时间|時間|日)$")
"""A procurement notice's row naming a day of the tender (``开标时间``, ``決標日期``, ``原公告日期``,
``新增公告日期`` of an award notice's table): the bids' or an earlier notice's day, not the page's,
even when the row's name holds 公告 or 发布 (``原公告发布日期``)."""


_DATELINE_PLACE_ENDS = frozenset("区县市省州镇乡村局委办院站所处队港湾岛街路庄")
"""Last characters of a word before a date that reads as a name but is a place or an office (张家港, 黄石港)."""


_DATELINE_SHORTEST_NAME = 3
"""The fewest characters of one name alone that a meta line's date and source make its author."""


def dateline_names_author(p: _Parse) -> None:
    """The author of a meta line that gives its date and source and, without
    a label, the writers' names (``孙立华　王振宇　2024-05-06　来源：人民政协报``,
    ``来源：今日浙江　2024-01-02　胡海峰``, ``中共丽水市委书记　胡海峰　2024-01-02
    来源：今日浙江``): the names, when they are all the line leaves unexplained.
    One name alone needs three characters (a word of two beside a date is as
    often a widget's or a place's: ``关闭``, ``宁波``, ``全文``), four only with
    a two-character surname, and one ending as a place does is none (``张家港``).

    >>> parse_meta_line("孙立华　王振宇　2024-05-06 10:15　来源：人民政协报").fields["author"]
    '孙立华 王振宇'
    >>> parse_meta_line("来源：今日浙江　　2024-01-02　　胡海峰").fields["author"]
    '胡海峰'
    >>> "author" in parse_meta_line("县政府办公室 2024-05-06 来源：县融媒体中心").fields
    False
    """
    line = p.line
    left: list[tuple[int, int]] = []
    pos = 0
    for a, b in [*sorted(p.explained), (len(line), len(line))]:
        if a > pos and line[pos:a].strip(_NEVER_COUNTED):
            left.append((pos, a))
        pos = max(pos, b)
    if len(left) != 1:
        return  # nothing left, or more than the names
    a, b = left[0]
    while line[a] in _NEVER_COUNTED:
        a += 1
    while line[b - 1] in _NEVER_COUNTED:
        b -= 1
    text = line[a:b]
    name = name_list(text)
    if name is None and len(text) >= _DATELINE_SHORTEST_NAME and _is_name(text) and text[-1] not in _DATELINE_PLACE_ENDS \
            and (len(text) == _DATELINE_SHORTEST_NAME or text[:2] in _SURNAMES_2):
        name = text
    if name is None and (byline := parse_byline(text)) is not None:
        name = byline[0]
        p.fields.setdefault("author_role", byline[1])
    if name is None:
        return
    p.fields["author"] = name
    p.explained.append((a, b))


_GLUED_WORDS = 4
"""Han characters left unexplained, glued to a value, that make a line a headline or prose."""


def glued_words_coverage(line: str, explained: list[tuple[int, int]], coverage: float) -> float:
    """``coverage``, but no more than :data:`_SENTENCE_COVERAGE` when the
    text glued to the end of an explained stretch, up to the next space,
    holds :data:`_GLUED_WORDS` or more Han characters nothing explains: a
    headline that opens with an office and a date
    (``南岭市气象台2024年12月3日16时发布寒潮预警``), not a line of fields,
    which sets its fields apart by spaces or labels.

    >>> glued_words_coverage("南岭市气象台2024年12月3日16时发布寒潮预警", [(0, 6), (6, 15)], 0.64)
    0.49
    >>> glued_words_coverage("2024-12-03 来源：南岭日报 欢迎访问", [(0, 10), (11, 14), (14, 18)], 0.8)
    0.8
    >>> glued_words_coverage("浏览次数:3210 【打印本页】【关闭窗口】", [(0, 5), (5, 10)], 0.6)
    0.6
    """
    if coverage <= _SENTENCE_COVERAGE or coverage == 1.0:
        return coverage
    spans = sorted(explained)
    starts = {a for a, _b in spans}
    for _a, b in spans:
        if b >= len(line) or b in starts or line[b] in _SPACES or line[b - 1] in _SPACES or not line[b].isalnum():
            continue  # set apart: by a space (maybe the end of the span), or a bracket (【打印本页】)
        stop = b
        while stop < len(line) and line[stop] not in _SPACES and stop not in starts:
            stop += 1
        if len(_HAN.findall(line, b, stop)) >= _GLUED_WORDS:
            return _SENTENCE_COVERAGE
    return coverage


_LIST_ITEM_OPEN = re.compile("[" + _SPACES + "]{0,8}(?:[0-9０-９]{1,2}[.．、](?![0-9０-９])|[（(][一二三四五六七八九十0-9]{1,3}[)）])")
"""The number that opens an item of a list (``1.``, ``2、``, ``（三）``), not a date's (``2024.12.03``)."""


def list_item_coverage(line: str, coverage: float) -> float:
    """``coverage``, but no more than :data:`_SENTENCE_COVERAGE` for a line
    that opens as an item of a numbered list: a catalogue's row
    (``1. 关于建设城北自来水厂的批复 / 1994年3月2日 / 市计划委员会``) holds
    a date and an office, yet is text, never the page's metadata line.

    >>> list_item_coverage("1. 关于建设水厂的批复 / 1994年3月2日 / 市计划委员会", 0.53), list_item_coverage("2024.12.03 来源：市政府", 1.0)
    (0.49, 1.0)
    """
    if coverage <= _SENTENCE_COVERAGE or _LIST_ITEM_OPEN.match(line) is None:
        return coverage
    return _SENTENCE_COVERAGE


_DIGIT_OPENS = re.compile("[" + _SPACES + "]{0,8}[0-9]")
"""A line that opens with a digit, maybe after spaces: where a loose date may open it."""


def _opening_loose_date(p: _Parse, gaps: list[tuple[int, int]]) -> None:
    """A date in a loose form (:data:`_LOOSE_DATE`) that opens the line
    outside any label, as an app or a CMS prints it above the text
    (``24-12-03 18:22　来源：…``, ``12/03/2024 来源：…``): the line's date,
    and the first gap (``gaps[0]``) starts after it. A year of two digits
    needs a time after it; the year written last does not.

    >>> p = _Parse("24-12-03 18:22　来源：鹿城发布", {}, [])
    >>> gaps = [(0, 15)]
    >>> _opening_loose_date(p, gaps); p.fields, gaps
    ({'date': '2024-12-03'}, [(14, 15)])
    """
    if not gaps or gaps[0][0] != 0:
        return
    b = gaps[0][1]
    line = p.line
    opening = _DIGIT_OPENS.match(line, 0, b)
    if opening is None:
        lead = len(line) - len(line.lstrip(_SPACES))
        found = _english_date_at(line, lead, b) if line[lead:lead + 1] in _EN_DATE_OPENERS else None
    else:
        lead = opening.end() - 1
        found = _loose_date_at(line, lead, b, need_time=True) or _english_date_at(line, lead, b)
    if found is None:
        return
    _set_date(p, found[0], "date")
    p.explained.append((lead, found[1]))
    gaps[0] = (found[1], b)


def _source_addresses(p: _Parse, gaps: list[tuple[int, int]]) -> None:
    """A web address outside the labels of a line that names its source
    (``来源：中国政府网 www.gov.cn``): the source's site, explained.

    >>> p = _Parse("来源：中国政府网 www.gov.cn", {"source": "中国政府网"}, [])
    >>> _source_addresses(p, [(8, 19)]); p.explained
    [(9, 19)]
    """
    line = p.line
    if "source" not in p.fields or ("www." not in line and "http" not in line):
        return  # the cheap tests first
    for a, b in gaps:
        p.explained.extend(m.span() for m in _URL.finditer(line, a, b))


_CLAUSE_END = re.compile("[，,][" + _CJK + "]{2,40}[^，,]{0,40}。\\s{0,3}$")
"""A clause of words closing a line with a full stop, after a comma."""
_SENTENCE_COVERAGE = 0.49
_TAKES_EFFECT = re.compile("起[ \u3000]{0,2}(?:施行|实施|實施|生效|执行|執行|启用|啟用|试行|試行)[ \u3000]{0,2}[。.]")
"""A sentence saying from which day a rule takes effect (``本通告自2024年4月1日起实施。``,
``由2024年4月1日起生效。``): its date is the rule's, no page's date line."""
"""The most a line that closes with such a clause is explained: less than half."""


def _may_hold_fields(line: str) -> bool:
    """False when :func:`_parse_meta` is sure to find nothing in ``line``: it
    has no digit and no 年 (so no date, number or counter), no title word (so
    no byline) and no label. Cheap tests first; most title-like lines fail
    them all.

    >>> _may_hold_fields("奋力绘就“在湖州看见美丽中国”精彩画卷"), _may_hold_fields("来源：市政府")
    (False, True)
    """
    return ("年" in line or _ANY_DIGIT.search(line) is not None
            or _TITLE_RE.search("".join(line.split())) is not None or _LABEL.search(line) is not None)


def _coverage(line: str, explained: list[tuple[int, int]], nonspace: int) -> float:
    """The share of the line's non-space characters that are explained or
    punctuation (``explained`` is sorted in place): the characters outside ``explained`` that are neither
    whitespace nor in :data:`_PUNCT_CHARS` are unexplained (the spaces and
    bars between pieces, and pieces of punctuation only, never count)."""
    rest: list[str] = []
    pos = 0
    explained.sort()
    for a, b in explained:
        if a > pos:
            rest.append(line[pos:a])
        if b > pos:
            pos = b
    rest.append(line[pos:])
    left = "".join(rest)
    if not left.strip(_NEVER_COUNTED):
        return 1.0  # the usual case: nothing but spaces and punctuation left over
    unexplained = len(_NOT_COUNTED.sub("", left))
    return round(1.0 - unexplained / nonspace, 4)


# -- label tables ----------------------------------------------------------------
def parse_label_table(lines: Sequence[str]) -> dict[str, str]:
    """Fields of a letter-spaced label table (索引号, 发布机构, 发文日期, ...).

    Keys: ``index_number``, ``agency``, ``date`` (normalised), ``doc_number``,
    ``topic``, ``title``, ``valid``; several labels may share a line. The
    first value of a key wins, but the date the page was published
    (``发布日期``) wins over the date the document was written (``成文日期``).
    Labels need a colon (or a table's tab); a label we do not know (``公开目录：``, or one ending
    in one of ours, ``项目名称：``) ends the value before it and gives nothing.

    >>> parse_label_table(["发 布 机 构：湖州市人民政府办公室\\t主题分类：城乡建设", "文　　号：湖政发〔2024〕1号"])
    {'agency': '湖州市人民政府办公室', 'topic': '城乡建设', 'doc_number': '湖政发〔2024〕1号'}
    >>> parse_label_table(["成文日期：2024-06-20\\t发布日期：2024-06-24", "索引号：\\t001008003/2024-00128\\t体例：\\t通知"])
    {'date': '2024-06-24', 'index_number': '001008003/2024-00128'}
    """
    out: dict[str, str] = {}
    date_rank = len(_DATE_RANK)
    for line in lines:
        labels = [m for m in _LABEL.finditer(line)
                  if m.group("colon") is not None or _cell_marked(line, m, _kind(m.group("label")))]
        ends = [_word_start(line, m.start()) for m in labels[1:]] + [len(line)] if labels else []
        for m, nxt in zip(labels, ends, strict=True):
            kind = _kind(m.group("label"))
            if kind not in _TABLE_KINDS or (kind in out and kind != "date") or not _starts_segment(line, m.start()):
                continue
            stop = nxt if kind == "title" else _unknown_label_start(line, m.end(), nxt)
            value = line[pipe_cell_value_start(line, m.end()) : stop].strip(_SPACES + _CELL_BARS)
            if kind in _DATE_RANK:
                iso = normalize_date(value)
                if iso is not None and _DATE_RANK[kind] < date_rank:
                    out["date"], date_rank = iso, _DATE_RANK[kind]
            elif kind == "doc_number":
                if value:
                    out[kind] = "".join(value.split())
            elif value:
                out[kind] = value
    return out


_MAX_PAIRED_VALUE = 120
"""The longest line read as the value of a label on the line above (a document's title)."""


def parse_label_pair(label: str, value: str) -> MetaLine | None:
    """Fields of a label on a line of its own (``索引号``, ``信 息 来 源：``)
    and its value on the next line, when that line is nothing but the
    label's value (all of it explained); else None. A disclosure page may
    set each label above its value instead of beside it.

    >>> parse_label_pair("信息来源", "青溪县应急管理局").fields, parse_label_pair("浏览次数：", "356").fields
    ({'source': '青溪县应急管理局'}, {'views': 356})
    >>> parse_label_pair("索 引 号", "11331100002561234X/2024-00456").fields
    {'index_number': '11331100002561234X/2024-00456'}
    >>> parse_label_pair("索引号", "为进一步规范管理，现就有关事项通知如下。") is None, parse_label_pair("索引号说明", "001") is None
    (True, True)
    """
    m = _LABEL.fullmatch(label.strip(_SPACES))
    if m is None or not value.strip(_SPACES) or len(value) > _MAX_PAIRED_VALUE:
        return None
    meta = parse_meta_line(m.group("label") + "：" + value.strip(_SPACES))
    return meta if meta is not None and meta.coverage == 1.0 else None


_LABEL_AT_END = re.compile("(?P<label>" + _label_alternation(_LABEL_KIND) + ")" + _SP + "[:：]" + _SP + "\\Z")


def fits_trailing_label(line: str, value: str) -> bool:
    """Whether ``value`` (the next line) can be the value of the label that
    ends ``line`` with a colon and nothing after it: False when that label is
    one we know and ``value`` is not a value of its kind (a headline under an
    empty ``阅读次数：``); True for labels we do not know or whose values we do
    not keep (``公开方式：`` / ``主动公开``).

    >>> fits_trailing_label("发布日期：2025-01-20　阅读次数：", "凤台县2024年发展计划")
    False
    >>> fits_trailing_label("阅读次数：", "356"), fits_trailing_label("网站名称：", "青溪县"), fits_trailing_label("公开方式:", "主动公开")
    (True, True, True)
    """
    m = _LABEL_AT_END.search(line)
    return m is None or _kind(m.group("label")) == "other" or parse_label_pair(m.group("label"), value) is not None


def repost_trailing_author(line: str, value: str) -> MetaLine | None:
    """The fields of ``value`` (the next line) read as the value of an author's
    label that ends ``line`` empty (``…来源:《今日浙江》杂志 作者:`` /
    ``中共丽阳市委书记 胡海峰``), else None: a portal that reposts a magazine
    may set the author's byline under its date line's empty ``作者：``.

    >>> repost_trailing_author("2023-06-12 来源:《今日浙江》杂志 作者:", "中共丽阳市委书记 胡海峰").fields
    {'author': '胡海峰', 'author_role': '中共丽阳市委书记'}
    >>> repost_trailing_author("发布时间：2023-06-12　点击数：", "胡海峰") is None
    True
    """
    m = _LABEL_AT_END.search(line)
    if m is None or _kind(m.group("label")) != "author":
        return None
    pair = parse_label_pair(m.group("label"), value)
    return pair if pair is not None and "author" in pair.fields else None


_NOT_A_NAME_END = frozenset("区县市省州镇乡村周年局委办院站所处队")
"""Last characters of a short word that reads as a name but is a place, an office or a time (高新区, 黄金周)."""


def _repost_name(word: str) -> bool:
    """A person's name that a line may hold alone: three characters at most
    (four with a two-character surname), no organisation's or place's ending
    (``项目概况``, ``高新区``, ``林业局`` are words, not names)."""
    return _is_name(word) and (len(word) <= 3 or word[:2] in _SURNAMES_2 or "·" in word) \
        and word[-1] not in _NOT_A_NAME_END


def repost_names_only(text: str) -> str | None:
    """The name or names that are all of ``text`` (``胡海峰``, ``胡 海 峰``,
    ``胡海峰　李明``), else None: an author's line that names no role.

    >>> repost_names_only("胡 海 峰"), repost_names_only("胡海峰　李明"), repost_names_only("欧阳明远")
    ('胡海峰', '胡海峰 李明', '欧阳明远')
    >>> repost_names_only("媒体关注"), repost_names_only("项目概况"), repost_names_only("高新区"), repost_names_only("王明 概况")
    (None, None, None, None)
    """
    text = text.strip(_SPACES)
    if _repost_name(text):
        return text
    words = text.split()
    if 2 <= len(words) <= 4 and max(map(len, words)) == 1:
        spaced = "".join(words)
        return spaced if _repost_name(spaced) else None
    names = [n for n in _NAME_SEPARATORS.split(text) if n]
    return " ".join(names) if len(names) >= 2 and all(_repost_name(n) for n in names) else None


_JOURNAL_AUTHOR_MARK = re.compile("(?<=[" + _CJK + "])[0-9０-９¹²³⁴⁵⁶⁷⁸⁹⁰*＊†,，]{1,6}(?=[" + _SPACES + "]|\\Z)")
"""The affiliation number or note mark a journal prints after an author's name (``黄一鸣1,2``, ``苏婉清*``)."""


def journal_author_names(text: str) -> str | None:
    """The name or names of a journal article's author line (``黄一鸣1　苏婉清2``,
    ``罗文静, 唐子墨``, ``郭明轩　杜若宁``), their affiliation numbers and note
    marks left out, else None (see :func:`repost_names_only`).

    >>> journal_author_names("黄一鸣1,2　苏婉清2*"), journal_author_names("罗文静, 唐子墨"), journal_author_names("一、引言")
    ('黄一鸣 苏婉清', '罗文静 唐子墨', None)
    """
    return repost_names_only(_JOURNAL_AUTHOR_MARK.sub("", text))  # read once a page, on the line under its title


def repost_name_with_office(text: str) -> str | None:
    """The name of a line that is a name and the writer's office or unit in
    brackets, nothing else (``胡海峰（中共丽阳市委书记）``), else None.

    >>> repost_name_with_office("胡海峰（中共丽阳市委书记）"), repost_name_with_office("胡海峰（图）")
    ('胡海峰', None)
    """
    name = name_before_unit(text)
    if name is None:
        return None
    stripped = text.rstrip(_SPACES)
    inner = stripped[stripped.find(_CLOSERS[stripped[-1]]) + 1 : -1]  # name_before_unit found the brackets
    return name if _TITLE_RE.search(inner) is not None or _ORG.fullmatch(inner) is not None else None


def repost_joint_byline(text: str) -> str | None:
    """The names of a byline of two writers or more, each after an office
    (``中共丽阳市委书记 胡海峰　丽阳市市长 吴晓东``), joined by a space, else None.

    >>> repost_joint_byline("中共丽阳市委书记 胡海峰　丽阳市人民政府市长 吴晓东")
    '胡海峰 吴晓东'
    >>> repost_joint_byline("中共丽阳市委书记 胡海峰") is None, repost_joint_byline("记者 王芳 通讯员 赵强") is None
    (True, True)
    """
    if _BYLINE_BAD.search(text) is not None:
        return None
    names: list[str] = []
    role: list[str] = []
    for token in text.split():
        if role and len(token) <= 4 and _is_name(token):
            if not _role_ok("".join(role)):
                return None
            names.append(token)
            role = []
        else:
            role.append(token)
    return " ".join(names) if len(names) >= 2 and not role else None


def _word_start(line: str, pos: int) -> int:
    """Where the word that ends at ``pos`` begins (``pos`` when no letter is
    before it): a label glued to a word (``信息分类`` read as ``分类``) begins there.

    >>> _word_start("通知\\t信息分类：", 5), _word_start("通知\\t分类：", 3)
    (3, 3)
    """
    start = pos
    while start > 0 and pos - start < _MAX_LABEL_WORD and _WORDY.match(line, start - 1):
        start -= 1
    return start


_MAX_LABEL_WORD = 8
"""The longest word a label we do not know ends with (``信息公开目录分类``)."""
