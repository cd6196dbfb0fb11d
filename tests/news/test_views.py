from datetime import UTC, datetime

import pytest

from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_readers_edition(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


def test_edition_home_lists_only_its_language_newest_first(client):
    older = make_article(
        title="Older English story", published_at=datetime(2026, 11, 20, tzinfo=UTC)
    )
    newer = make_article(
        title="Newer English story", published_at=datetime(2026, 11, 23, tzinfo=UTC)
    )
    make_article(make_source(language="ru"), title="Русская новость")
    page = client.get("/en/").content.decode()
    assert page.index(newer.title) < page.index(older.title)
    assert "Русская новость" not in page
    assert "Русская новость" in client.get("/ru/").content.decode()


def test_edition_home_paginates(client, settings):
    settings.KIOSK_PAGE_SIZE = 10
    source = make_source()
    for n in range(13):
        make_article(source, title=f"Story {n:02d}")
    first = client.get("/en/").content.decode()
    second = client.get("/en/?page=2").content.decode()
    assert first.count('class="news-item"') == 10
    assert second.count('class="news-item"') == 3
    assert 'rel="next" href="?page=2"' in first


def test_edition_home_query_count_does_not_grow_with_articles(
    client, django_assert_max_num_queries
):
    source = make_source()
    for _ in range(20):
        make_article(source)
    # The latest list (one per story) and its count, the category menu, the most-read
    # and most-discussed rankings, the breaking stories' arrivals, the headline strip:
    # the same however many articles.
    with django_assert_max_num_queries(7):
        client.get("/en/")


def test_article_page_shows_attribution_source_link_and_times(client):
    source = make_source(name="Caspian Ledger", homepage="https://ledger.example/")
    article = make_article(
        source,
        title="Ferry timetable changes",
        body="The ferry will leave earlier.\n\nTickets are unchanged.",
        published_at=datetime(2026, 11, 24, 7, 0, tzinfo=UTC),
        archived_at=datetime(2026, 11, 24, 11, 5, tzinfo=UTC),
    )
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Kiosk reports, citing Caspian Ledger." in page
    assert f'href="{article.url}"' in page
    assert "<p>The ferry will leave earlier.</p>" in page
    # Times are shown in the portal's time zone (Asia/Baku, UTC+4).
    assert "Published by the source on 24 November 2026, 11:00." in page
    assert "Archived from the source on 24 November 2026, 15:05." in page


def test_attribution_line_follows_the_edition(client):
    az = make_article(make_source(language="az", name="Xəzər Xəbər"))
    ru = make_article(make_source(language="ru", name="Волжский вестник"))
    assert (
        "Kiosk «Xəzər Xəbər» saytına istinadən xəbər verir."
        in client.get(az.get_absolute_url()).content.decode()
    )
    assert (
        "Kiosk сообщает со ссылкой на «Волжский вестник»."
        in client.get(ru.get_absolute_url()).content.decode()
    )


def test_russian_dates_use_the_genitive_month(client):
    article = make_article(
        make_source(language="ru"), archived_at=datetime(2026, 2, 8, 11, 5, tzinfo=UTC)
    )
    assert "8 февраля 2026, 15:05" in client.get(article.get_absolute_url()).content.decode()


def test_article_in_the_wrong_edition_redirects_to_its_own(client):
    article = make_article(make_source(language="az"))
    response = client.get(f"/en/article/{article.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/az/article/{article.pk}/"


def test_unknown_article_is_404(client):
    assert client.get("/en/article/999999/").status_code == 404


def test_titles_and_text_are_escaped(client):
    article = make_article(title="<script>alert(1)</script>", body="<img src=x onerror=alert(1)>")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    assert "<img src=x" not in page
