"""Revisions: a source edits an article after Kiosk archived it."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from kiosk.crawl.pipeline import crawl_due
from kiosk.crawl.revisions import diff_versions, next_revisit
from kiosk.news.models import Article
from kiosk.sources.services import register_source
from tests.loopback import Route
from tests.pages import article_page, rss_feed

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
FIRST = [
    "The city council approved the new tram line on Tuesday after a debate that lasted "
    "well into the evening, with twenty-one votes in favour and four against.",
    "Construction is due to begin in the spring and the first trams should carry "
    "passengers between the station and the university within two years.",
    "Residents of the old town asked for quieter rails and more frequent stops, and the "
    "transport department promised a public meeting before the final plans are drawn.",
]
CORRECTED = [
    FIRST[0].replace("twenty-one", "nineteen").replace("four against", "six against"),
    FIRST[1],
    FIRST[2],
    "Correction: an earlier version of this article gave the wrong number of votes.",
]


def test_next_revisit_follows_the_schedule_then_stops():
    archived = START
    assert next_revisit(archived, START) == START + timedelta(hours=1)
    assert next_revisit(archived, START + timedelta(hours=2)) == START + timedelta(hours=6)
    assert next_revisit(archived, START + timedelta(hours=80)) is None


def test_diff_shows_words_changed_inside_a_paragraph_and_added_paragraphs():
    diff = diff_versions("Tram line approved", FIRST, "Tram line approved by council", CORRECTED)
    assert diff.title_changed
    assert [s.text for s in diff.title if s.kind == "added"] == [" by council"]
    kinds = [p.kind for p in diff.paragraphs]
    assert kinds == ["changed", "same", "same", "added"]
    changed = diff.paragraphs[0].segments
    assert {s.text for s in changed if s.kind == "removed"} == {"twenty-one", "four"}
    assert {s.text for s in changed if s.kind == "added"} == {"nineteen", "six"}
    # Unchanged paragraphs far from any change are folded for the reader.
    shown = diff.in_context(context=0)
    assert [p.kind for p in shown] == ["changed", "skipped", "added"]
    assert shown[1].count == 2


def test_unrelated_paragraph_replacing_another_is_removed_and_added():
    diff = diff_versions("T", ["A quiet day at the harbour."], "T", ["Storm warning issued."])
    assert [p.kind for p in diff.paragraphs] == ["removed", "added"]
    assert not diff.title_changed


@pytest.fixture
def tram(loopback):
    """A source with one article whose page the test can edit, with an ETag per version."""
    state = {"title": "Tram line approved", "paragraphs": FIRST, "nav": "Home"}

    def serve(handler):
        body = article_page(state["title"], state["paragraphs"], published=START)
        body = body.replace(b">Home<", f">{state['nav']}<".encode())
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        if handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("ETag", etag)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    loopback.routes["/tram.html"] = Route(handler=serve)
    loopback.routes["/rss.xml"] = Route(
        body=rss_feed([("Tram line approved", loopback.url("/tram.html"), START)]),
        headers={"Content-Type": "application/rss+xml"},
    )
    register_source(
        slug="city",
        name="City Courier",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )
    return state


def _crawl_at(moment: datetime):
    with time_machine.travel(moment, tick=True):
        return crawl_due(force=True)


pytestmark = pytest.mark.django_db


def test_edited_article_keeps_both_versions_and_is_marked_updated(tram, loopback):
    _crawl_at(START)
    article = Article.objects.get()
    assert article.updated_at is None
    assert article.next_check_at == article.archived_at + timedelta(hours=1)

    tram["title"] = "Tram line approved by council"
    tram["paragraphs"] = CORRECTED
    [report] = _crawl_at(START + timedelta(hours=1, minutes=5))

    assert report.revised == 1
    article.refresh_from_db()
    assert article.title == "Tram line approved by council"
    assert "nineteen votes" in article.body and "Correction:" in article.body
    assert article.updated_at is not None and article.updated_at > article.archived_at
    assert article.next_check_at == article.archived_at + timedelta(hours=6)
    first, second = article.captures.order_by("fetched_at")
    assert first.title == "Tram line approved" and "twenty-one" in first.body
    assert second.title == article.title and second.sha256 != first.sha256
    assert b"nineteen" in second.original() and b"twenty-one" in first.original()


def test_unchanged_page_is_asked_conditionally_and_stores_nothing(tram, loopback):
    _crawl_at(START)
    [report] = _crawl_at(START + timedelta(hours=1, minutes=5))
    assert report.revised == 0
    article = Article.objects.get()
    assert article.captures.count() == 1
    revisit_headers = [h for path, h in loopback.requests if path == "/tram.html"][-1]
    assert revisit_headers.get("If-None-Match")
    assert article.next_check_at == article.archived_at + timedelta(hours=6)


def test_change_only_around_the_article_is_not_a_revision(tram):
    _crawl_at(START)
    tram["nav"] = "Front page"  # the site's menu changed, the article did not
    [report] = _crawl_at(START + timedelta(hours=1, minutes=5))
    article = Article.objects.get()
    assert report.revised == 0 and article.updated_at is None
    assert article.captures.count() == 1


def test_article_removed_at_the_source_stays_archived_and_is_not_asked_again(tram, loopback):
    _crawl_at(START)
    loopback.routes["/tram.html"] = Route(404, b"gone")
    _crawl_at(START + timedelta(hours=1, minutes=5))
    article = Article.objects.get()
    assert article.next_check_at is None and article.title == "Tram line approved"
    hits = loopback.hits["/tram.html"]
    _crawl_at(START + timedelta(hours=7))
    assert loopback.hits["/tram.html"] == hits


def test_old_articles_are_left_alone(tram, loopback):
    _crawl_at(START)
    for hours in (1.1, 6.1, 24.1, 72.1):
        _crawl_at(START + timedelta(hours=hours))
    assert Article.objects.get().next_check_at is None
    hits = loopback.hits["/tram.html"]
    _crawl_at(START + timedelta(days=5))
    assert loopback.hits["/tram.html"] == hits == 5  # the first fetch and four revisits


def test_archive_page_lists_versions_with_a_readable_diff(tram, client):
    _crawl_at(START)
    tram["title"] = "Tram line approved by council"
    tram["paragraphs"] = CORRECTED
    _crawl_at(START + timedelta(hours=1, minutes=5))
    article = Article.objects.get()

    page = client.get(f"/en/article/{article.pk}/archive/").content.decode()

    assert "Version 2" in page and "Version 1" in page
    assert "changed this article once" in page
    assert "<del>twenty-one</del>" in page and "<ins>nineteen</ins>" in page
    assert "<ins>Correction: an earlier version" in page
    first, second = article.captures.order_by("fetched_at")
    assert first.sha256 in page and second.sha256 in page
    assert page.index(second.sha256) < page.index(first.sha256)  # newest first


def test_article_page_says_it_was_updated_and_links_to_the_changes(tram, client):
    _crawl_at(START)
    tram["paragraphs"] = CORRECTED
    _crawl_at(START + timedelta(hours=1, minutes=5))
    article = Article.objects.get()

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Updated " in page
    assert f'<a href="/en/article/{article.pk}/archive/">see what changed</a>' in page
