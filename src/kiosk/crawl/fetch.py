"""Fetching: one HTTP GET with the guards every fetch needs (async, httpx).

Streams the body under a size cap (counted after decompression, with a ratio check
against decompression bombs), enforces connect, read and total time limits, follows at
most five redirects by hand, checks the content type, sends conditional headers (a 304
costs no body), and refuses non-public addresses unless the source is local (see
addresses.py). Failures are FetchError with a message an editor can act on.
"""

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

from kiosk.crawl.addresses import BlockedAddress, PublicOnlyTransport
from kiosk.crawl.archive import Original
from kiosk.crawl.encoding import normalize_encoding

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Decoded bytes per downloaded byte beyond which a body is treated as a compression bomb;
# real HTML and XML compress about 5-15 to 1.
MAX_COMPRESSION_RATIO = 200
PERMANENT_STATUSES = frozenset({404, 410})
STATUS_REASONS = {
    401: "asks for a login",
    403: "refuses access (403 Forbidden)",
    404: "does not exist (404 Not Found)",
    410: "is gone for good (410 Gone)",
    429: "says we ask too often (429 Too Many Requests)",
    500: "has a server error (500)",
    502: "has a gateway error (502)",
    503: "is unavailable (503)",
    504: "timed out at its gateway (504)",
}

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+json",
        "application/json",
        "application/x-gzip",
        "application/gzip",
        "application/octet-stream",
        "text/plain",
        "text/html",  # feeds served as HTML exist; the parser decides
    }
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class FetchError(Exception):
    """A fetch that produced no usable body; the message says why, for editors."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self._permanent = permanent

    @property
    def permanent(self) -> bool:
        """Trying again soon will not help: the page is gone (404, 410), or it answered
        but with something unacceptable (too big, wrong type), or a guard refused it."""
        if self._permanent is not None:
            return self._permanent
        return self.status in PERMANENT_STATUSES or self.status == 200


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int  # 200, or 304 when the conditional request matched
    headers: dict[str, str]
    content: bytes
    fetched_at: datetime
    elapsed_ms: float

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def declared_charset(self) -> str | None:
        return normalize_encoding(self.headers.get("content-type", ""))

    def as_original(self) -> Original:
        """The page as the archive keeps it (crawl/archive.py)."""
        return Original(
            url=self.url,
            final_url=self.final_url,
            status=self.status,
            headers=self.headers,
            content=self.content,
            fetched_at=self.fetched_at,
        )


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class Fetcher:
    """Async HTTP client with Kiosk's limits; `async with Fetcher() as f: await f.fetch(url)`."""

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        timeout: float | None = None,
        max_bytes: int | None = None,
        max_connections: int = 100,
    ) -> None:
        self.max_bytes = max_bytes or settings.KIOSK_FETCH_MAX_BYTES
        self.timeout = timeout or settings.KIOSK_FETCH_TIMEOUT
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        options = {
            "headers": {
                "User-Agent": user_agent or settings.KIOSK_USER_AGENT,
                "Accept-Encoding": "gzip, deflate, br",
            },
            "timeout": httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),
            "follow_redirects": False,
            "trust_env": False,
        }
        self._public = httpx.AsyncClient(transport=PublicOnlyTransport(limits=limits), **options)
        self._local = httpx.AsyncClient(limits=limits, **options)

    async def __aenter__(self) -> "Fetcher":
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._public.aclose()
        await self._local.aclose()

    async def fetch(
        self,
        url: str,
        *,
        allow_private: bool = False,
        etag: str = "",
        last_modified: str = "",
        accept: frozenset[str] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        started = time.monotonic()
        client = self._local if allow_private else self._public
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self.timeout):
                return await self._follow(
                    client, url, headers, accept, started, max_bytes or self.max_bytes
                )
        except TimeoutError:
            raise FetchError(f"{url} took longer than {self.timeout:g} s to download.") from None

    async def _follow(self, client, url, headers, accept, started, max_bytes) -> FetchResult:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"Only http and https URLs can be fetched, not {current!r}.")
            status, response_headers, content = await self._get(
                client, current, headers, accept, max_bytes
            )
            if status in REDIRECT_STATUSES:
                location = response_headers.get("location")
                if not location:
                    raise FetchError(f"{current} redirects ({status}) without a Location.")
                current = urljoin(current, location)
                continue
            return FetchResult(
                url=url,
                final_url=current,
                status=status,
                headers=response_headers,
                content=content,
                fetched_at=datetime.now(UTC),
                elapsed_ms=(time.monotonic() - started) * 1000,
            )
        raise FetchError(f"More than {MAX_REDIRECTS} redirects starting from {url}.")

    async def _get(
        self, client, url, headers, accept, max_bytes
    ) -> tuple[int, dict[str, str], bytes]:
        try:
            async with client.stream("GET", url, headers=headers) as response:
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                status = response.status_code
                if status in REDIRECT_STATUSES or status == 304:
                    return status, response_headers, b""
                if status != 200:
                    reason = STATUS_REASONS.get(status, f"answered HTTP {status}")
                    raise FetchError(
                        f"{url} {reason}.",
                        status=status,
                        retry_after=parse_retry_after(response_headers.get("retry-after")),
                    )
                content_type = response_headers.get("content-type", "").split(";")[0].strip()
                if accept and content_type and content_type.lower() not in accept:
                    raise FetchError(f"{url} is {content_type}, not what was expected.", status=200)
                declared = response_headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(
                        f"{url} declares {int(declared):,} bytes, over the "
                        f"{max_bytes:,} byte limit.",
                        status=200,
                    )
                return status, response_headers, await self._read_capped(response, url, max_bytes)
        except httpx.TimeoutException as exc:
            raise FetchError(f"Timed out talking to {url} ({type(exc).__name__}).") from exc
        except httpx.DecodingError as exc:
            raise FetchError(f"{url} sent a body that does not decompress: {exc}.") from exc
        except httpx.ConnectError as exc:
            blocked = isinstance(exc.__cause__, BlockedAddress)
            raise FetchError(f"Could not connect to {url}: {exc}.", permanent=blocked) from exc
        except httpx.HTTPError as exc:
            detail = str(exc) or type(exc).__name__
            raise FetchError(f"The connection to {url} broke: {detail}.") from exc

    async def _read_capped(self, response: httpx.Response, url: str, max_bytes: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"{url} is larger than the {max_bytes:,} byte limit.", status=200)
            downloaded = response.num_bytes_downloaded
            if size > 1_000_000 and size > MAX_COMPRESSION_RATIO * max(downloaded, 1):
                raise FetchError(
                    f"{url} decompresses to over {MAX_COMPRESSION_RATIO} times its size "
                    "(a compression bomb?).",
                    status=200,
                )
            chunks.append(chunk)
        return b"".join(chunks)
