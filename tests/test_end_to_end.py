"""End to end: the sample newsroom on loopback, crawled, stored and shown by the portal."""

import re
from datetime import UTC, datetime
from statistics import mean
from types import SimpleNamespace

import pytest
from django.utils import timezone

from kiosk.crawl.pipeline import crawl_due
from kiosk.news.models import Article
from kiosk.newsroom.generator import generate
from kiosk.newsroom.registration import register_outlets
from kiosk.newsroom.server import NewsroomServer
from kiosk.sources.models import Source
from kiosk.stories.models import StoryMember
from tests.scoring import token_f1

# The newsroom's clock is the real one: its dates must lie in the crawler's past.
NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


@pytest.fixture(scope="module")
def crawled(django_db_setup, django_db_blocker):
    """Crawl the whole newsroom once for this module; the server stays up for re-crawls."""
    newsroom = generate(7, now=NOW)
    with NewsroomServer(newsroom) as server, django_db_blocker.unblock():
        register_outlets(newsroom, server)
        reports = crawl_due(force=True)
        truth = {page["url"]: page for page in newsroom.ground_truth(server.base_urls)}
        yield SimpleNamespace(newsroom=newsroom, server=server, reports=reports, truth=truth)
        Article.objects.all().delete()
        Source.objects.all().delete()


pytestmark = pytest.mark.django_db


def test_every_newsroom_page_is_stored_once_with_no_failures(crawled):
    assert [r.error for r in crawled.reports if r.error] == []
    assert sum(r.failed for r in crawled.reports) == 0
    assert Source.objects.count() == len(crawled.newsroom.outlets) >= 6
    assert Article.objects.count() == len(crawled.truth) >= 150
    assert set(Article.objects.values_list("url", flat=True)) == set(crawled.truth)


def test_stored_articles_match_the_ground_truth(crawled):
    scores = []
    for article in Article.objects.select_related("source", "category"):
        truth = crawled.truth[article.url]
        assert article.title == truth["title"]
        assert article.category.slug == truth["category"]
        credited = truth["copy_of"] or truth["rewrite_of"]  # a copy or a rewrite names it
        original = crawled.truth.get(credited) if credited else None
        assert article.cited_source == (original["outlet_name"] if original else "")
        assert article.language == truth["language"]
        assert article.published_at == datetime.fromisoformat(truth["published"])
        assert article.source.slug == truth["outlet"]
        scores.append(token_f1(article.body, truth["text"]))
        assert article.title not in article.paragraphs[:3]  # no headline left in the body
    assert mean(scores) >= 0.99
    assert min(scores) >= 0.95


def test_recrawl_costs_one_conditional_request_per_feed_and_stores_nothing(crawled):
    reports = crawl_due(force=True)
    assert [r.not_modified for r in reports] == [1] * len(crawled.newsroom.outlets)
    assert sum(r.new for r in reports) == 0
    assert Article.objects.count() == len(crawled.truth)


def test_edition_pages_list_each_story_once_and_lead_to_every_article(client, crawled):
    listed = []
    for edition in ("az", "ru", "en"):
        number = 1
        while True:
            page = client.get(f"/{edition}/?page={number}").context["page"]
            listed += [article.pk for article in page.object_list]
            if not page.has_next():
                break
            number += 1
    stories = set(
        StoryMember.objects.filter(article_id__in=listed).values_list("story_id", flat=True)
    )
    assert len(stories) == len(listed) >= 100  # one entry per story, never two
    assert not StoryMember.objects.filter(article_id__in=listed, copy_of__isnull=False).exists()
    # Every article the newsroom published is listed, or in a listed story's coverage.
    covered = set(
        StoryMember.objects.filter(story_id__in=stories).values_list("article_id", flat=True)
    )
    readable = set(Article.objects.filter(status="ok").values_list("pk", flat=True))
    assert len(readable) == len(crawled.truth)
    assert readable <= covered | set(listed)
    home = client.get("/en/").content.decode()
    for source in Source.objects.filter(language="en"):
        assert source.name in home


def test_every_article_page_shows_attribution_and_archive_time(client, crawled):
    for article in Article.objects.select_related("source"):
        page = client.get(article.get_absolute_url()).content.decode()
        assert article.source.name in page
        assert f'href="{article.url}"' in page
        archived = timezone.localtime(article.archived_at)
        assert re.search(rf"{archived.year}, {archived:%H:%M}", page)
        assert 'class="attribution"' in page
