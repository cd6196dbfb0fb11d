"""Probing a URL for editors: what is there, and which feeds a homepage offers.

Used by `kiosk sources check` (report only, nothing stored) and `kiosk sources add`
(discover, then register). Obeys robots.txt like every other fetch.
"""

import asyncio
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from django.conf import settings

from kiosk.crawl.discover import COMMON_FEED_PATHS, discover_feeds, sitemaps_from_robots
from kiosk.crawl.extract import html_language
from kiosk.crawl.feeds import FeedError, parse_feed
from kiosk.crawl.fetch import Fetcher, FetchError
from kiosk.crawl.robots import RobotsCache, origin_of

HTML_MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body")


@dataclass
class ProbedEntry:
    title: str
    url: str
    published: str | None


@dataclass
class Probe:
    url: str
    final_url: str = ""
    status: int | None = None
    kind: str = "error"  # "feed" | "html" | "error"
    format: str = ""  # rss, atom, rdf, json, sitemap, sitemapindex
    title: str = ""
    language: str = ""
    entries: list[ProbedEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)  # discovered, for an HTML page
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _looks_like_html(content: bytes) -> bool:
    head = content[:2048].lstrip().lower()
    return any(marker in head for marker in HTML_MARKERS)


async def probe(url: str, *, allow_private: bool = False, discover: bool = True) -> Probe:
    """Fetch `url` once and say what it is; for a page, find its feeds (and check them)."""
    result = Probe(url=url)
    token = settings.KIOSK_USER_AGENT.split("/")[0]
    async with Fetcher() as fetcher:
        robots = RobotsCache(fetcher, token=token)
        allowed, policy = await robots.allows(url, allow_private=allow_private)
        if not allowed:
            result.errors.append(policy.reason or f"robots.txt disallows {url} for {token}.")
            return result
        try:
            page = await fetcher.fetch(url, allow_private=allow_private)
        except FetchError as exc:
            result.status = exc.status
            result.errors.append(str(exc))
            return result
        result.final_url, result.status = page.final_url, page.status
        if _looks_like_html(page.content):
            result.kind = "html"
            result.language = html_language(page.content)
            if discover:
                result.feeds = await _discover(fetcher, page.content, page.final_url, allow_private)
                if not result.feeds:
                    result.errors.append(
                        "This is an HTML page and no feed or sitemap was found on it or at the "
                        "usual addresses; ask the site for its feed URL."
                    )
            return result
        try:
            parsed = await asyncio.to_thread(parse_feed, page.content, page.final_url)
        except FeedError as exc:
            result.errors.append(str(exc))
            return result
    result.kind = "feed"
    result.format, result.title = parsed.format, parsed.title
    result.sitemaps, result.warnings = parsed.sitemaps, parsed.warnings
    result.entries = [ProbedEntry(e.title, e.url, _iso(e.published_at)) for e in parsed.entries]
    return result


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


async def _discover(fetcher: Fetcher, html: bytes, base_url: str, allow_private: bool) -> list[str]:
    """Feeds the page declares; failing that, the usual paths and robots.txt sitemaps
    that really answer with a feed."""
    declared = [feed.url for feed in discover_feeds(html, base_url)]
    if declared:
        return declared
    origin = origin_of(base_url)
    candidates = [urljoin(origin, path) for path in COMMON_FEED_PATHS]
    try:
        robots = await fetcher.fetch(origin + "/robots.txt", allow_private=allow_private)
        candidates = sitemaps_from_robots(robots.content.decode("utf-8", "replace"), origin) + (
            candidates
        )
    except FetchError:
        pass
    found = []
    for candidate in dict.fromkeys(candidates):
        try:
            answer = await fetcher.fetch(candidate, allow_private=allow_private)
            await asyncio.to_thread(parse_feed, answer.content, answer.final_url)
        except (FetchError, FeedError):
            continue
        found.append(candidate)
    return found
