"""OPML: the list of sources in and out, the format every feed reader imports and exports.

`parse_opml` turns an uploaded file into plain `OutlineSource` values for the sources
services to create; `render_opml` writes Kiosk's sources back out. No database here.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

from kiosk.crawl.encoding import decode_xml, to_utf8_xml
from kiosk.crawl.feeds import declares_xml_entities, safe_xml_parser


class OpmlError(ValueError):
    """The file is not an OPML subscription list Kiosk can read; the message says why."""


@dataclass(frozen=True)
class OutlineSource:
    title: str
    feed_url: str
    homepage: str = ""
    language: str = ""  # "" when the outline names none
    category: str = ""  # the enclosing folder outline's name, "" at top level


# Outlines of these types are subscriptions; "link", "include" and others are not.
_FEED_TYPES = frozenset({"", "rss", "atom", "rdf", "json"})

# What a recovering parser makes the root of an HTML page it could not parse as XML.
_HTML_ROOTS = frozenset({"html", "head", "body", "meta", "title", "link", "div", "p"})
_HTML_DOCTYPE = re.compile(r"\s*<!DOCTYPE\s+html", re.I)

# XML 1.0 forbids most control characters even escaped; lxml raises on them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_opml(content: bytes) -> list[OutlineSource]:
    """Every subscription in an OPML 1.0/2.0 file, in file order, each feed once.

    A subscription is an outline with an xmlUrl (and type rss, atom or none). Its
    category is the nearest enclosing outline's text; its language comes from a
    `language` attribute if the exporter wrote one.
    """
    if not content.strip():
        raise OpmlError("The OPML file is empty.")
    text, _ = decode_xml(content)
    if declares_xml_entities(text):
        raise OpmlError(
            "The OPML file declares XML entities; refused as a possible XML bomb. "
            "Export the subscriptions again from the feed reader."
        )
    data = to_utf8_xml(text)
    try:
        root = etree.fromstring(data, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        # Feed readers have exported unescaped "&" in titles for years; libxml2's
        # recovery keeps the rest of such a file.
        try:
            root = etree.fromstring(data, safe_xml_parser(recover=True))
        except etree.XMLSyntaxError:
            root = None
        if root is None:
            raise OpmlError(
                f"This is not an OPML file: it is not well-formed XML ({exc}). "
                "Export the subscriptions from the feed reader as OPML and try again."
            ) from exc
    if _local(root) != "opml":
        is_html = _local(root).lower() in _HTML_ROOTS or _HTML_DOCTYPE.match(text)
        what = "an HTML page" if is_html else f"a <{_local(root)}> document"
        raise OpmlError(
            f"This is {what}, not an OPML file. Export the subscriptions from the feed "
            "reader as OPML (often called “Export feeds”) and try again."
        )
    body = next((child for child in root if _local(child) == "body"), None)
    if body is None:
        raise OpmlError("The OPML file has no <body>, so it lists no subscriptions.")

    sources: dict[str, OutlineSource] = {}
    _collect(body, "", sources)
    return list(sources.values())


def render_opml(sources: Iterable[OutlineSource], *, title: str) -> bytes:
    """An OPML 2.0 file (UTF-8) of `sources`, grouped into one folder per category.

    Uncategorised sources come first at the top level, then each category in the order
    it first appears; `parse_opml` reads the result back to the same sources.
    """
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = _xml_text(title)
    body = etree.SubElement(root, "body")

    groups: dict[str, list[OutlineSource]] = {}
    for source in sources:
        groups.setdefault(source.category, []).append(source)
    for category in sorted(groups, key=lambda name: name != ""):  # stable: "" first
        parent = body
        if category:
            name = _xml_text(category)
            parent = etree.SubElement(body, "outline", text=name, title=name)
        for source in groups[category]:
            name = _xml_text(source.title)
            outline = etree.SubElement(parent, "outline", text=name, title=name, type="rss")
            outline.set("xmlUrl", _xml_text(source.feed_url))
            if source.homepage:
                outline.set("htmlUrl", _xml_text(source.homepage))
            if source.language:
                outline.set("language", _xml_text(source.language))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


def _collect(parent: etree._Element, category: str, sources: dict[str, OutlineSource]) -> None:
    for outline in parent:
        if _local(outline) != "outline":
            continue
        attributes = _attributes(outline)
        name = _clean(attributes.get("text") or attributes.get("title"))
        feed_url = _web_url(attributes.get("xmlurl"))
        if attributes.get("xmlurl") is not None:
            kind = (attributes.get("type") or "").strip().lower()
            if feed_url and kind in _FEED_TYPES and feed_url not in sources:
                sources[feed_url] = OutlineSource(
                    title=name or feed_url,
                    feed_url=feed_url,
                    homepage=_web_url(attributes.get("htmlurl")),
                    language=_clean(attributes.get("language")).lower(),
                    category=category or _category_attribute(attributes.get("category")),
                )
            _collect(outline, category, sources)  # a feed's children share its folder
        else:
            _collect(outline, name or category, sources)


def _attributes(element: etree._Element) -> dict[str, str]:
    # Exporters disagree on case (xmlUrl, xmlurl, XMLURL); the names are unambiguous.
    return {etree.QName(key).localname.lower(): value for key, value in element.attrib.items()}


def _category_attribute(value: str | None) -> str:
    # OPML 2.0's category attribute: comma-separated, slash-delimited ("/News/Sport").
    first = (value or "").split(",")[0]
    return _clean(first.strip().strip("/").split("/")[-1])


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _web_url(value: str | None) -> str:
    value = (value or "").strip()
    # The old feed: pseudo-scheme still turns up in exports.
    if value.lower().startswith("feed:"):
        value = value[5:] if value[5:].lower().startswith("http") else "http:" + value[5:]
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    return value if parts.scheme in ("http", "https") and parts.hostname else ""


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("", value)
