"""The Source model: a news site, its feed, and when it is next due."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


class Source(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    homepage = models.URLField(max_length=2000)
    feed_url = models.URLField(max_length=2000, help_text="RSS or Atom feed of the site.")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    is_local = models.BooleanField(
        default=False,
        help_text="Allow fetching loopback and private addresses. Only for sources on this "
        "machine or network, such as the sample newsroom.",
    )
    is_active = models.BooleanField(default=True)
    fetch_interval = models.DurationField(default=timedelta(minutes=15))
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    next_fetch_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def is_due(self, now) -> bool:
        return self.is_active and (self.next_fetch_at is None or self.next_fetch_at <= now)
