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
