"""Rankings from the hourly buckets, with time injected (time_machine), never slept."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from kiosk.news.models import Article
from kiosk.news.services import take_down_articles
from kiosk.readership import providers
from kiosk.readership.buffer import get_buffer
from kiosk.readership.selectors import most_discussed, most_read, trending
from kiosk.readership.services import flush_views
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db
NOON = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)


def views(article: Article, count: int, at: datetime) -> None:
    """`count` distinct readers view the article at `at`, then a flush."""
    for n in range(count):
        get_buffer().record(
            f"{article.pk:08x}{n:08x}{int(at.timestamp()):016x}", article.pk, at.timestamp()
        )
    flush_views(now=at.timestamp())


def titles(entries) -> list[str]:
    return [entry.article.title for entry in entries]


def test_most_read_ranks_by_views_in_the_window_with_counts():
    old, fresh = make_article(title="Old favourite"), make_article(title="Today's story")
    views(old, 9, NOON - timedelta(hours=30))
    views(fresh, 4, NOON - timedelta(hours=2))

    with time_machine.travel(NOON, tick=False):
        day = most_read("en", "24h")
        two_days = most_read("en", "48h")

    assert [(e.article.title, e.count) for e in day] == [("Today's story", 4)]
    assert titles(two_days) == ["Old favourite", "Today's story"]


def test_rankings_change_when_the_hour_rolls_over():
    early, late = make_article(title="Early"), make_article(title="Late")
    views(early, 5, NOON - timedelta(hours=23, minutes=20))  # 13:10 the day before
    views(late, 3, NOON)

    with time_machine.travel(NOON.replace(minute=59), tick=False):
        before = titles(most_read("en", "24h"))
    with time_machine.travel(NOON.replace(hour=13, minute=0, second=1), tick=False):
        after = titles(most_read("en", "24h"))

    assert before == ["Early", "Late"]
    assert after == ["Late"]  # 13:00 yesterday's bucket left the window


def test_seven_days_keeps_a_week():
    article = make_article(title="Weekly")
    views(article, 2, NOON - timedelta(days=6, hours=20))

    with time_machine.travel(NOON, tick=False):
        assert titles(most_read("en", "7d")) == ["Weekly"]
        assert most_read("en", "48h") == []


def test_rankings_are_per_edition_category_and_source_and_hide_taken_down():
    az_source, en_source = make_source(language="az"), make_source(language="en")
    az = make_article(az_source, title="Azərbaycan xəbəri")
    en = make_article(en_source, title="English news")
    gone = make_article(en_source, title="Taken down")
    for article in (az, en, gone):
        views(article, 3, NOON)
    take_down_articles(Article.objects.filter(pk=gone.pk), reason="legal")

    with time_machine.travel(NOON, tick=False):
        assert titles(most_read("az")) == ["Azərbaycan xəbəri"]
        assert titles(most_read("en")) == ["English news"]
        assert titles(most_read("en", source=az_source)) == []
        assert titles(most_read("en", source=en_source)) == ["English news"]


def test_one_entry_per_story(monkeypatch):
    first, copy, other = (make_article(title=t) for t in ("First", "Copy", "Other"))
    views(copy, 6, NOON)
    views(first, 4, NOON)
    views(other, 2, NOON)
    stories = {first.pk: 1, copy.pk: 1, other.pk: 2}
    monkeypatch.setattr(providers, "story_of", lambda ids: {i: stories[i] for i in ids})

    with time_machine.travel(NOON, tick=False):
        assert titles(most_read("en")) == ["Copy", "Other"]


def test_trending_compares_recent_views_with_the_articles_own_baseline():
    steady, rising = make_article(title="Steady"), make_article(title="Rising")
    for hours_ago in range(4, 27):
        views(steady, 10, NOON - timedelta(hours=hours_ago))
    views(steady, 30, NOON - timedelta(hours=1))  # its usual 10 an hour
    views(rising, 20, NOON - timedelta(hours=1))  # from nothing

    with time_machine.travel(NOON, tick=False):
        ranked = trending("en")

    assert titles(ranked) == ["Rising", "Steady"]
    assert ranked[0].score > 3 * ranked[1].score


def test_most_discussed_ranks_by_the_registered_comment_counts(monkeypatch):
    quiet, loud = make_article(title="Quiet"), make_article(title="Loud")
    asked = []

    def comment_counts(since):
        asked.append(since)
        return {quiet.pk: 1, loud.pk: 7}

    monkeypatch.setattr(providers, "comment_counts", lambda since: {})
    assert most_discussed("en") == []  # nothing commented
    monkeypatch.setattr(providers, "comment_counts", comment_counts)
    with time_machine.travel(NOON, tick=False):
        ranked = most_discussed("en", "48h")

    assert [(e.article.title, e.count) for e in ranked] == [("Loud", 7), ("Quiet", 1)]
    assert NOON - asked[0] == timedelta(hours=47, minutes=30)


def test_most_discussed_reads_the_comments_app_when_installed():
    from kiosk.comments.selectors import comment_counts

    assert providers.comment_counts is comment_counts
