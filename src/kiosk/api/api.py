"""The public JSON API: read-only, anonymous, cacheable for a short while.

Articles come only through `published_articles()` (directly, or through the news,
stories and readership selectors that use it), so what an editor took down, or what has
no text, is a 404 here and absent from every list and ranking. Texts follow the source's
republication policy, exactly as the article page does (`news/republication.py`).
"""

from collections.abc import Iterable
from typing import Literal

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import HttpRequest
from django.utils.cache import patch_cache_control
from ninja import NinjaAPI, Query
from ninja.errors import HttpError

from kiosk.api import schemas
from kiosk.news.caching import MAX_AGE
from kiosk.news.editions import EDITIONS
from kiosk.news.models import Article, Category
from kiosk.news.republication import shown_text
from kiosk.news.selectors import latest_articles, latest_stories, published_articles
from kiosk.readership import selectors as readership
from kiosk.sources.models import Source
from kiosk.stories.models import Story
from kiosk.stories.selectors import other_languages, stories_of, story_coverage

MAX_PAGE_SIZE = 100
MAX_RANKED = 50

# Unknown values are refused (422) with the list of those allowed, by the schema itself.
Edition = Literal[tuple(EDITIONS)]  # type: ignore[valid-type]
Window = Literal[tuple(readership.WINDOWS)]  # type: ignore[valid-type]


class PublicAPI(NinjaAPI):
    """Successful answers may be kept by browsers and shared caches for MAX_AGE seconds,
    as the portal's pages are (news/caching.py); errors are not kept."""

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=MAX_AGE)
        return response


api = PublicAPI(
    title=f"{settings.KIOSK_PORTAL_NAME} API",
    version="1",
    description="Read-only news of every edition: latest stories, articles, full "
    "coverage of a story, and what readers read and discuss.",
    urls_namespace="api",
)


# --- building the answers -------------------------------------------------------------


def _with_categories(articles: list[Article]) -> list[Article]:
    """Load the categories of articles that were fetched without them, in one query."""
    field = Article._meta.get_field("category")
    missing = {a.category_id for a in articles if a.category_id and not field.is_cached(a)}
    if missing:
        categories = Category.objects.in_bulk(missing)
        for article in articles:
            if not field.is_cached(article):
                article.category = categories.get(article.category_id)
    return articles


def _source(source: Source) -> dict:
    return {"slug": source.slug, "name": source.name, "homepage": source.homepage}


def _summary(request: HttpRequest, article: Article, story_id: int | None) -> dict:
    category = article.category
    return {
        "id": article.pk,
        "title": article.title,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "original_url": article.url,
        "source": _source(article.source),
        "language": article.language,
        "category": (
            {"slug": category.slug, "name": category.name_in(article.language)}
            if category is not None
            else None
        ),
        "published_at": article.published_at,
        "story_id": story_id,
    }


def _summaries(request: HttpRequest, articles: Iterable[Article]) -> list[dict]:
    """Summaries of articles fetched with their sources: two queries at most, whatever
    their number (their stories, their categories when not joined already)."""
    articles = _with_categories(list(articles))
    stories = stories_of([article.pk for article in articles])
    return [_summary(request, article, stories.get(article.pk)) for article in articles]


def _edition_filter(category: str | None, source: str | None) -> tuple:
    found_category = found_source = None
    if category:
        found_category = Category.objects.filter(slug=category).first()
        if found_category is None:
            raise HttpError(422, f"Unknown category {category!r}.")
    if source:
        found_source = Source.objects.filter(slug=source).first()
        if found_source is None:
            raise HttpError(422, f"Unknown source {source!r}.")
    return found_category, found_source


# --- endpoints ------------------------------------------------------------------------


@api.get("/articles", response=schemas.ArticlePage, tags=["articles"])
def articles(
    request: HttpRequest,
    edition: Edition = "en",
    category: str | None = None,
    source: str | None = None,
    page: int = Query(1, ge=1),
    page_size: int = Query(settings.KIOSK_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
):
    """The edition's latest news, newest first, one entry per story (a source's list has
    every article of that source). `category` and `source` are slugs."""
    found_category, found_source = _edition_filter(category, source)
    if found_source is not None:
        listed = latest_articles(edition).filter(source=found_source)
    else:
        listed = latest_stories(edition)
    if found_category is not None:
        listed = listed.filter(category=found_category)
    paginator = Paginator(listed.order_by("-published_at", "-pk"), page_size)
    try:
        shown = paginator.page(page)
    except EmptyPage:
        raise HttpError(404, f"No page {page}: there are {paginator.num_pages}.") from None
    return {
        "count": paginator.count,
        "page": shown.number,
        "page_size": page_size,
        "pages": paginator.num_pages,
        "next": shown.next_page_number() if shown.has_next() else None,
        "previous": shown.previous_page_number() if shown.has_previous() else None,
        "results": _summaries(request, shown.object_list),
    }


@api.get("/articles/{article_id}", response=schemas.ArticleDetail, tags=["articles"])
def article(request: HttpRequest, article_id: int):
    """One article, with as much of its text as its source lets the portal show: all of
    it, an excerpt, or none (headline only: no lead or image either)."""
    found = published_articles().select_related("source", "category").filter(pk=article_id).first()
    if found is None:
        raise HttpError(404, f"No article {article_id}.")
    source = found.source
    shown = shown_text(
        found.paragraphs, policy=source.republication, excerpt_words=source.excerpt_words
    )
    extras = source.republication != Source.Republication.HEADLINE
    return {
        **_summaries(request, [found])[0],
        "archived_at": found.archived_at,
        "updated_at": found.updated_at,
        "lead": found.lead if extras else "",
        "author": found.author,
        "image_url": found.image_url if extras else "",
        "image_caption": found.image_caption if extras else "",
        "republication": source.republication,
        "text": shown.paragraphs,
        "text_complete": shown.complete,
        "cited_source": found.cited_source,
        "views": readership.view_total(found),
    }


@api.get("/stories/{story_id}", response=schemas.StoryOut, tags=["stories"])
def story(request: HttpRequest, story_id: int):
    """Full coverage: every published article of the story in publication order, with
    copies and rewrites marked and the article each copies or retells."""
    found = Story.objects.filter(pk=story_id).first()
    members = story_coverage(found) if found is not None else []
    if not members:
        raise HttpError(404, f"No story {story_id}.")
    _with_categories([member.article for member in members])
    shown = {member.article_id for member in members}
    lead = next((m for m in members if m.article_id == found.lead_id), members[0])
    first = next((member for member in members if not member.is_copy), members[0])
    return {
        "id": found.pk,
        "language": lead.article.language,
        "lead_id": lead.article_id,
        "first_reported_by": _source(first.article.source),
        "articles": len(members),
        "sources": len({member.article.source_id for member in members}),
        "coverage": [
            {
                "article": _summary(request, member.article, found.pk),
                "is_copy": member.is_copy,
                # A taken-down original is absent here too: its id is not given.
                "copy_of": member.copy_of_id if member.copy_of_id in shown else None,
                "rewrite_of": member.rewrite_of_id if member.rewrite_of_id in shown else None,
            }
            for member in members
        ],
        "other_languages": [
            {
                "story_id": other.pk,
                "language": other.language,
                "lead_id": other.lead_id,
                "title": other.lead.title,
            }
            for other in other_languages(found)
        ],
    }


def _ranking(request: HttpRequest, entries: list[readership.Ranked]) -> list[dict]:
    summaries = _summaries(request, [entry.article for entry in entries])
    return [
        {"article": summary, "count": entry.count, "score": entry.score}
        for summary, entry in zip(summaries, entries, strict=True)
    ]


@api.get("/most-read", response=schemas.Ranking, tags=["rankings"])
def most_read(
    request: HttpRequest,
    edition: Edition = "en",
    window: Window = "24h",
    limit: int = Query(10, ge=1, le=MAX_RANKED),
):
    """The edition's most viewed stories in the window (views as of the last flush)."""
    entries = readership.most_read(edition, window, limit=limit)
    return {"edition": edition, "window": window, "results": _ranking(request, entries)}


@api.get("/most-discussed", response=schemas.Ranking, tags=["rankings"])
def most_discussed(
    request: HttpRequest,
    edition: Edition = "en",
    window: Window = "24h",
    limit: int = Query(10, ge=1, le=MAX_RANKED),
):
    """The edition's stories with the most comments posted in the window."""
    entries = readership.most_discussed(edition, window, limit=limit)
    return {"edition": edition, "window": window, "results": _ranking(request, entries)}


@api.get("/trending", response=schemas.TrendingRanking, tags=["rankings"])
def trending(
    request: HttpRequest,
    edition: Edition = "en",
    limit: int = Query(10, ge=1, le=MAX_RANKED),
):
    """Stories read far more in the last hours than they usually are."""
    entries = readership.trending(edition, limit=limit)
    return {"edition": edition, "results": _ranking(request, entries)}
