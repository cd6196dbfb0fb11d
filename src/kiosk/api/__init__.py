"""API: the public, read-only JSON API (django-ninja), mounted at /api/ (docs at /api/docs).

Every article it shows comes through `kiosk.news.selectors.published_articles()`: an
article taken down or without text is a 404 or absent, as on the portal's pages.
"""
