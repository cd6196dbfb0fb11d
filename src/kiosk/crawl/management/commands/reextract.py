"""`kiosk reextract`: run extraction again over archived originals, after it improved."""

from django.core.management.base import BaseCommand, CommandError

from kiosk.crawl.article import compose_article
from kiosk.crawl.extract import ExtractionError
from kiosk.crawl.templates import SiteTemplate
from kiosk.news.models import Article
from kiosk.news.services import apply_extraction


class Command(BaseCommand):
    help = (
        "Re-run extraction from the archived originals (nothing is fetched) for one "
        "article, one source, or all, and update what was extracted: title, text, HTML "
        "body, lead, image, author and dates."
    )

    def add_arguments(self, parser):
        scope = parser.add_mutually_exclusive_group(required=True)
        scope.add_argument("--article", type=int, metavar="ID", help="One article by id.")
        scope.add_argument("--source", metavar="SLUG", help="Every article of one source.")
        scope.add_argument("--all", action="store_true", help="Every archived article.")

    def handle(self, *args, **options):
        articles = Article.objects.select_related("source").order_by("pk")
        if options["article"]:
            articles = articles.filter(pk=options["article"])
        elif options["source"]:
            articles = articles.filter(source__slug=options["source"])
        if not articles.exists():
            raise CommandError("No article matches; check the id or the source's slug.")
        changed = unchanged = failed = missing = 0
        templates: dict[int, SiteTemplate] = {}
        for article in articles.iterator(chunk_size=200):
            capture = article.captures.order_by("-fetched_at", "-pk").first()
            if capture is None:
                missing += 1
                continue
            source = article.source
            if source.pk not in templates:
                templates[source.pk] = SiteTemplate.from_json(source.template or {})
            try:
                # The same path as the crawl, with the source's learned template; the
                # language, category and dates the article already has are kept.
                extracted = compose_article(
                    capture.as_original(),
                    url=article.url,
                    prior_language=article.language,
                    template=templates[source.pk],
                )
            except ExtractionError as exc:
                failed += 1
                self.stderr.write(f"article {article.pk}: {exc}")
                continue
            if apply_extraction(article, extracted):
                changed += 1
            else:
                unchanged += 1
        self.stdout.write(
            f"{changed} changed, {unchanged} unchanged, {failed} failed, "
            f"{missing} without an archived original."
        )
