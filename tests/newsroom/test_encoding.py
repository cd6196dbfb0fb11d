"""The legacy outlet in windows-1251: declared in headers and markup, readable, extractable."""

import html
from dataclasses import replace

import feedparser
import httpx
import pytest
import trafilatura

from kiosk.newsroom.feeds import render_feed
from kiosk.newsroom.generator import Newsroom
from kiosk.newsroom.pages import category_path, render_article
from tests.newsroom.overlap import token_f1

SLUG = "depesha-dnya"
HTML_TYPE = "text/html; charset=windows-1251"
META = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'


@pytest.fixture(scope="module")
def client():
    with httpx.Client(timeout=5) as session:
        yield session


def test_legacy_outlet_serves_home_sections_and_articles_in_windows_1251(newsroom, server, client):
    outlet = newsroom.outlet(SLUG)
    article = newsroom.articles_of(SLUG)[0]
    pages = {
        "home": client.get(server.url(SLUG, "/")),
        "section": client.get(server.url(SLUG, category_path(outlet, article.category))),
        "article": client.get(server.url(SLUG, article.path)),
    }

    for response in pages.values():
        assert response.status_code == 200
        assert response.headers["content-type"] == HTML_TYPE
        with pytest.raises(UnicodeDecodeError):
            response.content.decode("utf-8")
        assert META in response.content.decode("windows-1251")
    text = pages["article"].content.decode("windows-1251")
    assert html.escape(article.title) in text
    for paragraph in article.paragraphs:
        assert f"<p>{html.escape(paragraph)}</p>" in text
    assert outlet.name in pages["home"].content.decode("windows-1251")


def test_legacy_feed_is_windows_1251_xml_that_feed_readers_decode(newsroom, server, client):
    response = client.get(server.feed_url(SLUG))
    feed = feedparser.parse(response.content)
    articles = newsroom.articles_of(SLUG)

    assert response.headers["content-type"] == "application/rss+xml; charset=windows-1251"
    assert response.content.startswith(b'<?xml version="1.0" encoding="windows-1251"?>\n')
    assert not feed.bozo
    assert feed.encoding == "windows-1251"
    assert [entry.title for entry in feed.entries] == [article.title for article in articles]
    assert feed.feed.title == "Депеша дня"


def test_trafilatura_extracts_the_ground_truth_from_the_raw_windows_1251_bytes(
    newsroom, server, client
):
    truth = {page["url"]: page for page in newsroom.ground_truth(server.base_urls)}
    for article in newsroom.articles_of(SLUG):
        url = server.url(SLUG, article.path)
        raw = client.get(url).content

        document = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )

        assert document.title == truth[url]["title"]
        assert token_f1(document.text, truth[url]["text"]) >= 0.95, url


def test_characters_windows_1251_lacks_become_numeric_references_never_dropped(newsroom):
    outlet = newsroom.outlet(SLUG)
    title = "Şəki и Гянджа: № 7 — ещё «рекорд»"
    article = replace(
        newsroom.articles_of(SLUG)[0],
        title=title,
        paragraphs=("Ağdam, Gəncə və İsmayıllı — ёмкий № 1.", "Второй абзац."),
    )
    room = Newsroom(newsroom.seed, newsroom.now, newsroom.outlets, [article])

    page = outlet.encode(render_article(room, outlet, article, "http://127.0.0.1:8103"))
    feed = render_feed(room, outlet, "http://127.0.0.1:8103")

    text = page.decode("windows-1251")
    assert "&#350;&#601;ki и Гянджа: № 7 — ещё «рекорд»" in text  # Ş, ə: not in cp1251
    assert html.unescape(text).count(title) >= 2  # <title>, <h1>
    assert (
        "<p>A&#287;dam, G&#601;nc&#601; v&#601; &#304;smay&#305;ll&#305; — ёмкий № 1.</p>" in text
    )
    assert feedparser.parse(feed).entries[0].title == title
