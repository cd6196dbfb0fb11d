"""Reads on sources."""

from datetime import datetime

from django.db.models import Q, QuerySet
from django.db.models.functions import Length

from kiosk.crawl.health import BASELINE, RECENT, Extraction, GoldenTarget
from kiosk.news.models import Article
from kiosk.sources.models import GoldenPage, Source


def due_sources(now: datetime) -> QuerySet[Source]:
    """Active sources whose next fetch time has come (or that were never fetched)."""
    return Source.objects.filter(is_active=True).filter(
        Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now)
    )


def next_due_at(now: datetime) -> datetime | None:
    """When the next active source falls due (None if none is active)."""
    source = (
        Source.objects.filter(is_active=True, next_fetch_at__isnull=False)
        .order_by("next_fetch_at")
        .only("next_fetch_at")
        .first()
    )
    if source is None:
        return now if Source.objects.filter(is_active=True).exists() else None
    return source.next_fetch_at


def latest_extractions(source: Source, *, limit: int = RECENT + BASELINE) -> list[Extraction]:
    """The source's last stored articles, newest first, as the health checks see them."""
    rows = (
        Article.objects.filter(source=source)
        .order_by("-pk")  # storage order; the source's index keeps this cheap
        .annotate(length=Length("body"))
        .values_list("url", "status", "length")[:limit]
    )
    return [
        Extraction(url=url, has_text=status == Article.Status.OK, length=length or 0)
        for url, status, length in rows
    ]


def sources_with_golden_pages_due(source_ids: list[int], *, due_before: datetime) -> set[int]:
    """Which of these sources have a golden page last checked (or added) before then."""
    return set(
        GoldenPage.objects.filter(source_id__in=source_ids)
        .filter(
            Q(checked_at__lte=due_before) | Q(checked_at__isnull=True, created_at__lte=due_before)
        )
        .values_list("source_id", flat=True)
        .distinct()
    )


def golden_targets(source: Source, *, due_before: datetime | None = None) -> list[GoldenTarget]:
    """The source's golden pages with their archived originals; with `due_before`, none
    unless one of them was last checked (or added) before that time, and then all, so
    that a source's pages are checked together, at most once per period."""
    pages = source.golden_pages.all()
    if (
        due_before is not None
        and not pages.filter(
            Q(checked_at__lte=due_before) | Q(checked_at__isnull=True, created_at__lte=due_before)
        ).exists()
    ):
        return []  # asked after every crawl: cheap until due, originals loaded only then
    return [
        GoldenTarget(
            id=page.pk,
            url=page.url,
            expected_text=page.expected_text,
            archived_text=page.archived_text,
            archived=page.capture.as_original() if page.capture else None,
        )
        for page in pages.select_related("capture")
    ]


def golden_pages(source: Source) -> list[GoldenPage]:
    return list(source.golden_pages.all())
