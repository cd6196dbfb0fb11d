"""Reads for the reader's pages."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

from kiosk.crawl.revisions import VersionDiff, diff_versions
from kiosk.news.models import Article, Capture, Category


def published_articles() -> QuerySet[Article]:
    """What readers may see: articles whose text was extracted and that no editor took
    down. Every reader-facing list, page, feed and API goes through this."""
    return Article.objects.filter(status=Article.Status.OK, taken_down_at__isnull=True)


def latest_articles(language: str) -> QuerySet[Article]:
    """Newest first, the articles of one edition, with their sources in the same query."""
    return published_articles().filter(language=language).select_related("source", "category")


LIST_DEFERRED = ("body", "body_html", "lead", "status_detail", "takedown_reason")


def latest_stories(language: str) -> QuerySet[Article]:
    """The edition's lists: newest first, one entry per story (copies never listed; of a
    story's originals the earliest), each with its story for the coverage link."""
    from kiosk.stories.selectors import one_per_story

    return (
        one_per_story(latest_articles(language))
        .select_related("story_member__story")
        # Lists show titles: the texts stay in the database.
        .defer(*LIST_DEFERRED)
    )


def stored_urls(urls: list[str]) -> set[str]:
    """Which of these canonical URLs are already archived (one query per 500)."""
    found: set[str] = set()
    for start in range(0, len(urls), 500):
        batch = urls[start : start + 500]
        found.update(Article.objects.filter(url__in=batch).values_list("url", flat=True))
    return found


def category_ids() -> dict[str, int]:
    """The portal's sections: slug -> id."""
    return dict(Category.objects.values_list("slug", "pk"))


def sources_with_revisits_due(source_ids: list[int], now: datetime) -> set[int]:
    """Which of these sources have articles due to be fetched again (one query)."""
    return set(
        Article.objects.filter(
            source_id__in=source_ids,
            next_check_at__lte=now,
            status=Article.Status.OK,
            taken_down_at__isnull=True,
        )
        .values_list("source_id", flat=True)
        .distinct()
    )


def due_for_revisit(
    source_id: int, now: datetime, *, limit: int
) -> list[tuple[Article, Capture | None]]:
    """A source's articles due to be fetched again for revisions, oldest due first, each
    with its latest capture (without the bytes), whose URL and validators are reused."""
    articles = list(
        Article.objects.filter(
            source_id=source_id,
            next_check_at__lte=now,
            status=Article.Status.OK,
            taken_down_at__isnull=True,
        ).order_by("next_check_at", "pk")[:limit]
    )
    latest: dict[int, Capture] = {}
    captures = Capture.objects.filter(article__in=articles).defer("compressed", "body")
    for capture in captures.order_by("fetched_at", "pk"):
        latest[capture.article_id] = capture
    return [(article, latest.get(article.pk)) for article in articles]


@dataclass(frozen=True)
class ArchivedVersion:
    """One capture of an article, numbered from the first, with what changed in the text
    since the capture before it (None for the first, or when the text stayed the same)."""

    number: int
    capture: Capture
    diff: VersionDiff | None


def archive_versions(article: Article) -> list[ArchivedVersion]:
    """Every capture of the article, newest first, each a version with its changes."""
    versions: list[ArchivedVersion] = []
    previous: Capture | None = None
    for number, capture in enumerate(
        article.captures.defer("compressed").order_by("fetched_at", "pk"), start=1
    ):
        diff = None
        if previous is not None and (previous.title, previous.body) != (
            capture.title,
            capture.body,
        ):
            diff = diff_versions(
                previous.title, previous.paragraphs, capture.title, capture.paragraphs
            )
        versions.append(ArchivedVersion(number, capture, diff))
        previous = capture
    return versions[::-1]
