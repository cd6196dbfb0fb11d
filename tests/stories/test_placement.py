"""Placing articles: copies, stories, late arrivals, bridges, editors, restarts."""

from datetime import timedelta
from importlib import import_module

import pytest
from django.apps import apps as django_apps

from kiosk.news.models import Article
from kiosk.stories import selectors, services
from kiosk.stories.index import StoryIndex
from kiosk.stories.models import Sketch, StoryMember, TermStats
from kiosk.stories.services import merge_stories, place_article, split_articles
from tests.factories import BASE_TIME, make_article, make_source

pytestmark = pytest.mark.django_db

MARATHON = (
    "More than 4,800 runners from 30 countries took part in the Gabala marathon on Sunday, "
    "organised by the Runners' Association.\n\n"
    "The route led through the old town and along the river, and the winner finished in "
    "2 hours 14 minutes, a course record.\n\n"
    "Volunteers handed out water at twelve points along the course, and the city closed "
    "several streets to traffic until the afternoon.\n\n"
    "The association said it plans to hold the race again next spring and hopes to "
    "double the number of foreign participants."
)
MARATHON_RETOLD = (
    "Runners from 30 countries ran through the streets of Gabala on Sunday as the "
    "Runners' Association held its marathon, with 4,800 taking part.\n\n"
    "Spectators lined the route from early morning, cheering as the leading group "
    "crossed the bridge over the river.\n\n"
    "Organisers said the next edition would welcome even more athletes from abroad."
)
BUSES_SHEKI = (
    "The Urban Transport Agency added 120 buses to the Sheki network on Monday, opening "
    "four new routes across the city.\n\n"
    "Officials said waiting times would fall by a third, and the new buses run on gas.\n\n"
    "Residents of the northern districts had long asked for a direct line to the centre."
)
BUSES_GANJA = (
    "The Urban Transport Agency added 35 buses to the Ganja network on Monday, opening "
    "four new routes across the city.\n\n"
    "Officials said waiting times would fall by a third, and the new buses run on gas.\n\n"
    "Residents of the southern districts had long asked for a direct line to the centre."
)


def report(body, *, title, minutes=0, source=None, language="en"):
    return make_article(
        source=source or make_source(language=language),
        title=title,
        body=body,
        language=language,
        published_at=BASE_TIME + timedelta(minutes=minutes),
    )


def member(article: Article) -> StoryMember:
    return StoryMember.objects.get(article=article)


def test_republication_with_an_attribution_sentence_is_a_copy_of_the_original():
    original = report(MARATHON, title="4,800 run the Gabala marathon")
    copy = report(
        MARATHON + "\n\nThis report was first published by Gabala Today.",
        title="4,800 run the Gabala marathon",
        minutes=90,
    )

    place_article(original)
    placement = place_article(copy)

    assert placement.copy_of == original.pk
    assert member(copy).copy_of == original
    assert member(copy).story_id == member(original).story_id
    assert member(original).story.lead == original


def test_copy_with_a_changed_headline_and_a_trimmed_paragraph_is_still_a_copy():
    original = report(MARATHON, title="4,800 run the Gabala marathon")
    trimmed = "\n\n".join(MARATHON.split("\n\n")[:3])
    copy = report(trimmed, title="Marathon day in Gabala draws a crowd", minutes=30)

    place_article(original)
    place_article(copy)

    assert member(copy).copy_of == original


def test_same_event_in_other_words_joins_the_story_but_is_not_a_copy():
    first = report(MARATHON, title="4,800 run the Gabala marathon")
    other = report(MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries")

    place_article(first)
    place_article(other)

    assert member(other).story_id == member(first).story_id
    assert member(other).copy_of is None


def test_two_events_in_similar_words_on_the_same_day_stay_apart():
    sheki = report(BUSES_SHEKI, title="120 new buses for Sheki")
    ganja = report(BUSES_GANJA, title="35 new buses for Ganja", minutes=20)

    place_article(sheki)
    place_article(ganja)

    assert member(sheki).story_id != member(ganja).story_id
    assert member(ganja).copy_of is None


def test_original_arriving_after_its_copy_becomes_the_original_and_the_lead():
    copy = report(
        MARATHON + "\n\nThis report was first published by Gabala Today.",
        title="4,800 run the Gabala marathon",
        minutes=90,
    )
    original = report(MARATHON, title="4,800 run the Gabala marathon", minutes=0)

    place_article(copy)  # crawled first, published later
    place_article(original)

    assert member(copy).copy_of == original
    assert member(original).copy_of is None
    assert member(original).story.lead == original


def test_late_arrival_within_the_window_joins_its_story():
    first = report(MARATHON, title="4,800 run the Gabala marathon", minutes=0)
    newer = report(BUSES_SHEKI, title="120 new buses for Sheki", minutes=60 * 30)
    late = report(
        MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries", minutes=60
    )

    for article in (first, newer, late):
        place_article(article)

    assert member(late).story_id == member(first).story_id


def test_article_beyond_the_window_starts_a_new_story():
    first = report(MARATHON, title="4,800 run the Gabala marathon", minutes=0)
    much_later = report(
        MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries", minutes=60 * 80
    )

    place_article(first)
    place_article(much_later)

    assert member(much_later).story_id != member(first).story_id


def test_an_article_that_matches_two_stories_merges_them(monkeypatch):
    a = report(MARATHON, title="4,800 run the Gabala marathon")
    b = report(MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries")
    bridge = report(
        MARATHON_RETOLD.split("\n\n")[0] + "\n\n" + MARATHON.split("\n\n")[0],
        title="Gabala marathon: 4,800 runners from 30 countries",
        minutes=45,
    )
    place_article(a)
    # Keep the first two apart as if they had not matched (an editor's split, say).
    services.split_articles([a])
    story_a = member(a).story_id
    place_article(b)
    if member(b).story_id == story_a:
        split_articles([b])
    story_b = member(b).story_id
    assert story_a != story_b

    placement = place_article(bridge)

    assert set(placement.merged) | {placement.story_id} == {story_a, story_b}
    assert member(a).story_id == member(b).story_id == member(bridge).story_id
    assert member(a).story.size == 3


def test_editor_merges_two_stories_and_splits_an_article_out_again():
    sheki = report(BUSES_SHEKI, title="120 new buses for Sheki")
    ganja = report(BUSES_GANJA, title="35 new buses for Ganja", minutes=20)
    place_article(sheki)
    place_article(ganja)

    merged = merge_stories([member(sheki).story, member(ganja).story])

    assert member(sheki).story == member(ganja).story == merged
    assert merged.size == 2 and merged.lead == sheki

    alone = split_articles([ganja])

    assert member(ganja).story == alone != member(sheki).story
    assert member(sheki).story.size == 1 and alone.size == 1


def test_split_takes_the_articles_copies_along():
    original = report(MARATHON, title="4,800 run the Gabala marathon")
    copy = report(MARATHON + "\n\nSource: Gabala Today.", title="Gabala marathon", minutes=5)
    other = report(MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries")
    for article in (original, copy, other):
        place_article(article)

    story = split_articles([original])

    assert member(copy).story == story == member(original).story
    assert member(other).story != story


def test_placing_twice_changes_nothing():
    article = report(MARATHON, title="4,800 run the Gabala marathon")

    first = place_article(article)
    again = place_article(article)

    assert again.story_id == first.story_id
    assert StoryMember.objects.count() == 1


def test_a_restarted_index_still_finds_earlier_articles():
    original = report(MARATHON, title="4,800 run the Gabala marathon")
    place_article(original)
    services.reset_index()  # as a new process would: everything from the database
    assert services._index is None

    copy = report(MARATHON + "\n\nSource: Gabala Today.", title="Gabala marathon", minutes=5)
    retold = report(MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries")
    place_article(copy)
    place_article(retold)

    assert member(copy).copy_of == original
    assert member(retold).story_id == member(original).story_id


def test_sketches_of_an_older_shingle_hashing_are_recomputed_by_the_migration():
    original = report(MARATHON, title="4,800 run the Gabala marathon")
    place_article(original)
    services.reset_index()  # processes stop before a migration
    # As an earlier version stored it: another text hash and signature, an old index id.
    Sketch.objects.filter(article_id=original.pk).update(
        text_hash=1, signature=bytes(len(Sketch.objects.get().signature))
    )
    old_id = TermStats.objects.get().index_id
    migration = import_module("kiosk.stories.migrations.0004_word_hash_shingles")

    migration.recompute(django_apps, None)
    copy = report(MARATHON + "\n\nSource: Gabala Today.", title="Gabala marathon", minutes=5)
    place_article(copy)

    assert member(copy).copy_of == original
    assert TermStats.objects.get().index_id != old_id


def test_a_fresh_index_without_a_snapshot_rebuilds_its_bands_from_sketches(tmp_path):
    original = report(MARATHON, title="4,800 run the Gabala marathon")
    place_article(original)

    index = StoryIndex(new_story=services._new_story, folder=tmp_path / "elsewhere")

    assert index.window_size == 1
    assert original.pk in index._bands.find(
        [*services.fingerprint(original.title, original.body, "en").band_keys]
    )


def test_portal_selectors_show_one_entry_per_story_and_the_full_coverage():
    first = report(MARATHON, title="4,800 run the Gabala marathon")
    copy = report(MARATHON + "\n\nSource: Gabala Today.", title="Gabala marathon", minutes=5)
    other = report(
        MARATHON_RETOLD, title="Gabala marathon draws runners from 30 countries", minutes=10
    )
    alone = report(BUSES_SHEKI, title="120 new buses for Sheki", minutes=15)
    for article in (first, copy, other, alone):
        place_article(article)

    listed = set(selectors.one_per_story(Article.objects.all()))
    coverage = selectors.coverage(selectors.story_of(other))

    assert listed == {first, alone}
    assert [m.article for m in coverage] == [first, copy, other]
    assert [m.is_copy for m in coverage] == [False, True, False]


def test_backfill_command_places_every_unplaced_article():
    from django.core.management import call_command

    original = report(MARATHON, title="4,800 run the Gabala marathon")
    copy = report(MARATHON + "\n\nSource: Gabala Today.", title="Gabala marathon", minutes=5)

    call_command("stories", "place")

    assert member(copy).copy_of == original
