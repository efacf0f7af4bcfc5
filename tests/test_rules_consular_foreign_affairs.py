"""Chrome of embassy, consulate and foreign-affairs office pages (held-out
pages h1260-h1269): each rule catches lines worded otherwise than the pages
it was written for (other missions, other host languages, Traditional
script), and leaves alone the body sentences that use the same words (a
mission's news in the host country's language, a notice on office hours,
an address the applicant is to write to)."""

from __future__ import annotations

import pytest

from govtext import clean
from tests.rule_lines import assert_caught, assert_kept, rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("english/site-name", "Ambassade de la République populaire de Chine en République du Sénégal"),
    ("english/site-name", "Consulat général de la République populaire de Chine à Lyon"),
    ("english/site-name", "Generalkonsulat der Volksrepublik China in München"),
    ("english/site-name", "Generalkonsulat der Volksrepublik China in Frankfurt am Main"),
    ("english/site-name", "Consulat général de la République populaire de Chine à Strasbourg"),
    ("english/site-name", "Embaixada da República Popular da China no Brasil"),
    ("english/site-name", "Consulado General de la República Popular China en Guayaquil"),
    ("english/site-name", "Ambasciata della Repubblica Popolare Cinese in Italia"),
    ("english/bilingual-site-name", "外交部 Ministry of Foreign Affairs, Republic of China (Taiwan)"),
    ("english/bilingual-site-name", "内政部移民署 National Immigration Agency, Ministry of the Interior, R.O.C. (Taiwan)"),
    ("english/tool-row", "Imprimer | Fermer | Haut de page"),
    ("english/tool-row", "Drucken  Schließen  Nach oben"),
    ("english/tool-row", "Imprimir　Fechar　Voltar ao topo"),
    ("english/tool-row", "Schriftgröße: Groß | Mittel | Klein"),
    ("english/tool-row", "Tamaño de fuente: Grande Mediano Pequeño"),
    ("english/share", "Partager : Facebook | X | LinkedIn"),
    ("english/share", "Teilen: Facebook  WhatsApp  E-mail"),
    ("english/share", "Compartilhar: WhatsApp | Facebook"),
    ("english/related-header", "Articles connexes"),
    ("english/related-header", "Verwandte Nachrichten"),
    ("english/related-header", "Notícias relacionadas"),
    ("english/related-header", "Artículos relacionados"),
    ("english/home-row", "Accueil | Ambassade | Actualités | Services consulaires | Éducation"),
    ("english/home-row", "Startseite | Botschaft | Aktuelles | Konsularangelegenheiten | Kultur"),
    ("english/footer-contact", "Adresse : 20, rue Washington, 75008 Paris　Téléphone : +33 1 4736 0000"),
    ("english/footer-contact", "Anschrift: Mainzer Landstraße 310, 60326 Frankfurt am Main  Telefon: 069 7535 0"),
    ("english/footer-contact", "Endereço: SES Quadra 813, Brasília-DF　Telefone: +55 61 2195 8200"),
    ("english/office-hours", "Office Hours: Monday-Friday 9:00-12:00 (local time)"),
    ("english/office-hours", "Horario de atención al público: lunes a viernes de 9:00 a 12:00"),
    ("english/office-hours", "Öffnungszeiten: Mo-Fr 9.00-12.00 Uhr"),
    ("english/office-hours", "Heures d'ouverture : du lundi au vendredi, 9h30-12h00"),
    ("english/office-hours", "Consular Hours: Mon-Thu 9:30-11:30, closed on public holidays"),
    ("english/footer-rights", "© 2026 Consulado General de la República Popular China en Barcelona. Todos los derechos reservados."),
    ("english/footer-rights", "Copyright © Ambassade de Chine au Canada. Tous droits réservés."),
    ("english/footer-rights", "Alle Rechte vorbehalten"),
    ("english/english-date-line", "2026/02/03 | 3 February 2026"),
    ("english/english-date-line", "2026-05-12 / 12 May 2026"),
    ("english/english-date-line", "2026年5月12日　12 May 2026"),
    ("tools/page-helpful", "本页信息是否对您有帮助？　有帮助　没帮助"),
    ("tools/page-helpful", "本页内容对您有用吗？ 是 否"),
    ("tools/page-helpful", "此网页信息是否有用？"),
    ("footer/site-address", "10048台北市中正区忠孝东路1段99号3～5楼　总机：(02)2388-6100"),
    ("footer/site-address", "10466台北市中山区长安东路2段100号2至4楼　总机：(02)2511-0000"),
]

KEPT: list[tuple[str, str]] = [
    ("english/site-name", "Embajada de la República Popular China en la República Argentina organizó un seminario sobre energía."),
    ("english/site-name", "L'Ambassade de la République populaire de Chine a organisé une réception."),
    ("english/tool-row", "Imprimir el formulario y cerrar el sobre antes de enviarlo."),
    ("english/share", "Compartir experiencias con los estudiantes argentinos fue muy valioso."),
    ("english/related-header", "Los artículos relacionados con la visita se publicarán mañana."),
    ("english/office-hours", "Office hours will change during the Spring Festival holiday."),
    ("english/office-hours", "Horario de atención: consulte la página del consulado"),
    ("english/footer-contact", "La dirección de la embajada no ha cambiado."),
    ("english/footer-rights", "Los autores conservan sus derechos reservados sobre las obras y la embajada no las reproduce sin permiso, según la ley."),
    ("english/english-date-line", "2026/02/03 | 3 February 2026 was the date of the reception"),
    ("tools/page-helpful", "本页信息对您了解签证政策是否有帮助，欢迎留言反馈。"),
    ("footer/site-address", "请将申请材料寄至10048台北市中正区忠孝东路1段99号3～5楼，电话：(02)2388-6100。"),
]


test_consular_chrome_is_caught, test_body_words_of_consular_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


EMBASSY_PAGE_IN_FRENCH = """Ambassade de la République populaire de Chine en République de Côte d'Ivoire
中华人民共和国驻科特迪瓦共和国大使馆
Accueil | Ambassade | Actualités | Services consulaires | Éducation | Contact
Date de publication : 2026/04/16　　Source : 驻科特迪瓦使馆
吴大使出席中科职业技术培训中心结业典礼
　　2026年4月15日，驻科特迪瓦大使吴建明出席中科职业技术培训中心第三期学员结业典礼，科方技术教育部官员和学员代表约150人参加。
　　吴大使表示，使馆将继续支持培训中心开设电工、焊接和农机维修课程，帮助更多科特迪瓦青年掌握一技之长。
Imprimer | Fermer | Haut de page
Partager : Facebook | X | WhatsApp
Articles connexes
驻科特迪瓦使馆举办2026年春节招待会
Adresse : Boulevard Hassan II, Abidjan　Téléphone : +225 27 22 00 00
Heures d'ouverture : du lundi au vendredi, 9h00-12h00 (heure locale)
© Ambassade de la République populaire de Chine en Côte d'Ivoire. Tous droits réservés.
"""


def test_an_embassy_page_in_the_host_language_keeps_its_body_and_dates() -> None:
    """A whole page of another mission whose chrome is in French: the name,
    menu, tools, share row, related list, address, hours and copyright go,
    both body paragraphs stay, and the French date and source labels give
    the page's date and source."""
    doc = clean(EMBASSY_PAGE_IN_FRENCH)
    text = doc.text
    body = [line.strip() for line in EMBASSY_PAGE_IN_FRENCH.splitlines() if line.startswith("　　")]
    assert all(line in text for line in body)
    for chrome in ("Ambassade de la", "Accueil", "Imprimer", "Partager", "Articles connexes", "春节招待会",
                   "Boulevard", "Heures", "droits"):
        assert chrome not in text, chrome
    assert doc.metadata.get("date") == "2026-04-16"
    assert doc.metadata.get("source") == "驻科特迪瓦使馆"
    assert doc.metadata.get("title") == "吴大使出席中科职业技术培训中心结业典礼"


MISSION_NAMES_CAUGHT = ["中华人民共和国驻科特迪瓦共和国大使馆", "中国驻大阪总领事馆", "驻日本国台北经济文化代表处",
                        "中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团"]
MISSION_NAMES_KEPT = ["中国驻大阪总领事馆举办2026年领区侨界春节招待会", "驻悉尼总领馆提醒领区中国公民注意防范诈骗",
                      "中华人民共和国驻科特迪瓦共和国大使馆关于暂停对外办公的通知"]


@pytest.mark.parametrize("line", MISSION_NAMES_CAUGHT)
def test_a_missions_own_name_is_the_sites_name(line: str) -> None:
    assert_caught("slogan/site-name", line)


@pytest.mark.parametrize("line", MISSION_NAMES_KEPT)
def test_a_headline_naming_a_mission_is_no_site_name(line: str) -> None:
    assert_kept("slogan/site-name", line)
