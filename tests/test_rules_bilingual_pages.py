"""Chrome of bilingual and English-heavy pages (held-out pages h410-h419:
embassy news, a ministry's bilingual release, an ``Invest in …`` site, a
university's international office, a city portal's English edition, a Hong
Kong department's release): each rule of the ``english`` family catches
lines worded otherwise than the pages it was written for, and leaves alone
the English body sentences that use the same words (the home page of a
portal, sharing, printing, copyright law, cookies, a previous meeting).

English body text is never rewritten by the filters either: no case folding,
no width changes, no mojibake "repair" of real Latin-1 words (café, naïve,
Zürich, São Paulo), and its paragraphs are not run together.
"""

from __future__ import annotations

import pytest

from govtext import clean
from govtext.blocks.metadata import parse_meta_line
from govtext.decoding.mojibake import repair_text
from govtext.rejoin.text import ends_sentence
from tests.rule_lines import rule_line_tests

CAUGHT: list[tuple[str, str]] = [
    ("english/skip-link", "Skip to Main Content"),
    ("english/skip-link", "Jump to navigation"),
    ("english/skip-link", "Go to the main content"),
    ("english/tool-row", "Print This Page | Close Window"),
    ("english/tool-row", "【Print】【Close】"),
    ("english/tool-row", "Back to Top"),
    ("english/tool-row", "Email this page  Print preview  Back"),
    ("english/tool-row", "Text Size: Larger | Smaller | Default"),
    ("english/tool-row", "Like 12 | Comments (3) | Share"),
    ("english/tool-row", "Log in to comment"),
    ("english/tool-row", "简体 | 繁体 | English | Search"),
    ("english/share", "Share this article: Facebook, Twitter, LinkedIn"),
    ("english/share", "Share via: WeChat | Weibo | Copy Link"),
    ("english/share", "Share with LINE"),
    ("english/cookie-notice", "Our site uses cookies to give you the best experience on our website."),
    ("english/cookie-notice", "We use cookies to analyse traffic. Read our Cookie Policy."),
    ("english/cookie-notice", "Accept All Cookies | Reject All | Manage Cookies"),
    ("english/cookie-notice", "Got it  Cookie Policy"),
    ("english/home-row", "Home | About the Consulate | Visa Services | Education | Culture"),
    ("english/home-row", "Home　Overview　Policies　Services　Contact"),
    ("english/home-row", "首页 Home · 学院概况 About · 招生信息 Admissions · 联系我们 Contact"),
    ("english/location-label", "Your Position: Home > Consular Affairs"),
    ("english/location-label", "Current Page: News Center / Notices"),
    ("english/trail", "News Center > Press Releases > 2025"),
    ("english/trail", "主页 ＞ 政府新闻"),
    ("english/related-header", "Related Articles:"),
    ("english/related-header", "You might also like"),
    ("english/related-header", "Most Popular"),
    ("english/related-header", "相关新闻 Related Stories"),
    ("english/related-header", "Read More »"),
    ("english/prev-next", "Prev: Consulate Holds Open Day for Overseas Students"),
    ("english/prev-next", "Next Story: 市政府召开常务会议"),
    ("english/reading-time", "Estimated reading time: 6 minutes"),
    ("english/reading-time", "3 min read"),
    ("english/english-date-line", "Friday, 14 March 2025"),
    ("english/english-date-line", "Mar. 14, 2025"),
    ("english/english-date-line", "Released at Beijing Time 10:30"),
    ("english/end-mark", "- Ends -"),
    ("english/site-name", "Consulate-General of the People's Republic of China in Chicago"),
    ("english/site-name", "Study in Zhejiang"),
    ("english/site-name", "Nanjing, China - The Official Portal of Nanjing Municipal Government"),
    ("english/site-name", "Qingdao Customs | Ministry of Commerce"),
    ("english/bilingual-site-name", "南京市人民政府外事办公室 Foreign Affairs Office of Nanjing Municipal Government"),
    ("english/bilingual-site-name", "江州日报 JIANGZHOU DAILY"),
    ("english/bilingual-site-name", "国家统计局 National Bureau of Statistics of China"),
    ("english/footer-credits", "Best viewed with Chrome 90+ at a resolution of 1280×800"),
    ("english/footer-credits", "Hosted by the Information Office of Ningbo Municipal Government"),
    ("english/footer-credits", "Page last updated: 2025-03-14"),
    ("english/footer-credits", "Technical Support: Ningbo Big Data Bureau"),
    ("english/footer-links", "Sitemap | Disclaimer | Privacy Statement | Hyperlink Policy"),
    ("english/footer-links", "2025 © | Help | FAQ | Feedback"),
    ("english/footer-contact", "Address: 12 Renmin Road, Ningbo　Phone: 0574-8718 0000"),
    ("english/footer-contact", "Contact Information: Room 101, Building A  Fax: 010-6512 3456"),
]

KEPT: list[tuple[str, str]] = [
    ("english/tool-row", "The guide can be printed at home and shared with colleagues."),
    ("english/tool-row", "Print media and online platforms should close loopholes in copyright protection."),
    ("english/share", "Enterprises are encouraged to share their experience with the center."),
    ("english/share", "Share of services trade rose to 14.6 percent."),
    ("english/cookie-notice", "The regulation requires every website that uses cookies to obtain the user's consent."),
    ("english/cookie-notice", "Accept the invitation and decline the gift."),
    ("english/home-row", "Home prices in 70 major cities were stable in October."),
    ("english/home-row", "Home-based care services now cover 90 percent of urban communities."),
    ("english/location-label", "Location is a key factor for foreign investors, the survey found."),
    ("english/trail", "Exports > imports for the 12th month in a row, the customs said."),
    ("english/related-header", "Related news reports were published on the home page of the portal."),
    ("english/related-header", "More than 2,500 overseas warehouses have been built."),
    ("english/prev-next", "Next, the city will build 12 new parks along the river."),
    ("english/prev-next", "Next year the fund will double."),
    ("english/reading-time", "Reading time for pupils rose to 45 minutes a day."),
    ("english/english-date-line", "On September 3, 2025 the bureau announced a new fund."),
    ("english/end-mark", "Ends of the pipeline must be sealed."),
    ("english/site-name", "The Embassy of the People's Republic of China in Kenya held a seminar on March 17."),
    ("english/site-name", "Invest in people, the minister said, and growth will follow."),
    ("english/bilingual-site-name", "新一轮绿色社区基金接受申请 New Round of Green Fund Opens for Applications"),
    ("english/footer-credits", "The forum, sponsored by the Ministry of Commerce, drew 300 exhibitors."),
    ("english/footer-links", "Contact us if you have questions about the privacy policy."),
    ("english/footer-contact", "Address the concerns of residents, the mayor said."),
]


test_english_chrome_is_caught, test_english_body_words_of_chrome_are_kept = rule_line_tests(CAUGHT, KEPT)


LATIN_WORDS = [
    "The café in Zürich serves naïve art, and the delegation then flew to São Paulo.",
    "A showroom opened near Bahnhofstraße; a seminar followed in Genève.",
    "Buyers came from Bogotá, Curaçao, Málaga and Ribeirão Preto.",
    "Françoise Ångström met Dvořák scholars on the Champs-Élysées.",
    "Nestlé and Øresund façade projects were signed.",
    "ÉCOLE NATIONALE and SÃO PAULO stay in capitals.",
]


@pytest.mark.parametrize("line", LATIN_WORDS)
def test_latin_words_are_not_repaired_as_mojibake(line: str) -> None:
    """Real Latin-1 words are no GBK or Big5 read as Latin-1: no filter
    changes them (no case folding, no width change, no "repair")."""
    assert repair_text(line) == line
    assert clean(line).text.strip() == line


@pytest.mark.parametrize("line", LATIN_WORDS)
def test_latin_words_stay_in_a_chinese_paragraph(line: str) -> None:
    text = "　　代表团此行签约金额达1.86亿美元。" + line + "\n"
    assert line in clean(text).text


def test_utf8_read_as_cp1252_inside_a_word_gives_the_letter_back() -> None:
    """A Latin word garbled by UTF-8 read as Latin-1 (``naÃ¯ve``) is repaired
    to its letter, not read as GBK (``na茂ve``)."""
    assert repair_text("We were a little naÃ¯ve about the market.") == "We were a little naïve about the market."
    assert repair_text("a cafÃ© in ZÃ¼rich") == "a café in Zürich"


def test_gbk_read_as_latin1_is_still_repaired() -> None:
    assert repair_text("ÖÐÎÄÍøÕ¾ and ¼á³Ö´´ÐÂ£¬ÍÆ¶¯·¢Õ¹") == "中文网站 and 坚持创新，推动发展"


def test_english_text_keeps_its_case_and_width() -> None:
    line = "MOFCOM Said: Imports ROSE 3.0% (Jan-Jun), per the WTO; see https://example.org/A_B?x=1."
    assert clean(line).text.strip() == line


def test_an_english_sentence_end_ends_the_line() -> None:
    assert ends_sentence("by the end of the year.")
    assert ends_sentence('"Today our products are trusted."')
    assert ends_sentence("please call the Fund Secretariat at 2838 3111.")
    assert not ends_sentence("Wang Q., Li H., Zhou Y. et al.")
    assert not ends_sentence("signed with Huawei Co., Ltd.")
    assert not ends_sentence("增长到2021.")


ENGLISH_PARAGRAPHS = """Lingang Opens Data Service Center
Updated: 2025-06-09
Source: Lingang Special Area Administration
Author: Zhang Yiwen
The center opened on June 6, offering one-stop assistance with data export security assessments.
Companies can book a consultation online and track their applications in real time.
According to the administration, the list has been published on the home page of the portal.
Enterprises are encouraged to share their experience, and a guide will be printed by the end of the year.
Share: Facebook | LinkedIn | WeChat
Print | Close
Copyright © 2025 Lingang Special Area Administration. All rights reserved.
"""


def test_an_english_page_keeps_its_paragraphs_apart_and_gives_its_fields() -> None:
    doc = clean(ENGLISH_PARAGRAPHS)
    body = ENGLISH_PARAGRAPHS.splitlines()[4:8]
    for line in body:
        assert line + "\n" in doc.text + "\n", line  # each paragraph whole, on a line of its own
    for chrome in ("Share: Facebook", "Print | Close", "All rights reserved", "Updated: 2025"):
        assert chrome not in doc.text, chrome
    assert doc.metadata["title"] == "Lingang Opens Data Service Center"
    assert doc.metadata["date"] == "2025-06-09"
    assert doc.metadata["source"] == "Lingang Special Area Administration"
    assert doc.metadata["author"] == "Zhang Yiwen"


@pytest.mark.parametrize(("line", "fields"), [
    ("Release Time: 2025-10-23　Source: Department of Foreign Trade", {"date": "2025-10-23", "source": "Department of Foreign Trade"}),
    ("Posted on: 2025-08-28　Views: 1532", {"date": "2025-08-28", "views": 1532}),
    ("Publish date: 2025-11-05　Author: Chen Jiayi", {"date": "2025-11-05", "author": "Chen Jiayi"}),
    ("Hits: 356", {"views": 356}),
    ("By 王浩 | 2025-10-14 | From 临江日报", {"author": "王浩", "date": "2025-10-14", "source": "临江日报"}),
    ("By Li Ming", {"author": "Li Ming"}),
])
def test_english_labels_give_the_fields(line: str, fields: dict[str, object]) -> None:
    meta = parse_meta_line(line)
    assert meta is not None
    assert meta.fields == fields


@pytest.mark.parametrize("line", [
    "By 2025, the city will build 12 new parks.",
    "From 2024 to 2025, exports rose by 9.1 percent.",
])
def test_english_sentences_give_no_credits(line: str) -> None:
    meta = parse_meta_line(line)
    assert meta is None or ("author" not in meta.fields and "source" not in meta.fields)


def test_an_english_salutation_is_not_run_into_the_letter() -> None:
    """``Dear …,`` ends with a comma but opens a letter: the text after it is
    a paragraph of its own; a line cut after a comma inside a sentence still joins."""
    from govtext.rejoin.paragraphs import continuation_reason

    assert continuation_reason("Dear international students,", "All new students must apply for a permit.") is None
    assert continuation_reason("Dear Sir or Madam,", "Thank you for your letter of 3 March.") is None
    assert continuation_reason("The fund supports projects in housing estates,", "and communities across the city.")


ENGLISH_ARTICLE_CHROME_WORDS = """Trade Fair Opens in Ningbo
Date: 2025-05-20
The China-CEEC Expo opened in Ningbo on May 20, drawing 3,000 exhibitors from 56 countries.
Sponsored by the Ministry of Commerce and the Zhejiang provincial government, the expo has been held four times since 2019.
Next: the organisers will publish the list of signed projects on the home page of the expo website.
Contact us if you have questions, the organisers said, adding that the address of the venue is 1 Expo Road.
Home buyers and investors from Hungary and Poland were among the visitors.
Print media from 12 countries covered the opening.
Related news reports were shared widely on social media.
Copyright © 2025 Ningbo Expo Office. All rights reserved.
"""


def test_english_sentences_that_open_with_chrome_words_are_kept() -> None:
    """An English paragraph that opens with a footer's, a link's or a tool's
    words (Sponsored by, Next:, Contact us, Home, Print, Related) reads as a
    sentence and stays; the copyright line in title case goes."""
    text = clean(ENGLISH_ARTICLE_CHROME_WORDS).text
    for line in ENGLISH_ARTICLE_CHROME_WORDS.splitlines()[2:-1]:
        assert line in text, line
    assert "All rights reserved" not in text


def test_spam_scan_pairs_a_latin_key_with_its_own_neighbours() -> None:
    """English text holds every letter: a Latin term's key stops the scan only
    before (or after) a character that follows (or precedes) that key in a
    term, not one that follows another key (``kw`` is no stop for ``kx`` and
    ``vwin``), and every term is still found."""
    from govtext.blocks._literals import PairFinder

    finder = PairFinder(["vwin", "kx", "体育x"])
    assert [m.start() for m in finder.scan.finditer("kw vx 体w")] == []
    text = "see vwin and kx or 体育x"
    assert [finder.search(text, p) for p in (0, 5, 14)] == [4, 13, 21]  # vwin, kx, the x of 体育x
