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
from tests.rule_lines import assert_caught, assert_kept

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
    ("related/list-header", "其他最新消息"),
    ("related/list-header", "其它近期新闻"),
]

KEPT: list[tuple[str, str]] = [
    ("english/portuguese-tool-row", "市民可透过Pesquisa功能查阅公报，并以“Imprimir”键列印。"),
    ("english/portuguese-tool-row", "Imprimir o formulário e entregar no balcão"),
    ("english/portuguese-tool-row", "Língua portuguesa e cultura de Macau"),
    ("english/portuguese-tool-row", "Número de telefone: 2833 7676"),
    ("related/list-header", "其他最新消息请留意本署网页公布。"),
    ("related/list-header", "其他消息来源显示"),
]


@pytest.mark.parametrize(("rule_id", "line"), CAUGHT)
def test_macau_hongkong_chrome_is_caught(rule_id: str, line: str) -> None:
    assert_caught(rule_id, line)


@pytest.mark.parametrize(("rule_id", "line"), KEPT)
def test_body_words_of_macau_hongkong_chrome_are_kept(rule_id: str, line: str) -> None:
    assert_kept(rule_id, line)


@pytest.mark.parametrize(("page", "iso", "want"), [
    ("澳門特別行政區政府 05/11/2026", "2026-05-11", "2026-11-05"),
    ("Governo da RAEM 03-04-2026 10:20", "2026-03-04T10:20", "2026-04-03T10:20"),
    ("香港特別行政區政府 7/8/2026", "2026-07-08", "2026-08-07"),
    ("发布日期：05/11/2026　截止：25/11/2026", "2026-05-11", "2026-11-05"),  # another date day first
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
