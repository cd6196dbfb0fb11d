"""The editors' dashboard (staff only): articles ingested per hour per source, views per
hour, the most read articles and the sources in error, drawn as server-rendered SVG."""

from collections import defaultdict
from datetime import timedelta

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from kiosk.news.models import Article
from kiosk.readership import charts
from kiosk.readership.selectors import hour_floor, most_read, views_per_hour
from kiosk.sources.models import Source

HOURS = 48
TOP_SOURCES = 9  # the rest are drawn together as "other sources"


def ingested_per_hour(since, hours: int) -> tuple[list, dict[str, list[int]]]:
    """Hour starts, and per source the articles archived in each hour."""
    starts = [since + timedelta(hours=h) for h in range(hours)]
    index = {start: n for n, start in enumerate(starts)}
    per_source: dict[str, list[int]] = defaultdict(lambda: [0] * hours)
    rows = Article.objects.filter(archived_at__gte=since).values_list("source__name", "archived_at")
    for name, archived_at in rows:
        slot = index.get(hour_floor(archived_at))
        if slot is not None:
            per_source[name][slot] += 1
    ranked = sorted(per_source.items(), key=lambda item: -sum(item[1]))
    series = dict(ranked[:TOP_SOURCES])
    if len(ranked) > TOP_SOURCES:
        other = [sum(values[i] for _, values in ranked[TOP_SOURCES:]) for i in range(hours)]
        series[_("other sources")] = other
    return starts, series


@staff_member_required
def dashboard(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    since = hour_floor(now) - timedelta(hours=HOURS - 1)
    starts, ingested = ingested_per_hour(since, HOURS)
    labels = [timezone.localtime(start).strftime("%d %H:00") for start in starts]
    views = views_per_hour(since, now)
    view_values = [views.get(start, 0) for start in starts]
    top = {code: most_read(code, "24h", now=now, limit=10) for code in ("az", "ru", "en")}
    failing = Source.objects.filter(Q(error_streak__gt=0) | Q(is_active=False)).order_by(
        "-error_streak", "name"
    )
    context = {
        "ingested_chart": mark_safe(  # noqa: S308 - charts.py escapes every label
            charts.stacked_bars(_("Articles ingested per hour"), labels, ingested)
        ),
        "views_chart": mark_safe(  # noqa: S308
            charts.bars(_("Views per hour"), labels, view_values)
        ),
        "ingested_total": sum(sum(values) for values in ingested.values()),
        "views_total": sum(view_values),
        "top": top,
        "failing": failing,
        "hours": HOURS,
    }
    return render(request, "readership/dashboard.html", context)
