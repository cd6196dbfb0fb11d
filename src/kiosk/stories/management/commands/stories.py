"""`kiosk stories place`: place every stored article not yet placed (oldest first)."""

from django.core.management.base import BaseCommand

from kiosk.news.models import Article
from kiosk.stories.services import place_article, reset_index


class Command(BaseCommand):
    help = "Place stored articles that have no story yet (a backfill; the crawl places new ones)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["place"])
        parser.add_argument("--limit", type=int, default=0, help="at most this many")

    def handle(self, *args, **options):
        pending = Article.objects.filter(story_member__isnull=True).order_by("published_at", "pk")
        if options["limit"]:
            pending = pending[: options["limit"]]
        placed = copies = 0
        for article in pending.iterator(chunk_size=500):
            placement = place_article(article)
            placed += 1
            copies += placement.copy_of is not None
        reset_index()  # saves document frequencies and the band snapshot
        self.stdout.write(f"{placed} articles placed, {copies} of them copies.")
