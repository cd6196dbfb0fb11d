from django.contrib import admin

from kiosk.readership.models import ArticleViews


@admin.register(ArticleViews)
class ArticleViewsAdmin(admin.ModelAdmin):
    list_display = ("article", "total")
    ordering = ("-total",)
    raw_id_fields = ("article",)
    search_fields = ("article__title",)

    def has_add_permission(self, request) -> bool:
        return False
