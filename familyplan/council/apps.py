from django.apps import AppConfig


class CouncilConfig(AppConfig):
    name = "familyplan.council"
    verbose_name = "Council settings"
