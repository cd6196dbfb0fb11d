"""Archive: the original bytes of every fetched article, compressed, with their hash.

Provenance first: what the source sent is kept exactly (zstd, level 10: about 5x on news
HTML at a few milliseconds a page), so extraction can be re-run from it at any time and
anyone can check a stored article against the bytes it came from.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

import zstandard

from kiosk.crawl.encoding import normalize_encoding

LEVEL = 10
# Decompression is bounded: an archived original is never larger than the fetch cap.
MAX_ORIGINAL_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Original:
    """One fetched page as the server sent it."""

    url: str  # requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    fetched_at: datetime | None = None

    @property
    def sha256(self) -> str:
        return content_hash(self.content)

    @property
    def declared_charset(self) -> str | None:
        return normalize_encoding(self.headers.get("content-type", ""))


def content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def compress(content: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=LEVEL).compress(content)


def decompress(blob: bytes) -> bytes:
    return zstandard.ZstdDecompressor().decompress(blob, max_output_size=MAX_ORIGINAL_BYTES)
