"""Moderation: pre- and post-moderation, the staff queue, the admin's actions, bans."""

import pytest
from django.test import override_settings

from kiosk.comments.models import Ban, Comment
from kiosk.comments.selectors import comment_count
from tests.comments.factories import make_comment, make_moderator, make_reader
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@override_settings(KIOSK_COMMENT_MODERATION="pre")
def test_pre_moderation_holds_comments_until_approved(client):
    article = make_article()
    author = make_reader()
    client.force_login(author)
    client.post(f"/en/article/{article.pk}/comments/", {"text": "Waiting for approval"})
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING and comment_count(article.pk) == 0
    own_page = client.get(article.get_absolute_url()).content.decode()
    assert "Waiting for approval" in own_page and "awaiting moderation" in own_page
    client.logout()
    assert "Waiting for approval" not in client.get(article.get_absolute_url()).content.decode()

    client.force_login(make_moderator())
    queue = client.get("/en/comments/moderation/").content.decode()
    assert "Waiting for approval" in queue
    client.post(f"/en/comments/{comment.pk}/moderate/", {"action": "approve"})
    client.logout()
    assert "Waiting for approval" in client.get(article.get_absolute_url()).content.decode()
    assert comment_count(article.pk) == 1


def test_approved_comment_is_not_hidden_again_by_flags(client):
    comment = make_comment(make_article(), make_reader(), "Disliked but fine")
    with override_settings(KIOSK_COMMENT_FLAG_THRESHOLD=1):
        client.force_login(make_reader())
        client.post(f"/en/comments/{comment.pk}/flag/")
        comment.refresh_from_db()
        assert comment.status == Comment.Status.FLAGGED
        client.force_login(make_moderator())
        client.post(f"/en/comments/{comment.pk}/moderate/", {"action": "approve"})
        client.force_login(make_reader())
        client.post(f"/en/comments/{comment.pk}/flag/")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE and comment.flag_count == 2


def test_moderator_removes_and_bans_from_the_queue(client):
    article = make_article()
    spammer = make_reader()
    comment = make_comment(article, spammer, "Spam spam", flag_count=1)
    client.force_login(make_moderator())
    client.post(f"/en/comments/{comment.pk}/moderate/", {"action": "ban"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REMOVED
    assert Ban.objects.filter(user=spammer).exists()
    client.force_login(spammer)
    client.post(f"/en/article/{article.pk}/comments/", {"text": "Spam again"})
    assert Comment.objects.count() == 1


def test_readers_cannot_open_or_use_the_queue(client):
    comment = make_comment(make_article(), make_reader(), "Fine words")
    client.force_login(make_reader())
    assert client.get("/en/comments/moderation/").status_code == 302
    client.post(f"/en/comments/{comment.pk}/moderate/", {"action": "remove"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE


def test_admin_actions_approve_remove_and_ban(client):
    article = make_article()
    keep = make_comment(article, make_reader(), "keep", status=Comment.Status.FLAGGED)
    spammer = make_reader()
    spam = make_comment(article, spammer, "spam")
    client.force_login(make_moderator())
    url = "/admin/comments/comment/"
    assert client.get(url).status_code == 200
    client.post(url, {"action": "approve", "_selected_action": [keep.pk]})
    client.post(url, {"action": "ban_authors", "_selected_action": [spam.pk]})
    keep.refresh_from_db()
    spam.refresh_from_db()
    assert keep.status == Comment.Status.VISIBLE
    assert spam.status == Comment.Status.REMOVED and Ban.objects.filter(user=spammer).exists()
    assert comment_count(article.pk) == 1
