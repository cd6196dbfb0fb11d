from django.contrib import admin

from kiosk.news.models import Article
from kiosk.news.services import restore_articles, take_down_articles


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
        take_down_articles(queryset, reason=f"Taken down by {request.user}.")

    @admin.action(description="Restore taken-down articles")
    def restore(self, request, queryset):
        restore_articles(queryset)
