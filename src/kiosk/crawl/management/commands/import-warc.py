"""`kiosk import-warc`: backfill articles from WARC files, streaming, record by record."""

from pathlib import Path
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError

from kiosk.crawl.article import compose_article, unreadable_article
from kiosk.crawl.canonical import InvalidURL, canonical_url
from kiosk.crawl.extract import ExtractionError
from kiosk.crawl.fetch import HTML_TYPES
from kiosk.crawl.warc import read_warc
from kiosk.news.selectors import stored_urls
from kiosk.news.services import store_article
from kiosk.sources.models import Source
from kiosk.stories.services import place_stored_articles


def sources_by_host() -> dict[str, Source]:
    """Each source under the hosts of its homepage and feeds."""
    hosts: dict[str, Source] = {}
    for source in Source.objects.prefetch_related("feeds"):
        for url in [source.homepage, *(feed.url for feed in source.feeds.all())]:
            hosts.setdefault(urlsplit(url).netloc.lower(), source)
    return hosts


class Command(BaseCommand):
    help = (
        "Backfill articles from WARC files: each HTML response is archived and extracted "
        "like a crawled page. Pages already stored are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument(
            "--source", metavar="SLUG", help="Attribute every record to this source."
        )

    def handle(self, *args, **options):
        forced = None
        if options["source"]:
            forced = Source.objects.filter(slug=options["source"]).first()
            if forced is None:
                raise CommandError(f"No source with the slug {options['source']!r}.")
        hosts = sources_by_host()
        counts = {"new": 0, "known": 0, "skipped": 0, "failed": 0}
        for path in options["files"]:
            try:
                stream = path.open("rb")
            except OSError as exc:
                raise CommandError(f"Cannot read {path}: {exc.strerror}.") from exc
            with stream:
                for original in read_warc(stream):
                    counts[self.ingest(original, forced, hosts)] += 1
        self.stdout.write(
            f"{counts['new']} new, {counts['known']} already stored, "
            f"{counts['skipped']} skipped (not an HTML 200 or no matching source), "
            f"{counts['failed']} failed."
        )

    def ingest(self, original, forced: Source | None, hosts: dict[str, Source]) -> str:
        content_type = original.headers.get("content-type", "").split(";")[0].strip().lower()
        if original.status != 200 or (content_type and content_type not in HTML_TYPES):
            return "skipped"
        source = forced or hosts.get(urlsplit(original.final_url).netloc.lower())
        if source is None:
            return "skipped"
        try:
            url = canonical_url(original.url)
        except InvalidURL as exc:
            self.stderr.write(f"{original.url}: {exc}")
            return "failed"
        if stored_urls([url]):
            return "known"
        try:
            article = compose_article(
                original,
                url=url,
                prior_language=source.language,
                category_id=source.default_category_id,
            )
        except ExtractionError as exc:
            # Archived all the same and hidden from readers, as in a crawl.
            self.stderr.write(f"{original.url}: {exc}")
            store_article(
                source,
                unreadable_article(original, exc, url=url, prior_language=source.language),
                original,
            )
            return "failed"
        stored, created = store_article(source, article, original)
        if created:
            place_stored_articles([stored])
        return "new" if created else "known"
