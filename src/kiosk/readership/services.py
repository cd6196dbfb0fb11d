"""Writes: counted views from the buffer into hourly buckets and totals, in batches.

`flush_views` is the only writer. Each web process runs a `Flusher` (a timer thread
started with its first counted view, and a flush at exit), so several gunicorn workers
with memory buffers each write their own views; with Redis any process's flush takes
everyone's.
"""

import atexit
import logging
import os
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.db import IntegrityError, connection, transaction

from kiosk.news.caching import content_version, mark_content_changed
from kiosk.news.models import Article
from kiosk.readership.buffer import Batch, MemoryBuffer, RedisBuffer, get_buffer, hour_of
from kiosk.readership.models import ArticleViews, ArticleViewsHour, RecentView, ViewBatch
from kiosk.readership.visitors import dedup_seconds

logger = logging.getLogger(__name__)
CHUNK = 400  # rows per statement: 2-3 parameters each, under SQLite's variable limit


@dataclass(frozen=True)
class FlushResult:
    taken: int  # views taken from the buffer
    counted: int  # views written (taken minus cross-process repeats, deleted articles)
    milliseconds: float


def flush_views(
    buffer: MemoryBuffer | RedisBuffer | None = None, *, now: float | None = None
) -> FlushResult:
    """Write the buffer's views into the database; on failure they stay buffered."""
    buffer = buffer or get_buffer()
    now = time.time() if now is None else now
    started = time.perf_counter()
    batches = []
    if isinstance(buffer, RedisBuffer):
        batches = [buffer.read(key) for key in buffer.leftover_batches()]
    batches.append(buffer.take(now))
    taken = counted = 0
    for batch in batches:
        taken += len(batch)
        if not len(batch):
            if isinstance(buffer, RedisBuffer):
                buffer.done(batch)
            continue
        try:
            counted += _write_batch(batch, now)
        except Exception:
            buffer.give_back(batch)
            raise
        if isinstance(buffer, RedisBuffer):
            buffer.done(batch)
    if counted:
        _refresh_pages(now)
    result = FlushResult(taken, counted, round((time.perf_counter() - started) * 1000, 1))
    if taken:
        logger.info(
            "flushed %d views (%d counted) in %.1f ms [pid %d]",
            taken, counted, result.milliseconds, os.getpid(),
        )  # fmt: skip
    return result


def _write_batch(batch: Batch, now: float) -> int:
    try:
        with transaction.atomic():
            if batch.batch_id:
                # Recorded first: a batch already written (its flush died before it could
                # delete it from Redis) fails here, and is dropped, not counted twice.
                ViewBatch.objects.create(id=batch.batch_id, views=len(batch))
            counts = Counter(batch.counts)
            if batch.events:
                counts.update(_first_views(batch.events, now))
            live = _existing_articles({article for article, _ in counts})
            counts = Counter({k: v for k, v in counts.items() if k[0] in live and v})
            _add_counts(counts)
    except IntegrityError:
        if batch.batch_id and ViewBatch.objects.filter(id=batch.batch_id).exists():
            return 0
        raise
    return sum(counts.values())


def _first_views(events: list[tuple[int, int, int]], now: float) -> Counter:
    """The events that are a visitor's first view of the article in the window, across
    every process: one statement per chunk updates `RecentView` only where the last
    counted view is older than the window, and returns exactly the keys it counted."""
    window = dedup_seconds()
    table = RecentView._meta.db_table
    latest: dict[int, tuple[int, int]] = {}
    # One process's batch is already de-duplicated by its buffer: the first event of a
    # key is the one that may count.
    for key, article, ts in sorted(events, key=lambda event: event[2]):
        latest.setdefault(key, (article, ts))
    counts: Counter = Counter()
    items = list(latest.items())
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE seen_at < %s", [int(now) - window])  # noqa: S608
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            values = ", ".join(["(%s, %s)"] * len(chunk))
            params = [value for key, (_, ts) in chunk for value in (key, ts)]
            cursor.execute(
                f'INSERT INTO {table} ("key", seen_at) VALUES {values} '  # noqa: S608
                f'ON CONFLICT ("key") DO UPDATE SET seen_at = excluded.seen_at '
                f'WHERE excluded.seen_at >= {table}.seen_at + {int(window)} RETURNING "key"',
                params,
            )
            for (key,) in cursor.fetchall():
                article, ts = latest[key]
                counts[(article, hour_of(ts))] += 1
    return counts


def _existing_articles(ids: set[int]) -> set[int]:
    found: set[int] = set()
    ids_list = sorted(ids)
    for start in range(0, len(ids_list), 500):
        batch = ids_list[start : start + 500]
        found.update(Article.objects.filter(pk__in=batch).values_list("pk", flat=True))
    return found


def _add_counts(counts: Counter) -> None:
    hours = ArticleViewsHour._meta.db_table
    totals_table = ArticleViews._meta.db_table
    adapt = connection.ops.adapt_datetimefield_value
    rows = [
        (article, adapt(datetime.fromtimestamp(hour, UTC)), views)
        for (article, hour), views in counts.items()
    ]
    totals: Counter = Counter()
    for (article, _), views in counts.items():
        totals[article] += views
    with connection.cursor() as cursor:
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            cursor.execute(
                f"INSERT INTO {hours} (article_id, hour, views) VALUES "  # noqa: S608
                + ", ".join(["(%s, %s, %s)"] * len(chunk))
                + " ON CONFLICT (article_id, hour) DO UPDATE"
                + f" SET views = {hours}.views + excluded.views",
                [value for row in chunk for value in row],
            )
        items = list(totals.items())
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            cursor.execute(
                f"INSERT INTO {totals_table} (article_id, total) VALUES "  # noqa: S608
                + ", ".join(["(%s, %s)"] * len(chunk))
                + " ON CONFLICT (article_id) DO UPDATE"
                + f" SET total = {totals_table}.total + excluded.total",
                [value for row in chunk for value in row],
            )


def _refresh_pages(now: float) -> None:
    """Counts shown on cached pages are refreshed by a new content version, at most once
    per KIOSK_VIEWS_PAGE_REFRESH_SECONDS whatever the number of processes flushing: each
    new version empties the page cache, which must stay hot under load."""
    age = now - content_version() / 1e9
    if age >= settings.KIOSK_VIEWS_PAGE_REFRESH_SECONDS:
        mark_content_changed()


class Flusher:
    """Flushes this process's buffer every KIOSK_VIEWS_FLUSH_SECONDS and at exit.

    Started with the first counted view in each process (threads do not survive
    gunicorn's fork), so a process that never counts a view never flushes.
    """

    def __init__(self) -> None:
        self._pid: int | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        # Held while the timer flushes: the exit flush waits for it, or the interpreter
        # would end the daemon thread half-way and its batch would be lost.
        self._flushing = threading.Lock()

    def ensure_running(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            self._stop = threading.Event()
            atexit.register(self.flush_at_exit)
            if settings.KIOSK_VIEWS_FLUSH_SECONDS > 0:
                thread = threading.Thread(target=self._run, name="views-flusher", daemon=True)
                thread.start()

    def _run(self) -> None:
        interval = settings.KIOSK_VIEWS_FLUSH_SECONDS
        while not self._stop.wait(interval):
            with self._flushing:
                if self._stop.is_set():
                    break
                try:
                    flush_views()
                except Exception:
                    logger.exception("flushing views failed; they stay buffered for the next try")
                finally:
                    connection.close()

    def flush_at_exit(self) -> None:
        self._stop.set()
        if self._pid != os.getpid():
            return
        with self._flushing:
            try:
                flush_views()
            except Exception:
                logger.exception("flushing views at exit failed: views since the last flush lost")


flusher = Flusher()
