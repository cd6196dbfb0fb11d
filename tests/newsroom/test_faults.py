"""Faults on request: a flaky outlet (503s, a reset connection) and an ill-formed feed."""

import socket
from urllib.parse import urlsplit

import feedparser
import httpx
import pytest

from kiosk.newsroom.server import NewsroomServer

FLAKY = "meridian-wire"


@pytest.fixture(scope="module")
def flaky(newsroom):
    with NewsroomServer(newsroom, faults=True) as running:
        yield running


@pytest.fixture
def client():
    with httpx.Client(timeout=5) as session:
        yield session


def test_faults_are_off_by_default(newsroom, client):
    with NewsroomServer(newsroom) as calm:
        faulted = NewsroomServer(newsroom, faults=True).faulted_paths(FLAKY)
        first_tries = [client.get(calm.url(FLAKY, path)).status_code for path in faulted]
        feed = feedparser.parse(client.get(calm.feed_url("seher-bulleteni")).content)

        assert calm.faulted_paths(FLAKY) == []
        assert faulted
        assert first_tries == [200] * len(faulted)
        assert not feed.bozo


def test_about_every_fourth_flaky_article_answers_503_once_then_200(newsroom, flaky, client):
    paths = [article.path for article in newsroom.articles_of(FLAKY)]
    unavailable = flaky.faulted_paths(FLAKY, "unavailable")

    assert len(paths) // 4 <= len(unavailable) <= len(paths) // 4 + 1
    for path in unavailable:
        first = client.get(flaky.url(FLAKY, path))
        second = client.get(flaky.url(FLAKY, path))
        assert first.status_code == 503
        assert first.headers["retry-after"] == "1"
        assert second.status_code == 200
        assert second.headers["content-type"] == "text/html; charset=utf-8"
    faulted = set(flaky.faulted_paths(FLAKY))
    healthy = [path for path in paths if path not in faulted]
    assert [client.get(flaky.url(FLAKY, path)).status_code for path in healthy[:5]] == [200] * 5


def test_one_flaky_article_is_reset_mid_body_once_then_served_whole(flaky, client):
    [path] = flaky.faulted_paths(FLAKY, "reset")
    address = urlsplit(flaky.base_urls[FLAKY])
    received = b""

    with socket.create_connection((address.hostname, address.port), timeout=5) as raw:
        raw.sendall(f"GET {path} HTTP/1.1\r\nHost: {address.netloc}\r\n\r\n".encode())
        with pytest.raises(ConnectionResetError):
            while chunk := raw.recv(65536):
                received += chunk
    again = client.get(flaky.url(FLAKY, path))

    head, _, partial = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK")
    assert 0 < len(partial) < len(again.content)
    assert again.status_code == 200
    assert again.content.startswith(partial)
    assert set(flaky.faulted_paths(FLAKY)) == {path, *flaky.faulted_paths(FLAKY, "unavailable")}


def test_only_the_flaky_outlet_has_faulted_pages(newsroom, flaky):
    for outlet in newsroom.outlets:
        if outlet.slug != FLAKY:
            assert flaky.faulted_paths(outlet.slug) == []


def test_ill_formed_feed_still_yields_every_entry_to_a_forgiving_parser(newsroom, flaky, client):
    response = client.get(flaky.feed_url("seher-bulleteni"))
    feed = feedparser.parse(response.content)
    articles = newsroom.articles_of("seher-bulleteni")

    assert b"<title>Foto&Video: " in response.content
    assert feed.bozo
    assert len(feed.entries) == len(articles)
    assert [entry.link for entry in feed.entries] == [
        flaky.url("seher-bulleteni", article.path) for article in articles
    ]
    assert articles[1].title in feed.entries[1].title
