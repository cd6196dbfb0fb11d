"""Discovery: find the feeds and sitemaps a site offers, from its home page and robots.txt.

Used when an editor adds a source by its home page address: the page's <link>s are read
first, then <a> links that plainly lead to a feed, and when the page names nothing the
caller probes COMMON_FEED_PATHS and the robots.txt sitemaps. Plain values in and out.
"""

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from kiosk.crawl.encoding import decode_html


@dataclass(frozen=True)
class DiscoveredFeed:
    url: str  # absolute http(s), without fragment
    title: str
    type: str  # "rss" | "atom" | "json" | "sitemap"


# Paths where news sites and their CMSs (WordPress, Hugo, Jekyll, Ghost, Drupal, Bitrix)
# put feeds, most likely first; probed only when the page announces none.
COMMON_FEED_PATHS: tuple[str, ...] = (
    "/feed",
    "/rss",
    "/rss.xml",
    "/feed.xml",
    "/atom.xml",
    "/index.xml",
    "/feed/atom",
    "/rss/all",
    "/news/rss",
    "/feeds/all.atom.xml",
    "/index.rss",
    "/sitemap.xml",
    "/news-sitemap.xml",
    "/sitemap_news.xml",
    "/sitemap-news.xml",
    "/sitemap_index.xml",
)

_FEED_TYPES = {
    "application/rss+xml": "rss",
    "application/x-rss+xml": "rss",
    "application/rdf+xml": "rss",
    "application/atom+xml": "atom",
    "application/x-atom+xml": "atom",
    "application/feed+json": "json",
    "application/json": "json",
}

# Path endings that name a feed plainly enough to trust an <a> link.
_FEED_PATH_ENDINGS = (
    ("atom.xml", "atom"),
    (".atom", "atom"),
    ("rss.xml", "rss"),
    ("feed.xml", "rss"),
    (".rss", "rss"),
    ("/rss", "rss"),
    ("/feed", "rss"),
)

_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I)


def discover_feeds(html: bytes | str, base_url: str) -> list[DiscoveredFeed]:
    """Feeds a page announces, absolute and deduplicated, in page order.

    <link rel="alternate"> feeds and <link rel="sitemap"> come first, then same-site
    <a href> links whose path plainly is a feed (".../rss", "feed.xml", ...).
    """
    root = _parse(html)
    if root is None:
        return []
    base = _page_base(root, base_url)
    found: dict[str, DiscoveredFeed] = {}

    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        mime = (link.get("type") or "").split(";")[0].strip().lower()
        url = _absolute(link.get("href"), base)
        if not url:
            continue
        if "alternate" in rels and mime in _FEED_TYPES:
            # WordPress announces its REST API as an "alternate" application/json.
            if mime == "application/json" and "/wp-json/" in url:
                continue
            kind = _FEED_TYPES[mime]
        elif "sitemap" in rels:
            kind = "sitemap"
        else:
            continue
        found.setdefault(url, DiscoveredFeed(url, _text(link.get("title")), kind))

    site = site_host(base_url)
    for anchor in root.iter("a"):
        url = _absolute(anchor.get("href"), base)
        if not url or url in found:
            continue
        # Blogrolls and share buttons link other sites' feeds; only this site's count.
        if not _same_site(site_host(url), site):
            continue
        path = urlsplit(url).path.lower().rstrip("/")
        kind = next((k for ending, k in _FEED_PATH_ENDINGS if path.endswith(ending)), "")
        if kind:
            title = _text(anchor.text_content()) or _text(anchor.get("title"))
            found[url] = DiscoveredFeed(url, title, kind)

    return list(found.values())


def sitemaps_from_robots(robots_txt: str, base_url: str) -> list[str]:
    """The absolute http(s) URLs of a robots.txt's "Sitemap:" lines, deduplicated, in order."""
    urls: list[str] = []
    for line in robots_txt.lstrip("\ufeff").splitlines():
        match = _SITEMAP_LINE.match(line.split("#", 1)[0])
        if match:
            url = _absolute(match.group(1), base_url)
            if url and url not in urls:
                urls.append(url)
    return urls


def _parse(html: bytes | str) -> etree._Element | None:
    text = decode_html(html)[0] if isinstance(html, bytes) else html
    # lxml refuses str input with an XML encoding declaration (XHTML pages have one),
    # and NUL characters.
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text.replace("\x00", ""))
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


def _page_base(root: etree._Element, page_url: str) -> str:
    base = next((b.get("href") for b in root.iter("base") if b.get("href")), None)
    return _absolute(base, page_url) or page_url


def _absolute(href: str | None, base: str) -> str:
    """`href` resolved against `base`, without fragment, if it is http(s); else ""."""
    if not href:
        return ""
    href = re.sub(r"[\t\r\n]", "", href.strip())
    # The old feed: pseudo-scheme ("feed://host/rss", "feed:https://host/rss").
    if href.lower().startswith("feed:"):
        href = href[5:] if href[5:].lower().startswith("http") else "http:" + href[5:]
    try:
        parts = urlsplit(urljoin(base, href))
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    return urlunsplit(parts._replace(fragment=""))


def site_host(url: str) -> str:
    """The URL's host, lowercased, without a leading "www."."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def _same_site(host: str, other: str) -> bool:
    # news.example.az and example.az are one site; no public-suffix list is needed to
    # accept a subdomain of the page's own host.
    return host == other or host.endswith("." + other) or other.endswith("." + host)


def _text(value: str | None) -> str:
    return " ".join((value or "").split())
