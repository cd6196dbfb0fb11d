"""Comments, readers' flags on them, and bans."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting moderation")
        VISIBLE = "visible", _("visible")
        FLAGGED = "flagged", _("hidden pending review")
        REMOVED = "removed", _("removed by a moderator")
        DELETED = "deleted", _("deleted by its author")

    article = models.ForeignKey("news.Article", on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments"
    )
    # Replies are one level deep: a reply's parent is always a top-level comment.
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    text = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.VISIBLE)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    # Set when a moderator approved it: flags no longer hide it on their own.
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    flag_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["article", "status"]),
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["author", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.author} on {self.article_id}: {self.text[:40]}"

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#comment-{self.pk}"

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.VISIBLE


class Flag(models.Model):
    """One reader's report of a comment; one per reader and comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="one_flag_per_reader")
        ]

    def __str__(self) -> str:
        return f"flag by {self.user_id} on comment {self.comment_id}"


class Ban(models.Model):
    """A reader who may not post, flag or edit comments (until `until`, or for good)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_ban"
    )
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    until = models.DateTimeField(null=True, blank=True)
    banned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    def __str__(self) -> str:
        return f"ban of {self.user}"
