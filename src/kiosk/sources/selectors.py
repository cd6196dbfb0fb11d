"""Reads on sources."""

from datetime import datetime

from django.db.models import Q, QuerySet

from kiosk.sources.models import Source


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
