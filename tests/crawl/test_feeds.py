from datetime import UTC, datetime

import pytest

from kiosk.crawl.feeds import FeedError, parse_feed
from tests.pages import rss_feed

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_rss_entries_have_absolute_links_titles_and_dates():
    feed = rss_feed([("Bridge opens", "/news/bridge.html", WHEN)])
    parsed = parse_feed(feed, "http://gazette.example/rss.xml")
    assert [(e.title, e.url, e.published_at) for e in parsed.entries] == [
        ("Bridge opens", "http://gazette.example/news/bridge.html", WHEN)
    ]


def test_atom_feed_is_read():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title><id>urn:x</id>
<updated>2026-11-24T09:30:00Z</updated>
<entry><title>Harbour reopens</title><id>urn:1</id><link href="http://atom.example/1"/>
<updated>2026-11-24T09:30:00Z</updated></entry></feed>"""
    parsed = parse_feed(atom, "http://atom.example/feed")
    assert parsed.title == "Atom Daily"
    assert parsed.entries[0].url == "http://atom.example/1"
    assert parsed.entries[0].published_at == WHEN


def test_entries_without_links_are_skipped():
    feed = b'<rss version="2.0"><channel><title>T</title><item><title>No link</title></item>' + (
        b"<item><title>Linked</title><link>http://x.example/a</link></item></channel></rss>"
    )
    assert [e.title for e in parse_feed(feed, "http://x.example/").entries] == ["Linked"]


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedError, match="Not a readable RSS or Atom feed"):
        parse_feed(b"<html><body><p>Welcome</p></body></html>", "http://x.example/")
