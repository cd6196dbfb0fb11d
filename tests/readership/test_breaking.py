"""Breaking news: a story whose sources grow unusually fast, with time injected."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from kiosk.readership import providers
from kiosk.readership.breaking import Arrival, breaking_now
from kiosk.readership.selectors import breaking_articles
from tests.factories import make_article, make_source

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
RULE = {"threshold": 3, "window": timedelta(hours=1), "hold": timedelta(hours=3)}


def arrivals(story: int, minutes: list[int]) -> list[Arrival]:
    return [Arrival(story, source, T0 + timedelta(minutes=m)) for source, m in enumerate(minutes)]


def test_three_sources_within_the_hour_make_a_story_breaking():
    fast = arrivals(1, [0, 20, 50])

    assert breaking_now(fast, T0 + timedelta(minutes=49), **RULE) == []
    assert breaking_now(fast, T0 + timedelta(minutes=50), **RULE) == [1]
    assert breaking_now(fast, T0 + timedelta(hours=3, minutes=49), **RULE) == [1]
    assert breaking_now(fast, T0 + timedelta(hours=3, minutes=50), **RULE) == []  # held 3 h


def test_a_slow_story_is_never_breaking():
    slow = arrivals(2, [0, 45, 110, 170, 230])

    assert breaking_now(slow, T0 + timedelta(hours=4), **RULE) == []


def test_one_source_publishing_many_times_is_not_a_burst():
    repeats = [Arrival(3, 7, T0 + timedelta(minutes=m)) for m in range(10)]

    assert breaking_now(repeats, T0 + timedelta(minutes=10), **RULE) == []


def test_the_latest_to_break_comes_first():
    both = arrivals(1, [0, 5, 10]) + arrivals(2, [20, 25, 30])

    assert breaking_now(both, T0 + timedelta(minutes=40), **RULE) == [2, 1]


@pytest.mark.django_db
def test_the_breaking_story_leads_the_home_page(client, settings, monkeypatch):
    settings.KIOSK_BREAKING_SOURCES = 3
    settings.KIOSK_BREAKING_WINDOW_MINUTES = 60
    settings.KIOSK_BREAKING_HOURS = 2
    members = [
        make_article(
            make_source(), title=f"Quake report {n}", published_at=T0 + timedelta(minutes=10 * n)
        )
        for n in range(3)
    ]
    story = [Arrival(99, m.source_id, m.published_at, m.pk) for m in members]
    monkeypatch.setattr(providers, "story_arrivals", lambda since: story)

    with time_machine.travel(T0 + timedelta(minutes=30), tick=False):
        page = client.get("/en/").content.decode()
        leads = breaking_articles("en")
    with time_machine.travel(T0 + timedelta(hours=3), tick=False):
        later = breaking_articles("en")

    assert [a.title for a in leads] == ["Quake report 0"]
    assert page.index("Breaking news") < page.index("Quake report 0")
    assert later == []
