"""Top-level URL map: the admin, and the editions under /az/, /ru/, /en/.

A request for "/" is redirected to the reader's edition by LocaleMiddleware.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(
    path("", include("kiosk.news.urls")),
    prefix_default_language=True,
)
