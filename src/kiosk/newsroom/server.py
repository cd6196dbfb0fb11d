"""Serving the sample newsroom over real HTTP on loopback, one origin (port) per outlet.

Every page, feed and sitemap is rendered once at start, when the ports and so the
absolute URLs are known; requests are then dictionary look-ups. Responses carry what
crawlers rely on: Content-Type with charset, Content-Length, Last-Modified and ETag
(answered with 304 on a matching conditional request), and 404 for unknown paths.
"""

import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from kiosk.newsroom.feeds import last_modified, render_feed, render_sitemap
from kiosk.newsroom.generator import PACKS, Newsroom, Outlet
from kiosk.newsroom.pages import (
    category_path,
    render_article,
    render_category,
    render_home,
    render_not_found,
)

logger = logging.getLogger(__name__)

HTML = "text/html; charset=utf-8"
POLL_SECONDS = 0.1  # how soon a serving thread notices stop()
FEED_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}


@dataclass(frozen=True)
class Response:
    body: bytes
    content_type: str
    last_modified: datetime | None = None
    status: int = HTTPStatus.OK

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body, usedforsecurity=False).hexdigest()[:16] + '"'


class _Site:
    """One outlet's pre-rendered responses, by path."""

    def __init__(self, newsroom: Newsroom, outlet: Outlet, base_url: str) -> None:
        self.outlet = outlet
        self.routes: dict[str, Response] = {
            "/": Response(
                render_home(newsroom, outlet, base_url).encode(),
                HTML,
                last_modified(newsroom, outlet),
            ),
            outlet.feed_path: Response(
                render_feed(newsroom, outlet, base_url),
                FEED_TYPES[outlet.feed_format],
                last_modified(newsroom, outlet),
            ),
            "/sitemap.xml": Response(
                render_sitemap(newsroom, outlet, base_url),
                "application/xml; charset=utf-8",
                last_modified(newsroom, outlet),
            ),
            "/robots.txt": Response(
                f"User-agent: *\nAllow: /\n\nSitemap: {base_url}/sitemap.xml\n".encode(),
                "text/plain; charset=utf-8",
            ),
        }
        for category in PACKS[outlet.language].categories:
            self.routes[category_path(outlet, category)] = Response(
                render_category(newsroom, outlet, category, base_url).encode(), HTML
            )
        for article in newsroom.articles_of(outlet.slug):
            self.routes[article.path] = Response(
                render_article(newsroom, outlet, article, base_url).encode(),
                HTML,
                article.published_at,
            )
        self.not_found = Response(
            render_not_found(newsroom, outlet, base_url).encode(), HTML, status=HTTPStatus.NOT_FOUND
        )


class _Handler(BaseHTTPRequestHandler):
    server_version = "NewsroomHTTP/1.0"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    site: _Site  # set on the per-outlet subclass

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
        path = urlsplit(self.path).path or "/"
        response = self.site.routes.get(path)
        if response is None and path + "/" in self.site.routes:
            self._redirect(path + "/")
            return
        if response is None:
            response = self.site.not_found
        elif self._not_modified(response):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", response.etag)
            self.end_headers()
            return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        if response.status == HTTPStatus.OK:
            self.send_header("ETag", response.etag)
            self.send_header("Cache-Control", "max-age=60")
        if response.last_modified is not None:
            self.send_header("Last-Modified", format_datetime(response.last_modified, usegmt=True))
        self.end_headers()
        if with_body:
            self.wfile.write(response.body)

    def _not_modified(self, response: Response) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return response.etag in {tag.strip() for tag in if_none_match.split(",")}
        since = self.headers.get("If-Modified-Since")
        if since and response.last_modified is not None:
            try:
                return response.last_modified <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("%s %s " + format, self.site.outlet.slug, self.address_string(), *args)


class NewsroomServer:
    """Each outlet of a newsroom on its own loopback port, served from daemon threads.

    `base_port=0` takes free ephemeral ports; otherwise outlet i listens on base_port + i.
    """

    def __init__(self, newsroom: Newsroom, *, host: str = "127.0.0.1", base_port: int = 0):
        self.newsroom = newsroom
        self.host = host
        self.base_port = base_port
        self.base_urls: dict[str, str] = {}
        self._servers: list[ThreadingHTTPServer] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> "NewsroomServer":
        try:
            for index, outlet in enumerate(self.newsroom.outlets):
                port = self.base_port + index if self.base_port else 0
                handler = type(f"Handler_{index}", (_Handler,), {})
                server = ThreadingHTTPServer((self.host, port), handler)
                server.daemon_threads = True
                self._servers.append(server)
                self.base_urls[outlet.slug] = f"http://{self.host}:{server.server_address[1]}"
        except OSError:
            self.stop()
            raise
        for outlet, server in zip(self.newsroom.outlets, self._servers, strict=True):
            server.RequestHandlerClass.site = _Site(
                self.newsroom, outlet, self.base_urls[outlet.slug]
            )
            thread = threading.Thread(
                target=server.serve_forever,
                args=(POLL_SECONDS,),
                daemon=True,
                name=f"newsroom-{outlet.slug}",
            )
            thread.start()
            self._threads.append(thread)
            logger.debug("Serving %s at %s", outlet.slug, self.base_urls[outlet.slug])
        return self

    def stop(self) -> None:
        # shutdown() waits for the serving loop's next poll: ask all outlets at once.
        stoppers = [
            threading.Thread(target=server.shutdown)
            for server, _ in zip(self._servers, self._threads, strict=False)
        ]
        for stopper in stoppers:
            stopper.start()
        for thread in stoppers + self._threads:
            thread.join()
        for server in self._servers:
            server.server_close()
        self._servers.clear()
        self._threads.clear()

    def feed_url(self, slug: str) -> str:
        return self.base_urls[slug] + self.newsroom.outlet(slug).feed_path

    def __enter__(self) -> "NewsroomServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
