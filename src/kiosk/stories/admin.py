"""Editors' view of stories: coverage inline, merge stories, split articles out."""

from django.contrib import admin, messages

from kiosk.news.models import Article
from kiosk.stories.models import Story, StoryMember


class MemberInline(admin.TabularInline):
    model = StoryMember
    fk_name = "story"
    fields = ("article", "copy_of", "reason", "similarity")
    readonly_fields = fields
    extra = 0
    can_delete = False
    ordering = ("article__published_at",)


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("__str__", "language", "size", "originals", "first_seen", "last_seen")
    list_filter = ("language",)
    search_fields = ("lead__title",)
    readonly_fields = ("lead", "language", "first_seen", "last_seen", "size", "originals")
    inlines = [MemberInline]
    actions = ["merge"]

    @admin.action(description="Merge the selected stories into one")
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select two stories or more to merge.", messages.ERROR)
            return
        story = services().merge_stories(queryset)
        self.message_user(request, f"Merged into “{story}”.", messages.SUCCESS)


@admin.register(StoryMember)
class StoryMemberAdmin(admin.ModelAdmin):
    list_display = ("article", "story", "copy_of", "reason", "similarity")
    list_filter = ("reason",)
    search_fields = ("article__title", "article__url")
    raw_id_fields = ("article", "story", "copy_of")
    actions = ["split"]

    @admin.action(description="Split the selected articles (with their copies) into a new story")
    def split(self, request, queryset):
        articles = Article.objects.filter(pk__in=queryset.values("article_id"))
        story = services().split_articles(articles)
        self.message_user(request, f"New story “{story}”.", messages.SUCCESS)


def services():
    """The stories services, imported when an editor acts: they load the index's compiled
    kernels (numba), which web processes need not carry otherwise."""
    from kiosk.stories import services

    return services
