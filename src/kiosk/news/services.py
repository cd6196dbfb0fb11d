"""Writes on articles: storing one extracted article with its original, idempotently."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from kiosk.crawl.archive import Original, compress
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
                    "title": new.title,
                    "body": new.body,
                    "language": new.language,
                    "category_id": new.category_id,
                    "status": new.status,
                    "status_detail": new.status_detail,
                    "cited_source": new.cited_source,
                    "published_at": new.published_at,
                    "archived_at": new.archived_at,
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
    )


def apply_extraction(article: Article, *, title: str, body: str) -> bool:
    """Replace an article's extracted title and text (after a re-extraction from its
    archived original); returns whether anything changed. An article that had no text
    and now has some becomes visible to readers."""
    if (article.title, article.body, article.status) == (title, body, Article.Status.OK):
        return False
    article.title, article.body = title, body
    article.status, article.status_detail = Article.Status.OK, ""
    article.save(update_fields=["title", "body", "status", "status_detail"])
    return True
