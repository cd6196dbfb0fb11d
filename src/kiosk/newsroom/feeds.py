"""Feeds and sitemaps of the sample newsroom's outlets: RSS 2.0 or Atom, and sitemap.xml.

A feed lists all of its outlet's articles, newest first, with absolute links, so a
crawler that reads only feeds still finds every page.
"""

from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

from kiosk.newsroom.generator import PACKS, NewsArticle, Newsroom, Outlet

ATOM_NS = "http://www.w3.org/2005/Atom"


def render_feed(newsroom: Newsroom, outlet: Outlet, base_url: str) -> bytes:
    """The outlet's feed, in the format it publishes (`outlet.feed_format`)."""
    articles = newsroom.articles_of(outlet.slug)
    if outlet.feed_format == "atom":
        text = _atom(newsroom, outlet, articles, base_url)
    else:
        text = _rss(newsroom, outlet, articles, base_url)
    return text.encode("utf-8")


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
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    ).encode("utf-8")


def last_modified(newsroom: Newsroom, outlet: Outlet) -> datetime:
    """When the outlet last published: its feed's update time."""
    articles = newsroom.articles_of(outlet.slug)
    return articles[0].published_at if articles else newsroom.now


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
        '<?xml version="1.0" encoding="UTF-8"?>\n'
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
        '<?xml version="1.0" encoding="UTF-8"?>\n'
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
