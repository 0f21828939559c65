from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "familyplan.web.api"
    label = "api"  # the app's label, as in its migrations
    verbose_name = "API"
