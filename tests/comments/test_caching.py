"""Comments and the page cache: anonymous readers see new comments on their next
request; authors, who carry a session, always get a fresh page; no cached page ever
holds a form or a CSRF token."""

import pytest

from kiosk.comments.models import Comment
from tests.comments.factories import make_comment, make_reader
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_anonymous_cached_page_shows_a_new_comment_on_the_next_request(client):
    article = make_article()
    first = client.get(article.get_absolute_url())
    assert "ETag" in first  # from the page cache from now on
    make_comment(article, make_reader(), "Fresh remark")
    page = client.get(article.get_absolute_url())
    assert "Fresh remark" in page.content.decode() and "1 comment" in page.content.decode()
    assert page["ETag"] != first["ETag"]


def test_moderators_decisions_reach_the_cached_page(client):
    from kiosk.comments.services import remove_comments

    article = make_article()
    comment = make_comment(article, make_reader(), "Soon removed")
    assert "Soon removed" in client.get(article.get_absolute_url()).content.decode()
    remove_comments(Comment.objects.filter(pk=comment.pk), moderator=None)
    assert "Soon removed" not in client.get(article.get_absolute_url()).content.decode()


def test_author_sees_their_comment_right_after_posting(client):
    article = make_article()
    client.get(article.get_absolute_url())  # a cached copy exists
    client.force_login(make_reader())
    response = client.post(f"/en/article/{article.pk}/comments/", {"text": "My words"}, follow=True)
    assert "My words" in response.content.decode()
    assert "ETag" not in response  # rendered for this reader, not from the cache


def test_account_pages_with_forms_are_never_cached(client):
    for url in ("/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/reset/"):
        client.cookies.clear()
        first = client.get(url)
        assert "csrfmiddlewaretoken" in first.content.decode()
        assert "ETag" not in first and "no-store" in first["Cache-Control"]
        # Even a guest who already holds a CSRF cookie gets a page of their own.
        second = client.get(url)
        assert "ETag" not in second


def test_a_logged_in_readers_page_with_forms_is_never_stored(client):
    article = make_article()
    client.force_login(make_reader())
    assert "csrfmiddlewaretoken" in client.get(article.get_absolute_url()).content.decode()
    client.logout()
    client.cookies.clear()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "csrfmiddlewaretoken" not in page and "Log in to comment" in page


def test_the_page_cache_never_stores_a_private_page():
    from django.http import HttpResponse

    from kiosk.news.caching import PageCache

    pages = PageCache()
    entry = pages.entry(method="GET", path="/en/accounts/login/", query="", cookies={})
    private = HttpResponse(b"<form>one reader's token</form>")
    private["Cache-Control"] = "max-age=0, no-cache, no-store, must-revalidate, private"
    pages.store(entry, private)
    assert pages.get(entry) is None
    pages.store(entry, HttpResponse(b"public page"))
    assert pages.get(entry) is not None
