"""`kiosk sources` as editors use it, against the sample newsroom on loopback."""

import json
from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from kiosk.newsroom.generator import generate
from kiosk.newsroom.server import NewsroomServer
from kiosk.sources.models import Source

NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)


@pytest.fixture(scope="module")
def newsroom():
    newsroom = generate(5, now=NOW)
    with NewsroomServer(newsroom) as server:
        yield newsroom, server


def run(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("sources", *args, stdout=out)
    return out.getvalue()


def test_check_reports_a_feed_without_storing_anything(newsroom, db):
    newsroom, server = newsroom
    report = json.loads(run("check", server.feed_url("caspian-ledger"), "--local", "--json"))
    articles = newsroom.articles_of("caspian-ledger")
    assert report["kind"] == "feed" and report["format"] in {"rss", "atom"}
    assert report["errors"] == []
    assert [e["title"] for e in report["entries"]] == [a.title for a in articles]
    assert all(
        e["url"].startswith("http://127.0.0.1:") and e["published"] for e in report["entries"]
    )
    assert Source.objects.count() == 0


def test_check_refuses_loopback_unless_local(newsroom, capsys):
    _, server = newsroom
    with pytest.raises(SystemExit) as exit_:
        run("check", server.feed_url("caspian-ledger"), "--json")
    assert exit_.value.code == 1


def test_add_discovers_the_feed_from_a_homepage_and_the_language(newsroom, db):
    newsroom, server = newsroom
    output = run("add", server.base_urls["depesha-dnya"] + "/", "--local")
    source = Source.objects.get()
    assert "Added" in output
    assert source.language == "ru" and source.is_local
    assert [feed.url for feed in source.feeds.all()] == [server.feed_url("depesha-dnya")]


def test_opml_export_then_import_recreates_the_sources(newsroom, db, tmp_path):
    newsroom, server = newsroom
    for outlet in newsroom.outlets[:3]:
        run("add", server.feed_url(outlet.slug), "--local", "--language", outlet.language,
            "--name", outlet.name)  # fmt: skip
    exported = tmp_path / "sources.opml"
    run("export", "-o", str(exported))
    before = sorted(Source.objects.values_list("name", "language", "feeds__url"))
    Source.objects.all().delete()
    output = run("import", str(exported), "--local")
    assert "3 sources imported, 0 skipped" in output
    assert sorted(Source.objects.values_list("name", "language", "feeds__url")) == before


def test_import_of_a_broken_file_says_so(db, tmp_path):
    broken = tmp_path / "broken.opml"
    broken.write_bytes(b"this is not OPML at all")
    with pytest.raises(Exception, match="not usable OPML"):
        run("import", str(broken))


def test_health_shows_each_sources_flags_with_the_page(db):
    from tests.factories import make_source

    make_source(slug="calm")
    make_source(
        slug="broken",
        health_flags=[
            {"kind": "golden_changed", "message": "Golden page now extracts to nothing.",
             "url": "https://broken.example/a.html", "detected_at": "2026-11-25T10:30:00+00:00"}
        ],
    )  # fmt: skip

    listing = run("list")
    text = run("health")
    [report] = json.loads(run("health", "broken", "--json"))

    assert "extraction: 1 flag (golden_changed)" in listing and "extraction: ok" in listing
    assert "calm — no flags" in text
    assert "Golden page now extracts to nothing." in text
    assert "https://broken.example/a.html" in text
    assert report["flags"][0]["url"] == "https://broken.example/a.html"
    assert report["golden_pages"] == []


def test_health_check_finds_a_spike_of_empty_pages_now(db):
    from kiosk.news.models import Article
    from tests.factories import make_article, make_source

    source = make_source(slug="spiky")
    for _ in range(30):
        make_article(source, body="Long article text. " * 50)
    for _ in range(5):
        latest = make_article(source, body="", status=Article.Status.NO_TEXT)

    [report] = json.loads(run("health", "spiky", "--check", "--json"))

    [flag] = report["flags"]
    assert flag["kind"] == "empty_spike" and flag["url"] == latest.url


def test_health_of_an_unknown_source_says_how_to_find_the_slug(db):
    with pytest.raises(Exception, match="kiosk sources list"):
        run("health", "nope")
