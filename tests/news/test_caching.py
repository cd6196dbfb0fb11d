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
