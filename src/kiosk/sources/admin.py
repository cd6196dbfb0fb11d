from django.contrib import admin

from kiosk.sources.models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "language", "feed_url", "is_active", "last_fetched_at", "next_fetch_at"]
    list_filter = ["language", "is_active", "is_local"]
    search_fields = ["name", "homepage", "feed_url"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["last_fetched_at", "last_error", "created_at"]
