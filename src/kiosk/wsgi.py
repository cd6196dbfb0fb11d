"""WSGI entry point, served by gunicorn (`kiosk serve`). Cached pages are answered by
the page cache's wrapper before Django's request handling (news/caching.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
application = get_wsgi_application()

from kiosk.news.caching import CachedPagesApp  # noqa: E402 - needs Django set up

application = CachedPagesApp(application)
