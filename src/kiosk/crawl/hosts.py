"""Per-host politeness: one request at a time per host, and a minimum delay between them.

The delay is the larger of the configured minimum and the host's robots.txt
Crawl-delay; a Retry-After answer pushes the host's next turn later. In-process: at
scale the same rule runs across workers through Redis.
"""

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is capped rather than obeyed blindly
# A crawl pass waits at most this long for a host's turn; a host that asked for a longer
# pause (Retry-After) is left for a later pass instead of stalling this one.
MAX_WAIT = 30.0


class HostBusy(Exception):
    """The host's next turn is too far away to wait for in this crawl."""

    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(f"{host} asked us to wait {seconds:.0f} s more; postponed.")
        self.seconds = seconds


@dataclass
class _Host:
    floor: float  # the configured minimum delay for this host
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    ready_at: float = 0.0
    delay: float = 0.0


class HostGate:
    """`async with gate.turn(url): ...` waits for the host's turn; `local` hosts (the
    sample newsroom, our own machines) may use a shorter minimum delay."""

    def __init__(
        self,
        *,
        min_delay: float,
        local_min_delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_wait: float = MAX_WAIT,
    ) -> None:
        self.max_wait = max_wait
        self.min_delay = min_delay
        self.local_min_delay = local_min_delay
        self.clock = clock
        self.sleep = sleep
        self._hosts: dict[str, _Host] = {}

    def _host(self, url: str, local: bool = False) -> _Host:
        key = urlsplit(url).netloc.lower()
        host = self._hosts.get(key)
        if host is None:
            floor = self.local_min_delay if local else self.min_delay
            host = self._hosts[key] = _Host(floor=floor, delay=floor)
        return host

    def set_crawl_delay(self, url: str, seconds: float | None, *, local: bool = False) -> None:
        host = self._host(url, local)
        host.delay = max(host.floor, min(seconds or 0.0, MAX_CRAWL_DELAY))

    def defer(self, url: str, seconds: float) -> None:
        """The host asked us to come back later (Retry-After)."""
        host = self._host(url)
        host.ready_at = max(host.ready_at, self.clock() + seconds)

    @asynccontextmanager
    async def turn(self, url: str, *, local: bool = False) -> AsyncIterator[None]:
        host = self._host(url, local)
        async with host.lock:
            wait = host.ready_at - self.clock()
            if wait > self.max_wait:
                raise HostBusy(urlsplit(url).netloc, wait)
            if wait > 0:
                await self.sleep(wait)
            try:
                yield
            finally:
                host.ready_at = max(host.ready_at, self.clock() + host.delay)
