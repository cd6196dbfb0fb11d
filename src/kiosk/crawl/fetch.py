"""Fetching: one HTTP GET with the guards every fetch needs.

Streams the body under a size cap, follows at most a few redirects by hand so that
each hop's address is checked, and refuses private, loopback and link-local
addresses unless the source is explicitly local.
"""

import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A fetch that produced no usable body; the message says why, for editors."""


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes
    fetched_at: datetime
    elapsed_ms: float = field(default=0.0)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse URLs whose host resolves to a non-public address (SSRF guard)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"Only http and https URLs can be fetched, not {url!r}.")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"Cannot resolve host {parts.hostname!r}: {exc}.") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError(
                f"{parts.hostname} resolves to the non-public address {address}; "
                "mark the source as local if it really lives on this network."
            )


class Fetcher:
    """A reusable HTTP client with Kiosk's limits; use as a context manager."""

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        timeout: float | None = None,
        max_bytes: int | None = None,
    ) -> None:
        self.max_bytes = max_bytes or settings.KIOSK_FETCH_MAX_BYTES
        self.timeout = timeout or settings.KIOSK_FETCH_TIMEOUT
        self.client = httpx.Client(
            headers={"User-Agent": user_agent or settings.KIOSK_USER_AGENT},
            timeout=httpx.Timeout(self.timeout, connect=min(10.0, self.timeout)),
            follow_redirects=False,
            trust_env=False,
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str, *, allow_private: bool = False) -> FetchResult:
        started = time.monotonic()
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current, allow_private=allow_private)
            status, headers, content = self._get_once(current, started)
            if status in REDIRECT_STATUSES and "location" in headers:
                current = urljoin(current, headers["location"])
                continue
            if status != 200:
                raise FetchError(f"HTTP {status} from {current}.")
            return FetchResult(
                url=url,
                final_url=current,
                status=status,
                headers=headers,
                content=content,
                fetched_at=datetime.now(UTC),
                elapsed_ms=(time.monotonic() - started) * 1000,
            )
        raise FetchError(f"More than {MAX_REDIRECTS} redirects starting from {url}.")

    def _get_once(self, url: str, started: float) -> tuple[int, dict[str, str], bytes]:
        try:
            with self.client.stream("GET", url) as response:
                headers = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code != 200:
                    return response.status_code, headers, b""
                declared = headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(
                        f"{url} declares {int(declared)} bytes, over the {self.max_bytes} limit."
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"{url} is larger than the {self.max_bytes} byte limit.")
                    if time.monotonic() - started > self.timeout:
                        raise FetchError(f"{url} took longer than {self.timeout:g} s to download.")
                    chunks.append(chunk)
                return response.status_code, headers, b"".join(chunks)
        except httpx.TimeoutException as exc:
            raise FetchError(f"Timed out fetching {url} ({type(exc).__name__}).") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"Could not fetch {url}: {exc}.") from exc
