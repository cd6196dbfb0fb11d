"""`kiosk export-warc`: the archive of originals as a WARC file, streaming."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from kiosk.crawl.warc import write_warc
from kiosk.news.models import Capture


class Command(BaseCommand):
    help = "Write every archived original (or one source's) as gzipped WARC response records."

    def add_arguments(self, parser):
        parser.add_argument(
            "-o", "--output", type=Path, required=True, help="File to write (- for stdout)."
        )
        parser.add_argument("--source", metavar="SLUG", help="Only this source's originals.")

    def handle(self, *args, **options):
        captures = Capture.objects.order_by("pk")
        if options["source"]:
            captures = captures.filter(article__source__slug=options["source"])
        originals = (c.as_original() for c in captures.iterator(chunk_size=200))
        if str(options["output"]) == "-":
            count = write_warc(sys.stdout.buffer, originals)
            self.stderr.write(f"{count} records written.")
            return
        with options["output"].open("wb") as stream:
            count = write_warc(stream, originals)
        self.stdout.write(f"{count} records written to {options['output']}.")
