"""Top-level URL map: the admin, and the editions under /az/, /ru/, /en/.

A request for "/" is redirected to the reader's edition by LocaleMiddleware.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from kiosk.api.api import api
from kiosk.news import views as news_views
from kiosk.news.sitemaps import SITEMAPS, news_sitemap
from kiosk.readership.beacon import beacon_view
from kiosk.readership.dashboard import dashboard

urlpatterns = [
    path("admin/", admin.site.urls),
    path("robots.txt", news_views.robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("news-sitemap.xml", news_sitemap, name="sitemap-news"),
    # Outside the editions, so outside the page cache (readership/beacon.py).
    path("beacon/", beacon_view, name="beacon"),
    path("beacon/<str:article_id>.gif", beacon_view, name="beacon-pixel"),
    path("dashboard/", dashboard, name="dashboard"),
    # The JSON API, outside the editions (every answer says its language); docs at /api/docs.
    path("api/", api.urls),
]
urlpatterns += i18n_patterns(
    path("", include("kiosk.news.urls")),
    path("", include("kiosk.readership.urls")),
    path("accounts/", include("kiosk.accounts.urls")),
    path("", include("kiosk.comments.urls")),
    prefix_default_language=True,
)

handler500 = "kiosk.news.views.server_error"
