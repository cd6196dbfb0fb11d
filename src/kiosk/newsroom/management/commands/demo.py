"""`kiosk demo`: the whole product on one machine with no internet (what `make run` runs).

Migrates, starts the sample newsroom on loopback, registers its outlets as sources,
crawls them once, then serves the portal with gunicorn until Ctrl-C.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from kiosk.crawl.pipeline import crawl_due
from kiosk.newsroom.generator import generate
from kiosk.newsroom.management.commands.newsroom import start_server
from kiosk.newsroom.registration import register_outlets
from kiosk.serving import run_gunicorn


class Command(BaseCommand):
    help = (
        "Migrate, start the sample newsroom, register its outlets as sources, crawl them "
        "once and serve the portal (default http://127.0.0.1:8000)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1, help="Newsroom seed (default 1).")
        parser.add_argument(
            "--newsroom-port", type=int, default=8101, help="First newsroom port (default 8101)."
        )
        parser.add_argument("--bind", default="127.0.0.1:8000", help="Portal ADDRESS:PORT.")
        parser.add_argument("--workers", type=int, default=2, help="Gunicorn worker processes.")
        parser.add_argument(
            "--no-serve", action="store_true", help="Stop after the crawl instead of serving."
        )

    def handle(self, *args, **options):
        self.stdout.write("Preparing the database…")
        call_command("migrate", interactive=False, verbosity=0)
        newsroom = generate(options["seed"])
        server = start_server(newsroom, options["newsroom_port"])
        try:
            sources = register_outlets(newsroom, server)
            self.stdout.write(f"Sample newsroom up: {len(sources)} outlets. Crawling…")
            reports = crawl_due(
                force=True,
                slugs=[source.slug for source in sources],
                on_report=lambda r: self.stdout.write(
                    f"  {r.source}: {r.new} new, {r.known} known, {r.failed} failed"
                    + (f", {r.skipped} kept out by robots.txt" if r.skipped else "")
                    + (f" — {r.error}" if r.error else "")
                ),
            )
            total = sum(r.new for r in reports)
            self.stdout.write(self.style.SUCCESS(f"Crawl done: {total} new articles."))
            if options["no_serve"]:
                return
            self.stdout.write(
                self.style.SUCCESS(f"Kiosk is serving at http://{options['bind']}/")
                + "  (Ctrl-C to stop)"
            )
            run_gunicorn(options["bind"], options["workers"])
        finally:
            server.stop()
