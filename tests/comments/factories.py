"""Readers and comments for the comment tests."""

import itertools

from django.contrib.auth.models import User

from kiosk.comments.models import Comment

PASSWORD = "a long passphrase 42"
_serial = itertools.count(1)


def make_reader(username: str | None = None, **fields) -> User:
    return User.objects.create_user(
        username or f"reader{next(_serial)}", password=PASSWORD, **fields
    )


def make_moderator(username: str = "moderator") -> User:
    return User.objects.create_user(username, password=PASSWORD, is_staff=True, is_superuser=True)


def make_comment(article, author, text: str | None = None, **fields) -> Comment:
    return Comment.objects.create(
        article=article, author=author, text=text or f"Comment number {next(_serial)}", **fields
    )
