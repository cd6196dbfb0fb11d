"""Feeds: turn RSS or Atom bytes into a list of entries with absolute links."""

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser


class FeedError(Exception):
    """The bytes are not a feed Kiosk can read."""


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    published_at: datetime | None
    summary: str


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[FeedEntry]
    warning: str  # set when the feed was ill-formed but still yielded entries


def _entry_time(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def parse_feed(content: bytes, base_url: str) -> ParsedFeed:
    # feedparser is given bytes only, never a URL, so it cannot fetch anything itself.
    parsed = feedparser.parse(content)
    warning = str(parsed.get("bozo_exception", "")) if parsed.get("bozo") else ""
    if not parsed.entries and (warning or not parsed.get("version")):
        raise FeedError(f"Not a readable RSS or Atom feed: {warning or 'no entries found'}.")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            continue
        entries.append(
            FeedEntry(
                url=urljoin(base_url, link.strip()),
                title=(entry.get("title") or "").strip(),
                published_at=_entry_time(entry),
                summary=(entry.get("summary") or "").strip(),
            )
        )
    return ParsedFeed(title=parsed.feed.get("title", ""), entries=entries, warning=warning)
