"""The newsroom on loopback: one origin per outlet, pages, feeds and errors over HTTP."""

from datetime import UTC, datetime

import feedparser
import httpx
import pytest

from kiosk.newsroom.server import NewsroomServer


@pytest.fixture(scope="module")
def client():
    with httpx.Client(timeout=5) as session:
        yield session


def test_each_outlet_listens_on_its_own_port(newsroom, server):
    ports = {url.rsplit(":", 1)[1] for url in server.base_urls.values()}

    assert set(server.base_urls) == {outlet.slug for outlet in newsroom.outlets}
    assert len(ports) == len(newsroom.outlets)
    assert all(url.startswith("http://127.0.0.1:") for url in server.base_urls.values())


def test_home_page_is_html_in_the_outlets_charset(newsroom, server, client):
    for outlet in newsroom.outlets:
        response = client.get(server.base_urls[outlet.slug] + "/")
        assert response.status_code == 200
        assert response.headers["content-type"] == f"text/html; charset={outlet.charset}"
        assert int(response.headers["content-length"]) == len(response.content)
        assert outlet.name in response.text


@pytest.mark.parametrize(
    "slug",
    [
        "seher-bulleteni",
        "cinar-media",
        "depesha-dnya",
        "gorodskoy-kurier",
        "caspian-ledger",
        "meridian-wire",
    ],
)
def test_feed_lists_every_article_with_links_that_resolve(newsroom, server, client, slug):
    outlet = newsroom.outlet(slug)
    response = client.get(server.feed_url(slug))
    feed = feedparser.parse(response.content)
    articles = newsroom.articles_of(slug)

    assert response.status_code == 200
    expected_type = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
    assert response.headers["content-type"] == (
        f"{expected_type[outlet.feed_format]}; charset={outlet.charset}"
    )
    assert not feed.bozo
    assert feed.version == {"rss": "rss20", "atom": "atom10"}[outlet.feed_format]
    assert len(feed.entries) == len(articles)
    assert [entry.link for entry in feed.entries] == [
        server.base_urls[slug] + article.path for article in articles
    ]
    for entry, article in zip(feed.entries, articles, strict=True):
        assert entry.title == article.title
        published = datetime(*entry.published_parsed[:6], tzinfo=UTC)
        assert published == article.published_at
        assert entry.summary
    for entry, article in list(zip(feed.entries, articles, strict=True))[::6]:
        page = client.get(entry.link)
        assert page.status_code == 200
        assert page.headers["content-type"] == f"text/html; charset={outlet.charset}"
        assert "last-modified" in page.headers
        assert article.title.replace("'", "&#x27;").replace('"', "&quot;") in page.text


def test_unknown_paths_are_404_pages(newsroom, server, client):
    response = client.get(server.base_urls["caspian-ledger"] + "/no/such/page.html")

    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "Page not found" in response.text


def test_robots_points_at_the_sitemap_index_and_the_news_sitemap(newsroom, server, client):
    base = server.base_urls["depesha-dnya"]
    robots = client.get(base + "/robots.txt")
    sitemap = client.get(base + "/sitemap-articles.xml")

    assert robots.status_code == 200
    assert robots.headers["content-type"] == "text/plain; charset=utf-8"
    assert "Allow: /" in robots.text
    assert f"Sitemap: {base}/sitemap.xml\n" in robots.text
    assert f"Sitemap: {base}/news-sitemap.xml\n" in robots.text
    assert sitemap.status_code == 200
    assert sitemap.text.count(f"<loc>{base}/") == 1 + len(newsroom.articles_of("depesha-dnya"))


def test_conditional_requests_get_304(newsroom, server, client):
    article = newsroom.articles_of("meridian-wire")[0]
    url = server.base_urls["meridian-wire"] + article.path
    first = client.get(url)

    assert client.get(url, headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    since = first.headers["last-modified"]
    assert client.get(url, headers={"If-Modified-Since": since}).status_code == 304


def test_head_requests_get_headers_only(newsroom, server, client):
    response = client.head(server.base_urls["cinar-media"] + "/")

    assert response.status_code == 200
    assert response.content == b""
    assert int(response.headers["content-length"]) > 1000


def start_on_free_run(newsroom) -> NewsroomServer:
    """A server on consecutive ports; retried, as other processes may hold some of them."""
    for _ in range(20):
        probe = NewsroomServer(newsroom).start()
        first_port = int(probe.base_urls[newsroom.outlets[0].slug].rsplit(":", 1)[1])
        probe.stop()
        try:
            return NewsroomServer(newsroom, base_port=first_port).start()
        except OSError:
            continue
    raise RuntimeError("no run of free ports found")


def test_fixed_base_port_gives_consecutive_ports(newsroom):
    fixed = start_on_free_run(newsroom)
    try:
        first_port = int(fixed.base_urls[newsroom.outlets[0].slug].rsplit(":", 1)[1])
        ports = [int(fixed.base_urls[o.slug].rsplit(":", 1)[1]) for o in newsroom.outlets]
        assert ports == list(range(first_port, first_port + len(newsroom.outlets)))
        assert httpx.get(fixed.feed_url("caspian-ledger"), timeout=5).status_code == 200
    finally:
        fixed.stop()
