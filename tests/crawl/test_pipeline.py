from datetime import UTC, datetime

import pytest

from kiosk.crawl.pipeline import crawl_due
from kiosk.news.models import Article
from kiosk.sources.services import register_source
from tests.loopback import Route
from tests.pages import article_page, rss_feed

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
BODY = [
    "Fishermen in the northern harbour reported the largest sturgeon catch in a decade, "
    "and the port authority said the season would be extended by two weeks.",
    "Biologists from the marine institute will sample the catch to learn whether the "
    "recovery of the stock is lasting or a single good year.",
]

pytestmark = pytest.mark.django_db


@pytest.fixture
def gazette(loopback):
    loopback.routes["/a.html"] = Route(body=article_page("Record catch", BODY, published=WHEN))
    loopback.routes["/b.html"] = Route(
        body=article_page("Season extended", BODY[::-1], published=WHEN)
    )
    loopback.routes["/rss.xml"] = Route(
        body=rss_feed(
            [
                ("Record catch", loopback.url("/a.html?utm_source=rss"), WHEN),
                ("Season extended", loopback.url("/b.html"), WHEN),
                ("Gone", loopback.url("/missing.html"), WHEN),
            ]
        ),
        headers={"Content-Type": "application/rss+xml"},
    )
    source = register_source(
        slug="gazette",
        name="Harbour Gazette",
        homepage=loopback.url("/"),
        feed_url=loopback.url("/rss.xml"),
        language="en",
        is_local=True,
    )
    return source


def test_crawl_stores_new_articles_and_reports_failures(gazette, loopback):
    [report] = crawl_due()
    assert (report.found, report.new, report.failed) == (3, 2, 1)
    assert "HTTP 404" in report.entry_errors[0]
    article = Article.objects.get(title="Record catch")
    assert article.url == loopback.url("/a.html")  # canonical: tracking parameter dropped
    assert article.body == "\n\n".join(BODY)
    assert article.published_at == WHEN
    assert article.source == gazette and article.language == "en"
    gazette.refresh_from_db()
    assert gazette.next_fetch_at > gazette.last_fetched_at
    assert "1 of 3 entries failed" in gazette.last_error


def test_second_crawl_stores_nothing_twice_and_refetches_nothing(gazette, loopback):
    crawl_due()
    [report] = crawl_due(force=True)
    assert (report.new, report.known) == (0, 2)
    assert Article.objects.count() == 2
    assert loopback.hits["/a.html?utm_source=rss"] == 1


def test_source_not_due_is_skipped(gazette):
    crawl_due()
    assert crawl_due() == []


def test_one_broken_source_does_not_stop_the_others(gazette, loopback):
    register_source(
        slug="broken",
        name="Broken Feed",
        homepage=loopback.url("/"),
        feed_url=loopback.url("/nothing.xml"),
        language="en",
        is_local=True,
    )
    reports = {r.source: r for r in crawl_due()}
    assert "HTTP 404" in reports["Broken Feed"].error
    assert reports["Harbour Gazette"].new == 2


def test_private_address_is_refused_for_a_source_not_marked_local(gazette):
    gazette.is_local = False
    gazette.save()
    [report] = crawl_due()
    assert "non-public address" in report.error
    assert Article.objects.count() == 0
