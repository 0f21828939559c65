from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "familyplan.accounts"
    verbose_name = "People and teams"

    def ready(self) -> None:
        from familyplan.accounts import signals  # noqa: F401  (connects the sign-in receiver)
