import pytest

from kiosk.crawl.pipeline import crawl_due
from kiosk.sources.services import register_source
from tests.loopback import Route
from tests.pages import rss_feed

pytestmark = pytest.mark.django_db


def test_editors_see_a_sources_health_and_fetch_log(admin_client, loopback):
    loopback.routes["/rss.xml"] = Route(503, b"down", headers={"Retry-After": "5"})
    source = register_source(
        slug="flaky",
        name="Flaky Daily",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )
    crawl_due()
    changelist = admin_client.get("/admin/sources/source/").content.decode()
    assert "Flaky Daily" in changelist and "is unavailable (503)" in changelist
    page = admin_client.get(f"/admin/sources/source/{source.pk}/change/").content.decode()
    assert "recent fetches" in page.lower()
    assert loopback.url("/rss.xml") in page
    assert "is unavailable (503)" in page
    log_list = admin_client.get("/admin/sources/fetchlog/").content.decode()
    assert "Flaky Daily" in log_list


def test_pausing_from_the_admin_records_who_paused_it(admin_client, loopback):
    loopback.routes["/rss.xml"] = Route(body=rss_feed([]), headers={"Content-Type": "text/xml"})
    source = register_source(
        slug="quiet",
        name="Quiet",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
    )
    admin_client.post(
        "/admin/sources/source/", {"action": "pause", "_selected_action": [source.pk]}
    )
    source.refresh_from_db()
    assert not source.is_active and "Paused by admin" in source.pause_reason
    assert crawl_due() == []


def test_editors_see_what_was_learned_of_a_sites_template(admin_client):
    from kiosk.crawl.templates import SiteTemplate

    template = SiteTemplate()
    for n in range(4):
        template.observe(f"https://x.example/{n}", [f"Story {n} " * 10, "Follow us on Kiosk."])
    source = register_source(
        slug="tpl",
        name="Template Daily",
        homepage="https://x.example/",
        feed_urls=["https://x.example/rss"],
        language="en",
    )
    source.template = template.to_json()
    source.save()
    page = admin_client.get(f"/admin/sources/source/{source.pk}/change/").content.decode()
    assert "4/4 pages: Follow us on Kiosk." in page


def form_fields(html: str) -> dict[str, list[str]]:
    """The values a browser would post from the page's main form, as rendered."""
    from html.parser import HTMLParser

    fields: dict[str, list[str]] = {}

    class Form(HTMLParser):
        select: str | None = None
        textarea: str | None = None

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            name = attrs.get("name")
            if tag == "input" and name and attrs.get("type") not in {"submit", "button"}:
                if attrs.get("type") in {"checkbox", "radio"}:
                    if "checked" in attrs:
                        fields.setdefault(name, []).append(attrs.get("value") or "on")
                else:
                    fields.setdefault(name, []).append(attrs.get("value") or "")
            elif tag == "select" and name:
                self.select = name
                fields.setdefault(name, [])
            elif tag == "option" and self.select and "selected" in attrs:
                fields[self.select].append(attrs.get("value") or "")
            elif tag == "textarea" and name:
                self.textarea = name
                fields[name] = [""]

        def handle_endtag(self, tag):
            if tag == "select":
                self.select = None
            elif tag == "textarea":
                self.textarea = None

        def handle_data(self, data):
            if self.textarea:
                fields[self.textarea][0] += data.removeprefix("\n")

    Form().feed(html)
    return fields


def test_editors_see_extraction_flags_and_golden_pages_and_can_accept_one(admin_client):
    from kiosk.sources.models import GoldenPage
    from kiosk.sources.services import add_golden_page
    from tests.factories import make_article, make_source

    source = make_source(name="Redesigned Daily")
    article = make_article(source, body="The council met. " * 60)
    _capture(article)
    golden = add_golden_page(article)
    golden.status, golden.last_text = GoldenPage.Status.CHANGED, "Subscribe to our newsletter."
    golden.save()
    source.health_flags = [
        {"kind": "golden_changed", "message": "Golden page now extracts to nothing.",
         "url": article.url, "detected_at": "2026-11-25T10:30:00+00:00"},
    ]  # fmt: skip
    source.save()

    changelist = admin_client.get("/admin/sources/source/").content.decode()
    assert "⚠ 1: golden changed" in changelist
    page = admin_client.get(f"/admin/sources/source/{source.pk}/change/").content.decode()
    assert "Golden page now extracts to nothing." in page
    assert f'href="{article.url}"' in page and "golden pages" in page
    assert "Subscribe to our newsletter." in page

    data = form_fields(page)
    prefix = next(name for name in data if name.endswith("-0-article")).removesuffix("-0-article")
    data[f"{prefix}-0-accept"] = ["on"]
    response = admin_client.post(f"/admin/sources/source/{source.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    golden.refresh_from_db()
    source.refresh_from_db()
    assert golden.status == GoldenPage.Status.OK
    assert golden.expected_text == "Subscribe to our newsletter."
    assert source.health_flags == []


def test_editors_add_an_article_as_golden_page_and_remove_one(admin_client):
    from kiosk.sources.models import GoldenPage
    from kiosk.sources.services import add_golden_page
    from tests.factories import make_article, make_source

    source = make_source()
    first, second = (make_article(source, body="Long text. " * 200) for _ in range(2))
    for article in (first, second):
        _capture(article)
    add_golden_page(first)
    url = f"/admin/sources/source/{source.pk}/change/"
    data = form_fields(admin_client.get(url).content.decode())
    prefix = next(name for name in data if name.endswith("-0-article")).removesuffix("-0-article")
    data[f"{prefix}-0-DELETE"] = ["on"]
    data[f"{prefix}-TOTAL_FORMS"] = ["2"]
    data[f"{prefix}-1-article"] = [str(second.pk)]
    data[f"{prefix}-1-source"] = [str(source.pk)]

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    [golden] = GoldenPage.objects.filter(source=source)
    assert golden.article == second and golden.expected_text == second.body
    assert golden.capture is not None


def _capture(article):
    from kiosk.crawl.archive import Original
    from kiosk.news.services import archive_original

    page = f"<html><body><article><p>{article.body}</p></article></body></html>".encode()
    return archive_original(
        article,
        Original(url=article.url, final_url=article.url, status=200, headers={},
                 content=page, fetched_at=article.archived_at),
    )  # fmt: skip
