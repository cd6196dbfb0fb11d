import asyncio
import gzip
import socket
import struct
import time

import pytest

from kiosk.crawl.addresses import is_public
from kiosk.crawl.fetch import HTML_TYPES, Fetcher, FetchError, parse_retry_after
from tests.loopback import Route


def fetch(url, **options):
    """One fetch with a small, fast fetcher (1,000 byte cap, 2 s total)."""
    limits = {"max_bytes": options.pop("max_bytes", 1000), "timeout": options.pop("timeout", 2)}

    async def go():
        async with Fetcher(**limits) as fetcher:
            return await fetcher.fetch(url, **options)

    return asyncio.run(go())


def test_page_is_fetched_with_headers_and_body(loopback):
    loopback.routes["/a"] = Route(body=b"<p>hello</p>", headers={"Content-Type": "text/html"})
    result = fetch(loopback.url("/a"), allow_private=True)
    assert (result.status, result.content, result.content_type) == (
        200,
        b"<p>hello</p>",
        "text/html",
    )


def test_user_agent_names_the_portal(loopback):
    loopback.routes["/a"] = Route(body=b"x")
    fetch(loopback.url("/a"), allow_private=True)
    assert loopback.requests[0][1]["User-Agent"].startswith("KioskBot/")


def test_loopback_is_refused_unless_source_is_local(loopback):
    loopback.routes["/a"] = Route(body=b"secret")
    with pytest.raises(FetchError, match=r"non-public address 127\.0\.0\.1"):
        fetch(loopback.url("/a"))
    with pytest.raises(FetchError, match="non-public address"):
        fetch(f"http://localhost:{loopback.httpd.server_address[1]}/a")
    assert loopback.hits == {}


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("93.184.216.34", True),
        ("2a00:1450:4001:80b::200e", True),
    ],
)
def test_only_public_addresses_count_as_public(address, public):
    assert is_public(address) is public


def test_redirects_are_followed_and_final_url_recorded(loopback):
    loopback.routes["/old"] = Route(301, headers={"Location": "/new"})
    loopback.routes["/new"] = Route(body=b"moved here")
    result = fetch(loopback.url("/old"), allow_private=True)
    assert result.final_url == loopback.url("/new")
    assert result.content == b"moved here"


def test_redirect_loop_is_an_error(loopback):
    loopback.routes["/loop"] = Route(302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="More than 5 redirects"):
        fetch(loopback.url("/loop"), allow_private=True)
    assert loopback.hits["/loop"] == 6


def test_redirect_to_another_scheme_is_refused(loopback):
    loopback.routes["/r"] = Route(302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(loopback.url("/r"), allow_private=True)


def test_body_over_the_size_cap_is_refused(loopback):
    loopback.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(FetchError, match="1,000 byte limit"):
        fetch(loopback.url("/big"), allow_private=True)


def test_huge_declared_length_is_refused_before_reading(loopback):
    loopback.routes["/huge"] = Route(body=b"x", headers={"Content-Length": str(5 * 1024**3)})
    with pytest.raises(FetchError, match="declares 5,368,709,120 bytes"):
        fetch(loopback.url("/huge"), allow_private=True)


def test_compression_bomb_is_stopped(loopback):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    loopback.routes["/bomb"] = Route(
        body=bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError, match=r"limit|compression bomb"):
        fetch(loopback.url("/bomb"), allow_private=True, max_bytes=10_000_000)


def test_gzip_body_is_decoded(loopback):
    loopback.routes["/z"] = Route(
        body=gzip.compress(b"<p>squeezed</p>"),
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
    )
    assert fetch(loopback.url("/z"), allow_private=True).content == b"<p>squeezed</p>"


def slow_endless(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    try:
        for _ in range(100):
            handler.wfile.write(b"<p>drip</p>")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def test_endless_slow_body_hits_the_total_time_limit(loopback):
    loopback.routes["/slow"] = Route(handler=slow_endless)
    started = time.monotonic()
    with pytest.raises(FetchError, match="took longer than 1 s"):
        fetch(loopback.url("/slow"), allow_private=True, timeout=1, max_bytes=10**9)
    assert time.monotonic() - started < 3


def reset_mid_body(handler):
    handler.send_response(200)
    handler.send_header("Content-Length", "500")
    handler.end_headers()
    handler.wfile.write(b"partial")
    handler.wfile.flush()
    # SO_LINGER 0 makes close() send a TCP RST: a connection reset, not a clean end.
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.wfile.close()
    handler.rfile.close()
    handler.connection.close()


def test_connection_reset_is_a_clear_error(loopback):
    loopback.routes["/reset"] = Route(handler=reset_mid_body)
    with pytest.raises(FetchError, match=r"connection .* broke"):
        fetch(loopback.url("/reset"), allow_private=True)


@pytest.mark.parametrize(
    ("status", "message", "permanent"),
    [
        (403, "refuses access", False),
        (404, "does not exist", True),
        (410, "is gone for good", True),
        (500, "server error", False),
        (503, "unavailable", False),
    ],
)
def test_http_errors_are_reported_in_words(loopback, status, message, permanent):
    loopback.routes["/e"] = Route(status, b"error page")
    with pytest.raises(FetchError, match=message) as caught:
        fetch(loopback.url("/e"), allow_private=True)
    assert caught.value.status == status
    assert caught.value.permanent is permanent


def test_too_many_requests_carries_retry_after(loopback):
    loopback.routes["/busy"] = Route(429, b"slow down", headers={"Retry-After": "120"})
    with pytest.raises(FetchError, match="429") as caught:
        fetch(loopback.url("/busy"), allow_private=True)
    assert caught.value.retry_after == 120


def test_retry_after_as_http_date():
    from datetime import UTC, datetime

    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 25 Nov 2026 12:05:00 GMT", now) == 300
    assert parse_retry_after("soon", now) is None


def test_conditional_get_returns_not_modified_without_body(loopback):
    def etag_aware(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.send_header("ETag", '"v1"')
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("ETag", '"v1"')
        handler.send_header("Content-Length", "4")
        handler.end_headers()
        handler.wfile.write(b"body")

    loopback.routes["/feed"] = Route(handler=etag_aware)
    first = fetch(loopback.url("/feed"), allow_private=True)
    second = fetch(loopback.url("/feed"), allow_private=True, etag=first.headers["etag"])
    assert (first.status, second.status, second.content) == (200, 304, b"")
    assert second.not_modified


def test_unexpected_content_type_is_refused(loopback):
    loopback.routes["/img"] = Route(body=b"\x89PNG", headers={"Content-Type": "image/png"})
    with pytest.raises(FetchError, match="is image/png"):
        fetch(loopback.url("/img"), allow_private=True, accept=HTML_TYPES)


def test_unreachable_host_is_a_clear_error():
    with pytest.raises(FetchError, match="Could not connect"):
        fetch("http://127.0.0.1:9/", allow_private=True)


def test_blocked_address_is_a_permanent_failure(loopback):
    with pytest.raises(FetchError) as caught:
        fetch(loopback.url("/a"))
    assert caught.value.permanent


def test_server_errors_are_worth_retrying(loopback):
    loopback.routes["/e"] = Route(503, b"later")
    with pytest.raises(FetchError) as caught:
        fetch(loopback.url("/e"), allow_private=True)
    assert not caught.value.permanent
