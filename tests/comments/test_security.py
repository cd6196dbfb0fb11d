"""Comments under attack: CSRF, script injection, disguised links, other people's
comments, banned and logged-out posters, rate and spam limits."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.test import Client, override_settings
from django.utils import timezone

from kiosk.comments.models import Ban, Comment
from kiosk.comments.text import render_comment
from tests.comments.factories import make_comment, make_reader
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def post(client, article, text, **extra):
    return client.post(f"/en/article/{article.pk}/comments/", {"text": text, **extra})


def test_posting_without_a_csrf_token_is_refused():
    article = make_article()
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_reader())
    response = post(client, article, "Forged from another site")
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_posting_with_the_pages_csrf_token_works():
    article = make_article()
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_reader())
    page = client.get(article.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = post(client, article, "Posted from the page", csrfmiddlewaretoken=token)
    assert response.status_code == 302 and Comment.objects.count() == 1


def test_delete_flag_and_logout_need_the_csrf_token_too():
    alice = make_reader()
    comment = make_comment(make_article(), alice)
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post(f"/en/comments/{comment.pk}/delete/").status_code == 403
    assert client.post("/en/accounts/logout/").status_code == 403
    comment.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE


XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(document.cookie)",
    '"><svg onload=alert(1)>',
    'http://example.com/"onmouseover="alert(1)',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]


@pytest.mark.parametrize("payload", XSS)
def test_script_payloads_are_shown_as_text(client, payload):
    article = make_article()
    make_comment(article, make_reader(), f"Look: {payload}")
    page = client.get(article.get_absolute_url()).content.decode()
    section = page[page.index('id="comments"') :]
    assert "<script>" not in section and "<svg" not in section and "<img" not in section
    assert not re.search(r"<[^>]+\son\w+=", section)
    assert 'href="javascript:' not in section.lower()


def test_links_are_clickable_with_nofollow_ugc():
    html = render_comment("See https://example.com/a?b=1&c=2. And http://x.example/")
    assert '<a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc">' in html
    assert '<a href="http://x.example/" rel="nofollow ugc">' in html
    assert html.count("<a ") == 2


def test_only_http_links_become_links():
    html = render_comment("javascript:alert(1) data:text/html,<b>x</b> ftp://files.example/")
    assert "<a " not in html and "<b>" not in html


def test_right_to_left_overrides_and_invisible_characters_are_dropped():
    html = render_comment("harmless\u202egpj.exe and zero\u200bwidth \u2066isolate\u2069")
    assert "\u202e" not in html and "\u200b" not in html and "\u2066" not in html
    assert "harmlessgpj.exe" in html


def test_look_alike_domains_are_shown_in_punycode():
    # "pаypal" with a Cyrillic а: shown and linked as its ASCII form, not as PayPal.
    html = render_comment("Log in at https://p\u0430ypal.com/login")
    assert "xn--" in html and "p\u0430ypal" not in html
    assert '<a href="https://xn--pypal-4ve.com/login" rel="nofollow ugc">' in html


def test_one_reader_cannot_edit_or_delete_anothers_comment(client):
    comment = make_comment(make_article(), make_reader(), "Mine, not yours")
    client.force_login(make_reader())
    assert (
        client.post(f"/en/comments/{comment.pk}/edit/", {"text": "Vandalised"}).status_code == 404
    )
    assert client.get(f"/en/comments/{comment.pk}/edit/").status_code == 404
    assert client.post(f"/en/comments/{comment.pk}/delete/").status_code == 404
    comment.refresh_from_db()
    assert comment.text == "Mine, not yours" and comment.status == Comment.Status.VISIBLE


def test_logged_out_reader_cannot_post(client):
    article = make_article()
    response = post(client, article, "Anonymous words")
    assert response.status_code == 302 and "/en/accounts/login/" in response["Location"]
    assert not Comment.objects.exists()


def test_banned_reader_cannot_post_and_is_told(client):
    article = make_article()
    reader = make_reader()
    Ban.objects.create(user=reader, reason="spam")
    client.force_login(reader)
    response = post(client, article, "Still here")
    assert not Comment.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "You are not allowed to comment." in page and "<textarea" not in page


def test_a_ban_with_an_end_ends():
    from kiosk.comments.services import post_comment

    article = make_article()
    reader = make_reader()
    Ban.objects.create(user=reader, until=timezone.now() + timedelta(days=1))
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        post_comment(reader, article, "Back again")
    assert Comment.objects.count() == 1


@override_settings(KIOSK_COMMENT_RATE_LIMIT=3, KIOSK_COMMENT_RATE_WINDOW=600)
def test_rate_limit_holds_until_the_window_passes(client):
    article = make_article()
    client.force_login(make_reader())
    with time_machine.travel("2026-11-25 10:00 +0000", tick=False) as clock:
        for n in range(5):
            post(client, article, f"Remark number {n}")
        assert Comment.objects.count() == 3
        clock.shift(timedelta(minutes=9))
        post(client, article, "Still too soon")
        assert Comment.objects.count() == 3
        clock.shift(timedelta(minutes=2))
        post(client, article, "After the window")
    assert Comment.objects.count() == 4


def test_the_same_text_twice_is_refused(client):
    first, second = make_article(), make_article()
    client.force_login(make_reader())
    post(client, first, "Buy cheap watches now")
    post(client, second, "buy  CHEAP watches now!")
    assert Comment.objects.count() == 1


@override_settings(KIOSK_COMMENT_MAX_LINKS=2)
def test_too_many_links_are_refused(client):
    article = make_article()
    client.force_login(make_reader())
    post(client, article, "http://a.example http://b.example http://c.example")
    assert not Comment.objects.exists()
    post(client, article, "Two sources: http://a.example and http://b.example")
    assert Comment.objects.count() == 1


@override_settings(KIOSK_COMMENT_MAX_LENGTH=50)
def test_length_limits(client):
    article = make_article()
    client.force_login(make_reader())
    post(client, article, "x" * 51)
    post(client, article, " ")
    assert not Comment.objects.exists()
    post(client, article, "y" * 50)
    assert Comment.objects.count() == 1
