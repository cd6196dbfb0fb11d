from django.apps import AppConfig, apps


class ReadershipConfig(AppConfig):
    name = "kiosk.readership"
    verbose_name = "Readership"

    def ready(self) -> None:
        # "Most discussed" ranks by the comments app's counts (readership/providers.py).
        if apps.is_installed("kiosk.comments"):
            from kiosk.comments.selectors import comment_counts
            from kiosk.readership.providers import set_comment_counts

            set_comment_counts(comment_counts)
