"""`kiosk reextract`: run extraction again over archived originals, after it improved."""

from django.core.management.base import BaseCommand, CommandError

from kiosk.crawl.extract import ExtractionError, extract_article
from kiosk.news.models import Article
from kiosk.news.services import apply_extraction


class Command(BaseCommand):
    help = (
        "Re-run extraction from the archived originals (nothing is fetched) for one "
        "article, one source, or all, and update the stored title and text."
    )

    def add_arguments(self, parser):
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--article", type=int, metavar="ID", help="One article by id.")
        scope.add_argument("--source", metavar="SLUG", help="Every article of one source.")
        scope.add_argument("--all", action="store_true", help="Every archived article.")

    def handle(self, *args, **options):
        articles = Article.objects.order_by("pk")
        if options["article"]:
            articles = articles.filter(pk=options["article"])
        elif options["source"]:
            articles = articles.filter(source__slug=options["source"])
        if not articles.exists():
            raise CommandError("No article matches; check the id or the source's slug.")
        changed = unchanged = failed = missing = 0
        for article in articles.iterator(chunk_size=200):
            capture = article.captures.order_by("-fetched_at", "-pk").first()
            if capture is None:
                missing += 1
                continue
            try:
                extracted = extract_article(
                    capture.original(), capture.final_url, declared_charset=capture.declared_charset
                )
            except ExtractionError as exc:
                failed += 1
                self.stderr.write(f"article {article.pk}: {exc}")
                continue
            if apply_extraction(article, title=extracted.title, body=extracted.text):
                changed += 1
            else:
                unchanged += 1
        self.stdout.write(
            f"{changed} changed, {unchanged} unchanged, {failed} failed, "
            f"{missing} without an archived original."
        )
