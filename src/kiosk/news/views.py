"""The reader's pages of an edition. Thin: read through selectors, render."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from kiosk.news.editions import edition_or_404
from kiosk.news.models import Article
from kiosk.news.selectors import latest_articles


def edition_home(request: HttpRequest) -> HttpResponse:
    edition = edition_or_404(request.LANGUAGE_CODE)
    paginator = Paginator(latest_articles(edition.code), settings.KIOSK_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "news/home.html", {"edition": edition, "page": page})


def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    if article.language != request.LANGUAGE_CODE:
        return redirect(article, permanent=True)
    edition = edition_or_404(article.language)
    return render(
        request,
        "news/article.html",
        {
            "edition": edition,
            "article": article,
            "attribution": edition.attribution_line(article.source.name),
        },
    )
