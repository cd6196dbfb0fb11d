"""View counts as they are stored: hourly buckets per article and a running total,
written only by `services.flush_views`, in batches."""

from django.db import models

from kiosk.news.models import Article


class ArticleViewsHour(models.Model):
    """Views of one article counted in one hour (the hour's start, UTC)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="view_hours")
    hour = models.DateTimeField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="views_hour_unique")
        ]
        indexes = [models.Index(fields=["hour", "article"], name="views_hour_window")]

    def __str__(self) -> str:
        return f"{self.article_id} at {self.hour:%Y-%m-%d %H}:00: {self.views}"


class ArticleViews(models.Model):
    """An article's views since it was archived: the count shown on its page."""

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, primary_key=True, related_name="views"
    )
    total = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name_plural = "article views"

    def __str__(self) -> str:
        return f"{self.article_id}: {self.total}"


class RecentView(models.Model):
    """When a visitor's view of an article was last counted (a 64-bit digest of the pair,
    never the visitor itself). The memory buffer de-duplicates within its own process;
    this table does it across processes at flush time. Rows older than the
    de-duplication window are deleted by the flush."""

    key = models.BigIntegerField(primary_key=True)
    seen_at = models.BigIntegerField(help_text="Unix seconds.", db_index=True)

    def __str__(self) -> str:
        return f"{self.key:x} at {self.seen_at}"


class ViewBatch(models.Model):
    """A flushed Redis batch, recorded in the flush's own transaction: a batch left in
    Redis by a flush that died after its commit is recognised and never counted twice."""

    id = models.CharField(max_length=32, primary_key=True)
    flushed_at = models.DateTimeField(auto_now_add=True)
    views = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"batch {self.id}: {self.views}"
