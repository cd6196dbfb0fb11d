"""Extraction: the article's title, text and date from its HTML, with trafilatura.

Reader comments are excluded (trafilatura keeps them by default, which measured
precision 0.62 instead of 0.99 on pages with comment widgets).
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura

from kiosk.crawl.encoding import decode_html

DATE_PARAMS = {
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "original_date": True,
    "extensive_search": True,
}


FULL_RETRY_CHARS = 500
# Below this, what trafilatura found is page furniture ("Home", a caption), not an article.
MIN_TEXT_CHARS = 80


class ExtractionError(Exception):
    """The page yielded no article text."""


@dataclass(frozen=True)
class ExtractedArticle:
    title: str
    text: str  # paragraphs separated by blank lines
    published_at: datetime | None
    author: str


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
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
    # trafilatura's fast mode skips its fallback extractors; on news pages it finds the
    # same text (bench/extract.py: identical F1) at 1.25x the speed. Only when it comes
    # back with little is the full, slower comparison run.
    document = _extract(html, url, fast=True)
    if document is None or len(document.text or "") < FULL_RETRY_CHARS:
        document = _extract(html, url, fast=False)
    if document is None or not (document.text or "").strip():
        raise ExtractionError(f"No article text found on {url}.")
    title = (document.title or "").strip()
    paragraphs = [line.strip() for line in document.text.splitlines() if line.strip()]
    # trafilatura keeps the page's headline as a line of the text, usually the first, or
    # after a section label or kicker that some layouts put inside the article element.
    if title:
        head = [p for p in paragraphs[:3] if p != title]
        paragraphs = head + paragraphs[3:]
    if sum(len(p) for p in paragraphs) < MIN_TEXT_CHARS:
        raise ExtractionError(f"No article text found on {url}, only a few words.")
    return ExtractedArticle(
        title=title or paragraphs[0][:200],
        text="\n\n".join(paragraphs),
        published_at=_parse_date(document.date),
        author=(document.author or "").strip(),
    )


_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,8})""", re.I)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)


def html_language(html: bytes | str) -> str:
    """The primary subtag of the page's `<html lang>` ("ru" for "ru-RU"), or ""."""
    head = html[:4096]
    # The attribute is ASCII, and latin-1 reads ASCII markup the same in any charset.
    text = head.decode("latin-1") if isinstance(head, bytes) else head
    match = _HTML_LANG.search(_COMMENT.sub("", text))
    return match.group(1).lower() if match else ""


def _extract(html: str, url: str, *, fast: bool):
    return trafilatura.bare_extraction(
        html,
        url=url,
        fast=fast,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=DATE_PARAMS,
    )
