"""Writes on sources: registering one, and recording the outcome of a fetch."""

from django.utils import timezone

from kiosk.sources.models import Source


def register_source(
    *,
    slug: str,
    name: str,
    homepage: str,
    feed_url: str,
    language: str,
    is_local: bool = False,
) -> Source:
    """Create the source, or update the one with this slug; never duplicates."""
    source, _ = Source.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "homepage": homepage,
            "feed_url": feed_url,
            "language": language,
            "is_local": is_local,
        },
    )
    return source


def record_fetch(source: Source, *, error: str = "", now=None) -> None:
    """Remember when the source was fetched and when it is due again."""
    now = now or timezone.now()
    source.last_fetched_at = now
    source.next_fetch_at = now + source.fetch_interval
    source.last_error = error
    source.save(update_fields=["last_fetched_at", "next_fetch_at", "last_error"])
