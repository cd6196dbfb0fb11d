"""The ingestion pipeline, top to bottom as in DESIGN.md's data flow:

source due? → robots.txt allows? → fetch feed (conditional GET; a 304 ends here)
→ parse entries → canonical URLs, known ones skipped without a fetch
→ fetch each new article (one request at a time per host) → extract (trafilatura)
→ strip the site's own template (blocks it repeats across its pages)
→ language (lingua, the source's as prior) and category (the feed's, mapped)
→ save the Article with its archived original
→ place it: a copy of an earlier article, a member of a story, or a new story (stories/)
→ fetch recent articles again (conditional GET); a changed title or text is a revision,
  kept beside the earlier versions (crawl/revisions.py)
→ record the fetch log, the feed's validators and the source's health.

Sources are crawled concurrently (asyncio); the steps are plain functions in this
package; only this module touches the database, through the apps' services and
selectors, always on one thread. Running it twice, or again after a kill, stores
nothing twice: an article is one transaction, unique on its canonical URL.
"""

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from asgiref.sync import async_to_sync, sync_to_async
from django.conf import settings
from django.utils import timezone

from kiosk.crawl import health
from kiosk.crawl.article import compose_article, unreadable_article
from kiosk.crawl.canonical import InvalidURL, canonical_url
from kiosk.crawl.categories import section_for
from kiosk.crawl.extract import ExtractionError
from kiosk.crawl.feeds import FeedEntry, FeedError, parse_feed
from kiosk.crawl.fetch import FEED_TYPES, HTML_TYPES, Fetcher, FetchError, FetchResult
from kiosk.crawl.hosts import HostBusy, HostGate
from kiosk.crawl.revisions import next_revisit
from kiosk.crawl.robots import RobotsCache
from kiosk.crawl.templates import SiteTemplate
from kiosk.news.models import Article, Capture
from kiosk.news.selectors import (
    category_ids,
    due_for_revisit,
    sources_with_revisits_due,
    stored_urls,
)
from kiosk.news.services import schedule_revisit, store_article, store_revision
from kiosk.sources.models import Feed, FetchLog, Source
from kiosk.sources.selectors import (
    due_sources,
    golden_targets,
    latest_extractions,
    sources_with_golden_pages_due,
)
from kiosk.sources.services import (
    FeedFetchRecord,
    SourceCrawlRecord,
    record_crawls,
    record_golden_checks,
    record_health_flags,
    select_golden_pages,
)
from kiosk.stories.selectors import unplaced_articles
from kiosk.stories.services import place_stored_articles

logger = logging.getLogger(__name__)

MAX_CHILD_SITEMAPS = 10  # of a sitemap index, per crawl
# Sources' outcomes are written in batches: one transaction per 50 sources cost a third of
# a 304-only crawl's time when each had its own (measured, bench/crawl.py).
RECORD_BATCH = 50
# Revisits per source per crawl: new articles come first, and a host is not to be
# hammered with refetches after a long pause.
REVISIT_BATCH = 20
# A killed crawl's unplaced articles are the last ones it stored: the next crawl looks
# back this far (`kiosk stories place` handles older backfills).
UNPLACED_BATCH = 500
UNPLACED_WINDOW = timedelta(hours=24)


def db(function):
    """Run a database function on the crawl's one database thread."""
    return sync_to_async(function, thread_sensitive=True)


@dataclass
class SourceReport:
    """What one crawl of one source found; shown by `kiosk crawl`."""

    source: str
    slug: str
    found: int = 0
    new: int = 0
    known: int = 0
    failed: int = 0
    skipped: int = 0  # entries robots.txt keeps us out of
    not_modified: int = 0
    revised: int = 0  # stored articles the source has changed since
    postponed: bool = False  # its host asked for a pause; tried again after it
    error: str = ""  # no feed of the source could be read
    entry_errors: list[str] = field(default_factory=list)


@dataclass
class Crawler:
    """The shared machinery of one crawl: HTTP client, host gate, robots cache, and the
    buffer of source outcomes waiting to be written."""

    fetcher: Fetcher
    gate: HostGate
    robots: RobotsCache
    concurrency: int
    pending: list[SourceCrawlRecord] = field(default_factory=list)
    categories: dict[str, int] = field(default_factory=dict)  # section slug -> Category id
    # Sources with articles due for a revisit, or golden pages due for a check: looked up
    # once per crawl, so that a source with neither costs no query (a 304-only crawl of
    # 1,000 sources paid a third of its time for them otherwise; bench/crawl.py).
    revisits_due: set[int] = field(default_factory=set)
    golden_due: set[int] = field(default_factory=set)

    async def record(self, record: SourceCrawlRecord) -> None:
        self.pending.append(record)
        if len(self.pending) >= RECORD_BATCH:
            await self.flush()

    async def flush(self) -> None:
        # Losing unflushed records to a kill is safe: the feeds' validators are not
        # written, so their next fetch is a full one, and the sources are due again.
        batch, self.pending = self.pending, []
        if batch:
            await db(record_crawls)(batch)

    @classmethod
    def create(cls) -> "Crawler":
        fetcher = Fetcher()
        token = settings.KIOSK_USER_AGENT.split("/")[0]
        return cls(
            fetcher=fetcher,
            gate=HostGate(
                min_delay=settings.KIOSK_HOST_MIN_DELAY,
                local_min_delay=settings.KIOSK_LOCAL_HOST_MIN_DELAY,
            ),
            robots=RobotsCache(fetcher, token=token),
            concurrency=settings.KIOSK_CRAWL_CONCURRENCY,
        )

    async def polite_fetch(self, source: Source, url: str, **options) -> FetchResult:
        """robots.txt first, then the host's turn, then the fetch; Retry-After is obeyed."""
        allowed, policy = await self.robots.allows(url, allow_private=source.is_local)
        self.gate.set_crawl_delay(url, policy.crawl_delay(self.robots.token), local=source.is_local)
        if not allowed:
            raise RobotsDisallowed(policy.reason or f"robots.txt disallows {url}.")
        try:
            async with self.gate.turn(url, local=source.is_local):
                return await self.fetcher.fetch(url, allow_private=source.is_local, **options)
        except HostBusy as exc:
            raise Postponed(str(exc), retry_after=exc.seconds) from exc
        except FetchError as exc:
            if exc.retry_after:
                self.gate.defer(url, exc.retry_after)
            raise


class Postponed(FetchError):
    """The host asked for a pause (Retry-After) longer than a crawl waits: try later.
    Not the source's fault, so it does not count in its error streak."""


class RobotsDisallowed(FetchError):
    """The site's robots.txt does not let Kiosk fetch this URL."""

    def __init__(self, message: str) -> None:
        super().__init__(message, permanent=True)


def crawl_due(
    *,
    now: datetime | None = None,
    force: bool = False,
    slugs: list[str] | None = None,
    on_report: Callable[[SourceReport], None] | None = None,
) -> list[SourceReport]:
    """Crawl every due source once (every active one with force). Synchronous entry point;
    database work runs on the calling thread."""
    now = now or timezone.now()
    sources = Source.objects.filter(is_active=True) if force else due_sources(now)
    if slugs:
        sources = sources.filter(slug__in=slugs)
    sources = list(sources.order_by("pk").prefetch_related("feeds"))
    if not sources:
        return []
    return async_to_sync(crawl_sources)(sources, on_report=on_report)


async def crawl_sources(
    sources: list[Source], *, on_report: Callable[[SourceReport], None] | None = None
) -> list[SourceReport]:
    crawler = Crawler.create()
    crawler.categories = await db(category_ids)()
    # Articles a killed crawl stored but did not place get their story first.
    unplaced = await db(unplaced_articles)(
        limit=UNPLACED_BATCH, since=timezone.now() - UNPLACED_WINDOW
    )
    await db(place_stored_articles)(unplaced)
    ids = [source.pk for source in sources]
    now = timezone.now()
    crawler.revisits_due = await db(sources_with_revisits_due)(ids, now)
    crawler.golden_due = await db(sources_with_golden_pages_due)(
        ids, due_before=now - timedelta(hours=settings.KIOSK_GOLDEN_CHECK_HOURS)
    )
    limit = asyncio.Semaphore(crawler.concurrency)

    async def one(source: Source) -> SourceReport:
        async with limit:
            try:
                report = await crawl_source(source, crawler)
            except Exception as exc:  # one broken source must never stop the others
                logger.exception("crawl crashed source=%s", source.slug)
                report = SourceReport(source.name, source.slug, error=f"Internal error: {exc!r}")
                await crawler.record(SourceCrawlRecord(source, [], error=report.error))
        if on_report:
            on_report(report)
        return report

    try:
        return list(await asyncio.gather(*(one(source) for source in sources)))
    finally:
        await crawler.flush()
        await crawler.fetcher.aclose()


async def crawl_source(source: Source, crawler: Crawler) -> SourceReport:
    report = SourceReport(source=source.name, slug=source.slug)
    feeds = list(source.feeds.all())  # prefetched by crawl_due
    template = SiteTemplate.from_json(source.template or {})
    pages_before = template.source_pages
    fetches = [await crawl_feed(source, feed, crawler, report, template) for feed in feeds]
    if source.pk in crawler.revisits_due and not any(fetch.postponed for fetch in fetches):
        await revisit_articles(source, crawler, report, template)
    errors = [fetch.log["error"] for fetch in fetches if fetch.log.get("error")]
    retry_after = max((fetch.retry_after or 0 for fetch in fetches), default=0) or None
    if not feeds:
        errors.append("The source has no feed or sitemap URL; add one in the admin.")
    # The source is in error only when none of its feeds could be read, and not merely
    # postponed because its host asked for a pause.
    postponed = bool(fetches) and all(fetch.postponed for fetch in fetches)
    failed = errors and len(errors) >= max(len(feeds), 1) and not postponed
    report.error = " ".join(errors) if failed else ""
    report.postponed = postponed
    await crawler.record(
        SourceCrawlRecord(
            source,
            [fetch.record for fetch in fetches],
            report.error,
            retry_after,
            # Written only when this crawl taught it something: it can be large.
            template=template.to_json() if template.source_pages != pages_before else None,
        )
    )
    await check_source_health(source, crawler, report, template)
    logger.info(
        "crawled source=%s found=%d new=%d known=%d failed=%d not_modified=%d error=%s",
        source.slug,
        report.found,
        report.new,
        report.known,
        report.failed,
        report.not_modified,
        report.error or "-",
    )
    return report


@dataclass
class FeedFetch:
    record: FeedFetchRecord
    retry_after: float | None = None
    postponed: bool = False

    @property
    def log(self) -> dict:
        return self.record.log


async def crawl_feed(
    source: Source, feed: Feed, crawler: Crawler, report: SourceReport, template: SiteTemplate
) -> FeedFetch:
    """Fetch one feed and ingest its new entries; returns what to record (the caller
    writes it with the source's outcome in one transaction). Never raises for a bad feed."""
    clock = time.monotonic()
    log = {"url": feed.url, "started_at": timezone.now()}
    try:
        result = await crawler.polite_fetch(
            source, feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_TYPES
        )
        log.update(status=result.status, bytes=len(result.content))
        if result.not_modified:
            report.not_modified += 1
            log.update(outcome=FetchLog.Outcome.NOT_MODIFIED, duration_ms=_ms(clock))
            return FeedFetch(FeedFetchRecord(feed, status=304, log=log))
        entries, warnings = await read_entries(source, result, crawler)
    except (FetchError, FeedError) as exc:
        status = getattr(exc, "status", None) or log.get("status")
        log.update(
            status=status,
            outcome=(
                FetchLog.Outcome.ROBOTS
                if isinstance(exc, RobotsDisallowed)
                else FetchLog.Outcome.POSTPONED
                if isinstance(exc, Postponed)
                else FetchLog.Outcome.ERROR
            ),
            error=str(exc),
            duration_ms=_ms(clock),
        )
        logger.warning("feed failed source=%s url=%s error=%s", source.slug, feed.url, exc)
        return FeedFetch(
            FeedFetchRecord(feed, status=status, log=log),
            retry_after=getattr(exc, "retry_after", None),
            postponed=isinstance(exc, Postponed),
        )

    counts = await ingest_entries(source, entries, crawler, report, template)
    # The validators are kept only when every entry is settled: if the crawl dies before
    # they are written, or an article failed for a reason that may pass (a 503, a
    # timeout), the next crawl gets the full feed again instead of a 304 that would hide
    # those entries.
    settled = counts["retry"] == 0
    log.update(
        outcome=FetchLog.Outcome.OK,
        duration_ms=_ms(clock),
        entries_found=len(entries),
        entries_new=counts["new"],
        entries_known=counts["known"],
        entries_failed=counts["failed"],
        entries_skipped=counts["skipped"],
        warnings="\n".join(warnings),
    )
    return FeedFetch(
        FeedFetchRecord(
            feed,
            status=result.status,
            etag=result.headers.get("etag", "") if settled else "",
            last_modified=result.headers.get("last-modified", "") if settled else "",
            log=log,
        )
    )


async def read_entries(
    source: Source, result: FetchResult, crawler: Crawler
) -> tuple[list[FeedEntry], list[str]]:
    """The entries of a feed or sitemap (a sitemap index's children are fetched too), and
    the warnings about what was wrong but could be read."""
    # Parsing a large feed takes tens of milliseconds: keep the event loop free meanwhile.
    parsed = await asyncio.to_thread(parse_feed, result.content, result.final_url)
    entries, warnings = list(parsed.entries), list(parsed.warnings)
    for child_url in parsed.sitemaps[:MAX_CHILD_SITEMAPS]:
        try:
            child = await crawler.polite_fetch(source, child_url, accept=FEED_TYPES)
            child_feed = await asyncio.to_thread(parse_feed, child.content, child.final_url)
        except (FetchError, FeedError) as exc:
            logger.warning("child sitemap failed url=%s error=%s", child_url, exc)
            warnings.append(f"Child sitemap {child_url} could not be read: {exc}")
            continue
        entries.extend(child_feed.entries)
        warnings.extend(f"{child_url}: {warning}" for warning in child_feed.warnings)
    return entries, warnings


async def ingest_entries(
    source: Source,
    entries: list[FeedEntry],
    crawler: Crawler,
    report: SourceReport,
    template: SiteTemplate,
) -> dict[str, int]:
    counts = {"new": 0, "known": 0, "failed": 0, "skipped": 0, "retry": 0}
    candidates: dict[str, FeedEntry] = {}
    for entry in entries:
        try:
            candidates.setdefault(canonical_url(entry.url), entry)
        except InvalidURL as exc:
            counts["failed"] += 1
            report.entry_errors.append(str(exc))
    known = await db(stored_urls)(list(candidates))
    counts["known"] = len(known)
    for url, entry in candidates.items():
        if url in known:
            continue
        try:
            created = await ingest_entry(source, url, entry, crawler, template)
        except RobotsDisallowed as exc:
            # The site asked crawlers to stay out: respected, and not a failure of anyone.
            counts["skipped"] += 1
            report.entry_errors.append(str(exc))
            continue
        except (FetchError, ExtractionError, InvalidURL) as exc:
            counts["failed"] += 1
            if isinstance(exc, FetchError) and not exc.permanent:
                counts["retry"] += 1
            report.entry_errors.append(str(exc))
            logger.warning("entry failed source=%s url=%s error=%s", source.slug, entry.url, exc)
            continue
        counts["new" if created else "known"] += 1
    report.found += len(entries)
    report.new += counts["new"]
    report.known += counts["known"]
    report.failed += counts["failed"]
    report.skipped += counts["skipped"]
    return counts


async def ingest_entry(
    source: Source, url: str, entry: FeedEntry, crawler: Crawler, template: SiteTemplate
) -> bool:
    """Fetch, extract and store one new entry; False if it turned out to be stored already."""
    # Sources crawl concurrently and often carry the same links: look again just before
    # fetching, as another source may have stored this one meanwhile.
    if await db(stored_urls)([url]):
        return False
    page = await crawler.polite_fetch(source, entry.url, accept=HTML_TYPES)
    final = canonical_url(page.final_url)
    if final != url and await db(stored_urls)([final]):
        return False  # the entry redirects to an article we already have
    original = page.as_original()
    section = section_for(entry.categories)
    try:
        article = await asyncio.to_thread(
            compose_article,
            original,
            url=url,
            prior_language=source.language,
            category_id=crawler.categories.get(section or "") or source.default_category_id,
            feed_title=entry.title,
            feed_published=entry.published_at,
            template=template,
            section_labels=entry.categories,
        )
    except ExtractionError as exc:
        # Archived all the same, hidden from readers: provenance first, and `reextract`
        # can read it once the extractor improves. Reported as a failure of this entry.
        unreadable = unreadable_article(
            original,
            exc,
            url=url,
            prior_language=source.language,
            feed_title=entry.title,
            feed_published=entry.published_at,
        )
        await db(store_article)(source, unreadable, original)
        raise
    now = timezone.now()
    article = dataclasses.replace(
        article, next_check_at=next_revisit(article.archived_at, now, hours=_revisit_hours())
    )
    stored, created = await db(store_article)(source, article, original)
    if created:
        await db(place_stored_articles)([stored])
    return created


async def revisit_articles(
    source: Source, crawler: Crawler, report: SourceReport, template: SiteTemplate
) -> None:
    """Fetch the source's recent articles again that are due (crawl/revisions.py): a 304 or
    the same bytes cost nothing; a changed title or text is stored as a revision."""
    due = await db(due_for_revisit)(source.pk, timezone.now(), limit=REVISIT_BATCH)
    for article, capture in due:
        try:
            revised = await revisit_article(source, article, capture, crawler, template)
        except Exception:  # a revisit is a bonus: it never fails the source's crawl
            logger.exception("revisit crashed source=%s article=%s", source.slug, article.pk)
            await db(schedule_revisit)(article, None)
            continue
        report.revised += revised


async def revisit_article(
    source: Source,
    article: Article,
    capture: Capture | None,
    crawler: Crawler,
    template: SiteTemplate,
) -> bool:
    now = timezone.now()
    later = next_revisit(article.archived_at, now, hours=_revisit_hours())
    if capture is None:  # nothing to compare with
        await db(schedule_revisit)(article, None)
        return False
    try:
        page = await crawler.polite_fetch(
            source,
            capture.url,
            etag=capture.headers.get("etag", ""),
            last_modified=capture.headers.get("last-modified", ""),
            accept=HTML_TYPES,
        )
    except FetchError as exc:
        # Gone (404, 410) or closed by robots.txt: the archive keeps the last version and
        # revisits stop; a passing failure waits for the next slot.
        logger.info("revisit failed article=%s url=%s error=%s", article.pk, capture.url, exc)
        await db(schedule_revisit)(article, None if exc.permanent else later)
        return False
    original = page.as_original()
    if page.not_modified or original.sha256 == capture.sha256:
        await db(schedule_revisit)(article, later)
        return False
    try:
        new = await asyncio.to_thread(
            compose_article,
            original,
            url=article.url,
            prior_language=article.language,
            category_id=article.category_id,
            template=template,
        )
    except ExtractionError:
        # The page lost its text (a broken deploy, a paywall): the version we have stands.
        await db(schedule_revisit)(article, later)
        return False
    return await db(store_revision)(article, new, original, next_check_at=later) is not None


def _revisit_hours() -> tuple[float, ...]:
    return settings.KIOSK_REVISIT_HOURS


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


# Extraction health (crawl/health.py), after a source's feeds: signs that the site's
# pages no longer extract the way they did, each with the page that shows it.


async def check_source_health(
    source: Source, crawler: Crawler, report: SourceReport, template: SiteTemplate
) -> None:
    """After a crawl that stored pages: golden pages chosen while the source has too few,
    and its latest articles' lengths and empties compared with the ones before. At most
    once per KIOSK_GOLDEN_CHECK_HOURS, its golden pages are fetched again and compared.
    Never raises: a failing health check must not fail the source's crawl."""
    try:
        if report.new or report.failed:
            await db(select_golden_pages)(source)
            await update_extraction_flags(source)
        if report.error or report.postponed:
            return  # the site is down or asked for a pause: its golden pages can wait
        if source.pk not in crawler.golden_due:
            return  # pages chosen just now are not due before a period has passed
        every = timedelta(hours=settings.KIOSK_GOLDEN_CHECK_HOURS)
        targets = await db(golden_targets)(source, due_before=timezone.now() - every)
        if targets:
            await check_golden_pages(source, targets, crawler, template=template.to_json())
    except Exception:
        logger.exception("health check crashed source=%s", source.slug)


async def update_extraction_flags(source: Source) -> list[health.Flag]:
    latest = await db(latest_extractions)(source)
    return await db(record_health_flags)(
        source, health.extraction_flags(latest), kinds=health.EXTRACTION_KINDS
    )


async def check_golden_pages(
    source: Source, targets: list[health.GoldenTarget], crawler: Crawler, *, template: dict
) -> bool:
    """Fetch each golden page again, politely, extract it with the source's current
    template and record what changed. False when the host asked for a pause: the check
    is then left for a later crawl."""
    checks = []
    for target in targets:
        try:
            page = await crawler.polite_fetch(source, target.url, accept=HTML_TYPES)
        except Postponed:
            logger.info("golden check postponed source=%s url=%s", source.slug, target.url)
            return False
        except FetchError as exc:
            checks.append(health.unreachable_golden_page(target, exc))
            continue
        live = page.as_original()
        checks.append(
            await asyncio.to_thread(
                health.check_golden_page, target, live, language=source.language, template=template
            )
        )
    await db(record_golden_checks)(source, checks)
    for check in checks:
        if check.flag:
            logger.warning(
                "golden page flagged source=%s url=%s kind=%s",
                source.slug,
                check.url,
                check.flag.kind,
            )
    return True


def check_health_now(sources: list[Source]) -> None:
    """`kiosk sources health --check`: the sources' extraction flags and golden pages,
    checked now whatever their schedule (synchronous; database work on this thread)."""
    async_to_sync(_check_health_now)(sources)


async def _check_health_now(sources: list[Source]) -> None:
    crawler = Crawler.create()
    try:
        for source in sources:
            await db(select_golden_pages)(source)
            await update_extraction_flags(source)
            targets = await db(golden_targets)(source)
            if targets:
                await check_golden_pages(source, targets, crawler, template=source.template or {})
    finally:
        await crawler.fetcher.aclose()
