"""The reader's pages of an edition. Thin: read through selectors, render."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from kiosk.crawl.sanitize import sanitize_html
from kiosk.news import seo
from kiosk.news.editions import EDITIONS, edition_or_404
from kiosk.news.models import Capture, Category
from kiosk.news.republication import shown_text
from kiosk.news.selectors import (
    archive_versions,
    latest_articles,
    latest_stories,
    published_articles,
)
from kiosk.readership import selectors as readership
from kiosk.sources.models import Source
from kiosk.stories.models import Story
from kiosk.stories.selectors import other_languages, story_coverage, story_of, top_stories

# The headline strip: the most widely carried stories of the last day.
TOP_STORIES = 4
TOP_STORIES_WINDOW = timedelta(hours=24)


def edition_home(request: HttpRequest) -> HttpResponse:
    edition = edition_or_404(request.LANGUAGE_CODE)
    paginator = Paginator(latest_stories(edition.code), settings.KIOSK_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "edition": edition,
        "page": page,
        "breaking": readership.breaking_articles(edition.code),
        "top_stories": top_stories(
            edition.code, since=timezone.now() - TOP_STORIES_WINDOW, limit=TOP_STORIES
        ),
        "most_read": readership.most_read(edition.code, "24h"),
        "most_discussed": readership.most_discussed(edition.code, "24h", limit=5),
        "window": "24h",
    }
    return render(request, "news/home.html", context)


def _article_list(request: HttpRequest, articles, *, heading: str, feeds: dict, **context):
    """One paginated list page (latest, a category, a source) with its feed links."""
    edition = edition_or_404(request.LANGUAGE_CODE)
    page = Paginator(articles, settings.KIOSK_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "news/list.html",
        {"edition": edition, "page": page, "heading": heading, "feeds": feeds, **context},
    )


def latest(request: HttpRequest) -> HttpResponse:
    return _article_list(
        request,
        latest_stories(request.LANGUAGE_CODE),
        heading=_("Latest news"),
        feeds={"rss": reverse("news:latest-rss"), "atom": reverse("news:latest-atom")},
    )


def category_page(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(Category, slug=slug)
    return _article_list(
        request,
        latest_stories(request.LANGUAGE_CODE).filter(category=category),
        heading=category.name_in(request.LANGUAGE_CODE),
        feeds={
            "rss": reverse("news:category-rss", kwargs={"slug": slug}),
            "atom": reverse("news:category-atom", kwargs={"slug": slug}),
        },
        category=category,
    )


def source_page(request: HttpRequest, slug: str) -> HttpResponse:
    source = get_object_or_404(Source, slug=slug)
    return _article_list(
        request,
        latest_articles(request.LANGUAGE_CODE)
        .filter(source=source)
        .select_related("story_member__story"),
        heading=source.name,
        feeds={
            "rss": reverse("news:source-rss", kwargs={"slug": slug}),
            "atom": reverse("news:source-atom", kwargs={"slug": slug}),
        },
        source=source,
    )


def about(request: HttpRequest) -> HttpResponse:
    edition = edition_or_404(request.LANGUAGE_CODE)
    sources = Source.objects.filter(is_active=True).order_by("name")
    return render(request, "news/about.html", {"edition": edition, "sources": sources})


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers are welcome on the reader's pages; archived originals, archive pages and
    the admin are left out, and the sitemaps are named."""
    base = request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/article/*/archive/",
        "Disallow: /*/article/*/original/",
        "",
        f"Sitemap: {base}{reverse('sitemap-index')}",
        f"Sitemap: {base}{reverse('sitemap-news')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def server_error(request: HttpRequest) -> HttpResponse:
    """500 in the reader's edition, rendered without touching the database (which may be
    what failed)."""
    context = {"portal_name": settings.KIOSK_PORTAL_NAME, "editions": []}
    return HttpResponse(render_to_string("500.html", context), status=500)


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(published_articles().select_related("source"), pk=pk)
    if article.language != request.LANGUAGE_CODE:
        return redirect(article, permanent=True)
    edition = edition_or_404(article.language)
    shown = shown_text(
        article.paragraphs,
        policy=article.source.republication,
        excerpt_words=article.source.excerpt_words,
    )
    preview = seo.link_preview(article, request, shown.paragraphs)
    body_html = ""
    if article.body_html and article.source.republication == Source.Republication.FULL:
        # Sanitised when extracted; sanitised again here, so that what reaches a reader
        # is clean whatever wrote the column (an older sanitiser, an admin's edit).
        body_html = mark_safe(sanitize_html(article.body_html, article.final_url))  # noqa: S308
    return render(
        request,
        "news/article.html",
        {
            "edition": edition,
            "article": article,
            "shown": shown,
            "body_html": body_html,
            "extras": article.source.republication != Source.Republication.HEADLINE,
            "attribution": edition.attribution_line(article.source.name),
            "preview": preview,
            "structured_data": seo.news_article_ld(article, preview),
            "views": readership.view_total(article),
            "most_read": readership.most_read(article.language, "24h", limit=5),
            "window": "24h",
            **_coverage_of(article),
        },
    )


COVERAGE_ON_ARTICLE = 8


def _coverage_of(article) -> dict:
    """The other sources' coverage of the article's story, for the article page."""
    story = story_of(article)
    if story is None:
        return {"story": None, "coverage": [], "translations": []}
    others = [member for member in story_coverage(story) if member.article_id != article.pk]
    return {
        "story": story,
        "coverage": others[:COVERAGE_ON_ARTICLE],
        "more": len(others),
        "translations": _in_other_languages(story),
    }


def _in_other_languages(story: Story) -> list[dict]:
    """The story's counterparts in the other editions, with their story pages' URLs."""
    found = []
    for other in other_languages(story):
        edition = EDITIONS.get(other.language)
        if edition is None:
            continue
        with translation.override(other.language):
            url = reverse("news:story", kwargs={"pk": other.pk})
        found.append({"story": other, "edition": edition, "url": url})
    return found


def story_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Full coverage: every source that carried the story, in time order, who reported
    first, and which articles are copies of which."""
    story = get_object_or_404(Story.objects.select_related("lead"), pk=pk)
    members = story_coverage(story)
    if not members:
        raise Http404("No published article in this story.")
    lead = next((m.article for m in members if m.article_id == story.lead_id), members[0].article)
    if lead.language != request.LANGUAGE_CODE:
        with translation.override(lead.language):
            return redirect(reverse("news:story", kwargs={"pk": story.pk}), permanent=True)
    first = next((member for member in members if not member.is_copy), members[0])
    return render(
        request,
        "news/story.html",
        {
            "edition": edition_or_404(lead.language),
            "story": story,
            "lead": lead,
            "members": members,
            "first": first,
            "sources": len({member.article.source_id for member in members}),
            "translations": _in_other_languages(story),
        },
    )


def article_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """Provenance, in public: every capture of the article with its hash, times, final URL
    and the original bytes to download."""
    article = get_object_or_404(published_articles().select_related("source"), pk=pk)
    if article.language != request.LANGUAGE_CODE:
        return redirect("news:archive", pk=article.pk, permanent=True)
    versions = archive_versions(article)
    return render(
        request,
        "news/archive.html",
        {
            "edition": edition_or_404(article.language),
            "article": article,
            "versions": versions,
            "revisions": sum(1 for version in versions if version.diff is not None),
        },
    )


def original_download(request: HttpRequest, pk: int, capture_pk: int) -> HttpResponse:
    """The original bytes exactly as the source sent them, as a download: never rendered
    on the portal's origin, where the source's scripts would run as ours."""
    capture = get_object_or_404(
        Capture.objects.select_related("article__source"),
        pk=capture_pk,
        article__in=published_articles(),
        article_id=pk,
    )
    if capture.article.source.republication != Source.Republication.FULL and not (
        request.user.is_staff
    ):
        # The source allows only part of its text here; the whole original is for staff.
        raise PermissionDenied("The source does not allow republishing this article in full.")
    response = HttpResponse(capture.original(), content_type="application/octet-stream")
    response["Content-Disposition"] = (
        f'attachment; filename="kiosk-{pk}-{capture.sha256[:12]}.html"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Digest"] = f"sha-256={capture.sha256}"
    return response
