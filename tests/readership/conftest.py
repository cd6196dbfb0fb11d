import shutil
import socket
import subprocess
import time

import pytest

from kiosk.readership import beacon, buffer

UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def fresh_buffer(settings, tmp_path, monkeypatch):
    # Tests flush by hand: no timer thread writing to the test database behind them.
    settings.KIOSK_VIEWS_FLUSH_SECONDS = 0
    settings.KIOSK_REDIS_URL = ""
    # A content version of our own (other test runs on this machine touch ./var's), and
    # looked at on every beacon, so that a takedown shows at once.
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(beacon.PublishedIds, "RECHECK", 0.0)
    buffer.reset_buffer()
    beacon.published_ids.version = -1
    yield
    buffer.reset_buffer()


def send_beacon(client, article_id, *, ua=UA, ip="203.0.113.7", body=None, **headers):
    return client.post(
        "/beacon/",
        data=body if body is not None else f"a={article_id}",
        content_type="application/x-www-form-urlencoded",
        HTTP_USER_AGENT=ua,
        REMOTE_ADDR=ip,
        **headers,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_url(settings):
    """A throwaway redis-server on a free loopback port (`make redis` installs it)."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is not installed: run `make redis` (make test does).")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    url = f"redis://127.0.0.1:{port}/0"
    settings.KIOSK_REDIS_URL = url
    buffer.reset_buffer()
    yield url
    process.terminate()
    process.wait(timeout=10)
