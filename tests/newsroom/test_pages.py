"""Article pages: realistic furniture around a body that extractors can recover."""

import re
from dataclasses import replace
from statistics import mean

import pytest
import trafilatura

from kiosk.newsroom.generator import Newsroom
from kiosk.newsroom.pages import render_article, render_category, render_home
from tests.newsroom.overlap import token_f1

BASE = "http://127.0.0.1:8101"


def _html(newsroom, article) -> str:
    return render_article(newsroom, newsroom.outlet(article.outlet), article, BASE)


def _body_text(document) -> str:
    """Extracted text without the headline line trafilatura may put first."""
    lines = [line for line in (document.text or "").splitlines() if line.strip()]
    if lines and lines[0] == document.title:
        lines = lines[1:]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def pages(newsroom):
    return [(article, _html(newsroom, article)) for article in newsroom.articles]


@pytest.mark.parametrize(
    "options",
    [
        {"include_comments": False, "favor_precision": True},
        {},
    ],
    ids=["precision", "defaults"],
)
def test_trafilatura_recovers_body_and_title_of_every_article_page(pages, options):
    scores, titles = [], 0
    for article, html in pages:
        document = trafilatura.bare_extraction(html, with_metadata=True, **options)
        scores.append(token_f1(_body_text(document), article.text))
        titles += document.title == article.title

    assert mean(scores) >= 0.9
    assert min(scores) >= 0.8
    assert titles == len(pages)


def test_article_pages_carry_the_metadata_crawlers_read(newsroom, pages):
    for article, html in pages[::5]:
        outlet = newsroom.outlet(article.outlet)
        published = article.published_at.isoformat()
        assert html.startswith("<!doctype html>")
        assert f'<html lang="{article.language}">' in html
        assert f'charset="{outlet.charset}">' in html or f'charset={outlet.charset}">' in html
        assert re.search(r"<title>[^<]+" + re.escape(outlet.name.replace("'", "&#x27;")), html)
        assert '<meta property="og:title"' in html
        assert f'<meta property="article:published_time" content="{published}">' in html
        assert f'<time datetime="{published}"' in html or f'datetime="{published}">' in html
        assert f'<link rel="canonical" href="{BASE}{article.path}">' in html
        assert html.count("<h1") == 1


def test_every_page_has_menu_sidebar_read_also_cookie_banner_comments_and_footer(newsroom):
    for outlet in newsroom.outlets:
        article = newsroom.articles_of(outlet.slug)[3]
        html = _html(newsroom, article)
        labels = outlet.labels
        for label in ("read_also", "cookie", "accept", "more_news", "rights", "comment_prompt"):
            assert labels[label].replace("'", "&#x27;") in html, (outlet.slug, label)
        for comment in article.comments:
            assert comment.author in html or comment.author.replace("'", "&#x27;") in html
        assert html.count("<a ") >= 20
        assert "<footer" in html or 'id="footer"' in html or 'class="footer"' in html


def test_outlets_use_clearly_different_markup(newsroom):
    class_sets = []
    for outlet in newsroom.outlets:
        html = _html(newsroom, newsroom.articles_of(outlet.slug)[0])
        classes = set(re.findall(r'class="([^"]+)"', html))
        class_sets.append(classes)
    for index, first in enumerate(class_sets):
        for second in class_sets[index + 1 :]:
            assert len(first & second) <= 2


def test_generated_text_is_escaped(newsroom):
    outlet = newsroom.outlets[0]
    article = replace(
        newsroom.articles_of(outlet.slug)[0],
        title='Fish & <chips> "now"',
        paragraphs=("<script>alert(1)</script> & more",),
    )
    room = Newsroom(newsroom.seed, newsroom.now, newsroom.outlets, [article])

    html = render_article(room, outlet, article, BASE)

    assert "<script>alert" not in html
    assert "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>" in html
    assert "Fish &amp; &lt;chips&gt; &quot;now&quot;" in html


def test_home_and_section_pages_link_to_articles(newsroom):
    for outlet in newsroom.outlets:
        home = render_home(newsroom, outlet, BASE)
        newest = newsroom.articles_of(outlet.slug)[0]
        assert f'href="{BASE}{newest.path}"' in home
        section = render_category(newsroom, outlet, newest.category, BASE)
        assert f'href="{BASE}{newest.path}"' in section
