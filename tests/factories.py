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


RAILWAY_REPORT = (
    "The national railway opened the new line between the capital and the northern "
    "port on Monday, cutting the journey from nine hours to five and a half.\n\n"
    "Twelve trains a day will run in each direction from December, the operator said, "
    "and tickets go on sale at stations and online from Thursday morning.\n\n"
    "Freight companies welcomed the line, which they expect to take about two thousand "
    "lorries a week off the coastal road by the end of next year."
)


# The railway report retold: the same facts, its own sentences, a few runs of the
# original's wording kept, and (in one variant) a line naming the outlet it follows.
RAILWAY_RETOLD = (
    "The new line between the capital and the northern port opened on Monday, and the "
    "journey now takes five and a half hours instead of nine.\n\n"
    "From December twelve trains a day will run in each direction, the operator said, "
    "and tickets go on sale at stations and online from Thursday morning.\n\n"
    "Freight companies expect the line to take about two thousand lorries a week off "
    "the coastal road by the end of next year."
)


def make_covered_story() -> tuple[Article, Article, Article]:
    """A story carried twice, placed as the crawl places it: (an original, a copy of it
    with an attribution line, an unrelated article of the same hour)."""
    from kiosk.stories.services import place_stored_articles

    herald = make_source(name="Northern Herald", slug="herald")
    digest = make_source(name="Daily Digest", slug="digest")
    original = make_article(
        herald, title="New railway line opens", body=RAILWAY_REPORT, published_at=BASE_TIME
    )
    copy = make_article(
        digest,
        title="Railway line to the port opens",
        body="Daily Digest, citing Northern Herald, reports.\n\n" + RAILWAY_REPORT,
        cited_source="Northern Herald",
        published_at=BASE_TIME + timedelta(minutes=40),
    )
    other = make_article(
        make_source(name="City Courier"),
        title="Library extends opening hours",
        body="The central library will stay open until ten in the evening on weekdays "
        "from next month, after a survey of readers asked for later hours.\n\n"
        "The extra hours are paid for by the city, which also bought new reading lamps.",
        published_at=BASE_TIME + timedelta(minutes=10),
    )
    place_stored_articles([original, copy, other])
    for article in (original, copy, other):
        article.refresh_from_db()
    return original, copy, other
