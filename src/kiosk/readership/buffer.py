"""Where counted views wait for the next flush: never the database.

`MemoryBuffer` (embedded mode) keeps them in the process; every web process flushes its
own on a timer and at exit (`services.Flusher`), and de-duplication across processes is
finished at flush time against `RecentView`. `RedisBuffer` (`KIOSK_REDIS_URL`) keeps
them in Redis, shared by every process: de-duplication and rate limit happen there, in
one round trip per beacon, and any process may flush.

What a crash can lose: a web process killed without exiting (SIGKILL, OOM, power) loses
the views it counted since its last flush, at most `KIOSK_VIEWS_FLUSH_SECONDS` of them,
with the memory buffer; nothing with Redis (the views are in Redis; a flush that dies
half-way leaves its batch there and the next flush completes it exactly once).
"""

import threading
import uuid
from dataclasses import dataclass, field
from enum import Enum

from django.conf import settings

from kiosk.readership.visitors import dedup_seconds, view_key


class Outcome(Enum):
    COUNTED = "counted"
    REPEAT = "repeat"  # the same visitor within the de-duplication window
    LIMITED = "limited"  # over the visitor's rate limit


def hour_of(ts: float) -> int:
    return int(ts) - int(ts) % 3600


@dataclass
class Batch:
    """Views taken from a buffer for one flush. `events` (memory) still need the
    cross-process de-duplication: (view key, article id, unix seconds); `counts` (Redis)
    are final: (article id, hour start) -> views."""

    events: list[tuple[int, int, int]] = field(default_factory=list)
    counts: dict[tuple[int, int], int] = field(default_factory=dict)
    batch_id: str | None = None

    def __len__(self) -> int:
        return len(self.events) + sum(self.counts.values())


class MemoryBuffer:
    """One process's views since its last flush, and what it has seen recently."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[int, float] = {}  # view key -> when it was last counted
        self._pending: list[tuple[int, int, int]] = []
        self._rate: dict[str, int] = {}
        self._rate_minute = 0

    def record(self, visitor: str, article_id: int, now: float) -> Outcome:
        key = view_key(visitor, article_id)
        minute = int(now) // 60
        with self._lock:
            if minute != self._rate_minute:
                self._rate_minute, self._rate = minute, {}
            sent = self._rate[visitor] = self._rate.get(visitor, 0) + 1
            if sent > settings.KIOSK_VIEWS_RATE_LIMIT:
                return Outcome.LIMITED
            last = self._seen.get(key)
            if last is not None and now - last < dedup_seconds():
                return Outcome.REPEAT
            self._seen[key] = now
            self._pending.append((key, article_id, int(now)))
            return Outcome.COUNTED

    def take(self, now: float) -> Batch:
        with self._lock:
            pending, self._pending = self._pending, []
            horizon = now - dedup_seconds()
            if len(self._seen) > 10_000:
                self._seen = {k: t for k, t in self._seen.items() if t > horizon}
        return Batch(events=pending)

    def give_back(self, batch: Batch) -> None:
        """A flush failed (database locked, gone): keep its views for the next one."""
        with self._lock:
            self._pending[:0] = batch.events

    def pending(self) -> int:
        return len(self._pending)


# One round trip per beacon: rate limit, de-duplication and the count, atomically.
_RECORD = """
local sent = redis.call('INCR', KEYS[2])
if sent == 1 then redis.call('EXPIRE', KEYS[2], 60) end
if sent > tonumber(ARGV[2]) then return 2 end
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
  return 0
end
return 1
"""


class RedisBuffer:
    """Views in Redis, shared by every process: `kiosk:views:pending` is a hash of
    "article:hour" -> views. A flush renames it to a batch key first, so beacons
    arriving meanwhile start a new hash and none is lost."""

    PREFIX = "kiosk:views:"
    PENDING = PREFIX + "pending"
    BATCH = PREFIX + "batch:"

    def __init__(self, url: str) -> None:
        import redis

        self.redis = redis.Redis.from_url(url)
        self._record = self.redis.register_script(_RECORD)

    def record(self, visitor: str, article_id: int, now: float) -> Outcome:
        keys = [
            f"{self.PREFIX}seen:{view_key(visitor, article_id):x}",
            f"{self.PREFIX}rate:{visitor}:{int(now) // 60}",
            self.PENDING,
        ]
        args = [dedup_seconds(), settings.KIOSK_VIEWS_RATE_LIMIT, f"{article_id}:{hour_of(now)}"]
        result = int(self._record(keys=keys, args=args))
        return (Outcome.COUNTED, Outcome.REPEAT, Outcome.LIMITED)[result]

    def leftover_batches(self) -> list[str]:
        """Batches a flush took but did not finish (it died, or the database failed)."""
        return [key.decode() for key in self.redis.scan_iter(match=self.BATCH + "*")]

    def take(self, now: float) -> Batch:
        key = self.BATCH + uuid.uuid4().hex
        try:
            self.redis.rename(self.PENDING, key)
        except Exception as error:  # redis.ResponseError: no pending views at all
            if "no such key" in str(error).lower():
                return Batch()
            raise
        return self.read(key)

    def read(self, key: str) -> Batch:
        counts: dict[tuple[int, int], int] = {}
        for name, value in self.redis.hgetall(key).items():
            article, hour = name.decode().split(":")
            counts[(int(article), int(hour))] = int(value)
        return Batch(counts=counts, batch_id=key.removeprefix(self.BATCH))

    def done(self, batch: Batch) -> None:
        if batch.batch_id:
            self.redis.delete(self.BATCH + batch.batch_id)

    def give_back(self, batch: Batch) -> None:
        """Nothing to do: an unfinished batch stays in Redis for the next flush."""

    def pending(self) -> int:
        return sum(int(v) for v in self.redis.hvals(self.PENDING))


_buffer: MemoryBuffer | RedisBuffer | None = None
_buffer_lock = threading.Lock()


def get_buffer() -> MemoryBuffer | RedisBuffer:
    """The process's buffer, made on first use from the settings."""
    global _buffer
    if _buffer is None:
        with _buffer_lock:
            if _buffer is None:
                url = settings.KIOSK_REDIS_URL
                _buffer = RedisBuffer(url) if url else MemoryBuffer()
    return _buffer


def reset_buffer() -> None:
    """Forget the process's buffer (tests; a change of settings)."""
    global _buffer
    _buffer = None
