"""Extraction: the article's title, text, HTML body, lead, main image and dates, with trafilatura.

One trafilatura pass keeps links, images and emphasis in its body tree; the plain text is
read from that tree with them stripped (the same text a pass without them gives), and the
body HTML from the same tree, block by block, so the two always agree: a paragraph
removed from the text (the repeated headline, the lead, the caption, and later the
site's template in article.py) leaves the HTML too. The page's own markup gives what
trafilatura does not: the standfirst, the main image with its caption, the update date.

Reader comments are excluded (trafilatura keeps them by default, which measured
precision 0.62 instead of 0.99 on pages with comment widgets).
"""

import re
from copy import deepcopy
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from html import escape

import trafilatura
from lxml.etree import strip_tags, tostring
from lxml.html import HtmlElement
from trafilatura.htmlprocessing import convert_to_html
from trafilatura.utils import load_html
from trafilatura.xml import delete_element, xmltotxt

from kiosk.crawl.encoding import decode_html
from kiosk.crawl.sanitize import IMAGE_SCHEMES, absolute_url, sanitize_html

DATE_PARAMS = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": True,
}


FULL_RETRY_CHARS = 500
# Below this, what trafilatura found is page furniture ("Home", a caption), not an article.
MIN_TEXT_CHARS = 80
# A standfirst is a sentence or two; a longer "lead" block is the article's first part.
MAX_LEAD_CHARS = 600
# A meta description shorter than this is a site's slogan or a keyword list, not a lead.
MIN_DESCRIPTION_WORDS = 8
# Images declared smaller than this (either side) are icons, pixels and badges.
MIN_IMAGE_SIDE = 100
# What the Article's columns hold; a longer value is a site's error, not news.
MAX_TITLE_CHARS = 500
MAX_AUTHOR_CHARS = 200
MAX_URL_CHARS = 2000
# Where the standfirst is looked for among the body's first paragraphs.
LEAD_SEARCH_PARAGRAPHS = 4

_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:lead|standfirst|subtitle|sub-title|intro|dek|deck|summary|excerpt)(?:$|[\s_-])",
    re.I,
)
_NOT_AN_IMAGE = re.compile(
    r"logo|pixel|tracking|tracker|spacer|blank\.gif|1x1|sprite|icon|avatar|badge|placeholder",
    re.I,
)
_DATE_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')
_WORDS = re.compile(r"\w+")
# What the body tree holds only because links, emphasis and images are kept.
_INLINE = ("ref", "hi", "graphic")


class ExtractionError(Exception):
    """The page yielded no article text."""


@dataclass(frozen=True)
class Block:
    """One top-level block of the body: its HTML (not yet sanitised) and its text lines."""

    html: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ExtractedArticle:
    title: str
    text: str  # paragraphs separated by blank lines
    published_at: datetime | None
    author: str
    lead: str = ""
    body_html: str = ""  # sanitised, the same paragraphs as `text`
    image_url: str = ""
    image_caption: str = ""
    modified_at: datetime | None = None
    # The body as blocks, for `body_html_for` when article.py removes paragraphs.
    blocks: tuple[Block, ...] = field(default=(), repr=False, compare=False)
    base_url: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n\n")


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def extract_article(
    html: bytes | str, url: str, *, declared_charset: str | None = None
) -> ExtractedArticle:
    """Bytes are decoded first (encoding.py: BOM, HTTP and in-page labels checked against
    the bytes, detection when they disagree), so mislabelled pages come out right."""
    if isinstance(html, bytes):
        html, _ = decode_html(html, declared_charset)
    tree = load_html(html)
    if tree is None:
        raise ExtractionError(f"No article text found on {url}.")
    # trafilatura's fast mode skips its fallback extractors; on news pages it finds the
    # same text (bench/extract.py: identical F1) at 1.25x the speed. Only when it comes
    # back with little is the full, slower comparison run.
    document = _extract(tree, url, fast=True)
    blocks = _blocks(document.body) if document is not None else []
    if _text_length(blocks) < FULL_RETRY_CHARS:
        document = _extract(tree, url, fast=False)
        blocks = _blocks(document.body) if document is not None else []
    if document is None:
        raise ExtractionError(f"No article text found on {url}.")
    title = (document.title or "").strip()
    paragraphs = [line for block in blocks for line in block.lines]
    if not paragraphs:
        raise ExtractionError(f"No article text found on {url}.")
    # trafilatura keeps the page's headline as a line of the text, usually the first, or
    # after a section label or kicker that some layouts put inside the article element.
    if title:
        head = [p for p in paragraphs[:3] if p != title]
        paragraphs = head + paragraphs[3:]

    page = _PageFacts(tree, url)
    image_url, caption = page.main_image()
    if caption:
        # A caption trafilatura kept is the image's, shown with it, not a paragraph.
        paragraphs = [p for p in paragraphs if p != caption]
    lead = page.lead()
    if lead and page.explicit_lead:
        # The standfirst is shown once, above the body: out of the text if trafilatura
        # kept it there.
        lead_key = _normalise(lead)
        for index, paragraph in enumerate(paragraphs[:LEAD_SEARCH_PARAGRAPHS]):
            if _normalise(paragraph) == lead_key:
                del paragraphs[index]
                break
    elif lead and _repeats(lead, paragraphs):
        lead = ""  # a description the body already says is no standfirst
    if sum(len(p) for p in paragraphs) < MIN_TEXT_CHARS:
        raise ExtractionError(f"No article text found on {url}, only a few words.")
    published = _parse_date(document.date)
    modified = page.modified()
    if modified is not None and (published is None or modified <= published):
        modified = None
    extracted = ExtractedArticle(
        title=title[:MAX_TITLE_CHARS] if title else paragraphs[0][:200],
        text="\n\n".join(paragraphs),
        published_at=published,
        author=(document.author or "").strip()[:MAX_AUTHOR_CHARS],
        lead=lead,
        image_url=image_url,
        image_caption=caption,
        modified_at=modified,
        blocks=tuple(blocks),
        base_url=url,
    )
    return _with_html(extracted, paragraphs)


def _with_html(extracted: ExtractedArticle, paragraphs: list[str]) -> ExtractedArticle:
    return replace(extracted, body_html=body_html_for(extracted, paragraphs))


def body_html_for(extracted: ExtractedArticle, paragraphs: list[str]) -> str:
    """The sanitised HTML of exactly `paragraphs`, the extracted text's paragraphs in
    order with some removed from the head and tail (and the last one possibly shortened).
    A block whose lines are all kept is kept whole, with its links and emphasis; a
    block kept only in part becomes plain paragraphs of its kept lines; an image between
    kept paragraphs stays, unless it is the main image, shown apart."""
    out: list[str] = []
    position = 0
    main_image = extracted.image_url
    for block in extracted.blocks:
        if not block.lines:
            if 0 < position < len(paragraphs) and not (main_image and main_image in block.html):
                out.append(block.html)
            continue
        count = len(block.lines)
        if list(block.lines) == paragraphs[position : position + count]:
            out.append(block.html)
            position += count
            continue
        for line in block.lines:
            if position >= len(paragraphs):
                break
            wanted = paragraphs[position]
            shortened = position == len(paragraphs) - 1 and line.startswith(wanted)
            if line == wanted or shortened:
                out.append(f"<p>{escape(wanted, quote=False)}</p>")
                position += 1
    out += [f"<p>{escape(p, quote=False)}</p>" for p in paragraphs[position:]]
    return sanitize_html("\n".join(out), extracted.base_url)


def _blocks(body: HtmlElement) -> list[Block]:
    """The body's top-level blocks with the text lines each gives: links, emphasis and
    images stripped, exactly as trafilatura renders a body extracted without them.
    Converts `body` to HTML in place."""
    lines_of = []
    for block in body:
        if block.tag == "graphic":
            lines_of.append(())
            continue
        plain = block
        # Most blocks hold no link, emphasis or image: only the others are copied (the
        # HTML is made from the originals) and stripped.
        if block.tag in _INLINE or next(block.iterdescendants(*_INLINE), None) is not None:
            plain = deepcopy(block)
            plain.attrib.pop("target", None)  # a loose top-level link reads as its text
            strip_tags(plain, "ref", "hi")
            for graphic in list(plain.iter("graphic")):
                delete_element(graphic, keep_tail=True)
        text = xmltotxt(plain, include_formatting=False)
        lines_of.append(tuple(line.strip() for line in text.splitlines() if line.strip()))
    converted = convert_to_html(body)[0]
    blocks = []
    for element, lines in zip(converted, lines_of, strict=True):
        if not blocks and lines and _only_links(element):
            # A kicker or section link above the headline: kept as a line only because
            # links are kept; a pass without links drops it, and so does this one.
            continue
        tail, element.tail = element.tail, None
        blocks.append(Block(html=tostring(element, encoding="unicode"), lines=lines))
        element.tail = tail
    return blocks


def _only_links(element: HtmlElement) -> bool:
    """A block whose whole text is link text (a section label, a "read also" line)."""
    links = list(element.iter("a"))
    if not links:
        return False
    text = "".join(element.itertext()).strip()
    linked = "".join("".join(link.itertext()) for link in links).strip()
    return bool(text) and len(text) == len(linked)


def _text_length(blocks: list[Block]) -> int:
    return len("\n".join(line for block in blocks for line in block.lines))


def _normalise(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _repeats(lead: str, paragraphs: list[str]) -> bool:
    """Whether the body already says what a meta description says: a description is
    often the first paragraph, cut short or lightly reworded."""
    words = _WORDS.findall(lead.casefold().rstrip(".…"))
    if not words:
        return True
    opening = _normalise(" ".join(paragraphs[:LEAD_SEARCH_PARAGRAPHS]))
    if " ".join(words[:-1]) in opening:
        return True
    seen = set(opening.split())
    return sum(word in seen for word in words) >= 0.6 * len(words)


class _PageFacts:
    """What the page's own markup says beyond trafilatura: standfirst, image, update."""

    def __init__(self, tree: HtmlElement, url: str) -> None:
        self.tree = tree
        self.url = url
        self.meta: dict[str, str] = {}
        for meta in tree.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            content = meta.get("content")
            if key and content and key not in self.meta:
                self.meta[key] = content.strip()
        self.container = self._container()
        self.explicit_lead = False

    def _container(self) -> HtmlElement:
        for path in (".//article", './/*[@itemprop="articleBody"]', ".//main"):
            found = self.tree.find(path)
            if found is not None:
                return found
        body = self.tree.find(".//body")
        return body if body is not None else self.tree

    def lead(self) -> str:
        """A standfirst element of the article (class lead/standfirst/…, or microdata
        description); else the page's description, when the body does not repeat it."""
        for element in self.container.iter("p", "div", "h2", "span"):
            marks = f"{element.get('class', '')} {element.get('itemprop', '')}"
            if not (_LEAD_CLASS.search(marks) or "description" in marks):
                continue
            text = " ".join(element.text_content().split())
            if 20 <= len(text) <= MAX_LEAD_CHARS:
                self.explicit_lead = True
                return text
        description = self.meta.get("og:description") or self.meta.get("description") or ""
        description = " ".join(description.split())
        title = self.meta.get("og:title", "")
        if (
            len(description.split()) < MIN_DESCRIPTION_WORDS
            or len(description) > MAX_LEAD_CHARS
            or _normalise(description) == _normalise(title)
            or description[-1] not in '.!?…»"”'
        ):
            return ""
        return description

    def main_image(self) -> tuple[str, str]:
        """(absolute URL, caption): the og:image when the article shows it in a figure,
        else the article's first figure, else the og:image without caption."""
        figures = []
        for figure in self.container.iter("figure"):
            image = next(figure.iter("img"), None)
            if image is None or not self._usable(image.get("width"), image.get("height")):
                continue
            src = image.get("src") or image.get("data-src") or ""
            absolute = absolute_url(src, self.url, schemes=IMAGE_SCHEMES) if src else None
            if absolute is None or len(absolute) > MAX_URL_CHARS or _NOT_AN_IMAGE.search(absolute):
                continue
            caption = next(figure.iter("figcaption"), None)
            text = " ".join(caption.text_content().split()) if caption is not None else ""
            figures.append((absolute, text[:500]))
        og = self.meta.get("og:image") or self.meta.get("twitter:image") or ""
        og_url = absolute_url(og, self.url, schemes=IMAGE_SCHEMES) if og else None
        if og_url and (
            len(og_url) > MAX_URL_CHARS
            or _NOT_AN_IMAGE.search(og_url)
            or not self._usable(self.meta.get("og:image:width"), self.meta.get("og:image:height"))
        ):
            og_url = None
        for figure in figures:
            if figure[0] == og_url:
                return figure
        if figures:
            return figures[0]
        return (og_url or "", "")

    @staticmethod
    def _usable(width: str | None, height: str | None) -> bool:
        for side in (width, height):
            if side and side.strip().isdigit() and int(side) < MIN_IMAGE_SIDE:
                return False
        return True

    def modified(self) -> datetime | None:
        """The update the page declares (OpenGraph, microdata, JSON-LD), if any."""
        for key in ("article:modified_time", "og:updated_time", "datemodified"):
            if parsed := _parse_date(self.meta.get(key)):
                return parsed
        for element in self.tree.iterfind('.//*[@itemprop="dateModified"]'):
            if parsed := _parse_date(element.get("datetime") or element.get("content")):
                return parsed
        for script in self.tree.iterfind('.//script[@type="application/ld+json"]'):
            for value in _DATE_MODIFIED.findall(script.text or ""):
                if parsed := _parse_date(value):
                    return parsed
        return None


_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,8})""", re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)


def html_language(html: bytes | str) -> str:
    """The primary subtag of the page's `<html lang>` ("ru" for "ru-RU"), or ""."""
    head = html[:4096]
    # The attribute is ASCII, and latin-1 reads ASCII markup the same in any charset.
    text = head.decode("latin-1") if isinstance(head, bytes) else head
    match = _HTML_LANG.search(_COMMENT.sub("", text))
    return match.group(1).lower() if match else ""


def _extract(tree: HtmlElement, url: str, *, fast: bool):
    # Given a tree, trafilatura works on a copy: the page's own tree stays whole for
    # the standfirst, figures and dates read from it.
    return trafilatura.bare_extraction(
        tree,
        url=url,
        fast=fast,
        include_comments=False,
        include_tables=True,
        include_links=True,
        include_images=True,
        include_formatting=True,
        with_metadata=True,
        date_extraction_params=DATE_PARAMS,
        # The body tree only: the text is read from it here, without links and images.
        output_format="xml",
    )
