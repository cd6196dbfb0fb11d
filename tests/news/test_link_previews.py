"""Link previews, structured data and the edition switch."""

import json
import re

import pytest

from kiosk.news.models import Category
from kiosk.sources.models import Source
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db


def structured_data(page: str) -> dict:
    [script] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(script)


def test_article_page_has_opengraph_twitter_and_news_article_data(client):
    source = make_source(name="Caspian Ledger", homepage="https://ledger.example/")
    article = make_article(
        source,
        title="Ferry timetable changes",
        lead="Morning ferries leave an hour earlier from Monday.",
        author="Aysel Mammadova",
        image_url="https://ledger.example/img/ferry.jpg",
    )

    page = client.get(article.get_absolute_url()).content.decode()

    url = f"http://testserver/en/article/{article.pk}/"
    assert f'<link rel="canonical" href="{url}">' in page
    assert '<meta property="og:title" content="Ferry timetable changes">' in page
    assert '<meta property="og:image" content="https://ledger.example/img/ferry.jpg">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    data = structured_data(page)
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    assert data["isBasedOn"] == article.url and data["mainEntityOfPage"] == url
    assert data["publisher"]["name"] == "Caspian Ledger"
    assert data["author"] == [{"@type": "Person", "name": "Aysel Mammadova"}]
    assert data["description"] == article.lead


def test_structured_data_cannot_break_out_of_its_script(client):
    article = make_article(title="</script><script>alert(1)</script>")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    assert structured_data(page)["headline"].startswith("</script>")


def test_headline_only_source_previews_no_text_or_image(client):
    source = make_source(republication=Source.Republication.HEADLINE)
    article = make_article(source, body="Secret body words.", image_url="https://x.example/a.jpg")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Secret body words" not in page
    assert "og:image" not in page and "og:description" not in page


def test_edition_switch_keeps_the_reader_on_the_same_list(client):
    Category.objects.get(slug="sport")
    page = client.get("/en/category/sport/?page=1").content.decode()
    assert 'href="/ru/category/sport/?page=1" hreflang="ru"' in page
    assert 'href="/az/category/sport/?page=1" hreflang="az"' in page


def test_edition_switch_on_an_article_leads_to_the_other_editions_home(client):
    article = make_article()
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/ru/" hreflang="ru"' in page
