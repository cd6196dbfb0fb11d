"""RSS and Atom feeds of an edition's most read articles (last 24 hours)."""

from django.conf import settings
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from kiosk.news.feeds import LatestFeed
from kiosk.readership.selectors import most_read

FEED_ITEMS = 20


class MostReadFeed(LatestFeed):
    def title(self, obj=None) -> str:
        return _("%(portal)s: most read") % {"portal": settings.KIOSK_PORTAL_NAME}

    def link(self, obj=None) -> str:
        return reverse("readership:most-read")

    def description(self, obj=None) -> str:
        return _("The most read articles of this edition in the last 24 hours.")

    def items(self, obj):
        return [entry.article for entry in most_read(self.edition.code, "24h", limit=FEED_ITEMS)]


class MostReadAtomFeed(MostReadFeed):
    feed_type = Atom1Feed
    subtitle = MostReadFeed.description
