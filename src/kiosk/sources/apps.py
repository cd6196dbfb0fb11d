from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "kiosk.sources"
    verbose_name = "Sources"
