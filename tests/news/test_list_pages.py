"""Latest, category, source and about pages, and errors in the reader's edition."""

import pytest
from django.utils import translation

from kiosk.news.models import Category
from kiosk.news.views import server_error
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db


def test_category_page_lists_only_that_category_and_links_its_feeds(client):
    sport = Category.objects.get(slug="sport")
    make_article(title="Cup final tonight", category=sport)
    make_article(title="Budget passed")

    page = client.get("/en/category/sport/").content.decode()

    assert "Cup final tonight" in page and "Budget passed" not in page
    assert f'<h1 class="page-title">{sport.name_en}</h1>' in page
    assert 'href="/en/category/sport/feed.rss"' in page


def test_category_menu_is_in_the_editions_language(client):
    politics = Category.objects.get(slug="politics")
    page = client.get("/az/").content.decode()
    assert f'<a href="/az/category/politics/">{politics.name_az}</a>' in page


def test_source_page_lists_its_articles_in_the_edition(client):
    gazette = make_source(slug="gazette", name="Harbour Gazette")
    make_article(gazette, title="Harbour news")
    make_article(title="Someone else's news")

    page = client.get("/en/source/gazette/").content.decode()

    assert "Harbour Gazette" in page and "Harbour news" in page
    assert "Someone else" not in page


def test_latest_page_paginates(client, settings):
    settings.KIOSK_PAGE_SIZE = 5
    source = make_source()
    for n in range(7):
        make_article(source, title=f"Story {n}")
    assert client.get("/en/latest/?page=2").content.decode().count('class="news-item"') == 2


def test_list_pages_query_count_does_not_grow(client, django_assert_max_num_queries):
    source = make_source(slug="busy")
    politics = Category.objects.get(slug="politics")
    for _ in range(25):
        make_article(source, category=politics)
    for url in ("/en/latest/", "/en/category/politics/", "/en/source/busy/"):
        with django_assert_max_num_queries(5):
            assert client.get(url).status_code == 200


def test_about_page_names_the_sources(client):
    make_source(name="Caspian Ledger")
    page = client.get("/ru/about/").content.decode()
    assert "Caspian Ledger" in page and '<html lang="ru">' in page


def test_not_found_page_speaks_the_editions_language(client, settings):
    settings.DEBUG = False
    response = client.get("/ru/category/no-such-section/")
    assert response.status_code == 404
    assert "Страница не найдена" in response.content.decode()


def test_server_error_page_is_in_the_editions_language(rf):
    with translation.override("az"):
        response = server_error(rf.get("/az/"))
    assert response.status_code == 500
    assert "Xəta baş verdi" in response.content.decode()
