"""The page cache: anonymous readers' pages of the editions served without rendering.

Pages are cacheable; counting is not in the page (DESIGN.md). Every cached page belongs
to one *content version*, a stamp that changes whenever anything readers see changes (an
article stored, revised, taken down; a source or category edited: see `apps.py`). A new
stamp makes every older entry unreachable, so nothing is invalidated by hand and no page
outlives the content it shows. The stamp is a file's modification time in the data
directory: one `stat` per request, shared by every web process and the crawler.

Browsers and proxies revalidate with the ETag (the stamp) and get a 304 without the page
being looked up at all.

Two doors share one cache: `PageCacheMiddleware` fills it (and serves it wherever Django
runs without the WSGI wrapper, as in tests), and `CachedPagesApp`, wrapped around the
WSGI application (wsgi.py), serves hits before Django's request handling starts: a hit
then costs no request object, no signals, no middleware.
"""

import os
from dataclasses import dataclass
from importlib.metadata import version as package_version
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import get_path_info
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.http.cookie import parse_cookie
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


@dataclass(frozen=True)
class Entry:
    """Where one request's page lives in the cache, and the validators it carries."""

    key: str
    etag: str
    validators: tuple[tuple[str, str], ...]

    def matches(self, if_none_match: str) -> bool:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return self.etag in tags


class PageCache:
    def __init__(self) -> None:
        self.cache = caches["default"]
        self.prefixes = tuple(f"/{code}/" for code, _ in settings.LANGUAGES)

    def entry(self, *, method: str, path: str, query: str, cookies: dict[str, str]) -> Entry | None:
        """The cache entry for an anonymous GET or HEAD of an edition page, else None."""
        if (
            method not in ("GET", "HEAD")
            or not path.startswith(self.prefixes)
            or settings.SESSION_COOKIE_NAME in cookies
        ):
            return None
        version = content_version()
        etag = f'"{version:x}-{RELEASE}"'
        validators = [("ETag", etag), ("Cache-Control", f"public, max-age={MAX_AGE}")]
        if version:
            validators.append(("Last-Modified", http_date(version / 1e9)))
        return Entry(f"page:{version}:{path}?{query}", etag, tuple(validators))

    def get(self, entry: Entry) -> tuple[bytes, dict[str, str]] | None:
        return self.cache.get(entry.key)

    def store(self, entry: Entry, response: HttpResponse) -> None:
        # Downloads of archived originals are large and rare: never kept here.
        if (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "Content-Disposition" not in response
            # A page meant for one reader only (a form with its own CSRF token, say).
            and not {"private", "no-store"} & _directives(response.get("Cache-Control", ""))
        ):
            headers = {k: v for k, v in response.items() if k.lower() not in FRESH_HEADERS}
            self.cache.set(entry.key, (response.content, headers), CACHE_TIMEOUT)
            for name, value in entry.validators:
                response[name] = value


def _directives(cache_control: str) -> set[str]:
    return {part.split("=")[0].strip().lower() for part in cache_control.split(",")}


class PageCacheMiddleware:
    """Fill the cache, and serve it, for anonymous GET and HEAD requests of edition pages.

    It sits before the session, locale, auth and CSRF middleware. Requests carrying a
    session cookie (logged-in readers, staff) always get a fresh page, and a response
    that sets a cookie is never stored.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.pages = PageCache()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        entry = self.pages.entry(
            method=request.method,
            path=request.path_info,
            query=request.META.get("QUERY_STRING", ""),
            cookies=request.COOKIES,
        )
        if entry is None:
            return self.get_response(request)
        if entry.matches(request.META.get("HTTP_IF_NONE_MATCH", "")):
            return self._response(HttpResponseNotModified(), {}, entry)
        stored = self.pages.get(entry)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(b"" if request.method == "HEAD" else content)
            return self._response(response, {**headers, "Content-Length": str(len(content))}, entry)
        response = self.get_response(request)
        self.pages.store(entry, response)
        return response

    @staticmethod
    def _response(response: HttpResponse, headers: dict, entry: Entry) -> HttpResponse:
        for name, value in [*headers.items(), *entry.validators]:
            response[name] = value
        return response


class CachedPagesApp:
    """WSGI wrapper: cached pages (and 304s) served before Django handles the request."""

    def __init__(self, application) -> None:
        self.application = application
        self.pages: PageCache | None = None  # made on first use, once settings are ready

    def __call__(self, environ, start_response):
        pages = self.pages = self.pages or PageCache()
        entry = pages.entry(
            method=environ.get("REQUEST_METHOD", ""),
            path=get_path_info(environ),
            query=environ.get("QUERY_STRING", ""),
            cookies=parse_cookie(environ.get("HTTP_COOKIE", "")),
        )
        if entry is not None:
            if entry.matches(environ.get("HTTP_IF_NONE_MATCH", "")):
                start_response("304 Not Modified", list(entry.validators))
                return []
            stored = pages.get(entry)
            if stored is not None:
                content, headers = stored
                headers = {**headers, "Content-Length": str(len(content))}
                start_response("200 OK", [*headers.items(), *entry.validators])
                return [] if environ["REQUEST_METHOD"] == "HEAD" else [content]
        return self.application(environ, start_response)
