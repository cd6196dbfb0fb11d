"""Editors' pages for sources: feeds inline, health at a glance (fetches, extraction
flags, golden pages), the fetch log."""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from kiosk.crawl.templates import SiteTemplate
from kiosk.sources.models import Feed, FetchLog, GoldenPage, Source
from kiosk.sources.services import (
    GoldenPageRefused,
    accept_golden_extraction,
    add_golden_page,
    forget_golden_flags,
)

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


class GoldenPageForm(forms.ModelForm):
    accept = forms.BooleanField(
        required=False,
        label="accept current extraction",
        help_text="The page's latest extraction is right: make it the expected text.",
    )

    class Meta:
        model = GoldenPage
        fields = ["article"]

    def clean_article(self):
        article = self.cleaned_data.get("article")
        source_id = self.instance.source_id
        if article is not None and source_id and article.source_id != source_id:
            raise forms.ValidationError("Choose an article of this source.")
        return article


class GoldenPageInline(admin.TabularInline):
    """Pages whose extraction is known: remove one, add an article, or accept a page's
    new extraction. Golden pages are chosen automatically while a source has few."""

    model = GoldenPage
    form = GoldenPageForm
    verbose_name_plural = "golden pages (checked against their expected extraction)"
    fields = [
        "article", "page", "status", "last_similarity", "checked_at", "detail", "extracted_now",
        "accept",
    ]  # fmt: skip
    readonly_fields = ["page", "status", "last_similarity", "checked_at", "detail", "extracted_now"]
    raw_id_fields = ["article"]
    extra = 0

    @admin.display(description="page")
    def page(self, golden: GoldenPage) -> str:
        return (
            format_html('<a href="{0}" rel="noreferrer">{0}</a>', golden.url) if golden.pk else ""
        )

    @admin.display(description="extracted now")
    def extracted_now(self, golden: GoldenPage) -> str:
        return golden.last_text[:300]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name", "language", "is_active", "error_streak", "last_fetched_at", "next_fetch_at",
        "last_error", "health",
    ]  # fmt: skip
    list_filter = ["language", "is_active", "is_local", "republication"]
    search_fields = ["name", "homepage", "feeds__url"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = [
        "error_streak", "last_fetched_at", "next_fetch_at", "last_error", "created_at",
        "extraction_health", "health_checked_at", "learned_template",
    ]  # fmt: skip
    inlines = [FeedInline, GoldenPageInline, RecentFetchInline]
    formfield_overrides = HTTPS_URLS
    actions = ["pause", "resume", "accept_golden"]

    @admin.display(description="extraction health")
    def health(self, source: Source) -> str:
        flags = source.health_flags or []
        if not flags:
            return "ok"
        kinds = ", ".join(sorted({flag.get("kind", "").replace("_", " ") for flag in flags}))
        return f"⚠ {len(flags)}: {kinds}"

    @admin.display(description="extraction flags")
    def extraction_health(self, source: Source) -> str:
        """Each problem with what Kiosk extracts from the site, with the page showing it."""
        rows = [
            (flag.get("kind", ""), flag.get("detected_at") or "", flag.get("message", ""),
             flag.get("url", ""))
            for flag in source.health_flags or []
        ]  # fmt: skip
        return (
            format_html_join(
                "",
                '<div><strong>{}</strong> since {}: {} <a href="{}" rel="noreferrer">{}</a></div>',
                ((kind, since, message, url, url) for kind, since, message, url in rows),
            )
            or "None: the latest articles and the golden pages extract as expected."
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is not GoldenPage:
            return super().save_formset(request, form, formset, change)
        # Golden pages are written by sources.services (the expected text comes from the
        # article); the lists below feed the admin's change history.
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for golden_form in formset.deleted_forms:
            if golden_form.instance.pk is not None:
                golden_form.instance.delete()
                formset.deleted_objects.append(golden_form.instance)
        for golden_form in formset.forms:
            if not golden_form.has_changed() or golden_form in formset.deleted_forms:
                continue
            golden = golden_form.instance
            if golden.pk is None or "article" in golden_form.changed_data:
                article = golden_form.cleaned_data.get("article")
                if golden.pk is not None:
                    golden.delete()
                    formset.deleted_objects.append(golden)
                if article is None:
                    continue
                try:
                    formset.new_objects.append(add_golden_page(article))
                except GoldenPageRefused as exc:
                    messages.warning(request, f"{article}: {exc}")
            elif golden_form.cleaned_data.get("accept"):
                if accept_golden_extraction(golden):
                    formset.changed_objects.append((golden, ["expected_text"]))
                else:
                    messages.warning(
                        request, f"{golden.url}: nothing to accept (not changed, or no text now)."
                    )
        forget_golden_flags(form.instance)

    @admin.action(description="Accept the changed golden pages' current extraction as expected")
    def accept_golden(self, request, queryset):
        accepted = 0
        for source in queryset:
            pages = source.golden_pages.filter(status=GoldenPage.Status.CHANGED)
            accepted += sum(accept_golden_extraction(page) for page in pages)
        self.message_user(request, f"{accepted} golden pages accepted.")

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
