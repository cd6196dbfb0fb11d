"""Moderation in the admin: comments by status with their flags, approve/remove/ban
actions (through the services, so counts and cached pages follow), and bans."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from kiosk.comments import services
from kiosk.comments.models import Ban, Comment, Flag


class FlagInline(admin.TabularInline):
    model = Flag
    extra = 0
    readonly_fields = ("user", "created_at")
    can_delete = False


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ("short_text", "author", "article", "status", "flag_count", "created_at")
    list_filter = ("status", "created_at")
    search_fields = ("text", "author__username", "article__title")
    raw_id_fields = ("article", "author", "parent", "reviewed_by")
    readonly_fields = ("flag_count", "created_at", "edited_at", "reviewed_at", "reviewed_by")
    inlines = [FlagInline]
    actions = ["approve", "remove", "ban_authors"]

    @admin.display(description=_("text"))
    def short_text(self, comment: Comment) -> str:
        return comment.text[:80]

    @admin.action(description=_("Approve the selected comments"))
    def approve(self, request, queryset):
        n = services.approve_comments(queryset, moderator=request.user)
        self.message_user(request, _("%(n)d approved.") % {"n": n}, messages.SUCCESS)

    @admin.action(description=_("Remove the selected comments"))
    def remove(self, request, queryset):
        n = services.remove_comments(queryset, moderator=request.user)
        self.message_user(request, _("%(n)d removed.") % {"n": n}, messages.SUCCESS)

    @admin.action(description=_("Remove the selected comments and ban their authors"))
    def ban_authors(self, request, queryset):
        authors = {comment.author for comment in queryset.select_related("author")}
        services.remove_comments(queryset, moderator=request.user)
        for author in authors:
            services.ban_user(author, moderator=request.user, reason="from the admin")
        self.message_user(request, _("%(n)d banned.") % {"n": len(authors)}, messages.SUCCESS)


@admin.register(Ban)
class BanAdmin(admin.ModelAdmin):
    list_display = ("user", "reason", "created_at", "until", "banned_by")
    search_fields = ("user__username", "reason")
    raw_id_fields = ("user", "banned_by")
