"""Sanitising article HTML: nothing executable, every URL absolute and http(s)."""

import pytest

from kiosk.crawl.sanitize import sanitize_html

PAGE = "http://gazette.example/news/2026/tram.html"


def clean(html: str) -> str:
    return sanitize_html(html, PAGE)


def test_scripts_and_styles_are_removed_with_their_content():
    assert clean("<p>Trams<script>alert(1)</script></p><style>p{}</style>") == "<p>Trams</p>"


def test_event_handlers_and_style_attributes_are_dropped():
    html = clean('<p onclick="steal()" style="color:red">Trams</p><img src="a.jpg" onerror="x()">')
    assert "onclick" not in html and "onerror" not in html and "style" not in html
    assert 'src="http://gazette.example/news/2026/a.jpg"' in html


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "&#106;avascript:alert(1)",
        "\u202ejavascript:alert(1)",
        "java\u200bscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
    ],
)
def test_executable_link_urls_are_removed(href):
    html = clean(f'<a href="{href}">Click</a>')
    assert "href" not in html
    assert "Click" in html


def test_data_image_sources_are_removed():
    assert "data:" not in clean('<img src="data:image/png;base64,AAAA" alt="x">')


def test_svg_iframes_and_forms_disappear_entirely():
    html = clean(
        '<svg><script>alert(1)</script></svg><iframe src="http://x"></iframe>'
        '<form><input name="q"></form><p>Text</p>'
    )
    assert html == "<p>Text</p>"


def test_relative_links_and_images_become_absolute_against_the_page():
    html = clean(
        '<p><a href="../other.html">Other</a> <a href="//cdn.example/x">CDN</a></p>'
        '<img src="/media/photo.jpg" alt="Tram">'
    )
    assert 'href="http://gazette.example/news/other.html"' in html
    assert 'href="http://cdn.example/x"' in html
    assert 'src="http://gazette.example/media/photo.jpg"' in html


def test_links_are_marked_nofollow_noopener():
    assert 'rel="nofollow noopener"' in clean('<a href="https://elsewhere.example/">x</a>')


def test_headings_are_demoted_below_the_portal_headline():
    assert clean("<h1>A</h1><h3>B</h3><h6>C</h6>") == "<h2>A</h2><h3>B</h3><h4>C</h4>"


def test_text_structure_is_kept():
    html = (
        "<p><em>a</em> <strong>b</strong></p><ul><li>one</li></ul><blockquote>q</blockquote>"
        "<figure><figcaption>c</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>"
    )
    assert clean(html) == html


def test_markup_in_text_stays_text():
    assert clean("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>") == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )
