import gzip
import json
import tracemalloc
import zlib
from datetime import UTC, datetime, timedelta

import pytest
from lxml import etree

from kiosk.crawl.feeds import FeedError, declares_xml_entities, parse_feed, safe_xml_parser
from tests.pages import rss_feed

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
FEED_URL = "http://gazette.example/news/rss.xml"


def rss(items: str, *, channel: str = "<title>Gazette</title>", encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>{channel}'
        f"{items}</channel></rss>"
    )


def item(title: str = "Bridge opens", link: str | None = "/a", **extra: str) -> str:
    parts = [f"<title>{title}</title>"]
    if link is not None:
        parts.append(f"<link>{link}</link>")
    parts += [f"<{tag}>{value}</{tag}>" for tag, value in extra.items()]
    return f"<item>{''.join(parts)}</item>"


def parse(content: str | bytes, base_url: str = FEED_URL, **kwargs) -> object:
    data = content.encode() if isinstance(content, str) else content
    return parse_feed(data, base_url, now=NOW, **kwargs)


# --- formats ------------------------------------------------------------------------------


def test_rss2_entries_have_absolute_links_titles_and_dates():
    feed = rss_feed([("Bridge opens", "/news/bridge.html", WHEN)])

    parsed = parse(feed, "http://gazette.example/rss.xml")

    assert parsed.format == "rss"
    assert parsed.title == "Test Gazette"
    assert parsed.link == "http://example.com/"
    assert [(e.title, e.url, e.published_at) for e in parsed.entries] == [
        ("Bridge opens", "http://gazette.example/news/bridge.html", WHEN)
    ]
    assert parsed.warnings == []


def test_rss2_entry_fields_are_all_read():
    feed = rss(
        item(
            link="http://gazette.example/a",
            guid="urn:gazette:1",
            description="The &lt;b&gt;new&lt;/b&gt; bridge.",
            category="City</category><category>Transport",
            author="desk@gazette.example (Leyla Aliyeva)",
            pubDate="Tue, 24 Nov 2026 13:30:00 +0400",
        )
    )

    [entry] = parse(feed).entries

    assert entry.guid == "urn:gazette:1"
    assert entry.summary == "The new bridge."
    assert entry.categories == ("City", "Transport")
    assert entry.author == "Leyla Aliyeva"
    assert entry.published_at == WHEN  # +0400 normalised to UTC


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("desk@gazette.example (Leyla Aliyeva)", "Leyla Aliyeva"),
        ("Leyla Aliyeva (desk@gazette.example)", "Leyla Aliyeva"),
        ("Leyla Aliyeva &lt;desk@gazette.example&gt;", "Leyla Aliyeva"),
        ("desk@gazette.example", ""),
        ("  Leyla   Aliyeva ", "Leyla Aliyeva"),
    ],
)
def test_rss_author_is_a_name_never_an_address(author, byline):
    [entry] = parse(rss(item(author=author))).entries

    assert entry.author == byline


def test_rss_091_without_guids_or_dates_is_read():
    feed = (
        '<?xml version="1.0"?><rss version="0.91"><channel><title>Old Times</title>'
        "<link>http://old.example/</link><item><title>First</title>"
        "<link>http://old.example/1</link><description>One</description></item></channel></rss>"
    )

    parsed = parse(feed, "http://old.example/rss")

    assert parsed.format == "rss"
    [entry] = parsed.entries
    assert (entry.url, entry.guid, entry.published_at) == ("http://old.example/1",) * 2 + (None,)


def test_rdf_rss10_feed_is_read():
    feed = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://rdf.example/"><title>RDF Daily</title><link>http://rdf.example/</link>
</channel>
<item rdf:about="http://rdf.example/harbour"><title>Harbour reopens</title>
<link>http://rdf.example/harbour</link><dc:date>2026-11-24T09:30:00Z</dc:date>
<dc:subject>Port</dc:subject></item>
</rdf:RDF>"""

    parsed = parse(feed, "http://rdf.example/index.rdf")

    assert (parsed.format, parsed.title, parsed.link) == ("rdf", "RDF Daily", "http://rdf.example/")
    [entry] = parsed.entries
    assert (entry.url, entry.published_at, entry.categories) == (
        "http://rdf.example/harbour",
        WHEN,
        ("Port",),
    )


def test_atom_feed_is_read_with_xml_base_and_html_content():
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://atom.example/articles/">
<title type="html">Atom &amp;lt;i&amp;gt;Daily&amp;lt;/i&amp;gt;</title>
<link rel="alternate" href="http://atom.example/"/><id>urn:x</id>
<updated>2026-11-24T09:30:00Z</updated>
<entry><title>Harbour reopens</title><id>urn:1</id><link rel="alternate" href="harbour"/>
<author><name>Rauf Mammadov</name></author><category term="Port"/>
<published>2026-11-24T09:30:00+00:00</published><updated>2026-11-24T11:00:00Z</updated>
<content type="html">&lt;p&gt;Ships&lt;/p&gt;&lt;p&gt;are back.&lt;/p&gt;</content></entry>
</feed>"""

    parsed = parse(atom, "http://atom.example/feed")

    assert (parsed.format, parsed.title, parsed.link) == (
        "atom",
        "Atom Daily",
        "http://atom.example/",
    )
    [entry] = parsed.entries
    assert entry.url == "http://atom.example/articles/harbour"
    assert (entry.guid, entry.author, entry.categories) == ("urn:1", "Rauf Mammadov", ("Port",))
    assert entry.summary == "Ships are back."
    assert entry.published_at == WHEN
    assert entry.updated_at == datetime(2026, 11, 24, 11, 0, tzinfo=UTC)


def test_json_feed_11_is_read():
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON Gazette",
        "home_page_url": "https://json.example/",
        "items": [
            {
                "id": "1",
                "url": "/2026/bridge",
                "title": "Bridge <em>opens</em>",
                "summary": "Traffic flows &amp; trams run.",
                "date_published": "2026-11-24T13:30:00+04:00",
                "date_modified": "2026-11-24T10:00:00Z",
                "tags": ["City", "Transport", "City"],
                "authors": [{"name": "Leyla"}, {"name": "Rauf"}],
            },
            {"id": 2, "external_url": "https://elsewhere.example/x", "content_text": "Linked."},
        ],
    }

    parsed = parse(json.dumps(document), "https://json.example/feed.json")

    assert (parsed.format, parsed.title, parsed.link) == (
        "json",
        "JSON Gazette",
        "https://json.example/",
    )
    first, second = parsed.entries
    assert (first.url, first.title, first.summary) == (
        "https://json.example/2026/bridge",
        "Bridge opens",
        "Traffic flows & trams run.",
    )
    assert (first.published_at, first.updated_at) == (WHEN, WHEN + timedelta(minutes=30))
    assert (first.categories, first.author, first.guid) == (
        ("City", "Transport"),
        "Leyla, Rauf",
        "1",
    )
    assert (second.url, second.guid, second.summary, second.published_at) == (
        "https://elsewhere.example/x",
        "2",
        "Linked.",
        None,
    )


def test_json_feed_10_with_single_author_and_byte_order_mark_is_read():
    document = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Xəbərlər",
        "items": [
            {
                "id": "a",
                "url": "https://az.example/a",
                "title": "Körpü açıldı",
                "author": {"name": "Aygün"},
            }
        ],
    }

    parsed = parse(b"\xef\xbb\xbf" + json.dumps(document, ensure_ascii=False).encode())

    assert parsed.title == "Xəbərlər"
    assert [(e.title, e.author) for e in parsed.entries] == [("Körpü açıldı", "Aygün")]


def test_json_feed_with_odd_value_types_is_read_defensively():
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": ["not", "a", "string"],
        "items": [
            "not an item",
            {"id": 7, "url": "https://j.example/7", "title": 2026, "tags": "City", "authors": "x"},
            {"id": None, "url": {"nested": True}, "title": "No usable url"},
        ],
    }

    parsed = parse(json.dumps(document), "https://j.example/feed.json")

    assert parsed.title == ""
    [entry] = parsed.entries
    assert (entry.guid, entry.title, entry.categories, entry.author) == ("7", "2026", (), "")
    assert "2 entries without a link were skipped." in parsed.warnings


def test_json_feed_that_is_not_utf8_is_refused():
    document = '{"version": "https://jsonfeed.org/version/1.1", "title": "Новости", "items": []}'

    with pytest.raises(FeedError, match="not UTF-8"):
        parse(document.encode("windows-1251"))


@pytest.mark.parametrize("content", ['{"data": [1, 2]}', "[1, 2, 3]", '{"items": 5}'])
def test_json_that_is_not_a_json_feed_is_refused(content):
    with pytest.raises(FeedError, match="not a JSON Feed"):
        parse(content)


def test_broken_json_is_refused():
    with pytest.raises(FeedError, match="not valid JSON"):
        parse('{"version": "https://jsonfeed.org/version/1.1", "items": [')


def test_sitemap_urls_are_entries_with_lastmod_dates():
    sitemap = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://site.example/a</loc><lastmod>2026-11-24T13:30:00+04:00</lastmod></url>
<url><loc> /b </loc><lastmod>2026-11-23</lastmod></url>
<url><loc>https://site.example/c</loc></url>
</urlset>"""

    parsed = parse(sitemap, "https://site.example/sitemap.xml")

    assert parsed.format == "sitemap"
    assert [(e.url, e.published_at) for e in parsed.entries] == [
        ("https://site.example/a", WHEN),
        ("https://site.example/b", datetime(2026, 11, 23, tzinfo=UTC)),
        ("https://site.example/c", None),
    ]
    assert parsed.entries[0].updated_at == WHEN
    assert parsed.sitemaps == []


def test_google_news_sitemap_gives_titles_dates_and_keywords():
    sitemap = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://xeber.example/az/korpu</loc>
<news:news><news:publication><news:name>Xəbər Gazeti</news:name>
<news:language>az</news:language></news:publication>
<news:publication_date>2026-11-24T09:30:00Z</news:publication_date>
<news:title>Bakıda yeni körpü açıldı</news:title>
<news:keywords>Bakı, nəqliyyat ,körpü</news:keywords></news:news></url>
</urlset>"""

    parsed = parse(sitemap, "https://xeber.example/news-sitemap.xml")

    assert parsed.title == "Xəbər Gazeti"
    [entry] = parsed.entries
    assert (entry.title, entry.published_at, entry.categories) == (
        "Bakıda yeni körpü açıldı",
        WHEN,
        ("Bakı", "nəqliyyat", "körpü"),
    )


def test_sitemap_index_lists_child_sitemaps_and_no_entries():
    index = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://site.example/sitemap-2026-11.xml.gz</loc><lastmod>2026-11-24</lastmod></sitemap>
<sitemap><loc>/sitemap-news.xml</loc></sitemap>
<sitemap><loc>/sitemap-news.xml</loc></sitemap>
</sitemapindex>"""

    parsed = parse(index, "https://site.example/sitemap.xml")

    assert (parsed.format, parsed.entries) == ("sitemapindex", [])
    assert parsed.sitemaps == [
        "https://site.example/sitemap-2026-11.xml.gz",
        "https://site.example/sitemap-news.xml",
    ]


def test_sitemap_without_namespace_is_read():
    sitemap = "<urlset><url><loc>http://plain.example/x</loc></url></urlset>"

    assert [e.url for e in parse(sitemap, "http://plain.example/").entries] == [
        "http://plain.example/x"
    ]


def test_format_is_sniffed_from_the_bytes_after_comments_and_whitespace():
    sitemap = "\n\n<!-- generated -->\n<?xml-stylesheet href='s.xsl'?>\n<urlset><url><loc>http://s.example/1</loc></url></urlset>"

    assert parse(sitemap, "http://s.example/feed").format == "sitemap"


# --- compression --------------------------------------------------------------------------


def test_gzipped_sitemap_is_decompressed():
    sitemap = b"<urlset><url><loc>https://site.example/a</loc></url></urlset>"

    parsed = parse(gzip.compress(sitemap), "https://site.example/sitemap.xml.gz")

    assert [e.url for e in parsed.entries] == ["https://site.example/a"]


def gzip_of_zeros(megabytes: int) -> bytes:
    # Built chunk by chunk so the test itself never holds the inflated size.
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)
    zeros = bytes(1_000_000)
    chunks = [compressor.compress(zeros) for _ in range(megabytes)]
    return b"".join(chunks) + compressor.flush()


def test_gzip_bomb_is_refused_fast_and_without_inflating_it():
    bomb = gzip_of_zeros(200)

    tracemalloc.start()
    try:
        with pytest.raises(FeedError, match="decompression bomb"):
            parse(bomb, "https://site.example/sitemap.xml.gz", max_bytes=2_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 20_000_000


def test_truncated_gzip_is_refused():
    data = gzip.compress(b"<urlset><url><loc>https://site.example/a</loc></url></urlset>" * 50)

    with pytest.raises(FeedError, match="truncated"):
        parse(data[: len(data) // 2])


def test_oversized_feed_is_refused():
    with pytest.raises(FeedError, match="larger than"):
        parse(rss(item() * 50), max_bytes=1000)


# --- XML bombs ----------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
{root}"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
{root}"""


@pytest.mark.parametrize(
    "root",
    [
        rss(item(title="&lol9;", link="http://x.example/a")).split("?>", 1)[1],
        "<urlset><url><loc>http://x.example/&lol9;</loc></url></urlset>",
    ],
    ids=["rss", "sitemap"],
)
def test_billion_laughs_is_refused_before_parsing(root):
    with pytest.raises(FeedError, match="declares XML entities; refused as a possible XML bomb"):
        parse(BILLION_LAUGHS.format(root=root))


@pytest.mark.parametrize(
    "root",
    [
        "<rss version='2.0'><channel><item><title>&xxe;</title><link>http://x.example/</link></item></channel></rss>",
        "<urlset><url><loc>http://x.example/&xxe;</loc></url></urlset>",
    ],
    ids=["rss", "sitemap"],
)
def test_external_entity_is_refused_and_never_read(root):
    with pytest.raises(FeedError, match="XML bomb") as error:
        parse(EXTERNAL_ENTITY.format(root=root))

    assert "root:" not in str(error.value)


def test_safe_xml_parser_expands_no_entity_should_a_bomb_ever_reach_it():
    bomb = BILLION_LAUGHS.format(root="<r>&lol9;</r>").encode()
    steal = EXTERNAL_ENTITY.format(root="<r>&xxe;</r>").encode()

    for document in (bomb, steal):
        try:
            root = etree.fromstring(document, safe_xml_parser())
        except etree.XMLSyntaxError:
            continue  # libxml2's own amplification limit refused it: as good
        assert len(etree.tostring(root)) < 100
        assert "root:" not in "".join(root.itertext())


def test_bomb_in_utf16_is_refused_too():
    document = BILLION_LAUGHS.format(root="<rss><channel><title>&lol9;</title></channel></rss>")

    with pytest.raises(FeedError, match="XML bomb"):
        parse(b"\xff\xfe" + document.replace('<?xml version="1.0"?>', "").encode("utf-16le"))


def test_entity_declarations_hidden_behind_a_doctype_attribute_default_are_found():
    document = '<!DOCTYPE r [<!ATTLIST r a CDATA "<!--"> <!ENTITY x "y"> <!-- -->]><r/>'

    assert declares_xml_entities(document)


def test_article_about_xml_entities_inside_cdata_is_not_a_bomb():
    feed = rss(
        item(
            title="How XML bombs work",
            link="http://x.example/xml",
            description='<![CDATA[Never parse <!ENTITY lol "lol"> from strangers.]]>',
        )
    )

    [entry] = parse(feed).entries

    assert entry.summary == "Never parse from strangers."  # the tag-like text is markup


# --- ill-formed input ---------------------------------------------------------------------


def test_malformed_feed_still_yields_its_entries_with_a_warning():
    feed = rss(
        item(title="One", link="http://x.example/1")
        + "<item><title>Two</b></title><link>http://x.example/2</link></item>"
    )

    parsed = parse(feed)

    assert [e.url for e in parsed.entries] == ["http://x.example/1", "http://x.example/2"]
    assert any("not well-formed XML" in w for w in parsed.warnings)


def test_truncated_feed_keeps_the_entries_read_before_the_cut():
    feed = rss(
        item(title="One", link="http://x.example/1") + item(title="Two", link="http://x.example/2")
    )

    parsed = parse(feed[: feed.index("<title>Two")])

    assert [e.title for e in parsed.entries] == ["One"]
    assert any("not well-formed XML" in w for w in parsed.warnings)


def test_truncated_sitemap_keeps_the_urls_read_before_the_cut():
    sitemap = "<urlset><url><loc>http://s.example/1</loc></url><url><loc>http://s.example/2</lo"

    parsed = parse(sitemap, "http://s.example/sitemap.xml")

    assert [e.url for e in parsed.entries][:1] == ["http://s.example/1"]
    assert any("not well-formed XML" in w for w in parsed.warnings)


def test_truncated_sitemap_index_keeps_the_sitemaps_read_before_the_cut():
    index = "<sitemapindex><sitemap><loc>http://s.example/a.xml</loc></sitemap><sitemap><lo"

    parsed = parse(index, "http://s.example/sitemap.xml")

    assert parsed.sitemaps == ["http://s.example/a.xml"]
    assert any("not well-formed XML" in w for w in parsed.warnings)


@pytest.mark.parametrize("content", ["<urlset><url><lo", "<urlset><url><loc>javascript:x()</loc>"])
def test_sitemap_with_nothing_usable_is_refused(content):
    with pytest.raises(FeedError):
        parse(content, "http://s.example/sitemap.xml")


@pytest.mark.parametrize(
    "content",
    [b"hello world", b"\x00\x01\x02binary\xff", b"<rss version='2.0'><channel><title>T"],
    ids=["text", "binary", "truncated-before-items"],
)
def test_input_with_nothing_usable_is_refused(content):
    with pytest.raises(FeedError):
        parse(content)


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><p>Welcome</p></body></html>",
        b"<!DOCTYPE html>\n<html lang='az'><head><title>Xeber</title></head><body></body></html>",
        b"<!-- cached --><HTML><BODY>Hi</BODY></HTML>",
        b"<div><p>Just a fragment</p></div>",
    ],
)
def test_html_page_is_not_a_feed(content):
    with pytest.raises(FeedError, match=r"HTML page, not a feed.*kiosk sources add"):
        parse(content)


@pytest.mark.parametrize("content", [b"", b"  \n\t "])
def test_empty_content_is_refused(content):
    with pytest.raises(FeedError, match="empty"):
        parse(content)


def test_content_naming_a_local_file_is_never_opened():
    # feedparser opens bytes that name an existing file; Kiosk must never let it.
    with pytest.raises(FeedError, match="not an RSS"):
        parse(b"/etc/hostname")


def test_valid_feed_without_entries_is_empty_with_a_warning():
    parsed = parse(rss(""))

    assert parsed.entries == []
    assert parsed.warnings == ["The feed has no entries."]


# --- entries ------------------------------------------------------------------------------


def test_relative_links_are_resolved_against_the_feed_url():
    feed = rss(item(link="/2026/11/bridge") + item(title="Next", link="photos/1"))

    parsed = parse(feed, "https://gazette.example/news/rss.xml")

    assert [e.url for e in parsed.entries] == [
        "https://gazette.example/2026/11/bridge",
        "https://gazette.example/news/photos/1",
    ]


def test_entries_without_a_link_are_skipped_with_a_warning():
    feed = rss(
        item(title="No link", link=None) + item(title="Linked") + item(title="Also none", link=None)
    )

    parsed = parse(feed)

    assert [e.title for e in parsed.entries] == ["Linked"]
    assert "2 entries without a link were skipped." in parsed.warnings


def test_permalink_guid_stands_in_for_a_missing_link():
    feed = rss(item(link=None, guid="http://x.example/by-guid"))

    assert [e.url for e in parse(feed).entries] == ["http://x.example/by-guid"]


def test_entries_without_dates_have_none():
    [entry] = parse(rss(item())).entries

    assert (entry.published_at, entry.updated_at) == (None, None)


def test_javascript_and_mailto_links_are_dropped_with_a_warning():
    feed = rss(
        item(link="javascript:alert(1)") + item(link="mailto:desk@x.example") + item(link="/ok")
    )

    parsed = parse(feed)

    assert [e.url for e in parsed.entries] == ["http://gazette.example/ok"]
    assert any(w.startswith("2 entries whose link is not a web address") for w in parsed.warnings)


def test_feed_whose_entries_all_lack_usable_links_is_refused():
    with pytest.raises(FeedError, match="None of the feed's 2 entries"):
        parse(rss(item(link=None) + item(link="javascript:void(0)")))


def test_duplicate_guids_and_links_are_kept_once_with_a_warning():
    feed = rss(
        item(title="First", link="/1", guid="g1")
        + item(title="Same guid", link="/2", guid="g1")
        + item(title="Same link", link="/1", guid="g3")
        + item(title="Other", link="/4", guid="g4")
    )

    parsed = parse(feed)

    assert [e.title for e in parsed.entries] == ["First", "Other"]
    assert "2 duplicate entries (same guid or link) were skipped." in parsed.warnings


def test_entries_keep_the_feed_order():
    titles = ["Zeta", "Alpha", "Mu", "Beta"]
    feed = rss("".join(item(title=t, link=f"/{t}") for t in titles))

    assert [e.title for e in parse(feed).entries] == titles


def test_dates_in_the_future_are_treated_as_unknown_with_a_warning():
    soon = "Tue, 24 Nov 2026 12:05:00 +0000"  # within the 10 minutes of clock slack
    later = "Tue, 24 Nov 2026 14:00:00 +0000"
    feed = rss(item(link="/soon", pubDate=soon) + item(link="/later", pubDate=later))

    parsed = parse(feed)

    assert [e.published_at for e in parsed.entries] == [NOW + timedelta(minutes=5), None]
    assert "1 entry dated in the future; the date was ignored." in parsed.warnings


def test_future_check_uses_the_current_time_by_default():
    feed = rss(item(pubDate="Tue, 24 Nov 2999 12:00:00 +0000"))

    [entry] = parse_feed(feed.encode(), FEED_URL).entries

    assert entry.published_at is None


def test_published_date_falls_back_to_the_updated_date():
    atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>urn:1</id><title>Only updated</title><link href="http://a.example/1"/>
<updated>2026-11-24T09:30:00Z</updated></entry></feed>"""

    [entry] = parse(atom).entries

    assert (entry.published_at, entry.updated_at) == (WHEN, WHEN)


def test_unreadable_dates_are_unknown_with_a_warning():
    parsed = parse(rss(item(pubDate="sometime last week")))

    assert parsed.entries[0].published_at is None
    assert "1 entry has a date Kiosk cannot read; it was ignored." in parsed.warnings


def test_titles_and_summaries_are_plain_text():
    feed = rss(
        item(
            title="Tram &amp;amp; bus   <![CDATA[<b>news</b>]]>",
            description=(
                "<![CDATA[<p>First&nbsp;line</p><p>Second <a href='/x'>link</a></p>"
                "<script>steal()</script><style>p{}</style>\n\n  end]]>"
            ),
        )
        + item(link="/2", description="&amp;lt;p&amp;gt;Escaped twice&amp;lt;/p&amp;gt;")
    )

    first, second = parse(feed).entries

    assert first.title == "Tram & bus news"
    assert first.summary == "First line Second link end"
    assert second.summary == "Escaped twice"


@pytest.mark.parametrize("codec", ["windows-1251", "koi8-r"])
def test_cyrillic_feed_declared_in_its_xml_declaration_comes_out_right(codec):
    feed = rss(
        item(title="Мост через реку открыт", link="/most", description="Жители довольны."),
        channel="<title>Городские новости</title>",
        encoding=codec,
    )

    parsed = parse(feed.encode(codec))

    assert parsed.title == "Городские новости"
    assert [(e.title, e.summary) for e in parsed.entries] == [
        ("Мост через реку открыт", "Жители довольны.")
    ]


def test_utf16_feed_is_read():
    feed = rss(item(title="Bakıda körpü açıldı"), encoding="UTF-16")

    parsed = parse(feed.encode("utf-16"))

    assert parsed.entries[0].title == "Bakıda körpü açıldı"


def test_undeclared_windows_1251_feed_is_detected():
    feed = rss(item(title="Мост через реку открыт"), encoding="x").replace(' encoding="x"', "")

    parsed = parse(feed.encode("windows-1251"))

    assert parsed.entries[0].title == "Мост через реку открыт"
