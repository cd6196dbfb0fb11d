"""Reads of comments: an article's thread, counts for pages and rankings, the queue."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Q, QuerySet

from kiosk.comments.models import Ban, Comment
from kiosk.news.selectors import published_articles

VISIBLE = Comment.Status.VISIBLE


def visible_comments() -> QuerySet[Comment]:
    """What readers see and what counts: visible comments on articles readers can see."""
    return Comment.objects.filter(status=VISIBLE, article__in=published_articles())


def comment_counts(since: datetime) -> dict[int, int]:
    """Visible comments posted since `since`, per article id ("most discussed")."""
    rows = (
        visible_comments()
        .filter(created_at__gte=since)
        .values("article_id")
        .annotate(n=Count("pk"))
        .values_list("article_id", "n")
    )
    return dict(rows)


def comment_count(article_id: int) -> int:
    """The article's visible comments, replies included: the number shown on its page."""
    return Comment.objects.filter(article_id=article_id, status=VISIBLE).count()


def comment_counts_of(article_ids: Iterable[int]) -> dict[int, int]:
    """Visible comments of each listed article (absent: none), in one query for a list."""
    rows = (
        Comment.objects.filter(status=VISIBLE, article_id__in=list(article_ids))
        .values("article_id")
        .annotate(n=Count("pk"))
        .values_list("article_id", "n")
    )
    return dict(rows)


@dataclass
class ThreadItem:
    comment: Comment | None  # None: a removed or deleted comment that still has replies
    replies: list[Comment] = field(default_factory=list)


def article_thread(article_id: int, viewer=None) -> list[ThreadItem]:
    """Top-level comments oldest first, each with its replies. A viewer also sees their
    own comments awaiting moderation; a removed comment with visible replies stays as a
    placeholder so the replies keep their context."""
    shown = Q(status=VISIBLE)
    if viewer is not None and viewer.is_authenticated:
        shown |= Q(status=Comment.Status.PENDING, author=viewer)
    comments = list(
        Comment.objects.filter(article_id=article_id)
        .filter(shown | Q(parent__isnull=True))
        .select_related("author")
        .order_by("created_at", "pk")
    )
    items: dict[int, ThreadItem] = {}
    for comment in comments:
        if comment.parent_id is None:
            items[comment.pk] = ThreadItem(comment)
    for comment in comments:
        if comment.parent_id is not None and comment.parent_id in items:
            items[comment.parent_id].replies.append(comment)
    thread = []
    for item in items.values():
        comment = item.comment
        is_shown = comment.status == VISIBLE or (
            comment.status == Comment.Status.PENDING
            and viewer is not None
            and comment.author_id == viewer.pk
        )
        if not is_shown:
            if not item.replies:
                continue
            item.comment = None
        thread.append(item)
    return thread


def is_banned(user, *, now: datetime) -> bool:
    return Ban.objects.filter(user=user).filter(Q(until__isnull=True) | Q(until__gt=now)).exists()


def moderation_queue() -> QuerySet[Comment]:
    """What waits for a moderator: comments awaiting approval, hidden by flags, or flagged
    but still visible; most flagged first, then oldest."""
    return (
        Comment.objects.filter(
            Q(status__in=[Comment.Status.PENDING, Comment.Status.FLAGGED])
            | Q(status=VISIBLE, flag_count__gt=0, reviewed_at__isnull=True)
        )
        .select_related("author", "article")
        .order_by("-flag_count", "created_at")
    )
