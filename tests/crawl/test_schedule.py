import random
from datetime import UTC, datetime, timedelta

from kiosk.crawl.schedule import MAX_BACKOFF, next_fetch_at, should_pause

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
INTERVAL = timedelta(minutes=15)


def test_healthy_source_is_due_after_its_interval():
    assert next_fetch_at(NOW, interval=INTERVAL, error_streak=0) == NOW + INTERVAL


def test_errors_back_off_exponentially_with_jitter():
    rng = random.Random(1)
    delays = [
        next_fetch_at(NOW, interval=INTERVAL, error_streak=n, rng=rng) - NOW for n in (1, 2, 3)
    ]
    for n, delay in zip((1, 2, 3), delays, strict=True):
        assert INTERVAL * 2**n * 0.8 <= delay <= INTERVAL * 2**n * 1.2
    assert delays[0] < delays[1] < delays[2]


def test_backoff_is_capped():
    delay = next_fetch_at(NOW, interval=INTERVAL, error_streak=40) - NOW
    assert delay <= MAX_BACKOFF * 1.2


def test_retry_after_is_never_undercut():
    due = next_fetch_at(NOW, interval=INTERVAL, error_streak=1, retry_after=7200)
    assert due >= NOW + timedelta(hours=2)


def test_pause_after_the_configured_number_of_failures():
    assert not should_pause(7, pause_after=8)
    assert should_pause(8, pause_after=8)
    assert not should_pause(100, pause_after=0)  # 0 disables pausing
