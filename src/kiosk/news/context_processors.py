"""Template context every page needs."""

from django.conf import settings
from django.http import HttpRequest

from kiosk.news.editions import EDITIONS


def portal(request: HttpRequest) -> dict:
    # Edition names are each edition's own name for itself, never translated.
    return {"portal_name": settings.KIOSK_PORTAL_NAME, "editions": list(EDITIONS.values())}
