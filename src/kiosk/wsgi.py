"""WSGI entry point, served by gunicorn (`kiosk serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
application = get_wsgi_application()
