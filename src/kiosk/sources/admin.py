"""Editors' pages for sources: feeds inline, health at a glance, the fetch log."""

from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.html import format_html_join

from kiosk.crawl.templates import SiteTemplate
from kiosk.sources.models import Feed, FetchLog, Source

# A URL typed without a scheme is https (Django 6's default, adopted now).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class FeedInline(admin.TabularInline):
    model = Feed
    formfield_overrides = HTTPS_URLS
    extra = 1
    fields = ["url", "last_status", "last_fetched_at", "etag", "last_modified"]
    readonly_fields = ["last_status", "last_fetched_at", "etag", "last_modified"]


class RecentFetchInline(admin.TabularInline):
    model = FetchLog
    verbose_name_plural = "recent fetches"
    fields = [
        "started_at", "url", "outcome", "status", "bytes", "duration_ms",
        "entries_found", "entries_new", "entries_known", "entries_failed", "entries_skipped",
        "error", "warnings",
    ]  # fmt: skip
    readonly_fields = fields
    can_delete = False
    extra = 0
    max_num = 0
    ordering = ["-started_at"]

    def get_queryset(self, request):
        # Inline querysets cannot be sliced; show the last day, which is what editors read.
        since = timezone.now() - timezone.timedelta(days=1)
        return super().get_queryset(request).filter(started_at__gte=since)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name", "language", "is_active", "error_streak", "last_fetched_at", "next_fetch_at",
        "last_error",
    ]  # fmt: skip
    list_filter = ["language", "is_active", "is_local", "republication"]
    search_fields = ["name", "homepage", "feeds__url"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = [
        "error_streak", "last_fetched_at", "next_fetch_at", "last_error", "created_at",
        "learned_template",
    ]  # fmt: skip
    inlines = [FeedInline, RecentFetchInline]
    formfield_overrides = HTTPS_URLS
    actions = ["pause", "resume"]

    @admin.display(description="learned page template")
    def learned_template(self, source: Source) -> str:
        """The lines the site repeats on its pages, which Kiosk cuts from article text."""
        template = SiteTemplate.from_json(source.template or {})
        lines = [
            f"{template.counts[print_]}/{template.source_pages} pages: "
            f"{template.examples.get(print_, '(no example kept)')}"
            for print_ in template.boilerplate()[:30]
        ]
        return (
            format_html_join("", "<div>{}</div>", ((line,) for line in lines))
            or f"Nothing yet ({template.source_pages} pages seen)."
        )

    @admin.action(description="Pause the selected sources")
    def pause(self, request, queryset):
        queryset.update(is_active=False, pause_reason=f"Paused by {request.user} from the admin.")

    @admin.action(description="Resume the selected sources (fetch now)")
    def resume(self, request, queryset):
        queryset.update(is_active=True, pause_reason="", error_streak=0, next_fetch_at=None)


@admin.register(FetchLog)
class FetchLogAdmin(admin.ModelAdmin):
    list_display = [
        "started_at", "source", "outcome", "status", "bytes", "duration_ms",
        "entries_found", "entries_new", "entries_known", "entries_failed",
    ]  # fmt: skip
    list_filter = ["outcome", "source"]
    list_select_related = ["source"]
    date_hierarchy = "started_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
