"""A crawl killed at any point and run again leaves no duplicates and no half-written article."""

import signal
import sqlite3
import subprocess
import time

import pytest

from kiosk.newsroom.generator import generate
from kiosk.newsroom.server import NewsroomServer
from tests.commands import kiosk


def finish(process: subprocess.Popen) -> str:
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    return output


def article_count(db_path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10) as db:
        return db.execute("SELECT count(*) FROM news_article").fetchone()[0]


@pytest.fixture(scope="module")
def newsroom():
    newsroom = generate(3)
    with NewsroomServer(newsroom) as server:
        yield newsroom, server


def test_killed_crawls_then_a_full_one_store_every_article_exactly_once(tmp_path, newsroom):
    newsroom, server = newsroom
    db_path = tmp_path / "kiosk.sqlite3"
    finish(kiosk(tmp_path, "migrate"))
    for outlet in newsroom.outlets:
        finish(
            kiosk(
                tmp_path, "sources", "add", server.feed_url(outlet.slug),
                "--local", "--language", outlet.language, "--name", outlet.name,
            )
        )  # fmt: skip

    kills = 0
    for _ in range(3):
        before = article_count(db_path)
        crawl = kiosk(tmp_path, "crawl", "--all")
        # Kill it in the middle of storing articles, whatever the machine's speed.
        deadline = time.monotonic() + 120
        while crawl.poll() is None and time.monotonic() < deadline:
            if article_count(db_path) >= before + 15:
                crawl.send_signal(signal.SIGKILL)
                kills += 1
                break
            time.sleep(0.02)
        crawl.wait(timeout=60)
    assert kills >= 2, "the crawls finished before they could be killed"

    finish(kiosk(tmp_path, "crawl", "--all"))

    with sqlite3.connect(db_path) as db:
        urls = [row[0] for row in db.execute("SELECT url FROM news_article")]
        incomplete = db.execute(
            "SELECT count(*) FROM news_article WHERE status != 'ok' OR title = '' OR body = '' "
            "OR published_at IS NULL OR archived_at IS NULL"
        ).fetchone()[0]
        without_original = db.execute(
            "SELECT count(*) FROM news_article a WHERE NOT EXISTS "
            "(SELECT 1 FROM news_capture c WHERE c.article_id = a.id)"
        ).fetchone()[0]
    truth = {page["url"] for page in newsroom.ground_truth(server.base_urls)}
    assert len(urls) == len(set(urls)) == len(truth)
    assert set(urls) == truth
    assert incomplete == 0
    assert without_original == 0
