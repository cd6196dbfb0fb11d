from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class NewsConfig(AppConfig):
    name = "kiosk.news"
    verbose_name = "News"

    def ready(self) -> None:
        # What readers see changed: cached pages of the older content version are left
        # behind (news/caching.py). Bulk updates send no signal; their services call
        # mark_content_changed() themselves.
        from kiosk.news.caching import mark_content_changed
        from kiosk.news.models import Article, Category

        def changed(**kwargs) -> None:
            mark_content_changed()

        # Sources are saved after every crawl with their health: not something readers see,
        # so a source's name edited in the admin shows once its next article arrives.
        for model in (Article, Category):
            post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"page-{model}")
            post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"page-d-{model}")
