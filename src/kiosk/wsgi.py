"""WSGI entry point, served by gunicorn (`kiosk serve`). View beacons and cached pages
are answered by their wrappers before Django's request handling (readership/beacon.py,
news/caching.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
application = get_wsgi_application()

from kiosk.news.caching import CachedPagesApp  # noqa: E402 - needs Django set up
from kiosk.readership.beacon import BeaconApp  # noqa: E402

application = BeaconApp(CachedPagesApp(application))
