"""robots.txt: realistic rules, the premium section hidden on request, Crawl-delay on request."""

import feedparser
import httpx
import pytest
from protego import Protego

from kiosk.newsroom.feeds import ARTICLES_SITEMAP_PATH, NEWS_SITEMAP_PATH
from kiosk.newsroom.generator import PACKS
from kiosk.newsroom.pages import category_path
from kiosk.newsroom.server import NewsroomServer

AGENT = "KioskBot"


@pytest.fixture(scope="module")
def client():
    with httpx.Client(timeout=5) as session:
        yield session


@pytest.fixture(scope="module")
def strict(newsroom):
    """The newsroom as a site owner who hides the premium section and asks for a delay."""
    with NewsroomServer(newsroom, disallow_premium=True, crawl_delay=1.5) as running:
        yield running


def _rules(server, client, slug: str) -> Protego:
    response = client.get(server.url(slug, "/robots.txt"))
    assert response.status_code == 200
    return Protego.parse(response.text)


def _served_paths(newsroom, outlet) -> list[str]:
    paths = ["/", "/sitemap.xml", ARTICLES_SITEMAP_PATH, NEWS_SITEMAP_PATH]
    paths += [path for _, path in outlet.feeds]
    paths += [category_path(outlet, category) for category in PACKS[outlet.language].categories]
    return paths + [article.path for article in newsroom.articles_of(outlet.slug)]


def test_robots_disallows_exactly_the_pages_the_ground_truth_marks(newsroom, strict, client):
    rules = {slug: _rules(strict, client, slug) for slug in strict.base_urls}
    truth = newsroom.ground_truth(strict.base_urls)

    for page in truth:
        allowed = rules[page["outlet"]].can_fetch(page["url"], AGENT)
        assert allowed is not page["robots_disallowed"], page["url"]
    assert 2 <= sum(page["robots_disallowed"] for page in truth) <= 3
    premium = client.get(strict.url("caspian-ledger", "/robots.txt")).text
    assert "User-agent: *\n" in premium
    assert "Disallow: /premium/\n" in premium


def test_premium_articles_are_in_the_feed_and_served_like_the_others(newsroom, strict, client):
    premium = [p for p in newsroom.ground_truth(strict.base_urls) if p["robots_disallowed"]]
    feed = feedparser.parse(client.get(strict.feed_url("caspian-ledger")).content)

    links = [entry.link for entry in feed.entries]
    assert len(links) == len(newsroom.articles_of("caspian-ledger"))
    for page in premium:
        assert page["url"] in links
        assert client.get(page["url"]).status_code == 200  # robots.txt asks, it does not block


def test_by_default_robots_allows_every_page_feed_and_sitemap_but_hides_utility_paths(
    newsroom, server, client
):
    for outlet in newsroom.outlets:
        rules = _rules(server, client, outlet.slug)
        base = server.base_urls[outlet.slug]
        article = newsroom.articles_of(outlet.slug)[0]

        for path in _served_paths(newsroom, outlet):
            assert rules.can_fetch(base + path, AGENT), (outlet.slug, path)
            assert client.head(base + path).status_code == 200, (outlet.slug, path)
        assert not rules.can_fetch(base + "/search?q=neft", AGENT)
        assert not rules.can_fetch(base + "/admin/login", AGENT)
        assert not rules.can_fetch(base + article.path + "?print=1", AGENT)
        assert rules.crawl_delay(AGENT) is None
        assert list(rules.sitemaps) == [base + "/sitemap.xml", base + NEWS_SITEMAP_PATH]


def test_crawl_delay_is_announced_only_when_the_server_is_asked_for_one(
    newsroom, server, strict, client
):
    for slug in strict.base_urls:
        assert _rules(strict, client, slug).crawl_delay(AGENT) == 1.5
        assert "Crawl-delay: 1.5\n" in client.get(strict.url(slug, "/robots.txt")).text
        assert "Crawl-delay" not in client.get(server.url(slug, "/robots.txt")).text


def test_agents_an_outlet_shuts_out_get_nothing_while_kiosk_gets_the_star_group(strict, client):
    rules = _rules(strict, client, "caspian-ledger")
    home = strict.url("caspian-ledger", "/")

    assert not rules.can_fetch(home, "GPTBot")
    assert rules.can_fetch(home, AGENT)
