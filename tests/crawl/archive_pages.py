"""Shared pages for the archive tests (not a test module of its own)."""

from datetime import UTC, datetime

from tests.loopback import Route
from tests.pages import article_page, rss_feed

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
HARBOUR = [
    "Work on the new breakwater of the fishing harbour began on Monday, and the port "
    "authority expects the first section to shelter the boats before the winter storms.",
    "The contractor brought two floating cranes from the south and said that around forty "
    "people from the town would be hired for the duration of the works.",
]
RAIL = [
    "The railway company will run an extra evening train to the capital from December, "
    "after a petition signed by students and nurses who work late shifts in the city.",
    "Tickets will cost the same as on the day trains, and the carriages will be the new "
    "ones delivered in the summer, with sockets and space for bicycles.",
]


def gazette_pages(loopback) -> None:
    loopback.routes["/harbour.html"] = Route(
        body=article_page("Harbour works begin", HARBOUR, published=WHEN),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    loopback.routes["/rail.html"] = Route(
        body=article_page("Evening train added", RAIL, published=WHEN),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    loopback.routes["/rss.xml"] = Route(
        body=rss_feed(
            [
                ("Harbour works begin", loopback.url("/harbour.html"), WHEN),
                ("Evening train added", loopback.url("/rail.html"), WHEN),
            ]
        ),
        headers={"Content-Type": "application/rss+xml"},
    )
