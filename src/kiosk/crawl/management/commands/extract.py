"""`kiosk extract`: what Kiosk would store from pages or files, for editors; stores nothing.

Runs the pipeline's steps for an article page without the database: robots.txt and the
fetch for URLs (one event loop, one Fetcher for them all), decoding, extraction.
"""

import asyncio
import html
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from kiosk.crawl.encoding import decode_html, normalize_encoding, sniff_declared_encoding
from kiosk.crawl.extract import ExtractionError, extract_article, html_language
from kiosk.crawl.fetch import HTML_TYPES, Fetcher, FetchError
from kiosk.crawl.robots import RobotsCache
from kiosk.sources.models import Source


@dataclass
class Page:
    """One input's bytes, or why there are none."""

    input: str
    url: str = ""
    content: bytes = b""
    declared_charset: str | None = None
    error: str = ""


@dataclass
class Preview:
    """What Kiosk would store from one input, or why it would store nothing."""

    input: str
    url: str = ""
    title: str = ""
    published: str | None = None
    modified: str | None = None  # the update the page declares
    language: str = ""
    category: str = ""  # the pipeline assigns no category yet
    author: str = ""
    lead: str = ""
    image: str = ""
    image_caption: str = ""
    text: str = ""
    html: str = ""  # the body as Kiosk would store it: sanitised, links absolute
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)
    status: str = "ok"
    error: str = ""


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def read_file(path: str) -> Page:
    try:
        content = Path(path).read_bytes()
    except FileNotFoundError:
        return Page(path, error=f"File not found: {path}.")
    except OSError as exc:
        return Page(path, error=f"Cannot read {path}: {exc.strerror or exc}.")
    # A saved page's relative links and images resolve against where it was published,
    # which its <link rel="canonical"> or og:url says.
    return Page(path, url=_declared_url(content) or Path(path).resolve().as_uri(), content=content)


_DECLARED_URL = re.compile(
    rb"""<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["'](https?://[^"'\s>]+)"""
    rb"""|<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["'](https?://[^"'\s>]+)""",
    re.I,
)


def _declared_url(content: bytes) -> str:
    match = _DECLARED_URL.search(content[:65536])
    if not match:
        return ""
    return html.unescape((match.group(1) or match.group(2)).decode("ascii", "replace"))


async def fetch_pages(urls: list[str], *, allow_private: bool) -> dict[str, Page]:
    """Each URL fetched once, robots.txt first, one at a time (editors debug one site)."""
    pages: dict[str, Page] = {}
    token = settings.KIOSK_USER_AGENT.split("/")[0]
    async with Fetcher() as fetcher:
        robots = RobotsCache(fetcher, token=token)
        for url in dict.fromkeys(urls):
            allowed, policy = await robots.allows(url, allow_private=allow_private)
            if not allowed:
                reason = policy.reason or f"robots.txt disallows {url} for {token}."
                reason = _with_hint(reason, allow_private)
                pages[url] = Page(url, error=reason)
                continue
            try:
                result = await fetcher.fetch(url, allow_private=allow_private, accept=HTML_TYPES)
            except FetchError as exc:
                pages[url] = Page(url, error=_with_hint(str(exc), allow_private))
                continue
            pages[url] = Page(url, result.final_url, result.content, result.declared_charset)
    return pages


def _with_hint(error: str, allow_private: bool) -> str:
    if not allow_private and "non-public address" in error:
        return error + " Pass --local to allow it here."
    return error


def preview(page: Page, *, source: Source | None) -> Preview:
    result = Preview(input=page.input, url=page.url)
    if page.error:
        result.status, result.error = "error", page.error
        return result
    # The same decoding extract_article does, done here to tell editors about bad labels.
    text, result.encoding = decode_html(page.content, page.declared_charset)
    labels = [page.declared_charset, sniff_declared_encoding(page.content)]
    for label in dict.fromkeys(normalize_encoding(label) for label in labels if label):
        if label and label != result.encoding:
            result.warnings.append(
                f"The page is labelled {label} but its bytes read as {result.encoding}; "
                f"decoded as {result.encoding}."
            )
    result.language = _language(page.content, source, result.warnings)
    try:
        extracted = extract_article(text, page.url)
    except ExtractionError as exc:
        result.status, result.error = "error", str(exc)
        return result
    result.title, result.text, result.author = extracted.title, extracted.text, extracted.author
    result.lead, result.html = extracted.lead, extracted.body_html
    result.image, result.image_caption = extracted.image_url, extracted.image_caption
    if extracted.modified_at is not None:
        result.modified = extracted.modified_at.isoformat()
    if extracted.published_at is None:
        result.warnings.append(
            "No publication date found on the page; Kiosk would use the feed entry's date, "
            "else the time of the fetch."
        )
    else:
        result.published = extracted.published_at.isoformat()
    return result


def _language(content: bytes, source: Source | None, warnings: list[str]) -> str:
    declared = html_language(content)
    supported = [code for code, _ in settings.LANGUAGES]
    if source is not None:
        if declared in supported and declared != source.language:
            warnings.append(
                f'The page says lang="{declared}" but source {source.slug} is '
                f"{source.language}; Kiosk stores the source's language."
            )
        return source.language
    if declared in supported:
        return declared
    if declared:
        warnings.append(
            f'The page says lang="{declared}", not one of {", ".join(supported)}; '
            "pass --source to use a source's language."
        )
    else:
        warnings.append("The page has no <html lang>; pass --source to use a source's language.")
    return ""


def render_block(result: Preview) -> str:
    lines = [f"== {result.input}", f"status:    {result.status}"]
    if result.error:
        lines.append(f"error:     {result.error}")
    if result.url and result.url != result.input:
        lines.append(f"url:       {result.url}")
    if result.status == "ok":
        lines += [
            f"title:     {result.title}",
            f"published: {result.published or '(none)'}",
            f"updated:   {result.modified or '(none)'}",
            f"language:  {result.language or '(unknown)'}",
            f"category:  {result.category or '(none)'}",
            f"author:    {result.author or '(none)'}",
            f"lead:      {result.lead or '(none)'}",
            f"image:     {result.image or '(none)'}"
            + (f" ({result.image_caption})" if result.image_caption else ""),
            f"encoding:  {result.encoding}",
        ]
    lines += [f"warning:   {warning}" for warning in result.warnings]
    if result.text:
        lines += ["", result.text]
    return "\n".join(lines) + "\n"


class Command(BaseCommand):
    help = (
        "Show what Kiosk would store from article pages (local files or http(s) URLs): "
        "title, dates, language, category, author, lead, main image, text (and the sanitised "
        "HTML body with --json) and warnings. Nothing is stored."
    )

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument(
            "--source", metavar="SLUG", help="Use this source's language, as a crawl would."
        )
        parser.add_argument("--json", action="store_true", help="One JSON object per line.")
        parser.add_argument("--local", action="store_true", help="Allow a loopback/private host.")

    def handle(self, *args, **options):
        source = None
        if options["source"]:
            source = Source.objects.filter(slug=options["source"]).first()
            if source is None:
                raise CommandError(
                    f"No source {options['source']!r}; `kiosk sources list` shows the slugs."
                )
        inputs: list[str] = options["inputs"]
        urls = [value for value in inputs if _is_url(value)]
        allow_private = options["local"] or (source is not None and source.is_local)
        fetched = asyncio.run(fetch_pages(urls, allow_private=allow_private)) if urls else {}
        failed = 0
        for value in inputs:
            page = fetched[value] if _is_url(value) else read_file(value)
            result = preview(page, source=source)
            failed += result.status != "ok"
            if options["json"]:
                self.stdout.write(json.dumps(asdict(result), ensure_ascii=False))
            else:
                self.stdout.write(render_block(result))
        if failed:
            raise CommandError(f"{failed} of {len(inputs)} inputs failed; see their errors.")
