"""What `make run` does, as a user runs it: `kiosk demo`, then the portal under gunicorn."""

import re
import socket
import time

import httpx
import pytest

from tests.commands import kiosk


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_port_run(count: int) -> int:
    """The first of `count` consecutive free ports (the newsroom's outlets need a run)."""
    for _ in range(50):
        first = free_port()
        try:
            for port in range(first, first + count):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", port))
        except OSError:
            continue
        return first
    raise RuntimeError("no run of free ports")


@pytest.fixture(scope="module")
def newsroom_port():
    # The same ports on both runs, as `make run` uses the same ports every time.
    return str(free_port_run(6))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    # Not created beforehand: a fresh checkout has no data directory either.
    return tmp_path_factory.mktemp("kiosk") / "var"


def test_demo_migrates_crawls_the_newsroom_and_the_portal_serves_it(data_dir, newsroom_port):
    demo = kiosk(data_dir, "demo", "--no-serve", "--newsroom-port", newsroom_port)
    output, _ = demo.communicate(timeout=600)
    assert demo.returncode == 0, output
    crawled = int(re.search(r"Crawl done: (\d+) new articles", output).group(1))
    assert crawled >= 150

    port = free_port()
    server = kiosk(data_dir, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1")
    try:
        # collectstatic first (hashed names, gzip copies), then gunicorn starts.
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/en/", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.text.count('class="news-item"') > 10
        # Static files under hashed names, cached for good, compressed by whitenoise.
        [css_path] = re.findall(r'href="(/static/news/kiosk\.[0-9a-f]{12}\.css)"', response.text)
        css = httpx.get(f"http://127.0.0.1:{port}{css_path}", timeout=5)
        assert css.status_code == 200 and "--accent" in css.text
        assert "immutable" in css.headers["cache-control"]
        assert css.headers.get("content-encoding") in ("gzip", "br")
        redirect = httpx.get(f"http://127.0.0.1:{port}/", headers={"Accept-Language": "az"})
        assert redirect.status_code == 302 and redirect.headers["location"] == "/az/"
    finally:
        server.terminate()
        server.wait(timeout=30)
    # Stopping `kiosk serve` stops its gunicorn too: nothing is left serving the port.
    deadline = time.monotonic() + 10
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/en/", timeout=1)
        except httpx.TransportError:
            break
        assert time.monotonic() < deadline, "gunicorn outlived `kiosk serve`"
        time.sleep(0.2)


def test_second_demo_run_adds_no_duplicates(data_dir, newsroom_port):
    demo = kiosk(data_dir, "demo", "--no-serve", "--newsroom-port", newsroom_port)
    output, _ = demo.communicate(timeout=600)
    assert demo.returncode == 0, output
    assert "Crawl done: 0 new articles" in output
