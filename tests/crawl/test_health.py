"""Extraction health: a site's redesign is flagged on the day it happens, with the page
that shows it, and the crawl goes on whatever the checks find."""

import json
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from kiosk.crawl import health
from kiosk.crawl.pipeline import check_health_now, crawl_due
from kiosk.news.models import Article
from kiosk.sources.models import GoldenPage, Source
from kiosk.sources.services import register_source
from tests.factories import make_article, make_source
from tests.loopback import Route
from tests.pages import article_page, rss_feed

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
TOPICS = ["harbour", "railway", "vineyard", "observatory"]


def story(topic: str) -> list[str]:
    """Four paragraphs of about 45 words each: an article long enough to be golden."""
    return [
        f"The {topic} council met on {day} to discuss the budget for the coming season, and "
        f"members agreed that the {topic} needed new equipment, more staff and a clearer "
        f"plan for the winter months, when visitors are few and repairs are most urgent. "
        f"Paragraph {n} of the {topic} report adds figures from the treasurer."
        for n, day in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday"], start=1)
    ]


def redesigned_page(title: str, paragraphs: list[str]) -> bytes:
    """The site's new layout: the article is rendered by a script, the HTML holds only
    the navigation and the footer."""
    data = json.dumps({"title": title, "paragraphs": paragraphs})
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Test Gazette</title></head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<div id="app"></div><script type="application/json" id="data">{data}</script>
<footer>Test Gazette, all rights reserved. Subscribe to our newsletter.</footer>
</body></html>""".encode()


@pytest.fixture
def gazette(loopback):
    items = []
    for topic in TOPICS:
        path = f"/{topic}.html"
        loopback.routes[path] = Route(
            body=article_page(topic.title(), story(topic), published=WHEN)
        )
        items.append((topic.title(), loopback.url(path), WHEN))
    loopback.routes["/rss.xml"] = Route(
        body=rss_feed(items), headers={"Content-Type": "application/rss+xml"}
    )
    return register_source(
        slug="gazette",
        name="Harbour Gazette",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )


def crawl_at(when: datetime):
    with time_machine.travel(when, tick=False):
        return crawl_due(force=True)


def test_first_long_articles_become_golden_pages(gazette):
    crawl_at(WHEN)
    golden = list(GoldenPage.objects.filter(source=gazette))
    assert len(golden) == health.GOLDEN_PAGES_PER_SOURCE
    for page in golden:
        article = Article.objects.get(url=page.url)
        assert page.expected_text == article.body and page.capture.article == article


def test_a_redesign_is_flagged_on_the_next_golden_check_with_the_page(gazette, loopback):
    crawl_at(WHEN)
    for topic in TOPICS:
        loopback.routes[f"/{topic}.html"] = Route(body=redesigned_page(topic, story(topic)))

    [report] = crawl_at(WHEN + timedelta(hours=25))

    assert report.error == ""
    gazette.refresh_from_db()
    flags = gazette.health_flags
    golden_urls = set(GoldenPage.objects.values_list("url", flat=True))
    assert {flag["kind"] for flag in flags} == {health.GOLDEN_CHANGED}
    assert {flag["url"] for flag in flags} == golden_urls
    assert "the site changed" in flags[0]["message"]
    assert all(flag["detected_at"].startswith("2026-11-25T10:30") for flag in flags)
    page = GoldenPage.objects.first()
    assert page.status == GoldenPage.Status.CHANGED and page.last_similarity < 0.5
    assert gazette.health_checked_at == WHEN + timedelta(hours=25)


def test_a_stable_site_gives_no_flag_and_is_checked_once_a_day(gazette):
    crawl_at(WHEN)
    url = GoldenPage.objects.first().url

    crawl_at(WHEN + timedelta(hours=2))
    assert GoldenPage.objects.get(url=url).checked_at is None  # not due yet
    crawl_at(WHEN + timedelta(hours=25))

    gazette.refresh_from_db()
    assert gazette.health_flags == []
    page = GoldenPage.objects.get(url=url)
    assert page.status == GoldenPage.Status.OK and page.last_similarity == 1.0
    assert page.checked_at == WHEN + timedelta(hours=25)


def test_an_extractor_change_is_told_apart_from_a_site_change(gazette):
    crawl_at(WHEN)
    # As if an older extractor had read these pages with their navigation and footer:
    # the site serves what it always did, and its archived originals now extract
    # differently too.
    old_reading = "Home Politics Sport Weather Contact Archive Login Subscribe " * 40
    GoldenPage.objects.update(expected_text=old_reading, archived_text=old_reading)

    crawl_at(WHEN + timedelta(hours=25))

    gazette.refresh_from_db()
    assert {flag["kind"] for flag in gazette.health_flags} == {health.EXTRACTOR_CHANGED}
    assert "not the site" in gazette.health_flags[0]["message"]


def test_a_golden_page_gone_from_the_site_is_its_own_flag(gazette, loopback):
    crawl_at(WHEN)
    gone = GoldenPage.objects.first()
    del loopback.routes[gone.url.removeprefix(loopback.base_url)]

    crawl_at(WHEN + timedelta(hours=25))

    gazette.refresh_from_db()
    [flag] = gazette.health_flags
    assert flag["kind"] == health.GOLDEN_UNREACHABLE and flag["url"] == gone.url
    assert "404" in flag["message"]
    gone.refresh_from_db()
    assert gone.status == GoldenPage.Status.UNREACHABLE


def test_a_failing_golden_check_does_not_break_the_crawl(gazette, loopback, monkeypatch):
    crawl_at(WHEN)
    loopback.routes["/rss.xml"].body = rss_feed(
        [("Vineyard", loopback.url("/vineyard.html"), WHEN), *_extra_item(loopback)]
    )

    def broken(*args, **kwargs):
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(health, "check_golden_page", broken)
    [report] = crawl_at(WHEN + timedelta(hours=25))

    assert report.error == "" and report.new == 1
    gazette.refresh_from_db()
    assert gazette.last_error == "" and gazette.error_streak == 0
    assert gazette.next_fetch_at > WHEN + timedelta(hours=25)


def _extra_item(loopback):
    loopback.routes["/late.html"] = Route(
        body=article_page("Late", story("lighthouse"), published=WHEN)
    )
    return [("Late", loopback.url("/late.html"), WHEN)]


def test_accepting_the_new_extraction_clears_the_flag(gazette, loopback):
    from kiosk.sources.services import accept_golden_extraction

    crawl_at(WHEN)
    page = GoldenPage.objects.first()
    path = page.url.removeprefix(loopback.base_url)
    # The site reworded the article (an editor's rewrite), which is right.
    rewritten = [
        "Heavy snow closed the mountain pass overnight; drivers waited in long queues "
        "while ploughs cleared drifts taller than trucks near the old customs post. " * 3,
        "Forecasters expect milder weather by Friday, though avalanche warnings remain "
        "in force for hikers and skiers across the northern ridges this week. " * 3,
    ]
    loopback.routes[path] = Route(body=article_page("Rewritten", rewritten, published=WHEN))
    crawl_at(WHEN + timedelta(hours=25))
    page.refresh_from_db()
    assert page.status == GoldenPage.Status.CHANGED

    assert accept_golden_extraction(page)

    gazette.refresh_from_db()
    assert gazette.health_flags == []
    page.refresh_from_db()
    assert "avalanche" in page.expected_text
    crawl_at(WHEN + timedelta(hours=50))
    gazette.refresh_from_db()
    assert gazette.health_flags == []


def stored(source: Source, *, long: int, short: int = 0, empty: int = 0) -> None:
    """Articles stored oldest first: `long` ones, then `short` ones, then `empty` ones."""
    for _ in range(long):
        make_article(source, body="A long paragraph of an article with many words. " * 40)
    for _ in range(short):
        make_article(source, body="Share this article.")
    for _ in range(empty):
        make_article(source, body="", status=Article.Status.NO_TEXT)


def test_a_drop_in_extracted_length_is_flagged_with_the_shortest_page():
    source = make_source()
    stored(source, long=60)
    for _ in range(19):
        make_article(source, body="Subscribe to our newsletter for more news like this one.")
    shortest = make_article(source, body="Share.")

    check_health_now([source])

    source.refresh_from_db()
    [flag] = source.health_flags
    assert flag["kind"] == health.LENGTH_DROP and flag["url"] == shortest.url
    assert "got shorter" in flag["message"]


def test_a_spike_of_empty_pages_is_flagged_with_the_latest_one():
    source = make_source()
    stored(source, long=60)
    stored(source, long=14, empty=5)
    latest_empty = make_article(source, body="", status=Article.Status.NO_TEXT)

    check_health_now([source])

    source.refresh_from_db()
    [flag] = source.health_flags
    assert flag["kind"] == health.EMPTY_SPIKE and flag["url"] == latest_empty.url
    assert flag["message"].startswith("6 of the last 20 pages gave no article text")


def test_a_few_empty_pages_in_a_site_that_always_has_some_are_no_spike():
    source = make_source()
    for _ in range(10):
        stored(source, long=8, empty=2)  # one page in five is a gallery, always
    stored(source, long=16, empty=4)

    check_health_now([source])

    source.refresh_from_db()
    assert source.health_flags == []


def test_a_flag_keeps_the_time_it_was_first_detected():
    source = make_source()
    stored(source, long=60, empty=20)
    with time_machine.travel(WHEN, tick=False):
        check_health_now([source])
    with time_machine.travel(WHEN + timedelta(hours=3), tick=False):
        check_health_now([source])
    source.refresh_from_db()
    [flag] = source.health_flags
    assert flag["detected_at"] == WHEN.isoformat()


def test_golden_pages_wait_while_the_site_is_down(gazette, loopback):
    crawl_at(WHEN)
    loopback.routes["/rss.xml"] = Route(503, b"down")
    for topic in TOPICS:
        del loopback.routes[f"/{topic}.html"]

    [report] = crawl_at(WHEN + timedelta(hours=25))

    assert report.error
    gazette.refresh_from_db()
    assert gazette.health_flags == [] and gazette.health_checked_at is None
