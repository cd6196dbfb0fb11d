"""Small hand-written feeds and article pages for tests that need no newsroom."""

from datetime import datetime
from email.utils import format_datetime
from html import escape


def article_page(title: str, paragraphs: list[str], *, published: datetime) -> bytes:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | Test Gazette</title>
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published.isoformat()}">
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{escape(title)}</h1>
<time datetime="{published.isoformat()}">{published:%d %B %Y}</time>
{body}
</article></main>
<footer>Test Gazette, all rights reserved.</footer>
</body></html>""".encode()


def rss_feed(items: list[tuple[str, str, datetime]]) -> bytes:
    """items: (title, link, published)."""
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>{format_datetime(published)}</pubDate></item>"
        for title, link, published in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test Gazette</title><link>http://example.com/</link>{entries}</channel></rss>"
    ).encode()
