from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "kiosk.accounts"
    verbose_name = "Accounts"
