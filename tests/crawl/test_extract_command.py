"""`kiosk extract`: what Kiosk would store from files and URLs, nothing stored."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from kiosk.newsroom.generator import NewsArticle, Newsroom, Outlet, generate
from kiosk.newsroom.pages import render_article
from kiosk.newsroom.server import NewsroomServer
from tests.factories import make_source
from tests.scoring import token_f1

BASE_URL = "http://newsroom.example"


@pytest.fixture(scope="module")
def newsroom() -> Newsroom:
    return generate(1)


def newest(newsroom: Newsroom, outlet: Outlet) -> NewsArticle:
    return newsroom.articles_of(outlet.slug)[0]


def save_page(directory: Path, newsroom: Newsroom, outlet: Outlet) -> Path:
    """The outlet's newest article page as its server sends it (windows-1251 included)."""
    html = render_article(newsroom, outlet, newest(newsroom, outlet), BASE_URL)
    path = directory / f"{outlet.slug}.html"
    path.write_bytes(outlet.encode(html))
    return path


def run_extract(*args: str) -> tuple[str, CommandError | None]:
    out = StringIO()
    try:
        call_command("extract", *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc
    return out.getvalue(), None


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_every_outlets_page_shows_what_would_be_stored(tmp_path, newsroom):
    paths = [str(save_page(tmp_path, newsroom, outlet)) for outlet in newsroom.outlets]

    output, error = run_extract("--json", *paths)

    assert error is None
    results = json_lines(output)
    assert [r["input"] for r in results] == paths
    for outlet, result in zip(newsroom.outlets, results, strict=True):
        article = newest(newsroom, outlet)
        assert result["status"] == "ok" and result["error"] == ""
        assert result["title"] == article.title
        assert result["language"] == outlet.language
        assert result["published"] is not None
        assert token_f1(result["text"], article.text) >= 0.85
        assert result["lead"] == article.lead
        if article.figure:
            assert result["image"] == BASE_URL + article.figure[0]
            assert result["image_caption"] == article.figure[1]
        if article.modified_at:
            assert result["modified"] == article.modified_at.isoformat()
        assert "<p>" in result["html"] and "<script" not in result["html"]
    depesha = results[[o.charset for o in newsroom.outlets].index("windows-1251")]
    assert depesha["encoding"] == "windows-1251"


def test_readable_output_has_a_block_per_page(tmp_path, newsroom):
    outlet = newsroom.outlets[0]
    path = save_page(tmp_path, newsroom, outlet)

    output, error = run_extract(str(path))

    assert error is None
    assert f"== {path}\nstatus:    ok\n" in output
    assert f"title:     {newest(newsroom, outlet).title}\n" in output
    assert f"language:  {outlet.language}\n" in output
    assert newest(newsroom, outlet).paragraphs[-1] in output


def test_missing_file_and_empty_page_fail_without_stopping_the_others(tmp_path, newsroom):
    good = save_page(tmp_path, newsroom, newsroom.outlets[0])
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.html"

    output, error = run_extract("--json", str(missing), str(empty), str(good))

    assert error is not None and "2 of 3 inputs failed" in str(error)
    results = json_lines(output)
    assert [r["status"] for r in results] == ["error", "error", "ok"]
    assert "File not found" in results[0]["error"]
    assert "No article text found" in results[1]["error"]
    assert results[1]["text"] == "" and results[1]["published"] is None
    assert results[2]["title"] == newest(newsroom, newsroom.outlets[0]).title


def test_urls_are_fetched_from_a_local_server_with_local(newsroom):
    outlets = newsroom.outlets[:2]
    with NewsroomServer(newsroom) as server:
        urls = [server.url(o.slug, newest(newsroom, o).path) for o in outlets]
        gone = server.url(outlets[0].slug, "/no-such-page.html")

        output, error = run_extract("--json", "--local", *urls, gone)

    assert error is not None
    results = json_lines(output)
    assert [r["input"] for r in results] == [*urls, gone]
    for outlet, result in zip(outlets, results[:2], strict=True):
        assert result["status"] == "ok"
        assert result["title"] == newest(newsroom, outlet).title
        assert result["language"] == outlet.language
    assert results[2]["status"] == "error" and "404" in results[2]["error"]


def test_loopback_url_without_local_is_refused_with_a_hint(newsroom):
    with NewsroomServer(newsroom) as server:
        outlet = newsroom.outlets[0]
        url = server.url(outlet.slug, newest(newsroom, outlet).path)

        output, error = run_extract("--json", url)

    assert error is not None
    [result] = json_lines(output)
    assert result["status"] == "error" and "--local" in result["error"]


@pytest.mark.django_db
def test_the_sources_language_wins_over_the_pages(tmp_path, newsroom):
    russian = next(o for o in newsroom.outlets if o.language == "ru")
    make_source(slug="baku-gazette", language="az")
    path = save_page(tmp_path, newsroom, russian)

    output, error = run_extract("--json", "--source", "baku-gazette", str(path))

    assert error is None
    [result] = json_lines(output)
    assert result["language"] == "az"
    assert any('lang="ru"' in warning for warning in result["warnings"])


@pytest.mark.django_db
def test_unknown_source_is_refused_before_any_work(tmp_path):
    with pytest.raises(CommandError, match="kiosk sources list"):
        call_command("extract", "--source", "nowhere", str(tmp_path / "x.html"), stdout=StringIO())


def test_cli_exits_with_1_when_an_input_failed(tmp_path, newsroom):
    good = save_page(tmp_path, newsroom, newsroom.outlets[0])

    result = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "extract", str(good), str(tmp_path / "gone.html")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "var")},
    )

    assert result.returncode == 1
    assert "status:    ok" in result.stdout and "File not found" in result.stdout
    assert "1 of 2 inputs failed" in result.stderr


def test_a_mislabelled_page_is_decoded_right_with_a_warning(tmp_path, newsroom):
    outlet = next(o for o in newsroom.outlets if o.charset == "windows-1251")
    page = render_article(newsroom, outlet, newest(newsroom, outlet), BASE_URL)
    path = tmp_path / "mislabelled.html"
    # The page claims UTF-8, as misconfigured legacy sites do.
    path.write_bytes(page.replace("windows-1251", "utf-8").encode("windows-1251"))

    output, error = run_extract("--json", str(path))

    assert error is None
    [result] = json_lines(output)
    assert result["title"] == newest(newsroom, outlet).title
    assert result["encoding"] == "windows-1251"
    assert any("labelled utf-8" in warning for warning in result["warnings"])
