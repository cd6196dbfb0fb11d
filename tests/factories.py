"""Small factories for sources and articles."""

import itertools
from datetime import UTC, datetime, timedelta

from kiosk.news.models import Article
from kiosk.sources.models import Source

_serial = itertools.count(1)
BASE_TIME = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def make_source(**fields) -> Source:
    n = next(_serial)
    defaults = {
        "slug": f"source-{n}",
        "name": f"Source {n}",
        "homepage": f"https://source{n}.example/",
        "language": "en",
    }
    return Source.objects.create(**{**defaults, **fields})


def make_article(source: Source | None = None, **fields) -> Article:
    n = next(_serial)
    source = source or make_source(language=fields.get("language", "en"))
    published = fields.pop("published_at", BASE_TIME - timedelta(minutes=n))
    defaults = {
        "url": f"{source.homepage}news/{n}.html",
        "final_url": f"{source.homepage}news/{n}.html",
        "title": f"Headline number {n}",
        "body": "First paragraph of the story.\n\nSecond paragraph of the story.",
        "language": source.language,
        "published_at": published,
        "archived_at": published + timedelta(minutes=5),
    }
    return Article.objects.create(source=source, **{**defaults, **fields})


def make_capture(article: Article, content: bytes, **fields):
    """Archive `content` as the article's original, as the crawl would."""
    from kiosk.crawl.archive import Original
    from kiosk.news.services import archive_original

    original = Original(
        url=fields.get("url", article.url),
        final_url=fields.get("final_url", article.final_url),
        status=fields.get("status", 200),
        headers=fields.get("headers", {"content-type": "text/html; charset=utf-8"}),
        content=content,
        fetched_at=fields.get("fetched_at", article.archived_at),
    )
    return archive_original(article, original)
