from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "familyplan.accounts"
    verbose_name = "People and teams"
