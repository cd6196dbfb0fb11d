"""Site templates: lines a source repeats on every page are learned and stripped, article
text never is."""

import json
from datetime import UTC, datetime

import pytest

from kiosk.crawl.extract import extract_article
from kiosk.crawl.templates import (
    AGE_AFTER_PAGES,
    MAX_BOILERPLATE_WORDS,
    MAX_FINGERPRINTS,
    SiteTemplate,
    fingerprint,
)
from kiosk.newsroom.generator import generate
from kiosk.newsroom.pages import render_article

FOLLOW = "Bizi Telegram kanalımızda izləyin!"
COOKIES = "This site uses cookies to remember your reading preferences."
READ_ALSO = [
    "Читайте также:",
    "Новый мост через Куру откроют летом",
    "В Баку прошёл книжный фестиваль",
]
MENU = ["Home", "Politics", "Economy"]
TOWNS = [
    "Ganja",
    "Shaki",
    "Quba",
    "Lankaran",
    "Sumgait",
    "Shamakhi",
    "Gabala",
    "Mingachevir",
    "Zaqatala",
    "Astara",
]
BACKGROUND = (
    "The reservoir dispute began last spring, when farmers downstream said their "
    "channels had run dry for the first time in living memory."
)


def _article(town: str) -> list[str]:
    """Three paragraphs of article text that no other page shares."""
    return [
        f"The council of {town} voted on Monday to rebuild the covered market, "
        f"which has stood empty since a fire damaged its roof and the stalls of {town}.",
        f"Traders in {town} welcomed the decision but asked that the work be done "
        "in stages, so that the weekend fair can stay open while builders are on site.",
        f"The mayor of {town} said the first stage would be finished before the harvest "
        "festival and that the plans would be shown to residents at a public meeting.",
    ]


def _page(town: str) -> list[str]:
    """An extracted body with the site's furniture around the article, as trafilatura
    sometimes leaves it."""
    return [*MENU, *_article(town), FOLLOW, COOKIES, *READ_ALSO]


def _learned(pages: dict[str, list[str]]) -> SiteTemplate:
    template = SiteTemplate()
    for url, paragraphs in pages.items():
        template.observe(url, paragraphs)
    return template


def _site(count: int = 10) -> dict[str, list[str]]:
    return {f"https://example.az/news/{town.lower()}": _page(town) for town in TOWNS[:count]}


def test_furniture_repeated_at_the_ends_of_pages_is_learned_and_stripped():
    template = _learned(_site())

    kept, removed = template.strip(_page("Barda"))

    assert kept == _article("Barda")
    assert removed == [*MENU, FOLLOW, COOKIES, *READ_ALSO]
    learned = {template.examples[print_] for print_ in template.boilerplate()}
    assert {FOLLOW, COOKIES, *READ_ALSO, *MENU} <= learned


def test_background_paragraph_repeated_inside_articles_is_kept():
    pages = {}
    for town in TOWNS:
        first, *rest = _article(town)
        pages[f"https://example.az/{town}"] = [first, BACKGROUND, *rest, FOLLOW]
    template = _learned(pages)
    assert fingerprint(BACKGROUND) in template.boilerplate()

    first, *rest = _article("Barda")
    kept, removed = template.strip([first, BACKGROUND, *rest, FOLLOW])

    assert kept == [first, BACKGROUND, *rest]
    assert removed == [FOLLOW]


def test_page_that_would_lose_more_than_half_its_words_is_left_whole():
    template = _learned(_site())
    short = [*MENU, "Power cut in Barda tonight.", FOLLOW, COOKIES, *READ_ALSO]

    kept, removed = template.strip(short)

    assert kept == short
    assert removed == []


def test_long_repeated_paragraph_is_never_removed():
    long_notice = " ".join(["Editorial policy notice."] * (MAX_BOILERPLATE_WORDS // 3 + 1))
    pages = {url: [*paragraphs, long_notice] for url, paragraphs in _site().items()}
    template = _learned(pages)

    kept, removed = template.strip([*_article("Barda"), long_notice])

    assert kept[-1] == long_notice
    assert removed == []


def test_too_few_pages_strip_nothing():
    template = _learned(_site(count=2))

    kept, removed = template.strip(_page("Barda"))

    assert template.boilerplate() == []
    assert kept == _page("Barda")
    assert removed == []


def test_same_page_observed_twice_counts_once():
    template = SiteTemplate()
    for _ in range(5):
        template.observe("https://example.az/news/ganja", _page("Ganja"))

    assert template.source_pages == 1
    assert template.counts[fingerprint(FOLLOW)] == 1
    assert template.boilerplate() == []


def test_line_repeated_within_a_page_counts_once_for_that_page():
    template = SiteTemplate()
    template.observe("https://example.az/a", [*_article("Ganja"), FOLLOW, FOLLOW])

    assert template.counts[fingerprint(FOLLOW)] == 1


def test_newsletter_sentence_glued_to_the_last_paragraph_is_cut():
    follow = "Keep following us on Example News for updates."
    pages = {}
    for town in TOWNS:
        *body, last = _article(town)
        pages[f"https://example.com/{town}"] = [*body, f"{last} {follow}", COOKIES]
    template = _learned(pages)
    *body, last = _article("Barda")

    kept, _ = template.strip([*body, f"{last} {follow}", COOKIES])
    paragraphs, removed = template.strip_sentences(kept)

    assert paragraphs == [*body, last]
    assert removed == [follow]


def test_last_paragraph_without_a_template_sentence_is_untouched():
    template = _learned(_site())
    article = _article("Barda")

    paragraphs, removed = template.strip_sentences(article)

    assert paragraphs == article
    assert removed == []


def test_json_round_trip_keeps_what_was_learned():
    template = _learned(_site())

    stored = json.loads(json.dumps(template.to_json()))
    restored = SiteTemplate.from_json(stored)

    assert restored == template
    assert restored.strip(_page("Barda")) == template.strip(_page("Barda"))
    restored.observe("https://example.az/news/ganja", _page("Ganja"))
    assert restored.source_pages == template.source_pages


def test_stored_template_is_bounded_and_keeps_the_recurring_lines():
    template = SiteTemplate()
    for number in range(300):
        # Every page brings a dozen lines never seen again (as articles do).
        unique = [f"Line {word} of story {number} {word * number}" for word in "abcdefghijkl"]
        template.observe(f"https://example.az/{number}", [*unique, FOLLOW, COOKIES])

    stored = template.to_json()

    assert len(stored["entries"]) <= MAX_FINGERPRINTS
    assert len(json.dumps(stored)) < 100_000
    restored = SiteTemplate.from_json(stored)
    assert {fingerprint(FOLLOW), fingerprint(COOKIES)} <= set(restored.boilerplate())


def test_line_a_long_watched_site_starts_repeating_is_learned_within_a_few_hundred_pages():
    template = SiteTemplate()
    for number in range(AGE_AFTER_PAGES + 1):
        template.observe(f"https://example.az/old/{number}", [COOKIES])
    for number in range(500):
        template.observe(f"https://example.az/new/{number}", [FOLLOW])

    assert fingerprint(FOLLOW) in template.boilerplate()
    assert template.source_pages <= AGE_AFTER_PAGES


def test_fingerprint_ignores_whitespace_case_digits_and_punctuation():
    assert fingerprint("Read 3 more stories!") == fingerprint("  read   12 MORE stories ")
    assert fingerprint("«Подписывайтесь на наш канал»") == fingerprint(
        "подписывайтесь на НАШ канал"
    )
    assert fingerprint("Bizi izləyin") != fingerprint("Bizi oxuyun")
    # Stored templates are compared across processes: the hash must not be salted.
    assert fingerprint("Follow us") == "1bc02a840a987b67"


# The sample newsroom: real trafilatura output on six outlets' own page layouts.

BASE = "http://127.0.0.1:8100"


@pytest.fixture(scope="module")
def newsroom_pages():
    """outlet slug -> [(url, ground-truth paragraphs, extracted paragraphs)]"""
    newsroom = generate(1, now=datetime(2026, 11, 25, 12, tzinfo=UTC))
    pages = {}
    for outlet in newsroom.outlets:
        pages[outlet.slug] = []
        for article in newsroom.articles_of(outlet.slug):
            url = BASE + article.path
            html = render_article(newsroom, outlet, article, BASE)
            extracted = extract_article(html, url).text.split("\n\n")
            # A paragraph shown as a bulleted list comes out as one line per item.
            truth = [p for i, p in enumerate(article.paragraphs) if i != article.bullets]
            pages[outlet.slug].append((url, truth, extracted))
    return pages


def test_no_article_paragraph_of_the_sample_newsroom_is_removed(newsroom_pages):
    for outlet, pages in newsroom_pages.items():
        template = SiteTemplate()
        for url, _, extracted in pages:
            template.observe(url, extracted)

        for url, truth, extracted in pages:
            kept, removed = template.strip(extracted)
            kept, _ = template.strip_sentences(kept)
            assert not set(truth) & set(removed), (outlet, url)
            assert set(truth) <= set(kept), (outlet, url)


def test_newsletter_line_on_every_newsroom_page_is_stripped(newsroom_pages):
    follow = "Следите за нашими новостями в Telegram."
    pages = newsroom_pages["depesha-dnya"]
    template = SiteTemplate()
    for url, _, extracted in pages:
        template.observe(url, [*extracted, follow])

    for _, truth, extracted in pages:
        kept, removed = template.strip([*extracted, follow])
        assert removed == [follow]
        assert set(truth) <= set(kept)
