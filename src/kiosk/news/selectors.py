"""Reads for the reader's pages."""

from django.db.models import QuerySet

from kiosk.news.models import Article


def latest_articles(language: str) -> QuerySet[Article]:
    """Newest first, the articles of one edition, with their sources in the same query."""
    return Article.objects.filter(language=language).select_related("source")


def article_exists(url: str) -> bool:
    return Article.objects.filter(url=url).exists()
