"""Shared newsroom fixtures: one generated newsroom and one running server per session."""

from datetime import UTC, datetime

import pytest

from kiosk.newsroom.generator import Newsroom, generate
from kiosk.newsroom.server import NewsroomServer

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


@pytest.fixture(scope="session")
def newsroom() -> Newsroom:
    return generate(1, now=NOW)


@pytest.fixture(scope="session")
def server(newsroom: Newsroom):
    with NewsroomServer(newsroom) as running:
        yield running
