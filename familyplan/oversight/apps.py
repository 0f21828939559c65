from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "familyplan.oversight"
    verbose_name = "Management oversight"
