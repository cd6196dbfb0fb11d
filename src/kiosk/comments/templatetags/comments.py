"""`{% comment_section article %}`: the comments block of the article page.

Anonymous readers get the list and a "log in to comment" link, never a form: their page
is cached and shared, and a form would carry one reader's CSRF token to everyone."""

from django import template
from django.conf import settings
from django.utils import timezone

from kiosk.comments.forms import CommentForm
from kiosk.comments.selectors import article_thread, comment_count, is_banned
from kiosk.comments.services import can_edit
from kiosk.comments.text import render_comment

register = template.Library()


@register.inclusion_tag("comments/section.html", takes_context=True)
def comment_section(context, article) -> dict:
    request = context["request"]
    user = request.user if hasattr(request, "user") else None
    logged_in = user is not None and user.is_authenticated
    thread = article_thread(article.pk, viewer=user if logged_in else None)
    return {
        "article": article,
        "thread": thread,
        "count": comment_count(article.pk),
        "user": user,
        "logged_in": logged_in,
        "banned": logged_in and is_banned(user, now=timezone.now()),
        "form": CommentForm() if logged_in else None,
        "next": request.get_full_path(),
        "pre_moderation": settings.KIOSK_COMMENT_MODERATION == "pre",
    }


@register.filter
def comment_html(text: str):
    return render_comment(text)


@register.filter
def editable_by(comment, user) -> bool:
    return user is not None and can_edit(user, comment)
