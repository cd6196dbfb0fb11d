"""`kiosk crawl` as an operator runs it."""

import signal
import time

from tests.commands import kiosk
from tests.loopback import Route
from tests.pages import rss_feed


def test_forever_keeps_crawling_until_interrupted(tmp_path, loopback):
    loopback.routes["/rss.xml"] = Route(body=rss_feed([]), headers={"Content-Type": "text/xml"})
    assert kiosk(tmp_path, "migrate").wait(timeout=120) == 0
    add = kiosk(
        tmp_path,
        "sources",
        "add",
        loopback.url("/rss.xml"),
        "--local",
        "--language",
        "en",
        "--name",
        "Empty Gazette",
    )
    assert add.wait(timeout=120) == 0, add.stdout.read()
    loopback.hits.clear()  # `sources add` fetched the feed once already
    crawler = kiosk(tmp_path, "crawl", "--forever")
    deadline = time.monotonic() + 60
    while loopback.hits.get("/rss.xml", 0) < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    crawler.send_signal(signal.SIGINT)
    output, _ = crawler.communicate(timeout=60)
    assert crawler.returncode == 0, output
    assert "Crawling on schedule" in output
    assert "Empty Gazette: 0 in feeds" in output
    assert "1 sources crawled" in output
    assert output.rstrip().endswith("Stopped.")
