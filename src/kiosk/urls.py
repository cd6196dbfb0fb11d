"""Top-level URL map: the admin, and the editions under /az/, /ru/, /en/.

A request for "/" is redirected to the reader's edition by LocaleMiddleware.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from kiosk.news import views as news_views
from kiosk.news.sitemaps import SITEMAPS, news_sitemap

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
]
urlpatterns += i18n_patterns(
    path("", include("kiosk.news.urls")),
    prefix_default_language=True,
)

handler500 = "kiosk.news.views.server_error"
