"""Writes on articles: storing one extracted article with its original, idempotently."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from kiosk.crawl.archive import Original, compress
from kiosk.news.caching import mark_content_changed
from kiosk.news.models import Article, Capture
from kiosk.sources.models import Source


@dataclass(frozen=True)
class NewArticle:
    url: str  # canonical
    final_url: str
    title: str
    body: str
    language: str
    published_at: datetime
    archived_at: datetime
    category_id: int | None = None
    status: str = Article.Status.OK
    status_detail: str = ""
    cited_source: str = ""
    body_html: str = ""
    lead: str = ""
    author: str = ""
    image_url: str = ""
    image_caption: str = ""
    modified_at: datetime | None = None
    next_check_at: datetime | None = None  # when to fetch it again for revisions


# What an extraction decides; re-extraction and revisions replace exactly these.
EXTRACTED_FIELDS = (
    "title",
    "body",
    "body_html",
    "lead",
    "author",
    "image_url",
    "image_caption",
    "cited_source",
    "modified_at",
)


def store_article(
    source: Source, new: NewArticle, original: Original | None = None
) -> tuple[Article, bool]:
    """Save the article, and its original when given, in one transaction, unless its
    canonical URL is already stored; returns (article, created). No article is ever
    stored without the capture it came with, nor half-written."""
    try:
        with transaction.atomic():
            article, created = Article.objects.get_or_create(
                url=new.url,
                defaults={
                    "source": source,
                    "final_url": new.final_url,
                    "language": new.language,
                    "category_id": new.category_id,
                    "status": new.status,
                    "status_detail": new.status_detail,
                    "published_at": new.published_at,
                    "archived_at": new.archived_at,
                    "next_check_at": new.next_check_at if new.status == Article.Status.OK else None,
                    **{name: getattr(new, name) for name in EXTRACTED_FIELDS},
                },
            )
            if created and original is not None:
                archive_original(article, original)
    except IntegrityError:
        # Another worker stored the same URL between our lookup and insert.
        return Article.objects.get(url=new.url), False
    return article, created


def archive_original(article: Article, original: Original) -> Capture:
    return Capture.objects.create(
        article=article,
        url=original.url,
        final_url=original.final_url,
        status=original.status,
        headers=original.headers,
        fetched_at=original.fetched_at or article.archived_at,
        sha256=original.sha256,
        size=len(original.content),
        compressed=compress(original.content),
        title=article.title,
        body=article.body,
    )


def store_revision(
    article: Article, new: NewArticle, original: Original, *, next_check_at: datetime | None
) -> Capture | None:
    """Record a fetch of an already stored article. When the source changed its title or
    text, the new version becomes the article's and its original is archived as a capture
    of its own beside the earlier ones (the revision list); returns that capture. A page
    whose only changes are around the article (a new "most read" list) is not a revision."""
    with transaction.atomic():
        article.next_check_at = next_check_at
        if (new.title, new.body) == (article.title, article.body) or new.status != (
            Article.Status.OK
        ):
            article.save(update_fields=["next_check_at"])
            return None
        for name in EXTRACTED_FIELDS:
            setattr(article, name, getattr(new, name))
        article.updated_at = original.fetched_at or new.archived_at
        article.save(update_fields=[*EXTRACTED_FIELDS, "updated_at", "next_check_at"])
        return archive_original(article, original)


def take_down_articles(articles: QuerySet[Article], *, reason: str) -> int:
    """Hide articles from every page, feed and API at once (the archive keeps them)."""
    count = articles.filter(taken_down_at__isnull=True).update(
        taken_down_at=timezone.now(), takedown_reason=reason
    )
    mark_content_changed()  # a bulk update sends no signal: cached pages must go now
    return count


def restore_articles(articles: QuerySet[Article]) -> int:
    count = articles.exclude(taken_down_at=None).update(taken_down_at=None, takedown_reason="")
    mark_content_changed()
    return count


def schedule_revisit(article: Article, next_check_at: datetime | None) -> None:
    Article.objects.filter(pk=article.pk).update(next_check_at=next_check_at)


def apply_extraction(article: Article, new: NewArticle) -> bool:
    """Replace what was extracted from an article (after a re-extraction from its archived
    original); returns whether anything changed. An article that had no text and now has
    some becomes visible to readers. The latest capture records what was read from it."""
    if new.status != Article.Status.OK:
        return False
    current = [getattr(article, name) for name in EXTRACTED_FIELDS]
    if current == [getattr(new, name) for name in EXTRACTED_FIELDS] and (
        article.status == Article.Status.OK
    ):
        return False
    for name in EXTRACTED_FIELDS:
        setattr(article, name, getattr(new, name))
    article.status, article.status_detail = Article.Status.OK, ""
    with transaction.atomic():
        article.save(update_fields=[*EXTRACTED_FIELDS, "status", "status_detail"])
        latest = article.captures.order_by("-fetched_at", "-pk").first()
        if latest is not None:
            latest.title, latest.body = article.title, article.body
            latest.save(update_fields=["title", "body"])
    return True
