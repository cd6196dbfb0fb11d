from django.apps import AppConfig, apps


class StoriesConfig(AppConfig):
    name = "kiosk.stories"
    verbose_name = "Stories"

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from kiosk.news.models import Article

        def forget(sender, instance, **kwargs) -> None:
            from kiosk.stories.services import forget_articles

            forget_articles([instance.pk])

        post_delete.connect(forget, sender=Article, weak=False, dispatch_uid="stories-forget")

        # Rankings show one entry per story, and the breaking rule watches how fast a
        # story gains sources (readership/providers.py).
        if apps.is_installed("kiosk.readership"):
            from kiosk.readership.breaking import Arrival
            from kiosk.readership.providers import set_story_arrivals, set_story_of
            from kiosk.stories.selectors import arrivals_since, stories_of

            set_story_of(stories_of)
            set_story_arrivals(
                lambda since: [Arrival(*arrival) for arrival in arrivals_since(since)]
            )
