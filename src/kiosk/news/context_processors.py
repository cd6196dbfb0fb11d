"""Template context every page needs."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from kiosk.news.editions import EDITIONS
from kiosk.news.models import Category

# Pages that exist in one edition only (an article lives in its own language): the
# switch leads to the other edition's home instead.
ONE_EDITION_PAGES = {"article", "archive", "original", "story"}


def portal(request: HttpRequest) -> dict:
    # Edition names are each edition's own name for itself, never translated.
    return {
        "portal_name": settings.KIOSK_PORTAL_NAME,
        "editions": list(EDITIONS.values()),
        "edition_links": SimpleLazyObject(lambda: _edition_links(request)),
        # The category menu: queried only by pages that show it.
        "menu_categories": SimpleLazyObject(lambda: _menu(translation.get_language())),
    }


def _edition_links(request: HttpRequest) -> list[dict]:
    """Each edition with the address of the page equivalent to this one in it."""
    match = getattr(request, "resolver_match", None)
    same_page = match is not None and match.url_name not in ONE_EDITION_PAGES
    links = []
    for code, edition in EDITIONS.items():
        if same_page:
            url = translate_url(request.get_full_path(), code)
        else:
            with translation.override(code):
                url = reverse("news:home")
        links.append({"code": code, "name": edition.name, "url": url})
    return links


def _menu(language: str) -> list[dict[str, str]]:
    return [
        {"slug": category.slug, "name": category.name_in(language)}
        for category in Category.objects.all()
    ]
