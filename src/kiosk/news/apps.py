from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "kiosk.news"
    verbose_name = "News"
