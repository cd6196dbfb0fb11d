"""`kiosk crawl`: fetch what is due once, or keep a schedule with --forever."""

import logging
import sys
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kiosk.crawl.pipeline import SourceReport, crawl_due
from kiosk.sources.models import Source
from kiosk.sources.selectors import due_sources, next_due_at

logger = logging.getLogger(__name__)
MIN_SLEEP = timedelta(seconds=5)
MAX_SLEEP = timedelta(minutes=5)


class Command(BaseCommand):
    help = (
        "Fetch every due source once: its feeds, then each new article, extracted and "
        "stored. With --forever, keep going on each source's schedule until Ctrl-C."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Crawl every active source, due or not."
        )
        parser.add_argument(
            "--source", action="append", metavar="SLUG", help="Only this source (repeatable)."
        )
        parser.add_argument(
            "--forever", action="store_true", help="Keep crawling as sources fall due."
        )

    def handle(self, *args, **options):
        if not options["forever"]:
            self.crawl_once(options)
            return
        self.stdout.write("Crawling on schedule; press Ctrl-C to stop.")
        try:
            while True:
                self.crawl_once(options, quiet_if_idle=True)
                options["all"] = False  # --all applies to the first round only
                now = timezone.now()
                due = next_due_at(now) or now + MAX_SLEEP
                wait = min(max(due - now, MIN_SLEEP), MAX_SLEEP)
                time.sleep(wait.total_seconds())
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")

    def crawl_once(self, options, quiet_if_idle: bool = False) -> None:
        now = timezone.now()
        candidates = Source.objects.filter(is_active=True) if options["all"] else due_sources(now)
        if options["source"]:
            candidates = candidates.filter(slug__in=options["source"])
        total = candidates.count()
        if not total:
            if not quiet_if_idle:
                self.stdout.write("No source is due. Use --all to crawl every active source now.")
            return
        if sys.stdout.isatty():
            with Progress(
                TextColumn("[bold]crawling"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.description}"),
                transient=True,
            ) as progress:
                task = progress.add_task("", total=total)

                def advance(report: SourceReport) -> None:
                    progress.update(task, advance=1, description=report.source)
                    self.show(report, progress.console.print)

                reports = crawl_due(
                    now=now, force=options["all"], slugs=options["source"], on_report=advance
                )
        else:
            reports = crawl_due(
                now=now,
                force=options["all"],
                slugs=options["source"],
                on_report=lambda r: self.show(r, self.stdout.write),
            )
        new = sum(r.new for r in reports)
        failed = sum(1 for r in reports if r.error)
        self.stdout.write(
            self.style.SUCCESS(f"{len(reports)} sources crawled, {new} new articles")
            + (self.style.ERROR(f", {failed} sources failed") if failed else "")
        )

    def show(self, report: SourceReport, write) -> None:
        if report.error:
            write(self.style.ERROR(f"{report.source}: {report.error}"))
            return
        write(
            f"{report.source}: {report.found} in feeds, {report.new} new, "
            f"{report.known} known, {report.failed} failed"
            + (f", {report.skipped} kept out by robots.txt" if report.skipped else "")
            + (f", {report.not_modified} feeds not modified" if report.not_modified else "")
            + (f", {report.revised} revised by the source" if report.revised else "")
        )
        for error in report.entry_errors[:5]:
            write(self.style.WARNING(f"  {error}"))
