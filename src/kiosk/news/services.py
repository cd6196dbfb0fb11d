"""Writes on articles: storing one extracted article, idempotently."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from kiosk.news.models import Article
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


def store_article(source: Source, new: NewArticle) -> tuple[Article, bool]:
    """Save the article unless its canonical URL is already stored; returns (article, created)."""
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
                    "published_at": new.published_at,
                    "archived_at": new.archived_at,
                },
            )
    except IntegrityError:
        # Another worker stored the same URL between our lookup and insert.
        return Article.objects.get(url=new.url), False
    return article, created
