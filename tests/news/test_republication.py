"""What readers see of an article follows its source's terms and the editors' takedowns."""

import pytest

from kiosk.crawl.archive import Original
from kiosk.news.republication import shown_text
from kiosk.news.services import archive_original
from kiosk.sources.models import Source
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db
BODY = "One two three four five six.\n\nSeven eight nine ten eleven twelve."


def test_excerpt_stops_at_the_word_limit_across_paragraphs():
    shown = shown_text(BODY.split("\n\n"), policy="excerpt", excerpt_words=8)
    assert shown.paragraphs == ["One two three four five six.", "Seven eight …"]
    assert not shown.complete


def test_an_article_shorter_than_the_excerpt_is_shown_whole():
    shown = shown_text(BODY.split("\n\n"), policy="excerpt", excerpt_words=100)
    assert shown.complete and len(shown.paragraphs) == 2


def test_full_text_source_shows_everything(client):
    article = make_article(body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<p>Seven eight nine ten eleven twelve.</p>" in page
    assert "allows only part" not in page


def test_excerpt_source_shows_the_start_and_sends_readers_to_the_original(client):
    source = make_source(
        name="Careful Times", republication=Source.Republication.EXCERPT, excerpt_words=8
    )
    article = make_article(source, body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<p>Seven eight …</p>" in page and "nine ten" not in page
    assert "Careful Times allows only part of this article to be shown here." in page
    assert f'<a href="{article.url}" rel="noopener">Read the whole article' in page


def test_headline_only_source_shows_no_text(client):
    source = make_source(republication=Source.Republication.HEADLINE)
    article = make_article(source, title="Only the headline", body=BODY)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Only the headline" in page and "One two three" not in page


def test_original_of_a_partial_source_is_for_staff_only(client, admin_client):
    source = make_source(republication=Source.Republication.EXCERPT)
    article = make_article(source, body=BODY)
    capture = archive_original(
        article,
        Original(url=article.url, final_url=article.url, status=200, content=b"<p>whole</p>"),
    )
    url = f"/en/article/{article.pk}/original/{capture.pk}/"
    assert client.get(url).status_code == 403
    assert admin_client.get(url).content == b"<p>whole</p>"


def test_takedown_hides_the_article_everywhere_and_restore_brings_it_back(client, admin_client):
    article = make_article(title="Disputed story", body=BODY)
    capture = archive_original(
        article, Original(url=article.url, final_url=article.url, status=200, content=b"<p>x</p>")
    )
    admin_client.post(
        "/admin/news/article/", {"action": "take_down", "_selected_action": [article.pk]}
    )
    article.refresh_from_db()
    assert article.taken_down_at is not None
    assert "Disputed story" not in client.get("/en/").content.decode()
    for url in (
        article.get_absolute_url(),
        f"/en/article/{article.pk}/archive/",
        f"/en/article/{article.pk}/original/{capture.pk}/",
    ):
        assert client.get(url).status_code == 404
    assert article.captures.count() == 1  # the archive keeps it
    admin_client.post(
        "/admin/news/article/", {"action": "restore", "_selected_action": [article.pk]}
    )
    assert "Disputed story" in client.get("/en/").content.decode()
