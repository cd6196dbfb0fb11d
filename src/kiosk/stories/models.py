"""Stories and their members, and the persisted index that places new articles.

`Story` and `StoryMember` are what editors and readers see: every placed article is a
member of exactly one story (a story of one is an article nobody else carried), and a
copy names the original it reproduces. `Sketch` and `TermStats` are the index's own
state (index.py): plain integer article ids without foreign-key constraints, so the
index's hot path is one raw insert, and so the index survives restarts as it is.
"""

from django.db import models

from kiosk.news.models import Article


class Story(models.Model):
    """One event as covered by one or more sources."""

    lead = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The earliest original article of the story, full text preferred.",
    )
    language = models.CharField(max_length=8, blank=True)
    first_seen = models.DateTimeField(help_text="Publication time of the earliest member.")
    last_seen = models.DateTimeField(help_text="Publication time of the latest member.")
    size = models.PositiveIntegerField(default=0, help_text="Members, copies included.")
    originals = models.PositiveIntegerField(default=0, help_text="Members that are not copies.")
    family = models.BigIntegerField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Stories of one event in other languages share it (counterparts.py).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "stories"
        ordering = ["-last_seen", "-pk"]
        indexes = [models.Index(fields=["-last_seen"], name="story_latest")]

    def __str__(self) -> str:
        title = self.lead.title if self.lead_id else f"story {self.pk}"
        return f"{title} ({self.size})"


class StoryMember(models.Model):
    """An article's place: its story and, for a copy, the original it reproduces."""

    class Reason(models.TextChoices):
        NEW = "new", "first of its story"
        EXACT = "exact", "same text"
        NEAR_COPY = "near_copy", "near-copy"
        SIMILAR = "similar", "same event"
        EDITOR = "editor", "placed by an editor"

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="story_member")
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="members")
    copy_of = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
        help_text="The earliest original this article republishes.",
    )
    rewrite_of = models.ForeignKey(
        Article,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="rewrites",
        help_text="The earlier report this original retells in its own words (citations.py).",
    )
    similarity = models.FloatField(default=1.0)
    reason = models.CharField(max_length=12, choices=Reason.choices, default=Reason.NEW)
    placed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["story", "article"], name="story_member_story")]

    def __str__(self) -> str:
        return f"{self.article_id} in {self.story_id}"

    @property
    def is_copy(self) -> bool:
        return self.copy_of_id is not None


class Sketch(models.Model):
    """An article's fingerprint as the index keeps it (one row per placed article)."""

    article_id = models.BigIntegerField(primary_key=True)
    published = models.BigIntegerField(help_text="Publication time, Unix seconds.")
    story_id = models.BigIntegerField()
    copy_of = models.BigIntegerField(null=True)
    text_hash = models.BigIntegerField()
    shingles = models.PositiveIntegerField()
    full_text = models.BooleanField(default=True)
    source_id = models.BigIntegerField(default=0, help_text="The article's source.")
    language = models.CharField(max_length=8, default="")
    signature = models.BinaryField()
    terms = models.BinaryField()
    weights = models.BinaryField()
    entities = models.BinaryField(default=b"")
    numbers = models.BinaryField(default=b"")
    bloom = models.BinaryField(default=b"")
    cross_keys = models.BinaryField(default=b"", help_text="fingerprint.CrossKeys, originals only.")

    class Meta:
        indexes = [
            models.Index(fields=["published"], name="sketch_published"),
            models.Index(fields=["story_id"], name="sketch_story"),
            models.Index(fields=["copy_of"], name="sketch_copy_of"),
        ]

    def __str__(self) -> str:
        return f"sketch of article {self.article_id}"


class TermStats(models.Model):
    """Document frequencies of hashed word stems, checkpointed by the index."""

    index_id = models.CharField(
        max_length=32, help_text="Names this database's index; its band snapshot must match."
    )
    total = models.BigIntegerField(default=0)
    counts = models.BinaryField(help_text="zstd-compressed uint32 array.")
    saved_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"document frequencies over {self.total} articles"
