"""Hostile input, each served by a local server: every case ends as a clear error recorded
against its own source, or a correct partial result; the crawl goes on for the others."""

import gzip
import time
from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings

from kiosk.crawl.pipeline import crawl_due
from kiosk.crawl.robots import forget_policies
from kiosk.news.models import Article
from kiosk.sources.models import FetchLog, Source
from kiosk.sources.services import register_source
from tests.crawl.test_fetch import reset_mid_body
from tests.loopback import LoopbackServer, Route
from tests.pages import article_page, rss_feed

pytestmark = pytest.mark.django_db
WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
BODY = [
    "The regional library reopened its reading room after a year of repairs, with new "
    "lighting, wider aisles and a corner for children who come with their parents.",
    "Librarians said the archive of local newspapers, some of them a century old, will be "
    "scanned over the winter and made available to readers in the spring.",
]
RSS = {"Content-Type": "application/rss+xml"}
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>"""


def slow_forever(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    try:
        while True:
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.05)
    except OSError:
        pass


def feed(items):
    return Route(body=rss_feed(items), headers=RSS)


@pytest.fixture(scope="module")
def hostile_server():
    server = LoopbackServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def hostile(hostile_server, django_db_setup, django_db_blocker):
    """Serve every case, register one source each, crawl them all once for the module."""
    with override_settings(KIOSK_FETCH_TIMEOUT=1.5), django_db_blocker.unblock():
        forget_policies()
        yield serve_and_crawl(hostile_server)
        FetchLog.objects.all().delete()
        Article.objects.all().delete()
        Source.objects.all().delete()


def serve_and_crawl(loopback) -> dict:
    url = loopback.url
    page = article_page("Library reopens", BODY, published=WHEN)
    loopback.routes["/good.html"] = Route(body=page)
    loopback.routes["/rel/story.html"] = Route(body=page)
    loopback.routes["/dup.html"] = Route(body=page)
    loopback.routes["/nodate.html"] = Route(body=page)
    cp1251_page = (
        article_page(
            "Библиотека открылась",
            [
                "Читальный зал снова открыт для всех жителей города после ремонта, "
                "длившегося целый год.",
                "Архив местных газет за сто лет оцифруют за зиму и откроют читателям весной; "
                "библиотекари просят горожан приносить старые номера, которых нет в фондах.",
            ],
            published=WHEN,
        )
        .decode()
        .replace('charset="utf-8"', "")
    )
    loopback.routes["/cp1251.html"] = Route(
        body=cp1251_page.encode("windows-1251"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    routes = {
        "good": feed([("Library reopens", url("/good.html"), WHEN)]),
        "malformed": Route(
            body=rss_feed([("Library reopens", url("/good.html"), WHEN)]).replace(
                b"<title>Library reopens", b"<title>Library & archive reopen"
            ),
            headers=RSS,
        ),
        "truncated": Route(
            body=rss_feed([("Library reopens", url("/good.html"), WHEN)])[:-40], headers=RSS
        ),
        "bomb": Route(body=BOMB, headers=RSS),
        "html": Route(body=b"<!doctype html><html><body><p>Welcome!</p></body></html>"),
        "huge": Route(body=b"x", headers={**RSS, "Content-Length": str(5 * 1024**3)}),
        "slow": Route(handler=slow_forever),
        "loop": Route(302, headers={"Location": "/feeds/loop.xml"}),
        "403": Route(403, b"no"),
        "404": Route(404, b"no"),
        "410": Route(410, b"gone"),
        "429": Route(429, b"busy", headers={"Retry-After": "600"}),
        "500": Route(500, b"oops"),
        "503": Route(503, b"down"),
        "reset": Route(handler=reset_mid_body),
        "gzip-bomb": Route(
            body=gzip.compress(b"\0" * 30_000_000), headers={**RSS, "Content-Encoding": "gzip"}
        ),
        "duplicates": feed([("Library reopens", url("/dup.html"), WHEN)] * 3),
        "relative": feed([("Library reopens", "/rel/story.html", WHEN)]),
        "future": feed(
            [("Library reopens", url("/good.html?from=future"), WHEN + timedelta(days=3650))]
        ),
        "charset": feed([("Библиотека открылась", url("/cp1251.html"), WHEN)]),
        "nodates": Route(
            body=rss_feed([("Library reopens", url("/nodate.html"), WHEN)])
            .replace(b"<pubDate>", b"<!--")
            .replace(b"</pubDate>", b"-->"),
            headers=RSS,
        ),
        "nolinks": Route(
            body=b'<rss version="2.0"><channel><title>T</title><item><title>'
            b"No link</title></item></channel></rss>",
            headers=RSS,
        ),
    }
    for name, route in routes.items():
        loopback.routes[f"/feeds/{name}.xml"] = route
        # The 429 source asks for a 10-minute pause: give it a host of its own ("localhost"
        # is another host than "127.0.0.1" to the crawler) so the others are not postponed.
        if name == "429":
            own_host = loopback.url(f"/feeds/{name}.xml").replace("127.0.0.1", "localhost")
            register_source(
                slug=name,
                name=name,
                homepage=own_host,
                language="en",
                feed_urls=[own_host],
                is_local=True,
            )
            continue
        register_source(
            slug=name,
            name=name,
            homepage=url("/"),
            language="en",
            feed_urls=[url(f"/feeds/{name}.xml")],
            is_local=True,
        )
    return {r.slug: r for r in crawl_due()}


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("bomb", "XML entities"),
        ("html", "HTML page"),
        ("huge", "declares 5,368,709,120 bytes"),
        ("slow", "took longer than 1.5 s"),
        ("loop", "More than 5 redirects"),
        ("403", "refuses access"),
        ("404", "does not exist"),
        ("410", "gone for good"),
        ("429", "Too Many Requests"),
        ("500", "server error"),
        ("503", "unavailable"),
        ("reset", "broke"),
        ("gzip-bomb", "limit|compression bomb"),
        ("nolinks", "link"),
    ],
)
def test_each_failure_is_recorded_against_its_source_only(hostile, slug, message):
    import re

    assert re.search(message, hostile[slug].error), hostile[slug].error
    source = Source.objects.get(slug=slug)
    assert source.error_streak == 1 and re.search(message, source.last_error)
    log = source.fetch_logs.get()
    assert log.outcome == FetchLog.Outcome.ERROR and re.search(message, log.error)


def test_the_crawl_goes_on_and_good_results_are_stored_once(hostile):
    for slug in (
        "good",
        "malformed",
        "truncated",
        "duplicates",
        "relative",
        "future",
        "charset",
        "nodates",
    ):
        assert hostile[slug].error == "", (slug, hostile[slug].error)
    # good (also in malformed and truncated), dup, rel, future, nodate
    assert Article.objects.filter(title="Library reopens").count() == 5
    assert Source.objects.get(slug="429").next_fetch_at >= datetime.now(UTC) + timedelta(
        seconds=590
    )


def test_a_long_retry_after_postpones_the_hosts_other_sources_without_blame(loopback):
    loopback.routes["/busy.xml"] = Route(429, b"busy", headers={"Retry-After": "600"})
    loopback.routes["/fine.xml"] = feed([("Library reopens", loopback.url("/good.html"), WHEN)])
    for name in ("busy", "fine"):
        register_source(
            slug=name,
            name=name,
            homepage=loopback.url("/"),
            language="en",
            feed_urls=[loopback.url(f"/{name}.xml")],
            is_local=True,
        )
    reports = {r.slug: r for r in crawl_due(slugs=["busy", "fine"])}
    assert "429" in reports["busy"].error
    fine = Source.objects.get(slug="fine")
    assert reports["fine"].postponed and reports["fine"].error == ""
    assert fine.error_streak == 0
    assert fine.next_fetch_at >= datetime.now(UTC) + timedelta(seconds=500)
    assert fine.fetch_logs.get().outcome == FetchLog.Outcome.POSTPONED


def test_duplicate_guids_are_fetched_once(hostile, hostile_server):
    loopback = hostile_server
    assert loopback.hits["/dup.html"] == 1


def test_relative_links_are_resolved(hostile, hostile_server):
    loopback = hostile_server
    assert Article.objects.filter(url=loopback.url("/rel/story.html")).exists()


def test_entry_without_a_date_takes_the_pages_date(hostile):
    assert Article.objects.get(url__endswith="/nodate.html").published_at == WHEN


def test_what_a_feed_got_wrong_is_logged_as_warnings(hostile):
    assert "not well-formed" in Source.objects.get(slug="malformed").fetch_logs.get().warnings
    assert "duplicate" in Source.objects.get(slug="duplicates").fetch_logs.get().warnings


def test_future_dates_become_the_fetch_time(hostile):
    article = Article.objects.get(url__endswith="from=future")
    assert article.published_at <= article.archived_at


def test_mislabelled_charset_is_read_right(hostile):
    article = Article.objects.get(title="Библиотека открылась")
    assert article.body.startswith("Читальный зал снова открыт")
