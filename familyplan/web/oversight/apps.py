from django.apps import AppConfig


class OversightConfig(AppConfig):
    name = "familyplan.web.oversight"
    label = "oversight"  # the app's label, as in its migrations
    verbose_name = "Management oversight"
