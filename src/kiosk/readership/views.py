"""The reader's most-read page of an edition, one window at a time."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from kiosk.news.editions import edition_or_404
from kiosk.readership.selectors import WINDOWS, most_read


def most_read_page(request: HttpRequest) -> HttpResponse:
    edition = edition_or_404(request.LANGUAGE_CODE)
    window = request.GET.get("window", "24h")
    if window not in WINDOWS:
        window = "24h"
    return render(
        request,
        "readership/most_read_page.html",
        {
            "edition": edition,
            "window": window,
            "most_read": most_read(edition.code, window, limit=30),
        },
    )
