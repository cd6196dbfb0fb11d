"""The view beacon in a real browser: the cached article page reports its view once."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from kiosk.readership import beacon, buffer
from kiosk.readership.selectors import view_total
from kiosk.readership.services import flush_views
from tests.factories import make_article

# Headless Chromium names itself HeadlessChrome, which the beacon rightly takes for a bot.
READER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


@pytest.fixture
def fresh_views(settings, tmp_path):
    settings.KIOSK_VIEWS_FLUSH_SECONDS = 0
    settings.KIOSK_REDIS_URL = ""
    settings.DATA_DIR = tmp_path
    buffer.reset_buffer()
    beacon.published_ids.version = -1
    yield
    buffer.reset_buffer()


@pytest.fixture
def article(fresh_views, transactional_db):
    return make_article(title="Counted in a browser")


def counted(article) -> int:
    """Flush, then read the count: on a thread of its own, away from Playwright's loop."""

    def flush_and_read() -> int:
        flush_views()
        return view_total(article)

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(flush_and_read).result()


def test_an_article_page_sends_one_beacon_and_a_reload_counts_no_more(
    article, live_server, browser
):
    page = browser.new_context(user_agent=READER_UA).new_page()

    with page.expect_response(lambda r: r.url.endswith("/beacon/")) as first:
        page.goto(f"{live_server.url}{article.get_absolute_url()}")
    with page.expect_response(lambda r: r.url.endswith("/beacon/")) as again:
        page.reload()

    assert first.value.status == 204 and again.value.status == 204
    assert counted(article) == 1
