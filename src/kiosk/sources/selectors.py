"""Reads on sources."""

from django.db.models import Q, QuerySet

from kiosk.sources.models import Source


def due_sources(now) -> QuerySet[Source]:
    """Active sources whose next fetch time has come (or that were never fetched)."""
    return Source.objects.filter(is_active=True).filter(
        Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now)
    )
