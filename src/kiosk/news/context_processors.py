"""Template context every page needs."""

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from kiosk.news.editions import EDITIONS
from kiosk.news.models import Category


def portal(request: HttpRequest) -> dict:
    # Edition names are each edition's own name for itself, never translated.
    return {
        "portal_name": settings.KIOSK_PORTAL_NAME,
        "editions": list(EDITIONS.values()),
        # The category menu: queried only by pages that show it.
        "menu_categories": SimpleLazyObject(lambda: _menu(translation.get_language())),
    }


def _menu(language: str) -> list[dict[str, str]]:
    return [
        {"slug": category.slug, "name": category.name_in(language)}
        for category in Category.objects.all()
    ]
