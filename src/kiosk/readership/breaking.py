"""Breaking news: a story whose number of sources grows unusually fast.

The rule, over plain (story, source, time) arrivals: a story is breaking from the moment
`threshold` distinct sources have carried it within `window` (each source counted at its
first arrival), and stays breaking for `hold` after that moment. A slow story that
gathers the same sources over a day never is.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Arrival:
    story_id: int
    source_id: int
    at: datetime
    article_id: int | None = None  # the member that arrived, for showing the story


def breaking_since(
    arrivals: Iterable[Arrival], *, threshold: int, window: timedelta
) -> dict[int, datetime]:
    """Story id -> the first moment it met the rule, for every story that ever did."""
    first: dict[int, dict[int, datetime]] = defaultdict(dict)
    for arrival in arrivals:
        seen = first[arrival.story_id]
        if arrival.source_id not in seen or arrival.at < seen[arrival.source_id]:
            seen[arrival.source_id] = arrival.at
    found: dict[int, datetime] = {}
    for story_id, by_source in first.items():
        times = sorted(by_source.values())
        for end in range(threshold - 1, len(times)):
            if times[end] - times[end - threshold + 1] <= window:
                found[story_id] = times[end]
                break
    return found


def breaking_now(
    arrivals: Iterable[Arrival],
    now: datetime,
    *,
    threshold: int,
    window: timedelta,
    hold: timedelta,
) -> list[int]:
    """Stories breaking at `now`, the most recent to break first."""
    since = breaking_since(arrivals, threshold=threshold, window=window)
    live = [(at, story) for story, at in since.items() if at <= now < at + hold]
    return [story for _, story in sorted(live, reverse=True)]
