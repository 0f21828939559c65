from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "familyplan.web.accounts"
    label = "accounts"  # the app's label, as in its migrations
    verbose_name = "People and teams"

    def ready(self) -> None:
        from familyplan.web.accounts import signals  # noqa: F401  (sign-in and deactivation receivers)
