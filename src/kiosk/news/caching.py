"""The page cache: anonymous readers' pages of the editions served without rendering.

Pages are cacheable; counting is not in the page (DESIGN.md). Every cached page belongs
to one *content version*, a stamp that changes whenever anything readers see changes (an
article stored, revised, taken down; a source or category edited: see `apps.py`). A new
stamp makes every older entry unreachable, so nothing is invalidated by hand and no page
outlives the content it shows. The stamp is a file's modification time in the data
directory: one `stat` per request, shared by every web process and the crawler.

Browsers and proxies revalidate with the ETag (the stamp) and get a 304 without the page
being looked up at all.
"""

import os
from importlib.metadata import version as package_version
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

# Shared caches and browsers may keep a page this long before revalidating.
MAX_AGE = 30
CACHE_TIMEOUT = 600
# A new release may render the same content differently: its pages get new ETags.
RELEASE = package_version("kiosk")
# Set per response, never replayed from the cache.
FRESH_HEADERS = {"date", "set-cookie", "etag", "last-modified", "cache-control"}


def _stamp_path() -> Path:
    return Path(settings.DATA_DIR) / "content-version"


def content_version() -> int:
    """The current content stamp (nanoseconds); 0 before anything was ever stored."""
    try:
        return os.stat(_stamp_path()).st_mtime_ns
    except FileNotFoundError:
        return 0


def mark_content_changed() -> None:
    """Readers' pages must show something new: start a new content version."""
    path = _stamp_path()
    try:
        os.utime(path)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()


def _edition_prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code, _ in settings.LANGUAGES)


class PageCacheMiddleware:
    """Serve and fill the cache for anonymous GET and HEAD requests of edition pages.

    It sits before the session, locale, auth and CSRF middleware: a hit costs a `stat`
    and a cache lookup. Requests carrying a session cookie (logged-in readers, staff)
    always get a fresh page, and a response that sets a cookie is never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache = caches["default"]
        self.prefixes = _edition_prefixes()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._cacheable(request):
            return self.get_response(request)
        version = content_version()
        etag = f'"{version:x}-{RELEASE}"'
        if etag in _if_none_match(request):
            return self._not_modified(etag, version)
        key = f"page:{version}:{request.get_full_path()}"
        stored = self.cache.get(key)
        if stored is not None:
            return self._rebuild(stored, etag, version, head=request.method == "HEAD")
        response = self.get_response(request)
        if self._storable(response):
            headers = {k: v for k, v in response.items() if k.lower() not in FRESH_HEADERS}
            self.cache.set(key, (response.content, headers), CACHE_TIMEOUT)
            self._validators(response, etag, version)
        return response

    @staticmethod
    def _storable(response: HttpResponse) -> bool:
        # Downloads of archived originals are large and rare: never kept here.
        return (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "Content-Disposition" not in response
        )

    def _cacheable(self, request: HttpRequest) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and request.path.startswith(self.prefixes)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )

    def _rebuild(self, stored, etag: str, version: int, *, head: bool) -> HttpResponse:
        content, headers = stored
        response = HttpResponse(b"" if head else content)
        for name, value in headers.items():
            response[name] = value
        if head:
            response["Content-Length"] = str(len(content))
        self._validators(response, etag, version)
        return response

    def _not_modified(self, etag: str, version: int) -> HttpResponse:
        response = HttpResponseNotModified()
        self._validators(response, etag, version)
        return response

    @staticmethod
    def _validators(response: HttpResponse, etag: str, version: int) -> None:
        response["ETag"] = etag
        if version:
            response["Last-Modified"] = http_date(version / 1e9)
        patch_cache_control(response, public=True, max_age=MAX_AGE)


def _if_none_match(request: HttpRequest) -> set[str]:
    header = request.META.get("HTTP_IF_NONE_MATCH", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
