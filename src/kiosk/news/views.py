"""The reader's pages of an edition. Thin: read through selectors, render."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from kiosk.news.editions import edition_or_404
from kiosk.news.models import Capture
from kiosk.news.republication import shown_text
from kiosk.news.selectors import archive_versions, latest_articles, published_articles
from kiosk.sources.models import Source


def edition_home(request: HttpRequest) -> HttpResponse:
    edition = edition_or_404(request.LANGUAGE_CODE)
    paginator = Paginator(latest_articles(edition.code), settings.KIOSK_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "news/home.html", {"edition": edition, "page": page})


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
    return render(
        request,
        "news/article.html",
        {
            "edition": edition,
            "article": article,
            "shown": shown,
            "attribution": edition.attribution_line(article.source.name),
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
