"""Registering the sample newsroom's outlets as Kiosk sources (marked local)."""

from kiosk.newsroom.generator import Newsroom
from kiosk.newsroom.server import NewsroomServer
from kiosk.sources.models import Source
from kiosk.sources.services import register_source


def register_outlets(newsroom: Newsroom, server: NewsroomServer) -> list[Source]:
    """One source per outlet, pointing at the running server; safe to call again."""
    return [
        register_source(
            slug=outlet.slug,
            name=outlet.name,
            homepage=server.base_urls[outlet.slug] + "/",
            feed_urls=[server.feed_url(outlet.slug)],
            language=outlet.language,
            is_local=True,
        )
        for outlet in newsroom.outlets
    ]
