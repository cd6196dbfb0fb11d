from django.contrib import admin

from kiosk.news.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "source", "language", "status", "published_at", "archived_at"]
    list_filter = ["status", "language", "source"]
    search_fields = ["title", "url"]
    date_hierarchy = "published_at"
    list_select_related = ["source"]
    readonly_fields = ["url", "final_url", "archived_at", "status", "status_detail"]
