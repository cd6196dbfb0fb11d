"""`kiosk crawl`: fetch every due source once."""

from django.core.management.base import BaseCommand

from kiosk.crawl.pipeline import SourceReport, crawl_due


class Command(BaseCommand):
    help = "Fetch every due source once: its feed, then each new article, extracted and stored."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Crawl every active source, due or not."
        )
        parser.add_argument(
            "--source", action="append", metavar="SLUG", help="Only this source (repeatable)."
        )

    def handle(self, *args, **options):
        reports = crawl_due(force=options["all"], slugs=options["source"], on_report=self.show)
        if not reports:
            self.stdout.write("No source is due. Use --all to crawl every active source now.")
            return
        new = sum(r.new for r in reports)
        failed = sum(1 for r in reports if r.error)
        self.stdout.write(
            self.style.SUCCESS(f"{len(reports)} sources crawled, {new} new articles")
            + (self.style.ERROR(f", {failed} sources failed") if failed else "")
        )

    def show(self, report: SourceReport) -> None:
        if report.error:
            self.stdout.write(self.style.ERROR(f"{report.source}: {report.error}"))
            return
        line = (
            f"{report.source}: {report.found} in feed, {report.new} new, "
            f"{report.known} known, {report.failed} failed"
        )
        self.stdout.write(line)
        for error in report.entry_errors[:5]:
            self.stdout.write(self.style.WARNING(f"  {error}"))
