"""The Article model: one archived article of one source, as extracted."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation

from kiosk.sources.models import Source


def split_paragraphs(body: str) -> list[str]:
    """Stored text keeps paragraphs apart with blank lines."""
    return [p.strip() for p in body.split("\n\n") if p.strip()]


class Category(models.Model):
    """A section of the portal (politics, economy, ...), named in each edition."""

    slug = models.SlugField(max_length=50, unique=True)
    position = models.PositiveSmallIntegerField(default=0)
    name_az = models.CharField(max_length=100)
    name_ru = models.CharField(max_length=100)
    name_en = models.CharField(max_length=100)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name_en

    def name_in(self, language: str) -> str:
        return getattr(self, f"name_{language}", self.name_en)


class Article(models.Model):
    class Status(models.TextChoices):
        OK = "ok", "extracted"
        NO_TEXT = "no_text", "no article text found"

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="articles")
    url = models.URLField(max_length=2000, unique=True, help_text="Canonical URL of the original.")
    final_url = models.URLField(
        max_length=2000, help_text="Where the fetch ended, after redirects."
    )
    category = models.ForeignKey(
        Category, on_delete=models.SET_NULL, null=True, blank=True, related_name="articles"
    )
    title = models.CharField(max_length=500)
    body = models.TextField(help_text="Clean text; paragraphs separated by blank lines.")
    body_html = models.TextField(
        blank=True,
        help_text="The body as sanitised HTML (crawl/sanitize.py): paragraphs, headings, "
        "lists, quotes, links and images, links absolute, nothing executable.",
    )
    lead = models.TextField(blank=True, help_text="The standfirst, when the page has one.")
    author = models.CharField(max_length=200, blank=True)
    image_url = models.URLField(max_length=2000, blank=True, help_text="The main image.")
    image_caption = models.CharField(max_length=500, blank=True)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    published_at = models.DateTimeField()
    archived_at = models.DateTimeField(help_text="When Kiosk fetched the original.")
    modified_at = models.DateTimeField(
        null=True, blank=True, help_text="The last update the source's page declares."
    )
    # Revisions: recent articles are fetched again (crawl/revisions.py); when the source
    # changed the title or text, the new version is kept beside the old one as a Capture.
    updated_at = models.DateTimeField(
        null=True, blank=True, help_text="When Kiosk found the source had changed the article."
    )
    next_check_at = models.DateTimeField(
        null=True, blank=True, help_text="When to fetch it again to look for revisions."
    )
    # A page without article text (a gallery, a video, an empty page) is still archived,
    # with its original, so that a better extractor can read it later; readers never see it.
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OK)
    status_detail = models.TextField(blank=True)
    # An editor's takedown hides the article from every page, feed and API at once; the
    # archive keeps it, and its original, for staff.
    cited_source = models.CharField(
        max_length=200,
        blank=True,
        help_text="The original source a republished article names (crawl/attribution.py).",
    )
    taken_down_at = models.DateTimeField(null=True, blank=True)
    takedown_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["language", "-published_at"], name="article_edition_latest"),
            models.Index(fields=["next_check_at"], name="article_next_check"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        # An article lives in the edition of its language, whatever edition is active.
        with translation.override(self.language):
            return reverse("news:article", kwargs={"pk": self.pk})

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.body)


class Capture(models.Model):
    """The original of an article as fetched: bytes (zstd), response headers, final URL,
    status and time. Extraction can be re-run from it (`kiosk reextract`)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="captures")
    url = models.URLField(max_length=2000, help_text="The URL requested.")
    final_url = models.URLField(max_length=2000)
    status = models.PositiveSmallIntegerField()
    headers = models.JSONField(default=dict)
    fetched_at = models.DateTimeField()
    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.PositiveIntegerField(help_text="Bytes as sent, before compression.")
    compressed = models.BinaryField()
    # What Kiosk read from this capture: a revision of the article is a capture whose
    # title or text differs from the one before it.
    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(blank=True)

    class Meta:
        ordering = ["-fetched_at", "-pk"]
        get_latest_by = "fetched_at"

    def __str__(self) -> str:
        return f"{self.final_url} at {self.fetched_at:%Y-%m-%d %H:%M}"

    def original(self) -> bytes:
        from kiosk.crawl.archive import decompress

        return decompress(bytes(self.compressed))

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.body)

    def as_original(self):
        """The capture as the crawl's plain value (crawl/archive.py's Original)."""
        from kiosk.crawl.archive import Original

        return Original(
            url=self.url,
            final_url=self.final_url,
            status=self.status,
            headers=self.headers,
            content=self.original(),
            fetched_at=self.fetched_at,
        )
