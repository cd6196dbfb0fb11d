"""The page cache: anonymous pages served without rendering, never stale."""

import pytest
from django.utils import timezone

from kiosk.news.models import Article
from kiosk.news.services import take_down_articles
from tests.factories import make_article, make_capture, make_source

pytestmark = pytest.mark.django_db


def test_second_anonymous_request_is_served_without_a_query(client, django_assert_num_queries):
    make_article(title="Cached story")
    first = client.get("/en/")
    with django_assert_num_queries(0):
        second = client.get("/en/")
    assert second.status_code == 200 and second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert "max-age=30" in second["Cache-Control"] and "public" in second["Cache-Control"]
    assert second["Content-Language"] == "en"


def test_a_new_article_shows_at_once(client):
    source = make_source()
    make_article(source, title="First story")
    before = client.get("/en/")
    make_article(source, title="Second story")
    after = client.get("/en/")
    assert "Second story" in after.content.decode()
    assert after["ETag"] != before["ETag"]


def test_takedown_leaves_cached_pages_and_feeds_at_once(client):
    article = make_article(title="Doomed story")
    assert "Doomed story" in client.get("/en/latest/feed.rss").content.decode()
    assert "Doomed story" in client.get("/en/").content.decode()
    take_down_articles(Article.objects.filter(pk=article.pk), reason="court order")
    assert "Doomed story" not in client.get("/en/").content.decode()
    assert "Doomed story" not in client.get("/en/latest/feed.rss").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_revalidation_with_the_etag_gets_304(client, django_assert_num_queries):
    make_article()
    etag = client.get("/en/")["ETag"]
    with django_assert_num_queries(0):
        response = client.get("/en/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response.content == b""
    assert client.get("/en/", HTTP_IF_NONE_MATCH='"stale"').status_code == 200


def test_logged_in_readers_always_get_a_fresh_page(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a long passphrase 42")
    client.force_login(user)
    make_article()
    response = client.get("/en/")
    assert "ETag" not in response  # not from the page cache


def test_editions_are_cached_apart(client):
    make_article(title="English story")
    make_article(make_source(language="ru"), title="Русская история")
    assert "English story" in client.get("/en/").content.decode()
    ru = client.get("/ru/").content.decode()
    assert "Русская история" in ru and "English story" not in ru


def test_original_downloads_are_not_replayed_from_the_cache(client):
    article = make_article(published_at=timezone.now())
    capture = make_capture(article, b"<html><script>alert(1)</script></html>")
    url = f"/en/article/{article.pk}/original/{capture.pk}/"
    client.get(url)
    again = client.get(url)
    assert again["Content-Disposition"].startswith("attachment")
    assert "sandbox" in again["Content-Security-Policy"]


def wsgi_get(path: str, **headers) -> tuple[str, dict[str, str], bytes]:
    """A request through the production WSGI entry point (wsgi.py), as gunicorn makes it."""
    from io import BytesIO

    from kiosk.wsgi import application

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": BytesIO(),
        "wsgi.errors": BytesIO(),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen["status"], seen["headers"] = status, dict(response_headers)

    body = b"".join(application(environ, start_response))
    return seen["status"], seen["headers"], body


def test_wsgi_entry_point_serves_hits_and_304s_before_django(client, django_assert_num_queries):
    make_article(title="Served by the wrapper")
    status, headers, first = wsgi_get("/en/")
    assert status == "200 OK" and b"Served by the wrapper" in first
    with django_assert_num_queries(0):
        status, again_headers, again = wsgi_get("/en/")
        assert (status, again) == ("200 OK", first)
        assert again_headers["ETag"] == headers["ETag"]
        assert again_headers["Content-Type"].startswith("text/html")
        status, _, body = wsgi_get("/en/", if_none_match=headers["ETag"])
        assert (status, body) == ("304 Not Modified", b"")
    make_article(title="A newer story")
    status, _, fresh = wsgi_get("/en/")
    assert b"A newer story" in fresh


def test_wsgi_entry_point_never_serves_cached_pages_to_a_session(client):
    make_article()
    wsgi_get("/en/")
    _, headers, _ = wsgi_get("/en/", cookie="sessionid=abc")
    assert "ETag" not in headers
