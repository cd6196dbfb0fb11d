"""From a fetched original to the article Kiosk stores: extraction, language, dates.

Plain values in and out, shared by the crawl (feed entries) and by WARC import.
"""

from datetime import UTC, datetime

from kiosk.crawl.archive import Original
from kiosk.crawl.attribution import cited_source
from kiosk.crawl.extract import ExtractionError, body_html_for, extract_article
from kiosk.crawl.feeds import FUTURE_TOLERANCE
from kiosk.crawl.language import detect_language
from kiosk.crawl.templates import SiteTemplate
from kiosk.news.services import NewArticle


def compose_article(
    original: Original,
    *,
    url: str,
    prior_language: str,
    category_id: int | None = None,
    feed_title: str = "",
    feed_published: datetime | None = None,
    template: SiteTemplate | None = None,
    section_labels: tuple[str, ...] = (),
) -> NewArticle:
    """The article for `original` (raises ExtractionError when the page has no text).
    With the source's learned `template`, the page is counted in it and the blocks and
    closing sentences the site repeats on its pages are cut from the head and tail.
    The feed's date wins over the page's (it has the time of day); a date in the future
    is a site's clock or time-zone error and becomes the fetch time."""
    fetched = original.fetched_at or datetime.now(UTC)  # a WARC record may lack a date
    extracted = extract_article(
        original.content, original.final_url, declared_charset=original.declared_charset
    )
    text = extracted.text
    if section_labels:
        # A section label above the headline ("Политика") is the feed's own category
        # name for the entry: the site's furniture, not the article's first paragraph.
        labels = {label.casefold() for label in section_labels}
        paragraphs = text.split("\n\n")
        while len(paragraphs) > 1 and paragraphs[0].casefold() in labels:
            paragraphs = paragraphs[1:]
        text = "\n\n".join(paragraphs)
    if template is not None:
        paragraphs = text.split("\n\n")
        template.observe(url, paragraphs)
        paragraphs, _ = template.strip(paragraphs)
        paragraphs, _ = template.strip_sentences(paragraphs)
        text = "\n\n".join(paragraphs)
    language = detect_language(f"{extracted.title}\n{text}", prior=prior_language)
    cited = cited_source(text.split("\n\n")) or ""
    published = feed_published or extracted.published_at or fetched
    if published > fetched + FUTURE_TOLERANCE:
        published = fetched
    modified = extracted.modified_at
    if modified is not None and not (published < modified <= fetched + FUTURE_TOLERANCE):
        modified = None  # an "update" before publication or in the future is a clock error
    # The HTML holds exactly the paragraphs kept above, nothing the text lost.
    body_html = body_html_for(extracted, text.split("\n\n")) if text else ""
    return NewArticle(
        url=url,
        final_url=original.final_url,
        title=extracted.title or feed_title[:500],
        body=text,
        body_html=body_html,
        lead=extracted.lead,
        author=extracted.author[:200],
        image_url=extracted.image_url,
        image_caption=extracted.image_caption,
        modified_at=modified,
        cited_source=cited,
        language=language,
        category_id=category_id,
        published_at=published,
        archived_at=fetched,
    )


def unreadable_article(
    original: Original,
    error: ExtractionError,
    *,
    url: str,
    prior_language: str,
    feed_title: str = "",
    feed_published: datetime | None = None,
) -> NewArticle:
    """The record of a page without article text: archived with its original and the
    reason, hidden from readers, and re-extracted later by `kiosk reextract`."""
    fetched = original.fetched_at or datetime.now(UTC)
    published = feed_published if feed_published and feed_published <= fetched else fetched
    return NewArticle(
        url=url,
        final_url=original.final_url,
        title=(feed_title or original.final_url)[:500],
        body="",
        language=prior_language,
        published_at=published,
        archived_at=fetched,
        status="no_text",
        status_detail=str(error),
    )
