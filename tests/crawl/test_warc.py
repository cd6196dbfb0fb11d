"""The archive out as WARC and back in: a round trip loses nothing and stores nothing twice."""

import gzip
from io import StringIO

import pytest
from django.core.management import call_command

from kiosk.crawl.pipeline import crawl_due
from kiosk.news.models import Article, Capture
from kiosk.sources.models import Source
from kiosk.sources.services import register_source
from tests.crawl.archive_pages import WHEN, gazette_pages

pytestmark = pytest.mark.django_db


def snapshot() -> set[tuple]:
    return set(Article.objects.values_list("url", "title", "body", "language", "archived_at")) | {
        ("capture", c.sha256, c.final_url, c.status) for c in Capture.objects.all()
    }


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_export_then_import_recreates_every_article_and_original(loopback, tmp_path):
    gazette_pages(loopback)
    register_source(
        slug="gazette",
        name="Gazette",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )
    crawl_due()
    before = snapshot()
    assert Article.objects.count() == 2

    warc = tmp_path / "archive.warc.gz"
    assert "2 records written" in run("export-warc", "-o", str(warc))
    assert b"WARC/1.1" in gzip.decompress(warc.read_bytes())

    Article.objects.all().delete()
    output = run("import-warc", str(warc))
    assert "2 new, 0 already stored" in output
    assert snapshot() == before
    assert Article.objects.get(title="Harbour works begin").published_at <= WHEN

    assert "0 new, 2 already stored" in run("import-warc", str(warc))


def test_records_of_unknown_hosts_are_skipped_not_guessed(loopback, tmp_path):
    gazette_pages(loopback)
    register_source(
        slug="gazette",
        name="Gazette",
        homepage=loopback.url("/"),
        feed_urls=[loopback.url("/rss.xml")],
        language="en",
        is_local=True,
    )
    crawl_due()
    warc = tmp_path / "archive.warc.gz"
    run("export-warc", "-o", str(warc))
    Article.objects.all().delete()
    Source.objects.all().delete()
    assert "0 new, 0 already stored, 2 skipped" in run("import-warc", str(warc))
