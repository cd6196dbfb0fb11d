"""Feeds: turn the bytes of any feed or sitemap into entries with absolute links.

The step after fetching a source's feed URL: RSS, RDF and Atom (through feedparser),
JSON Feed, and XML sitemaps (plain, Google News, indexes, gzipped) all come out as one
`ParsedFeed`. The bytes are hostile until proven otherwise: sizes are capped, gzip is
inflated under a cap, XML entity declarations are refused before any parser runs, and
nothing here touches the network or the database.
"""

import calendar
import email.utils
import html
import io
import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import nh3
from lxml import etree

from kiosk.crawl.encoding import decode_xml, to_utf8_xml

# Feeds are written by clocks that drift and by editors who schedule; a little slack keeps
# honest feeds' dates, more than that is a date Kiosk must not sort by.
FUTURE_TOLERANCE = timedelta(minutes=10)

GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_CHARS = 65_536


class FeedError(Exception):
    """The bytes are not a feed Kiosk can read; the message says why and what to do."""


@dataclass(frozen=True)
class FeedEntry:
    url: str  # absolute http(s) URL of the article
    title: str  # plain text
    published_at: datetime | None  # aware UTC; None if missing, unreadable or in the future
    updated_at: datetime | None = None
    summary: str = ""  # plain text
    categories: tuple[str, ...] = ()
    guid: str = ""  # the feed's guid/id, else the url
    author: str = ""


@dataclass(frozen=True)
class ParsedFeed:
    format: str  # "rss" | "atom" | "rdf" | "json" | "sitemap" | "sitemapindex"
    title: str
    link: str  # the site's home page if the feed names it, else ""
    entries: list[FeedEntry]
    sitemaps: list[str] = field(default_factory=list)  # children of a sitemap index
    warnings: list[str] = field(default_factory=list)  # for editors, one sentence each


def parse_feed(
    content: bytes, base_url: str, *, now: datetime | None = None, max_bytes: int = 50_000_000
) -> ParsedFeed:
    """Parse a feed or sitemap fetched from `base_url`; raise FeedError if unreadable.

    The format is sniffed from the bytes, never taken from the Content-Type. Entries keep
    the feed's order; dates more than 10 minutes after `now` (default: the current time)
    count as unknown.
    """
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    if not content.strip():
        raise FeedError(
            "The feed is empty: the server answered with no content. Check the feed URL "
            "in a browser; the site may have moved or switched its feed off."
        )
    if len(content) > max_bytes:
        raise FeedError(f"The feed is larger than the {_size(max_bytes)} limit; refused.")
    if content.startswith(GZIP_MAGIC):
        content = _gunzip(content, max_bytes)

    kind = _sniff(content)
    if kind == "json":
        return _parse_json_feed(content, base_url, now)
    if kind == "html":
        raise _html_error()

    text, _ = decode_xml(content)
    if declares_xml_entities(text):
        raise FeedError(
            "The document declares XML entities; refused as a possible XML bomb. "
            "Real feeds never need them: ask the site for a plain RSS or Atom feed."
        )
    data = to_utf8_xml(text)
    if kind in ("urlset", "sitemapindex"):
        return _parse_sitemap(data, base_url, now)
    return _parse_with_feedparser(data, base_url, now, root=kind)


# --- safety -------------------------------------------------------------------------------

# An unclosed comment or CDATA runs to the end rather than failing, which would make the
# scan retry at every later "<!--": quadratic time on a hostile document.
_ENTITY_SCAN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<!DOCTYPE|<!ENTITY", re.S | re.I
)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)


def declares_xml_entities(text: str) -> bool:
    """Whether an XML document declares entities (the stuff of billion-laughs bombs).

    Declarations live in a DOCTYPE; quoted values inside one can hide markup from a
    simple scanner, so once a DOCTYPE is seen any later "<!ENTITY" counts. Outside a
    DOCTYPE, the words inside comments and CDATA (an article about XML) do not.
    """
    for match in _ENTITY_SCAN.finditer(text):
        markup = match.group(0).upper()
        if markup == "<!ENTITY":
            return True
        if markup == "<!DOCTYPE":
            return _ENTITY_DECLARATION.search(text, match.end()) is not None
    return False


def safe_xml_parser(*, recover: bool = False) -> etree.XMLParser:
    """An lxml parser that expands no entity, loads no DTD and fetches nothing."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def _gunzip(content: bytes, max_bytes: int) -> bytes:
    """Inflate gzip (sitemap.xml.gz) chunk by chunk, never beyond `max_bytes`."""
    out = bytearray()
    pending = content
    inflater = zlib.decompressobj(wbits=31)
    try:
        while pending:
            # max_length bounds each step's output, so a bomb costs at most max_bytes.
            out += inflater.decompress(pending, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                raise FeedError(
                    f"The gzip file inflates to more than {_size(max_bytes)}; refused as a "
                    "possible decompression bomb."
                )
            pending = inflater.unconsumed_tail
            if inflater.eof:
                pending = inflater.unused_data
                if not pending.startswith(GZIP_MAGIC):
                    break  # trailing garbage after the last member is ignored, as gzip does
                inflater = zlib.decompressobj(wbits=31)
    except zlib.error as exc:
        raise FeedError(f"The gzip file is corrupt ({exc}); it cannot be read.") from exc
    if not inflater.eof:
        raise FeedError("The gzip file is truncated; the download was probably cut short.")
    if not out.strip():
        raise FeedError("The gzip file holds no content.")
    return bytes(out)


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n:,} bytes"


# --- sniffing -----------------------------------------------------------------------------

_PROLOG_ITEM = re.compile(
    r"""\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE\s+([^\s\[>]*)(?:[^\[>"']|"[^"]*"|'[^']*')*"""
    r"""(?:\[.*?\]\s*)?>)""",
    re.S | re.I,
)
_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "RDF", "channel"})
_HTML_HINT = re.compile(r"<(?:html|head|body|div|p|script|meta|title|table|a)\b", re.I)


def _sniff(content: bytes) -> str:
    """'json', 'html', 'urlset', 'sitemapindex', or the root element's local name."""
    head = _head_text(content)
    if head.startswith(("{", "[")):
        return "json"
    pos = 0
    while match := _PROLOG_ITEM.match(head, pos):
        if match.group(1) and match.group(1).lower() == "html":
            return "html"
        pos = match.end()
    root = _ROOT.match(head, len(head) - len(head[pos:].lstrip()))
    if not root:
        return ""
    name = root.group(1).rsplit(":", 1)[-1]
    return "html" if name.lower() == "html" else name


def _head_text(content: bytes) -> str:
    head = content[: _SNIFF_CHARS * 4]
    if head.startswith((b"\xff\xfe", b"<\x00")):
        text = head.decode("utf-16le", "replace")
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        text = head.decode("utf-16be", "replace")
    else:
        text = head.decode("latin-1")  # ASCII markup reads the same in any 8-bit encoding
    return text[:_SNIFF_CHARS].lstrip("\ufeff\xef\xbb\xbf \t\r\n")


def _html_error() -> FeedError:
    return FeedError(
        "This address is an HTML page, not a feed. If it is the site's home page, "
        "`kiosk sources add <url>` finds the feed the page announces."
    )


# --- RSS, RDF and Atom --------------------------------------------------------------------


def _parse_with_feedparser(data: bytes, base_url: str, now: datetime, *, root: str) -> ParsedFeed:
    # A BytesIO, because feedparser treats bare bytes that look like a URL or a file name
    # as one and fetches or opens it. The text is stripped to plain text below, so
    # feedparser's sanitising and URI rewriting of embedded HTML would be wasted work.
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={
            "content-location": base_url,
            "content-type": "application/xml; charset=utf-8",
        },
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    version = parsed.get("version") or ""
    raw_entries = parsed.get("entries") or []
    problem = _bozo_reason(parsed.get("bozo_exception")) if parsed.get("bozo") else ""

    if not raw_entries:
        if root == "html" or (
            not version and _HTML_HINT.search(data[:_SNIFF_CHARS].decode("utf-8", "replace"))
        ):
            raise _html_error()
        if not version and root not in _FEED_ROOTS:
            raise FeedError(
                "This is not an RSS, Atom, JSON or sitemap feed Kiosk can read. "
                "Check that the source's feed URL points at the feed itself."
            )
        if problem:
            raise FeedError(
                f"The feed is not well-formed XML ({problem}) and no entry could be read "
                "from it. Tell the site's webmaster, or look for another feed."
            )

    if version.startswith("atom"):
        format_ = "atom"
    elif version in ("rss10", "rss090") or root == "RDF":
        format_ = "rdf"
    else:
        format_ = "rss"

    feed = parsed.get("feed") or {}
    builder = _EntryBuilder(base_url, now)
    for raw in raw_entries:
        builder.add(
            links=_entry_links(raw),
            title=_text_value(raw.get("title")),
            published=(raw.get("published"), _from_struct(raw.get("published_parsed"))),
            updated=(raw.get("updated"), _from_struct(raw.get("updated_parsed"))),
            summary=_text_value(raw.get("summary"))
            or _text_value(((raw.get("content") or [{}])[0]).get("value")),
            categories=[t.get("term") or t.get("label") for t in raw.get("tags") or []],
            guid=raw.get("id") if isinstance(raw.get("id"), str) else "",
            author=_feedparser_author(raw),
        )
    warnings = []
    if problem:
        warnings.append(
            f"The feed is not well-formed XML ({problem}); the entries that could be read "
            "were kept, others may be missing."
        )
    return builder.result(
        format_=format_,
        title=_plain(feed.get("title")),
        link=_web_url(feed.get("link"), base_url),
        warnings=warnings,
    )


def _bozo_reason(exc: object) -> str:
    reason = str(exc or "unknown error")
    # SAX reports "<unknown>:5:3: mismatched tag": say it the way an editor reads it.
    located = re.match(r"^<unknown>:(\d+):(\d+):\s*(.*)$", reason)
    if located:
        return f"line {located[1]}, column {located[2]}: {located[3]}"
    return reason


def _entry_links(raw: Any) -> list[str]:
    links = [raw.get("link")]
    links += [
        link.get("href")
        for link in raw.get("links") or []
        if link.get("rel", "alternate") == "alternate"
    ]
    return [link for link in links if isinstance(link, str) and link.strip()]


def _feedparser_author(raw: Any) -> str:
    author = raw.get("author") or ""
    if "@" in author:
        # RSS 2.0 wants "email (Name)", and feedparser's own split cuts long domains
        # ("desk@gazette.exam" + "ple (Name"), so the name is taken from the raw string.
        return _name_beside_address(author)
    names = [a.get("name") for a in raw.get("authors") or [] if isinstance(a, dict)]
    names = [_plain(n) for n in names if n] or [_plain(author)]
    return ", ".join(n for n in dict.fromkeys(names) if n)


def _name_beside_address(author: str) -> str:
    """ "desk@x.az (Name)", "Name (desk@x.az)" or "Name <desk@x.az>" -> "Name"; else ""."""
    author = author.strip()
    for opening, closing in ("()", "<>"):
        if author.endswith(closing) and opening in author:
            outside, _, inside = author[:-1].rpartition(opening)
            if "@" in inside and "@" not in outside:
                return _plain(outside)
            if "@" in outside and "@" not in inside:
                return _plain(inside)
    return ""  # a bare address is no byline


def _from_struct(value: Any) -> datetime | None:
    # feedparser gives dates as UTC struct_time.
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None


# --- JSON Feed ----------------------------------------------------------------------------


def _parse_json_feed(content: bytes, base_url: str, now: datetime) -> ParsedFeed:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FeedError(
            "The JSON feed is not UTF-8, which JSON Feed requires; ask the site to fix it."
        ) from exc
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"The JSON feed is not valid JSON ({str(exc)[:200]}).") from exc
    version = document.get("version") if isinstance(document, dict) else None
    items = document.get("items") if isinstance(document, dict) else None
    is_json_feed = isinstance(version, str) and "jsonfeed.org" in version
    if not isinstance(items, list) or not (is_json_feed or version is None):
        raise FeedError(
            "This is a JSON document but not a JSON Feed (https://jsonfeed.org): "
            "it has no version and items. Check the source's feed URL."
        )

    builder = _EntryBuilder(base_url, now)
    for item in items:
        if not isinstance(item, dict):
            builder.add(links=[], title="")
            continue
        # JSON Feed 1.0 had a single author.
        authors = _list(item.get("authors")) or [item.get("author")]
        published = _string(item.get("date_published"))
        updated = _string(item.get("date_modified"))
        builder.add(
            links=[_string(item.get("url")), _string(item.get("external_url"))],
            title=_plain(_string(item.get("title"))),
            published=(published, _parse_date(published)),
            updated=(updated, _parse_date(updated)),
            summary=_plain(
                _string(item.get("summary"))
                or _string(item.get("content_text"))
                or _string(item.get("content_html"))
            ),
            categories=[_string(tag) for tag in _list(item.get("tags"))],
            guid=_string(item.get("id")),
            author=", ".join(
                _plain(_string(a.get("name"))) for a in authors if isinstance(a, dict)
            ),
        )
    return builder.result(
        format_="json",
        title=_plain(_string(document.get("title"))),
        link=_web_url(_string(document.get("home_page_url")), base_url),
        warnings=[],
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _string(value: Any) -> str:
    # JSON from strangers can hold anything anywhere; ids are sometimes numbers.
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


# --- sitemaps -----------------------------------------------------------------------------


def _parse_sitemap(data: bytes, base_url: str, now: datetime) -> ParsedFeed:
    warnings = []
    try:
        root = etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        # Truncated sitemaps are common (a cut download, a crashed generator): keep what
        # a recovering parse finds, and say so.
        root = _recover(data)
        kind = "sitemap" if _local(root) == "sitemapindex" else "url"
        if root is None or next(_children(root, kind), None) is None:
            raise FeedError(
                f"The sitemap is not well-formed XML ({exc}); nothing could be read from it."
            ) from exc
        warnings.append(
            f"The sitemap is not well-formed XML ({exc}); the entries that could be read "
            "were kept, others may be missing."
        )

    if _local(root) == "sitemapindex":
        children: dict[str, None] = {}  # a dict: ordered, and indexes hold 50,000 sitemaps
        skipped = 0
        for sitemap in _children(root, "sitemap"):
            url = _web_url(_child_text(sitemap, "loc"), base_url)
            if url:
                children[url] = None
            else:
                skipped += 1
        if skipped:
            warnings.append(
                _count(
                    skipped,
                    "sitemap without a usable http(s) address was",
                    "sitemaps without a usable http(s) address were",
                )
                + " skipped."
            )
        if not children and skipped:
            raise FeedError("The sitemap index lists no readable sitemap. " + " ".join(warnings))
        return ParsedFeed("sitemapindex", "", "", [], sitemaps=list(children), warnings=warnings)

    builder = _EntryBuilder(base_url, now)
    publication = ""
    for url in _children(root, "url"):
        news = next(_children(url, "news"), None)
        title = keywords = published = ""
        if news is not None:
            title = _child_text(news, "title")
            keywords = _child_text(news, "keywords")
            published = _child_text(news, "publication_date")
            source = next(_children(news, "publication"), None)
            if source is not None and not publication:
                publication = _plain(_child_text(source, "name"))
        lastmod = _child_text(url, "lastmod")
        builder.add(
            links=[_child_text(url, "loc")],
            title=_plain(title),
            published=(published, _parse_date(published)),
            updated=(lastmod, _parse_date(lastmod)),
            categories=keywords.split(","),
        )
    return builder.result(format_="sitemap", title=publication, link="", warnings=warnings)


def _recover(data: bytes) -> Any:
    try:
        return etree.fromstring(data, safe_xml_parser(recover=True))
    except etree.XMLSyntaxError:
        return None


def _local(element: Any) -> str:
    if element is None or not isinstance(element.tag, str):
        return ""
    return etree.QName(element).localname


def _children(element: Any, name: str) -> Iterable[Any]:
    # "{*}" matches any namespace or none: sitemaps appear with the 0.9 namespace, the old
    # Google one, or none at all.
    return element.iterchildren("{*}" + name)


def _child_text(element: Any, name: str) -> str:
    return (element.findtext("{*}" + name) or "").strip()


# --- entries, whatever the format ---------------------------------------------------------


class _EntryBuilder:
    """Applies the same rules to every format's entries and counts what it had to drop."""

    def __init__(self, base_url: str, now: datetime) -> None:
        self.base_url = base_url
        self.latest = now + FUTURE_TOLERANCE
        self.entries: list[FeedEntry] = []
        self.seen: set[str] = set()
        self.raw = 0
        self.no_link = self.bad_scheme = self.duplicates = self.future = self.bad_date = 0

    def add(
        self,
        *,
        links: list[str],
        title: str,
        published: tuple[str | None, datetime | None] = (None, None),
        updated: tuple[str | None, datetime | None] = (None, None),
        summary: str = "",
        categories: Iterable[str | None] = (),
        guid: str = "",
        author: str = "",
    ) -> None:
        self.raw += 1
        links = [link.strip() for link in links if link and link.strip()]
        if not links:
            self.no_link += 1
            return
        url = next((u for u in (_web_url(link, self.base_url) for link in links) if u), "")
        if not url:
            self.bad_scheme += 1
            return
        guid = guid.strip() or url
        if guid in self.seen or url in self.seen:
            self.duplicates += 1
            return
        self.seen.update((guid, url))

        published_at, updated_at = published[1], updated[1]
        if (published[0] and not published_at) or (updated[0] and not updated_at):
            self.bad_date += 1
        if (published_at and published_at > self.latest) or (
            updated_at and updated_at > self.latest
        ):
            self.future += 1
            published_at = published_at if published_at and published_at <= self.latest else None
            updated_at = updated_at if updated_at and updated_at <= self.latest else None
        self.entries.append(
            FeedEntry(
                url=url,
                title=title,
                published_at=published_at or updated_at,
                updated_at=updated_at,
                summary=summary,
                categories=tuple(dict.fromkeys(c for c in map(_plain, categories) if c)),
                guid=guid,
                author=author,
            )
        )

    def result(self, *, format_: str, title: str, link: str, warnings: list[str]) -> ParsedFeed:
        if self.no_link:
            warnings.append(
                _count(self.no_link, "entry without a link was", "entries without a link were")
                + " skipped."
            )
        if self.bad_scheme:
            warnings.append(
                _count(
                    self.bad_scheme,
                    "entry whose link is not a web address (javascript:, mailto:, …) was",
                    "entries whose link is not a web address (javascript:, mailto:, …) were",
                )
                + " skipped."
            )
        if self.duplicates:
            warnings.append(
                _count(
                    self.duplicates,
                    "duplicate entry (same guid or link) was",
                    "duplicate entries (same guid or link) were",
                )
                + " skipped."
            )
        if self.future:
            warnings.append(
                _count(self.future, "entry dated", "entries dated")
                + " in the future; the date was ignored."
            )
        if self.bad_date:
            warnings.append(
                _count(self.bad_date, "entry has a date", "entries have a date")
                + " Kiosk cannot read; it was ignored."
            )
        if self.raw and not self.entries:
            raise FeedError(
                f"None of the feed's {self.raw} entries has a usable link: " + " ".join(warnings)
            )
        if not self.raw:
            warnings.append("The feed has no entries.")
        return ParsedFeed(format_, title, link, self.entries, warnings=warnings)


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def _web_url(value: str | None, base_url: str) -> str:
    """`value` made absolute against `base_url` if it is an http(s) URL, else ""."""
    if not value:
        return ""
    # Browsers drop tabs and newlines inside URLs; feeds wrap long links.
    value = re.sub(r"[\t\r\n]", "", value.strip())
    try:
        # urljoin costs more than the rest of a sitemap entry; absolute URLs skip it.
        url = (
            value
            if value[:8].lower().startswith(("http://", "https://"))
            else urljoin(base_url, value)
        )
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    return url


def _parse_date(value: str | None) -> datetime | None:
    """An RFC 3339 / W3C datetime (or, leniently, an RFC 822 one) as aware UTC."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


_BLOCK_TAG = re.compile(
    r"<(/?)(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|pre|hr|"
    r"dd|dt|figure|figcaption|header|footer)\b",
    re.I,
)
_TAG_LIKE = re.compile(r"<[A-Za-z/!]")


def _text_value(value: Any) -> str:
    return _plain(value) if isinstance(value, str) else ""


def _plain(value: str | None) -> str:
    """Plain text from a feed field that may hold HTML: no tags, no entities, one line."""
    if not value:
        return ""
    # Feeds double-escape HTML often enough ("&amp;lt;p&amp;gt;") that one round of
    # unescaping can leave tags behind; a second round catches them.
    for _ in range(2):
        if "<" not in value and "&" not in value:
            break
        # A space before block tags keeps "<p>One</p><p>Two</p>" from becoming "OneTwo".
        value = html.unescape(nh3.clean(_BLOCK_TAG.sub(r" <\1\2", value), tags=set()))
        if not _TAG_LIKE.search(value):
            break
    return " ".join(value.split())
