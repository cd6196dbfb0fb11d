"""HTML pages of the sample newsroom's outlets: home, article, section and "not found".

This module gathers what a page shows (menu, sidebar headlines, "read also" links,
comments, metadata) into plain values; layouts.py turns them into each outlet's own
markup. Every generated string is escaped there, at the point it enters HTML.
"""

from html import escape

from kiosk.newsroom.generator import PACKS, NewsArticle, Newsroom, Outlet
from kiosk.newsroom.layouts import LAYOUTS, Alternate, ArticleView, Link, Page
from kiosk.newsroom.media import IMAGE_HEIGHT, IMAGE_WIDTH, sentences

SIDEBAR_SIZE = 6
READ_ALSO_SIZE = 3
HOME_SIZE = 20

FEED_MIME_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
_FEED_TITLES = {"rss": "{name}", "atom": "{name}", "json": "{name} (JSON Feed)"}

_CATEGORY_PATHS = {
    "seher": "/bolme/{slug}/",
    "cinar": "/az/category/{slug}",
    "depesha": "/rubric/{slug}/",
    "kurier": "/{slug}/",
    "ledger": "/section/{slug}",
    "meridian": "/topics/{slug}/",
}


def category_path(outlet: Outlet, category: str) -> str:
    """Where an outlet lists one section's articles (each site has its own scheme)."""
    slug = PACKS[outlet.language].category_slugs[category]
    return _CATEGORY_PATHS[outlet.style].format(slug=slug)


def render_home(newsroom: Newsroom, outlet: Outlet, base_url: str) -> str:
    page = _page(newsroom, outlet, base_url)
    items = [
        _link(newsroom, article, base_url)
        for article in newsroom.articles_of(outlet.slug)[:HOME_SIZE]
    ]
    return LAYOUTS[outlet.style].listing(page, heading=None, items=items)


def render_category(newsroom: Newsroom, outlet: Outlet, category: str, base_url: str) -> str:
    page = _page(newsroom, outlet, base_url)
    items = [
        _link(newsroom, article, base_url)
        for article in newsroom.articles_of(outlet.slug)
        if article.category == category
    ]
    heading = PACKS[outlet.language].categories[category]
    return LAYOUTS[outlet.style].listing(page, heading=heading, items=items)


def render_article(newsroom: Newsroom, outlet: Outlet, article: NewsArticle, base_url: str) -> str:
    page = _page(newsroom, outlet, base_url, exclude=article)
    pack = PACKS[outlet.language]
    view = ArticleView(
        title=article.title,
        url=base_url + article.path,
        category=pack.categories[article.category],
        category_href=base_url + category_path(outlet, article.category),
        author=article.author,
        published=article.published_at,
        paragraphs=article.paragraphs,
        summary=newsroom.summary(article),
        comments=article.comments,
        read_also=[_link(newsroom, other, base_url) for other in _read_also(newsroom, article)],
        lead=article.lead,
        body=_rich_body(article),
        modified=article.modified_at,
    )
    return LAYOUTS[outlet.style].article(page, view)


def _rich_body(article: NewsArticle) -> str:
    """The body with its photo, link, subheading and list, as an editor's CMS writes it:
    relative URLs, one figure above the text. Empty for a plain article."""
    if not (article.figure or article.link or article.subheading):
        return ""
    parts = []
    if article.figure:
        src, caption = article.figure
        parts.append(
            f'<figure><img src="{escape(src)}" alt="{escape(article.title)}" '
            f'width="{IMAGE_WIDTH}" height="{IMAGE_HEIGHT}">'
            f"<figcaption>{escape(caption)}</figcaption></figure>"
        )
    for index, paragraph in enumerate(article.paragraphs):
        if article.subheading and article.subheading[0] == index:
            parts.append(f"<h2>{escape(article.subheading[1])}</h2>")
        if article.bullets == index:
            items = "".join(f"<li>{escape(s)}</li>" for s in sentences(paragraph))
            parts.append(f"<ul>{items}</ul>")
        elif article.link and article.link[0] == index:
            words = paragraph.split(" ")
            count, target = article.link[1], article.link[2]
            linked, rest = " ".join(words[:count]), " ".join(words[count:])
            parts.append(
                f'<p><a href="{escape(target)}">{escape(linked)}</a> {escape(rest)}</p>'
                if rest
                else f'<p><a href="{escape(target)}">{escape(linked)}</a></p>'
            )
        else:
            parts.append(f"<p>{escape(paragraph)}</p>")
    return "\n".join(parts)


def render_not_found(newsroom: Newsroom, outlet: Outlet, base_url: str) -> str:
    return LAYOUTS[outlet.style].not_found(_page(newsroom, outlet, base_url))


def _page(
    newsroom: Newsroom, outlet: Outlet, base_url: str, exclude: NewsArticle | None = None
) -> Page:
    pack = PACKS[outlet.language]
    menu = [Link(outlet.labels["home"], base_url + "/")] + [
        Link(pack.categories[category], base_url + category_path(outlet, category))
        for category in pack.categories
    ]
    recent = [article for article in newsroom.articles_of(outlet.slug) if article is not exclude]
    return Page(
        outlet=outlet,
        labels=outlet.labels,
        base_url=base_url,
        menu=menu,
        feed_url=base_url + outlet.feed_path,
        sidebar=[_link(newsroom, article, base_url) for article in recent[:SIDEBAR_SIZE]],
        today=newsroom.now,
        long_date=pack.long_date,
        feeds=[
            Alternate(
                FEED_MIME_TYPES[kind], _FEED_TITLES[kind].format(name=outlet.name), base_url + path
            )
            for kind, path in outlet.feeds
        ],
    )


def _link(newsroom: Newsroom, article: NewsArticle, base_url: str) -> Link:
    return Link(
        article.title, base_url + article.path, article.published_at, newsroom.summary(article)
    )


def _read_also(newsroom: Newsroom, article: NewsArticle) -> list[NewsArticle]:
    """Same outlet, same section, closest in time: what editors link under a story."""
    same = [
        other
        for other in newsroom.articles_of(article.outlet)
        if other.category == article.category and other is not article
    ]
    same.sort(key=lambda other: (abs(other.published_at - article.published_at), other.path))
    return same[:READ_ALSO_SIZE]
