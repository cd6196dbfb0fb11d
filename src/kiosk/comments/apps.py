from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class CommentsConfig(AppConfig):
    name = "kiosk.comments"
    verbose_name = "Comments"

    def ready(self) -> None:
        # Comments and their counts are part of the cached article page: any change (a
        # post, an edit, a moderator's decision, also from the admin) starts a new content
        # version, so anonymous readers see it on their next request (news/caching.py).
        from kiosk.comments.models import Comment
        from kiosk.news.caching import mark_content_changed

        def changed(**kwargs) -> None:
            mark_content_changed()

        post_save.connect(changed, sender=Comment, weak=False, dispatch_uid="page-comment")
        post_delete.connect(changed, sender=Comment, weak=False, dispatch_uid="page-d-comment")
