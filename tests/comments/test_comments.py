"""Comments on the article page: posting, replies, editing, deleting, flagging."""

from datetime import timedelta

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone

from kiosk.comments.models import Comment
from kiosk.comments.selectors import comment_count, comment_counts, comment_counts_of
from tests.comments.factories import make_comment, make_reader
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def post(client, article, text, **extra):
    return client.post(f"/en/article/{article.pk}/comments/", {"text": text, **extra})


def test_guest_sees_log_in_to_comment_and_an_invitation(client):
    article = make_article()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Log in to comment" in page
    assert "No comments yet. Be the first to comment." in page
    assert "<textarea" not in page and "csrfmiddlewaretoken" not in page


def test_reader_posts_and_sees_the_comment_at_once(client):
    article = make_article()
    client.force_login(make_reader("alice"))
    response = post(client, article, "A thoughtful remark.")
    assert response.status_code == 302 and "#comment-" in response["Location"]
    page = client.get(article.get_absolute_url()).content.decode()
    assert "A thoughtful remark." in page and "1 comment" in page
    assert "No comments yet" not in page


def test_replies_are_one_level_deep(client):
    article = make_article()
    author = make_reader()
    top = make_comment(article, author, "Top")
    reply = make_comment(article, author, "Reply", parent=top)
    client.force_login(make_reader())
    post(client, article, "Reply to the reply", parent=reply.pk)
    newest = Comment.objects.latest("pk")
    assert newest.parent_id == top.pk
    page = client.get(article.get_absolute_url()).content.decode()
    assert page.index("Top") < page.index("Reply to the reply")


def test_author_edits_within_ten_minutes_only(client):
    article = make_article()
    alice = make_reader()
    client.force_login(alice)
    with time_machine.travel("2026-11-25 10:00 +0000", tick=False):
        post(client, article, "First wording.")
    comment = Comment.objects.get()
    with time_machine.travel("2026-11-25 10:09 +0000", tick=False):
        client.post(f"/en/comments/{comment.pk}/edit/", {"text": "Second wording."})
    comment.refresh_from_db()
    assert comment.text == "Second wording." and comment.edited_at is not None
    with time_machine.travel("2026-11-25 10:11 +0000", tick=False):
        client.post(f"/en/comments/{comment.pk}/edit/", {"text": "Third wording."})
        assert client.get(f"/en/comments/{comment.pk}/edit/").status_code == 302
    comment.refresh_from_db()
    assert comment.text == "Second wording."


def test_author_deletes_their_comment_and_replies_keep_a_placeholder(client):
    article = make_article()
    alice = make_reader()
    top = make_comment(article, alice, "Doomed words")
    make_comment(article, make_reader(), "An answer", parent=top)
    client.force_login(alice)
    client.post(f"/en/comments/{top.pk}/delete/")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Doomed words" not in page
    assert "no longer available" in page and "An answer" in page
    assert comment_count(article.pk) == 1


def test_flags_from_enough_readers_hide_a_comment_pending_review(client):
    article = make_article()
    comment = make_comment(article, make_reader(), "Contested")
    with override_settings(KIOSK_COMMENT_FLAG_THRESHOLD=2):
        for _ in range(2):
            client.force_login(make_reader())
            client.post(f"/en/comments/{comment.pk}/flag/")
            client.post(
                f"/en/comments/{comment.pk}/flag/"
            )  # a second flag by one reader counts once
    comment.refresh_from_db()
    assert comment.flag_count == 2 and comment.status == Comment.Status.FLAGGED
    client.logout()
    assert "Contested" not in client.get(article.get_absolute_url()).content.decode()


def test_no_one_flags_their_own_comment(client):
    alice = make_reader()
    comment = make_comment(make_article(), alice)
    client.force_login(alice)
    client.post(f"/en/comments/{comment.pk}/flag/")
    comment.refresh_from_db()
    assert comment.flag_count == 0


def test_counts_are_exact_and_only_of_visible_comments():
    first, second, hidden = (
        make_article(),
        make_article(),
        make_article(taken_down_at=timezone.now()),
    )
    reader = make_reader()
    now = timezone.now()
    make_comment(first, reader, "one")
    make_comment(first, reader, "two")
    make_comment(first, reader, "old", created_at=now - timedelta(days=3))
    make_comment(first, reader, "gone", status=Comment.Status.REMOVED)
    make_comment(first, reader, "waiting", status=Comment.Status.PENDING)
    make_comment(second, reader, "three")
    make_comment(hidden, reader, "on a taken-down article")
    assert comment_counts(now - timedelta(days=1)) == {first.pk: 2, second.pk: 1}
    assert comment_count(first.pk) == 3
    assert comment_counts_of([first.pk, second.pk, hidden.pk + 1]) == {first.pk: 3, second.pk: 1}


def test_the_article_page_shows_the_count(client):
    article = make_article()
    reader = make_reader()
    for n in range(3):
        make_comment(article, reader, f"remark {n}")
    assert "3 comments" in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("edition", "count", "heading"),
    [
        ("ru", 1, "1 комментарий"),
        ("ru", 3, "3 комментария"),
        ("ru", 5, "5 комментариев"),
        ("az", 3, "3 şərh"),
        ("en", 1, "1 comment"),
    ],
)
def test_the_count_is_in_the_editions_language(client, edition, count, heading):
    from tests.factories import make_source

    article = make_article(make_source(language=edition))
    reader = make_reader()
    for n in range(count):
        make_comment(article, reader, f"remark {n}")
    page = client.get(article.get_absolute_url()).content.decode()
    assert f">{heading}</h2>" in page


def test_guest_invitation_is_translated(client):
    from tests.factories import make_source

    article = make_article(make_source(language="az"))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Şərh yazmaq üçün daxil olun" in page and "Hələ şərh yoxdur" in page
