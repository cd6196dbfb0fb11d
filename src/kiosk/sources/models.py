"""Sources (news sites), their feeds, and a log of every fetch for editors."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


class Source(models.Model):
    class Republication(models.TextChoices):
        FULL = "full", "full text"
        EXCERPT = "excerpt", "excerpt (first words)"
        HEADLINE = "headline", "headline only"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    homepage = models.URLField(max_length=2000)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    default_category = models.ForeignKey(
        "news.Category",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Used when a feed entry's own categories map to none of the portal's.",
    )
    is_local = models.BooleanField(
        default=False,
        help_text="Allow fetching loopback and private addresses. Only for sources on this "
        "machine or network, such as the sample newsroom.",
    )
    is_active = models.BooleanField(default=True, help_text="Paused sources are not fetched.")
    republication = models.CharField(
        max_length=10,
        choices=Republication.choices,
        default=Republication.FULL,
        help_text="How much of an article readers see here; the link to the original is "
        "always shown, and the archive keeps the whole of it either way.",
    )
    excerpt_words = models.PositiveSmallIntegerField(
        default=60, help_text="Words shown when republication is an excerpt."
    )
    pause_reason = models.TextField(blank=True)
    fetch_interval = models.DurationField(default=timedelta(minutes=15))
    error_streak = models.PositiveIntegerField(
        default=0, help_text="Consecutive failed fetches; slows the source, then pauses it."
    )
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    next_fetch_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)
    template = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="What Kiosk learned of the site's page template (crawl/templates.py).",
    )
    # Extraction health (crawl/health.py): what looks wrong with what Kiosk extracts from
    # the site, each flag with the page that shows it.
    health_flags = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Extraction problems found: [{kind, message, url, detected_at}].",
    )
    health_checked_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the golden pages were last fetched again and compared.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Feed(models.Model):
    """One feed or sitemap URL of a source, with its conditional-GET validators."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField(max_length=2000)
    etag = models.CharField(max_length=500, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    last_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_fetched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "url"], name="feed_unique_url")]
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.url


class FetchLog(models.Model):
    """One fetch of one feed: what came back and what it yielded."""

    class Outcome(models.TextChoices):
        OK = "ok", "fetched"
        NOT_MODIFIED = "not_modified", "not modified (304)"
        ERROR = "error", "error"
        ROBOTS = "robots", "disallowed by robots.txt"
        POSTPONED = "postponed", "postponed (the host asked for a pause)"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="fetch_logs")
    url = models.URLField(max_length=2000)
    started_at = models.DateTimeField(default=timezone.now)
    duration_ms = models.PositiveIntegerField(default=0)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    bytes = models.PositiveIntegerField(default=0)
    entries_found = models.PositiveIntegerField(default=0)
    entries_new = models.PositiveIntegerField(default=0)
    entries_known = models.PositiveIntegerField(default=0)
    entries_failed = models.PositiveIntegerField(default=0)
    entries_skipped = models.PositiveIntegerField(
        default=0, help_text="Entries not fetched because robots.txt disallows them."
    )
    error = models.TextField(blank=True)
    warnings = models.TextField(blank=True, help_text="What the feed got wrong but was read.")

    class Meta:
        ordering = ["-started_at", "-pk"]
        indexes = [models.Index(fields=["source", "-started_at"], name="fetchlog_source_recent")]

    def __str__(self) -> str:
        return f"{self.source} {self.started_at:%Y-%m-%d %H:%M} {self.outcome}"


class GoldenPage(models.Model):
    """A page of the source whose extraction is known to be right: fetched again now and
    then, a different extraction means the site (or Kiosk's extractor) changed."""

    class Status(models.TextChoices):
        OK = "ok", "extracts as expected"
        CHANGED = "changed", "extracts differently"
        UNREACHABLE = "unreachable", "could not be fetched"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="golden_pages")
    article = models.ForeignKey(
        "news.Article", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    capture = models.ForeignKey(
        "news.Capture",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The archived original: extracted again, it tells a change of Kiosk's "
        "extractor from a change of the site.",
    )
    url = models.URLField(max_length=2000)
    expected_title = models.CharField(max_length=500, blank=True)
    expected_text = models.TextField(help_text="What the live page should extract to.")
    archived_text = models.TextField(
        blank=True,
        help_text="What the archived original extracted to when the expectation was set.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    checked_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OK)
    last_title = models.CharField(max_length=500, blank=True)
    last_text = models.TextField(blank=True, help_text="What the live page extracted to.")
    last_similarity = models.FloatField(
        null=True, blank=True, help_text="Token F1 of the live extraction against the expected."
    )
    detail = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "url"], name="golden_page_unique_url")
        ]
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.url
