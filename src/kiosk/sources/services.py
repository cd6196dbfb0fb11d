"""Writes on sources: registering one, and recording what each fetch found."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kiosk.crawl.schedule import next_fetch_at, should_pause
from kiosk.sources.models import Feed, FetchLog, Source


@transaction.atomic
def register_source(
    *,
    slug: str,
    name: str,
    homepage: str,
    feed_urls: Sequence[str],
    language: str,
    is_local: bool = False,
    fetch_interval: timedelta | None = None,
) -> Source:
    """Create the source, or update the one with this slug; its feeds are added, never
    duplicated. Safe to call again with the same values."""
    defaults = {"name": name, "homepage": homepage, "language": language, "is_local": is_local}
    if fetch_interval is not None:
        defaults["fetch_interval"] = fetch_interval
    source, _ = Source.objects.update_or_create(slug=slug, defaults=defaults)
    for url in feed_urls:
        Feed.objects.get_or_create(source=source, url=url)
    return source


def record_feed_fetch(
    feed: Feed, *, status: int | None, etag: str, last_modified: str, now: datetime
) -> None:
    """Keep the validators of the last good answer for the next conditional GET."""
    feed.last_status = status
    feed.last_fetched_at = now
    if status == 200:
        feed.etag = etag[:500]
        feed.last_modified = last_modified[:100]
    feed.save(update_fields=["last_status", "last_fetched_at", "etag", "last_modified"])


@dataclass
class FeedFetchRecord:
    """What one fetch of one feed did: its answer's validators and its log line."""

    feed: Feed
    status: int | None
    etag: str = ""
    last_modified: str = ""
    log: dict = field(default_factory=dict)  # FetchLog fields


@dataclass
class SourceCrawlRecord:
    """What one crawl of one source learned: its feeds' fetches and its outcome."""

    source: Source
    fetches: Sequence[FeedFetchRecord]
    error: str = ""
    retry_after: float | None = None
    template: dict | None = None  # the learned page template, when it changed


@transaction.atomic
def record_crawls(records: Sequence[SourceCrawlRecord], *, now: datetime | None = None) -> None:
    """Write what crawls learned, many sources in one transaction: each feed's state, the
    fetch log, and each source's health and schedule."""
    now = now or timezone.now()
    logs = []
    for record in records:
        for fetch in record.fetches:
            record_feed_fetch(
                fetch.feed,
                status=fetch.status,
                etag=fetch.etag,
                last_modified=fetch.last_modified,
                now=fetch.log.get("started_at", now),
            )
            logs.append(FetchLog(source=record.source, **fetch.log))
        record_source_outcome(
            record.source, error=record.error, retry_after=record.retry_after, now=now
        )
        if record.template is not None:
            record.source.template = record.template
            record.source.save(update_fields=["template"])
    FetchLog.objects.bulk_create(logs)


def record_source_outcome(
    source: Source,
    *,
    error: str = "",
    retry_after: float | None = None,
    now: datetime | None = None,
) -> Source:
    """After a crawl of the source: reset or lengthen its error streak, schedule the next
    fetch (backing off after errors) and pause it after too many failures in a row."""
    now = now or timezone.now()
    source.last_fetched_at = now
    source.last_error = error
    source.error_streak = source.error_streak + 1 if error else 0
    source.next_fetch_at = next_fetch_at(
        now,
        interval=source.fetch_interval,
        error_streak=source.error_streak,
        retry_after=retry_after,
    )
    if should_pause(source.error_streak, pause_after=settings.KIOSK_PAUSE_AFTER_ERRORS):
        source.is_active = False
        source.pause_reason = (
            f"Paused automatically after {source.error_streak} failed fetches in a row. "
            f"Last error: {error} Fix the feed URL or wait for the site, then resume it."
        )
    source.save(
        update_fields=[
            "last_fetched_at", "last_error", "error_streak", "next_fetch_at", "is_active",
            "pause_reason",
        ]
    )  # fmt: skip
    return source
