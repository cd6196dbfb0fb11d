"""Who viewed, and whether the view is a reader's: the visitor key, bots, prefetches.

A visitor is the first-party cookie the beacon sets when it has one (its value is the
visitor key itself, so a reader's second beacon keeps the key of the first), else a keyed
hash of the address and user agent under a salt that changes every day (UTC), derived
from SECRET_KEY: no address is stored, and yesterday's keys cannot be linked to today's.
"""

import hashlib
import hmac
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import lru_cache

from django.conf import settings

COOKIE_NAME = "kiosk_v"
_KEY = re.compile(r"[0-9a-f]{32}")

# Crawlers, link-preview fetchers, monitors, headless browsers and HTTP libraries. A
# reader's browser names none of these (CUBOT is a phone maker); an empty user agent is
# never a reader either.
_BOTS = re.compile(
    r"(?<!cu)bot\b|bot/|crawl|spider|slurp|scrap|archiver|fetch|preview|facebookexternalhit|"
    r"embedly|whatsapp|telegram|skype|discord|slack|vkshare|yandex(?!browser)|bingpreview|"
    r"lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|headless|phantomjs|selenium|"
    r"puppeteer|playwright|curl|wget|httpie|python|httpx|aiohttp|okhttp|java/|go-http|"
    r"libwww|node-fetch|axios|feed|rss|^mozilla/5\.0$",
    re.IGNORECASE,
)
# Browsers announce speculative loads; a page fetched in advance was not read.
_PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


@lru_cache(maxsize=4096)  # a few user agents make most of the traffic
def is_bot(user_agent: str) -> bool:
    return not user_agent.strip() or _BOTS.search(user_agent) is not None


def is_prefetch(meta: Mapping[str, str]) -> bool:
    for header in _PREFETCH_HEADERS:
        value = meta.get(header)
        if value and any(word in value.lower() for word in ("prefetch", "prerender", "preview")):
            return True
    return False


@lru_cache(maxsize=4)
def _daily_salt(day: str) -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), f"visitor-salt:{day}".encode(), "sha256").digest()


def visitor_key(meta: Mapping[str, str], cookie: str | None, now: float) -> str:
    """32 hex digits naming the visitor: the cookie's value when it is one of ours."""
    if cookie and _KEY.fullmatch(cookie):
        return cookie
    day = datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d")
    seen = f"{meta.get('REMOTE_ADDR', '')}\0{meta.get('HTTP_USER_AGENT', '')}".encode()
    return hmac.new(_daily_salt(day), seen, hashlib.sha256).hexdigest()[:32]


def view_key(visitor: str, article_id: int) -> int:
    """A signed 64-bit digest of (visitor, article): the de-duplication key."""
    digest = hashlib.blake2b(f"{visitor}:{article_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def dedup_seconds() -> int:
    return settings.KIOSK_VIEWS_DEDUP_MINUTES * 60
