"""Writes of comments: posting with its spam and rate checks, editing, deleting,
flagging, and moderators' decisions. Each refusal is a `CommentRefused` whose message is
shown to the reader as it is."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kiosk.comments.models import Ban, Comment, Flag
from kiosk.comments.selectors import is_banned
from kiosk.comments.text import clean_text, find_links, normalized_for_duplicates
from kiosk.news.caching import mark_content_changed

MIN_LENGTH = 2
# A reader posting the same words again inside this window is repeating, not discussing.
DUPLICATE_WINDOW = timedelta(hours=24)


class CommentRefused(Exception):
    """A comment cannot be posted or changed; the message says why, for the reader."""


def _check_author(user, now: datetime) -> None:
    if not user.is_authenticated:
        raise CommentRefused(_("Log in to comment."))
    if not user.is_active or is_banned(user, now=now):
        raise CommentRefused(_("You are not allowed to comment."))


def _checked_text(text: str, *, author, exclude_pk: int | None = None, now: datetime) -> str:
    text = clean_text(text)
    limit = settings.KIOSK_COMMENT_MAX_LENGTH
    if len(text) < MIN_LENGTH:
        raise CommentRefused(_("The comment is empty."))
    if len(text) > limit:
        raise CommentRefused(
            ngettext(
                "A comment can be at most %(limit)d character long.",
                "A comment can be at most %(limit)d characters long.",
                limit,
            )
            % {"limit": limit}
        )
    most = settings.KIOSK_COMMENT_MAX_LINKS
    if len(find_links(text)) > most:
        raise CommentRefused(
            ngettext(
                "A comment can contain at most %(most)d link.",
                "A comment can contain at most %(most)d links.",
                most,
            )
            % {"most": most}
        )
    words = normalized_for_duplicates(text)
    recent = Comment.objects.filter(author=author, created_at__gte=now - DUPLICATE_WINDOW)
    if exclude_pk is not None:
        recent = recent.exclude(pk=exclude_pk)
    if any(normalized_for_duplicates(t) == words for t in recent.values_list("text", flat=True)):
        raise CommentRefused(_("You have already posted this text."))
    return text


def _check_rate(user, now: datetime) -> None:
    window = timedelta(seconds=settings.KIOSK_COMMENT_RATE_WINDOW)
    posted = Comment.objects.filter(author=user, created_at__gte=now - window).count()
    if posted >= settings.KIOSK_COMMENT_RATE_LIMIT and not user.is_staff:
        raise CommentRefused(_("You are commenting too often. Please wait a few minutes."))


def post_comment(user, article, text: str, *, parent: Comment | None = None) -> Comment:
    """A new comment (or a reply to a top-level one) by a logged-in, unbanned reader;
    visible at once under post-moderation, awaiting approval under pre-moderation."""
    now = timezone.now()
    _check_author(user, now)
    if parent is not None:
        if parent.article_id != article.pk or parent.status != Comment.Status.VISIBLE:
            raise CommentRefused(_("This comment cannot be replied to."))
        # One level deep: a reply to a reply joins its parent's thread.
        if parent.parent_id is not None:
            parent = parent.parent
    with transaction.atomic():
        _check_rate(user, now)
        text = _checked_text(text, author=user, now=now)
        pre = settings.KIOSK_COMMENT_MODERATION == "pre" and not user.is_staff
        return Comment.objects.create(
            article=article,
            author=user,
            parent=parent,
            text=text,
            status=Comment.Status.PENDING if pre else Comment.Status.VISIBLE,
            created_at=now,
        )


def can_edit(user, comment: Comment, *, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    window = timedelta(minutes=settings.KIOSK_COMMENT_EDIT_MINUTES)
    return (
        user.is_authenticated
        and comment.author_id == user.pk
        and comment.status in (Comment.Status.VISIBLE, Comment.Status.PENDING)
        and now - comment.created_at <= window
    )


def edit_comment(user, comment: Comment, text: str) -> Comment:
    """The author's correction, inside the edit window; re-reviewed under pre-moderation."""
    now = timezone.now()
    _check_author(user, now)
    if not can_edit(user, comment, now=now):
        raise CommentRefused(_("This comment can no longer be edited."))
    comment.text = _checked_text(text, author=user, exclude_pk=comment.pk, now=now)
    comment.edited_at = now
    if settings.KIOSK_COMMENT_MODERATION == "pre" and not user.is_staff:
        comment.status = Comment.Status.PENDING
    comment.save(update_fields=["text", "edited_at", "status"])
    return comment


def delete_comment(user, comment: Comment) -> None:
    """The author takes their comment back; its replies stay, under a placeholder."""
    if not user.is_authenticated or comment.author_id != user.pk:
        raise CommentRefused(_("You can delete only your own comments."))
    if comment.status in (Comment.Status.DELETED, Comment.Status.REMOVED):
        return
    comment.status = Comment.Status.DELETED
    comment.save(update_fields=["status"])


def flag_comment(user, comment: Comment) -> bool:
    """A reader reports someone else's comment; at the threshold it is hidden until a
    moderator reviews it (unless a moderator already approved it). True when counted."""
    now = timezone.now()
    _check_author(user, now)
    if comment.author_id == user.pk:
        raise CommentRefused(_("You cannot flag your own comment."))
    if comment.status != Comment.Status.VISIBLE:
        return False
    try:
        with transaction.atomic():
            Flag.objects.create(comment=comment, user=user, created_at=now)
            Comment.objects.filter(pk=comment.pk).update(flag_count=F("flag_count") + 1)
    except IntegrityError:
        return False  # flagged by this reader already
    comment.refresh_from_db(fields=["flag_count"])
    threshold = settings.KIOSK_COMMENT_FLAG_THRESHOLD
    if comment.reviewed_at is None and comment.flag_count >= threshold:
        comment.status = Comment.Status.FLAGGED
        comment.save(update_fields=["status"])
    return True


def approve_comments(comments, *, moderator) -> int:
    """Shown (again), and no longer hidden by flags alone."""
    n = comments.exclude(status=Comment.Status.DELETED).update(
        status=Comment.Status.VISIBLE, reviewed_at=timezone.now(), reviewed_by=moderator
    )
    mark_content_changed()
    return n


def remove_comments(comments, *, moderator) -> int:
    n = comments.exclude(status=Comment.Status.DELETED).update(
        status=Comment.Status.REMOVED, reviewed_at=timezone.now(), reviewed_by=moderator
    )
    mark_content_changed()
    return n


def ban_user(user, *, moderator, reason: str = "", until: datetime | None = None) -> Ban:
    """The reader may no longer post, edit or flag; their comments waiting for review and
    hidden by flags are removed (what they already posted otherwise stays)."""
    ban, _created = Ban.objects.update_or_create(
        user=user, defaults={"reason": reason, "until": until, "banned_by": moderator}
    )
    remove_comments(
        Comment.objects.filter(
            author=user, status__in=[Comment.Status.PENDING, Comment.Status.FLAGGED]
        ),
        moderator=moderator,
    )
    return ban
