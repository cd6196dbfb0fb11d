"""Accounts in the editions: sign-up, login (throttled), logout, passwords."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail

from tests.comments.factories import PASSWORD, make_reader

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("edition", ["az", "ru", "en"])
def test_account_pages_exist_in_every_edition(client, edition):
    for page in ("login", "signup", "reset"):
        response = client.get(f"/{edition}/accounts/{page}/")
        assert response.status_code == 200
        assert f'<html lang="{edition}">' in response.content.decode()


def test_sign_up_logs_the_reader_in_and_returns_to_the_article(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "username": "newreader",
            "email": "",
            "password1": "Quiet harbour 1984",
            "password2": "Quiet harbour 1984",
            "next": "/en/article/1/#comments",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/en/article/1/#comments"
    assert User.objects.get(username="newreader").email == ""
    home = client.get("/en/").content.decode()
    assert "newreader" in home and "Log out" in home


def test_sign_up_applies_the_password_validators(client):
    response = client.post(
        "/en/accounts/signup/",
        {"username": "weak", "password1": "12345678", "password2": "12345678"},
    )
    assert response.status_code == 200 and not User.objects.filter(username="weak").exists()
    assert "too common" in response.content.decode()


def test_sign_up_never_redirects_elsewhere(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "username": "newreader",
            "password1": "Quiet harbour 1984",
            "password2": "Quiet harbour 1984",
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/en/"


def test_log_in_and_out(client):
    make_reader("alice")
    response = client.post("/en/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert "alice" in client.get("/en/").content.decode()
    client.post("/en/accounts/logout/")
    page = client.get("/en/").content.decode()
    assert "alice" not in page and "Log in" in page


def test_masthead_shows_log_in_and_sign_up_to_guests(client):
    page = client.get("/ru/").content.decode()
    assert 'href="/ru/accounts/login/"' in page and 'href="/ru/accounts/signup/"' in page


def test_change_password(client):
    reader = make_reader("alice")
    client.force_login(reader)
    response = client.post(
        "/en/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "Another long phrase 7",
            "new_password2": "Another long phrase 7",
        },
    )
    assert response.status_code == 302
    reader.refresh_from_db()
    assert reader.check_password("Another long phrase 7")


def test_reset_by_email(client):
    make_reader("alice", email="alice@example.com")
    client.post("/az/accounts/reset/", {"email": "alice@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/az/accounts/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Fresh start 2026 ok", "new_password2": "Fresh start 2026 ok"},
    )
    assert response.status_code == 302
    assert User.objects.get(username="alice").check_password("Fresh start 2026 ok")


def test_login_throttling_locks_out_guessing_then_cools_off(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_reader("alice")
    with time_machine.travel("2026-11-25 10:00 +0000", tick=False) as clock:
        for guess in ("guess1", "guess2", "guess3"):
            client.post("/en/accounts/login/", {"username": "alice", "password": guess})
        locked = client.post("/en/accounts/login/", {"username": "alice", "password": PASSWORD})
        assert locked.status_code == 429
        assert "Too many failed logins" in locked.content.decode()
        assert "_auth_user_id" not in client.session
        clock.shift(timedelta(minutes=16))
        response = client.post("/en/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_locked_out_page_is_in_the_editions_language(client, settings):
    settings.AXES_FAILURE_LIMIT = 1
    make_reader("alice")
    client.post("/ru/accounts/login/", {"username": "alice", "password": "wrong"})
    locked = client.post("/ru/accounts/login/", {"username": "alice", "password": "wrong"})
    assert locked.status_code == 429 and '<html lang="ru">' in locked.content.decode()
