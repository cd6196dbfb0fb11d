"""Counting across processes and crashes: several gunicorn workers with memory buffers
lose no views, and a crash loses at most what was counted since the last flush."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from kiosk.serving import gunicorn_command
from tests.readership.conftest import UA, free_port

HELPER = Path(__file__).with_name("views_process.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    """A migrated database of its own, which other processes can open."""
    path = tmp_path_factory.mktemp("views")
    return path


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kiosk.settings",
        "KIOSK_DATA_DIR": str(data_dir),
        "KIOSK_REDIS_URL": "",
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    env.pop("KIOSK_DB_PATH", None)
    return env


@pytest.fixture(scope="module")
def articles(data_dir) -> list[int]:
    result = subprocess.run(
        [sys.executable, str(HELPER), "setup"],
        env=environment(data_dir), capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return [int(pk) for pk in result.stdout.split()]


def totals(data_dir: Path) -> dict[int, int]:
    with sqlite3.connect(data_dir / "kiosk.sqlite3") as db:
        return dict(db.execute("SELECT article_id, total FROM readership_articleviews"))


def hour_sum(data_dir: Path, article: int) -> int:
    with sqlite3.connect(data_dir / "kiosk.sqlite3") as db:
        (value,) = db.execute(
            "SELECT COALESCE(SUM(views), 0) FROM readership_articleviewshour WHERE article_id = ?",
            (article,),
        ).fetchone()
    return value


def test_a_crash_loses_only_the_views_since_the_last_flush(data_dir, articles):
    article = articles[0]

    result = subprocess.run(
        [sys.executable, str(HELPER), "crash", str(article), "5", "3"],
        env=environment(data_dir), capture_output=True, text=True, timeout=60,
    )  # fmt: skip

    assert result.returncode == -signal.SIGKILL
    assert totals(data_dir).get(article) == 5  # the 3 counted after the flush are lost
    assert hour_sum(data_dir, article) == 5


def test_the_flush_timer_writes_views_without_an_exit(data_dir, articles):
    article = articles[1]

    result = subprocess.run(
        [sys.executable, str(HELPER), "timer", str(article), "4"],
        env=environment(data_dir, KIOSK_VIEWS_FLUSH_SECONDS="0.2"),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip

    assert result.returncode == -signal.SIGKILL
    assert totals(data_dir).get(article) == 4


def test_two_gunicorn_workers_lose_no_views_and_share_deduplication(data_dir, articles):
    article = articles[2]
    port = free_port()
    env = environment(
        data_dir,
        KIOSK_VIEWS_FLUSH_SECONDS="0.5",
        KIOSK_VIEWS_RATE_LIMIT="100000",
        KIOSK_LOG_LEVEL="INFO",
    )
    server = subprocess.Popen(
        gunicorn_command(f"127.0.0.1:{port}", 2), env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{base}/robots.txt", timeout=2).close()
                break
            except OSError:
                time.sleep(0.1)
        sent = []
        errors = []

        def reader(thread: int) -> None:
            for n in range(150):
                visitor = f"{thread:08x}{n:024x}"
                request = urllib.request.Request(
                    f"{base}/beacon/", data=f"a={article}".encode(), method="POST",
                    headers={"User-Agent": UA, "Cookie": f"kiosk_v={visitor}"},
                )  # fmt: skip
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:
                        sent.append(response.status)
                except OSError as error:
                    errors.append(error)

        threads = [threading.Thread(target=reader, args=(t,)) for t in range(8)]
        for thread in threads:
            thread.start()
        # Meanwhile one reader reloads the page many times: both workers see it.
        for _ in range(30):
            request = urllib.request.Request(
                f"{base}/beacon/", data=f"a={article}".encode(), method="POST",
                headers={"User-Agent": UA, "Cookie": "kiosk_v=" + "f" * 32},
            )  # fmt: skip
            urllib.request.urlopen(request, timeout=10).close()
        for thread in threads:
            thread.join()
    finally:
        server.send_signal(signal.SIGTERM)
        _, log = server.communicate(timeout=30)

    assert not errors
    assert sent == [204] * 1200
    assert totals(data_dir).get(article) == 1200 + 1
    assert hour_sum(data_dir, article) == 1201
    flushing = set(re.findall(r"flushed \d+ views .*\[pid (\d+)\]", log))
    assert len(flushing) == 2, log  # both workers counted and flushed their own views
