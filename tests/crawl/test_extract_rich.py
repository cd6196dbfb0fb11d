"""Rich extraction: body HTML, standfirst, main image, caption and update date."""

from kiosk.crawl.archive import Original
from kiosk.crawl.article import compose_article
from kiosk.crawl.extract import extract_article
from kiosk.newsroom.generator import generate
from kiosk.newsroom.pages import render_article

URL = "http://gazette.example/news/tram.html"
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Trams return to the old town | Gazette</title>
<meta property="og:image" content="/media/tram.jpg">
<meta property="article:published_time" content="2026-11-20T08:00:00+00:00">
<meta property="article:modified_time" content="2026-11-20T11:30:00+00:00">
</head><body><nav><a href="/">Home</a></nav><main><article>
<h1>Trams return to the old town</h1>
<p class="standfirst">After forty years the city brings back the line its grandparents rode.</p>
<figure><img src="/media/tram.jpg" alt="A tram" width="1200" height="675">
<figcaption>The first tram at dawn. Photo: Gazette</figcaption></figure>
<figure><img src="/pixel.gif" width="1" height="1"></figure>
<p>The first tram left the depot at six in the morning, watched by a crowd of residents who
had waited since the works began <a href="/news/works.html">two years ago</a>.</p>
<h2>What changes</h2>
<ul><li>Trams run every ten minutes.</li><li>Tickets are valid on buses.</li></ul>
<p>The mayor said a second line would follow <script>alert(1)</script>once the bridge over
the river is repaired next spring.</p>
</article></main></body></html>"""


def test_body_html_keeps_structure_and_absolute_links():
    extracted = extract_article(PAGE, URL)
    assert '<a href="http://gazette.example/news/works.html" rel="nofollow noopener">' in (
        extracted.body_html
    )
    assert "<h2>What changes</h2>" in extracted.body_html
    assert "<li>Trams run every ten minutes.</li>" in extracted.body_html
    assert "script" not in extracted.body_html and "alert" not in extracted.body_html


def test_standfirst_image_caption_and_update_are_read_and_not_repeated():
    extracted = extract_article(PAGE, URL)
    assert extracted.lead.startswith("After forty years")
    assert "After forty years" not in extracted.text + extracted.body_html
    assert extracted.image_url == "http://gazette.example/media/tram.jpg"
    assert extracted.image_caption == "The first tram at dawn. Photo: Gazette"
    assert "The first tram at dawn" not in extracted.text
    assert extracted.modified_at.isoformat() == "2026-11-20T11:30:00+00:00"


def test_headline_is_neither_in_the_text_nor_in_the_html():
    extracted = extract_article(PAGE, URL)
    assert "Trams return to the old town" not in extracted.text + extracted.body_html


def test_an_update_before_publication_is_ignored():
    page = PAGE.replace("2026-11-20T11:30:00", "2026-11-19T11:30:00")
    assert extract_article(page, URL).modified_at is None


def test_a_description_the_body_repeats_is_no_lead():
    page = PAGE.replace(
        '<p class="standfirst">After forty years the city brings back the line '
        "its grandparents rode.</p>",
        "",
    ).replace(
        "<title>",
        '<meta name="description" content="The first tram left the depot at six in '
        'the morning, watched by a crowd of residents.">\n<title>',
    )
    assert extract_article(page, URL).lead == ""


def test_newsroom_pages_give_the_ground_truths_image_caption_lead_and_update():
    newsroom = generate(1)
    base_urls = {o.slug: f"http://127.0.0.1:{8001 + i}" for i, o in enumerate(newsroom.outlets)}
    truth = {page["url"]: page for page in newsroom.ground_truth(base_urls)}
    rich = [a for a in newsroom.articles if a.figure and a.link][:12]
    rich += [a for a in newsroom.articles if a.lead][:6]
    rich += [a for a in newsroom.articles if a.modified_at][:6]
    for article in rich:
        outlet = newsroom.outlet(article.outlet)
        url = base_urls[outlet.slug] + article.path
        html = outlet.encode(render_article(newsroom, outlet, article, base_urls[outlet.slug]))
        extracted = extract_article(html, url, declared_charset=outlet.charset)
        expected = truth[url]
        assert extracted.image_url == expected["image_url"]
        assert extracted.image_caption == expected["image_caption"]
        assert extracted.lead == expected["lead"]
        modified = extracted.modified_at.isoformat() if extracted.modified_at else None
        assert modified == expected["modified"]
        if article.link:
            assert f'href="{base_urls[outlet.slug]}{article.link[2]}"' in extracted.body_html


def test_paragraphs_compose_article_removes_leave_the_html_too():
    page = PAGE.replace("<h1>", '<p><a href="/politics">Politics</a></p><h1>').replace(
        "<h1>Trams", "<p>Politics</p><h1>Trams"
    )
    original = Original(
        url=URL,
        final_url=URL,
        status=200,
        headers={"content-type": "text/html; charset=utf-8"},
        content=page.encode(),
        fetched_at=None,
    )
    article = compose_article(original, url=URL, prior_language="en", section_labels=("Politics",))
    assert "Politics" not in article.body and "Politics" not in article.body_html
    assert article.lead and article.image_url and article.image_caption
    assert article.body_html.count("<p>") + article.body_html.count("<p ") >= 2
