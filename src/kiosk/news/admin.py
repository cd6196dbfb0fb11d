from django.contrib import admin
from django.utils import timezone

from kiosk.news.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "language", "status", "published_at", "archived_at"]
    list_filter = ["status", "language", "source", ("taken_down_at", admin.EmptyFieldListFilter)]
    search_fields = ["title", "url"]
    date_hierarchy = "published_at"
    list_select_related = ["source"]
    readonly_fields = [
        "url", "final_url", "archived_at", "status", "status_detail", "taken_down_at",
    ]  # fmt: skip
    actions = ["take_down", "restore"]

    @admin.action(description="Take down: hide from every page, feed and API")
    def take_down(self, request, queryset):
        queryset.filter(taken_down_at__isnull=True).update(
            taken_down_at=timezone.now(), takedown_reason=f"Taken down by {request.user}."
        )

    @admin.action(description="Restore taken-down articles")
    def restore(self, request, queryset):
        queryset.update(taken_down_at=None, takedown_reason="")
