"""What readers and editors see: the most-read block, its page and feed, the dashboard."""

import time

import pytest
from django.contrib.auth.models import User

from kiosk.readership.buffer import get_buffer
from kiosk.readership.services import flush_views
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db


def read(article, count):
    for n in range(count):
        get_buffer().record(f"{article.pk:016x}{n:016x}", article.pk, time.time())


def test_the_home_page_shows_most_read_with_time_and_count(client):
    popular = make_article(title="Popular story")
    read(popular, 7)
    flush_views()

    page = client.get("/en/").content.decode()

    block = page[page.index('class="most-read"') :]
    assert "Popular story" in block
    assert "7 views" in block
    assert "<time" in block
    assert "?window=48h" in block and "?window=7d" in block


def test_the_most_read_page_switches_windows(client):
    make_article(title="Anything")

    response = client.get("/ru/most-read/?window=7d")
    wrong = client.get("/ru/most-read/?window=forever")

    assert response.status_code == 200 and wrong.status_code == 200
    assert 'aria-current="page">7' in response.content.decode()


def test_the_most_read_feed_lists_the_edition(client):
    source = make_source(language="az")
    article = make_article(source, title="Ən çox oxunan")
    read(article, 2)
    flush_views()

    feed = client.get("/az/most-read/feed.rss")

    assert feed.status_code == 200
    assert "Ən çox oxunan" in feed.content.decode()


def test_the_dashboard_is_for_staff_and_draws_svg(client):
    source = make_source(name="Loud & <Broken>", error_streak=4, last_error="HTTP 503")
    article = make_article(source, title="Counted")
    read(article, 3)
    flush_views()

    anonymous = client.get("/dashboard/")
    staff = User.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    page = client.get("/dashboard/").content.decode()

    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" viewBox') == 2
    assert "Loud &amp; &lt;Broken&gt;" in page and "<Broken>" not in page
    assert "HTTP 503" in page
    assert "Counted" in page
