"""A reader's journey through the portal in a real browser, with screenshots."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe

from kiosk.news.models import Category
from kiosk.stories.services import place_stored_articles
from tests.factories import BASE_TIME, RAILWAY_RETOLD, make_article, make_source

# Transactional (the live server reads from its own thread); the categories the
# migrations seed are restored after each test for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PARAGRAPHS = (
    "The regional council approved a new timetable for the ferries that cross the bay, "
    "with the first boat leaving an hour earlier from Monday.",
    "Commuters had asked for the change for two years, and the operator said two more "
    "crews would be hired to keep the evening service as it is.",
)


RAILWAY = (
    "The national railway opened the new line between the capital and the northern "
    "port on Monday, cutting the journey from nine hours to five and a half.\n\n"
    "Twelve trains a day will run in each direction from December, the operator said, "
    "and tickets go on sale at stations and online from Thursday morning."
)


@pytest.fixture
def newsroom_data(settings):
    """Enough articles in two editions for pagination, written before the browser starts
    (Playwright's event loop and Django's database calls do not share a thread)."""
    settings.KIOSK_PAGE_SIZE = 10
    economy = Category.objects.get(slug="economy")
    ledger = make_source(slug="ledger", name="Caspian Ledger", language="en")
    vestnik = make_source(slug="vestnik", name="Бакинский вестник", language="ru")
    for n in range(24):
        make_article(
            ledger,
            title=f"Ferry timetable changes, report {n}",
            body="\n\n".join(PARAGRAPHS),
            category=economy,
            published_at=BASE_TIME - timedelta(hours=n),
        )
    make_article(vestnik, title="Паромы начнут ходить раньше", body="\n\n".join(PARAGRAPHS))
    # One story carried by two sources: the newest entry of the English edition.
    herald = make_source(slug="herald", name="Northern Herald", language="en")
    original = make_article(
        herald, title="New railway line opens", body=RAILWAY, published_at=BASE_TIME
    )
    copy = make_article(
        ledger,
        title="Railway line to the port opens",
        body="Caspian Ledger, citing Northern Herald, reports.\n\n" + RAILWAY,
        published_at=BASE_TIME + timedelta(minutes=30),
    )
    # ...and retold in its own words by a third, which credits the first.
    gazette = make_source(slug="gazette", name="Harbour Gazette", language="en")
    retold = make_article(
        gazette,
        title="Railway to the northern port opens",
        body=RAILWAY_RETOLD + "\n\nThe news was first reported by Northern Herald.",
        cited_source="Northern Herald",
        published_at=BASE_TIME + timedelta(hours=2),
    )
    place_stored_articles([original, copy, retold])


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical accessibility violations on the page."""
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_home_article_story_edition_switch_and_latest_pages(
    newsroom_data, live_server, browser, artifacts
):
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    page.goto(f"{live_server.url}/en/")
    assert page.locator("h1").first.inner_text() == "Latest news"
    assert page.locator(".news-item").count() == 10
    page.screenshot(path=artifacts / "1-home.png", full_page=True)
    assert serious_violations(page) == []

    page.get_by_role("link", name="New railway line opens").click()
    page.wait_for_url("**/en/article/*/")
    assert page.locator("h1").inner_text() == "New railway line opens"
    assert page.get_by_text("Kiosk reports, citing Northern Herald.").is_visible()
    assert page.get_by_role("link", name="read the original").is_visible()
    page.screenshot(path=artifacts / "2-article.png", full_page=True)
    assert serious_violations(page) == []

    page.get_by_role("link", name="Full coverage: 3 articles →").click()
    page.wait_for_url("**/en/story/*/")
    assert page.get_by_text("first reported by Northern Herald").is_visible()
    assert page.get_by_text("copy of the article by Northern Herald").is_visible()
    assert page.get_by_text("retells the report by Northern Herald").is_visible()
    page.screenshot(path=artifacts / "3-story.png", full_page=True)
    assert serious_violations(page) == []

    page.get_by_role("link", name="Русский").click()
    page.wait_for_url("**/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_text("Паромы начнут ходить раньше").is_visible()
    page.screenshot(path=artifacts / "4-edition-ru.png", full_page=True)

    page.goto(f"{live_server.url}/en/latest/")
    page.get_by_role("link", name="Older →").click()
    page.wait_for_url("**/en/latest/?page=2")
    assert page.get_by_text("Page 2 of 3").is_visible()
    page.screenshot(path=artifacts / "5-latest-page-2.png", full_page=True)
    assert serious_violations(page) == []


def test_phone_layout_has_no_sideways_scroll_and_keyboard_reaches_content(
    newsroom_data, live_server, browser, artifacts
):
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(f"{live_server.url}/en/")
    page.screenshot(path=artifacts / "6-home-phone.png", full_page=True)

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0

    page.keyboard.press("Tab")  # the first stop is the skip link, visible when focused
    skip = page.locator("a.skip")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
