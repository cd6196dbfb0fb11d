"""`kiosk sources`: list, add (with feed discovery), check, import and export OPML, and
the extraction health of each source (flags and golden pages)."""

import asyncio
import json
import sys
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from kiosk.crawl.pipeline import check_health_now
from kiosk.crawl.probe import Probe, probe
from kiosk.sources.models import Source
from kiosk.sources.opml import OpmlError, OutlineSource, parse_opml, render_opml
from kiosk.sources.selectors import golden_pages
from kiosk.sources.services import register_source

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def unique_slug(name: str, url: str) -> str:
    base = slugify(name) or slugify(url.split("//")[-1]) or "source"
    slug, n = base[:90], 2
    while Source.objects.filter(slug=slug).exists():
        slug, n = f"{base[:85]}-{n}", n + 1
    return slug


class Command(BaseCommand):
    help = (
        "Manage sources: list, add URL (discovers feeds), check URL, import/export OPML, "
        "health (extraction flags and golden pages)."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

        sub.add_parser("list", help="List sources with their health.")

        add = sub.add_parser("add", help="Add a source from its homepage, feed or sitemap URL.")
        add.add_argument("url")
        add.add_argument("--name", help="Display name (default: the feed's or page's title).")
        add.add_argument("--language", choices=LANGUAGE_CODES, help="Edition of its articles.")
        add.add_argument("--local", action="store_true", help="Allow a loopback/private host.")
        add.add_argument("--interval", type=int, default=15, help="Minutes between fetches.")

        check = sub.add_parser(
            "check", help="Fetch and parse a URL without storing anything; report what it is."
        )
        check.add_argument("url")
        check.add_argument("--local", action="store_true", help="Allow a loopback/private host.")
        check.add_argument("--json", action="store_true", help="Print one JSON object.")

        imp = sub.add_parser("import", help="Add the sources listed in an OPML file.")
        imp.add_argument("file", type=Path)
        imp.add_argument("--language", choices=LANGUAGE_CODES, help="For outlines without one.")
        imp.add_argument("--local", action="store_true", help="Mark them local (loopback).")

        exp = sub.add_parser("export", help="Write every source's feeds as OPML.")
        exp.add_argument("-o", "--output", type=Path, help="File to write (default: stdout).")

        hea = sub.add_parser(
            "health",
            help="Show what looks wrong with the text extracted from sources (a drop in "
            "length, pages without text, golden pages that changed), with the page that "
            "shows it.",
        )
        hea.add_argument("slug", nargs="?", help="One source (default: every source).")
        hea.add_argument(
            "--check",
            action="store_true",
            help="Check now: fetch the golden pages again and compare the latest articles, "
            "instead of showing what the last crawls found.",
        )
        hea.add_argument("--json", action="store_true", help="Print one JSON list.")

    def handle(self, *args, **options):
        getattr(self, f"do_{options['action']}")(options)

    def do_list(self, options):
        for source in Source.objects.prefetch_related("feeds"):
            state = "active" if source.is_active else f"paused: {source.pause_reason}"
            self.stdout.write(
                f"{source.slug} [{source.language}] {source.name} — {state}; "
                f"errors in a row: {source.error_streak}; next fetch: {source.next_fetch_at}; "
                f"extraction: {health_summary(source)}"
            )
            for feed in source.feeds.all():
                self.stdout.write(f"    {feed.url}")

    def do_check(self, options):
        result = asyncio.run(probe(options["url"], allow_private=options["local"]))
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False))
        else:
            self.print_probe(result)
        if result.errors:
            sys.exit(1)

    def print_probe(self, result: Probe) -> None:
        self.stdout.write(f"{result.url} → {result.final_url or '-'} (HTTP {result.status})")
        if result.kind == "feed":
            self.stdout.write(
                f"{result.format} feed “{result.title}”, {len(result.entries)} entries"
            )
            for entry in result.entries[:20]:
                self.stdout.write(
                    f"  {entry.published or 'no date':25} {entry.title}\n    {entry.url}"
                )
            for sitemap in result.sitemaps:
                self.stdout.write(f"  sitemap: {sitemap}")
        elif result.kind == "html":
            self.stdout.write(f"HTML page (language: {result.language or 'not declared'})")
            for feed in result.feeds:
                self.stdout.write(f"  feed: {feed}")
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"warning: {warning}"))
        for error in result.errors:
            self.stdout.write(self.style.ERROR(f"error: {error}"))

    def do_add(self, options):
        url = options["url"]
        result = asyncio.run(probe(url, allow_private=options["local"]))
        if result.errors:
            raise CommandError(" ".join(result.errors))
        if result.kind == "feed":
            feeds, homepage, title = [result.final_url], url, result.title
        else:
            feeds, homepage, title = result.feeds, result.final_url, ""
        language = options["language"] or result.language
        if language not in LANGUAGE_CODES:
            raise CommandError(
                f"Cannot tell the language of {url}; pass --language with one of "
                f"{', '.join(LANGUAGE_CODES)}."
            )
        name = options["name"] or title or homepage
        source = register_source(
            slug=unique_slug(name, homepage),
            name=name,
            homepage=homepage,
            feed_urls=feeds,
            language=language,
            is_local=options["local"],
            fetch_interval=timedelta(minutes=options["interval"]),
        )
        self.stdout.write(self.style.SUCCESS(f"Added {source.name} ({source.slug}) [{language}]"))
        for feed in feeds:
            self.stdout.write(f"  {feed}")

    def do_import(self, options):
        try:
            outlines = parse_opml(options["file"].read_bytes())
        except OSError as exc:
            raise CommandError(f"Cannot read {options['file']}: {exc.strerror}.") from exc
        except OpmlError as exc:
            raise CommandError(f"{options['file']} is not usable OPML: {exc}") from exc
        added = skipped = 0
        for outline in outlines:
            language = outline.language.split("-")[0].lower() or options["language"]
            if language not in LANGUAGE_CODES:
                self.stdout.write(
                    self.style.WARNING(f"skipped {outline.feed_url}: no language (use --language)")
                )
                skipped += 1
                continue
            existing = Source.objects.filter(feeds__url=outline.feed_url).first()
            name = outline.title or outline.homepage or outline.feed_url
            register_source(
                slug=existing.slug if existing else unique_slug(name, outline.feed_url),
                name=name,
                homepage=outline.homepage or outline.feed_url,
                feed_urls=[outline.feed_url],
                language=language,
                is_local=options["local"],
            )
            added += 1
        self.stdout.write(self.style.SUCCESS(f"{added} sources imported, {skipped} skipped."))

    def do_export(self, options):
        outlines = [
            OutlineSource(
                title=source.name,
                feed_url=feed.url,
                homepage=source.homepage,
                language=source.language,
                category=source.default_category.slug if source.default_category else "",
            )
            for source in Source.objects.prefetch_related("feeds").select_related(
                "default_category"
            )
            for feed in source.feeds.all()
        ]
        document = render_opml(outlines, title=f"{settings.KIOSK_PORTAL_NAME} sources")
        if options["output"]:
            options["output"].write_bytes(document)
            self.stdout.write(f"{len(outlines)} feeds written to {options['output']}")
        else:
            sys.stdout.buffer.write(document)

    def do_health(self, options):
        sources = Source.objects.order_by("slug")
        if options["slug"]:
            sources = sources.filter(slug=options["slug"])
            if not sources.exists():
                raise CommandError(
                    f"No source {options['slug']!r}; `kiosk sources list` shows the slugs."
                )
        sources = list(sources)
        if options["check"]:
            check_health_now(sources)
            for source in sources:
                source.refresh_from_db()
        reports = [health_report(source) for source in sources]
        if options["json"]:
            self.stdout.write(json.dumps(reports, ensure_ascii=False))
            return
        for report in reports:
            checked = report["health_checked_at"] or "never"
            self.stdout.write(
                f"{report['slug']} — {len(report['flags']) or 'no'} flags; "
                f"golden pages checked: {checked}"
            )
            for flag in report["flags"]:
                self.stdout.write(
                    self.style.WARNING(f"  {flag['kind']} since {flag['detected_at']}: ")
                    + f"{flag['message']}\n    {flag['url']}"
                )
            for page in report["golden_pages"]:
                similarity = page["similarity"]
                shown = "-" if similarity is None else f"{similarity:.2f}"
                self.stdout.write(f"  golden {page['status']:11} {shown:>4}  {page['url']}")


def health_summary(source: Source) -> str:
    """One line for `sources list`: ok, or how many flags of which kinds."""
    flags = source.health_flags or []
    if not flags:
        return "ok"
    kinds = sorted({flag.get("kind", "") for flag in flags})
    return f"{len(flags)} flag{'s' if len(flags) > 1 else ''} ({', '.join(kinds)})"


def health_report(source: Source) -> dict:
    return {
        "slug": source.slug,
        "name": source.name,
        "health_checked_at": (
            source.health_checked_at.isoformat() if source.health_checked_at else None
        ),
        "flags": source.health_flags or [],
        "golden_pages": [
            {
                "url": page.url,
                "status": page.status,
                "similarity": page.last_similarity,
                "checked_at": page.checked_at.isoformat() if page.checked_at else None,
                "detail": page.detail,
            }
            for page in golden_pages(source)
        ],
    }
