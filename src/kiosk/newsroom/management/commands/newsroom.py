"""`kiosk newsroom`: serve the sample newsroom alone, for trying Kiosk or a crawler."""

import json
import threading
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kiosk.newsroom.generator import generate
from kiosk.newsroom.server import NewsroomServer


def start_server(newsroom, port: int, *, faults: bool = False) -> NewsroomServer:
    """The newsroom as visitors see it: robots.txt closes the premium section; with
    `faults`, one outlet is flaky and one feed ill-formed."""
    try:
        return NewsroomServer(
            newsroom, base_port=port, disallow_premium=True, faults=faults
        ).start()
    except OSError as exc:
        raise CommandError(
            f"Cannot listen on ports {port}-{port + len(newsroom.outlets) - 1} ({exc}). "
            "Is another newsroom running? Choose others with --newsroom-port."
        ) from exc


class Command(BaseCommand):
    help = (
        "Serve the sample newsroom (synthetic outlets in az, ru and en) on loopback, "
        "one port per outlet, and print each outlet's feed URL. Runs until Ctrl-C."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1, help="Generator seed (default 1).")
        parser.add_argument(
            "--newsroom-port",
            type=int,
            default=8101,
            help="Port of the first outlet; the others follow (default 8101; 0 = any free).",
        )
        parser.add_argument(
            "--faults",
            action="store_true",
            help="Make one outlet flaky (503s, a reset) and one feed ill-formed.",
        )
        parser.add_argument(
            "--ground-truth",
            type=Path,
            metavar="FILE",
            help="Also write the true title, text, date, language and story of every page.",
        )

    def handle(self, *args, **options):
        newsroom = generate(options["seed"])
        server = start_server(newsroom, options["newsroom_port"], faults=options["faults"])
        for outlet in newsroom.outlets:
            count = len(newsroom.articles_of(outlet.slug))
            feed = server.feed_url(outlet.slug)
            self.stdout.write(f"{outlet.name} [{outlet.language}] {count} articles: {feed}")
        if options["ground_truth"]:
            truth = newsroom.ground_truth(server.base_urls)
            options["ground_truth"].write_text(json.dumps(truth, ensure_ascii=False, indent=1))
            self.stdout.write(f"Ground truth written to {options['ground_truth']}")
        self.stdout.write("Serving the sample newsroom; press Ctrl-C to stop.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
