from datetime import UTC, datetime, timedelta

import pytest

from kiosk.sources.models import Feed
from kiosk.sources.services import record_source_outcome, register_source

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def gazette(**extra):
    fields = {
        "slug": "gazette",
        "name": "Gazette",
        "homepage": "https://gazette.example/",
        "feed_urls": ["https://gazette.example/rss.xml"],
        "language": "en",
    }
    return register_source(**{**fields, **extra})


def test_registering_again_updates_and_never_duplicates():
    gazette()
    source = gazette(
        name="The Gazette",
        feed_urls=["https://gazette.example/rss.xml", "https://gazette.example/sitemap.xml"],
    )
    assert source.name == "The Gazette"
    assert list(Feed.objects.values_list("url", flat=True)) == [
        "https://gazette.example/rss.xml",
        "https://gazette.example/sitemap.xml",
    ]


def test_success_resets_the_error_streak_and_schedules_the_interval():
    source = gazette()
    source.error_streak = 3
    record_source_outcome(source, now=NOW)
    source.refresh_from_db()
    assert source.error_streak == 0
    assert source.next_fetch_at == NOW + source.fetch_interval


def test_failures_back_off_then_pause_the_source_with_the_reason(settings):
    settings.KIOSK_PAUSE_AFTER_ERRORS = 3
    source = gazette()
    record_source_outcome(
        source, error="https://gazette.example/rss.xml is unavailable (503).", now=NOW
    )
    source.refresh_from_db()
    assert source.is_active and source.error_streak == 1
    assert source.next_fetch_at > NOW + source.fetch_interval
    for _ in range(2):
        record_source_outcome(source, error="Still down.", now=NOW)
    source.refresh_from_db()
    assert not source.is_active
    assert "after 3 failed fetches" in source.pause_reason
    assert "Still down." in source.pause_reason


def test_retry_after_sets_the_next_fetch():
    source = gazette()
    record_source_outcome(source, error="429", retry_after=3 * 3600, now=NOW)
    assert source.next_fetch_at >= NOW + timedelta(hours=3)
