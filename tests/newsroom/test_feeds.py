"""Feed formats beyond the main feed: sitemap index, news and gzipped sitemaps, JSON Feed,
and the home page's <link rel="alternate"> declarations that feed discovery reads."""

import gzip
import json
from datetime import datetime, timedelta
from html.parser import HTMLParser
from xml.etree import ElementTree

import httpx
import pytest

from kiosk.newsroom.feeds import (
    NEWS_NS,
    SITEMAP_NS,
    render_feed,
    render_json_feed,
    render_news_sitemap,
    render_sitemap_index,
)
from kiosk.newsroom.generator import generate
from kiosk.newsroom.robots import render_robots

NS = {"sm": SITEMAP_NS, "news": NEWS_NS}
FEED_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}


@pytest.fixture(scope="module")
def client():
    with httpx.Client(timeout=5) as session:
        yield session


def _xml(response: httpx.Response) -> ElementTree.Element:
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/xml; charset=utf-8"
    return ElementTree.fromstring(response.content)


def test_sitemap_index_points_at_the_full_and_the_news_sitemap(newsroom, server, client):
    for slug, base in server.base_urls.items():
        index = _xml(client.get(server.url(slug, "/sitemap.xml")))

        assert index.tag == f"{{{SITEMAP_NS}}}sitemapindex"
        children = [loc.text for loc in index.findall("sm:sitemap/sm:loc", NS)]
        assert children == [base + "/sitemap-articles.xml", base + "/news-sitemap.xml"]
        full = _xml(client.get(children[0]))
        locs = [loc.text for loc in full.findall("sm:url/sm:loc", NS)]
        assert locs == [base + "/"] + [base + a.path for a in newsroom.articles_of(slug)]


def test_news_sitemap_lists_the_last_two_days_with_publication_date_and_title(
    newsroom, server, client
):
    listed = 0
    for outlet in newsroom.outlets:
        sitemap = _xml(client.get(server.url(outlet.slug, "/news-sitemap.xml")))
        recent = [
            article
            for article in newsroom.articles_of(outlet.slug)
            if article.published_at >= newsroom.now - timedelta(days=2)
        ]

        urls = sitemap.findall("sm:url", NS)
        assert len(urls) == len(recent) > 0
        for url, article in zip(urls, recent, strict=True):
            assert url.findtext("sm:loc", namespaces=NS) == server.url(outlet.slug, article.path)
            news = url.find("news:news", NS)
            assert news.findtext("news:publication/news:name", namespaces=NS) == outlet.name
            assert news.findtext("news:publication/news:language", namespaces=NS) == (
                outlet.language
            )
            published = news.findtext("news:publication_date", namespaces=NS)
            assert datetime.fromisoformat(published) == article.published_at
            assert news.findtext("news:title", namespaces=NS) == article.title
        listed += len(urls)
    assert listed < len(newsroom.articles) / 2


def test_gzipped_sitemap_is_the_full_sitemap_compressed(newsroom, server, client):
    for slug in server.base_urls:
        packed = client.get(server.url(slug, "/sitemap-articles.xml.gz"))
        plain = client.get(server.url(slug, "/sitemap-articles.xml"))

        assert packed.status_code == 200
        assert packed.headers["content-type"] == "application/gzip"
        assert "content-encoding" not in packed.headers
        assert packed.content[:2] == b"\x1f\x8b"
        assert gzip.decompress(packed.content) == plain.content


def test_meridian_publishes_a_json_feed_of_every_article(newsroom, server, client):
    response = client.get(server.url("meridian-wire", "/feed.json"))
    articles = newsroom.articles_of("meridian-wire")

    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "application/feed+json"
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Meridian Wire"
    assert feed["feed_url"] == str(response.url)
    assert len(feed["items"]) == len(articles)
    for item, article in zip(feed["items"], articles, strict=True):
        assert item["id"] == item["url"] == server.url("meridian-wire", article.path)
        assert item["title"] == article.title
        assert datetime.fromisoformat(item["date_published"]) == article.published_at
        assert item["content_text"] and item["authors"] == [{"name": article.author}]
    assert client.get(server.url("caspian-ledger", "/feed.json")).status_code == 404


class _HeadLinks(HTMLParser):
    """The <link rel="alternate"> tags of a page's <head>."""

    def __init__(self) -> None:
        super().__init__()
        self.in_head = False
        self.alternates: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_head = self.in_head or tag == "head"
        if tag == "link" and self.in_head and dict(attrs).get("rel") == "alternate":
            self.alternates.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        self.in_head = self.in_head and tag != "head"


def test_home_page_head_declares_every_feed_of_the_outlet(newsroom, server, client):
    for outlet in newsroom.outlets:
        home = client.get(server.url(outlet.slug, "/"))
        parser = _HeadLinks()
        parser.feed(home.text)

        declared = [(link["type"], link["href"]) for link in parser.alternates]
        expected = [
            (FEED_TYPES[kind], server.url(outlet.slug, path)) for kind, path in outlet.feeds
        ]
        assert declared == expected
        assert all(link["title"] for link in parser.alternates)
        for _, href in declared:
            assert client.get(href).status_code == 200
    meridian = newsroom.outlet("meridian-wire")
    assert [kind for kind, _ in meridian.feeds] == ["rss", "json"]


def test_new_formats_are_byte_identical_for_the_same_seed_and_time(newsroom):
    again = generate(newsroom.seed, now=newsroom.now)
    base = "http://127.0.0.1:8106"

    for outlet in newsroom.outlets:
        same = again.outlet(outlet.slug)
        for render in (render_feed, render_news_sitemap, render_sitemap_index):
            assert render(newsroom, outlet, base) == render(again, same, base)
        assert render_robots(outlet, base, disallow_premium=True) == render_robots(
            same, base, disallow_premium=True
        )
    meridian = newsroom.outlet("meridian-wire")
    assert render_json_feed(newsroom, meridian, base) == render_json_feed(
        again, again.outlet("meridian-wire"), base
    )
