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
