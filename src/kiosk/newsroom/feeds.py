"""Feeds and sitemaps of the sample newsroom's outlets.

Each outlet publishes RSS 2.0 or Atom (in its own charset), some a JSON Feed 1.1 too,
and every outlet a sitemap index pointing at a full sitemap of its articles and a
Google News sitemap of the last two days. A feed lists all of its outlet's articles,
newest first, with absolute links, so a crawler that reads only feeds finds every page.
"""

import json
from datetime import datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

from kiosk.newsroom.generator import PACKS, NewsArticle, Newsroom, Outlet

ATOM_NS = "http://www.w3.org/2005/Atom"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
# Google News sitemaps list only recent articles (Google reads two days of them).
NEWS_SITEMAP_WINDOW = timedelta(days=2)
ARTICLES_SITEMAP_PATH = "/sitemap-articles.xml"
NEWS_SITEMAP_PATH = "/news-sitemap.xml"


def render_feed(newsroom: Newsroom, outlet: Outlet, base_url: str) -> bytes:
    """The outlet's feed, in the format it publishes (`outlet.feed_format`)."""
    articles = newsroom.articles_of(outlet.slug)
    if outlet.feed_format == "atom":
        text = _atom(newsroom, outlet, articles, base_url)
    else:
        text = _rss(newsroom, outlet, articles, base_url)
    return outlet.encode(_declaration(outlet.charset) + text)


def render_json_feed(newsroom: Newsroom, outlet: Outlet, base_url: str) -> bytes:
    """The outlet's JSON Feed 1.1 (https://jsonfeed.org/version/1.1), all articles."""
    categories = PACKS[outlet.language].categories
    items = [
        {
            "id": base_url + article.path,
            "url": base_url + article.path,
            "title": article.title,
            "summary": newsroom.summary(article),
            "content_text": newsroom.summary(article),
            "date_published": article.published_at.isoformat(),
            "authors": [{"name": article.author}],
            "tags": [categories[article.category]],
        }
        for article in newsroom.articles_of(outlet.slug)
    ]
    feed = {
        "version": JSON_FEED_VERSION,
        "title": outlet.name,
        "home_page_url": base_url + "/",
        "feed_url": base_url + (outlet.json_feed_path or ""),
        "description": outlet.tagline,
        "language": outlet.language,
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=1).encode("utf-8")


def render_sitemap_index(newsroom: Newsroom, outlet: Outlet, base_url: str) -> bytes:
    """The sitemap index at /sitemap.xml: the full sitemap and the news sitemap."""
    updated = last_modified(newsroom, outlet).isoformat()
    children = "\n".join(
        f"<sitemap><loc>{escape(base_url + path)}</loc><lastmod>{updated}</lastmod></sitemap>"
        for path in (ARTICLES_SITEMAP_PATH, NEWS_SITEMAP_PATH)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="{SITEMAP_NS}">\n{children}\n</sitemapindex>\n'
    ).encode()


def render_news_sitemap(newsroom: Newsroom, outlet: Outlet, base_url: str) -> bytes:
    """A Google News sitemap of the outlet's articles of the last two days."""
    since = newsroom.now - NEWS_SITEMAP_WINDOW
    urls = [
        f"<url><loc>{escape(base_url + article.path)}</loc><news:news><news:publication>"
        f"<news:name>{escape(outlet.name)}</news:name>"
        f"<news:language>{outlet.language}</news:language></news:publication>"
        f"<news:publication_date>{article.published_at.isoformat()}</news:publication_date>"
        f"<news:title>{escape(article.title)}</news:title></news:news></url>"
        for article in newsroom.articles_of(outlet.slug)
        if article.published_at >= since
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    ).encode("utf-8")


def render_sitemap(newsroom: Newsroom, outlet: Outlet, base_url: str) -> bytes:
    """A sitemap of the outlet's home page and articles, with their modification times."""
    urls = [f"<url><loc>{escape(base_url)}/</loc><changefreq>hourly</changefreq></url>"]
    urls += [
        f"<url><loc>{escape(base_url + article.path)}</loc>"
        f"<lastmod>{article.published_at.isoformat()}</lastmod></url>"
        for article in newsroom.articles_of(outlet.slug)
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="{SITEMAP_NS}">\n' + "\n".join(urls) + "\n</urlset>\n"
    ).encode("utf-8")


def last_modified(newsroom: Newsroom, outlet: Outlet) -> datetime:
    """When the outlet last published: its feed's update time."""
    articles = newsroom.articles_of(outlet.slug)
    return articles[0].published_at if articles else newsroom.now


def _declaration(charset: str) -> str:
    return f'<?xml version="1.0" encoding="{"UTF-8" if charset == "utf-8" else charset}"?>\n'


def _rss(newsroom: Newsroom, outlet: Outlet, articles: list[NewsArticle], base_url: str) -> str:
    categories = PACKS[outlet.language].categories
    items = []
    for article in articles:
        url = base_url + article.path
        items.append(
            "<item>"
            f"<title>{escape(article.title)}</title>"
            f"<link>{escape(url)}</link>"
            f'<guid isPermaLink="true">{escape(url)}</guid>'
            f"<pubDate>{format_datetime(article.published_at, usegmt=True)}</pubDate>"
            f"<dc:creator>{escape(article.author)}</dc:creator>"
            f"<category>{escape(categories[article.category])}</category>"
            f"<description>{escape(newsroom.summary(article))}</description>"
            "</item>"
        )
    updated = format_datetime(last_modified(newsroom, outlet), usegmt=True)
    return (
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{escape(outlet.name)}</title>\n"
        f"<link>{escape(base_url)}/</link>\n"
        f"<description>{escape(outlet.tagline)}</description>\n"
        f"<language>{outlet.language}</language>\n"
        f"<lastBuildDate>{updated}</lastBuildDate>\n"
        f'<atom:link href={quoteattr(base_url + outlet.feed_path)} rel="self" '
        'type="application/rss+xml"/>\n' + "\n".join(items) + "\n</channel>\n</rss>\n"
    )


def _atom(newsroom: Newsroom, outlet: Outlet, articles: list[NewsArticle], base_url: str) -> str:
    categories = PACKS[outlet.language].categories
    entries = []
    for article in articles:
        url = base_url + article.path
        stamp = article.published_at.isoformat()
        entries.append(
            "<entry>"
            f"<title>{escape(article.title)}</title>"
            f'<link rel="alternate" type="text/html" href={quoteattr(url)}/>'
            f"<id>{escape(url)}</id>"
            f"<published>{stamp}</published>"
            f"<updated>{stamp}</updated>"
            f"<author><name>{escape(article.author)}</name></author>"
            f"<category term={quoteattr(categories[article.category])}/>"
            f"<summary>{escape(newsroom.summary(article))}</summary>"
            "</entry>"
        )
    return (
        f'<feed xmlns="{ATOM_NS}" xml:lang="{outlet.language}">\n'
        f"<title>{escape(outlet.name)}</title>\n"
        f"<subtitle>{escape(outlet.tagline)}</subtitle>\n"
        f"<id>{escape(base_url)}/</id>\n"
        f"<updated>{last_modified(newsroom, outlet).isoformat()}</updated>\n"
        f'<link rel="self" type="application/atom+xml" '
        f"href={quoteattr(base_url + outlet.feed_path)}/>\n"
        f'<link rel="alternate" type="text/html" href={quoteattr(base_url + "/")}/>\n'
        + "\n".join(entries)
        + "\n</feed>\n"
    )
