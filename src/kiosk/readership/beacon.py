"""The view beacon: one request per article page view, answered without a database write.

`POST /beacon/` (body `a=<article id>`, sent by `static/readership/beacon.js` with
navigator.sendBeacon, or fetch with keepalive) and `GET /beacon/<id>.gif` (the 1×1 image
in <noscript>) both land in `handle`. It accepts nothing but the id of a published
article: no other input changes state, so it needs no CSRF token, and a cross-site
request (Origin or Sec-Fetch-Site naming another site) is refused, which leaves a forged
beacon no more power than a real visit. Bots and prefetches get a 204 and count nothing.

`BeaconApp` wraps the WSGI application (wsgi.py) and answers beacons before Django's
request handling, the way the page cache serves its hits; `beacon_view` is the same
handler as a Django view (tests, runserver).
"""

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.handlers.wsgi import get_path_info
from django.http import HttpRequest, HttpResponse
from django.http.cookie import parse_cookie
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from kiosk.news.caching import content_version
from kiosk.news.selectors import published_articles
from kiosk.readership.buffer import Outcome, get_buffer
from kiosk.readership.services import flusher
from kiosk.readership.visitors import (
    COOKIE_NAME,
    dedup_seconds,
    is_bot,
    is_prefetch,
    visitor_key,
)

logger = logging.getLogger(__name__)
PATH = "/beacon/"
# The smallest transparent GIF.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
MAX_BODY = 64


@dataclass(frozen=True)
class Answer:
    status: int
    outcome: str
    cookie: str | None = None  # the visitor key to remember, when the request had none


class PublishedIds:
    """Whether an article id is one readers may see, cached per process until the
    content version changes (a takedown changes it, so a taken-down article stops
    counting at once)."""

    # The content version is looked at once a second, not per beacon: a takedown stops
    # the counting within a second.
    RECHECK = 1.0

    def __init__(self) -> None:
        self.version = -1
        self.checked = 0.0
        self.known: dict[int, bool] = {}

    def __contains__(self, article_id: int) -> bool:
        clock = time.monotonic()
        if clock - self.checked >= self.RECHECK or self.version < 0:
            self.checked = clock
            version = content_version()
            if version != self.version or len(self.known) > 100_000:
                self.version, self.known = version, {}
        found = self.known.get(article_id)
        if found is None:
            found = self.known[article_id] = published_articles().filter(pk=article_id).exists()
        return found


published_ids = PublishedIds()


def parse_article_id(raw: str) -> int | None:
    raw = raw.strip().removeprefix("a=")
    if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
        return None
    return int(raw)


def _same_origin(meta: Mapping[str, str]) -> bool:
    if meta.get("HTTP_SEC_FETCH_SITE", "same-origin") not in ("same-origin", "same-site", "none"):
        return False
    origin = meta.get("HTTP_ORIGIN")
    if origin is None:
        return True
    host = meta.get("HTTP_HOST")
    if host:
        return urlsplit(origin).netloc == host
    return urlsplit(origin).hostname == meta.get("SERVER_NAME")


def handle(meta: Mapping[str, str], raw_id: str, *, now: float | None = None) -> Answer:
    """Decide about one beacon; `meta` is the WSGI environ (or Django's request.META)."""
    now = time.time() if now is None else now
    if not _same_origin(meta):
        return Answer(403, "cross-site")
    article_id = parse_article_id(raw_id)
    if article_id is None:
        return Answer(400, "invalid")
    if is_bot(meta.get("HTTP_USER_AGENT", "")) or is_prefetch(meta):
        return Answer(204, "ignored")
    if article_id not in published_ids:
        return Answer(404, "unknown")
    had = parse_cookie(meta.get("HTTP_COOKIE", "")).get(COOKIE_NAME)
    visitor = visitor_key(meta, had, now)
    try:
        outcome = get_buffer().record(visitor, article_id, now)
    except Exception:  # Redis unreachable: the reader's page is unaffected, the view lost
        logger.exception("view buffer unavailable")
        return Answer(503, "unavailable")
    if outcome is Outcome.COUNTED:
        flusher.ensure_running()
    status = 429 if outcome is Outcome.LIMITED else 204
    return Answer(status, outcome.value, None if had == visitor else visitor)


def _headers(answer: Answer, meta: Mapping[str, str], gif: bool) -> list[tuple[str, str]]:
    headers = [("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")]
    if gif:
        headers += [("Content-Type", "image/gif"), ("Content-Length", str(len(PIXEL)))]
    else:
        headers.append(("Content-Length", "0"))
    if answer.cookie:
        # Only the beacon ever sees it, and only for the de-duplication window.
        secure = "; Secure" if meta.get("wsgi.url_scheme") == "https" else ""
        headers.append(
            (
                "Set-Cookie",
                f"{COOKIE_NAME}={answer.cookie}; Max-Age={dedup_seconds()}; Path={PATH}; "
                f"HttpOnly; SameSite=Lax{secure}",
            )
        )
    return headers


def _read_body(environ: Mapping) -> str:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return ""
    if not 0 < length <= MAX_BODY:
        return ""
    return environ["wsgi.input"].read(length).decode("ascii", "replace")


def route(method: str, path: str) -> tuple[bool, str] | None:
    """(is the pixel, id in the path) for a beacon request, else None."""
    if path == PATH and method == "POST":
        return False, ""
    if path.startswith(PATH) and path.endswith(".gif") and method in ("GET", "HEAD"):
        return True, path[len(PATH) : -len(".gif")]
    return None


STATUS_LINES = {
    204: "204 No Content",
    200: "200 OK",
    400: "400 Bad Request",
    403: "403 Forbidden",
    404: "404 Not Found",
    405: "405 Method Not Allowed",
    429: "429 Too Many Requests",
    503: "503 Service Unavailable",
}


class BeaconApp:
    """WSGI wrapper answering beacons before Django (one dict lookup and one buffer
    update per beacon); everything else goes to the wrapped application."""

    def __init__(self, application) -> None:
        self.application = application

    def __call__(self, environ, start_response):
        path = get_path_info(environ)
        if not path.startswith(PATH):
            return self.application(environ, start_response)
        routed = route(environ.get("REQUEST_METHOD", ""), path)
        if routed is None:
            start_response(STATUS_LINES[405], [("Allow", "POST"), ("Content-Length", "0")])
            return []
        gif, raw = routed
        answer = handle(environ, raw if gif else _read_body(environ))
        status = 200 if gif and answer.status == 204 else answer.status
        start_response(STATUS_LINES[status], _headers(answer, environ, gif and status == 200))
        return [PIXEL] if gif and status == 200 and environ["REQUEST_METHOD"] == "GET" else []


@csrf_exempt  # accepts nothing but a view of a published article; cross-site is refused
@never_cache
def beacon_view(request: HttpRequest, article_id: str = "") -> HttpResponse:
    gif = request.path.endswith(".gif")
    if route(request.method, request.path_info) is None:
        return HttpResponse(status=405, headers={"Allow": "POST"})
    raw = article_id if gif else request.body[:MAX_BODY].decode("ascii", "replace")
    answer = handle(request.META, raw)
    status = 200 if gif and answer.status == 204 else answer.status
    response = HttpResponse(PIXEL if gif and status == 200 else b"", status=status)
    for name, value in _headers(answer, request.META, gif and status == 200):
        if name == "Set-Cookie":
            response.set_cookie(
                COOKIE_NAME, answer.cookie, max_age=dedup_seconds(), path=PATH,
                httponly=True, samesite="Lax", secure=request.is_secure(),
            )  # fmt: skip
        elif name != "Content-Length":
            response[name] = value
    return response
