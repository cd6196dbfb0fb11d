"""The article page with rich content: HTML body, standfirst, photo, author, update."""

from datetime import UTC, datetime

import pytest

from kiosk.sources.models import Source
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db
BODY_HTML = (
    '<p>The ferry leaves <a href="https://ledger.example/ferry.html" rel="nofollow noopener">'
    "earlier</a>.</p><h2>Tickets</h2><ul><li>Prices are unchanged.</li></ul>"
)


def rich_article(source: Source, **fields):
    defaults = {
        "title": "Ferry timetable changes",
        "body": "The ferry leaves earlier.\n\nTickets\n\n- Prices are unchanged.",
        "body_html": BODY_HTML,
        "lead": "Crossings to Turkmenbashi start an hour sooner from Monday.",
        "author": "Lucy Barnes",
        "image_url": "https://ledger.example/media/ferry.jpg",
        "image_caption": "The ferry at Baku port. Photo: Ledger",
        "published_at": datetime(2026, 11, 24, 7, 0, tzinfo=UTC),
        "modified_at": datetime(2026, 11, 24, 9, 30, tzinfo=UTC),
    }
    return make_article(source, **{**defaults, **fields})


def test_full_text_source_shows_html_body_lead_photo_author_and_update(client):
    article = rich_article(make_source(homepage="https://ledger.example/"))
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<a href="https://ledger.example/ferry.html" rel="nofollow noopener">earlier</a>' in page
    assert "<h2>Tickets</h2>" in page and "<li>Prices are unchanged.</li>" in page
    assert '<p class="article__lead">Crossings to Turkmenbashi' in page
    assert 'src="https://ledger.example/media/ferry.jpg"' in page
    assert 'alt="The ferry at Baku port. Photo: Ledger"' in page
    assert 'loading="lazy"' in page and 'referrerpolicy="no-referrer"' in page
    assert 'width="1200" height="675"' in page
    assert "<figcaption>The ferry at Baku port. Photo: Ledger</figcaption>" in page
    assert "By Lucy Barnes" in page
    assert "Updated 24 November 2026, 13:30" in page  # Asia/Baku


def test_everything_stored_is_escaped_or_sanitised(client):
    article = rich_article(
        make_source(),
        body_html='<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:x()">j</a>',
        lead="<b>lead</b>",
        image_caption='"><script>alert(2)</script>',
        author="<i>Evil</i>",
    )
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "onclick" not in page and "javascript:" not in page
    assert "&lt;b&gt;lead&lt;/b&gt;" in page and "&lt;i&gt;Evil&lt;/i&gt;" in page


def test_excerpt_source_never_shows_the_html_body(client):
    source = make_source(republication=Source.Republication.EXCERPT, excerpt_words=3)
    article = rich_article(source)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<h2>Tickets</h2>" not in page and "ferry.html" not in page
    assert "<p>The ferry leaves …</p>" in page


def test_headline_source_shows_no_lead_nor_photo(client):
    article = rich_article(make_source(republication=Source.Republication.HEADLINE))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Crossings to Turkmenbashi" not in page and "ferry.jpg" not in page


def test_article_stored_before_html_falls_back_to_paragraphs(client):
    article = rich_article(make_source(), body_html="", modified_at=None, lead="", image_url="")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<p>The ferry leaves earlier.</p>" in page
    assert "Updated" not in page and "<figure" not in page


def test_new_strings_are_translated(client):
    article = rich_article(make_source(language="ru"), language="ru")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Автор: Lucy Barnes" in page and "Обновлено:" in page
