"""Stories on the reader's pages: one entry per story, full coverage, copies marked."""

from datetime import timedelta

import pytest
import time_machine

from kiosk.stories.services import place_stored_articles
from tests.factories import BASE_TIME, make_article, make_source

pytestmark = pytest.mark.django_db

REPORT = (
    "The national railway opened the new line between the capital and the northern "
    "port on Monday, cutting the journey from nine hours to five and a half.\n\n"
    "Twelve trains a day will run in each direction from December, the operator said, "
    "and tickets go on sale at stations and online from Thursday morning.\n\n"
    "Freight companies welcomed the line, which they expect to take about two thousand "
    "lorries a week off the coastal road by the end of next year."
)


@pytest.fixture
def story():
    """An original, a word-for-word copy with an attribution line, and an unrelated item."""
    herald = make_source(name="Northern Herald")
    digest = make_source(name="Daily Digest")
    original = make_article(
        herald, title="New railway line opens", body=REPORT, published_at=BASE_TIME
    )
    copy = make_article(
        digest,
        title="Railway line to the port opens",
        body="Daily Digest, citing Northern Herald, reports.\n\n" + REPORT,
        cited_source="Northern Herald",
        published_at=BASE_TIME + timedelta(minutes=40),
    )
    other = make_article(
        make_source(name="City Courier"),
        title="Library extends opening hours",
        body="The central library will stay open until ten in the evening on weekdays "
        "from next month, after a survey of readers asked for later hours.\n\n"
        "The extra hours are paid for by the city, which also bought new reading lamps.",
        published_at=BASE_TIME + timedelta(minutes=10),
    )
    place_stored_articles([original, copy, other])
    return original, copy, other


def test_edition_lists_one_entry_per_story(client, story):
    original, copy, other = story
    page = client.get("/en/").content.decode()
    assert original.title in page and other.title in page
    assert copy.title not in page
    assert "2 articles in full coverage" in page


def test_story_page_shows_who_reported_first_and_marks_the_copy(client, story):
    original, copy, _ = story
    story_id = original.story_member.story_id
    page = client.get(f"/en/story/{story_id}/").content.decode()
    assert "Carried by 2 sources" in page
    assert "first reported by Northern Herald" in page
    assert page.index(original.title) < page.index(copy.title)
    assert "copy of the article by Northern Herald" in page
    assert "cites Northern Herald" in page


def test_article_page_lists_the_other_sources_coverage(client, story):
    original, copy, _ = story
    page = client.get(original.get_absolute_url()).content.decode()
    assert "Other sources&#x27; coverage" in page or "Other sources' coverage" in page
    assert copy.title in page
    assert f"/en/story/{original.story_member.story_id}/" in page


def test_latest_feed_has_one_item_per_story(client, story):
    import feedparser

    original, _, other = story
    titles = [e.title for e in feedparser.parse(client.get("/en/latest/feed.rss").content).entries]
    assert sorted(titles) == sorted([original.title, other.title])


def test_home_headline_strip_leads_with_the_widest_story(client, story):
    original, _, other = story
    with time_machine.travel(BASE_TIME + timedelta(hours=2)):
        page = client.get("/en/").content.decode()
    strip = page[page.index('class="headline-strip"') :]
    strip = strip[: strip.index("</ul>")]
    assert original.title in strip and other.title not in strip
