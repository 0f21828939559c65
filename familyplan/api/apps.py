from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "familyplan.api"
    verbose_name = "API"
