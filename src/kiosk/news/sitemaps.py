"""Sitemaps going out: every published article and each edition's list pages
(django.contrib.sitemaps, split into pages of 5,000 under a sitemap index), and a
Google News sitemap of the last two days' articles.

Articles come through published_articles(): a takedown leaves the sitemaps at once.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kiosk.news.editions import EDITIONS
from kiosk.news.models import Article, Category
from kiosk.news.selectors import published_articles

NEWS_WINDOW = timedelta(days=2)  # what Google News sitemaps may list
NEWS_MAX_ITEMS = 1000


class ArticleSitemap(Sitemap):
    limit = 5000
    changefreq = "never"

    def items(self):
        return (
            published_articles()
            .only("pk", "language", "published_at", "updated_at", "modified_at")
            .order_by("-published_at", "-pk")
        )

    def location(self, item: Article) -> str:
        return item.get_absolute_url()

    def lastmod(self, item: Article):
        return item.updated_at or item.modified_at or item.published_at


class SectionSitemap(Sitemap):
    """Each edition's home, latest and category pages."""

    changefreq = "hourly"

    def items(self):
        slugs = list(Category.objects.values_list("slug", flat=True))
        pages = []
        for code in EDITIONS:
            pages += [(code, "news:home", None), (code, "news:latest", None)]
            pages += [(code, "news:category", slug) for slug in slugs]
        return pages

    def location(self, item) -> str:
        code, name, slug = item
        with translation.override(code):
            return reverse(name, kwargs={"slug": slug} if slug else None)


SITEMAPS = {"articles": ArticleSitemap, "sections": SectionSitemap}


def news_sitemap(request: HttpRequest) -> HttpResponse:
    """Google News sitemap: the articles of the last two days, newest first."""
    since = timezone.now() - NEWS_WINDOW
    articles = (
        published_articles()
        .filter(published_at__gte=since)
        .only("pk", "title", "language", "published_at")
        .order_by("-published_at", "-pk")[:NEWS_MAX_ITEMS]
    )
    base = request.build_absolute_uri("/").rstrip("/")
    body = render_to_string(
        "news/news_sitemap.xml",
        {
            "base": base,
            "articles": articles,
            "portal_name": settings.KIOSK_PORTAL_NAME,
        },
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")
