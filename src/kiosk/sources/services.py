"""Writes on sources: registering one, recording what each fetch found, and the health
of what Kiosk extracts from it (flags, golden pages)."""

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from kiosk.crawl import health
from kiosk.crawl.health import Flag, GoldenCheck
from kiosk.crawl.schedule import next_fetch_at, should_pause
from kiosk.news.models import Article
from kiosk.sources.models import Feed, FetchLog, GoldenPage, Source


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


def record_health_flags(
    source: Source, flags: Sequence[Flag], *, kinds: Collection[str], now: datetime | None = None
) -> list[Flag]:
    """Replace the source's flags of these kinds with `flags`. A flag already raised keeps
    the time it was first detected, so editors see since when a problem lasts."""
    now = now or timezone.now()
    # Read afresh: an editor may have accepted a page since the crawl loaded the source.
    source.health_flags = Source.objects.values_list("health_flags", flat=True).get(pk=source.pk)
    current = [Flag.from_json(item) for item in source.health_flags or []]
    first_seen = {flag.key: flag.detected_at for flag in current}
    kept = [flag for flag in current if flag.kind not in kinds]
    raised = [replace(flag, detected_at=first_seen.get(flag.key) or now) for flag in flags]
    source.health_flags = [flag.as_json() for flag in [*kept, *raised]]
    source.save(update_fields=["health_flags"])
    return raised


@transaction.atomic
def record_golden_checks(
    source: Source, checks: Sequence[GoldenCheck], *, now: datetime | None = None
) -> None:
    """Write what a check of the source's golden pages found, and its flags."""
    now = now or timezone.now()
    for check in checks:
        fields = {"status": check.status, "checked_at": now, "detail": check.detail}
        if check.status != GoldenPage.Status.UNREACHABLE:
            fields.update(
                last_title=check.title[:500], last_text=check.text, last_similarity=check.similarity
            )
        GoldenPage.objects.filter(pk=check.id, source=source).update(**fields)
    flags = [check.flag for check in checks if check.flag]
    record_health_flags(source, flags, kinds=health.GOLDEN_KINDS, now=now)
    source.health_checked_at = now
    source.save(update_fields=["health_checked_at"])


def select_golden_pages(source: Source, *, now: datetime | None = None) -> list[GoldenPage]:
    """Make well-extracted articles stored lately (long enough, with their archived
    original) golden pages of the source, until it has GOLDEN_PAGES_PER_SOURCE. Only
    recent ones: an old page may be gone from the site, and one an editor removed
    stays removed once a day has passed."""
    now = now or timezone.now()
    have = set(source.golden_pages.values_list("url", flat=True))
    missing = health.GOLDEN_PAGES_PER_SOURCE - len(have)
    if missing <= 0:
        return []
    since = now - timedelta(hours=settings.KIOSK_GOLDEN_CHECK_HOURS)
    candidates = (
        Article.objects.filter(source=source, status=Article.Status.OK, archived_at__gte=since)
        .exclude(url__in=have)
        .filter(captures__isnull=False)
        .distinct()
        .order_by("-pk")[:50]
    )
    chosen = []
    for article in candidates:
        if len(article.body.split()) < health.GOLDEN_MIN_WORDS:
            continue
        chosen.append(_golden_page_of(article))
        if len(chosen) == missing:
            break
    return chosen


class GoldenPageRefused(ValueError):
    """The article cannot serve as a golden page; the message says why."""


def add_golden_page(article: Article) -> GoldenPage:
    """An editor's choice: this article (extracted as it is now) as a golden page."""
    if article.status != article.Status.OK or not article.body.strip():
        raise GoldenPageRefused("This article has no extracted text; choose one that reads well.")
    if not article.captures.exists():
        raise GoldenPageRefused("This article has no archived original; choose a crawled one.")
    if GoldenPage.objects.filter(source=article.source, url=article.url).exists():
        raise GoldenPageRefused("This article is a golden page already.")
    return _golden_page_of(article)


def _golden_page_of(article: Article) -> GoldenPage:
    capture = article.captures.order_by("-fetched_at", "-pk").first()
    return GoldenPage.objects.create(
        source=article.source,
        article=article,
        capture=capture,
        url=article.url,
        expected_title=article.title[:500],
        expected_text=article.body,
        archived_text=article.body,
    )


def accept_golden_extraction(page: GoldenPage) -> bool:
    """An editor's word that the live page's latest extraction is right: it becomes the
    expected text, and what the archived original gives today the extractor's reference.
    False when there is nothing to accept (the page is fine, unreachable or empty)."""
    if page.status != GoldenPage.Status.CHANGED or not page.last_text.strip():
        return False
    source = page.source
    archived_text = page.last_text
    if page.capture_id is not None:
        _, archived_text = health.extracted(
            page.capture.as_original(),
            url=page.url,
            language=source.language,
            template=source.template or {},
        )
    page.expected_title, page.expected_text = page.last_title, page.last_text
    page.archived_text = archived_text
    page.status, page.last_similarity = GoldenPage.Status.OK, 1.0
    page.detail = f"Extraction accepted as expected on {timezone.now():%Y-%m-%d %H:%M}."
    page.save()
    forget_golden_flags(source)
    return True


def forget_golden_flags(source: Source) -> None:
    """Drop the golden-page flags that no longer hold: the page was removed, or its
    extraction accepted, since they were raised."""
    failing = set(
        source.golden_pages.exclude(status=GoldenPage.Status.OK).values_list("url", flat=True)
    )
    flags = [Flag.from_json(item) for item in source.health_flags or []]
    stale = [f for f in flags if f.kind in health.GOLDEN_KINDS and f.url not in failing]
    if stale:
        source.health_flags = [f.as_json() for f in flags if f not in stale]
        source.save(update_fields=["health_flags"])
