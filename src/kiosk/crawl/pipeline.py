"""The ingestion pipeline, top to bottom as in DESIGN.md's data flow:

source due? → fetch feed → new entry URLs (canonicalised, known ones skipped)
→ fetch article → extract (trafilatura) → save the Article.

The steps are plain functions in this package; only this module touches the database,
through the apps' services and selectors. Running it twice stores nothing twice.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from kiosk.crawl.canonical import InvalidURL, canonical_url
from kiosk.crawl.extract import ExtractionError, extract_article
from kiosk.crawl.feeds import FeedEntry, FeedError, parse_feed
from kiosk.crawl.fetch import Fetcher, FetchError
from kiosk.news.selectors import article_exists
from kiosk.news.services import NewArticle, store_article
from kiosk.sources.models import Source
from kiosk.sources.selectors import due_sources
from kiosk.sources.services import record_fetch

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass
class SourceReport:
    """What one crawl of one source found; shown by `kiosk crawl`."""

    source: str
    found: int = 0
    new: int = 0
    known: int = 0
    failed: int = 0
    error: str = ""  # the source itself could not be read
    entry_errors: list[str] = field(default_factory=list)


def crawl_due(
    *,
    now: datetime | None = None,
    force: bool = False,
    slugs: list[str] | None = None,
    fetcher: Fetcher | None = None,
    on_report: Callable[[SourceReport], None] | None = None,
) -> list[SourceReport]:
    """Crawl every due source once (every active one with force); one failure stops none."""
    now = now or timezone.now()
    sources = Source.objects.filter(is_active=True) if force else due_sources(now)
    if slugs:
        sources = sources.filter(slug__in=slugs)
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher()
    reports = []
    try:
        for source in sources.order_by("pk"):
            report = crawl_source(source, fetcher=fetcher)
            reports.append(report)
            if on_report:
                on_report(report)
    finally:
        if own_fetcher:
            fetcher.close()
    return reports


def crawl_source(source: Source, *, fetcher: Fetcher) -> SourceReport:
    report = SourceReport(source=source.name)
    try:
        feed = fetcher.fetch(source.feed_url, allow_private=source.is_local)
        entries = parse_feed(feed.content, feed.final_url).entries
    except (FetchError, FeedError) as exc:
        report.error = str(exc)
        logger.warning("feed failed source=%s error=%s", source.slug, exc)
        record_fetch(source, error=report.error)
        return report

    report.found = len(entries)
    for entry in entries:
        try:
            created = ingest_entry(source, entry, fetcher=fetcher)
        except (InvalidURL, FetchError, ExtractionError) as exc:
            report.failed += 1
            report.entry_errors.append(str(exc))
            logger.warning("entry failed source=%s url=%s error=%s", source.slug, entry.url, exc)
            continue
        if created:
            report.new += 1
        else:
            report.known += 1

    summary = f"{report.failed} of {report.found} entries failed" if report.failed else ""
    record_fetch(source, error=summary)
    logger.info(
        "crawled source=%s found=%d new=%d known=%d failed=%d",
        source.slug,
        report.found,
        report.new,
        report.known,
        report.failed,
    )
    return report


def ingest_entry(source: Source, entry: FeedEntry, *, fetcher: Fetcher) -> bool:
    """Fetch, extract and store one feed entry; False when it was already stored."""
    url = canonical_url(entry.url)
    if article_exists(url):
        return False
    page = fetcher.fetch(entry.url, allow_private=source.is_local)
    if page.content_type not in HTML_TYPES:
        raise FetchError(f"{page.final_url} is {page.content_type or 'untyped'}, not an HTML page.")
    extracted = extract_article(page.content, page.final_url)
    _, created = store_article(
        source,
        NewArticle(
            url=url,
            final_url=page.final_url,
            title=extracted.title or entry.title,
            body=extracted.text,
            language=source.language,
            published_at=entry.published_at or extracted.published_at or page.fetched_at,
            archived_at=page.fetched_at,
        ),
    )
    return created
