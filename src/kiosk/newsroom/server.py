"""Serving the sample newsroom over real HTTP on loopback, one origin (port) per outlet.

Every page, feed and sitemap is rendered once at start, when the ports and so the
absolute URLs are known; requests are then dictionary look-ups. Responses carry what
crawlers rely on: Content-Type with charset, Content-Length, Last-Modified and ETag
(answered with 304 on a matching conditional request), and 404 for unknown paths.
Each outlet serves its pages and feeds, a robots.txt (robots.py), a sitemap index with
a full and a Google News sitemap, and a gzipped copy of the full sitemap. Served with
`faults=True`, some requests fail the way real sites fail (faults.py).
"""

import gzip
import hashlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

from kiosk.newsroom.faults import (
    RESET,
    RETRY_AFTER_SECONDS,
    UNAVAILABLE,
    FirstRequests,
    break_feed,
    plan_faults,
)
from kiosk.newsroom.feeds import (
    ARTICLES_SITEMAP_PATH,
    NEWS_SITEMAP_PATH,
    last_modified,
    render_feed,
    render_json_feed,
    render_news_sitemap,
    render_sitemap,
    render_sitemap_index,
)
from kiosk.newsroom.generator import PACKS, Newsroom, Outlet
from kiosk.newsroom.media import render_image
from kiosk.newsroom.pages import (
    FEED_MIME_TYPES,
    category_path,
    render_article,
    render_category,
    render_home,
    render_not_found,
)
from kiosk.newsroom.robots import render_robots

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.1  # how soon a serving thread notices stop()
XML = "application/xml; charset=utf-8"
UNAVAILABLE_BODY = b"<!doctype html><title>503</title><p>Service temporarily unavailable.</p>"


@dataclass(frozen=True)
class Response:
    body: bytes
    content_type: str
    last_modified: datetime | None = None
    status: int = HTTPStatus.OK

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body, usedforsecurity=False).hexdigest()[:16] + '"'


@dataclass(frozen=True)
class ServingOptions:
    """How the newsroom behaves beyond its content; the defaults never fail a crawler."""

    faults: bool = False
    crawl_delay: float | None = None
    disallow_premium: bool = False


class _Site:
    """One outlet's pre-rendered responses, by path, and the faults it injects."""

    def __init__(
        self, newsroom: Newsroom, outlet: Outlet, base_url: str, options: ServingOptions
    ) -> None:
        self.outlet = outlet
        html = f"text/html; charset={outlet.charset}"
        updated = last_modified(newsroom, outlet)
        feed = render_feed(newsroom, outlet, base_url)
        if options.faults:
            feed = break_feed(newsroom, outlet, feed)
        articles_sitemap = render_sitemap(newsroom, outlet, base_url)
        self.routes: dict[str, Response] = {
            "/": Response(outlet.encode(render_home(newsroom, outlet, base_url)), html, updated),
            outlet.feed_path: Response(
                feed, f"{FEED_MIME_TYPES[outlet.feed_format]}; charset={outlet.charset}", updated
            ),
            "/sitemap.xml": Response(
                render_sitemap_index(newsroom, outlet, base_url), XML, updated
            ),
            ARTICLES_SITEMAP_PATH: Response(articles_sitemap, XML, updated),
            # mtime=0 keeps the gzip header, and so the bytes, the same on every run.
            ARTICLES_SITEMAP_PATH + ".gz": Response(
                gzip.compress(articles_sitemap, mtime=0), "application/gzip", updated
            ),
            NEWS_SITEMAP_PATH: Response(
                render_news_sitemap(newsroom, outlet, base_url), XML, updated
            ),
            "/robots.txt": Response(
                render_robots(
                    outlet,
                    base_url,
                    disallow_premium=options.disallow_premium,
                    crawl_delay=options.crawl_delay,
                ),
                "text/plain; charset=utf-8",
            ),
        }
        if outlet.json_feed_path is not None:
            self.routes[outlet.json_feed_path] = Response(
                render_json_feed(newsroom, outlet, base_url),
                f"{FEED_MIME_TYPES['json']}; charset=utf-8",
                updated,
            )
        for category in PACKS[outlet.language].categories:
            self.routes[category_path(outlet, category)] = Response(
                outlet.encode(render_category(newsroom, outlet, category, base_url)), html
            )
        for article in newsroom.articles_of(outlet.slug):
            if article.figure is not None:
                self.routes[article.figure[0]] = Response(
                    render_image(article.figure[0]), "image/svg+xml", article.published_at
                )
            self.routes[article.path] = Response(
                outlet.encode(render_article(newsroom, outlet, article, base_url)),
                html,
                article.published_at,
            )
        self.not_found = Response(
            outlet.encode(render_not_found(newsroom, outlet, base_url)),
            html,
            status=HTTPStatus.NOT_FOUND,
        )
        self.faults = FirstRequests(plan_faults(newsroom, outlet.slug) if options.faults else {})


class _ConnectionReset(Exception):
    """Raised once a reset is sent, to leave the request without touching the socket."""


class _Handler(BaseHTTPRequestHandler):
    server_version = "NewsroomHTTP/1.0"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm the body would wait
    # for the client's delayed ACK, 40 ms a response on Linux.
    disable_nagle_algorithm = True
    site: _Site  # set on the per-outlet subclass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except _ConnectionReset:
            self.close_connection = True

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, *, with_body: bool) -> None:
        path = urlsplit(self.path).path or "/"
        fault = self.site.faults.fault(path)
        if fault == UNAVAILABLE:
            self._unavailable(with_body=with_body)
            return
        response = self.site.routes.get(path)
        if response is None and path + "/" in self.site.routes:
            self._redirect(path + "/")
            return
        if response is None:
            response = self.site.not_found
        elif fault is None and self._not_modified(response):
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
        if fault == RESET:
            self._reset(response.body[: len(response.body) // 2] if with_body else b"")
        elif with_body:
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

    def _unavailable(self, *, with_body: bool) -> None:
        self.send_response(HTTPStatus.SERVICE_UNAVAILABLE)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(UNAVAILABLE_BODY)))
        self.send_header("Retry-After", str(RETRY_AFTER_SECONDS))
        self.end_headers()
        if with_body:
            self.wfile.write(UNAVAILABLE_BODY)

    def _reset(self, partial_body: bytes) -> None:
        """Send part of the body, then drop the connection with a TCP RST."""
        self.wfile.write(partial_body)
        self.wfile.flush()
        # The socket closes only once its file objects are closed; with SO_LINGER on and
        # a zero timeout, close() sends RST instead of FIN.
        self.rfile.close()
        self.wfile.close()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        raise _ConnectionReset

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
    `faults=True` turns on the failures of faults.py; `crawl_delay` adds a Crawl-delay
    line to every robots.txt; `disallow_premium=True` has robots.txt disallow the premium
    section (the ground truth's `robots_disallowed` pages). By default nothing fails and
    robots.txt allows every article, so a polite crawler can store the whole newsroom.
    """

    def __init__(
        self,
        newsroom: Newsroom,
        *,
        host: str = "127.0.0.1",
        base_port: int = 0,
        faults: bool = False,
        crawl_delay: float | None = None,
        disallow_premium: bool = False,
    ):
        self.newsroom = newsroom
        self.host = host
        self.base_port = base_port
        self.options = ServingOptions(
            faults=faults, crawl_delay=crawl_delay, disallow_premium=disallow_premium
        )
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
                self.newsroom, outlet, self.base_urls[outlet.slug], self.options
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

    def url(self, slug: str, path: str) -> str:
        """The absolute URL of `path` ("/robots.txt", an article's path) at an outlet."""
        return self.base_urls[slug] + ("" if path.startswith("/") else "/") + path

    def faulted_paths(self, slug: str, kind: str | None = None) -> list[str]:
        """The outlet's paths whose first request fails (with `kind`, only the
        "unavailable" or "reset" ones), newest article first; [] without faults."""
        if not self.options.faults:
            return []
        plan = plan_faults(self.newsroom, slug)
        return [path for path, fault in plan.items() if kind is None or fault == kind]

    def __enter__(self) -> "NewsroomServer":
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
