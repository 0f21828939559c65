from django.apps import AppConfig


class CouncilConfig(AppConfig):
    name = "familyplan.web.council"
    label = "council"  # the app's label, as in its migrations
    verbose_name = "Council settings"
