"""Faults the sample newsroom injects when served with `faults=True`, as real sites fail.

Meridian Wire is flaky: the first request for every fourth article page is answered
503 with Retry-After, and the first request for one other article page has its
connection reset halfway through the body; every later request for those pages
succeeds. Səhər Bülleteni's RSS feed carries one title with a bare ampersand, the
ill-formed XML real CMSs produce and feed readers must recover from. Faults follow a
per-path request count, never chance, so a test knows which request fails.
"""

import threading
from xml.sax.saxutils import escape

from kiosk.newsroom.generator import Newsroom, Outlet

FLAKY_OUTLET = "meridian-wire"
ILL_FORMED_FEED_OUTLET = "seher-bulleteni"

UNAVAILABLE = "unavailable"  # 503 Service Unavailable with Retry-After
RESET = "reset"  # connection reset by the server mid-body
UNAVAILABLE_EVERY = 4
RETRY_AFTER_SECONDS = 1
# "Foto&Video" rubrics are common on Azerbaijani sites; the CMS forgets to escape them.
BARE_AMPERSAND_PREFIX = "Foto&Video: "


def plan_faults(newsroom: Newsroom, slug: str) -> dict[str, str]:
    """The outlet's faulted article paths -> what their first request gets; {} if none.

    Counted newest first: articles 1, 5, 9, ... are unavailable once, article 3 is reset.
    """
    if slug != FLAKY_OUTLET:
        return {}
    paths = [article.path for article in newsroom.articles_of(slug)]
    plan = {path: UNAVAILABLE for path in paths[1::UNAVAILABLE_EVERY]}
    if len(paths) > 3:
        plan[paths[3]] = RESET
    return {path: plan[path] for path in paths if path in plan}


def break_feed(newsroom: Newsroom, outlet: Outlet, feed: bytes) -> bytes:
    """The feed with an unescaped "&" in one entry's title, if this outlet's is to break."""
    articles = newsroom.articles_of(outlet.slug)
    if outlet.slug != ILL_FORMED_FEED_OUTLET or len(articles) < 2:
        return feed
    title = escape(articles[1].title)
    entry = outlet.encode(f"<title>{title}</title>")
    if entry not in feed:
        raise ValueError(f"No entry titled {articles[1].title!r} in {outlet.slug}'s feed.")
    return feed.replace(entry, outlet.encode(f"<title>{BARE_AMPERSAND_PREFIX}{title}</title>"), 1)


class FirstRequests:
    """Counts requests per faulted path; only the first one of each gets its fault."""

    def __init__(self, plan: dict[str, str]) -> None:
        self.plan = plan
        self._seen: dict[str, int] = {}
        self._lock = threading.Lock()

    def fault(self, path: str) -> str | None:
        """The fault this request of `path` gets, or None; counts the request."""
        if path not in self.plan:
            return None
        with self._lock:
            count = self._seen[path] = self._seen.get(path, 0) + 1
        return self.plan[path] if count == 1 else None
