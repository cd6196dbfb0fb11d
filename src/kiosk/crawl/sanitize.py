"""Sanitising: an article body's HTML reduced to what a reader's page may show, with nh3.

Runs inside extraction (extract.py), so that only clean HTML is ever stored: text
structure (paragraphs, h2-h4 headings, lists, quotes, simple tables), emphasis, links and
images, with every URL made absolute against the page's final URL and only http(s) (and
mailto for links) allowed. Nothing executable survives: no script, style, iframe, form,
svg or math, no event handler or style attribute, no javascript:, data: or vbscript: URL.
"""

import re
from urllib.parse import urljoin, urlsplit

import nh3

TAGS = {
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "img",
    "figure",
    "figcaption",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "sub",
    "sup",
    "br",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
# Removed with everything inside them; any other unknown tag is unwrapped, its text kept.
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "template",
    "iframe",
    "object",
    "embed",
    "noscript",
    "svg",
    "math",
    "form",
    "select",
    "textarea",
    "button",
    "title",
}
ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
URL_ATTRIBUTES = {("a", "href"), ("img", "src")}
LINK_SCHEMES = {"http", "https", "mailto"}
IMAGE_SCHEMES = {"http", "https"}
# Every link leaves the portal for a site it does not vouch for.
LINK_REL = "nofollow noopener"

# The page's headline is the portal's own <h1>; the body's headings start one level down,
# and h5/h6 are folded into h4 (three levels are all an article needs).
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.I)
_HEADING_LEVEL = {"1": "2", "2": "2", "3": "3", "4": "4", "5": "4", "6": "4"}
# Characters that browsers ignore or that hide a URL's real scheme ("java\tscript:").
_INVISIBLE = re.compile(r"[\x00-\x20\x7f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def absolute_url(value: str, base_url: str, *, schemes: set[str] = LINK_SCHEMES) -> str | None:
    """`value` resolved against `base_url`, or None when its scheme is not allowed."""
    value = value.strip()
    if not value or _INVISIBLE.search(value.replace(" ", "")):
        # A control or invisible character inside a URL is never an honest link.
        return None
    try:
        resolved = urljoin(base_url, value.replace(" ", "%20")) if base_url else value
        scheme = urlsplit(resolved).scheme.lower()
    except ValueError:
        return None
    return resolved if scheme in schemes else None


def sanitize_html(html: str, base_url: str) -> str:
    """Clean `html` (a fragment) for display on the portal; URLs made absolute."""
    if not html.strip():
        return ""

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if (tag, attribute) in URL_ATTRIBUTES:
            schemes = IMAGE_SCHEMES if tag == "img" else LINK_SCHEMES
            return absolute_url(value, base_url, schemes=schemes)
        return value

    demoted = _HEADING.sub(lambda m: f"<{m.group(1)}h{_HEADING_LEVEL[m.group(2)]}", html)
    cleaned = nh3.clean(
        demoted,
        tags=TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=attribute_filter,
        link_rel=LINK_REL,
        url_schemes=LINK_SCHEMES,
        strip_comments=True,
    )
    return cleaned.strip()
