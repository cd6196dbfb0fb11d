"""Six page templates, one per outlet, each with its own markup and class names.

Real sites differ in structure (a classic blog theme, a magazine grid, a legacy site with
ids, BEM blocks, semantic HTML with microdata, utility classes), and an extractor must cope
with all of them. Every layout keeps the page furniture (menu, sidebar, "read also",
cookie banner, comments, footer) outside the element holding the article body, as news
sites do. All text is escaped here with `html.escape`.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from kiosk.newsroom.generator import Comment, Outlet


@dataclass(frozen=True)
class Link:
    title: str
    href: str
    when: datetime | None = None
    summary: str = ""


@dataclass(frozen=True)
class Alternate:
    """A feed the page declares in its <head> for feed discovery."""

    type: str  # MIME type: application/rss+xml, application/atom+xml, application/feed+json
    title: str
    href: str


@dataclass(frozen=True)
class Page:
    """What every page of an outlet shows around its main content."""

    outlet: Outlet
    labels: dict[str, str]
    base_url: str
    menu: list[Link]
    feed_url: str
    sidebar: list[Link]
    today: datetime
    long_date: Callable[[datetime], str]
    feeds: Sequence[Alternate] = ()

    @property
    def year(self) -> int:
        return self.today.year


@dataclass(frozen=True)
class ArticleView:
    title: str
    url: str
    category: str
    category_href: str
    author: str
    published: datetime
    paragraphs: Sequence[str]
    summary: str
    comments: Sequence[Comment] = ()
    read_also: list[Link] = field(default_factory=list)
    lead: str = ""  # the standfirst, shown by the layouts that have one
    body: str = ""  # the body's HTML when richer than paragraphs (pages.py)
    modified: datetime | None = None


def _e(text: str) -> str:
    return escape(text, quote=True)


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _numeric(moment: datetime) -> str:
    return f"{moment:%d.%m.%Y, %H:%M}"


def _charset(outlet: Outlet) -> str:
    # Sites still on a legacy charset declare it the way their old CMS did.
    if outlet.charset == "utf-8":
        return '<meta charset="utf-8">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={outlet.charset}">'


def _head(
    page: Page,
    title: str,
    *,
    description: str,
    canonical: str,
    style: str,
    article: ArticleView | None = None,
) -> str:
    """The <head>: charset, title, canonical, feed discovery, OpenGraph, article times."""
    outlet = page.outlet
    lines = [
        _charset(outlet),
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(description)}">',
        f'<link rel="canonical" href="{_e(canonical)}">',
    ]
    lines += [
        f'<link rel="alternate" type="{feed.type}" title="{_e(feed.title)}" href="{_e(feed.href)}">'
        for feed in page.feeds
    ]
    lines += [
        f'<meta property="og:site_name" content="{_e(outlet.name)}">',
        f'<meta property="og:url" content="{_e(canonical)}">',
    ]
    if article is not None:
        lines += [
            f'<meta property="og:title" content="{_e(article.title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:description" content="{_e(article.summary)}">',
            f'<meta property="article:published_time" content="{_iso(article.published)}">',
            f'<meta property="article:section" content="{_e(article.category)}">',
            f'<meta name="author" content="{_e(article.author)}">',
        ]
        if article.modified is not None:
            lines.append(
                f'<meta property="article:modified_time" content="{_iso(article.modified)}">'
            )
    else:
        lines += [
            f'<meta property="og:title" content="{_e(title)}">',
            '<meta property="og:type" content="website">',
        ]
    lines.append(f"<style>{style}</style>")
    return "\n".join(lines)


def _document(page: Page, head: str, body: str, body_class: str) -> str:
    lang = page.outlet.language
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n{head}\n</head>\n'
        f'<body class="{body_class}">\n{body}\n</body>\n</html>\n'
    )


def _paragraphs(paragraphs: Sequence[str]) -> str:
    return "\n".join(f"<p>{_e(text)}</p>" for text in paragraphs)


def _body(view: ArticleView) -> str:
    return view.body or _paragraphs(view.paragraphs)


def _title(page: Page, headline: str | None, separator: str) -> str:
    return (
        f"{headline}{separator}{page.outlet.name}"
        if headline
        else (f"{page.outlet.name}{separator}{page.outlet.tagline}")
    )


class Layout:
    """One outlet's templates. Subclasses differ in markup, not in what pages contain."""

    separator = " | "
    style = ""

    def article(self, page: Page, view: ArticleView) -> str:
        head = _head(
            page,
            _title(page, view.title, self.separator),
            description=view.summary,
            canonical=view.url,
            style=self.style,
            article=view,
        )
        return _document(page, head, self.article_body(page, view), "single")

    def listing(self, page: Page, *, heading: str | None, items: list[Link]) -> str:
        head = _head(
            page,
            _title(page, heading, self.separator),
            description=page.outlet.tagline,
            canonical=page.base_url + "/",
            style=self.style,
        )
        return _document(page, head, self.listing_body(page, heading, items), "listing")

    def not_found(self, page: Page) -> str:
        labels = page.labels
        head = _head(
            page,
            _title(page, labels["not_found_title"], self.separator),
            description=labels["not_found_text"],
            canonical=page.base_url + "/",
            style=self.style,
        )
        main = (
            f'<div class="not-found"><h1>{_e(labels["not_found_title"])}</h1>'
            f"<p>{_e(labels['not_found_text'])}</p>"
            f'<p><a href="{_e(page.base_url)}/">{_e(labels["home"])}</a></p></div>'
        )
        return _document(page, head, self.frame(page, main), "error404")

    def article_body(self, page: Page, view: ArticleView) -> str:
        raise NotImplementedError

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        raise NotImplementedError

    def frame(self, page: Page, main: str) -> str:
        raise NotImplementedError


def _comment_count(page: Page, comments: Sequence[Comment]) -> str:
    return f"{_e(page.labels['comments'])} ({len(comments)})"


def _comment_form(page: Page, form_class: str, field_class: str, button_class: str) -> str:
    labels = page.labels
    return (
        f'<form class="{form_class}" method="post" action="#">'
        f'<input class="{field_class}" type="text" name="name" '
        f'placeholder="{_e(labels["comment_name"])}">'
        f'<textarea class="{field_class}" name="text" rows="3" '
        f'placeholder="{_e(labels["comment_prompt"])}"></textarea>'
        f'<button class="{button_class}" type="submit">{_e(labels["send"])}</button></form>'
    )


class Classic(Layout):
    """A classic blog theme: header, container, main column and sidebar widgets."""

    separator = " — "
    style = (
        ".container{max-width:1100px;margin:auto}.layout{display:flex;gap:2em}"
        ".content{flex:3}.sidebar{flex:1}.cookie-notice{position:fixed;bottom:0}"
    )

    def _header(self, page: Page) -> str:
        menu = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a></li>' for link in page.menu
        )
        return (
            f'<header class="site-header"><div class="container">'
            f'<a class="logo" href="{_e(page.base_url)}/">{_e(page.outlet.name)}</a>'
            f'<p class="tagline">{_e(page.outlet.tagline)}</p></div>'
            f'<nav class="main-menu"><ul>{menu}</ul></nav></header>'
        )

    def _sidebar(self, page: Page) -> str:
        items = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a>'
            f'<span class="date">{link.when:%H:%M}</span></li>'
            for link in page.sidebar
        )
        return (
            f'<aside class="sidebar"><div class="widget widget-latest">'
            f'<h3 class="widget-title">{_e(page.labels["more_news"])}</h3>'
            f"<ul>{items}</ul></div></aside>"
        )

    def frame(self, page: Page, main: str) -> str:
        labels = page.labels
        return (
            f'<div id="cookie-notice" class="cookie-notice"><p>{_e(labels["cookie"])}</p>'
            f'<button class="cookie-accept">{_e(labels["accept"])}</button></div>\n'
            f'{self._header(page)}\n<div class="container layout">'
            f'<main class="content">{main}</main>{self._sidebar(page)}</div>\n'
            f'<footer class="site-footer"><div class="container">'
            f"<p>© {page.year} {_e(page.outlet.name)}. {_e(labels['rights'])}</p>"
            f'<ul class="footer-links"><li><a href="#">{_e(labels["about"])}</a></li>'
            f'<li><a href="#">{_e(labels["contact"])}</a></li>'
            f'<li><a href="#">{_e(labels["privacy"])}</a></li>'
            f'<li><a href="{_e(page.feed_url)}">RSS</a></li></ul></div></footer>'
        )

    def article_body(self, page: Page, view: ArticleView) -> str:
        labels = page.labels
        related = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a></li>' for link in view.read_also
        )
        comments = "".join(
            f'<li class="comment"><div class="comment-author">{_e(c.author)}</div>'
            f'<div class="comment-date">{_numeric(c.posted_at)}</div>'
            f'<div class="comment-text">{_e(c.text)}</div></li>'
            for c in view.comments
        )
        main = (
            f'<article class="post">'
            f'<h1 class="post-title">{_e(view.title)}</h1>'
            f'<div class="post-meta"><span class="author">{_e(labels["by"])} '
            f'{_e(view.author)}</span> <time datetime="{_iso(view.published)}">'
            f"{_numeric(view.published)}</time> "
            f'<a class="cat" href="{_e(view.category_href)}">{_e(view.category)}</a></div>'
            f'<div class="post-body">\n{_body(view)}\n</div></article>'
            f'<section class="related"><h3>{_e(labels["read_also"])}</h3>'
            f"<ul>{related}</ul></section>"
            f'<section id="comments" class="comments-area">'
            f"<h3>{_comment_count(page, view.comments)}</h3>"
            f'<ol class="comment-list">{comments}</ol>'
            f"{_comment_form(page, 'comment-form', 'input', 'submit')}</section>"
        )
        return self.frame(page, main)

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        title = f'<h1 class="page-title">{_e(heading)}</h1>' if heading else ""
        posts = "".join(
            f'<article class="post-preview"><h2><a href="{_e(link.href)}">{_e(link.title)}'
            f'</a></h2><time datetime="{_iso(link.when)}">{_numeric(link.when)}</time>'
            f"<p>{_e(link.summary)}</p></article>"
            for link in items
            if link.when
        )
        return self.frame(page, title + posts)


class Magazine(Layout):
    """A magazine grid of divs: top bar, masthead, category strip, columns."""

    separator = " - "
    style = (
        ".wrapper{width:1200px}.grid{display:grid;grid-template-columns:2fr 1fr}"
        ".gdpr-banner{position:fixed;bottom:0;background:#222;color:#fff}"
    )

    def frame(self, page: Page, main: str) -> str:
        labels = page.labels
        cats = "".join(
            f'<li class="nav-cats__item"><a href="{_e(link.href)}">{_e(link.title)}</a></li>'
            for link in page.menu
        )
        popular = "".join(
            f'<div class="popular-item"><span class="popular-num">{number}</span>'
            f'<a href="{_e(link.href)}">{_e(link.title)}</a></div>'
            for number, link in enumerate(page.sidebar, start=1)
        )
        return (
            f'<div class="wrapper"><div class="topbar"><span class="topbar-date">'
            f"{_e(page.long_date(page.today))}</span>"
            f'<form class="search-form" action="#"><input type="search" '
            f'placeholder="{_e(labels["search"])}"></form></div>'
            f'<div class="masthead"><a class="brand" href="{_e(page.base_url)}/">'
            f'{_e(page.outlet.name)}</a><span class="brand-slogan">{_e(page.outlet.tagline)}'
            f'</span></div><ul class="nav-cats">{cats}</ul>'
            f'<div class="grid"><div class="col-main">{main}</div>'
            f'<div class="col-side"><div class="widget widget-popular">'
            f'<div class="widget-head">{_e(labels["more_news"])}</div>{popular}</div>'
            f'<div class="widget widget-subscribe"><a href="{_e(page.feed_url)}">'
            f"{_e(labels['subscribe'])}</a></div></div></div>"
            f'<div class="footer"><div class="footer-brand">{_e(page.outlet.name)}</div>'
            f'<div class="footer-links"><a href="#">{_e(labels["about"])}</a> '
            f'<a href="#">{_e(labels["contact"])}</a> <a href="#">{_e(labels["privacy"])}</a>'
            f'</div><div class="copyright">© {page.year}. {_e(labels["rights"])}</div></div>'
            f'<div class="gdpr-banner"><span>{_e(labels["cookie"])}</span> '
            f'<a class="gdpr-settings" href="#">{_e(labels["settings"])}</a> '
            f'<button class="gdpr-ok">{_e(labels["accept"])}</button></div></div>'
        )

    def article_body(self, page: Page, view: ArticleView) -> str:
        labels = page.labels
        more = "".join(
            f'<div class="read-more-item"><a href="{_e(link.href)}">{_e(link.title)}</a></div>'
            for link in view.read_also
        )
        comments = "".join(
            f'<div class="cmt"><div class="cmt-head"><b class="cmt-name">{_e(c.author)}</b> '
            f'<span class="cmt-time">{_numeric(c.posted_at)}</span></div>'
            f'<div class="cmt-body">{_e(c.text)}</div></div>'
            for c in view.comments
        )
        main = (
            f'<div class="entry"><div class="entry-header">'
            f'<a class="entry-cat" href="{_e(view.category_href)}">{_e(view.category)}</a>'
            f'<h1 class="entry-title">{_e(view.title)}</h1>'
            f'<div class="entry-byline">{_e(view.author)} · '
            f'<time datetime="{_iso(view.published)}">{_numeric(view.published)}</time>'
            f'</div></div><div class="entry-content">\n{_body(view)}\n</div>'
            f'<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> '
            f'<a href="#">WhatsApp</a> <a href="#">Telegram</a></div></div>'
            f'<div class="read-more-box"><h4>{_e(labels["read_also"])}</h4>{more}</div>'
            f'<div class="comments-block" id="comments">'
            f'<div class="comments-title">{_comment_count(page, view.comments)}</div>'
            f"{comments}{_comment_form(page, 'cmt-form', 'cmt-field', 'cmt-send')}</div>"
        )
        return self.frame(page, main)

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        title = f'<div class="section-title">{_e(heading)}</div>' if heading else ""
        cards = "".join(
            f'<div class="card"><a class="card-title" href="{_e(link.href)}">{_e(link.title)}'
            f'</a><div class="card-time">{_numeric(link.when)}</div>'
            f'<div class="card-lead">{_e(link.summary)}</div></div>'
            for link in items
            if link.when
        )
        return self.frame(page, f'{title}<div class="cards">{cards}</div>')


class Legacy(Layout):
    """An older site built of divs with ids, pipes between menu links, no HTML5 elements."""

    separator = " :: "
    style = (
        "#header{background:#036;color:#fff}#content{float:left;width:70%}"
        "#right-column{float:right;width:28%}#cookie-bar{background:#ffc}"
    )

    def frame(self, page: Page, main: str) -> str:
        labels = page.labels
        menu = " | ".join(f'<a href="{_e(link.href)}">{_e(link.title)}</a>' for link in page.menu)
        block = "".join(
            f'<div class="block-item"><span class="time">{link.when:%H:%M}</span> '
            f'<a href="{_e(link.href)}">{_e(link.title)}</a></div>'
            for link in page.sidebar
        )
        return (
            f'<div id="cookie-bar">{_e(labels["cookie"])} <a href="#" id="cookie-ok">'
            f"{_e(labels['accept'])}</a></div>"
            f'<div id="header"><a href="{_e(page.base_url)}/" id="logo">{_e(page.outlet.name)}'
            f'</a><div id="slogan">{_e(page.outlet.tagline)}</div></div>'
            f'<div id="menu">{menu}</div>'
            f'<div id="page"><div id="content">{main}</div>'
            f'<div id="right-column"><div class="block"><div class="block-title">'
            f"{_e(labels['more_news'])}</div>{block}</div>"
            f'<div class="block"><a href="{_e(page.feed_url)}">RSS</a></div></div></div>'
            f'<div id="footer">© {page.year} «{_e(page.outlet.name)}». {_e(labels["rights"])}'
            f'<br><a href="#">{_e(labels["about"])}</a> | <a href="#">{_e(labels["contact"])}'
            f'</a> | <a href="#">{_e(labels["privacy"])}</a></div>'
        )

    def article_body(self, page: Page, view: ArticleView) -> str:
        labels = page.labels
        see_also = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a></li>' for link in view.read_also
        )
        comments = "".join(
            f'<div class="comment-item"><div class="comment-info">{_e(c.author)}, '
            f'{_numeric(c.posted_at)}</div><div class="comment-body">{_e(c.text)}</div></div>'
            for c in view.comments
        )
        main = (
            f'<div class="news-item"><div class="news-rubric"><a href="'
            f'{_e(view.category_href)}">{_e(view.category)}</a></div>'
            f"<h1>{_e(view.title)}</h1>"
            f'<div class="news-date"><time datetime="{_iso(view.published)}">'
            f"{_numeric(view.published)}</time></div>"
            f'<div class="news-text">\n{_body(view)}\n</div>'
            f'<div class="news-author">{_e(labels["by"])} {_e(view.author)}</div></div>'
            f'<div class="see-also"><b>{_e(labels["read_also"])}:</b><ul>{see_also}</ul></div>'
            f'<div class="comments"><div class="comments-header">'
            f"{_comment_count(page, view.comments)}</div>{comments}"
            f"{_comment_form(page, 'comment-add', 'text', 'button')}</div>"
        )
        return self.frame(page, main)

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        title = f"<h1>{_e(heading or page.labels['latest'])}</h1>"
        rows = "".join(
            f'<div class="news-list-item"><span class="date">{_numeric(link.when)}</span> '
            f'<a href="{_e(link.href)}">{_e(link.title)}</a>'
            f'<div class="anons">{_e(link.summary)}</div></div>'
            for link in items
            if link.when
        )
        return self.frame(page, title + rows)


class Blocks(Layout):
    """BEM blocks and elements (b-article__title), as many Russian-language sites use."""

    style = (
        ".b-page{max-width:1180px}.b-page__body{display:flex}.b-page__main{flex:1}"
        ".b-sidebar{width:300px}.b-cookie{position:fixed;bottom:0}"
    )

    def frame(self, page: Page, main: str) -> str:
        labels = page.labels
        nav = "".join(
            f'<a class="b-nav__item" href="{_e(link.href)}">{_e(link.title)}</a>'
            for link in page.menu
        )
        popular = "".join(
            f'<a class="b-sidebar__item" href="{_e(link.href)}">'
            f'<span class="b-sidebar__time">{link.when:%H:%M}</span>'
            f'<span class="b-sidebar__title">{_e(link.title)}</span></a>'
            for link in page.sidebar
        )
        return (
            f'<div class="b-page"><header class="b-header">'
            f'<a class="b-header__logo" href="{_e(page.base_url)}/">{_e(page.outlet.name)}</a>'
            f'<span class="b-header__slogan">{_e(page.outlet.tagline)}</span>'
            f'<nav class="b-nav">{nav}</nav></header>'
            f'<div class="b-page__body"><main class="b-page__main">{main}</main>'
            f'<aside class="b-sidebar"><div class="b-sidebar__title">'
            f"{_e(labels['more_news'])}</div>{popular}</aside></div>"
            f'<footer class="b-footer"><div class="b-footer__copy">© {page.year} '
            f'{_e(page.outlet.name)}. {_e(labels["rights"])}</div><div class="b-footer__links">'
            f'<a class="b-footer__link" href="#">{_e(labels["about"])}</a>'
            f'<a class="b-footer__link" href="#">{_e(labels["contact"])}</a>'
            f'<a class="b-footer__link" href="{_e(page.feed_url)}">Atom</a></div></footer>'
            f'<div class="b-cookie"><div class="b-cookie__text">{_e(labels["cookie"])}</div>'
            f'<button class="b-cookie__button">{_e(labels["accept"])}</button></div></div>'
        )

    def article_body(self, page: Page, view: ArticleView) -> str:
        labels = page.labels
        related = "".join(
            f'<a class="b-related__item" href="{_e(link.href)}">{_e(link.title)}</a>'
            for link in view.read_also
        )
        comments = "".join(
            f'<div class="b-comments__item"><div class="b-comments__author">{_e(c.author)}'
            f'</div><div class="b-comments__date">{_numeric(c.posted_at)}</div>'
            f'<div class="b-comments__text">{_e(c.text)}</div></div>'
            for c in view.comments
        )
        main = (
            f'<article class="b-article"><a class="b-article__rubric" '
            f'href="{_e(view.category_href)}">{_e(view.category)}</a>'
            f'<h1 class="b-article__title">{_e(view.title)}</h1>'
            f'<div class="b-article__info"><span class="b-article__author">{_e(view.author)}'
            f'</span><time class="b-article__date" datetime="{_iso(view.published)}">'
            f"{_numeric(view.published)}</time></div>"
            + (f'<div class="b-article__lead">{_e(view.lead)}</div>' if view.lead else "")
            + f'<div class="b-article__text">\n{_body(view)}\n</div></article>'
            f'<div class="b-related"><div class="b-related__title">{_e(labels["read_also"])}'
            f"</div>{related}</div>"
            f'<div class="b-comments"><div class="b-comments__title">'
            f"{_comment_count(page, view.comments)}</div>{comments}"
            f"{_comment_form(page, 'b-comments__form', 'b-comments__input', 'b-button')}</div>"
        )
        return self.frame(page, main)

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        title = f'<h1 class="b-list__title">{_e(heading)}</h1>' if heading else ""
        rows = "".join(
            f'<div class="b-list__item"><a class="b-list__link" href="{_e(link.href)}">'
            f'{_e(link.title)}</a><time class="b-list__date">{_numeric(link.when)}</time>'
            f'<div class="b-list__lead">{_e(link.summary)}</div></div>'
            for link in items
            if link.when
        )
        return self.frame(page, f'<div class="b-list">{title}{rows}</div>')


class Semantic(Layout):
    """Semantic HTML5 with schema.org microdata, skip link and a consent dialog."""

    style = (
        "body{font-family:Georgia,serif}.story{max-width:680px}.rail{float:right}"
        ".consent{position:fixed;inset:auto 0 0 0}"
    )

    def _when(self, page: Page, moment: datetime) -> str:
        return f"{page.long_date(moment)}, {moment:%H:%M} GMT"

    def frame(self, page: Page, main: str) -> str:
        labels = page.labels
        sections = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a></li>' for link in page.menu
        )
        rail = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a></li>' for link in page.sidebar
        )
        return (
            f'<a class="skip-link" href="#main">Skip to content</a>'
            f'<header class="masthead"><a class="masthead__brand" href="{_e(page.base_url)}/">'
            f'{_e(page.outlet.name)}</a><p class="masthead__tagline">{_e(page.outlet.tagline)}'
            f'</p><nav aria-label="Sections"><ul class="sections">{sections}</ul></nav>'
            f'</header><main id="main">{main}</main>'
            f'<aside class="rail"><h2>{_e(labels["more_news"])}</h2><ol>{rail}</ol></aside>'
            f'<footer class="colophon"><p>© {page.year} {_e(page.outlet.name)}. '
            f'{_e(labels["rights"])}</p><p><a href="#">{_e(labels["about"])}</a> · '
            f'<a href="#">{_e(labels["contact"])}</a> · <a href="#">{_e(labels["privacy"])}</a>'
            f' · <a href="{_e(page.feed_url)}">Atom feed</a></p></footer>'
            f'<div class="consent" role="dialog" aria-label="Cookies"><p>{_e(labels["cookie"])}'
            f'</p><button class="consent__accept">{_e(labels["accept"])}</button>'
            f'<button class="consent__manage">{_e(labels["settings"])}</button></div>'
        )

    def article_body(self, page: Page, view: ArticleView) -> str:
        labels = page.labels
        related = "".join(
            f'<li><a href="{_e(link.href)}">{_e(link.title)}</a></li>' for link in view.read_also
        )
        comments = "".join(
            f'<li class="discussion__comment"><p class="discussion__meta">{_e(c.author)} · '
            f'<time datetime="{_iso(c.posted_at)}">{self._when(page, c.posted_at)}</time></p>'
            f'<p class="discussion__text">{_e(c.text)}</p></li>'
            for c in view.comments
        )
        main = (
            f'<article class="story" itemscope itemtype="https://schema.org/NewsArticle">'
            f'<header class="story__header"><p class="story__kicker"><a href="'
            f'{_e(view.category_href)}">{_e(view.category)}</a></p>'
            f'<h1 class="story__headline" itemprop="headline">{_e(view.title)}</h1>'
            f'<p class="story__byline">{_e(labels["by"])} <span itemprop="author">'
            f'{_e(view.author)}</span> · <time itemprop="datePublished" '
            f'datetime="{_iso(view.published)}">{self._when(page, view.published)}</time></p>'
            + (f'<p class="story__standfirst">{_e(view.lead)}</p>' if view.lead else "")
            + f'</header><div class="story__body" itemprop="articleBody">\n'
            f"{_body(view)}\n</div></article>"
            f'<section class="related-coverage"><h2>{_e(labels["read_also"])}</h2>'
            f"<ul>{related}</ul></section>"
            f'<section class="discussion" id="comments"><h2>'
            f"{_comment_count(page, view.comments)}</h2><ul>{comments}</ul>"
            f"{_comment_form(page, 'discussion__form', 'discussion__field', 'button')}"
            f"</section>"
        )
        return self.frame(page, main)

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        title = f'<h1 class="front__title">{_e(heading)}</h1>' if heading else ""
        teasers = "".join(
            f'<article class="teaser"><h2 class="teaser__headline"><a href="{_e(link.href)}">'
            f'{_e(link.title)}</a></h2><p class="teaser__standfirst">{_e(link.summary)}</p>'
            f'<time datetime="{_iso(link.when)}">{self._when(page, link.when)}</time></article>'
            for link in items
            if link.when
        )
        return self.frame(page, f'<section class="front">{title}{teasers}</section>')


class Utility(Layout):
    """Utility-class markup in the style of a Tailwind site: meaning lives in the nesting."""

    style = ".flex{display:flex}.grid{display:grid}.hidden{display:none}"

    def _when(self, moment: datetime) -> str:
        return f"{moment:%b} {moment.day}, {moment:%Y} · {moment:%H:%M}"

    def frame(self, page: Page, main: str) -> str:
        labels = page.labels
        nav = "".join(
            f'<a class="hover:underline px-2" href="{_e(link.href)}">{_e(link.title)}</a>'
            for link in page.menu
        )
        trending = "".join(
            f'<li class="py-2 border-b"><a class="font-semibold" href="{_e(link.href)}">'
            f"{_e(link.title)}</a></li>"
            for link in page.sidebar
        )
        return (
            f'<div class="min-h-screen flex flex-col">'
            f'<div class="bg-gray-900 text-white text-xs px-4 py-1">{_e(page.outlet.tagline)}'
            f'</div><header class="border-b"><div class="max-w-6xl mx-auto flex items-center '
            f'justify-between py-4"><a class="text-2xl font-black" href="{_e(page.base_url)}/">'
            f'{_e(page.outlet.name)}</a><nav class="flex gap-2 text-sm">{nav}</nav></div>'
            f'</header><div class="max-w-6xl mx-auto grid grid-cols-12 gap-8 py-8">'
            f'<div class="col-span-8">{main}</div><aside class="col-span-4">'
            f'<h2 class="text-lg font-bold">{_e(labels["more_news"])}</h2>'
            f'<ul class="divide-y">{trending}</ul></aside></div>'
            f'<footer class="bg-gray-100 text-sm py-8"><div class="max-w-6xl mx-auto flex '
            f'justify-between"><span>© {page.year} {_e(page.outlet.name)}. '
            f'{_e(labels["rights"])}</span><span class="flex gap-4"><a href="#">'
            f'{_e(labels["about"])}</a><a href="#">{_e(labels["privacy"])}</a>'
            f'<a href="{_e(page.feed_url)}">RSS</a></span></div></footer>'
            f'<div class="fixed bottom-0 inset-x-0 bg-white shadow-lg p-4 flex" '
            f'data-cookie-consent><p class="flex-1 text-sm">{_e(labels["cookie"])}</p>'
            f'<button class="btn btn-primary">{_e(labels["accept"])}</button>'
            f'<button class="btn">{_e(labels["settings"])}</button></div></div>'
        )

    def article_body(self, page: Page, view: ArticleView) -> str:
        labels = page.labels
        also = "".join(
            f'<a class="block py-2 hover:bg-gray-50" href="{_e(link.href)}">{_e(link.title)}</a>'
            for link in view.read_also
        )
        comments = "".join(
            f'<div class="flex gap-3 py-3"><div class="w-8 h-8 rounded-full bg-gray-300">'
            f'</div><div><div class="text-sm font-semibold">{_e(c.author)} '
            f'<span class="text-gray-400 font-normal">{self._when(c.posted_at)}</span></div>'
            f'<div class="text-sm">{_e(c.text)}</div></div></div>'
            for c in view.comments
        )
        main = (
            f'<article class="prose lg:prose-lg">'
            f'<a class="uppercase text-xs tracking-wide text-red-700" '
            f'href="{_e(view.category_href)}">{_e(view.category)}</a>'
            f'<h1 class="text-4xl font-extrabold leading-tight">{_e(view.title)}</h1>'
            f'<div class="flex gap-2 text-sm text-gray-500"><span>{_e(view.author)}</span>'
            f'<time datetime="{_iso(view.published)}">{self._when(view.published)}</time></div>'
            f'<div class="article-content mt-6">\n{_body(view)}\n</div>'
            f'</article><div class="mt-10 border-t pt-4"><h2 class="text-lg font-bold">'
            f"{_e(labels['read_also'])}</h2>{also}</div>"
            f'<section class="mt-10" data-widget="comments"><h2 class="text-lg font-bold">'
            f"{_comment_count(page, view.comments)}</h2>{comments}"
            f"{_comment_form(page, 'mt-4 flex flex-col gap-2', 'border rounded p-2', 'btn')}"
            f"</section>"
        )
        return self.frame(page, main)

    def listing_body(self, page: Page, heading: str | None, items: list[Link]) -> str:
        title = f'<h1 class="text-3xl font-black mb-6">{_e(heading)}</h1>' if heading else ""
        cards = "".join(
            f'<div class="py-4 border-b"><a class="text-xl font-bold hover:underline" '
            f'href="{_e(link.href)}">{_e(link.title)}</a><p class="text-gray-600">'
            f'{_e(link.summary)}</p><span class="text-xs text-gray-400">{self._when(link.when)}'
            f"</span></div>"
            for link in items
            if link.when
        )
        return self.frame(page, title + cards)


LAYOUTS: dict[str, Layout] = {
    "seher": Classic(),
    "cinar": Magazine(),
    "depesha": Legacy(),
    "kurier": Blocks(),
    "ledger": Semantic(),
    "meridian": Utility(),
}
