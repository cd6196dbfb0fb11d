"""WARC in and out (warcio): the archive as standard web-archive files, streaming.

Export writes each archived original as a `response` record (status line, headers,
bytes as the source sent them, fetch time); import reads `response` records back as
fetched pages for the pipeline to extract and store, so a crawl by another tool, or an
old web archive, can backfill Kiosk.
"""

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kiosk.crawl.archive import Original

# The stored bytes are already decoded, so the transfer headers no longer describe them.
DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def write_warc(stream: BinaryIO, originals: Iterable[Original]) -> int:
    """Write one gzipped `response` record per original; returns how many."""
    # WARC/1.1 dates carry microseconds: the fetch time comes back exactly.
    writer = WARCWriter(stream, gzip=True, warc_version="1.1")
    count = 0
    for original in originals:
        try:
            reason = HTTPStatus(original.status).phrase
        except ValueError:
            reason = "Unknown"
        headers = [
            (name, value)
            for name, value in original.headers.items()
            if name.lower() not in DROPPED_HEADERS
        ]
        headers.append(("Content-Length", str(len(original.content))))
        http_headers = StatusAndHeaders(f"{original.status} {reason}", headers, protocol="HTTP/1.1")
        fetched = (original.fetched_at or datetime.now(UTC)).astimezone(UTC)
        record = writer.create_warc_record(
            original.final_url,
            "response",
            payload=BytesIO(original.content),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": fetched.strftime("%Y-%m-%dT%H:%M:%S.%fZ")},
        )
        writer.write_record(record)
        count += 1
    return count


def read_warc(stream: BinaryIO) -> Iterator[Original]:
    """Every HTTP `response` record of a WARC (gzipped or not), one at a time."""
    for record in ArchiveIterator(stream):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        if not url.startswith(("http://", "https://")):
            continue
        date = record.rec_headers.get_header("WARC-Date")
        try:
            fetched = datetime.fromisoformat(date.replace("Z", "+00:00")) if date else None
        except ValueError:
            fetched = None
        headers = {name.lower(): value for name, value in record.http_headers.headers}
        yield Original(
            url=url,
            final_url=url,
            status=int(record.http_headers.get_statuscode() or 0),
            headers=headers,
            content=record.content_stream().read(),
            fetched_at=fetched,
        )
