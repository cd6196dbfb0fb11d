"""Provenance: every crawled article keeps the bytes it came from, and can be re-extracted."""

import hashlib
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import call_command

from kiosk.crawl.pipeline import crawl_due
from kiosk.news.models import Article, Capture
from kiosk.sources.services import register_source
from tests.loopback import Route
from tests.pages import article_page, rss_feed

pytestmark = pytest.mark.django_db
WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
BODY = [
    "The museum of carpets opened a new hall for the weavers of the northern villages, "
    "with looms that visitors may try under the eye of a master.",
    "Its curators said the collection had doubled in five years, mostly through gifts from "
    "families who kept the carpets of their grandparents.",
]


@pytest.fixture
def crawled(loopback):
    page = article_page("Museum opens hall", BODY, published=WHEN)
    loopback.routes["/a.html"] = Route(
        body=page, headers={"Content-Type": "text/html; charset=utf-8", "X-Served-By": "test"}
    )
    loopback.routes["/rss.xml"] = Route(
        body=rss_feed([("Museum opens hall", loopback.url("/a.html"), WHEN)]),
        headers={"Content-Type": "application/rss+xml"},
    )
    register_source(
        slug="museum",
        name="Museum News",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )
    crawl_due()
    return page


def test_the_original_bytes_headers_and_url_are_archived(crawled, loopback):
    article = Article.objects.get()
    capture = article.captures.get()
    assert capture.original() == crawled
    assert capture.sha256 == hashlib.sha256(crawled).hexdigest()
    assert capture.size == len(crawled) > len(capture.compressed)
    assert capture.headers["x-served-by"] == "test"
    assert (capture.status, capture.final_url) == (200, loopback.url("/a.html"))
    assert capture.fetched_at == article.archived_at


def test_reextract_restores_the_text_from_the_archive_without_fetching(crawled, loopback):
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(body="damaged", title="damaged")
    hits = dict(loopback.hits)
    out = StringIO()
    call_command("reextract", "--article", str(article.pk), stdout=out)
    article.refresh_from_db()
    assert article.body == "\n\n".join(BODY) and article.title == "Museum opens hall"
    assert "1 changed, 0 unchanged" in out.getvalue()
    assert loopback.hits == hits


def test_reextract_of_a_source_reports_unchanged_articles(crawled):
    out = StringIO()
    call_command("reextract", "--source", "museum", stdout=out)
    assert "0 changed, 1 unchanged, 0 failed, 0 without an archived original" in out.getvalue()


def test_article_and_capture_are_written_together(crawled):
    assert Article.objects.count() == Capture.objects.count() == 1


def test_public_archive_page_shows_hash_times_and_urls(client, crawled, loopback):
    article = Article.objects.get()
    capture = article.captures.get()
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'href="/en/article/{article.pk}/archive/"' in page
    archive = client.get(f"/en/article/{article.pk}/archive/").content.decode()
    assert capture.sha256 in archive
    assert loopback.url("/a.html") in archive
    assert f"/en/article/{article.pk}/original/{capture.pk}/" in archive


def test_original_is_a_download_that_cannot_run_on_the_portal(client, crawled):
    article = Article.objects.get()
    capture = article.captures.get()
    response = client.get(f"/en/article/{article.pk}/original/{capture.pk}/")
    assert response.content == crawled
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_capture_of_another_article_is_not_served(client, crawled):
    article = Article.objects.get()
    capture = article.captures.get()
    assert client.get(f"/en/article/{article.pk + 1}/original/{capture.pk}/").status_code == 404


def test_archive_page_is_translated(client, crawled):
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(language="ru")
    page = client.get(f"/ru/article/{article.pk}/archive/").content.decode()
    assert "Сохранённые оригиналы" in page and "Скачать оригинал" in page


def test_a_page_without_text_is_archived_but_never_shown(client, loopback):
    loopback.routes["/gallery.html"] = Route(
        body=b"<html><body><nav>Home</nav><img src=a.jpg><img src=b.jpg></body></html>",
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    loopback.routes["/rss.xml"] = Route(
        body=rss_feed([("Photos of the week", loopback.url("/gallery.html"), WHEN)]),
        headers={"Content-Type": "application/rss+xml"},
    )
    register_source(
        slug="photos",
        name="Photo Desk",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )
    [report] = crawl_due()
    assert report.failed == 1 and "No article text found" in report.entry_errors[0]
    article = Article.objects.get()
    assert article.status == Article.Status.NO_TEXT and article.title == "Photos of the week"
    assert article.captures.get().original().startswith(b"<html><body><nav>")
    assert "Photos of the week" not in client.get("/en/").content.decode()
    assert client.get(f"/en/article/{article.pk}/").status_code == 404
    [again] = crawl_due(force=True)
    assert again.known == 1 and loopback.hits["/gallery.html"] == 1  # settled, not refetched


def test_reextract_fills_the_html_of_an_article_stored_without_it(crawled):
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(body_html="")
    call_command("reextract", "--article", str(article.pk), stdout=StringIO())
    article.refresh_from_db()
    assert article.body_html.startswith("<p>The museum of carpets opened a new hall")
    assert article.body_html.count("<p>") == 2
