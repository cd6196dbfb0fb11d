from django.apps import AppConfig


class CrawlConfig(AppConfig):
    name = "kiosk.crawl"
    verbose_name = "Crawler"
