"""robots.txt (RFC 9309): fetched once per origin, cached, consulted before every fetch.

Status handling follows the RFC: a 2xx file is obeyed; a 4xx means "unavailable" and
everything may be crawled; a 5xx, a 429 or a network failure means "unreachable" and
nothing is crawled until a later try. Parsing is protego's (RFC 9309 rules, longest
match, wildcards); its Crawl-delay is passed on to the host gate.
"""

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from kiosk.crawl.fetch import Fetcher, FetchError

logger = logging.getLogger(__name__)

# RFC 9309 2.5: parse at least 500 KiB; 2.4: do not cache for more than 24 hours.
MAX_ROBOTS_BYTES = 512 * 1024
CACHE_SECONDS = 24 * 3600
UNREACHABLE_RETRY_SECONDS = 15 * 60


@dataclass(frozen=True)
class RobotsPolicy:
    """What one origin's robots.txt allows our user agent."""

    rules: Protego | None  # None: no file, everything allowed (unless disallow_all)
    disallow_all: bool = False
    reason: str = ""

    def allows(self, url: str, token: str) -> bool:
        if self.disallow_all:
            return False
        return self.rules is None or self.rules.can_fetch(url, token)

    def crawl_delay(self, token: str) -> float | None:
        if self.rules is None:
            return None
        delay = self.rules.crawl_delay(token)
        return float(delay) if delay is not None else None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def policy_from_response(
    status: int | None, body: bytes, origin: str, detail: str = ""
) -> RobotsPolicy:
    """The RFC's mapping from the robots.txt fetch outcome to a policy."""
    if status == 200:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return RobotsPolicy(Protego.parse(text))
    if status is not None and 400 <= status < 500 and status != 429:
        return RobotsPolicy(None)
    return RobotsPolicy(
        None,
        disallow_all=True,
        reason=f"{origin}/robots.txt is unreachable"
        + (f" (HTTP {status})" if status else "")
        + "; RFC 9309 says to crawl nothing until it answers."
        + (f" {detail}" if detail else ""),
    )


# Policies outlive one crawl (`kiosk crawl --forever` polls every few minutes): shared by
# every RobotsCache of the process, keyed by (agent token, origin), each with its expiry.
_POLICIES: dict[tuple[str, str], tuple[float, RobotsPolicy]] = {}


def forget_policies() -> None:
    """Drop every cached policy (tests; an operator's reload)."""
    _POLICIES.clear()


class RobotsCache:
    """Per-origin robots.txt policies, fetched at most once at a time per origin."""

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        token: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.fetcher = fetcher
        self.token = token
        self.clock = clock
        self._locks: dict[str, asyncio.Lock] = {}

    async def policy(self, url: str, *, allow_private: bool = False) -> RobotsPolicy:
        origin = origin_of(url)
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            cached = _POLICIES.get((self.token, origin))
            if cached and cached[0] > self.clock():
                return cached[1]
            policy, ttl = await self._fetch(origin, allow_private)
            _POLICIES[(self.token, origin)] = (self.clock() + ttl, policy)
            return policy

    async def _fetch(self, origin: str, allow_private: bool) -> tuple[RobotsPolicy, float]:
        try:
            result = await self.fetcher.fetch(
                origin + "/robots.txt", allow_private=allow_private, max_bytes=MAX_ROBOTS_BYTES
            )
        except FetchError as exc:
            level = logging.DEBUG if exc.status and 400 <= exc.status < 500 else logging.INFO
            logger.log(level, "robots.txt not read origin=%s error=%s", origin, exc)
            policy = policy_from_response(exc.status, b"", origin, detail=str(exc))
            return policy, UNREACHABLE_RETRY_SECONDS if policy.disallow_all else CACHE_SECONDS
        return policy_from_response(result.status, result.content, origin), CACHE_SECONDS

    async def allows(self, url: str, *, allow_private: bool = False) -> tuple[bool, RobotsPolicy]:
        policy = await self.policy(url, allow_private=allow_private)
        return policy.allows(url, self.token), policy
