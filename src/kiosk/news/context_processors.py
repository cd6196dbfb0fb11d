"""Template context every page needs."""

from django.conf import settings
from django.http import HttpRequest


def portal(request: HttpRequest) -> dict[str, str]:
    return {"portal_name": settings.KIOSK_PORTAL_NAME}
