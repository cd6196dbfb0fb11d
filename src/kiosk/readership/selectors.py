"""Reads: view counts and rankings, each from the hourly buckets (never the buffer).

A window of N hours is the current hour's bucket and the N-1 before it, so rankings
change exactly when an hour rolls over. Every ranking goes through `one_per_story`,
the single place where story de-duplication applies (providers.story_of).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from kiosk.news.models import Article, Category
from kiosk.news.selectors import published_articles
from kiosk.readership import providers
from kiosk.readership.breaking import breaking_now
from kiosk.readership.models import ArticleViews, ArticleViewsHour
from kiosk.sources.models import Source

WINDOWS: dict[str, timedelta] = {
    "24h": timedelta(hours=24),
    "48h": timedelta(hours=48),
    "7d": timedelta(days=7),
}
TRENDING_RECENT_HOURS = 3
TRENDING_BASELINE_HOURS = 24
TRENDING_MIN_VIEWS = 5


@dataclass(frozen=True)
class Ranked:
    article: Article
    count: int  # views or comments in the window
    score: float = 0.0


def hour_floor(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def window_start(window: timedelta, now: datetime) -> datetime:
    return hour_floor(now) - window + timedelta(hours=1)


def _edition_articles(
    language: str, *, category: Category | None = None, source: Source | None = None
) -> QuerySet[Article]:
    articles = published_articles().filter(language=language)
    if category is not None:
        articles = articles.filter(category=category)
    if source is not None:
        articles = articles.filter(source=source)
    return articles


def _ranked(counts: list[tuple[int, int, float]], limit: int) -> list[Ranked]:
    """Articles (with source and category) for (id, count, score) rows, in that order,
    one per story, at most `limit`."""
    by_id = Article.objects.select_related("source", "category").in_bulk(
        [article_id for article_id, _, _ in counts]
    )
    ranked = [
        Ranked(by_id[article_id], count, score)
        for article_id, count, score in counts
        if article_id in by_id
    ]
    return one_per_story(ranked)[:limit]


def one_per_story(ranked: list[Ranked]) -> list[Ranked]:
    """One entry per story: the best-placed member stands for its story. The story of
    each article comes from the stories app (providers.set_story_of); an article no
    story claims is its own."""
    stories: Mapping[int, int] = providers.story_of([entry.article.pk for entry in ranked])
    seen: set[int] = set()
    kept = []
    for entry in ranked:
        story = stories.get(entry.article.pk, -entry.article.pk)
        if story not in seen:
            seen.add(story)
            kept.append(entry)
    return kept


def most_read(
    language: str,
    window: str = "24h",
    *,
    now: datetime | None = None,
    limit: int = 10,
    category: Category | None = None,
    source: Source | None = None,
) -> list[Ranked]:
    """The edition's (or a category's, a source's) most viewed articles in the window."""
    now = now or timezone.now()
    # One query: the window's buckets joined to the visible articles they belong to.
    articles = (
        _edition_articles(language, category=category, source=source)
        .filter(view_hours__hour__gte=window_start(WINDOWS[window], now))
        .annotate(window_views=Sum("view_hours__views"))
        .select_related("source", "category")
        .order_by("-window_views", "-pk")[: limit * 3]
    )
    ranked = [Ranked(article, article.window_views, article.window_views) for article in articles]
    return one_per_story(ranked)[:limit]


def trending(
    language: str,
    *,
    now: datetime | None = None,
    limit: int = 10,
    category: Category | None = None,
    source: Source | None = None,
) -> list[Ranked]:
    """Articles read far more in the last hours than they usually are: views per hour in
    the last TRENDING_RECENT_HOURS against the article's own rate over the day before
    (plus one view an hour, so a new article needs real readers, not just a few)."""
    now = now or timezone.now()
    recent_start = window_start(timedelta(hours=TRENDING_RECENT_HOURS), now)
    baseline_start = recent_start - timedelta(hours=TRENDING_BASELINE_HOURS)
    rows = (
        ArticleViewsHour.objects.filter(
            hour__gte=baseline_start,
            article__in=_edition_articles(language, category=category, source=source),
        )
        .values("article")
        .annotate(
            recent=Sum("views", filter=Q(hour__gte=recent_start)),
            before=Sum("views", filter=Q(hour__lt=recent_start)),
        )
        .filter(recent__gte=TRENDING_MIN_VIEWS)
    )
    scored = []
    for row in rows:
        recent_rate = row["recent"] / TRENDING_RECENT_HOURS
        baseline_rate = (row["before"] or 0) / TRENDING_BASELINE_HOURS
        scored.append((row["article"], row["recent"], recent_rate / (baseline_rate + 1.0)))
    scored.sort(key=lambda item: (-item[2], -item[1], -item[0]))
    return _ranked(scored[: limit * 3], limit)


def most_discussed(
    language: str,
    window: str = "24h",
    *,
    now: datetime | None = None,
    limit: int = 10,
    category: Category | None = None,
    source: Source | None = None,
) -> list[Ranked]:
    """Ranked by comments posted in the window, as the comments app counts them
    (providers.set_comment_counts); empty until it registers."""
    now = now or timezone.now()
    counts = providers.comment_counts(window_start(WINDOWS[window], now))
    if not counts:
        return []
    allowed = set(
        _edition_articles(language, category=category, source=source)
        .filter(pk__in=list(counts))
        .values_list("pk", flat=True)
    )
    rows = sorted(
        ((pk, n, float(n)) for pk, n in counts.items() if pk in allowed and n > 0),
        key=lambda row: (-row[1], -row[0]),
    )
    return _ranked(rows[: limit * 3], limit)


def view_total(article: Article) -> int:
    """The article's views since it was archived (as of the last flush)."""
    return ArticleViews.objects.filter(article=article).values_list("total", flat=True).first() or 0


def views_per_hour(since: datetime, until: datetime) -> dict[datetime, int]:
    """Every article's views per hour, all editions: hour start -> views."""
    rows = (
        ArticleViewsHour.objects.filter(hour__gte=hour_floor(since), hour__lte=until)
        .values("hour")
        .annotate(views=Sum("views"))
    )
    return {row["hour"]: row["views"] for row in rows}


def breaking_articles(language: str, *, now: datetime | None = None) -> list[Article]:
    """The edition's breaking stories, most recent first, each by its earliest article in
    the edition; story memberships come from the stories app (providers)."""
    now = now or timezone.now()
    window = timedelta(minutes=settings.KIOSK_BREAKING_WINDOW_MINUTES)
    hold = timedelta(hours=settings.KIOSK_BREAKING_HOURS)
    arrivals = list(providers.story_arrivals(now - hold - window))
    stories = breaking_now(
        arrivals, now, threshold=settings.KIOSK_BREAKING_SOURCES, window=window, hold=hold
    )
    if not stories:
        return []
    members: dict[int, list[int]] = {}
    for arrival in arrivals:
        if arrival.article_id is not None:
            members.setdefault(arrival.story_id, []).append(arrival.article_id)
    ids = [pk for story in stories for pk in members.get(story, [])]
    visible = {a.pk: a for a in published_articles().filter(language=language, pk__in=ids)}
    leads = []
    for story in stories:
        shown = [visible[pk] for pk in members.get(story, []) if pk in visible]
        if shown:
            leads.append(min(shown, key=lambda article: (article.published_at, article.pk)))
    return leads
