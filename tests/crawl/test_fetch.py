import pytest

from kiosk.crawl.fetch import Fetcher, FetchError
from tests.loopback import Route


@pytest.fixture
def fetcher():
    with Fetcher(max_bytes=1000, timeout=5) as fetcher:
        yield fetcher


def test_page_is_fetched_with_headers_and_body(loopback, fetcher):
    loopback.routes["/a"] = Route(body=b"<p>hello</p>", headers={"Content-Type": "text/html"})
    result = fetcher.fetch(loopback.url("/a"), allow_private=True)
    assert result.status == 200
    assert result.content == b"<p>hello</p>"
    assert result.content_type == "text/html"


def test_loopback_is_refused_unless_source_is_local(loopback, fetcher):
    loopback.routes["/a"] = Route(body=b"secret")
    with pytest.raises(FetchError, match="non-public address"):
        fetcher.fetch(loopback.url("/a"))
    assert loopback.hits == {}


def test_redirects_are_followed_and_final_url_recorded(loopback, fetcher):
    loopback.routes["/old"] = Route(301, headers={"Location": "/new"})
    loopback.routes["/new"] = Route(body=b"moved here")
    result = fetcher.fetch(loopback.url("/old"), allow_private=True)
    assert result.final_url == loopback.url("/new")
    assert result.content == b"moved here"


def test_redirect_loop_is_an_error(loopback, fetcher):
    loopback.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="redirects"):
        fetcher.fetch(loopback.url("/loop"), allow_private=True)


def test_body_over_the_size_cap_is_refused(loopback, fetcher):
    loopback.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(FetchError, match="limit"):
        fetcher.fetch(loopback.url("/big"), allow_private=True)


def test_http_errors_are_reported_with_status(loopback, fetcher):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.fetch(loopback.url("/missing"), allow_private=True)


def test_unreachable_host_is_a_clear_error(fetcher):
    with pytest.raises(FetchError, match="Could not fetch"):
        fetcher.fetch("http://127.0.0.1:9/", allow_private=True)
