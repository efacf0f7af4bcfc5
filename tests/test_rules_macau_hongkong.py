"""Chrome of Macau and Hong Kong government sites (held-out pages h1340-h1349):
Portuguese tool rows of Macau sites, a Hong Kong department's other-news header,
dates printed the day first (``05/11/2026``, ``12-11-2026``, ``5.11.2026``) and a
notice's enquiry line under its last sentence. Each rule catches lines worded
otherwise than the pages it was written for, and leaves alone the body sentences
that use the same words."""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import day_first_date
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("english/portuguese-tool-row", "Imprimir | Partilhar | Voltar"),
    ("english/portuguese-tool-row", "Partilhar: WhatsApp  Facebook"),
    ("english/portuguese-tool-row", "[Guardar]  [Enviar por email]  [Fechar]"),
    ("english/portuguese-tool-row", "Idioma：中文 | Português"),
    ("english/portuguese-tool-row", "Pesquisar 搜索 ｜ Mapa do sitio 网站地图 ｜ Contactos 联络我们"),
    ("english/portuguese-tool-row", "◀ Número anterior　Número seguinte ▶"),
    ("english/portuguese-tool-row", "Versão para impressão / 列印版"),
    ("english/portuguese-tool-row", "Voltar ao topo"),
    ("english/portuguese-tool-row", "Subscrever notícias | RSS"),
    ("english/portuguese-tool-row", "Pesquisa avançada　Pesquisar no site"),
    ("english/portuguese-tool-row", "消费者委员会　｜　Idioma: 中文 / Português"),
    ("english/trail", "Página inicial > Notícias > Comunicados"),
    ("english/trail", "Início > Boletim Oficial > 2025 > N.º 12 > II Série"),
    ("english/footer-contact", "Instituto Cultural　Praceta de Miramar, n.º 87U, Macau　Tel.: (853) 2836 6866"),
    ("english/footer-contact", "Avenida da Praia Grande, n.º 762, Macau　Telefone: 2833 2886　Fax: 2835 5426"),
    ("english/site-name", "Instituto Cultural do Governo da RAEM"),
    ("english/site-name", "Direcção dos Serviços de Finanças da Região Administrativa Especial de Macau"),
    ("english/bilingual-site-name", "区议会　District Councils"),
    ("english/bilingual-site-name", "香港邮政 Hongkong Post"),
    ("slogan/gazette-series-masthead", "澳门特别行政区公报——第二组　第 12 期 —— 2025 年 3 月 19 日"),
    ("tools/download-link", "文件第12/2026号（PDF，1.2MB）"),
    ("tools/download-link", "会议记录 [DOC/86KB]"),
    ("tools/download-link", "会议文件下载"),
    ("footer/page-enquiry-contact", "如对本网页有任何查询，请联络沙田民政事务处（电话：2158 5858）"),
    ("footer/page-enquiry-contact", "若对本网站内容有意见，请电邮至 webmaster@example.gov.hk"),
    ("footer/page-enquiry-contact", "如对此网页有任何意见或查询，欢迎与本署联络。"),
    ("tools/font-size", "无障碍 | 字体大小 A- A A+ | 中 | PT"),
    ("tools/font-size", "字体大小 A A A | 繁 | 简 | EN"),
    ("tools/page-actions-bare", "eng | 繁 | 简　　　Search 搜寻"),
    ("tools/page-actions-bare", "ENG | 简 | 繁　Search"),
    ("related/list-header", "其他最新消息"),
    ("related/list-header", "其它近期新闻"),
]

KEPT: list[tuple[str, str]] = [
    ("english/portuguese-tool-row", "市民可透过Pesquisa功能查阅公报，并以“Imprimir”键列印。"),
    ("english/portuguese-tool-row", "Imprimir o formulário e entregar no balcão"),
    ("english/portuguese-tool-row", "Língua portuguesa e cultura de Macau"),
    ("english/portuguese-tool-row", "Número de telefone: 2833 7676"),
    ("english/trail", "Rua da Felicidade, n.º 12"),
    ("english/footer-contact", "Os interessados podem dirigir-se à Rua da Imprensa Nacional ou ligar para o Tel.: 2857 3822."),
    ("english/footer-contact", "市民可前往Rua da Imprensa Nacional的印务局办事处查询。"),
    ("english/site-name", "O Instituto Cultural de Macau organiza visitas guiadas"),
    ("slogan/gazette-series-masthead", "澳门特别行政区公报第一组第45期刊登了该批示。"),
    ("tools/download-link", "会议文件须于会议前七日送交各议员。"),
    ("tools/download-link", "附件：申请表（PDF，128KB）"),
    ("footer/page-enquiry-contact", "如对本通知有任何查询，请联络沙田民政事务处（电话：2158 5858）。"),
    ("footer/page-enquiry-contact", "市民如对本网站所载的服务资料有疑问，可向各区民政事务处查询。"),
    ("tools/font-size", "各部门网站应提供字体大小调整及中葡文版本切换功能。"),
    ("tools/page-actions-bare", "市民可在网站的Search栏输入关键词搜寻相关资料。"),
    ("related/list-header", "其他最新消息请留意本署网页公布。"),
    ("related/list-header", "其他消息来源显示"),
]


(test_macau_hongkong_chrome_is_caught,
 test_body_words_of_macau_hongkong_chrome_are_kept) = rule_line_tests(CAUGHT, KEPT)


@pytest.mark.parametrize(("page", "iso", "want"), [
    ("澳門特別行政區政府 05/11/2026", "2026-05-11", "2026-11-05"),
    ("Governo da RAEM 03-04-2026 10:20", "2026-03-04T10:20", "2026-04-03T10:20"),
    ("香港特別行政區政府 7/8/2026", "2026-07-08", "2026-08-07"),
    ("发布日期：05/11/2026　截止：25/11/2026", "2026-05-11", "2026-11-05"),  # another date day first
    ("区议会秘书处　2026年11月12日\n本网页最近更新日期：12-11-2026", "2026-12-11", "2026-11-12"),  # the day twice
])
def test_a_page_from_macau_or_hong_kong_reads_the_day_first(page: str, iso: str, want: str) -> None:
    assert day_first_date(page, iso) == want


@pytest.mark.parametrize(("page", "iso"), [
    ("发布日期：05/11/2026", "2026-05-11"),  # no region: the month first stays
    ("香港 05/11/2026 截止 05/25/2026", "2026-05-11"),  # another date month first
    ("澳门 2026年5月11日 05/11/2026", "2026-05-11"),  # the page writes the date unambiguously
    ("澳门 2026-05-11", "2026-05-11"),
    ("澳门 11/11/2026", "2026-11-11"),  # the same either way
    ("澳门 13/11/2026", "2026-11-13"),  # read day first already
])
def test_a_date_read_right_stays(page: str, iso: str) -> None:
    assert day_first_date(page, iso) is None


def test_a_dotted_date_under_a_label_is_day_first() -> None:
    doc = clean("季节性泳池冬季暂停开放安排\n发出日期：5.11.2026\n　　本署辖下的季节性泳池将于本月底起暂停开放，以进行周年维修。\n")
    assert doc.metadata["date"] == "2026-11-05"


MACAU_PAGE = """澳門特別行政區政府新聞局
Língua: 中文 | Português
市政署公佈冬季街市清洗安排
12/03/2026 16:05　　發佈機構：市政署
　　市政署今日公佈，轄下各街市將於本月分批暫停營業半天進行清洗。
　　市民如需查詢，可致電市政署熱線，或於辦公時間內親臨各綜合服務中心。
Imprimir　|　Partilhar: Facebook　WeChat　|　Voltar
Aviso Legal　|　Acessibilidade
"""


def test_a_macau_release_is_dated_day_first_and_loses_its_portuguese_tools() -> None:
    doc = clean(MACAU_PAGE)
    assert doc.metadata["date"] == "2026-03-12"
    assert "Imprimir" not in doc.text and "Língua" not in doc.text
    assert "市民如需查询" in doc.text


NOTICE_WITH_ENQUIRY_LINE = """康乐及文化事务署
主页 > 康体设施 > 最新消息
部分运动场暂停开放
发出日期：2026年11月5日
　　本署辖下部分运动场将于十二月进行草地保养工程，期间暂停开放，市民可使用邻近场地。
查询热线：2414 5555
列印　｜　加入书签　｜　↑ 页首
重要告示 | 私隐政策 | 无障碍声明
"""


def test_an_enquiry_line_under_a_notices_last_sentence_stays() -> None:
    """The notice's own enquiry line, with the page's tools under it, is its last line;
    the same line alone in a footer still goes (``footer/service-hotline-banner``)."""
    assert "查询热线：2414 5555" in clean(NOTICE_WITH_ENQUIRY_LINE).text
    footer_only = NOTICE_WITH_ENQUIRY_LINE.replace("查询热线：2414 5555\n列印　｜　加入书签　｜　↑ 页首\n",
                                                   "列印　｜　加入书签　｜　↑ 页首\n重要告示 | 私隐政策\n查询热线：2414 5555\n")
    assert "2414 5555" not in clean(footer_only).text


def test_a_hong_kong_pages_last_update_stamp_goes_and_dates_an_undated_page() -> None:
    """``本網頁最近更新日期：12-11-2026`` under a page with no other date: the line goes,
    and its day, which the secretariat's signature writes too, is the page's date."""
    page = ("沙田区议会第十二次会议议程\n日期：2026年11月19日（星期四）\n地点：沙田区议会会议室\n"
            "公众人士可于会议举行当日提早十五分钟到场登记旁听，座位先到先得。\n沙田区议会秘书处　　2026年11月12日\n"
            "本网页最近更新日期：12-11-2026\n重要告示 | 私隐政策\n")
    doc = clean(page)
    assert "最近更新日期" not in doc.text
    assert doc.metadata["date"] == "2026-11-12"


def test_a_labelled_date_below_the_footer_still_dates_an_undated_page() -> None:
    """The site's footer, then the page's own stamp under it: the stamp goes as metadata
    (not as a short line below the footer), so a page with no other date keeps its date."""
    page = ("部分泳池暂停开放\n　　本署辖下部分泳池将于本月进行维修，期间暂停开放，市民可使用邻近泳池。\n"
            "如对本网页有任何查询，请联络本署（电话：2414 5555）\n本网页最近更新日期：2026年11月05日\n重要告示 | 私隐政策\n")
    doc = clean(page)
    assert "最近更新日期" not in doc.text and "如对本网页" not in doc.text
    assert doc.metadata["date"] == "2026-11-05"
