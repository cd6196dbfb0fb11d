"""The public JSON API: lists one entry per story, texts within the source's policy,
takedowns absent everywhere, story coverage, rankings, docs, and bounded queries."""

import random
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from kiosk.news.models import Article, Category
from kiosk.news.services import take_down_articles
from kiosk.readership.buffer import get_buffer
from kiosk.readership.services import flush_views
from kiosk.sources.models import Source
from kiosk.stories.services import place_stored_articles
from tests.factories import (
    BASE_TIME,
    RAILWAY_REPORT,
    make_article,
    make_covered_story,
    make_source,
)

pytestmark = pytest.mark.django_db
NOON = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)


@pytest.fixture
def story():
    return make_covered_story()


def sport_category() -> Category:
    category, _ = Category.objects.get_or_create(
        slug="sport", defaults={"name_az": "İdman", "name_ru": "Спорт", "name_en": "Sport"}
    )
    return category


def views(article: Article, count: int, at: datetime) -> None:
    """`count` distinct readers view the article at `at`, then a flush."""
    for n in range(count):
        get_buffer().record(
            f"{article.pk:08x}{n:08x}{int(at.timestamp()):016x}", article.pk, at.timestamp()
        )
    flush_views(now=at.timestamp())


def ids(response) -> list[int]:
    return [entry["id"] for entry in response.json()["results"]]


def ranked_ids(response) -> list[int]:
    return [entry["article"]["id"] for entry in response.json()["results"]]


def take_down(article: Article) -> None:
    take_down_articles(Article.objects.filter(pk=article.pk), reason="legal")


# --- lists ----------------------------------------------------------------------------


def test_articles_list_one_entry_per_story_newest_first(client, story):
    original, copy, other = story

    response = client.get("/api/articles?edition=en")

    assert response.status_code == 200
    assert ids(response) == [other.pk, original.pk]
    assert copy.pk not in ids(response)
    first = response.json()["results"][1]
    assert first["title"] == "New railway line opens"
    assert first["source"] == {
        "slug": "herald",
        "name": "Northern Herald",
        "homepage": original.source.homepage,
    }
    assert first["story_id"] == original.story_member.story_id
    assert first["url"] == f"http://testserver/en/article/{original.pk}/"
    assert first["original_url"] == original.url
    assert response.json()["count"] == 2


def test_a_sources_list_has_all_its_articles_copies_included(client, story):
    _, copy, _ = story

    assert ids(client.get("/api/articles?edition=en&source=digest")) == [copy.pk]


def test_category_filter_and_empty_filters(client):
    sport = sport_category()
    match = make_article(category=sport, title="Cup final")
    plain = make_article()

    only = client.get("/api/articles?edition=en&category=sport").json()["results"]
    every = client.get("/api/articles?edition=en&category=&source=")

    assert [entry["id"] for entry in only] == [match.pk]
    assert only[0]["category"] == {"slug": "sport", "name": sport.name_en}
    assert set(ids(every)) == {match.pk, plain.pk}


def test_other_editions_are_not_listed(client):
    make_article(make_source(language="ru"))

    assert ids(client.get("/api/articles?edition=en")) == []
    assert len(ids(client.get("/api/articles?edition=ru"))) == 1


def test_pagination(client, settings):
    made = [make_article(published_at=BASE_TIME - timedelta(hours=n)) for n in range(5)]

    first = client.get("/api/articles?page_size=2").json()
    last = client.get("/api/articles?page_size=2&page=3").json()

    assert [e["id"] for e in first["results"]] == [made[0].pk, made[1].pk]
    assert (first["count"], first["pages"], first["next"], first["previous"]) == (5, 3, 2, None)
    assert [e["id"] for e in last["results"]] == [made[4].pk]
    assert last["next"] is None and last["previous"] == 2
    assert client.get("/api/articles?page=4&page_size=2").status_code == 404
    assert client.get("/api/articles?page_size=101").status_code == 422
    assert client.get("/api/articles?page=0").status_code == 422


def test_the_default_page_size_is_the_portals(client, settings):
    make_article()

    assert client.get("/api/articles").json()["page_size"] == settings.KIOSK_PAGE_SIZE


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/articles?edition=de", "edition"),
        ("/api/most-read?edition=de", "edition"),
        ("/api/most-read?window=1y", "window"),
        ("/api/most-discussed?window=30d", "window"),
        ("/api/trending?edition=xx", "edition"),
    ],
)
def test_unknown_edition_or_window_is_refused_with_what_is_allowed(client, url, field):
    response = client.get(url)

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["query", field]
    assert "'en'" in error["msg"] or "'24h'" in error["msg"]


def test_unknown_category_or_source_is_refused(client):
    for url in ("/api/articles?category=nope", "/api/articles?source=nope"):
        response = client.get(url)
        assert response.status_code == 422
        assert "nope" in response.json()["detail"]


# --- one article ----------------------------------------------------------------------


def test_article_detail_full_text(client, story):
    original, _, _ = story
    Source.objects.filter(pk=original.source_id).update(republication="full")

    data = client.get(f"/api/articles/{original.pk}").json()

    assert data["text"] == original.paragraphs
    assert data["text_complete"] is True
    assert data["republication"] == "full"
    assert data["story_id"] == original.story_member.story_id
    assert data["views"] == 0
    assert data["archived_at"].startswith("2026-11-24T")


def test_article_detail_respects_an_excerpt_policy(client):
    source = make_source(republication=Source.Republication.EXCERPT, excerpt_words=8)
    article = make_article(
        source, body=RAILWAY_REPORT, lead="The standfirst.", image_url="https://x.example/i.jpg"
    )

    response = client.get(f"/api/articles/{article.pk}")
    data = response.json()

    assert data["text"] == ["The national railway opened the new line between …"]
    assert data["text_complete"] is False
    assert data["lead"] == "The standfirst."
    assert "Twelve trains" not in response.content.decode()
    assert "northern port" not in response.content.decode()


def test_article_detail_of_a_headline_only_source_has_no_text(client):
    source = make_source(republication=Source.Republication.HEADLINE)
    article = make_article(
        source, body=RAILWAY_REPORT, lead="The standfirst.", image_url="https://x.example/i.jpg"
    )

    response = client.get(f"/api/articles/{article.pk}")
    data = response.json()

    assert data["title"] == article.title
    assert data["text"] == [] and data["text_complete"] is False
    assert data["lead"] == "" and data["image_url"] == ""
    assert "railway" not in response.content.decode()


def test_article_detail_counts_views_after_the_flush(client):
    article = make_article()
    views(article, 3, NOON)

    assert client.get(f"/api/articles/{article.pk}").json()["views"] == 3


def test_unknown_or_textless_article_is_404(client):
    textless = make_article(status=Article.Status.NO_TEXT, body="")

    assert client.get("/api/articles/999999").status_code == 404
    assert client.get(f"/api/articles/{textless.pk}").status_code == 404
    assert textless.pk not in ids(client.get("/api/articles"))


# --- takedowns ------------------------------------------------------------------------


def test_a_taken_down_article_is_gone_from_the_whole_api(client, story):
    original, copy, other = story
    views(original, 6, NOON - timedelta(hours=1))
    views(other, 2, NOON - timedelta(hours=1))
    story_id = original.story_member.story_id

    take_down(original)

    with time_machine.travel(NOON, tick=False):
        assert client.get(f"/api/articles/{original.pk}").status_code == 404
        assert original.pk not in ids(client.get("/api/articles?edition=en"))
        assert original.pk not in ids(client.get("/api/articles?source=herald"))
        assert ranked_ids(client.get("/api/most-read?window=24h")) == [other.pk]
        assert original.pk not in ranked_ids(client.get("/api/trending"))
        coverage = client.get(f"/api/stories/{story_id}").json()["coverage"]
    # The copy remains, but the original it copies is no longer named.
    assert [(m["article"]["id"], m["is_copy"], m["copy_of"]) for m in coverage] == [
        (copy.pk, True, None)
    ]
    assert original.title not in str(coverage)


def test_a_story_with_nothing_published_is_404(client, story):
    original, copy, _ = story
    take_down_articles(Article.objects.filter(pk__in=[original.pk, copy.pk]), reason="legal")

    assert client.get(f"/api/stories/{original.story_member.story_id}").status_code == 404
    assert client.get("/api/stories/999999").status_code == 404


# --- stories --------------------------------------------------------------------------


def test_story_coverage_in_time_order_with_copies_marked(client, story):
    original, copy, _ = story
    story_id = original.story_member.story_id

    data = client.get(f"/api/stories/{story_id}").json()

    assert data["id"] == story_id
    assert data["lead_id"] == original.pk
    assert data["articles"] == 2 and data["sources"] == 2
    assert data["first_reported_by"]["name"] == "Northern Herald"
    assert [
        (m["article"]["id"], m["article"]["source"]["slug"], m["is_copy"], m["copy_of"])
        for m in data["coverage"]
    ] == [(original.pk, "herald", False, None), (copy.pk, "digest", True, original.pk)]
    assert data["coverage"][1]["article"]["published_at"].startswith("2026-11-24T10:10")


# --- rankings -------------------------------------------------------------------------


def test_most_read_after_counting_views(client):
    old, fresh = make_article(title="Old favourite"), make_article(title="Today's story")
    views(old, 9, NOON - timedelta(hours=30))
    views(fresh, 4, NOON - timedelta(hours=2))

    with time_machine.travel(NOON, tick=False):
        day = client.get("/api/most-read?edition=en&window=24h").json()
        two_days = client.get("/api/most-read?edition=en&window=48h").json()
        week = client.get("/api/most-read?edition=en&window=7d&limit=1").json()

    assert [(e["article"]["title"], e["count"]) for e in day["results"]] == [("Today's story", 4)]
    assert day["window"] == "24h" and day["edition"] == "en"
    assert [(e["article"]["id"], e["count"]) for e in two_days["results"]] == [
        (old.pk, 9),
        (fresh.pk, 4),
    ]
    assert ranked_ids(client.get("/api/most-read?edition=ru&window=48h")) == []
    assert [e["article"]["id"] for e in week["results"]] == [old.pk]


def test_most_read_is_one_entry_per_story(client, story):
    original, copy, _ = story
    views(copy, 8, NOON - timedelta(hours=1))
    views(original, 3, NOON - timedelta(hours=1))

    with time_machine.travel(NOON, tick=False):
        assert ranked_ids(client.get("/api/most-read")) == [copy.pk]


def test_trending_reports_counts_and_scores(client):
    rising = make_article(title="Rising")
    views(rising, 12, NOON - timedelta(minutes=30))

    with time_machine.travel(NOON, tick=False):
        [entry] = client.get("/api/trending?edition=en").json()["results"]

    assert entry["article"]["id"] == rising.pk
    assert entry["count"] == 12 and entry["score"] > 1


def test_most_discussed_ranks_by_comments(client, monkeypatch):
    from kiosk.readership import providers

    talked, quiet = make_article(), make_article()
    monkeypatch.setattr(providers, "comment_counts", lambda since: {talked.pk: 4, quiet.pk: 1})

    data = client.get("/api/most-discussed?edition=en&window=7d").json()

    assert [(e["article"]["id"], e["count"]) for e in data["results"]] == [
        (talked.pk, 4),
        (quiet.pk, 1),
    ]
    take_down(talked)
    assert ranked_ids(client.get("/api/most-discussed?window=7d")) == [quiet.pk]


# --- HTTP -----------------------------------------------------------------------------


def test_answers_are_cacheable_for_a_short_while(client, story):
    original, _, _ = story
    for url in (
        "/api/articles",
        f"/api/articles/{original.pk}",
        f"/api/stories/{original.story_member.story_id}",
        "/api/most-read",
        "/api/trending",
    ):
        cache_control = client.get(url)["Cache-Control"]
        assert "public" in cache_control and "max-age=30" in cache_control
    assert "public" not in client.get("/api/articles/999999").get("Cache-Control", "")


def test_the_api_is_read_only(client, story):
    original, _, _ = story
    assert client.post("/api/articles").status_code == 405
    assert client.delete(f"/api/articles/{original.pk}").status_code == 405


def test_docs_and_schema_load(client):
    docs = client.get("/api/docs")
    schema = client.get("/api/openapi.json")

    assert docs.status_code == 200 and b"swagger" in docs.content.lower()
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/stories/{story_id}",
        "/api/most-read",
        "/api/most-discussed",
        "/api/trending",
    ):
        assert set(paths[path]) == {"get"}


# --- query bounds ---------------------------------------------------------------------


def unrelated_text(n: int) -> str:
    """Three paragraphs of made-up words, different for every n."""
    rng = random.Random(n)

    def word() -> str:
        return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))

    return "\n\n".join(" ".join(word() for _ in range(30)) + "." for _ in range(3))


@pytest.fixture
def busy_edition():
    """Many articles, some in categories, several stories with copies, all viewed."""
    sport = sport_category()
    herald = make_source(slug="herald")
    articles = []
    for n in range(12):
        source = herald if n % 2 else make_source()
        articles.append(
            make_article(
                source,
                # Every fourth carries the same report (one story); the others their own.
                body=RAILWAY_REPORT if n % 4 == 0 else unrelated_text(n),
                category=sport if n % 2 else None,
                published_at=BASE_TIME - timedelta(minutes=n),
            )
        )
    place_stored_articles(articles)
    for n, article in enumerate(articles):
        views(article, n % 7 + 5, NOON - timedelta(hours=1))
    return articles


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles?edition=en",
        "/api/articles?edition=en&page_size=100",
        "/api/articles?edition=en&category=sport&page=1&page_size=3",
        "/api/articles?edition=en&source=herald",
        "/api/most-read?window=7d&limit=50",
        "/api/most-discussed?window=7d&limit=50",
        "/api/trending?limit=50",
    ],
)
def test_lists_take_a_bounded_number_of_queries(
    client, busy_edition, url, django_assert_max_num_queries
):
    with time_machine.travel(NOON, tick=False), django_assert_max_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200
    assert len(response.json()["results"]) >= 2 or "discussed" in url


def test_story_and_article_take_a_bounded_number_of_queries(
    client, busy_edition, django_assert_max_num_queries
):
    article = busy_edition[0]
    story_id = Article.objects.get(pk=article.pk).story_member.story_id
    with django_assert_max_num_queries(6):
        assert client.get(f"/api/stories/{story_id}").status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get(f"/api/articles/{article.pk}").status_code == 200
