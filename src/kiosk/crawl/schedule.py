"""When a source is due again: its interval, stretched by exponential backoff with jitter
after errors, never sooner than a Retry-After, and a pause after too many failures."""

import random
from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=24)


def next_fetch_at(
    now: datetime,
    *,
    interval: timedelta,
    error_streak: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> datetime:
    delay = interval
    if error_streak:
        delay = min(interval * (2 ** min(error_streak, 16)), MAX_BACKOFF)
        # ±20% so that sources that failed together do not all come back together.
        delay *= (rng or random).uniform(0.8, 1.2)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return now + delay


def should_pause(error_streak: int, *, pause_after: int) -> bool:
    return pause_after > 0 and error_streak >= pause_after
