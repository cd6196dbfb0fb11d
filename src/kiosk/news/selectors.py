"""Reads for the reader's pages."""

from django.db.models import QuerySet

from kiosk.news.models import Article, Category


def published_articles() -> QuerySet[Article]:
    """What readers may see: articles whose text was extracted and that no editor took
    down. Every reader-facing list, page, feed and API goes through this."""
    return Article.objects.filter(status=Article.Status.OK, taken_down_at__isnull=True)


def latest_articles(language: str) -> QuerySet[Article]:
    """Newest first, the articles of one edition, with their sources in the same query."""
    return published_articles().filter(language=language).select_related("source")


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
