"""Reads for the portal: an article's story, a story's coverage, one entry per story."""

from collections.abc import Sequence
from datetime import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet

from kiosk.news.models import Article
from kiosk.stories.models import Story, StoryMember


def story_of(article: Article) -> Story | None:
    """The story the article was placed in (None until it is placed)."""
    member = StoryMember.objects.filter(article=article).select_related("story").first()
    return member.story if member is not None else None


def coverage(story: Story) -> list[StoryMember]:
    """Every article of the story in publication order, each with its source, copies
    and rewrites marked (`member.copy_of`, `member.rewrite_of`): the "full coverage"
    list."""
    return list(
        StoryMember.objects.filter(story=story)
        .select_related("article__source", "copy_of__source", "rewrite_of__source")
        .order_by("article__published_at", "article_id")
    )


def one_per_story(articles: QuerySet[Article]) -> QuerySet[Article]:
    """`articles` with one entry per story: copies never, and of a story's originals only
    the earliest visible one in the article's language. Unplaced articles pass."""
    earlier = StoryMember.objects.filter(
        story_id=OuterRef("story_member__story_id"),
        copy_of__isnull=True,
        article__status=Article.Status.OK,
        article__taken_down_at__isnull=True,
        article__language=OuterRef("language"),
    ).filter(
        Q(article__published_at__lt=OuterRef("published_at"))
        | Q(article__published_at=OuterRef("published_at"), article_id__lt=OuterRef("pk"))
    )
    return articles.filter(
        Q(story_member__isnull=True) | Q(~Exists(earlier), story_member__copy_of__isnull=True)
    )


def stories_of(article_ids: Sequence[int]) -> dict[int, int]:
    """Article id -> story id, for the placed ones among them (one query)."""
    return dict(
        StoryMember.objects.filter(article_id__in=list(article_ids)).values_list(
            "article_id", "story_id"
        )
    )


def arrivals_since(since: datetime) -> list[tuple[int, int, datetime, int]]:
    """(story id, source id, archived at, article id) of every member archived since
    then, copies included: how fast a story spreads across sources."""
    return list(
        StoryMember.objects.filter(article__archived_at__gte=since)
        .order_by("article__archived_at")
        .values_list("story_id", "article__source_id", "article__archived_at", "article_id")
    )


def unplaced_articles(
    *, limit: int, since: datetime | None = None, recent: int = 5000
) -> list[Article]:
    """Stored, readable articles that have no story yet (a crawl killed between storing
    and placing), among the `recent` newest ids (a range of the primary key, so the check
    costs the same at a million articles) and archived `since` then; older backfills are
    `kiosk stories place`'s job."""
    newest = Article.objects.order_by("-pk").values_list("pk", flat=True).first()
    if newest is None:
        return []
    unplaced = Article.objects.filter(
        pk__gt=newest - recent, status=Article.Status.OK, story_member__isnull=True
    )
    if since is not None:
        unplaced = unplaced.filter(archived_at__gte=since)
    return list(unplaced.order_by("pk")[:limit])


def story_coverage(story: Story) -> list[StoryMember]:
    """What readers see of a story: its members that are published (not taken down, with
    text), in publication order, copies marked."""
    return [
        member
        for member in coverage(story)
        if member.article.status == Article.Status.OK and member.article.taken_down_at is None
    ]


def other_languages(story: Story) -> list[Story]:
    """The same event's stories in the other languages (its family, counterparts.py),
    each with a published lead, in the order of their first report."""
    if story.family is None:
        return []
    return list(
        Story.objects.filter(
            family=story.family,
            lead__status=Article.Status.OK,
            lead__taken_down_at__isnull=True,
        )
        .exclude(pk=story.pk)
        .exclude(language=story.language)
        .select_related("lead__source")
        .order_by("first_seen", "pk")
    )


def top_stories(language: str, *, since: datetime, limit: int) -> list[Article]:
    """The edition's headline strip: the lead articles of the stories carried by the most
    articles since then (widest coverage first, then newest)."""
    stories = (
        Story.objects.filter(
            language=language,
            last_seen__gte=since,
            size__gt=1,
            lead__status=Article.Status.OK,
            lead__taken_down_at__isnull=True,
        )
        .select_related("lead__source", "lead__category")
        .order_by("-size", "-last_seen")[:limit]
    )
    return [story.lead for story in stories]
