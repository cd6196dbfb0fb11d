"""Buffers and flushes: concurrent beacons lose nothing, and Redis batches count once."""

import threading
import time

import pytest

from kiosk.readership.beacon import handle, published_ids
from kiosk.readership.buffer import MemoryBuffer, Outcome, RedisBuffer, get_buffer
from kiosk.readership.models import ArticleViewsHour, ViewBatch
from kiosk.readership.selectors import view_total
from kiosk.readership.services import _write_batch, flush_views
from tests.factories import make_article
from tests.readership.conftest import UA

pytestmark = pytest.mark.django_db


def warm(articles) -> None:
    """Fill the published-ids cache on this thread: the test database is this thread's
    (and no flush may start a new content version meanwhile, which would empty it)."""
    for article in articles:
        assert article.pk in published_ids
    type(published_ids).RECHECK = 10**9  # restored by the fixture's monkeypatch


def hammer(buffer_or_handle, article_ids, *, threads=16, per_thread=400, flush=None) -> int:
    """Beacons from many threads at once (distinct visitors), flushing meanwhile."""
    start = threading.Barrier(threads)

    def reader(t: int) -> None:
        start.wait()
        for n in range(per_thread):
            meta = {"REMOTE_ADDR": f"10.{t}.{n // 250}.{n % 250}", "HTTP_USER_AGENT": UA}
            assert buffer_or_handle(meta, str(article_ids[n % len(article_ids)])).status == 204

    workers = [threading.Thread(target=reader, args=(t,)) for t in range(threads)]
    for worker in workers:
        worker.start()
    while any(worker.is_alive() for worker in workers):
        if flush:
            flush()  # flushes race with the beacons: nothing may fall between
        time.sleep(0.005)
    return threads * per_thread


def test_concurrent_beacons_from_many_threads_lose_nothing(settings):
    settings.KIOSK_VIEWS_RATE_LIMIT = 10_000
    settings.KIOSK_VIEWS_PAGE_REFRESH_SECONDS = 10**9
    articles = [make_article() for _ in range(4)]
    warm(articles)

    sent = hammer(handle, [a.pk for a in articles], flush=flush_views)
    flush_views()

    assert sum(view_total(article) for article in articles) == sent
    assert sum(ArticleViewsHour.objects.values_list("views", flat=True)) == sent


def test_a_failed_flush_keeps_its_views_for_the_next(monkeypatch):
    article = make_article()
    buffer = MemoryBuffer()
    buffer.record("a" * 32, article.pk, time.time())

    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr("kiosk.readership.services._add_counts", broken)
    with pytest.raises(RuntimeError):
        flush_views(buffer)
    monkeypatch.undo()
    flush_views(buffer)

    assert view_total(article) == 1


def test_views_of_an_article_deleted_before_the_flush_are_dropped():
    kept, deleted = make_article(), make_article()
    buffer = get_buffer()
    buffer.record("a" * 32, kept.pk, time.time())
    buffer.record("a" * 32, deleted.pk, time.time())
    deleted.delete()

    result = flush_views()

    assert (result.taken, result.counted) == (2, 1)
    assert view_total(kept) == 1


def test_redis_buffer_counts_once_per_visitor_and_shares_across_processes(redis_url, settings):
    settings.KIOSK_VIEWS_RATE_LIMIT = 10_000
    article = make_article()
    # Two buffers on one Redis: two web processes.
    first, second = RedisBuffer(redis_url), RedisBuffer(redis_url)
    now = time.time()

    outcomes = [first.record("b" * 32, article.pk, now), second.record("b" * 32, article.pk, now)]
    for n in range(50):
        (first if n % 2 else second).record(f"{n:032x}", article.pk, now)
    flush_views(first)

    assert outcomes == [Outcome.COUNTED, Outcome.REPEAT]
    assert view_total(article) == 51


def test_redis_beacons_from_many_threads_lose_nothing(redis_url, settings):
    settings.KIOSK_VIEWS_RATE_LIMIT = 10_000
    settings.KIOSK_VIEWS_PAGE_REFRESH_SECONDS = 10**9
    articles = [make_article() for _ in range(3)]
    warm(articles)

    sent = hammer(handle, [a.pk for a in articles], threads=8, per_thread=200, flush=flush_views)
    flush_views()

    assert isinstance(get_buffer(), RedisBuffer)
    assert sum(view_total(article) for article in articles) == sent


def test_a_redis_batch_whose_flush_died_after_commit_is_not_counted_twice(redis_url):
    article = make_article()
    buffer = RedisBuffer(redis_url)
    buffer.record("c" * 32, article.pk, time.time())
    buffer.record("d" * 32, article.pk, time.time())
    batch = buffer.take(time.time())
    _write_batch(batch, time.time())  # committed; the process dies before deleting it
    buffer.record("e" * 32, article.pk, time.time())

    flush_views(buffer)  # finds the leftover batch, knows it, drops it

    assert ViewBatch.objects.filter(id=batch.batch_id).exists()
    assert buffer.leftover_batches() == []
    assert view_total(article) == 3


def test_a_redis_batch_whose_flush_died_before_commit_is_counted_by_the_next(redis_url):
    article = make_article()
    buffer = RedisBuffer(redis_url)
    buffer.record("c" * 32, article.pk, time.time())
    buffer.take(time.time())  # taken, then the process died

    flush_views(buffer)

    assert view_total(article) == 1


def test_a_flush_that_counted_refreshes_cached_pages_at_most_once_a_window(settings, client):
    from kiosk.news.caching import content_version, mark_content_changed

    settings.KIOSK_VIEWS_PAGE_REFRESH_SECONDS = 50
    article = make_article()
    mark_content_changed()
    before = content_version()
    get_buffer().record("a" * 32, article.pk, time.time())

    flush_views(now=time.time() + 10)
    unchanged = content_version()
    get_buffer().record("b" * 32, article.pk, time.time())
    flush_views(now=time.time() + 60)

    assert unchanged == before
    assert content_version() > before


def test_an_unreachable_redis_refuses_the_beacon_without_breaking(settings, client):
    from tests.readership.conftest import free_port, send_beacon

    settings.KIOSK_REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens
    article = make_article()

    assert send_beacon(client, article.pk).status_code == 503
