"""Feeds going out: RSS 2.0 and Atom for the latest news of an edition, of each category
and of each source (django.contrib.syndication).

Items come through published_articles(), so a takedown leaves every feed at once, and the
summary respects the source's republication policy like the article page does.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from kiosk.news.editions import edition_or_404
from kiosk.news.models import Article, Category
from kiosk.news.republication import shown_text
from kiosk.news.selectors import latest_articles, latest_stories
from kiosk.sources.models import Source

FEED_ITEMS = 50
SUMMARY_WORDS = 60


class LatestFeed(Feed):
    """The newest articles of the request's edition."""

    def get_object(self, request: HttpRequest, **kwargs):
        self.edition = edition_or_404(request.LANGUAGE_CODE)
        return None

    def title(self, obj=None) -> str:
        return _("%(portal)s: latest news") % {"portal": settings.KIOSK_PORTAL_NAME}

    def link(self, obj=None) -> str:
        return reverse("news:latest")

    def description(self, obj=None) -> str:
        return _("The newest articles from every source of this edition.")

    def articles(self, obj):
        return latest_stories(self.edition.code)

    def items(self, obj):
        return self.articles(obj)[:FEED_ITEMS]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        shown = shown_text(
            item.paragraphs,
            policy=item.source.republication,
            excerpt_words=min(item.source.excerpt_words, SUMMARY_WORDS),
        )
        words = " ".join(shown.paragraphs).split()
        summary = " ".join(words[:SUMMARY_WORDS])
        return summary + (" …" if len(words) > SUMMARY_WORDS else "")

    def item_link(self, item: Article) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Article):
        return item.published_at

    def item_updateddate(self, item: Article):
        return item.updated_at or item.modified_at or item.published_at

    def item_author_name(self, item: Article) -> str:
        return item.source.name

    def item_categories(self, item: Article):
        return [item.category.name_in(self.edition.code)] if item.category else []


class LatestAtomFeed(LatestFeed):
    feed_type = Atom1Feed
    subtitle = LatestFeed.description


class CategoryFeed(LatestFeed):
    def get_object(self, request: HttpRequest, slug: str):
        super().get_object(request)
        return get_object_or_404(Category, slug=slug)

    def title(self, obj: Category) -> str:
        return f"{settings.KIOSK_PORTAL_NAME}: {obj.name_in(self.edition.code)}"

    def link(self, obj: Category) -> str:
        return reverse("news:category", kwargs={"slug": obj.slug})

    def description(self, obj: Category) -> str:
        return _("The newest articles in %(category)s.") % {
            "category": obj.name_in(self.edition.code)
        }

    def articles(self, obj: Category):
        return latest_stories(self.edition.code).filter(category=obj)


class CategoryAtomFeed(CategoryFeed):
    feed_type = Atom1Feed
    subtitle = CategoryFeed.description


class SourceFeed(LatestFeed):
    def get_object(self, request: HttpRequest, slug: str):
        super().get_object(request)
        return get_object_or_404(Source, slug=slug)

    def title(self, obj: Source) -> str:
        return f"{settings.KIOSK_PORTAL_NAME}: {obj.name}"

    def link(self, obj: Source) -> str:
        return reverse("news:source", kwargs={"slug": obj.slug})

    def description(self, obj: Source) -> str:
        return _("The newest articles from %(source)s.") % {"source": obj.name}

    def articles(self, obj: Source):
        return latest_articles(self.edition.code).filter(source=obj)


class SourceAtomFeed(SourceFeed):
    feed_type = Atom1Feed
    subtitle = SourceFeed.description
