"""Stories on the reader's pages: one entry per story, full coverage, copies marked."""

from datetime import timedelta

import pytest
import time_machine

from tests.factories import BASE_TIME, make_covered_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return make_covered_story()


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
    assert "cites Northern Herald" not in page  # the copy mark names it already


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
