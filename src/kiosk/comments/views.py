"""Readers' comment actions and the moderators' queue. Every action is a POST that
redirects back to the article (CSRF-protected by Django's middleware)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, user_passes_test
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from kiosk.comments import services
from kiosk.comments.forms import CommentForm
from kiosk.comments.models import Comment
from kiosk.comments.selectors import moderation_queue
from kiosk.news.selectors import published_articles


def _back(comment: Comment | None, article) -> HttpResponse:
    url = article.get_absolute_url()
    return redirect(f"{url}#comment-{comment.pk}" if comment else f"{url}#comments")


@require_POST
@login_required
def post(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(published_articles(), pk=pk)
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The comment is empty or too long."))
        return _back(None, article)
    parent = None
    if form.cleaned_data["parent"]:
        parent = get_object_or_404(Comment, pk=form.cleaned_data["parent"], article=article)
    try:
        comment = services.post_comment(
            request.user, article, form.cleaned_data["text"], parent=parent
        )
    except services.CommentRefused as refusal:
        messages.error(request, str(refusal))
        return _back(None, article)
    if comment.status == Comment.Status.PENDING:
        messages.info(
            request, _("Thank you. Your comment will appear once a moderator approves it.")
        )
    return _back(comment, article)


@never_cache
@login_required
def edit(request: HttpRequest, comment_pk: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.select_related("article"), pk=comment_pk, author=request.user
    )
    if request.method == "POST":
        form = CommentForm(request.POST)
        if form.is_valid():
            try:
                services.edit_comment(request.user, comment, form.cleaned_data["text"])
            except services.CommentRefused as refusal:
                messages.error(request, str(refusal))
            else:
                return _back(comment, comment.article)
    elif not services.can_edit(request.user, comment):
        messages.error(request, _("This comment can no longer be edited."))
        return _back(comment, comment.article)
    else:
        form = CommentForm(initial={"text": comment.text})
    return render(request, "comments/edit.html", {"form": form, "comment": comment})


@require_POST
@login_required
def delete(request: HttpRequest, comment_pk: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.select_related("article"), pk=comment_pk, author=request.user
    )
    services.delete_comment(request.user, comment)
    messages.info(request, _("Your comment was deleted."))
    return _back(None, comment.article)


@require_POST
@login_required
def flag(request: HttpRequest, comment_pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=comment_pk)
    try:
        services.flag_comment(request.user, comment)
    except services.CommentRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.info(request, _("Thank you. Moderators will review this comment."))
    return _back(comment, comment.article)


def _is_moderator(user) -> bool:
    return user.is_active and user.is_staff and user.has_perm("comments.change_comment")


@never_cache
@user_passes_test(_is_moderator)
def queue(request: HttpRequest) -> HttpResponse:
    return render(request, "comments/queue.html", {"comments": moderation_queue()[:200]})


@require_POST
@user_passes_test(_is_moderator)
def moderate(request: HttpRequest, comment_pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment, pk=comment_pk)
    action = request.POST.get("action")
    chosen = Comment.objects.filter(pk=comment.pk)
    if action == "approve":
        services.approve_comments(chosen, moderator=request.user)
    elif action == "remove":
        services.remove_comments(chosen, moderator=request.user)
    elif action == "ban":
        services.remove_comments(chosen, moderator=request.user)
        services.ban_user(comment.author, moderator=request.user, reason=f"comment {comment.pk}")
    else:
        return HttpResponse(status=400)
    return redirect("comments:queue")
