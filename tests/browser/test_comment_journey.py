"""A reader signs up, comments and replies in a real browser; guests see the invitation."""

import pytest

from tests.browser.test_reader_journey import serious_violations
from tests.comments.factories import make_comment, make_reader
from tests.factories import make_article, make_source

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def article():
    source = make_source(slug="ledger", name="Caspian Ledger", language="en")
    article = make_article(source, title="Ferry timetable changes")
    make_comment(article, make_reader("early_bird"), "Good news, see https://ferries.example/")
    return article


def test_guest_signs_up_and_comments(article, live_server, browser, artifacts):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.get_by_role("heading", name="1 comment").is_visible()
    assert page.get_by_role("link", name="https://ferries.example/").get_attribute("rel") == (
        "nofollow ugc"
    )
    page.screenshot(path=artifacts / "comments-1-guest.png", full_page=True)
    assert serious_violations(page) == []

    page.get_by_role("link", name="Sign up").last.click()
    page.wait_for_url("**/en/accounts/signup/**")
    page.get_by_label("Username").fill("newreader")
    page.get_by_label("Password", exact=True).fill("Quiet harbour 1984")
    page.get_by_label("Password confirmation").fill("Quiet harbour 1984")
    page.screenshot(path=artifacts / "comments-2-signup.png", full_page=True)
    assert serious_violations(page) == []
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/en/article/*/**")

    page.get_by_label("Your comment").fill("Finally an earlier boat.")
    page.get_by_role("button", name="Post comment").click()
    page.wait_for_url("**#comment-*")
    assert page.get_by_text("Finally an earlier boat.").is_visible()
    assert page.get_by_role("heading", name="2 comments").is_visible()

    page.get_by_text("Reply").first.click()
    page.get_by_label("Your reply").first.fill("Agreed with the first one.")
    page.get_by_role("button", name="Post reply").first.click()
    page.wait_for_url("**#comment-*")
    assert page.locator(".comment-replies").get_by_text("Agreed with the first one.").is_visible()
    page.screenshot(path=artifacts / "comments-3-reader.png", full_page=True)
    assert serious_violations(page) == []


def test_comments_fit_a_phone(article, live_server, browser, artifacts):
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    page.screenshot(path=artifacts / "comments-4-phone.png", full_page=True)
