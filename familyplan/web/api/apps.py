from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "familyplan.web.api"
    label = "api"  # the app's label, as in its migrations
    verbose_name = "API"

    def ready(self) -> None:
        # A person's tokens end when how they sign in changes (end_tokens).
        from familyplan.web.api import auth  # noqa: F401
