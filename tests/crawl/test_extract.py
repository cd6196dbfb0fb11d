from datetime import UTC, datetime

import pytest

from kiosk.crawl.extract import ExtractionError, extract_article, html_language
from tests.pages import article_page

PARAGRAPHS = [
    "The city council approved the new tram line on Tuesday after a debate that lasted "
    "most of the afternoon and drew a crowd of residents to the public gallery.",
    "Construction is expected to begin in the spring, and the first trams should run "
    "between the railway station and the university campus within two years.",
]


def test_title_body_and_date_are_extracted_without_page_furniture():
    published = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    html = article_page("Council approves tram line", PARAGRAPHS, published=published)
    extracted = extract_article(html, "http://gazette.example/tram.html")
    assert extracted.title == "Council approves tram line"
    assert extracted.text == "\n\n".join(PARAGRAPHS)
    assert "Politics" not in extracted.text and "all rights reserved" not in extracted.text
    assert extracted.published_at == published


def test_page_without_text_is_an_error():
    with pytest.raises(ExtractionError):
        extract_article(b"<html><body><nav>Home</nav></body></html>", "http://x.example/")


RUSSIAN = [
    "Городской совет утвердил строительство новой трамвайной линии после долгого "
    "обсуждения, в котором приняли участие жители нескольких районов.",
    "Работы начнутся весной, а первые вагоны пойдут от вокзала до университета через два года.",
]


@pytest.mark.parametrize("codec", ["windows-1251", "koi8-r"])
def test_mislabelled_cyrillic_page_is_decoded_right(codec):
    published = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    page = article_page("Совет одобрил трамвай", RUSSIAN, published=published).decode()
    raw = page.replace('charset="utf-8"', "").encode(codec)
    # The server claims UTF-8, as misconfigured legacy sites do.
    extracted = extract_article(raw, "http://gazeta.example/t.html", declared_charset="utf-8")
    assert extracted.title == "Совет одобрил трамвай"
    assert extracted.text == "\n\n".join(RUSSIAN)


@pytest.mark.parametrize(
    ("html", "language"),
    [
        (b'<!doctype html><html lang="ru-RU"><head>', "ru"),
        (b"<!doctype html><html class=x lang=AZ>", "az"),
        ('<!-- <html lang="de"> --><html lang="en">', "en"),
        (b"<!doctype html><html><head>", ""),
    ],
)
def test_html_language_is_the_primary_subtag_of_html_lang(html, language):
    assert html_language(html) == language


def test_headline_repeated_under_a_section_label_is_not_body_text():
    published = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    page = article_page("Council approves tram line", PARAGRAPHS, published=published)
    page = page.replace(
        b"<h1>Council approves tram line</h1>", b"<p>Politics</p><p>Council approves tram line</p>"
    )
    extracted = extract_article(page, "http://gazette.example/tram.html")
    assert "Council approves tram line" not in extracted.text.split("\n\n")
