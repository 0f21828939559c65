from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "familyplan.web.api"
    label = "api"  # the app's label, as in its migrations
    verbose_name = "API"

    def ready(self) -> None:
        from familyplan.web.accounts.sessions import sign_in_changed
        from familyplan.web.api.auth import end_tokens

        sign_in_changed.connect(end_tokens, dispatch_uid="api-tokens-end-with-sign-in-changes")
