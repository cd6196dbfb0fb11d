"""What goes out to other programs: RSS and Atom feeds, sitemaps, robots.txt."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone
from lxml import etree

from kiosk.news.models import Category
from kiosk.sources.models import Source
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db


def test_latest_rss_lists_the_editions_articles_with_links_to_the_portal(client):
    source = make_source(name="Harbour Gazette")
    article = make_article(source, title="Ferry timetable changes")
    make_article(make_source(language="ru"), title="Русская новость")

    response = client.get("/en/latest/feed.rss")

    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Ferry timetable changes"]
    assert feed.entries[0].link == f"http://testserver/en/article/{article.pk}/"
    assert feed.entries[0].author == "Harbour Gazette"


def test_atom_feed_of_a_category_in_the_russian_edition(client):
    politics = Category.objects.get(slug="politics")
    source = make_source(language="ru")
    make_article(source, title="Выборы назначены", category=politics)
    make_article(source, title="Матч перенесён")

    response = client.get("/ru/category/politics/feed.atom")

    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Выборы назначены"]
    assert politics.name_ru in feed.feed.title


def test_source_feed_and_taken_down_articles_leave_every_feed(client):
    source = make_source(slug="gazette")
    kept = make_article(source, title="Kept story")
    make_article(source, title="Withdrawn story", taken_down_at=timezone.now())
    for url in ("/en/source/gazette/feed.rss", "/en/latest/feed.rss", "/en/latest/feed.atom"):
        titles = [e.title for e in feedparser.parse(client.get(url).content).entries]
        assert titles == [kept.title], url


def test_feed_summaries_respect_the_republication_policy(client):
    words = " ".join(f"word{n}" for n in range(200))
    excerpt = make_source(republication=Source.Republication.EXCERPT, excerpt_words=10)
    headline = make_source(republication=Source.Republication.HEADLINE)
    make_article(excerpt, title="Excerpt only", body=words)
    make_article(headline, title="Headline only", body=words)

    entries = feedparser.parse(client.get("/en/latest/feed.rss").content).entries

    summaries = {entry.title: entry.summary for entry in entries}
    assert summaries["Excerpt only"].split()[:10] == words.split()[:10]
    assert "word10" not in summaries["Excerpt only"]
    assert "word0" not in summaries["Headline only"]


def test_unknown_category_feed_is_404(client):
    assert client.get("/en/category/no-such/feed.rss").status_code == 404


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_sitemap_index_leads_to_every_published_article(client):
    article = make_article(title="Listed")
    hidden = make_article(title="Hidden", taken_down_at=timezone.now())

    index = etree.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert "http://testserver/sitemap-articles.xml" in locations
    articles = etree.fromstring(client.get("/sitemap-articles.xml").content)
    urls = [loc.text for loc in articles.iter(f"{SITEMAP}loc")]

    assert f"http://testserver/en/article/{article.pk}/" in urls
    assert f"http://testserver/en/article/{hidden.pk}/" not in urls
    sections = client.get("/sitemap-sections.xml").content.decode()
    assert "http://testserver/az/category/politics/" in sections


def test_news_sitemap_lists_only_the_last_two_days(client):
    fresh = make_article(title="Fresh & new", published_at=timezone.now() - timedelta(hours=3))
    make_article(title="Old story", published_at=timezone.now() - timedelta(days=3))

    response = client.get("/news-sitemap.xml")

    root = etree.fromstring(response.content)  # well-formed, "&" escaped
    news = "{http://www.google.com/schemas/sitemap-news/0.9}"
    titles = [title.text for title in root.iter(f"{news}title")]
    assert titles == ["Fresh & new"]
    assert [loc.text for loc in root.iter(f"{SITEMAP}loc")] == [
        f"http://testserver/en/article/{fresh.pk}/"
    ]


def test_robots_txt_names_the_sitemaps_and_keeps_crawlers_out_of_originals(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/news-sitemap.xml" in text
    assert "Disallow: /*/article/*/original/" in text
    assert "Disallow: /admin/" in text
