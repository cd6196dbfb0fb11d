"""The beacon: what counts as a view, and what is refused."""

import pytest
from django.test import Client

from kiosk.news.models import Article
from kiosk.news.services import take_down_articles
from kiosk.readership.selectors import view_total
from kiosk.readership.services import flush_views
from kiosk.readership.visitors import COOKIE_NAME
from tests.factories import make_article
from tests.readership.conftest import send_beacon

pytestmark = pytest.mark.django_db


def test_a_view_is_counted_after_the_flush_not_before(client):
    article = make_article()

    response = send_beacon(client, article.pk)

    assert response.status_code == 204
    assert view_total(article) == 0  # nothing written by the beacon itself
    flush_views()
    assert view_total(article) == 1


def test_a_repeated_visitor_counts_once_in_thirty_minutes(client):
    article = make_article()

    for _ in range(5):
        send_beacon(client, article.pk)
    send_beacon(Client(), article.pk, ip="198.51.100.9")  # another reader
    flush_views()

    assert view_total(article) == 2


def test_the_cookie_keeps_the_visitor_when_the_address_changes(client):
    article = make_article()

    first = send_beacon(client, article.pk, ip="203.0.113.7")
    cookie = first.cookies[COOKIE_NAME]
    again = send_beacon(client, article.pk, ip="192.0.2.44")  # same browser, new network
    flush_views()

    assert cookie["path"] == "/beacon/" and cookie["httponly"]
    assert len(cookie.value) == 32 and "203.0.113.7" not in cookie.value
    assert again.status_code == 204
    assert view_total(article) == 1


@pytest.mark.parametrize(
    "ua",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-httpx/0.28.1",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/131.0 Safari/537.36",
        "",
    ],
)
def test_bots_do_not_count(client, ua):
    article = make_article()

    response = send_beacon(client, article.pk, ua=ua)
    flush_views()

    assert response.status_code == 204
    assert view_total(article) == 0


@pytest.mark.parametrize(
    "header", [{"HTTP_SEC_PURPOSE": "prefetch;prerender"}, {"HTTP_PURPOSE": "prefetch"}]
)
def test_prefetches_do_not_count(client, header):
    article = make_article()

    send_beacon(client, article.pk, **header)
    flush_views()

    assert view_total(article) == 0


def test_unknown_and_taken_down_articles_are_refused(client):
    article = make_article()
    send_beacon(client, article.pk)

    take_down_articles(Article.objects.filter(pk=article.pk), reason="court order")
    after = send_beacon(Client(), article.pk, ip="192.0.2.2")
    unknown = send_beacon(client, 999_999)
    flush_views()

    assert after.status_code == 404
    assert unknown.status_code == 404
    assert view_total(article) == 1


def test_an_article_without_text_is_refused(client):
    article = make_article(status=Article.Status.NO_TEXT)

    assert send_beacon(client, article.pk).status_code == 404


@pytest.mark.parametrize("body", ["", "a=", "a=12x", "a=-3", "a=1;DROP", "a=" + "9" * 40, "x"])
def test_anything_but_an_article_id_is_rejected(client, body):
    make_article()

    assert send_beacon(client, 0, body=body).status_code == 400


def test_a_cross_site_beacon_is_refused(client):
    article = make_article()

    forged = send_beacon(client, article.pk, HTTP_ORIGIN="https://evil.example")
    fetched = send_beacon(client, article.pk, HTTP_SEC_FETCH_SITE="cross-site")
    ours = send_beacon(client, article.pk, HTTP_ORIGIN="http://testserver")
    flush_views()

    assert forged.status_code == 403 and fetched.status_code == 403
    assert ours.status_code == 204
    assert view_total(article) == 1


def test_the_beacon_needs_no_csrf_token_and_refuses_get(client):
    article = make_article()
    strict = client.__class__(enforce_csrf_checks=True)

    assert send_beacon(strict, article.pk).status_code == 204
    assert client.get("/beacon/").status_code == 405


def test_the_no_script_pixel_counts_once(client):
    article = make_article()

    first = client.get(f"/beacon/{article.pk}.gif", HTTP_USER_AGENT=UA_PIXEL)
    client.get(f"/beacon/{article.pk}.gif", HTTP_USER_AGENT=UA_PIXEL)
    flush_views()

    assert first.status_code == 200 and first["Content-Type"] == "image/gif"
    assert first["Cache-Control"].startswith("no-store") or "no-store" in first["Cache-Control"]
    assert view_total(article) == 1


UA_PIXEL = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"


def test_a_visitor_over_the_rate_limit_is_refused(client, settings):
    settings.KIOSK_VIEWS_RATE_LIMIT = 3
    articles = [make_article() for _ in range(5)]

    answers = [send_beacon(client, article.pk).status_code for article in articles]
    flush_views()

    assert answers == [204, 204, 204, 429, 429]
    assert sum(view_total(article) for article in articles) == 3


def test_the_beacon_writes_nothing_to_the_database(client, django_assert_max_num_queries):
    article = make_article()
    send_beacon(client, article.pk, ip="192.0.2.10")  # the published-id cache is filled

    with django_assert_max_num_queries(0):
        for n in range(20):
            send_beacon(Client(), article.pk, ip=f"192.0.2.{20 + n}")


def test_the_article_page_loads_the_beacon_and_shows_its_count(client):
    article = make_article()
    for n in range(3):
        send_beacon(Client(), article.pk, ip=f"192.0.2.{n}")
    flush_views()

    page = client.get(article.get_absolute_url()).content.decode()

    assert "readership/beacon.js" in page
    assert f'data-article="{article.pk}"' in page
    assert f'<img src="/beacon/{article.pk}.gif"' in page
    assert "Read 3 times" in page
    assert "Most read" in page


@pytest.mark.parametrize(
    "ua",
    [
        "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 YaBrowser/24.12 Safari/537.36",
    ],
)
def test_readers_browsers_count(client, ua):
    article = make_article()

    send_beacon(client, article.pk, ua=ua)
    flush_views()

    assert view_total(article) == 1
