from kiosk.crawl.discover import (
    COMMON_FEED_PATHS,
    DiscoveredFeed,
    discover_feeds,
    sitemaps_from_robots,
)

HOME = "https://gazette.example/az/"


def home_page(head: str = "", body: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Gazette</title>{head}</head>"
        f"<body><nav><a href='/az/'>Home</a></nav>{body}</body></html>"
    )


def test_page_with_several_alternates_lists_each_feed_once_in_page_order():
    html = home_page(
        head="""
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" type="application/rss+xml" title="Bütün xəbərlər" href="/az/rss">
        <link rel="alternate" hreflang="ru" href="/ru/">
        <link rel="alternate" type="application/atom+xml" title="Atom" href="feed.atom">
        <link rel="alternate" type="application/feed+json" title="JSON" href="/feed.json#top">
        <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">
        <link rel="alternate" type="application/rss+xml; charset=utf-8" href="/az/rss">
        <link rel="Alternate" type="Application/RSS+XML" title="  İdman
            xəbərləri " href="https://gazette.example/az/sport/rss">
        <link rel="sitemap" type="application/xml" href="/sitemap.xml">
        """
    )

    feeds = discover_feeds(html, HOME)

    assert feeds == [
        DiscoveredFeed("https://gazette.example/az/rss", "Bütün xəbərlər", "rss"),
        DiscoveredFeed("https://gazette.example/az/feed.atom", "Atom", "atom"),
        DiscoveredFeed("https://gazette.example/feed.json", "JSON", "json"),
        DiscoveredFeed("https://gazette.example/az/sport/rss", "İdman xəbərləri", "rss"),
        DiscoveredFeed("https://gazette.example/sitemap.xml", "", "sitemap"),
    ]


def test_feed_links_in_the_body_come_after_the_head_links():
    html = home_page(
        head='<link rel="alternate" type="application/atom+xml" href="/atom.xml">',
        body="""
        <a href="/about">About</a>
        <a href="/az/feed/">RSS lenti</a>
        <a href="https://news.gazette.example/export/rss.xml">Export</a>
        <a href="/atom.xml">Atom again</a>
        <a href="https://other.example/rss">Friend's feed</a>
        <a href="javascript:subscribe('/rss')">Subscribe</a>
        <a href="/podcast.rss"><img alt=""></a>
        """,
    )

    feeds = discover_feeds(html, HOME)

    assert [(f.url, f.title, f.type) for f in feeds] == [
        ("https://gazette.example/atom.xml", "", "atom"),
        ("https://gazette.example/az/feed/", "RSS lenti", "rss"),
        ("https://news.gazette.example/export/rss.xml", "Export", "rss"),
        ("https://gazette.example/podcast.rss", "", "rss"),
    ]


def test_base_element_and_feed_scheme_are_honoured():
    html = home_page(
        head="""<base href="https://cdn.gazette.example/site/">
        <link rel="alternate" type="application/rss+xml" href="news.xml">
        <link rel="alternate" type="application/rss+xml" href="feed://gazette.example/old.rss">"""
    )

    assert [f.url for f in discover_feeds(html, HOME)] == [
        "https://cdn.gazette.example/site/news.xml",
        "http://gazette.example/old.rss",
    ]


def test_windows_1251_page_bytes_are_decoded_for_titles():
    html = home_page(
        head='<meta charset="windows-1251">'
        '<link rel="alternate" type="application/rss+xml" title="Новости" href="/rss">'
    )

    [feed] = discover_feeds(html.encode("windows-1251"), "http://gazeta.example/")

    assert (feed.url, feed.title) == ("http://gazeta.example/rss", "Новости")


def test_xhtml_page_with_an_xml_declaration_is_read():
    html = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        '<head><link rel="alternate" type="application/atom+xml" href="/atom"/></head></html>'
    )

    assert [f.url for f in discover_feeds(html, "http://x.example/")] == ["http://x.example/atom"]


def test_broken_markup_still_yields_feeds():
    html = '<head><link rel=alternate type=application/rss+xml href=/rss><body><div><p><a href="/x'

    assert [f.url for f in discover_feeds(html, "http://x.example/")] == ["http://x.example/rss"]


def test_page_without_feeds_or_content_gives_nothing():
    assert discover_feeds(home_page(body="<p>No feeds here</p>"), HOME) == []
    assert discover_feeds(b"", HOME) == []
    assert discover_feeds("   ", HOME) == []
    assert discover_feeds("\x00\x00", HOME) == []


def test_common_feed_paths_cover_the_usual_places_most_likely_first():
    assert COMMON_FEED_PATHS[:3] == ("/feed", "/rss", "/rss.xml")
    for path in ("/feed.xml", "/atom.xml", "/index.xml", "/feed/atom", "/sitemap.xml"):
        assert path in COMMON_FEED_PATHS
    assert "/news-sitemap.xml" in COMMON_FEED_PATHS and "/sitemap_news.xml" in COMMON_FEED_PATHS
    assert all(path.startswith("/") for path in COMMON_FEED_PATHS)
    assert len(set(COMMON_FEED_PATHS)) == len(COMMON_FEED_PATHS)


def test_sitemaps_are_read_from_robots_txt():
    robots = """\ufeffUser-agent: *
Disallow: /admin/
Sitemap: https://gazette.example/sitemap.xml
sitemap:/news-sitemap.xml   # relative, which some sites write
SITEMAP :  https://gazette.example/sitemap.xml
# Sitemap: https://gazette.example/commented-out.xml
Sitemap: ftp://gazette.example/files.xml
Sitemap:
"""

    assert sitemaps_from_robots(robots, "https://gazette.example/robots.txt") == [
        "https://gazette.example/sitemap.xml",
        "https://gazette.example/news-sitemap.xml",
    ]


def test_robots_txt_without_sitemaps_gives_nothing():
    assert sitemaps_from_robots("User-agent: *\nDisallow:\n", "https://x.example/robots.txt") == []
    assert sitemaps_from_robots("", "https://x.example/robots.txt") == []
