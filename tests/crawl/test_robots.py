import asyncio

import pytest

from kiosk.crawl.fetch import Fetcher
from kiosk.crawl.robots import RobotsCache, policy_from_response
from tests.loopback import Route

ROBOTS = b"""User-agent: *
Disallow: /

User-agent: KioskBot
Disallow: /private/
Allow: /private/press-releases/
Crawl-delay: 3
"""


def check(loopback, *paths):
    async def go():
        async with Fetcher(timeout=2) as fetcher:
            cache = RobotsCache(fetcher, token="KioskBot")
            return [
                (await cache.allows(loopback.url(p), allow_private=True))[0] for p in paths
            ], await cache.policy(loopback.url("/"), allow_private=True)

    return asyncio.run(go())


def test_our_group_is_obeyed_with_longest_match_and_crawl_delay(loopback):
    loopback.routes["/robots.txt"] = Route(body=ROBOTS, headers={"Content-Type": "text/plain"})
    allowed, policy = check(loopback, "/news/1", "/private/x", "/private/press-releases/1")
    assert allowed == [True, False, True]
    assert policy.crawl_delay("KioskBot") == 3.0


def test_robots_txt_is_fetched_once_per_origin(loopback):
    loopback.routes["/robots.txt"] = Route(body=ROBOTS, headers={"Content-Type": "text/plain"})
    check(loopback, "/a", "/b", "/c")
    assert loopback.hits["/robots.txt"] == 1


def test_missing_robots_txt_allows_everything(loopback):
    allowed, _ = check(loopback, "/anything")
    assert allowed == [True]


@pytest.mark.parametrize("status", [500, 503, 429])
def test_unreachable_robots_txt_allows_nothing(loopback, status):
    loopback.routes["/robots.txt"] = Route(status, b"down")
    allowed, policy = check(loopback, "/news/1")
    assert allowed == [False]
    assert "unreachable" in policy.reason


def test_unreachable_host_allows_nothing():
    assert policy_from_response(None, b"", "http://gone.example").disallow_all
