"""Accounts: sign-up and login for readers (issue 8). Not built yet."""
