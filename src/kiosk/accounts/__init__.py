"""Accounts: sign-up, login (throttled by django-axes), logout and passwords for readers,
on the editions' own pages. Users are Django's own `auth.User`."""
